<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>koperasi</name>
    <message>
      <source>for example {number}</source>
      <translation>misalnya {number}</translation>
    </message>
    <message>
      <source>Type your member number first.</source>
      <translation>Ketik dulu nomor anggota Anda.</translation>
    </message>
    <message>
      <source>Now type your PIN.</source>
      <translation>Sekarang ketik PIN Anda.</translation>
    </message>
    <message>
      <source>Meeting date</source>
      <translation>Tanggal pertemuan</translation>
    </message>
    <message>
      <source>later than today: each posting asks first</source>
      <translation>lebih lambat dari hari ini: setiap setoran ditanyakan dulu</translation>
    </message>
    <message>
      <source>Not posted: the date {date} is later than today.</source>
      <translation>Tidak dibukukan: tanggal {date} lebih lambat dari hari ini.</translation>
    </message>
    <message>
      <source>Date later than today</source>
      <translation>Tanggal lebih lambat dari hari ini</translation>
    </message>
    <message>
      <source>The date {date} is {days} day(s) after today ({today}). Post it on that date anyway?</source>
      <translation>Tanggal {date} adalah {days} hari setelah hari ini ({today}). Tetap bukukan pada tanggal itu?</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>hh/bb/tttt</translation>
    </message>
    <message>
      <source>Choose on a calendar</source>
      <translation>Pilih di kalender</translation>
    </message>
    <message>
      <source>{date} is outside {first} … {last}</source>
      <translation>{date} di luar {first} … {last}</translation>
    </message>
    <message>
      <source>No member matches '{text}'.</source>
      <translation>Tidak ada anggota yang cocok dengan '{text}'.</translation>
    </message>
    <message>
      <source>{count} members match '{text}': choose one from the list.</source>
      <translation>{count} anggota cocok dengan '{text}': pilih satu dari daftar.</translation>
    </message>
    <message>
      <source>Guarantor: member number or name (required for this product)</source>
      <translation>Penjamin: nomor atau nama anggota (wajib untuk produk ini)</translation>
    </message>
    <message>
      <source>{n} applications waiting for the chair's approval</source>
      <translation>{n} pengajuan menunggu persetujuan ketua</translation>
    </message>
    <message>
      <source>The schedule below is planned: it starts on the day the loan is paid out.</source>
      <translation>Jadwal di bawah ini masih rencana: mulai berlaku pada hari pinjaman dicairkan.</translation>
    </message>
    <message>
      <source>Waiting for the chair's approval. The chair (ketua) opens this loan on the Loans page and approves or rejects it.</source>
      <translation>Menunggu persetujuan ketua. Ketua membuka pinjaman ini di halaman Pinjaman lalu menyetujui atau menolaknya.</translation>
    </message>
    <message>
      <source>Approved: waiting to be paid out. The treasurer pays it out with "Pay out".</source>
      <translation>Disetujui: menunggu dicairkan. Bendahara mencairkannya dengan tombol "Cairkan".</translation>
    </message>
    <message>
      <source>waiting for the chair's approval</source>
      <translation>menunggu persetujuan ketua</translation>
    </message>
    <message>
      <source>waiting to be paid out</source>
      <translation>menunggu dicairkan</translation>
    </message>
    <message>
      <source>Active and waiting</source>
      <translation>Aktif dan menunggu</translation>
    </message>
    <message>
      <source>Waiting for approval or pay-out</source>
      <translation>Menunggu persetujuan atau pencairan</translation>
    </message>
    <message>
      <source>Open (selling)</source>
      <translation>Buka (berjualan)</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Ditutup</translation>
    </message>
    <message>
      <source>Entries</source>
      <translation>Jurnal</translation>
    </message>
    <message>
      <source>Saved: {number} — {name}.</source>
      <translation>Tersimpan: {number} — {name}.</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Ketua</translation>
    </message>
    <message>
      <source>Auditor</source>
      <translation>Pengawas</translation>
    </message>
  </context>
</TS>
