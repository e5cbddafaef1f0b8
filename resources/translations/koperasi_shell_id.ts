<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>koperasi</name>
    <message>
      <source>Enter an amount.</source>
      <translation>Isi jumlahnya.</translation>
    </message>
    <message>
      <source>Opening the book {path}…</source>
      <translation>Membuka buku {path}…</translation>
    </message>
    <message>
      <source>Cannot open the book</source>
      <translation>Buku tidak dapat dibuka</translation>
    </message>
    <message>
      <source>Automatic backup saved as {path}</source>
      <translation>Cadangan otomatis disimpan sebagai {path}</translation>
    </message>
    <message>
      <source>The automatic backup failed: {detail}</source>
      <translation>Cadangan otomatis gagal: {detail}</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Berkas</translation>
    </message>
    <message>
      <source>&amp;New book…</source>
      <translation>Buku &amp;baru…</translation>
    </message>
    <message>
      <source>&amp;Open book…</source>
      <translation>&amp;Buka buku…</translation>
    </message>
    <message>
      <source>&amp;Recent books</source>
      <translation>Buku &amp;terakhir</translation>
    </message>
    <message>
      <source>&amp;Backup…</source>
      <translation>&amp;Cadangkan…</translation>
    </message>
    <message>
      <source>Re&amp;store…</source>
      <translation>&amp;Pulihkan…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Keluar</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>&amp;Pindah</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
      <source>&amp;About Koperasi</source>
      <translation>&amp;Tentang Koperasi</translation>
    </message>
    <message>
      <source>User: {name} ({role})</source>
      <translation>Pengguna: {name} ({role})</translation>
    </message>
    <message>
      <source>Open book</source>
      <translation>Buka buku</translation>
    </message>
    <message>
      <source>Back up the book</source>
      <translation>Cadangkan buku</translation>
    </message>
    <message>
      <source>Koperasi books ({patterns})</source>
      <translation>Buku Koperasi ({patterns})</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
      <source>Restore the book?</source>
      <translation>Pulihkan buku?</translation>
    </message>
    <message>
      <source>Replace the open book with {source}?</source>
      <translation>Ganti buku yang terbuka dengan {source}?</translation>
    </message>
    <message>
      <source>Everything entered since that backup will be gone from the book. The current book is kept as a backup first.</source>
      <translation>Semua yang dicatat sesudah cadangan itu akan hilang dari buku. Buku yang sekarang disimpan dulu sebagai cadangan.</translation>
    </message>
    <message>
      <source>Book restored</source>
      <translation>Buku dipulihkan</translation>
    </message>
    <message>
      <source>About Koperasi</source>
      <translation>Tentang Koperasi</translation>
    </message>
    <message>
      <source>Koperasi {version}</source>
      <translation>Koperasi {version}</translation>
    </message>
    <message>
      <source>Offline bookkeeping for savings-and-loan cooperatives.</source>
      <translation>Pembukuan tanpa internet untuk koperasi simpan pinjam.</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Semua berkas (*)</translation>
    </message>
    <message>
      <source>The book was restored from {source}.</source>
      <translation>Buku dipulihkan dari {source}.</translation>
    </message>
    <message>
      <source>Backup failed</source>
      <translation>Pencadangan gagal</translation>
    </message>
    <message>
      <source>Cannot restore</source>
      <translation>Tidak dapat memulihkan</translation>
    </message>
    <message>
      <source>(none yet)</source>
      <translation>(belum ada)</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>In (Masuk)</source>
      <translation>Masuk</translation>
    </message>
    <message>
      <source>Out (Keluar)</source>
      <translation>Keluar</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>Tahun ini</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Semua</translation>
    </message>
    <message>
      <source>Chosen dates</source>
      <translation>Tanggal pilihan</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Semua jenis</translation>
    </message>
    <message>
      <source>Search description or entry no.</source>
      <translation>Cari keterangan atau no. jurnal</translation>
    </message>
    <message>
      <source>Cash movements only</source>
      <translation>Hanya transaksi kas</translation>
    </message>
    <message>
      <source>Cash in…</source>
      <translation>Kas masuk…</translation>
    </message>
    <message>
      <source>Cash out…</source>
      <translation>Kas keluar…</translation>
    </message>
    <message>
      <source>Cash at the start: {amount}</source>
      <translation>Kas awal: {amount}</translation>
    </message>
    <message>
      <source>Cash at the end: {amount}</source>
      <translation>Kas akhir: {amount}</translation>
    </message>
    <message>
      <source>The cooperative's profile was saved.</source>
      <translation>Profil koperasi sudah disimpan.</translation>
    </message>
    <message>
      <source>Language of the interface</source>
      <translation>Bahasa tampilan</translation>
    </message>
    <message>
      <source>Saved. Koperasi speaks the chosen language from its next start.</source>
      <translation>Tersimpan. Koperasi memakai bahasa pilihan mulai dibuka lagi.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Bahasa</translation>
    </message>
    <message>
      <source>Where should the book be kept?</source>
      <translation>Di mana buku akan disimpan?</translation>
    </message>
    <message>
      <source>The book is one file holding all of the cooperative's records. Keep it on this computer and back it up often.</source>
      <translation>Buku adalah satu berkas berisi semua catatan koperasi. Simpan di komputer ini dan sering buat cadangannya.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Pilih…</translation>
    </message>
    <message>
      <source>New book</source>
      <translation>Buku baru</translation>
    </message>
    <message>
      <source>Koperasi books (*.sqlite3)</source>
      <translation>Buku Koperasi (*.sqlite3)</translation>
    </message>
    <message>
      <source>About the cooperative</source>
      <translation>Tentang koperasi</translation>
    </message>
    <message>
      <source>This appears on receipts and reports. You can change it later in Settings.</source>
      <translation>Data ini tampil di kwitansi dan laporan. Bisa diubah nanti di Pengaturan.</translation>
    </message>
    <message>
      <source>New cooperative book</source>
      <translation>Buku koperasi baru</translation>
    </message>
    <message>
      <source>Book file</source>
      <translation>Berkas buku</translation>
    </message>
    <message>
      <source>Choose where to save the book.</source>
      <translation>Pilih tempat menyimpan buku.</translation>
    </message>
    <message>
      <source>Cannot create the book</source>
      <translation>Buku tidak dapat dibuat</translation>
    </message>
    <message>
      <source>{path} already exists. Choose a new file name, or use File &gt; Open book.</source>
      <translation>{path} sudah ada. Pilih nama berkas baru, atau pakai Berkas &gt; Buka buku.</translation>
    </message>
    <message>
      <source>e.g. Grant from the NGO</source>
      <translation>mis. Hibah dari LSM</translation>
    </message>
    <message>
      <source>e.g. Stationery for the group meeting</source>
      <translation>mis. ATK untuk rapat kelompok</translation>
    </message>
    <message>
      <source>Received from / for account</source>
      <translation>Diterima dari / untuk akun</translation>
    </message>
    <message>
      <source>Paid for account</source>
      <translation>Dibayar untuk akun</translation>
    </message>
    <message>
      <source>Amount: {problem}</source>
      <translation>Jumlah: {problem}</translation>
    </message>
    <message>
      <source>Reverse entry {number}</source>
      <translation>Batalkan jurnal no. {number}</translation>
    </message>
    <message>
      <source>Entry {number} of {date}: {summary}</source>
      <translation>Jurnal no. {number} tanggal {date}: {summary}</translation>
    </message>
    <message>
      <source>A reversal posts the same lines the other way round. The entry itself stays in the book.</source>
      <translation>Pembatalan mencatat jurnal balik: baris yang sama dengan arah berlawanan. Jurnal aslinya tetap ada di buku.</translation>
    </message>
    <message>
      <source>e.g. Entered twice</source>
      <translation>mis. Tercatat dua kali</translation>
    </message>
    <message>
      <source>Date of the reversal</source>
      <translation>Tanggal pembatalan</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Alasan</translation>
    </message>
    <message>
      <source>Post a reversal of entry {number}? This cannot be undone.</source>
      <translation>Batalkan jurnal no. {number} dengan jurnal balik? Ini tidak dapat diurungkan.</translation>
    </message>
    <message>
      <source>January</source>
      <translation>Januari</translation>
    </message>
    <message>
      <source>February</source>
      <translation>Februari</translation>
    </message>
    <message>
      <source>March</source>
      <translation>Maret</translation>
    </message>
    <message>
      <source>April</source>
      <translation>April</translation>
    </message>
    <message>
      <source>May</source>
      <translation>Mei</translation>
    </message>
    <message>
      <source>June</source>
      <translation>Juni</translation>
    </message>
    <message>
      <source>July</source>
      <translation>Juli</translation>
    </message>
    <message>
      <source>August</source>
      <translation>Agustus</translation>
    </message>
    <message>
      <source>September</source>
      <translation>September</translation>
    </message>
    <message>
      <source>October</source>
      <translation>Oktober</translation>
    </message>
    <message>
      <source>November</source>
      <translation>November</translation>
    </message>
    <message>
      <source>December</source>
      <translation>Desember</translation>
    </message>
    <message>
      <source>e.g. AHU-0001234.AH.01.26 Tahun 2024</source>
      <translation>mis. AHU-0001234.AH.01.26 Tahun 2024</translation>
    </message>
    <message>
      <source>Name of the cooperative</source>
      <translation>Nama koperasi</translation>
    </message>
    <message>
      <source>Legal number (badan hukum)</source>
      <translation>Nomor badan hukum</translation>
    </message>
    <message>
      <source>Fiscal year starts in</source>
      <translation>Tahun buku mulai bulan</translation>
    </message>
    <message>
      <source>Simpanan pokok (once, on joining)</source>
      <translation>Simpanan pokok (sekali, saat masuk)</translation>
    </message>
    <message>
      <source>Simpanan wajib (every month)</source>
      <translation>Simpanan wajib (setiap bulan)</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Mata uang</translation>
    </message>
    <message>
      <source>Decimal digits of the currency</source>
      <translation>Angka desimal mata uang</translation>
    </message>
    <message>
      <source>Simpanan pokok and wajib: {problem}</source>
      <translation>Simpanan pokok dan wajib: {problem}</translation>
    </message>
    <message>
      <source>Account {code} cannot be used for a simple cash entry.</source>
      <translation>Akun {code} tidak dapat dipakai untuk catatan kas biasa.</translation>
    </message>
    <message>
      <source>The amount must be above zero.</source>
      <translation>Jumlah harus lebih dari nol.</translation>
    </message>
    <message>
      <source>Write what the money was for.</source>
      <translation>Tulis untuk apa uang ini.</translation>
    </message>
    <message>
      <source>Reverses no. {number}</source>
      <translation>Pembatalan no. {number}</translation>
    </message>
    <message>
      <source>There is only {cash} in cash.</source>
      <translation>Uang kas hanya ada {cash}.</translation>
    </message>
    <message>
      <source>Loan disbursement</source>
      <translation>Pencairan pinjaman</translation>
    </message>
    <message>
      <source>Repayment</source>
      <translation>Angsuran</translation>
    </message>
    <message>
      <source>Loan write-off</source>
      <translation>Penghapusan pinjaman</translation>
    </message>
    <message>
      <source>Consignment settlement</source>
      <translation>Pembayaran konsinyasi</translation>
    </message>
    <message>
      <source>Expense</source>
      <translation>Beban</translation>
    </message>
    <message>
      <source>Other income</source>
      <translation>Pendapatan lain</translation>
    </message>
    <message>
      <source>Grant</source>
      <translation>Hibah</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>Pemindahan</translation>
    </message>
    <message>
      <source>Opening balance</source>
      <translation>Saldo awal</translation>
    </message>
    <message>
      <source>SHU distribution</source>
      <translation>Pembagian SHU</translation>
    </message>
    <message>
      <source>Year-end close</source>
      <translation>Tutup buku akhir tahun</translation>
    </message>
    <message>
      <source>Reversal</source>
      <translation>Pembatalan (jurnal balik)</translation>
    </message>
    <message>
      <source>Asset</source>
      <translation>Aset</translation>
    </message>
    <message>
      <source>Liability</source>
      <translation>Kewajiban</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Selesai</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ya</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Tidak</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Post the reversal</source>
      <translation>Batalkan (jurnal balik)</translation>
    </message>
    <message>
      <source>&amp;Export this table to Excel…</source>
      <translation>&amp;Ekspor tabel ini ke Excel…</translation>
    </message>
    <message>
      <source>{n} rows written to {path}</source>
      <translation>{n} baris ditulis ke {path}</translation>
    </message>
    <message>
      <source>This page has no table to export.</source>
      <translation>Halaman ini tidak memiliki tabel untuk diekspor.</translation>
    </message>
    <message>
      <source>The table could not be written: {detail}</source>
      <translation>Tabel tidak dapat ditulis: {detail}</translation>
    </message>
  </context>
</TS>
