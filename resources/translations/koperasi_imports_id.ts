<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>koperasi</name>
    <message>
      <source>Sheet '{sheet}' has {columns} columns; at most {limit} are read. Delete the columns to the right of your data and try again.</source>
      <translation>Lembar '{sheet}' punya {columns} kolom; paling banyak {limit} yang dibaca. Hapus kolom di sebelah kanan data Anda lalu coba lagi.</translation>
    </message>
    <message>
      <source>Sheet '{sheet}' reaches row {rows} and column {columns}, more than {limit} cells; delete what lies below or beside your data (or split the sheet) and try again.</source>
      <translation>Lembar '{sheet}' sampai baris {rows} dan kolom {columns}, lebih dari {limit} sel; hapus isi di bawah atau di samping data Anda (atau bagi lembarnya) lalu coba lagi.</translation>
    </message>
    <message>
      <source>{name} declares XML entities, which no spreadsheet program writes; it was refused for safety.</source>
      <translation>{name} memuat deklarasi entitas XML yang tidak pernah ditulis program spreadsheet; berkas ditolak demi keamanan.</translation>
    </message>
    <message>
      <source>The file {name} is not a spreadsheet (content.xml is missing).</source>
      <translation>Berkas {name} bukan spreadsheet (content.xml tidak ada).</translation>
    </message>
    <message>
      <source>… and {n} more problem(s)</source>
      <translation>… dan {n} masalah lagi</translation>
    </message>
    <message>
      <source>The file {name} is not a workbook (.xlsx, .xlsm, .xls, .ods or .csv).</source>
      <translation>Berkas {name} bukan berkas Excel (.xlsx, .xlsm, .xls, .ods atau .csv).</translation>
    </message>
    <message>
      <source>The file {name} is protected with a password or is not a valid .xls file. Open it in Excel, remove the password and save it again.</source>
      <translation>Berkas {name} dilindungi kata sandi atau bukan berkas .xls yang sah. Buka di Excel, hapus kata sandinya lalu simpan lagi.</translation>
    </message>
    <message>
      <source>Sheet '{sheet}' has {n} merged ranges; at most {limit} are read. Unmerge the cells and try again.</source>
      <translation>Lembar '{sheet}' punya {n} rentang sel gabungan; paling banyak {limit} yang dibaca. Pisahkan sel gabungan lalu coba lagi.</translation>
    </message>
    <message>
      <source>{sheet}: {n} total or subtotal row(s) skipped</source>
      <translation>{sheet}: {n} baris jumlah atau subjumlah dilewati</translation>
    </message>
    <message>
      <source>what a grid holds when its title does not say</source>
      <translation>isi tabel bulanan bila judulnya tidak menyebutkan</translation>
    </message>
    <message>
      <source>the year of a grid's months</source>
      <translation>tahun bulan-bulan di tabel bulanan</translation>
    </message>
    <message>
      <source>the day of each grid movement: first, last or a day number</source>
      <translation>tanggal tiap transaksi tabel bulanan: first (tanggal 1), last (akhir bulan) atau nomor hari</translation>
    </message>
    <message>
      <source>there is no member named {name} in the book or in the Anggota sheet</source>
      <translation>tidak ada anggota bernama {name} di buku atau di lembar Anggota</translation>
    </message>
    <message>
      <source>{n} members are named {name}; write the member numbers in the grid</source>
      <translation>{n} anggota bernama {name}; tulis nomor anggota di tabel</translation>
    </message>
    <message>
      <source>The year of a grid must be between 1950 and 2100.</source>
      <translation>Tahun tabel bulanan harus antara 1950 dan 2100.</translation>
    </message>
    <message>
      <source>The day of grid movements must be first, last or a day from 1 to 31.</source>
      <translation>Tanggal transaksi tabel bulanan harus first, last atau hari 1 sampai 31.</translation>
    </message>
    <message>
      <source>the year of this month is not in the header or the sheet title; write it (e.g. Jan 2025) or choose the year when importing</source>
      <translation>tahun bulan ini tidak ada di judul kolom atau nama lembar; tulis tahunnya (mis. Jan 2025) atau pilih tahunnya saat mengimpor</translation>
    </message>
    <message>
      <source>this grid does not say whether it holds wajib, pokok, sukarela or loan repayments; put it in the sheet title or choose it when importing</source>
      <translation>tabel ini tidak menyebutkan apakah isinya simpanan wajib, pokok, sukarela atau angsuran pinjaman; tulis di nama lembar atau pilih saat mengimpor</translation>
    </message>
    <message>
      <source>the member's number or name is missing</source>
      <translation>nomor atau nama anggota tidak diisi</translation>
    </message>
    <message>
      <source>the months add up to {sum} but this column says {stated}</source>
      <translation>jumlah bulan-bulannya {sum} tetapi kolom ini menulis {stated}</translation>
    </message>
    <message>
      <source>member {number} has no loan disbursed on or before {date}</source>
      <translation>anggota {number} tidak punya pinjaman yang cair pada atau sebelum {date}</translation>
    </message>
    <message>
      <source>read the file with a column mapping saved in the book</source>
      <translation>baca berkas dengan pemetaan kolom yang disimpan di buku</translation>
    </message>
    <message>
      <source>A preset needs a name of 1 to 80 characters.</source>
      <translation>Pemetaan tersimpan perlu nama 1 sampai 80 karakter.</translation>
    </message>
    <message>
      <source>There is no import preset named {name} (saved presets: {known}).</source>
      <translation>Tidak ada pemetaan impor bernama {name} (pemetaan tersimpan: {known}).</translation>
    </message>
    <message>
      <source>none</source>
      <translation>tidak ada</translation>
    </message>
    <message>
      <source>Each filled cell is one movement: one row per member, one column per month (Jan … Des, Januari 2025, 01/2025), or one sheet per month with a column per kind.</source>
      <translation>Setiap sel yang terisi adalah satu transaksi: satu baris per anggota, satu kolom per bulan (Jan … Des, Januari 2025, 01/2025), atau satu lembar per bulan dengan satu kolom per jenis.</translation>
    </message>
    <message>
      <source>What the cells are (Wajib, Pokok, Sukarela or Angsuran) and the year come from the column header or the sheet title; if neither says, choose them when importing.</source>
      <translation>Jenis isi sel (Wajib, Pokok, Sukarela atau Angsuran) dan tahunnya diambil dari judul kolom atau nama lembar; bila tidak ada, pilih saat mengimpor.</translation>
    </message>
    <message>
      <source>Members by No. Anggota, or by name when the grid has no numbers. Repayments go to the loan in the No. Pinjaman column, else to the member's loan running then.</source>
      <translation>Anggota dikenali dari No. Anggota, atau dari nama bila tabel tidak punya nomor. Angsuran masuk ke pinjaman di kolom No. Pinjaman, bila tidak ada ke pinjaman anggota yang berjalan saat itu.</translation>
    </message>
    <message>
      <source>The day of each movement is chosen when importing: the 1st, the last day of the month, or the meeting day.</source>
      <translation>Tanggal tiap transaksi dipilih saat mengimpor: tanggal 1, akhir bulan, atau hari pertemuan.</translation>
    </message>
    <message>
      <source>A Jumlah column is checked against the months of its row; total and subtotal rows (Jumlah, Sub Jumlah Kelompok …, Total) are skipped.</source>
      <translation>Kolom Jumlah dicocokkan dengan bulan-bulan di barisnya; baris jumlah dan subjumlah (Jumlah, Sub Jumlah Kelompok …, Total) dilewati.</translation>
    </message>
    <message>
      <source>Sheets of the same layout (one per group or per month) are read together. Members and loans must be in the book or in Anggota and Pinjaman sheets of the format.</source>
      <translation>Lembar dengan susunan sama (satu per kelompok atau per bulan) dibaca bersama. Anggota dan pinjaman harus sudah ada di buku atau di lembar Anggota dan Pinjaman.</translation>
    </message>
    <message>
      <source>The saved preset '{name}' was made for a workbook with these headers; choose it (--preset on the command line) to read the file the same way.</source>
      <translation>Pemetaan tersimpan '{name}' dibuat untuk berkas dengan judul kolom yang sama; pilih pemetaan itu (--preset di baris perintah) agar berkas dibaca dengan cara yang sama.</translation>
    </message>
    <message>
      <source>As the file says</source>
      <translation>Sesuai isi berkas</translation>
    </message>
    <message>
      <source>Loan repayments</source>
      <translation>Angsuran pinjaman</translation>
    </message>
    <message>
      <source>(skip this sheet)</source>
      <translation>(lewati lembar ini)</translation>
    </message>
    <message>
      <source>Format sheet</source>
      <translation>Lembar format</translation>
    </message>
    <message>
      <source>Map columns</source>
      <translation>Petakan kolom</translation>
    </message>
    <message>
      <source>Tell the import what your own sheets and columns are. Columns left on (ignore) are not read.</source>
      <translation>Beri tahu impor apa isi lembar dan kolom Anda sendiri. Kolom yang dibiarkan (abaikan) tidak dibaca.</translation>
    </message>
    <message>
      <source>Grids (one column per month)</source>
      <translation>Tabel bulanan (satu kolom per bulan)</translation>
    </message>
    <message>
      <source>The 1st of the month</source>
      <translation>Tanggal 1 setiap bulan</translation>
    </message>
    <message>
      <source>The last day of the month</source>
      <translation>Hari terakhir setiap bulan</translation>
    </message>
    <message>
      <source>The cells are</source>
      <translation>Isi sel</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Tahun</translation>
    </message>
    <message>
      <source>Date of each movement</source>
      <translation>Tanggal tiap transaksi</translation>
    </message>
    <message>
      <source>Name, to use this mapping again (optional)</source>
      <translation>Nama, agar pemetaan ini dapat dipakai lagi (boleh kosong)</translation>
    </message>
    <message>
      <source>Save as preset</source>
      <translation>Simpan sebagai pemetaan</translation>
    </message>
    <message>
      <source>(ignore)</source>
      <translation>(abaikan)</translation>
    </message>
    <message>
      <source>Meeting day {day}</source>
      <translation>Hari pertemuan tanggal {day}</translation>
    </message>
    <message>
      <source>Every sheet and column of this file is recognised.</source>
      <translation>Semua lembar dan kolom berkas ini sudah dikenali.</translation>
    </message>
    <message>
      <source>Map columns…</source>
      <translation>Petakan kolom…</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(tidak ada)</translation>
    </message>
    <message>
      <source>Download grid template…</source>
      <translation>Unduh template tabel bulanan…</translation>
    </message>
    <message>
      <source>Preset:</source>
      <translation>Pemetaan:</translation>
    </message>
  </context>
</TS>
