<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>koperasi</name>
    <message>
      <source>{year} Q{n}</source>
      <translation>{year} K{n}</translation>
    </message>
    <message>
      <source>Give at least one quarter.</source>
      <translation>Berikan paling sedikit satu triwulan.</translation>
    </message>
    <message>
      <source>Members who had joined and not left at the end of the period.</source>
      <translation>Anggota yang sudah masuk dan belum keluar pada akhir periode.</translation>
    </message>
    <message>
      <source>Of those members, the women.</source>
      <translation>Dari anggota itu, yang perempuan.</translation>
    </message>
    <message>
      <source>Of those women, the heads of household.</source>
      <translation>Dari perempuan itu, yang kepala keluarga.</translation>
    </message>
    <message>
      <source>Members whose joining date falls in the period.</source>
      <translation>Anggota yang tanggal masuknya dalam periode.</translation>
    </message>
    <message>
      <source>Members whose exit date falls in the period.</source>
      <translation>Anggota yang tanggal keluarnya dalam periode.</translation>
    </message>
    <message>
      <source>Balance of principal savings at the end of the period.</source>
      <translation>Saldo simpanan pokok pada akhir periode.</translation>
    </message>
    <message>
      <source>Balance of mandatory savings at the end of the period.</source>
      <translation>Saldo simpanan wajib pada akhir periode.</translation>
    </message>
    <message>
      <source>Balance of voluntary savings at the end of the period.</source>
      <translation>Saldo simpanan sukarela pada akhir periode.</translation>
    </message>
    <message>
      <source>Pokok + wajib + sukarela at the end of the period.</source>
      <translation>Pokok + wajib + sukarela pada akhir periode.</translation>
    </message>
    <message>
      <source>Loans disbursed</source>
      <translation>Pinjaman dicairkan</translation>
    </message>
    <message>
      <source>Loans paid out in the period (reversed disbursements left out).</source>
      <translation>Pinjaman yang dicairkan dalam periode (pencairan yang dibatalkan tidak dihitung).</translation>
    </message>
    <message>
      <source>Amount disbursed</source>
      <translation>Jumlah dicairkan</translation>
    </message>
    <message>
      <source>Principal of the loans paid out in the period.</source>
      <translation>Pokok pinjaman yang dicairkan dalam periode.</translation>
    </message>
    <message>
      <source>Principal still owed at the end of the period (Piutang Pinjaman).</source>
      <translation>Pokok yang masih terutang pada akhir periode (Piutang Pinjaman).</translation>
    </message>
    <message>
      <source>Principal of running loans more than 30 days late ÷ all principal outstanding, loans as they stand now aged to the end of the period.</source>
      <translation>Pokok pinjaman berjalan yang terlambat lebih dari 30 hari ÷ seluruh sisa pokok; pinjaman sebagaimana keadaannya sekarang, umur tunggakan dihitung sampai akhir periode.</translation>
    </message>
    <message>
      <source>Repayment rate</source>
      <translation>Tingkat pengembalian</translation>
    </message>
    <message>
      <source>Of the installments (principal + interest) due in the period, the share paid so far.</source>
      <translation>Dari angsuran (pokok + jasa) yang jatuh tempo dalam periode, bagian yang sudah dibayar.</translation>
    </message>
    <message>
      <source>Write-offs</source>
      <translation>Penghapusan piutang</translation>
    </message>
    <message>
      <source>Loan principal written off in the period (Beban Penghapusan Piutang).</source>
      <translation>Pokok pinjaman yang dihapusbukukan dalam periode (Beban Penghapusan Piutang).</translation>
    </message>
    <message>
      <source>Portfolio yield</source>
      <translation>Hasil portofolio</translation>
    </message>
    <message>
      <source>Interest, admin fees and penalties received in the period ÷ the mean of the principal outstanding at its start and end (for the period, not annualised).</source>
      <translation>Jasa, biaya administrasi dan denda yang diterima dalam periode ÷ rata-rata sisa pokok pada awal dan akhir periode (untuk periode itu, tidak disetahunkan).</translation>
    </message>
    <message>
      <source>Market-day sales</source>
      <translation>Penjualan hari pasar</translation>
    </message>
    <message>
      <source>Cash taken from sales in the period, returns deducted.</source>
      <translation>Uang kas dari penjualan dalam periode, dikurangi retur.</translation>
    </message>
    <message>
      <source>Consignment paid to members</source>
      <translation>Hasil titipan dibayar ke anggota</translation>
    </message>
    <message>
      <source>Sale proceeds paid out or credited to producers in the period.</source>
      <translation>Hasil penjualan yang dibayarkan atau dikreditkan ke produsen dalam periode.</translation>
    </message>
    <message>
      <source>Training participants</source>
      <translation>Peserta pelatihan</translation>
    </message>
    <message>
      <source>Distinct people registered for trainings dated in the period, members and non-members (books without trainings: empty).</source>
      <translation>Jumlah orang berbeda yang terdaftar pada pelatihan dalam periode, anggota dan bukan anggota (buku tanpa pelatihan: kosong).</translation>
    </message>
    <message>
      <source>The trial balance is out of balance by {amount}.</source>
      <translation>Neraca saldo tidak seimbang sebesar {amount}.</translation>
    </message>
    <message>
      <source>Cash fell below zero: {amount} on {date}.</source>
      <translation>Kas di bawah nol: {amount} pada {date}.</translation>
    </message>
    <message>
      <source>PAR30 is {value}, above {limit}.</source>
      <translation>PAR30 {value}, di atas {limit}.</translation>
    </message>
    <message>
      <source>{n} of {total} active members are {months} or more months behind on Simpanan Wajib.</source>
      <translation>{n} dari {total} anggota aktif menunggak Simpanan Wajib {months} bulan atau lebih.</translation>
    </message>
    <message>
      <source>The book has no entries.</source>
      <translation>Buku belum berisi jurnal.</translation>
    </message>
    <message>
      <source>The workbook was exported {days} days ago ({date}).</source>
      <translation>Berkas Excel diekspor {days} hari yang lalu ({date}).</translation>
    </message>
    <message>
      <source>No entries for {days} days (the last on {date}).</source>
      <translation>Tidak ada jurnal selama {days} hari (terakhir pada {date}).</translation>
    </message>
    <message>
      <source>There is no file {name}.</source>
      <translation>Berkas {name} tidak ada.</translation>
    </message>
    <message>
      <source>The file {name} cannot be read: {detail}</source>
      <translation>Berkas {name} tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
      <source>Consolidation of cooperatives</source>
      <translation>Gabungan koperasi</translation>
    </message>
    <message>
      <source>Totals</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>Peringatan</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Sumber</translation>
    </message>
    <message>
      <source>Give the workbook a name ending in .xlsx.</source>
      <translation>Beri nama berkas Excel yang berakhiran .xlsx.</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>Angka</translation>
    </message>
    <message>
      <source>Definition</source>
      <translation>Definisi</translation>
    </message>
    <message>
      <source>Needs attention</source>
      <translation>Perlu perhatian</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Sumber data</translation>
    </message>
    <message>
      <source>Included</source>
      <translation>Dihitung</translation>
    </message>
    <message>
      <source>Exported on</source>
      <translation>Diekspor pada</translation>
    </message>
    <message>
      <source>Last closed year</source>
      <translation>Tahun tutup buku terakhir</translation>
    </message>
    <message>
      <source>SHU of that year</source>
      <translation>SHU tahun itu</translation>
    </message>
    <message>
      <source> … and {n} more</source>
      <translation> … dan {n} lagi</translation>
    </message>
    <message>
      <source>Savings and loans outstanding at {date}</source>
      <translation>Simpanan dan sisa pinjaman per {date}</translation>
    </message>
    <message>
      <source>PAR30 at {date}</source>
      <translation>PAR30 per {date}</translation>
    </message>
    <message>
      <source>Per cooperative, latest quarter</source>
      <translation>Per koperasi, triwulan terakhir</translation>
    </message>
    <message>
      <source>Left out of the totals</source>
      <translation>Tidak dihitung dalam total</translation>
    </message>
    <message>
      <source>Definitions</source>
      <translation>Definisi</translation>
    </message>
    <message>
      <source>{n} of {total} sources included</source>
      <translation>{n} dari {total} sumber dihitung</translation>
    </message>
    <message>
      <source>No source could be included.</source>
      <translation>Tidak ada sumber yang dapat dihitung.</translation>
    </message>
    <message>
      <source>No cooperative needs attention.</source>
      <translation>Tidak ada koperasi yang perlu perhatian.</translation>
    </message>
    <message>
      <source>Written to {path}</source>
      <translation>Ditulis ke {path}</translation>
    </message>
    <message>
      <source>many cooperatives' figures side by side (workbooks, books, folders)</source>
      <translation>angka banyak koperasi berdampingan (berkas Excel, buku, folder)</translation>
    </message>
    <message>
      <source>the workbook to write</source>
      <translation>berkas Excel yang ditulis</translation>
    </message>
    <message>
      <source>also a PDF with charts</source>
      <translation>juga PDF dengan grafik</translation>
    </message>
    <message>
      <source>Give between 1 and 40 quarters.</source>
      <translation>Berikan antara 1 dan 40 triwulan.</translation>
    </message>
    <message>
      <source>Give the PDF a name ending in .pdf.</source>
      <translation>Beri nama PDF yang berakhiran .pdf.</translation>
    </message>
    <message>
      <source>No source could be read; nothing was written.</source>
      <translation>Tidak ada sumber yang dapat dibaca; tidak ada yang ditulis.</translation>
    </message>
    <message>
      <source>Reading {n}/{total}: {source}</source>
      <translation>Membaca {n}/{total}: {source}</translation>
    </message>
    <message>
      <source>{name}: included, {n} flag(s)</source>
      <translation>{name}: dihitung, {n} peringatan</translation>
    </message>
    <message>
      <source>{source}: left out of the totals:</source>
      <translation>{source}: tidak dihitung dalam total:</translation>
    </message>
    <message>
      <source>an exit date needs the status Keluar (Left)</source>
      <translation>tanggal keluar memerlukan status Keluar</translation>
    </message>
    <message>
      <source>the exit date must not be before the joining date</source>
      <translation>tanggal keluar tidak boleh sebelum tanggal masuk</translation>
    </message>
    <message>
      <source>All cooperatives, quarter by quarter</source>
      <translation>Semua koperasi, per triwulan</translation>
    </message>
    <message>
      <source>Open a folder of workbooks…</source>
      <translation>Buka folder berkas Excel…</translation>
    </message>
    <message>
      <source>Add files…</source>
      <translation>Tambah berkas…</translation>
    </message>
    <message>
      <source>Read</source>
      <translation>Baca</translation>
    </message>
    <message>
      <source>As of</source>
      <translation>Per tanggal</translation>
    </message>
    <message>
      <source>Quarters</source>
      <translation>Triwulan</translation>
    </message>
    <message>
      <source>Choose a folder with the cooperatives' exported workbooks.</source>
      <translation>Pilih folder berisi berkas Excel hasil ekspor koperasi-koperasi.</translation>
    </message>
    <message>
      <source>Save as workbook…</source>
      <translation>Simpan sebagai berkas Excel…</translation>
    </message>
    <message>
      <source>Workbooks and books (*.xlsx *.xlsm *.xls *.ods *.csv *.sqlite3 *.db)</source>
      <translation>Berkas Excel dan buku (*.xlsx *.xlsm *.xls *.ods *.csv *.sqlite3 *.db)</translation>
    </message>
    <message>
      <source>Stopping after the workbook being read…</source>
      <translation>Berhenti setelah berkas yang sedang dibaca…</translation>
    </message>
    <message>
      <source>Reading {n} of {total}…</source>
      <translation>Membaca {n} dari {total}…</translation>
    </message>
    <message>
      <source>Left out of the totals: {problems}</source>
      <translation>Tidak dihitung dalam total: {problems}</translation>
    </message>
    <message>
      <source>{n} of {total} sources included; figures of the quarter up to {date}.</source>
      <translation>{n} dari {total} sumber dihitung; angka triwulan sampai {date}.</translation>
    </message>
    <message>
      <source>&amp;Consolidate cooperatives (NGO)…</source>
      <translation>&amp;Gabungan koperasi (LSM)…</translation>
    </message>
    <message>
      <source>Consolidate cooperatives (for NGOs)…</source>
      <translation>Gabungan koperasi (untuk LSM)…</translation>
    </message>
    <message>
      <source>Excel files (*.xlsx)</source>
      <translation>Berkas Excel (*.xlsx)</translation>
    </message>
  </context>
</TS>
