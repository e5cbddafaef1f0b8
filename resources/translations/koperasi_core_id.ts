<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>koperasi</name>
    <message>
      <source>Demo book ready: {summary}</source>
      <translation>Buku demo siap: {summary}</translation>
    </message>
    <message>
      <source>The book is sound.</source>
      <translation>Buku dalam keadaan baik.</translation>
    </message>
    <message>
      <source>Exported to {path}</source>
      <translation>Diekspor ke {path}</translation>
    </message>
    <message>
      <source>Backed up to {path}</source>
      <translation>Dicadangkan ke {path}</translation>
    </message>
    <message>
      <source>Restored {source}.</source>
      <translation>{source} telah dipulihkan.</translation>
    </message>
    <message>
      <source>User {name} created.</source>
      <translation>Pengguna {name} dibuat.</translation>
    </message>
    <message>
      <source>PIN set for member {number}.</source>
      <translation>PIN untuk anggota {number} telah diatur.</translation>
    </message>
    <message>
      <source>Bookkeeping for savings-and-loan cooperatives.</source>
      <translation>Pembukuan untuk koperasi simpan pinjam.</translation>
    </message>
    <message>
      <source>the book file (default: in the user data folder)</source>
      <translation>berkas buku (bawaan: di folder data pengguna)</translation>
    </message>
    <message>
      <source>language of the interface</source>
      <translation>bahasa tampilan</translation>
    </message>
    <message>
      <source>fill a new book with a demo cooperative</source>
      <translation>isi buku baru dengan koperasi contoh</translation>
    </message>
    <message>
      <source>verify the book</source>
      <translation>periksa buku</translation>
    </message>
    <message>
      <source>import a workbook</source>
      <translation>impor buku kerja Excel</translation>
    </message>
    <message>
      <source>import a file imported before</source>
      <translation>impor berkas yang sudah pernah diimpor</translation>
    </message>
    <message>
      <source>export the book to a workbook</source>
      <translation>ekspor buku ke buku kerja Excel</translation>
    </message>
    <message>
      <source>print a loan schedule as CSV</source>
      <translation>cetak jadwal angsuran sebagai CSV</translation>
    </message>
    <message>
      <source>percent per month</source>
      <translation>persen per bulan</translation>
    </message>
    <message>
      <source>back the book up to a file or folder</source>
      <translation>cadangkan buku ke berkas atau folder</translation>
    </message>
    <message>
      <source>replace the book with a verified backup</source>
      <translation>ganti buku dengan cadangan yang sudah diperiksa</translation>
    </message>
    <message>
      <source>render every page to PNG</source>
      <translation>simpan gambar setiap halaman sebagai PNG</translation>
    </message>
    <message>
      <source>manage users</source>
      <translation>kelola pengguna</translation>
    </message>
    <message>
      <source>create a user</source>
      <translation>buat pengguna</translation>
    </message>
    <message>
      <source>set a member's kiosk PIN from stdin</source>
      <translation>atur PIN kios anggota dari stdin</translation>
    </message>
    <message>
      <source>print the SHU of a fiscal year as CSV</source>
      <translation>cetak SHU satu tahun buku sebagai CSV</translation>
    </message>
    <message>
      <source>The book has {n} problem(s).</source>
      <translation>Buku memiliki {n} masalah.</translation>
    </message>
    <message>
      <source>The replaced book was kept as {path}</source>
      <translation>Buku yang diganti disimpan sebagai {path}</translation>
    </message>
    <message>
      <source>'{text}' is not a date YYYY-MM-DD</source>
      <translation>'{text}' bukan tanggal TTTT-BB-HH</translation>
    </message>
    <message>
      <source>'{text}' is not a number</source>
      <translation>'{text}' bukan angka</translation>
    </message>
    <message>
      <source>Error: {message}</source>
      <translation>Kesalahan: {message}</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Dibatalkan.</translation>
    </message>
    <message>
      <source>Unexpected error. The details were written to {path}</source>
      <translation>Terjadi kesalahan tak terduga. Rinciannya ditulis ke {path}</translation>
    </message>
    <message>
      <source>Demo data</source>
      <translation>Data demo</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Impor</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Ekspor</translation>
    </message>
    <message>
      <source>The book {path} is damaged: {detail}</source>
      <translation>Buku {path} rusak: {detail}</translation>
    </message>
    <message>
      <source>The book {path} is busy in another window. Try again in a moment.</source>
      <translation>Buku {path} sedang dipakai di jendela lain. Coba lagi sebentar lagi.</translation>
    </message>
    <message>
      <source>There is no book at {path}.</source>
      <translation>Tidak ada buku di {path}.</translation>
    </message>
    <message>
      <source>{path} is not a Koperasi book.</source>
      <translation>{path} bukan buku Koperasi.</translation>
    </message>
    <message>
      <source>The book {path} was made by a newer version of Koperasi. Install the newer version to open it.</source>
      <translation>Buku {path} dibuat oleh versi Koperasi yang lebih baru. Pasang versi yang lebih baru untuk membukanya.</translation>
    </message>
    <message>
      <source>The book {path} is read-only. Copy it to a folder you can write to.</source>
      <translation>Buku {path} hanya bisa dibaca. Salin ke folder yang bisa ditulisi.</translation>
    </message>
    <message>
      <source>A file already exists at {path}.</source>
      <translation>Sudah ada berkas di {path}.</translation>
    </message>
    <message>
      <source>Cannot create a book at {path}: {detail}</source>
      <translation>Tidak dapat membuat buku di {path}: {detail}</translation>
    </message>
    <message>
      <source>'{text}' is not a date (write it as 21/03/2025)</source>
      <translation>'{text}' bukan tanggal (tulis seperti 21/03/2025)</translation>
    </message>
    <message>
      <source>{value} is not a date</source>
      <translation>{value} bukan tanggal</translation>
    </message>
    <message>
      <source>'{text}' is not an amount</source>
      <translation>'{text}' bukan jumlah uang</translation>
    </message>
    <message>
      <source>{value} is not an amount</source>
      <translation>{value} bukan jumlah uang</translation>
    </message>
    <message>
      <source>'{text}' has more decimals than this book keeps</source>
      <translation>'{text}' memiliki angka desimal lebih banyak daripada yang dicatat buku ini</translation>
    </message>
    <message>
      <source>{value} is not a percentage</source>
      <translation>{value} bukan persentase</translation>
    </message>
    <message>
      <source>'{text}' is not a percentage</source>
      <translation>'{text}' bukan persentase</translation>
    </message>
    <message>
      <source>{path} already exists; choose another name.</source>
      <translation>{path} sudah ada; pilih nama lain.</translation>
    </message>
    <message>
      <source>{path} cannot be restored: it fails the book check.</source>
      <translation>{path} tidak dapat dipulihkan: gagal dalam pemeriksaan buku.</translation>
    </message>
    <message>
      <source>Choose a backup file, not the open book itself.</source>
      <translation>Pilih berkas cadangan, bukan buku yang sedang dibuka.</translation>
    </message>
    <message>
      <source>The backup failed: {detail}</source>
      <translation>Pencadangan gagal: {detail}</translation>
    </message>
    <message>
      <source>The restore failed: {detail}</source>
      <translation>Pemulihan gagal: {detail}</translation>
    </message>
    <message>
      <source>Broken reference in table {table}, row {row}</source>
      <translation>Rujukan rusak di tabel {table}, baris {row}</translation>
    </message>
    <message>
      <source>Entry {id} does not balance (difference {diff}, {n} lines)</source>
      <translation>Jurnal {id} tidak seimbang (selisih {diff}, {n} baris)</translation>
    </message>
    <message>
      <source>Account {code}: stored balance {stored} but the journal says {actual}</source>
      <translation>Akun {code}: saldo tersimpan {stored} tetapi menurut jurnal {actual}</translation>
    </message>
    <message>
      <source>Member {member}, account {account}: stored balance {stored} but the journal says {actual}</source>
      <translation>Anggota {member}, akun {account}: saldo tersimpan {stored} tetapi menurut jurnal {actual}</translation>
    </message>
    <message>
      <source>Member {number} has negative savings in account {code}: {amount}</source>
      <translation>Anggota {number} memiliki simpanan negatif di akun {code}: {amount}</translation>
    </message>
    <message>
      <source>SQLite integrity: {detail}</source>
      <translation>Integritas SQLite: {detail}</translation>
    </message>
    <message>
      <source>Please log in first.</source>
      <translation>Silakan masuk terlebih dahulu.</translation>
    </message>
    <message>
      <source>Your role ({role}) may not do this.</source>
      <translation>Peran Anda ({role}) tidak boleh melakukan ini.</translation>
    </message>
    <message>
      <source>The demo needs at least one member and one year.</source>
      <translation>Demo memerlukan paling sedikit satu anggota dan satu tahun.</translation>
    </message>
    <message>
      <source>The demo needs a new, empty book.</source>
      <translation>Demo memerlukan buku baru yang masih kosong.</translation>
    </message>
    <message>
      <source>There is no journal entry {id}.</source>
      <translation>Tidak ada jurnal nomor {id}.</translation>
    </message>
    <message>
      <source>Give a reason for the reversal.</source>
      <translation>Tuliskan alasan pembatalan.</translation>
    </message>
    <message>
      <source>A reversal cannot be reversed; post the entry again instead.</source>
      <translation>Pembatalan tidak dapat dibatalkan; catat ulang transaksinya.</translation>
    </message>
    <message>
      <source>Entry {id} has already been reversed.</source>
      <translation>Jurnal {id} sudah dibatalkan.</translation>
    </message>
    <message>
      <source>A reversal cannot be dated before the entry it reverses.</source>
      <translation>Tanggal pembatalan tidak boleh sebelum tanggal jurnal yang dibatalkan.</translation>
    </message>
    <message>
      <source>Reversal of entry {id}: {reason}</source>
      <translation>Pembatalan jurnal {id}: {reason}</translation>
    </message>
    <message>
      <source>An entry needs at least two lines.</source>
      <translation>Jurnal memerlukan paling sedikit dua baris.</translation>
    </message>
    <message>
      <source>The entry does not balance: debits and credits differ by {diff}.</source>
      <translation>Jurnal tidak seimbang: debit dan kredit berselisih {diff}.</translation>
    </message>
    <message>
      <source>The books are closed through {date}; choose a later date.</source>
      <translation>Buku sudah ditutup sampai {date}; pilih tanggal sesudahnya.</translation>
    </message>
    <message>
      <source>Amounts must be whole numbers of the minor unit.</source>
      <translation>Jumlah harus bilangan bulat dalam satuan terkecil.</translation>
    </message>
    <message>
      <source>An entry line cannot be zero.</source>
      <translation>Baris jurnal tidak boleh nol.</translation>
    </message>
    <message>
      <source>There is no account {code}.</source>
      <translation>Tidak ada akun {code}.</translation>
    </message>
    <message>
      <source>Account {code} is closed.</source>
      <translation>Akun {code} sudah ditutup.</translation>
    </message>
    <message>
      <source>The cooperative needs a name.</source>
      <translation>Koperasi harus memiliki nama.</translation>
    </message>
    <message>
      <source>The fiscal year must start in a month from 1 to 12.</source>
      <translation>Tahun buku harus dimulai pada bulan 1 sampai 12.</translation>
    </message>
    <message>
      <source>Minor digits must be between 0 and 3.</source>
      <translation>Jumlah angka desimal harus antara 0 dan 3.</translation>
    </message>
    <message>
      <source>The currency must be a three-letter code such as IDR.</source>
      <translation>Mata uang harus kode tiga huruf seperti IDR.</translation>
    </message>
    <message>
      <source>Pokok and wajib amounts must be above zero.</source>
      <translation>Jumlah simpanan pokok dan wajib harus lebih dari nol.</translation>
    </message>
    <message>
      <source>The currency and its minor digits cannot change once the book exists.</source>
      <translation>Mata uang dan angka desimalnya tidak dapat diubah setelah buku dibuat.</translation>
    </message>
    <message>
      <source>Koperasi</source>
      <translation>Koperasi</translation>
    </message>
    <message>
      <source>(in memory)</source>
      <translation>(di memori)</translation>
    </message>
    <message>
      <source>Book: {path}</source>
      <translation>Buku: {path}</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Beranda</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Anggota</translation>
    </message>
    <message>
      <source>Savings</source>
      <translation>Simpanan</translation>
    </message>
    <message>
      <source>Loans</source>
      <translation>Pinjaman</translation>
    </message>
    <message>
      <source>Inventory</source>
      <translation>Persediaan</translation>
    </message>
    <message>
      <source>Cash book</source>
      <translation>Buku Kas</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Laporan</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Pengaturan</translation>
    </message>
    <message>
      <source>treasurer</source>
      <translation>bendahara</translation>
    </message>
    <message>
      <source>chair</source>
      <translation>ketua</translation>
    </message>
    <message>
      <source>auditor</source>
      <translation>pengawas</translation>
    </message>
    <message>
      <source>system</source>
      <translation>sistem</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Monthly total of account {account} for {month} is {stored} but the journal says {actual}</source>
      <translation>Total bulanan akun {account} untuk {month} tercatat {stored} tetapi menurut jurnal {actual}</translation>
    </message>
    <message>
      <source>Simpanan Pokok deposits</source>
      <translation>setoran Simpanan Pokok</translation>
    </message>
    <message>
      <source>Simpanan Wajib deposits</source>
      <translation>setoran Simpanan Wajib</translation>
    </message>
    <message>
      <source>Simpanan Sukarela deposits</source>
      <translation>setoran Simpanan Sukarela</translation>
    </message>
    <message>
      <source>withdrawals</source>
      <translation>penarikan</translation>
    </message>
    <message>
      <source>members who left</source>
      <translation>anggota keluar</translation>
    </message>
    <message>
      <source>cash entries</source>
      <translation>catatan kas</translation>
    </message>
    <message>
      <source>market days</source>
      <translation>hari pasar</translation>
    </message>
    <message>
      <source>consignment settlements</source>
      <translation>pembayaran titipan</translation>
    </message>
    <message>
      <source>loan repayments</source>
      <translation>angsuran pinjaman</translation>
    </message>
    <message>
      <source>users</source>
      <translation>pengguna</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
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
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Keterangan</translation>
    </message>
    <message>
      <source>Deposit</source>
      <translation>Setoran</translation>
    </message>
    <message>
      <source>Withdrawal</source>
      <translation>Penarikan</translation>
    </message>
    <message>
      <source>Total savings</source>
      <translation>Total simpanan</translation>
    </message>
    <message>
      <source>Member number</source>
      <translation>Nomor anggota</translation>
    </message>
    <message>
      <source>Passbook</source>
      <translation>Buku Simpanan</translation>
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
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Dari</translation>
    </message>
    <message>
      <source>New product</source>
      <translation>Produk baru</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Cetak</translation>
    </message>
    <message>
      <source>Sale</source>
      <translation>Penjualan</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Reverse…</source>
      <translation>Batalkan (jurnal balik)…</translation>
    </message>
    <message>
      <source>Reversed</source>
      <translation>Dibatalkan</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Alamat</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Member exit</source>
      <translation>Anggota keluar</translation>
    </message>
    <message>
      <source>Stock</source>
      <translation>Stok</translation>
    </message>
    <message>
      <source>Equity</source>
      <translation>Ekuitas</translation>
    </message>
    <message>
      <source>Income</source>
      <translation>Pendapatan</translation>
    </message>
    <message>
      <source>Cooperative</source>
      <translation>Koperasi</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>Bulan ini</translation>
    </message>
    <message>
      <source>Last month</source>
      <translation>Bulan lalu</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Periode</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Sampai</translation>
    </message>
    <message>
      <source>Cash in</source>
      <translation>Kas masuk</translation>
    </message>
    <message>
      <source>Cash out</source>
      <translation>Kas keluar</translation>
    </message>
    <message>
      <source>The book is busy: another window or program is saving to it. Nothing was written; try again in a moment.</source>
      <translation>Buku sedang dipakai: jendela atau program lain sedang menyimpan ke buku ini. Tidak ada yang ditulis; coba lagi sebentar lagi.</translation>
    </message>
  </context>
</TS>
