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
      <source>Print my passbook page</source>
      <translation>Cetak halaman buku simpanan saya</translation>
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
      <source>Printed on {date}</source>
      <translation>Dicetak tanggal {date}</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Rekening</translation>
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
      <source>Keep this PIN secret. Use it with your member number at the Cek Saldo Anggota screen.</source>
      <translation>Rahasiakan PIN ini. Gunakan bersama nomor anggota Anda di layar Cek Saldo Anggota.</translation>
    </message>
    <message>
      <source>Deactivated</source>
      <translation>Nonaktif</translation>
    </message>
    <message>
      <source>Locked until {time}</source>
      <translation>Terkunci sampai {time}</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Nama pengguna</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Nama lengkap</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Peran</translation>
    </message>
    <message>
      <source>Add a user</source>
      <translation>Tambah pengguna</translation>
    </message>
    <message>
      <source>Auditor (pengawas): reads everything, changes nothing</source>
      <translation>Pengawas: melihat semuanya, tidak mengubah apa pun</translation>
    </message>
    <message>
      <source>New password for {name}</source>
      <translation>Kata sandi baru untuk {name}</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>Kata sandi baru</translation>
    </message>
    <message>
      <source>Password again</source>
      <translation>Ulangi kata sandi</translation>
    </message>
    <message>
      <source>Add user…</source>
      <translation>Tambah pengguna…</translation>
    </message>
    <message>
      <source>Reset password…</source>
      <translation>Atur ulang kata sandi…</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>Nonaktifkan</translation>
    </message>
    <message>
      <source>Change my password…</source>
      <translation>Ganti kata sandi saya…</translation>
    </message>
    <message>
      <source> minutes</source>
      <translation> menit</translation>
    </message>
    <message>
      <source>Lock the screen when nobody has used it for</source>
      <translation>Kunci layar bila tidak dipakai selama</translation>
    </message>
    <message>
      <source>member number</source>
      <translation>nomor anggota</translation>
    </message>
    <message>
      <source>Give a new PIN…</source>
      <translation>Buat PIN baru…</translation>
    </message>
    <message>
      <source>Member kiosk PIN</source>
      <translation>PIN Cek Saldo Anggota</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Pengguna</translation>
    </message>
    <message>
      <source>Saved. The new time applies from the next login.</source>
      <translation>Tersimpan. Waktu baru berlaku sejak masuk berikutnya.</translation>
    </message>
    <message>
      <source>The new PIN of member {number} is {pin}. It is shown only now: print the slip or write it down for her.</source>
      <translation>PIN baru anggota {number} adalah {pin}. PIN hanya ditampilkan sekarang: cetak slipnya atau tuliskan untuk anggota.</translation>
    </message>
    <message>
      <source>Print slip</source>
      <translation>Cetak slip</translation>
    </message>
    <message>
      <source>Current password</source>
      <translation>Kata sandi saat ini</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
      <source>Your kiosk PIN</source>
      <translation>PIN Cek Saldo Anda</translation>
    </message>
    <message>
      <source>A new random PIN is shown once and printed on a slip for the member.</source>
      <translation>PIN acak yang baru ditampilkan sekali dan dicetak di slip untuk anggota.</translation>
    </message>
    <message>
      <source>Choose a user in the list first.</source>
      <translation>Pilih pengguna di daftar terlebih dahulu.</translation>
    </message>
    <message>
      <source>one word, e.g. siti</source>
      <translation>satu kata, misalnya siti</translation>
    </message>
    <message>
      <source>Chair (ketua): manages users, approves loans</source>
      <translation>Ketua: mengatur pengguna, menyetujui pinjaman</translation>
    </message>
    <message>
      <source>Treasurer (bendahara): keeps the books</source>
      <translation>Bendahara: mengerjakan pembukuan</translation>
    </message>
    <message>
      <source>at least {n} characters</source>
      <translation>minimal {n} karakter</translation>
    </message>
    <message>
      <source>Who will use the book?</source>
      <translation>Siapa yang akan memakai buku ini?</translation>
    </message>
    <message>
      <source>Create the first user. The chair can add the treasurer and the auditor later in Settings.</source>
      <translation>Buat pengguna pertama. Ketua dapat menambahkan bendahara dan pengawas nanti di Pengaturan.</translation>
    </message>
    <message>
      <source>Create and log in</source>
      <translation>Buat dan masuk</translation>
    </message>
    <message>
      <source>This book has no users yet. Create the first one: the chair can add the treasurer and the auditor later in Settings.</source>
      <translation>Buku ini belum punya pengguna. Buat pengguna pertama: ketua dapat menambahkan bendahara dan pengawas nanti di Pengaturan.</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Catatan Audit</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Waktu</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Siapa</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Tindakan</translation>
    </message>
    <message>
      <source>Object</source>
      <translation>Objek</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Rincian</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Sampai</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>Ekspor CSV…</translation>
    </message>
    <message>
      <source>Export Excel…</source>
      <translation>Ekspor Excel…</translation>
    </message>
    <message>
      <source>{n} entries</source>
      <translation>{n} catatan</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
      <source>Export the audit log</source>
      <translation>Ekspor catatan audit</translation>
    </message>
    <message>
      <source>{n} entries written to {path}</source>
      <translation>{n} catatan ditulis ke {path}</translation>
    </message>
    <message>
      <source>User</source>
      <translation>Pengguna</translation>
    </message>
    <message>
      <source>Every change to the books, newest first. Nothing here can be edited or deleted.</source>
      <translation>Setiap perubahan pada pembukuan, yang terbaru di atas. Catatan ini tidak dapat diubah atau dihapus.</translation>
    </message>
    <message>
      <source>All users</source>
      <translation>Semua pengguna</translation>
    </message>
    <message>
      <source>All actions</source>
      <translation>Semua tindakan</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Ekspor gagal</translation>
    </message>
    <message>
      <source>Export the audit log to a .csv or .xlsx file.</source>
      <translation>Ekspor catatan audit ke berkas .csv atau .xlsx.</translation>
    </message>
    <message>
      <source>Your loan</source>
      <translation>Pinjaman Anda</translation>
    </message>
    <message>
      <source>Consignment proceeds</source>
      <translation>Hasil titipan</translation>
    </message>
    <message>
      <source>Activate</source>
      <translation>Aktifkan</translation>
    </message>
    <message>
      <source>Too many wrong tries. Please try again in {minutes} min.</source>
      <translation>Terlalu banyak percobaan yang salah. Silakan coba lagi dalam {minutes} menit.</translation>
    </message>
    <message>
      <source>Book created</source>
      <translation>Buku dibuat</translation>
    </message>
    <message>
      <source>Demo goods and market days created</source>
      <translation>Barang dan hari pasar contoh dibuat</translation>
    </message>
    <message>
      <source>Group added</source>
      <translation>Kelompok ditambahkan</translation>
    </message>
    <message>
      <source>Group renamed</source>
      <translation>Nama kelompok diubah</translation>
    </message>
    <message>
      <source>Excel import</source>
      <translation>Impor Excel</translation>
    </message>
    <message>
      <source>Excel import undone</source>
      <translation>Impor Excel dibatalkan</translation>
    </message>
    <message>
      <source>Entry posted</source>
      <translation>Transaksi dicatat</translation>
    </message>
    <message>
      <source>Entry reversed</source>
      <translation>Transaksi dibalik</translation>
    </message>
    <message>
      <source>Loan application</source>
      <translation>Pengajuan pinjaman</translation>
    </message>
    <message>
      <source>Loan approved</source>
      <translation>Pinjaman disetujui</translation>
    </message>
    <message>
      <source>Loan rejected</source>
      <translation>Pinjaman ditolak</translation>
    </message>
    <message>
      <source>Loan repayment reversed</source>
      <translation>Angsuran dibatalkan</translation>
    </message>
    <message>
      <source>Loan rescheduled</source>
      <translation>Pinjaman dijadwal ulang</translation>
    </message>
    <message>
      <source>Loan settled at exit</source>
      <translation>Pinjaman dilunasi saat keluar</translation>
    </message>
    <message>
      <source>Loan written off</source>
      <translation>Pinjaman dihapusbukukan</translation>
    </message>
    <message>
      <source>Loan product added</source>
      <translation>Produk pinjaman ditambahkan</translation>
    </message>
    <message>
      <source>Loan product changed</source>
      <translation>Produk pinjaman diubah</translation>
    </message>
    <message>
      <source>Market day closed</source>
      <translation>Hari pasar ditutup</translation>
    </message>
    <message>
      <source>Market day opened</source>
      <translation>Hari pasar dibuka</translation>
    </message>
    <message>
      <source>Member added</source>
      <translation>Anggota ditambahkan</translation>
    </message>
    <message>
      <source>Member left</source>
      <translation>Anggota keluar</translation>
    </message>
    <message>
      <source>Member exit undone</source>
      <translation>Keluarnya anggota dibatalkan</translation>
    </message>
    <message>
      <source>Kiosk PIN set</source>
      <translation>PIN kios diatur</translation>
    </message>
    <message>
      <source>Member details changed</source>
      <translation>Data anggota diubah</translation>
    </message>
    <message>
      <source>Period closed</source>
      <translation>Periode ditutup</translation>
    </message>
    <message>
      <source>Period reopened</source>
      <translation>Periode dibuka kembali</translation>
    </message>
    <message>
      <source>Product added</source>
      <translation>Produk ditambahkan</translation>
    </message>
    <message>
      <source>Product changed</source>
      <translation>Produk diubah</translation>
    </message>
    <message>
      <source>SHU shares (bylaws) changed</source>
      <translation>Pembagian SHU menurut AD/ART diubah</translation>
    </message>
    <message>
      <source>Auto-lock setting changed</source>
      <translation>Pengaturan kunci otomatis diubah</translation>
    </message>
    <message>
      <source>Cooperative profile changed</source>
      <translation>Profil koperasi diubah</translation>
    </message>
    <message>
      <source>SHU distributed</source>
      <translation>SHU dibagikan</translation>
    </message>
    <message>
      <source>User activated</source>
      <translation>Pengguna diaktifkan</translation>
    </message>
    <message>
      <source>User added</source>
      <translation>Pengguna ditambahkan</translation>
    </message>
    <message>
      <source>Password changed</source>
      <translation>Kata sandi diganti</translation>
    </message>
    <message>
      <source>User deactivated</source>
      <translation>Pengguna dinonaktifkan</translation>
    </message>
    <message>
      <source>Logged in</source>
      <translation>Masuk ke aplikasi</translation>
    </message>
    <message>
      <source>Failed login</source>
      <translation>Gagal masuk</translation>
    </message>
    <message>
      <source>Password reset</source>
      <translation>Kata sandi disetel ulang</translation>
    </message>
    <message>
      <source>Loan principal paid</source>
      <translation>Angsuran pokok</translation>
    </message>
    <message>
      <source>Loan received</source>
      <translation>Pinjaman diterima</translation>
    </message>
    <message>
      <source>Loan interest (jasa)</source>
      <translation>Jasa pinjaman</translation>
    </message>
    <message>
      <source>Late fee (denda)</source>
      <translation>Denda</translation>
    </message>
    <message>
      <source>Cooperative's commission</source>
      <translation>Komisi koperasi</translation>
    </message>
    <message>
      <source>Book</source>
      <translation>Buku</translation>
    </message>
    <message>
      <source>Journal</source>
      <translation>Jurnal</translation>
    </message>
    <message>
      <source>Journal entry</source>
      <translation>Jurnal</translation>
    </message>
    <message>
      <source>Loan</source>
      <translation>Pinjaman</translation>
    </message>
    <message>
      <source>Loan product</source>
      <translation>Produk pinjaman</translation>
    </message>
    <message>
      <source>Market day</source>
      <translation>Hari pasar</translation>
    </message>
    <message>
      <source>Setting</source>
      <translation>Pengaturan</translation>
    </message>
  </context>
</TS>
