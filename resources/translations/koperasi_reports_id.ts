<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>koperasi</name>
    <message>
      <source>Reserve (cadangan)</source>
      <translation>Cadangan</translation>
    </message>
    <message>
      <source>Return on capital (jasa modal)</source>
      <translation>Jasa modal</translation>
    </message>
    <message>
      <source>Return on participation (jasa usaha)</source>
      <translation>Jasa usaha</translation>
    </message>
    <message>
      <source>Board fund (dana pengurus)</source>
      <translation>Dana pengurus</translation>
    </message>
    <message>
      <source>Staff fund (dana karyawan)</source>
      <translation>Dana karyawan</translation>
    </message>
    <message>
      <source>Education fund (dana pendidikan)</source>
      <translation>Dana pendidikan</translation>
    </message>
    <message>
      <source>Social fund (dana sosial)</source>
      <translation>Dana sosial</translation>
    </message>
    <message>
      <source>{year} is not a fiscal year.</source>
      <translation>{year} bukan tahun buku.</translation>
    </message>
    <message>
      <source>The bylaw percentages add up to {total}%; they must total exactly 100%.</source>
      <translation>Jumlah persentase AD/ART adalah {total}%; jumlahnya harus tepat 100%.</translation>
    </message>
    <message>
      <source>Members' SHU goes to their savings or is paid in cash.</source>
      <translation>SHU anggota dimasukkan ke simpanan atau dibayar tunai.</translation>
    </message>
    <message>
      <source>Fiscal year {year} is not closed yet: close the books through {end} first.</source>
      <translation>Tahun buku {year} belum ditutup: tutup buku sampai {end} terlebih dahulu.</translation>
    </message>
    <message>
      <source>The SHU of {year} has already been distributed.</source>
      <translation>SHU tahun {year} sudah dibagikan.</translation>
    </message>
    <message>
      <source>There is no income or expense in fiscal year {year}; nothing to close.</source>
      <translation>Tidak ada pendapatan atau beban pada tahun buku {year}; tidak ada yang ditutup.</translation>
    </message>
    <message>
      <source>Year-end closing of fiscal year {year}</source>
      <translation>Penutupan akhir tahun buku {year}</translation>
    </message>
    <message>
      <source>There is only {cash} in cash but members are owed {owed}; credit their savings instead.</source>
      <translation>Kas hanya {cash}, sedangkan hak anggota {owed}; masukkan ke simpanan mereka saja.</translation>
    </message>
    <message>
      <source>Enter a percentage of zero or more for {pool}.</source>
      <translation>Isi persentase nol atau lebih untuk {pool}.</translation>
    </message>
    <message>
      <source>SHU distribution of fiscal year {year}</source>
      <translation>Pembagian SHU tahun buku {year}</translation>
    </message>
    <message>
      <source>The period starts after it ends; swap the two dates.</source>
      <translation>Tanggal awal periode sesudah tanggal akhir; tukar kedua tanggal.</translation>
    </message>
    <message>
      <source>The books are already closed through {date}.</source>
      <translation>Buku sudah ditutup sampai {date}.</translation>
    </message>
    <message>
      <source>{date} has not passed yet; a period can be closed once it has ended.</source>
      <translation>{date} belum lewat; periode bisa ditutup setelah berakhir.</translation>
    </message>
    <message>
      <source>Finish the open work up to {date} first: {loans} approved loan(s) not disbursed and {days} open market day(s).</source>
      <translation>Selesaikan dulu pekerjaan yang terbuka sampai {date}: {loans} pinjaman disetujui belum dicairkan dan {days} hari pasar masih terbuka.</translation>
    </message>
    <message>
      <source>No period is closed.</source>
      <translation>Belum ada periode yang ditutup.</translation>
    </message>
    <message>
      <source>Give a reason for reopening the period.</source>
      <translation>Tuliskan alasan membuka kembali periode.</translation>
    </message>
    <message>
      <source>Choose a date before {date} to reopen.</source>
      <translation>Pilih tanggal sebelum {date} untuk membuka kembali.</translation>
    </message>
    <message>
      <source>{start} to {end}</source>
      <translation>{start} s.d. {end}</translation>
    </message>
    <message>
      <source>As of {date}</source>
      <translation>Per {date}</translation>
    </message>
    <message>
      <source>Cash book (Buku Kas)</source>
      <translation>Buku Kas</translation>
    </message>
    <message>
      <source>Trial balance</source>
      <translation>Neraca Saldo</translation>
    </message>
    <message>
      <source>Trial balance (Neraca Saldo)</source>
      <translation>Neraca Saldo</translation>
    </message>
    <message>
      <source>Balance sheet (Neraca)</source>
      <translation>Neraca</translation>
    </message>
    <message>
      <source>Surplus (SHU)</source>
      <translation>Sisa Hasil Usaha (SHU)</translation>
    </message>
    <message>
      <source>Loss</source>
      <translation>Rugi</translation>
    </message>
    <message>
      <source>Income statement (Perhitungan Hasil Usaha)</source>
      <translation>Perhitungan Hasil Usaha</translation>
    </message>
    <message>
      <source>Member savings</source>
      <translation>Simpanan anggota</translation>
    </message>
    <message>
      <source>Member savings summary</source>
      <translation>Rekap simpanan anggota</translation>
    </message>
    <message>
      <source>Ageing</source>
      <translation>Umur tunggakan</translation>
    </message>
    <message>
      <source>Loan portfolio</source>
      <translation>Portofolio pinjaman</translation>
    </message>
    <message>
      <source>Sales in the period</source>
      <translation>Penjualan dalam periode</translation>
    </message>
    <message>
      <source>Inventory and sales</source>
      <translation>Persediaan dan penjualan</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <source>NGO indicators</source>
      <translation>Indikator LSM</translation>
    </message>
    <message>
      <source>SHU by the bylaws</source>
      <translation>SHU menurut AD/ART</translation>
    </message>
    <message>
      <source>SHU per member</source>
      <translation>SHU per anggota</translation>
    </message>
    <message>
      <source>SHU {year}</source>
      <translation>SHU {year}</translation>
    </message>
    <message>
      <source>Member list</source>
      <translation>Daftar anggota</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>No cash movements in this period.</source>
      <translation>Tidak ada mutasi kas dalam periode ini.</translation>
    </message>
    <message>
      <source>No postings up to this date.</source>
      <translation>Belum ada jurnal sampai tanggal ini.</translation>
    </message>
    <message>
      <source>Assets</source>
      <translation>Aset</translation>
    </message>
    <message>
      <source>Liabilities</source>
      <translation>Kewajiban</translation>
    </message>
    <message>
      <source>Expenses</source>
      <translation>Beban</translation>
    </message>
    <message>
      <source>No members yet.</source>
      <translation>Belum ada anggota.</translation>
    </message>
    <message>
      <source>No sales in this period.</source>
      <translation>Tidak ada penjualan dalam periode ini.</translation>
    </message>
    <message>
      <source>Women members</source>
      <translation>Anggota perempuan</translation>
    </message>
    <message>
      <source>Women heads of household</source>
      <translation>Perempuan kepala keluarga</translation>
    </message>
    <message>
      <source>Active borrowers</source>
      <translation>Peminjam aktif</translation>
    </message>
    <message>
      <source>Loans disbursed in the period</source>
      <translation>Pinjaman dicairkan dalam periode</translation>
    </message>
    <message>
      <source>Amount disbursed in the period</source>
      <translation>Jumlah dicairkan dalam periode</translation>
    </message>
    <message>
      <source>Repayment rate (installments due in the period)</source>
      <translation>Tingkat pengembalian (angsuran jatuh tempo dalam periode)</translation>
    </message>
    <message>
      <source>PAR30</source>
      <translation>PAR30</translation>
    </message>
    <message>
      <source>Market sales in the period</source>
      <translation>Penjualan pasar dalam periode</translation>
    </message>
    <message>
      <source>Provisional: fiscal year {year} is still open.</source>
      <translation>Sementara: tahun buku {year} masih terbuka.</translation>
    </message>
    <message>
      <source>This SHU has been distributed.</source>
      <translation>SHU ini sudah dibagikan.</translation>
    </message>
    <message>
      <source>There is no surplus to share this year.</source>
      <translation>Tahun ini tidak ada sisa hasil usaha untuk dibagi.</translation>
    </message>
    <message>
      <source>{amount} of the members' pools has nobody to share it and stays in SHU Belum Dibagi.</source>
      <translation>{amount} dari bagian anggota tidak ada penerimanya dan tetap di SHU Belum Dibagi.</translation>
    </message>
    <message>
      <source>Entry</source>
      <translation>Jurnal</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Referensi</translation>
    </message>
    <message>
      <source>In</source>
      <translation>Masuk</translation>
    </message>
    <message>
      <source>Out</source>
      <translation>Keluar</translation>
    </message>
    <message>
      <source>Opening cash</source>
      <translation>Saldo kas awal</translation>
    </message>
    <message>
      <source>Closing cash</source>
      <translation>Saldo kas akhir</translation>
    </message>
    <message>
      <source>Debit</source>
      <translation>Debit</translation>
    </message>
    <message>
      <source>Credit</source>
      <translation>Kredit</translation>
    </message>
    <message>
      <source>Result of the current year</source>
      <translation>SHU tahun berjalan</translation>
    </message>
    <message>
      <source>Result of earlier years not yet closed</source>
      <translation>SHU tahun lalu belum ditutup</translation>
    </message>
    <message>
      <source>Total assets</source>
      <translation>Jumlah aset</translation>
    </message>
    <message>
      <source>Total liabilities</source>
      <translation>Jumlah kewajiban</translation>
    </message>
    <message>
      <source>Total equity</source>
      <translation>Jumlah ekuitas</translation>
    </message>
    <message>
      <source>Total liabilities and equity</source>
      <translation>Jumlah kewajiban dan ekuitas</translation>
    </message>
    <message>
      <source>Total income</source>
      <translation>Jumlah pendapatan</translation>
    </message>
    <message>
      <source>Total expenses</source>
      <translation>Jumlah beban</translation>
    </message>
    <message>
      <source>Member No</source>
      <translation>No. Anggota</translation>
    </message>
    <message>
      <source>Days late</source>
      <translation>Hari terlambat</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Porsi</translation>
    </message>
    <message>
      <source>Outstanding principal</source>
      <translation>Sisa pokok pinjaman</translation>
    </message>
    <message>
      <source>No loans outstanding.</source>
      <translation>Tidak ada pinjaman berjalan.</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Produk</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Pemilik</translation>
    </message>
    <message>
      <source>Stock value</source>
      <translation>Nilai stok</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Jumlah</translation>
    </message>
    <message>
      <source>Sales</source>
      <translation>Penjualan</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Nilai</translation>
    </message>
    <message>
      <source>Allocation</source>
      <translation>Alokasi</translation>
    </message>
    <message>
      <source>Percent</source>
      <translation>Persen</translation>
    </message>
    <message>
      <source>Capital</source>
      <translation>Modal</translation>
    </message>
    <message>
      <source>Participation</source>
      <translation>Partisipasi</translation>
    </message>
    <message>
      <source>Jasa modal</source>
      <translation>Jasa modal</translation>
    </message>
    <message>
      <source>Jasa usaha</source>
      <translation>Jasa usaha</translation>
    </message>
    <message>
      <source>SHU</source>
      <translation>SHU</translation>
    </message>
    <message>
      <source>Savings and loans, last 12 months</source>
      <translation>Simpanan dan pinjaman, 12 bulan terakhir</translation>
    </message>
    <message>
      <source>Cash on hand</source>
      <translation>Kas di tangan</translation>
    </message>
    <message>
      <source>Loans outstanding</source>
      <translation>Sisa pinjaman</translation>
    </message>
    <message>
      <source>PAR30 (over 30 days late)</source>
      <translation>PAR30 (terlambat lebih dari 30 hari)</translation>
    </message>
    <message>
      <source>Overdue this week</source>
      <translation>Tunggakan minggu ini</translation>
    </message>
    <message>
      <source>Low stock</source>
      <translation>Stok menipis</translation>
    </message>
    <message>
      <source>Pokok {pokok} · Wajib {wajib} · Sukarela {sukarela}</source>
      <translation>Pokok {pokok} · Wajib {wajib} · Sukarela {sukarela}</translation>
    </message>
    <message>
      <source>{n} running loans</source>
      <translation>{n} pinjaman berjalan</translation>
    </message>
    <message>
      <source>installments, {amount} unpaid</source>
      <translation>angsuran, {amount} belum dibayar</translation>
    </message>
    <message>
      <source>and {n} more</source>
      <translation>dan {n} lainnya</translation>
    </message>
    <message>
      <source>All products above their minimum.</source>
      <translation>Semua produk di atas stok minimum.</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Tersimpan di {path}</translation>
    </message>
    <message>
      <source>Export to Excel</source>
      <translation>Ekspor ke Excel</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Tampilkan</translation>
    </message>
    <message>
      <source>SHU and RAT</source>
      <translation>SHU dan RAT</translation>
    </message>
    <message>
      <source>Close period</source>
      <translation>Tutup buku</translation>
    </message>
    <message>
      <source>Save PDF…</source>
      <translation>Simpan PDF…</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>Ekspor ke Excel…</translation>
    </message>
    <message>
      <source>This fiscal year</source>
      <translation>Tahun buku ini</translation>
    </message>
    <message>
      <source>Last fiscal year</source>
      <translation>Tahun buku lalu</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Pilih sendiri</translation>
    </message>
    <message>
      <source>Could not write {path}: {reason}</source>
      <translation>Tidak dapat menulis {path}: {reason}</translation>
    </message>
    <message>
      <source>Post the SHU of {year} ({amount})? The year's income and expenses are closed into SHU Belum Dibagi and members receive {members}. This cannot be undone except by reversal.</source>
      <translation>Bukukan SHU tahun {year} ({amount})? Pendapatan dan beban tahun itu ditutup ke SHU Belum Dibagi dan anggota menerima {members}. Ini hanya dapat dibatalkan dengan jurnal balik.</translation>
    </message>
    <message>
      <source>Compute SHU</source>
      <translation>Hitung SHU</translation>
    </message>
    <message>
      <source>Credit members' voluntary savings</source>
      <translation>Masukkan ke simpanan sukarela anggota</translation>
    </message>
    <message>
      <source>Pay members in cash</source>
      <translation>Bayar tunai kepada anggota</translation>
    </message>
    <message>
      <source>Post distribution…</source>
      <translation>Bukukan pembagian…</translation>
    </message>
    <message>
      <source>RAT package: PDF…</source>
      <translation>Paket RAT: PDF…</translation>
    </message>
    <message>
      <source>RAT package: Excel…</source>
      <translation>Paket RAT: Excel…</translation>
    </message>
    <message>
      <source>The SHU of {year} has been posted.</source>
      <translation>SHU tahun {year} sudah dibukukan.</translation>
    </message>
    <message>
      <source>Fiscal year</source>
      <translation>Tahun buku</translation>
    </message>
    <message>
      <source>Post SHU distribution</source>
      <translation>Bukukan pembagian SHU</translation>
    </message>
    <message>
      <source>Close the books through {date}? Nothing can be posted on or before that date afterwards.</source>
      <translation>Tutup buku sampai {date}? Sesudah itu tidak ada yang bisa dibukukan pada tanggal tersebut atau sebelumnya.</translation>
    </message>
    <message>
      <source>Reopen the books after {date}? This is recorded in the audit log.</source>
      <translation>Buka kembali buku sesudah {date}? Ini dicatat dalam log audit.</translation>
    </message>
    <message>
      <source>Close the books through this month…</source>
      <translation>Tutup buku sampai bulan ini…</translation>
    </message>
    <message>
      <source>Why must the period be reopened?</source>
      <translation>Mengapa periode harus dibuka kembali?</translation>
    </message>
    <message>
      <source>Reopen…</source>
      <translation>Buka kembali…</translation>
    </message>
    <message>
      <source>Close through the end of</source>
      <translation>Tutup buku sampai akhir</translation>
    </message>
    <message>
      <source>Reopen back to the end of</source>
      <translation>Buka kembali sesudah akhir</translation>
    </message>
    <message>
      <source>Closing locks every date up to the end of the chosen month: nothing can be posted there afterwards. Approved loans not yet disbursed and open market days in the period must be finished first. Only the chair closes and reopens.</source>
      <translation>Tutup buku mengunci semua tanggal sampai akhir bulan yang dipilih: sesudahnya tidak ada yang bisa dibukukan di sana. Pinjaman yang disetujui tetapi belum dicairkan dan hari pasar yang masih terbuka dalam periode itu harus diselesaikan dulu. Hanya ketua yang dapat menutup dan membuka kembali.</translation>
    </message>
    <message>
      <source>The books are closed through {date}.</source>
      <translation>Buku ditutup sampai {date}.</translation>
    </message>
    <message>
      <source>The books are open after {date}.</source>
      <translation>Buku terbuka sesudah {date}.</translation>
    </message>
    <message>
      <source>Only the chair can close or reopen a period.</source>
      <translation>Hanya ketua yang dapat menutup atau membuka kembali periode.</translation>
    </message>
    <message>
      <source>Reopen period</source>
      <translation>Buka kembali periode</translation>
    </message>
    <message>
      <source>No period is closed yet.</source>
      <translation>Belum ada periode yang ditutup.</translation>
    </message>
    <message>
      <source>Save bylaws</source>
      <translation>Simpan AD/ART</translation>
    </message>
    <message>
      <source>How the year's SHU is shared, as written in the bylaws (AD/ART). The percentages must add up to exactly 100.</source>
      <translation>Cara membagi SHU tahunan sesuai AD/ART. Jumlah persentasenya harus tepat 100.</translation>
    </message>
    <message>
      <source>The bylaws are saved.</source>
      <translation>AD/ART sudah disimpan.</translation>
    </message>
    <message>
      <source>The SHU of {year} has been distributed; reverse its distribution entries before reopening that year.</source>
      <translation>SHU tahun {year} sudah dibagikan; balik dulu jurnal pembagiannya sebelum membuka kembali tahun itu.</translation>
    </message>
    <message>
      <source>Bylaws (SHU)</source>
      <translation>AD/ART (SHU)</translation>
    </message>
  </context>
</TS>
