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
  </context>
</TS>
