<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>koperasi</name>
    <message>
      <source>Sheet '{sheet}' is not part of the format and was skipped.</source>
      <translation>Lembar '{sheet}' bukan bagian dari format dan dilewati.</translation>
    </message>
    <message>
      <source>this sheet appears twice in the workbook; keep only one</source>
      <translation>lembar ini ada dua kali di berkas; simpan satu saja</translation>
    </message>
    <message>
      <source>the formula in this cell has no saved value; open the file in Excel or LibreOffice, save it, and import again</source>
      <translation>rumus di sel ini tidak punya nilai tersimpan; buka berkas di Excel atau LibreOffice, simpan, lalu impor lagi</translation>
    </message>
    <message>
      <source>this cell must be filled in</source>
      <translation>sel ini wajib diisi</translation>
    </message>
    <message>
      <source>{n} entries of kind {kind} cannot be written in the workbook format and were left out of the movement sheets.</source>
      <translation>{n} jurnal jenis {kind} tidak dapat ditulis dalam format berkas Excel dan tidak dimasukkan ke lembar transaksi.</translation>
    </message>
    <message>
      <source>The start date is after the end date.</source>
      <translation>Tanggal awal sesudah tanggal akhir.</translation>
    </message>
    <message>
      <source>Give the export file a name ending in .xlsx.</source>
      <translation>Beri nama berkas ekspor yang berakhiran .xlsx.</translation>
    </message>
    <message>
      <source>The file {name} cannot be written: it may be open in Excel. Close it and try again.</source>
      <translation>Berkas {name} tidak dapat ditulis: mungkin sedang dibuka di Excel. Tutup lalu coba lagi.</translation>
    </message>
    <message>
      <source>'{value}' is not yes or no (write Ya or Tidak)</source>
      <translation>'{value}' bukan ya atau tidak (tulis Ya atau Tidak)</translation>
    </message>
    <message>
      <source>'{value}' is not a gender (write P or L)</source>
      <translation>'{value}' bukan jenis kelamin (tulis P atau L)</translation>
    </message>
    <message>
      <source>'{value}' is not a savings type (write Pokok, Wajib or Sukarela)</source>
      <translation>'{value}' bukan jenis simpanan (tulis Pokok, Wajib atau Sukarela)</translation>
    </message>
    <message>
      <source>'{value}' is not a loan method (write Flat, Menurun or Anuitas)</source>
      <translation>'{value}' bukan metode pinjaman (tulis Flat, Menurun atau Anuitas)</translation>
    </message>
    <message>
      <source>'{value}' is not a member status (write Aktif or Keluar)</source>
      <translation>'{value}' bukan status anggota (tulis Aktif atau Keluar)</translation>
    </message>
    <message>
      <source>a date is not allowed here</source>
      <translation>tanggal tidak boleh di sini</translation>
    </message>
    <message>
      <source>a date is not an amount</source>
      <translation>tanggal bukan jumlah uang</translation>
    </message>
    <message>
      <source>the amount must not be negative</source>
      <translation>jumlah tidak boleh negatif</translation>
    </message>
    <message>
      <source>must be a whole number above zero</source>
      <translation>harus bilangan bulat lebih dari nol</translation>
    </message>
    <message>
      <source>a date is not a percentage</source>
      <translation>tanggal bukan persentase</translation>
    </message>
    <message>
      <source>the percentage must be between 0 and 100</source>
      <translation>persentase harus antara 0 dan 100</translation>
    </message>
    <message>
      <source>Imported {what} (batch {batch}).</source>
      <translation>Berhasil diimpor: {what} (impor no. {batch}).</translation>
    </message>
    <message>
      <source>This file was already imported on {date} by {user} (batch {batch}).</source>
      <translation>Berkas ini sudah diimpor pada {date} oleh {user} (impor no. {batch}).</translation>
    </message>
    <message>
      <source>{n} problem(s) found; nothing was imported. Correct the file and try again.</source>
      <translation>Ditemukan {n} masalah; tidak ada yang diimpor. Perbaiki berkas lalu coba lagi.</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>tidak ada</translation>
    </message>
    <message>
      <source>Dry run: the import would create {what}.</source>
      <translation>Uji coba: impor ini akan membuat {what}.</translation>
    </message>
    <message>
      <source>members</source>
      <translation>anggota</translation>
    </message>
    <message>
      <source>savings rows</source>
      <translation>baris simpanan</translation>
    </message>
    <message>
      <source>loans</source>
      <translation>pinjaman</translation>
    </message>
    <message>
      <source>repayments</source>
      <translation>angsuran</translation>
    </message>
    <message>
      <source>products</source>
      <translation>produk</translation>
    </message>
    <message>
      <source>sales</source>
      <translation>penjualan</translation>
    </message>
    <message>
      <source>cash rows</source>
      <translation>baris kas</translation>
    </message>
    <message>
      <source>The file {name} could not be read as a workbook: {detail}</source>
      <translation>Berkas {name} tidak dapat dibaca sebagai berkas Excel: {detail}</translation>
    </message>
    <message>
      <source>Imported again because it was forced.</source>
      <translation>Diimpor lagi karena dipaksa.</translation>
    </message>
    <message>
      <source>Undo that batch first, or force the import to bring it in again.</source>
      <translation>Batalkan impor itu dulu, atau paksa impor untuk memasukkannya lagi.</translation>
    </message>
    <message>
      <source>Savings returned to a member who left</source>
      <translation>Pengembalian simpanan anggota keluar</translation>
    </message>
    <message>
      <source>the books are closed through {date}; this date cannot be imported</source>
      <translation>buku sudah ditutup sampai {date}; tanggal ini tidak dapat diimpor</translation>
    </message>
    <message>
      <source>there is no member {number} in the book or in the Anggota sheet</source>
      <translation>tidak ada anggota {number} di buku maupun di lembar Anggota</translation>
    </message>
    <message>
      <source>{n} Simpanan Pokok deposit(s) differ from today's amount {amount}; the amounts in the file were kept as history.</source>
      <translation>{n} setoran Simpanan Pokok berbeda dari jumlah sekarang {amount}; jumlah di berkas tetap dipakai sebagai riwayat.</translation>
    </message>
    <message>
      <source>member number {number} appears twice (also on row {row})</source>
      <translation>nomor anggota {number} muncul dua kali (juga di baris {row})</translation>
    </message>
    <message>
      <source>member {number} is already in the book</source>
      <translation>anggota {number} sudah ada di buku</translation>
    </message>
    <message>
      <source>the NIK must be exactly 16 digits</source>
      <translation>NIK harus tepat 16 angka</translation>
    </message>
    <message>
      <source>the birth date must be before the joining date</source>
      <translation>tanggal lahir harus sebelum tanggal masuk</translation>
    </message>
    <message>
      <source>fill in either Setor or Tarik (one amount per row)</source>
      <translation>isi Setor atau Tarik saja (satu jumlah per baris)</translation>
    </message>
    <message>
      <source>only Sukarela can be withdrawn; Pokok and Wajib are returned only to a member who has left (Status Keluar)</source>
      <translation>hanya Sukarela yang bisa ditarik; Pokok dan Wajib hanya dikembalikan kepada anggota yang sudah keluar (Status Keluar)</translation>
    </message>
    <message>
      <source>the withdrawal of {amount} is more than the {balance} saved on {date}</source>
      <translation>penarikan {amount} lebih besar dari saldo {balance} pada {date}</translation>
    </message>
    <message>
      <source>there is no account {code} in the chart of accounts</source>
      <translation>tidak ada akun {code} di daftar akun</translation>
    </message>
    <message>
      <source>account {code} is closed</source>
      <translation>akun {code} sudah ditutup</translation>
    </message>
    <message>
      <source>write the other account here, not Kas itself: Masuk and Keluar already are Kas</source>
      <translation>tulis akun lawannya di sini, bukan Kas: Masuk dan Keluar sudah berarti Kas</translation>
    </message>
    <message>
      <source>account {code} belongs to members; use the Simpanan or Pinjaman sheet</source>
      <translation>akun {code} milik anggota; gunakan lembar Simpanan atau Pinjaman</translation>
    </message>
    <message>
      <source>fill in either Masuk or Keluar (one amount per row)</source>
      <translation>isi Masuk atau Keluar saja (satu jumlah per baris)</translation>
    </message>
    <message>
      <source>the loan amount must be above zero</source>
      <translation>jumlah pinjaman harus lebih dari nol</translation>
    </message>
    <message>
      <source>the admin fee must be below the loan amount</source>
      <translation>biaya admin harus lebih kecil dari jumlah pinjaman</translation>
    </message>
    <message>
      <source>there is no open loan {number} in the book or in the Pinjaman sheet</source>
      <translation>tidak ada pinjaman berjalan {number} di buku maupun di lembar Pinjaman</translation>
    </message>
    <message>
      <source>the repayment is dated before the loan was paid out ({date})</source>
      <translation>tanggal angsuran sebelum pinjaman dicairkan ({date})</translation>
    </message>
    <message>
      <source>loan {number} is already paid off</source>
      <translation>pinjaman {number} sudah lunas</translation>
    </message>
    <message>
      <source>opening stock would be dated {date}, in the closed period</source>
      <translation>stok awal akan bertanggal {date}, di periode yang sudah ditutup</translation>
    </message>
    <message>
      <source>there is no product {code} in the book or in the Produk sheet</source>
      <translation>tidak ada produk {code} di buku maupun di lembar Produk</translation>
    </message>
    <message>
      <source>the quantity must be above zero</source>
      <translation>jumlah barang harus lebih dari nol</translation>
    </message>
    <message>
      <source>the sale price must be above zero</source>
      <translation>harga jual harus lebih dari nol</translation>
    </message>
    <message>
      <source>only {stock} left in stock on {date}; cannot sell {quantity}</source>
      <translation>stok tinggal {stock} pada {date}; tidak bisa menjual {quantity}</translation>
    </message>
    <message>
      <source>loan number {number} appears twice (also on row {row})</source>
      <translation>nomor pinjaman {number} muncul dua kali (juga di baris {row})</translation>
    </message>
    <message>
      <source>loan {number} is already in the book</source>
      <translation>pinjaman {number} sudah ada di buku</translation>
    </message>
    <message>
      <source>product code {code} appears twice (also on row {row})</source>
      <translation>kode produk {code} muncul dua kali (juga di baris {row})</translation>
    </message>
    <message>
      <source>product {code} is already in the book</source>
      <translation>produk {code} sudah ada di buku</translation>
    </message>
    <message>
      <source>member {number} has left; she cannot own products</source>
      <translation>anggota {number} sudah keluar; tidak bisa memiliki produk</translation>
    </message>
    <message>
      <source>{sheet}, row {row}, column {column}: {message}</source>
      <translation>{sheet}, baris {row}, kolom {column}: {message}</translation>
    </message>
    <message>
      <source>The file {name} unpacks to an unreasonable size and was refused.</source>
      <translation>Berkas {name} jika dibuka menjadi terlalu besar dan ditolak.</translation>
    </message>
    <message>
      <source>{sheet}: column '{column}' is not part of the format and was ignored</source>
      <translation>{sheet}: kolom '{column}' bukan bagian dari format dan diabaikan</translation>
    </message>
    <message>
      <source>{sheet}: {message}</source>
      <translation>{sheet}: {message}</translation>
    </message>
    <message>
      <source>{sheet}, row {row}: {message}</source>
      <translation>{sheet}, baris {row}: {message}</translation>
    </message>
    <message>
      <source>The file {name} is protected with a password or is an old .xls file. Open it in Excel, remove the password and save it as .xlsx.</source>
      <translation>Berkas {name} dilindungi kata sandi atau berkas .xls lama. Buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx.</translation>
    </message>
    <message>
      <source>The file {name} is not an Excel workbook (.xlsx).</source>
      <translation>Berkas {name} bukan berkas Excel (.xlsx).</translation>
    </message>
    <message>
      <source>the required column '{column}' is missing</source>
      <translation>kolom wajib '{column}' tidak ada</translation>
    </message>
    <message>
      <source>The file {name} does not exist.</source>
      <translation>Berkas {name} tidak ada.</translation>
    </message>
    <message>
      <source>The file {name} cannot be read: it may be open in Excel. Close it and try again.</source>
      <translation>Berkas {name} tidak dapat dibaca: mungkin sedang dibuka di Excel. Tutup lalu coba lagi.</translation>
    </message>
    <message>
      <source>{name} is a folder, not a workbook.</source>
      <translation>{name} adalah folder, bukan berkas Excel.</translation>
    </message>
    <message>
      <source>Safe workbook reading is not available (defusedxml).</source>
      <translation>Pembacaan berkas Excel yang aman tidak tersedia (defusedxml).</translation>
    </message>
    <message>
      <source>no header row found in the first {n} rows (expected columns such as {columns})</source>
      <translation>baris judul kolom tidak ditemukan di {n} baris pertama (kolom yang diharapkan misalnya {columns})</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Masalah</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Masalah</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Baris</translation>
    </message>
    <message>
      <source>The member's number, unique in the book.</source>
      <translation>Nomor anggota, tidak boleh sama dengan anggota lain.</translation>
    </message>
    <message>
      <source>Full name.</source>
      <translation>Nama lengkap.</translation>
    </message>
    <message>
      <source>National ID (NIK): 16 digits, or empty.</source>
      <translation>NIK: 16 angka, atau kosong.</translation>
    </message>
    <message>
      <source>P (perempuan) or L (laki-laki).</source>
      <translation>P (perempuan) atau L (laki-laki).</translation>
    </message>
    <message>
      <source>A date such as 21/03/1980.</source>
      <translation>Tanggal, misalnya 21/03/1980.</translation>
    </message>
    <message>
      <source>The date she joined, such as 15/01/2024.</source>
      <translation>Tanggal masuk, misalnya 15/01/2024.</translation>
    </message>
    <message>
      <source>Ya or Tidak.</source>
      <translation>Ya atau Tidak.</translation>
    </message>
    <message>
      <source>Aktif, or Keluar for a member who has left.</source>
      <translation>Aktif, atau Keluar untuk anggota yang sudah keluar.</translation>
    </message>
    <message>
      <source>Pokok, Wajib or Sukarela (with or without the word Simpanan).</source>
      <translation>Pokok, Wajib atau Sukarela (boleh dengan kata Simpanan).</translation>
    </message>
    <message>
      <source>Amount paid in; fill in Setor or Tarik, not both.</source>
      <translation>Jumlah yang disetor; isi Setor atau Tarik, jangan keduanya.</translation>
    </message>
    <message>
      <source>Amount taken out: Sukarela only, or Pokok and Wajib returned to a member who has left.</source>
      <translation>Jumlah yang ditarik: hanya Sukarela, atau Pokok dan Wajib yang dikembalikan kepada anggota yang keluar.</translation>
    </message>
    <message>
      <source>The loan's number, unique in the book.</source>
      <translation>Nomor pinjaman, tidak boleh sama dengan pinjaman lain.</translation>
    </message>
    <message>
      <source>The amount lent.</source>
      <translation>Jumlah yang dipinjamkan.</translation>
    </message>
    <message>
      <source>Interest per month in percent, such as 1,5.</source>
      <translation>Bunga per bulan dalam persen, misalnya 1,5.</translation>
    </message>
    <message>
      <source>Number of monthly installments.</source>
      <translation>Jumlah angsuran bulanan.</translation>
    </message>
    <message>
      <source>Flat, Menurun (declining) or Anuitas (annuity).</source>
      <translation>Flat, Menurun atau Anuitas.</translation>
    </message>
    <message>
      <source>Fee kept at disbursement, or empty.</source>
      <translation>Biaya yang dipotong saat pencairan, atau kosong.</translation>
    </message>
    <message>
      <source>A loan from the Pinjaman sheet or already in the book.</source>
      <translation>Pinjaman dari lembar Pinjaman atau yang sudah ada di buku.</translation>
    </message>
    <message>
      <source>Amount paid; it goes to interest, then principal, oldest installment first.</source>
      <translation>Jumlah yang dibayar; masuk ke jasa dulu, lalu pokok, mulai dari angsuran tertua.</translation>
    </message>
    <message>
      <source>Member number of the producer for consignment goods; empty for the cooperative's own goods.</source>
      <translation>Nomor anggota pemilik barang titipan; kosong untuk barang milik koperasi.</translation>
    </message>
    <message>
      <source>The cooperative's commission in percent on consignment sales.</source>
      <translation>Komisi koperasi dalam persen atas penjualan barang titipan.</translation>
    </message>
    <message>
      <source>Stock on hand at the start, dated on the workbook's first date.</source>
      <translation>Stok di tangan pada awal, dicatat pada tanggal paling awal di berkas.</translation>
    </message>
    <message>
      <source>Quantity sold.</source>
      <translation>Jumlah barang terjual.</translation>
    </message>
    <message>
      <source>Price per unit; empty means the product's sale price.</source>
      <translation>Harga per satuan; kosong berarti harga jual produk.</translation>
    </message>
    <message>
      <source>Account code of the other side, such as 5201 (operating costs) or 3301 (grants); not Kas itself.</source>
      <translation>Kode akun lawan, misalnya 5201 (beban operasional) atau 3301 (hibah); bukan Kas.</translation>
    </message>
    <message>
      <source>Cash received; fill in Masuk or Keluar, not both.</source>
      <translation>Uang masuk; isi Masuk atau Keluar, jangan keduanya.</translation>
    </message>
    <message>
      <source>Optional: the member the line belongs to.</source>
      <translation>Boleh kosong: anggota pemilik baris ini.</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Catatan</translation>
    </message>
    <message>
      <source>Text.</source>
      <translation>Teks.</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Lembar</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Kolom</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>Wajib</translation>
    </message>
    <message>
      <source>What to write</source>
      <translation>Cara mengisi</translation>
    </message>
    <message>
      <source>Amounts may be written as 50000, 50.000 or Rp 50.000. Dates as 21/03/2025, 2025-03-21 or 21 Maret 2025. Title rows above the header and a total row at the bottom are allowed.</source>
      <translation>Jumlah boleh ditulis 50000, 50.000 atau Rp 50.000. Tanggal boleh 21/03/2025, 2025-03-21 atau 21 Maret 2025. Baris judul di atas kepala kolom dan baris total di bawah boleh ada.</translation>
    </message>
    <message>
      <source>A date such as 21/03/2025.</source>
      <translation>Tanggal, misalnya 21/03/2025.</translation>
    </message>
    <message>
      <source>An amount such as 50000 or Rp 50.000.</source>
      <translation>Jumlah uang, misalnya 50000 atau Rp 50.000.</translation>
    </message>
    <message>
      <source>A whole number.</source>
      <translation>Bilangan bulat.</translation>
    </message>
    <message>
      <source>A percentage such as 1,5.</source>
      <translation>Persentase, misalnya 1,5.</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ya</translation>
    </message>
    <message>
      <source>Undo of import {file}</source>
      <translation>Pembatalan impor {file}</translation>
    </message>
    <message>
      <source>Member {number}: savings taken out since the import would go below zero.</source>
      <translation>Anggota {number}: simpanan yang sudah ditarik sejak impor akan menjadi minus.</translation>
    </message>
    <message>
      <source>This import cannot be undone; reverse the later withdrawals first.</source>
      <translation>Impor ini tidak dapat dibatalkan; batalkan dulu penarikan yang terjadi sesudahnya.</translation>
    </message>
    <message>
      <source>There is no import batch {id}.</source>
      <translation>Tidak ada impor no. {id}.</translation>
    </message>
    <message>
      <source>Import batch {id} was already undone on {date}.</source>
      <translation>Impor no. {id} sudah dibatalkan pada {date}.</translation>
    </message>
    <message>
      <source>A date range exports all members, loans and products, the movements in the range, and balances as of its last day.</source>
      <translation>Rentang tanggal mengekspor semua anggota, pinjaman dan produk, transaksi di dalam rentang, dan saldo per hari terakhirnya.</translation>
    </message>
    <message>
      <source>Batch</source>
      <translation>No. impor</translation>
    </message>
    <message>
      <source>Choose workbook</source>
      <translation>Pilih berkas Excel</translation>
    </message>
    <message>
      <source>Choose workbook…</source>
      <translation>Pilih berkas Excel…</translation>
    </message>
    <message>
      <source>Download empty template…</source>
      <translation>Unduh templat kosong…</translation>
    </message>
    <message>
      <source>Excel</source>
      <translation>Excel</translation>
    </message>
    <message>
      <source>Excel import and export</source>
      <translation>Impor dan ekspor Excel</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Berkas</translation>
    </message>
    <message>
      <source>File: {name}</source>
      <translation>Berkas: {name}</translation>
    </message>
    <message>
      <source>Import history</source>
      <translation>Riwayat impor</translation>
    </message>
    <message>
      <source>Import now</source>
      <translation>Impor sekarang</translation>
    </message>
    <message>
      <source>Imported at</source>
      <translation>Waktu impor</translation>
    </message>
    <message>
      <source>Imported by</source>
      <translation>Diimpor oleh</translation>
    </message>
    <message>
      <source>No file chosen. Step 1: choose the workbook to import.</source>
      <translation>Belum ada berkas. Langkah 1: pilih berkas Excel yang akan diimpor.</translation>
    </message>
    <message>
      <source>Only a date range:</source>
      <translation>Hanya rentang tanggal:</translation>
    </message>
    <message>
      <source>Reverse every entry of import {batch} ({file})? The reversals are dated today.</source>
      <translation>Batalkan semua jurnal dari impor {batch} ({file})? Jurnal pembalik bertanggal hari ini.</translation>
    </message>
    <message>
      <source>Rows recognised</source>
      <translation>Baris terbaca</translation>
    </message>
    <message>
      <source>Save problems</source>
      <translation>Simpan daftar masalah</translation>
    </message>
    <message>
      <source>Save problems as workbook…</source>
      <translation>Simpan daftar masalah sebagai berkas Excel…</translation>
    </message>
    <message>
      <source>Save template</source>
      <translation>Simpan templat</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Tersimpan</translation>
    </message>
    <message>
      <source>Saved to {path}</source>
      <translation>Disimpan ke {path}</translation>
    </message>
    <message>
      <source>Select an import first.</source>
      <translation>Pilih salah satu impor dulu.</translation>
    </message>
    <message>
      <source>Sheets</source>
      <translation>Lembar</translation>
    </message>
    <message>
      <source>The whole book</source>
      <translation>Seluruh buku</translation>
    </message>
    <message>
      <source>Undo import</source>
      <translation>Batalkan impor</translation>
    </message>
    <message>
      <source>Undo selected import…</source>
      <translation>Batalkan impor terpilih…</translation>
    </message>
    <message>
      <source>Undone</source>
      <translation>Dibatalkan</translation>
    </message>
    <message>
      <source>Unexpected error; the details were written to the log.</source>
      <translation>Terjadi kesalahan tak terduga; rinciannya dicatat di log.</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Isi</translation>
    </message>
    <message>
      <source>from</source>
      <translation>dari</translation>
    </message>
    <message>
      <source>to</source>
      <translation>sampai</translation>
    </message>
    <message>
      <source>{n} entries were reversed.</source>
      <translation>{n} jurnal telah dibalik.</translation>
    </message>
    <message>
      <source>Import the file {name} into the book? {summary}</source>
      <translation>Impor berkas {name} ke dalam buku? {summary}</translation>
    </message>
    <message>
      <source>a loan is either written off or settled at exit, not both</source>
      <translation>pinjaman dihapusbukukan atau dilunasi saat keluar, tidak keduanya</translation>
    </message>
    <message>
      <source>this date is before the loan was paid out ({date})</source>
      <translation>tanggal ini sebelum pinjaman dicairkan ({date})</translation>
    </message>
    <message>
      <source>member {number} is not marked as left (Status Keluar)</source>
      <translation>anggota {number} tidak tercatat keluar (Status Keluar)</translation>
    </message>
    <message>
      <source>loan {number} was written off or settled at exit on {date}; no repayment can follow</source>
      <translation>pinjaman {number} sudah dihapusbukukan atau dilunasi saat keluar pada {date}; tidak boleh ada angsuran sesudahnya</translation>
    </message>
    <message>
      <source>member {number} left on {date} with loans settled from her savings; this loan is still open, so settle it on that date too</source>
      <translation>anggota {number} keluar pada {date} dan pinjamannya dilunasi dari simpanan; pinjaman ini masih berjalan, jadi lunasi juga pada tanggal itu</translation>
    </message>
    <message>
      <source>member {number} has a running loan in the book; record its repayments before settling her loans at exit</source>
      <translation>anggota {number} masih punya pinjaman berjalan di buku; catat angsurannya dulu sebelum melunasi pinjamannya saat keluar</translation>
    </message>
    <message>
      <source>loan {number} is fully repaid; there is nothing to write off</source>
      <translation>pinjaman {number} sudah lunas; tidak ada yang bisa dihapusbukukan</translation>
    </message>
    <message>
      <source>Loans settled from savings at exit</source>
      <translation>Pinjaman dilunasi dari simpanan saat keluar</translation>
    </message>
    <message>
      <source>Only for a loan written off: the date. Its principal still unpaid after the Angsuran rows is written off.</source>
      <translation>Hanya untuk pinjaman yang dihapusbukukan: tanggalnya. Sisa pokok sesudah baris Angsuran dihapusbukukan.</translation>
    </message>
    <message>
      <source>Only for a loan closed when its member left: the exit date. Its principal still unpaid is netted against her savings (enter the savings paid back as Tarik rows).</source>
      <translation>Hanya untuk pinjaman yang ditutup saat anggotanya keluar: tanggal keluar. Sisa pokoknya dipotong dari simpanannya (isi simpanan yang dikembalikan sebagai baris Tarik).</translation>
    </message>
  </context>
</TS>
