<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>koperasi</name>
    <message>
      <source>That name and password do not match. Please try again.</source>
      <translation>Nama dan kata sandi tidak cocok. Silakan coba lagi.</translation>
    </message>
    <message>
      <source>Too many wrong tries. Please wait {minutes} minutes and try again.</source>
      <translation>Terlalu banyak percobaan yang salah. Silakan tunggu {minutes} menit, lalu coba lagi.</translation>
    </message>
    <message>
      <source>There is no user named {name}.</source>
      <translation>Tidak ada pengguna bernama {name}.</translation>
    </message>
    <message>
      <source>The password must have at least {n} characters.</source>
      <translation>Kata sandi minimal {n} karakter.</translation>
    </message>
    <message>
      <source>The password may not begin or end with a space.</source>
      <translation>Kata sandi tidak boleh diawali atau diakhiri spasi.</translation>
    </message>
    <message>
      <source>Type a user name.</source>
      <translation>Ketik nama pengguna.</translation>
    </message>
    <message>
      <source>A user name is one word without spaces, at most {n} characters.</source>
      <translation>Nama pengguna berupa satu kata tanpa spasi, paling banyak {n} karakter.</translation>
    </message>
    <message>
      <source>The role must be treasurer, chair or auditor, not {role}.</source>
      <translation>Peran harus bendahara (treasurer), ketua (chair) atau pengawas (auditor), bukan {role}.</translation>
    </message>
    <message>
      <source>There is already a user named {name}.</source>
      <translation>Sudah ada pengguna bernama {name}.</translation>
    </message>
    <message>
      <source>This book already has users; ask the chair to add you.</source>
      <translation>Buku ini sudah punya pengguna; minta ketua untuk menambahkan Anda.</translation>
    </message>
    <message>
      <source>The first user must be the chair or the treasurer.</source>
      <translation>Pengguna pertama harus ketua atau bendahara.</translation>
    </message>
    <message>
      <source>You can change only your own password.</source>
      <translation>Anda hanya dapat mengganti kata sandi Anda sendiri.</translation>
    </message>
    <message>
      <source>The current password is not right.</source>
      <translation>Kata sandi saat ini tidak benar.</translation>
    </message>
    <message>
      <source>Choose a new password that differs from the old one.</source>
      <translation>Pilih kata sandi baru yang berbeda dari yang lama.</translation>
    </message>
    <message>
      <source>{name} is already deactivated.</source>
      <translation>{name} sudah dinonaktifkan.</translation>
    </message>
    <message>
      <source>You cannot deactivate yourself.</source>
      <translation>Anda tidak dapat menonaktifkan diri sendiri.</translation>
    </message>
    <message>
      <source>{name} is the last active chair; add another chair first.</source>
      <translation>{name} adalah satu-satunya ketua yang aktif; tambahkan ketua lain terlebih dahulu.</translation>
    </message>
    <message>
      <source>{name} is already active.</source>
      <translation>{name} sudah aktif.</translation>
    </message>
    <message>
      <source>The idle lock must be between 1 and 120 minutes.</source>
      <translation>Kunci otomatis harus antara 1 dan 120 menit.</translation>
    </message>
    <message>
      <source>The member number or PIN does not match. Please try again, or ask the treasurer.</source>
      <translation>Nomor anggota atau PIN tidak cocok. Silakan coba lagi, atau tanyakan kepada bendahara.</translation>
    </message>
    <message>
      <source>The PIN must be exactly 6 digits.</source>
      <translation>PIN harus tepat 6 angka.</translation>
    </message>
    <message>
      <source>That PIN is too easy to guess (such as 111111 or 123456); choose another.</source>
      <translation>PIN itu terlalu mudah ditebak (seperti 111111 atau 123456); pilih PIN lain.</translation>
    </message>
    <message>
      <source>There is no member with id {id}.</source>
      <translation>Tidak ada anggota dengan id {id}.</translation>
    </message>
    <message>
      <source>There is no member number {number}.</source>
      <translation>Tidak ada anggota dengan nomor {number}.</translation>
    </message>
    <message>
      <source>Member {number} has left the cooperative; she needs no PIN.</source>
      <translation>Anggota {number} sudah keluar dari koperasi; ia tidak memerlukan PIN.</translation>
    </message>
    <message>
      <source>Welcome. Choose what you want to do.</source>
      <translation>Selamat datang. Silakan pilih yang ingin Anda lakukan.</translation>
    </message>
    <message>
      <source>Cek Saldo Anggota</source>
      <translation>Cek Saldo Anggota</translation>
    </message>
    <message>
      <source>Board login</source>
      <translation>Masuk Pengurus</translation>
    </message>
    <message>
      <source>user name</source>
      <translation>nama pengguna</translation>
    </message>
    <message>
      <source>password</source>
      <translation>kata sandi</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>Masuk</translation>
    </message>
    <message>
      <source>Switch user</source>
      <translation>Ganti pengguna</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Kata sandi</translation>
    </message>
    <message>
      <source>Screen locked</source>
      <translation>Layar terkunci</translation>
    </message>
    <message>
      <source>{name}, type your password to carry on, or let someone else log in.</source>
      <translation>{name}, ketik kata sandi Anda untuk melanjutkan, atau biarkan orang lain masuk.</translation>
    </message>
    <message>
      <source>For members</source>
      <translation>Untuk anggota</translation>
    </message>
    <message>
      <source>See your savings, loans and latest payments with your member number and PIN.</source>
      <translation>Lihat simpanan, pinjaman, dan transaksi terakhir Anda dengan nomor anggota dan PIN.</translation>
    </message>
    <message>
      <source>for example A001</source>
      <translation>misalnya A001</translation>
    </message>
    <message>
      <source>6 digits</source>
      <translation>6 angka</translation>
    </message>
    <message>
      <source>See my balance</source>
      <translation>Lihat saldo saya</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Kembali</translation>
    </message>
    <message>
      <source>Simpanan Pokok</source>
      <translation>Simpanan Pokok</translation>
    </message>
    <message>
      <source>Simpanan Wajib</source>
      <translation>Simpanan Wajib</translation>
    </message>
    <message>
      <source>Simpanan Sukarela</source>
      <translation>Simpanan Sukarela</translation>
    </message>
    <message>
      <source>Print my passbook page</source>
      <translation>Cetak halaman buku simpanan saya</translation>
    </message>
    <message>
      <source>Selesai</source>
      <translation>Selesai</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Keterangan</translation>
    </message>
    <message>
      <source>Deposit</source>
      <translation>Setor</translation>
    </message>
    <message>
      <source>Withdrawal</source>
      <translation>Tarik</translation>
    </message>
    <message>
      <source>Total savings</source>
      <translation>Total simpanan</translation>
    </message>
    <message>
      <source>Check your balance</source>
      <translation>Cek saldo Anda</translation>
    </message>
    <message>
      <source>Type your member number and your PIN. Your data is shown only to you and closes by itself.</source>
      <translation>Ketik nomor anggota dan PIN Anda. Data Anda hanya ditampilkan untuk Anda dan akan tertutup sendiri.</translation>
    </message>
    <message>
      <source>Member number</source>
      <translation>Nomor anggota</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <source>Hello, {name}</source>
      <translation>Halo, {name}</translation>
    </message>
    <message>
      <source>Member number {number} · figures as of {date}</source>
      <translation>Nomor anggota {number} · keadaan per {date}</translation>
    </message>
    <message>
      <source>Consignment proceeds owed to you: {amount}</source>
      <translation>Hasil titipan (konsinyasi) yang belum dibayarkan kepada Anda: {amount}</translation>
    </message>
    <message>
      <source>Latest movements</source>
      <translation>Transaksi terakhir</translation>
    </message>
    <message>
      <source>Printing… please take your page from the printer.</source>
      <translation>Sedang mencetak… silakan ambil kertas Anda di printer.</translation>
    </message>
    <message>
      <source>No printer is ready. Ask the treasurer to print your passbook.</source>
      <translation>Printer belum siap. Minta bendahara mencetak buku simpanan Anda.</translation>
    </message>
    <message>
      <source>You have late installments: {amount}. Please pay them soon.</source>
      <translation>Ada angsuran yang terlambat: {amount}. Mohon segera dibayar.</translation>
    </message>
    <message>
      <source>Your loans</source>
      <translation>Pinjaman Anda</translation>
    </message>
    <message>
      <source>You have no loans running.</source>
      <translation>Anda tidak punya pinjaman yang berjalan.</translation>
    </message>
    <message>
      <source>Passbook</source>
      <translation>Buku Simpanan</translation>
    </message>
    <message>
      <source>Printed on {date}</source>
      <translation>Dicetak tanggal {date}</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Rekening</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Jumlah</translation>
    </message>
    <message>
      <source>Loan no.</source>
      <translation>No. Pinjaman</translation>
    </message>
    <message>
      <source>Principal left</source>
      <translation>Sisa pokok</translation>
    </message>
    <message>
      <source>Next installment</source>
      <translation>Angsuran berikutnya</translation>
    </message>
    <message>
      <source>Due on</source>
      <translation>Jatuh tempo</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>Tunggakan</translation>
    </message>
    <message>
      <source>Lock ({shortcut})</source>
      <translation>Kunci ({shortcut})</translation>
    </message>
    <message>
      <source>Logged in: {name} ({role})</source>
      <translation>Masuk sebagai: {name} ({role})</translation>
    </message>
  </context>
</TS>
