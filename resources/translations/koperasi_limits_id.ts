<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>koperasi</name>
    <message>
      <source>{path} is an unfinished book: creating it was interrupted. It holds no data; delete it (with any file beside it whose name starts the same) and try again.</source>
      <translation>{path} adalah buku yang belum selesai: pembuatannya terputus. Buku ini tidak berisi data; hapus file itu (beserta file di sebelahnya yang namanya berawalan sama) lalu coba lagi.</translation>
    </message>
    <message>
      <source>{field}: {message}</source>
      <translation>{field}: {message}</translation>
    </message>
    <message>
      <source>the amount is too large (the book accepts at most {limit})</source>
      <translation>jumlahnya terlalu besar (buku menerima paling banyak {limit})</translation>
    </message>
    <message>
      <source>the total would pass the largest balance the book keeps ({limit}); nothing was written</source>
      <translation>totalnya akan melewati saldo terbesar yang dapat disimpan buku ({limit}); tidak ada yang ditulis</translation>
    </message>
    <message>
      <source>{date} is outside the dates the book accepts ({earliest} to {latest})</source>
      <translation>{date} berada di luar tanggal yang diterima buku ({earliest} sampai {latest})</translation>
    </message>
    <message>
      <source>remove the control character (an invisible character copied from another program)</source>
      <translation>hapus karakter kontrol (karakter tak terlihat yang tersalin dari program lain)</translation>
    </message>
    <message>
      <source>at most {n} characters (this has {count})</source>
      <translation>paling banyak {n} karakter (ini {count})</translation>
    </message>
    <message>
      <source>Account balance</source>
      <translation>Saldo akun</translation>
    </message>
    <message>
      <source>there is nothing to import: no data row on any sheet of the format ({sheets})</source>
      <translation>tidak ada yang dapat diimpor: tidak ada baris data pada lembar format mana pun ({sheets})</translation>
    </message>
    <message>
      <source>The member number or PIN does not match, or there were too many wrong tries. Please try again later, or ask the treasurer.</source>
      <translation>Nomor anggota atau PIN tidak cocok, atau sudah terlalu banyak percobaan yang salah. Silakan coba lagi nanti, atau tanyakan kepada bendahara.</translation>
    </message>
    <message>
      <source>'{value}' is not an application status (write Diajukan, Disetujui or Ditolak)</source>
      <translation>'{value}' bukan status pengajuan (tulis Diajukan, Disetujui atau Ditolak)</translation>
    </message>
    <message>
      <source>a loan that was paid out has no application status; leave this cell empty</source>
      <translation>pinjaman yang sudah dicairkan tidak punya status pengajuan; kosongkan sel ini</translation>
    </message>
    <message>
      <source>fill in the application date of a loan that was not paid out</source>
      <translation>isi tanggal pengajuan untuk pinjaman yang belum dicairkan</translation>
    </message>
    <message>
      <source>the loan amount must be above zero and above the admin fee</source>
      <translation>jumlah pinjaman harus di atas nol dan di atas biaya admin</translation>
    </message>
  </context>
</TS>
