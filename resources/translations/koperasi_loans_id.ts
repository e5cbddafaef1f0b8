<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>koperasi</name>
    <message>
      <source>Unknown method {method}; choose flat, menurun or anuitas.</source>
      <translation>Metode {method} tidak dikenal; pilih flat, menurun atau anuitas.</translation>
    </message>
    <message>
      <source>The loan amount must be above zero.</source>
      <translation>Jumlah pinjaman harus lebih dari nol.</translation>
    </message>
    <message>
      <source>The term must be at least one month.</source>
      <translation>Jangka waktu paling sedikit satu bulan.</translation>
    </message>
    <message>
      <source>The interest rate cannot be negative.</source>
      <translation>Bunga tidak boleh negatif.</translation>
    </message>
    <message>
      <source>The payment must be above zero.</source>
      <translation>Jumlah bayar harus lebih dari nol.</translation>
    </message>
    <message>
      <source>The payment is more than the {owed} still owed on this loan.</source>
      <translation>Pembayaran melebihi sisa kewajiban pinjaman ini sebesar {owed}.</translation>
    </message>
    <message>
      <source>The recorded repayments are more than the loan's schedule allows.</source>
      <translation>Angsuran yang tercatat melebihi jadwal pinjaman.</translation>
    </message>
    <message>
      <source>Current (Lancar)</source>
      <translation>Lancar</translation>
    </message>
    <message>
      <source>1–30 days</source>
      <translation>1–30 hari</translation>
    </message>
    <message>
      <source>31–60 days</source>
      <translation>31–60 hari</translation>
    </message>
    <message>
      <source>61–90 days</source>
      <translation>61–90 hari</translation>
    </message>
    <message>
      <source>91–180 days</source>
      <translation>91–180 hari</translation>
    </message>
    <message>
      <source>Over 180 days</source>
      <translation>Lebih dari 180 hari</translation>
    </message>
    <message>
      <source>Repayment of loan {number}</source>
      <translation>Angsuran pinjaman {number}</translation>
    </message>
    <message>
      <source>Loan {number} disbursed</source>
      <translation>Pencairan pinjaman {number}</translation>
    </message>
    <message>
      <source>Loan {number} written off</source>
      <translation>Penghapusan pinjaman {number}</translation>
    </message>
    <message>
      <source>There is no loan {id}.</source>
      <translation>Pinjaman {id} tidak ada.</translation>
    </message>
    <message>
      <source>Loan {number} is not running (status: {status}); nothing can be paid on it.</source>
      <translation>Pinjaman {number} tidak sedang berjalan (status: {status}); tidak bisa menerima angsuran.</translation>
    </message>
    <message>
      <source>Choose the member who borrows.</source>
      <translation>Pilih anggota yang meminjam.</translation>
    </message>
    <message>
      <source>{name} has left the cooperative and cannot borrow.</source>
      <translation>{name} sudah keluar dari koperasi dan tidak bisa meminjam.</translation>
    </message>
    <message>
      <source>The product {name} is no longer offered.</source>
      <translation>Produk {name} tidak ditawarkan lagi.</translation>
    </message>
    <message>
      <source>Write what the loan is for.</source>
      <translation>Tulis tujuan pinjaman.</translation>
    </message>
    <message>
      <source>The admin fee would take the whole loan.</source>
      <translation>Biaya administrasi akan menghabiskan seluruh pinjaman.</translation>
    </message>
    <message>
      <source>{name} still has loan {number} open; it must be paid off first.</source>
      <translation>{name} masih punya pinjaman {number} yang belum lunas; harus dilunasi dulu.</translation>
    </message>
    <message>
      <source>The borrower cannot be her own guarantor.</source>
      <translation>Peminjam tidak boleh menjadi penjamin dirinya sendiri.</translation>
    </message>
    <message>
      <source>The guarantor is not a member.</source>
      <translation>Penjamin bukan anggota.</translation>
    </message>
    <message>
      <source>The guarantor {name} has left the cooperative.</source>
      <translation>Penjamin {name} sudah keluar dari koperasi.</translation>
    </message>
    <message>
      <source>Give a reason for rejecting the application.</source>
      <translation>Tulis alasan penolakan pengajuan.</translation>
    </message>
    <message>
      <source>The admin fee must be at least zero and below the loan amount.</source>
      <translation>Biaya administrasi harus nol atau lebih dan lebih kecil dari jumlah pinjaman.</translation>
    </message>
    <message>
      <source>Loan number {number} is already used.</source>
      <translation>Nomor pinjaman {number} sudah dipakai.</translation>
    </message>
    <message>
      <source>A repayment cannot be dated before the loan was paid out.</source>
      <translation>Tanggal angsuran tidak boleh sebelum pinjaman dicairkan.</translation>
    </message>
    <message>
      <source>(early payoff)</source>
      <translation>(pelunasan dipercepat)</translation>
    </message>
    <message>
      <source>Loan {number} is closed ({status}); its repayments can no longer be reversed.</source>
      <translation>Pinjaman {number} sudah ditutup ({status}); angsurannya tidak bisa dibatalkan lagi.</translation>
    </message>
    <message>
      <source>This repayment was made before the loan was rescheduled; it can no longer be reversed.</source>
      <translation>Angsuran ini dibayar sebelum pinjaman dijadwal ulang; tidak bisa dibatalkan lagi.</translation>
    </message>
    <message>
      <source>Applied</source>
      <translation>Diajukan</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Disetujui</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Ditolak</translation>
    </message>
    <message>
      <source>Paid off</source>
      <translation>Lunas</translation>
    </message>
    <message>
      <source>Written off</source>
      <translation>Dihapusbukukan</translation>
    </message>
    <message>
      <source>The term is longer than the product's maximum of {n} months.</source>
      <translation>Jangka waktu melebihi batas produk, paling lama {n} bulan.</translation>
    </message>
    <message>
      <source>The amount is above this product's limit of {multiple} × savings ({limit}).</source>
      <translation>Jumlah melebihi batas produk ini, {multiple} × simpanan ({limit}).</translation>
    </message>
    <message>
      <source>This product needs a guarantor.</source>
      <translation>Produk ini memerlukan penjamin.</translation>
    </message>
    <message>
      <source>Loan {number} is not waiting for a decision.</source>
      <translation>Pinjaman {number} tidak sedang menunggu keputusan.</translation>
    </message>
    <message>
      <source>The decision cannot be dated before the application.</source>
      <translation>Tanggal keputusan tidak boleh sebelum tanggal pengajuan.</translation>
    </message>
    <message>
      <source>Loan {number} must be approved by the chair before it is paid out.</source>
      <translation>Pinjaman {number} harus disetujui ketua sebelum dicairkan.</translation>
    </message>
    <message>
      <source>The loan cannot be paid out before it was approved.</source>
      <translation>Pinjaman tidak bisa dicairkan sebelum tanggal persetujuan.</translation>
    </message>
    <message>
      <source>The new term must be 1 to 120 months.</source>
      <translation>Jangka waktu baru harus 1 sampai 120 bulan.</translation>
    </message>
    <message>
      <source>Choose a date after the loan's last change.</source>
      <translation>Pilih tanggal setelah perubahan terakhir pinjaman.</translation>
    </message>
    <message>
      <source>Give a reason for the write-off.</source>
      <translation>Tulis alasan penghapusan.</translation>
    </message>
    <message>
      <source>Reverse the loan's repayments before its disbursement.</source>
      <translation>Batalkan dulu angsuran pinjaman sebelum membatalkan pencairannya.</translation>
    </message>
    <message>
      <source>Loan {number} is closed ({status}); its disbursement can no longer be reversed.</source>
      <translation>Pinjaman {number} sudah ditutup ({status}); pencairannya tidak bisa dibatalkan lagi.</translation>
    </message>
    <message>
      <source>The interest rate must be above zero.</source>
      <translation>Bunga harus lebih dari nol.</translation>
    </message>
    <message>
      <source>{rate}% per month is very high; check the rate or confirm it.</source>
      <translation>{rate}% per bulan sangat tinggi; periksa lagi atau konfirmasi.</translation>
    </message>
    <message>
      <source>The product needs a name.</source>
      <translation>Produk perlu nama.</translation>
    </message>
    <message>
      <source>Choose a method: flat, menurun or anuitas.</source>
      <translation>Pilih metode: flat, menurun atau anuitas.</translation>
    </message>
    <message>
      <source>The maximum term must be 1 to 120 months.</source>
      <translation>Jangka waktu maksimum harus 1 sampai 120 bulan.</translation>
    </message>
    <message>
      <source>The admin fee cannot be negative or 100% or more.</source>
      <translation>Biaya administrasi tidak boleh negatif atau 100% lebih.</translation>
    </message>
    <message>
      <source>Unknown penalty kind.</source>
      <translation>Jenis denda tidak dikenal.</translation>
    </message>
    <message>
      <source>The savings multiple limit must be above zero, or empty for none.</source>
      <translation>Batas kelipatan simpanan harus lebih dari nol, atau kosong jika tanpa batas.</translation>
    </message>
    <message>
      <source>There is no loan product {id}.</source>
      <translation>Produk pinjaman {id} tidak ada.</translation>
    </message>
    <message>
      <source>Give the penalty's amount or percentage, or choose no penalty.</source>
      <translation>Isi jumlah atau persen denda, atau pilih tanpa denda.</translation>
    </message>
    <message>
      <source>A loan product named {name} already exists.</source>
      <translation>Produk pinjaman bernama {name} sudah ada.</translation>
    </message>
    <message>
      <source>Loan {number}: installments show {a} principal, {b} interest, {c} penalty paid but the repayments say {x}, {y}, {z}</source>
      <translation>Pinjaman {number}: jadwal mencatat pokok {a}, jasa {b}, denda {c} terbayar tetapi angsuran mencatat {x}, {y}, {z}</translation>
    </message>
    <message>
      <source>Loan {number}: outstanding {stored} but the journal says {journal} and the schedule {schedule}</source>
      <translation>Pinjaman {number}: sisa pinjaman {stored} tetapi jurnal mencatat {journal} dan jadwal {schedule}</translation>
    </message>
    <message>
      <source>(imported)</source>
      <translation>(impor)</translation>
    </message>
    <message>
      <source>Member no.</source>
      <translation>No. Anggota</translation>
    </message>
    <message>
      <source>Paid out</source>
      <translation>Dicairkan</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Tunggakan</translation>
    </message>
    <message>
      <source>Arrears</source>
      <translation>Kolektibilitas</translation>
    </message>
    <message>
      <source>Due since</source>
      <translation>Jatuh tempo sejak</translation>
    </message>
    <message>
      <source>Amount due</source>
      <translation>Jumlah tagihan</translation>
    </message>
    <message>
      <source>Search loan no., member no. or name</source>
      <translation>Cari no. pinjaman, no. anggota atau nama</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Semua status</translation>
    </message>
    <message>
      <source>All arrears</source>
      <translation>Semua kolektibilitas</translation>
    </message>
    <message>
      <source>New application…</source>
      <translation>Pengajuan baru…</translation>
    </message>
    <message>
      <source>Open loan</source>
      <translation>Buka pinjaman</translation>
    </message>
    <message>
      <source>Loan simulator…</source>
      <translation>Simulasi pinjaman…</translation>
    </message>
    <message>
      <source>All loans</source>
      <translation>Semua pinjaman</translation>
    </message>
    <message>
      <source>Due this week / overdue</source>
      <translation>Jatuh tempo minggu ini / menunggak</translation>
    </message>
    <message>
      <source>{n} loans</source>
      <translation>{n} pinjaman</translation>
    </message>
    <message>
      <source>Outstanding {outstanding} in {n} loans · late {late} · PAR30 {par}% · due this week {week}</source>
      <translation>Sisa pinjaman {outstanding} dari {n} pinjaman · menunggak {late} · PAR30 {par}% · jatuh tempo minggu ini {week}</translation>
    </message>
    <message>
      <source>Loans with an installment due in the next 7 days or already late, oldest first.</source>
      <translation>Pinjaman dengan angsuran jatuh tempo 7 hari ke depan atau sudah menunggak, yang terlama di atas.</translation>
    </message>
    <message>
      <source>Print list</source>
      <translation>Cetak daftar</translation>
    </message>
    <message>
      <source>due-list.pdf</source>
      <translation>daftar-tagihan.pdf</translation>
    </message>
    <message>
      <source>Penalty (denda)</source>
      <translation>Denda</translation>
    </message>
    <message>
      <source>Interest (jasa)</source>
      <translation>Jasa</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>Jadwal angsuran</translation>
    </message>
    <message>
      <source>Payments</source>
      <translation>Pembayaran</translation>
    </message>
    <message>
      <source>Loan {number}</source>
      <translation>Pinjaman {number}</translation>
    </message>
    <message>
      <source>Outstanding: {amount}</source>
      <translation>Sisa pinjaman: {amount}</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Selesai</translation>
    </message>
    <message>
      <source>Please confirm</source>
      <translation>Mohon konfirmasi</translation>
    </message>
    <message>
      <source>Approve loan {number} of {amount}?</source>
      <translation>Setujui pinjaman {number} sebesar {amount}?</translation>
    </message>
    <message>
      <source>Reject</source>
      <translation>Tolak</translation>
    </message>
    <message>
      <source>Why is the application rejected?</source>
      <translation>Mengapa pengajuan ini ditolak?</translation>
    </message>
    <message>
      <source>Pay out {amount} in cash now (the admin fee {fee} is kept)?</source>
      <translation>Cairkan {amount} tunai sekarang (biaya administrasi {fee} dipotong)?</translation>
    </message>
    <message>
      <source>Reschedule</source>
      <translation>Jadwal ulang</translation>
    </message>
    <message>
      <source>Spread the outstanding {amount} over how many months from today?</source>
      <translation>Sisa pinjaman {amount} dibagi berapa bulan mulai hari ini?</translation>
    </message>
    <message>
      <source>Write off</source>
      <translation>Hapus buku</translation>
    </message>
    <message>
      <source>Write off {amount}? This cannot be undone except by a reversal. Reason:</source>
      <translation>Hapus buku {amount}? Hanya bisa dibatalkan dengan jurnal pembalik. Alasan:</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>Lunas</translation>
    </message>
    <message>
      <source>Part paid</source>
      <translation>Dibayar sebagian</translation>
    </message>
    <message>
      <source>Not yet due</source>
      <translation>Belum jatuh tempo</translation>
    </message>
    <message>
      <source>Closed early</source>
      <translation>Ditutup lebih awal</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>Setujui</translation>
    </message>
    <message>
      <source>Pay out</source>
      <translation>Cairkan</translation>
    </message>
    <message>
      <source>Record repayment</source>
      <translation>Catat angsuran</translation>
    </message>
    <message>
      <source>Reverse selected payment</source>
      <translation>Batalkan pembayaran terpilih</translation>
    </message>
    <message>
      <source>Print schedule</source>
      <translation>Cetak jadwal</translation>
    </message>
    <message>
      <source>Terms</source>
      <translation>Ketentuan</translation>
    </message>
    <message>
      <source>{rate}% per month, {method}, {months} months</source>
      <translation>{rate}% per bulan, {method}, {months} bulan</translation>
    </message>
    <message>
      <source>Admin fee</source>
      <translation>Biaya administrasi</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Tujuan</translation>
    </message>
    <message>
      <source>Guarantor</source>
      <translation>Penjamin</translation>
    </message>
    <message>
      <source>Applied on</source>
      <translation>Tanggal pengajuan</translation>
    </message>
    <message>
      <source>Paid out on</source>
      <translation>Tanggal cair</translation>
    </message>
    <message>
      <source>Days late: {days} ({bucket})</source>
      <translation>Hari terlambat: {days} ({bucket})</translation>
    </message>
    <message>
      <source>Overdue: {amount}</source>
      <translation>Tunggakan: {amount}</translation>
    </message>
    <message>
      <source>Closed on {date}</source>
      <translation>Ditutup pada {date}</translation>
    </message>
    <message>
      <source>The loan is approved.</source>
      <translation>Pinjaman disetujui.</translation>
    </message>
    <message>
      <source>The application is rejected.</source>
      <translation>Pengajuan ditolak.</translation>
    </message>
    <message>
      <source>The loan is paid out and its schedule starts.</source>
      <translation>Pinjaman dicairkan dan jadwal angsuran dimulai.</translation>
    </message>
    <message>
      <source>Unpaid interest of past installments is forgiven. Continue?</source>
      <translation>Jasa angsuran lalu yang belum dibayar dihapuskan. Lanjutkan?</translation>
    </message>
    <message>
      <source>The loan has a new schedule.</source>
      <translation>Pinjaman sudah punya jadwal baru.</translation>
    </message>
    <message>
      <source>The loan is written off.</source>
      <translation>Pinjaman sudah dihapusbukukan.</translation>
    </message>
    <message>
      <source>Reverse</source>
      <translation>Batalkan</translation>
    </message>
    <message>
      <source>Select a payment on the Payments tab first.</source>
      <translation>Pilih dulu pembayaran di tab Pembayaran.</translation>
    </message>
    <message>
      <source>This payment is already reversed.</source>
      <translation>Pembayaran ini sudah dibatalkan.</translation>
    </message>
    <message>
      <source>REVERSED</source>
      <translation>DIBATALKAN</translation>
    </message>
    <message>
      <source>Penalty due: {amount}</source>
      <translation>Denda terutang: {amount}</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>Tidak jadi</translation>
    </message>
    <message>
      <source>No penalty</source>
      <translation>Tanpa denda</translation>
    </message>
    <message>
      <source>% of the overdue amount per day</source>
      <translation>% dari tunggakan per hari</translation>
    </message>
    <message>
      <source>% of the overdue amount per month</source>
      <translation>% dari tunggakan per bulan</translation>
    </message>
    <message>
      <source>Fixed amount per late installment</source>
      <translation>Jumlah tetap per angsuran terlambat</translation>
    </message>
    <message>
      <source>% per month</source>
      <translation>% per bulan</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Metode</translation>
    </message>
    <message>
      <source>Max. term</source>
      <translation>Jangka maks.</translation>
    </message>
    <message>
      <source>Penalty</source>
      <translation>Denda</translation>
    </message>
    <message>
      <source>Limit (× savings)</source>
      <translation>Batas (× simpanan)</translation>
    </message>
    <message>
      <source>percent, or an amount for a fixed penalty</source>
      <translation>persen, atau jumlah rupiah untuk denda tetap</translation>
    </message>
    <message>
      <source>e.g. 3 = at most 3 × her savings; empty = no limit</source>
      <translation>mis. 3 = paling banyak 3 × simpanannya; kosong = tanpa batas</translation>
    </message>
    <message>
      <source>A guarantor is required</source>
      <translation>Wajib ada penjamin</translation>
    </message>
    <message>
      <source>Offered to members</source>
      <translation>Ditawarkan kepada anggota</translation>
    </message>
    <message>
      <source>Interest % per month</source>
      <translation>Bunga (jasa) % per bulan</translation>
    </message>
    <message>
      <source>Maximum term (months)</source>
      <translation>Jangka waktu maksimum (bulan)</translation>
    </message>
    <message>
      <source>Admin fee (amount)</source>
      <translation>Biaya administrasi (rupiah)</translation>
    </message>
    <message>
      <source>Admin fee (% of the loan)</source>
      <translation>Biaya administrasi (% dari pinjaman)</translation>
    </message>
    <message>
      <source>Penalty value</source>
      <translation>Nilai denda</translation>
    </message>
    <message>
      <source>Save product</source>
      <translation>Simpan produk</translation>
    </message>
    <message>
      <source>{rate}% per month is very high. Save it anyway?</source>
      <translation>{rate}% per bulan sangat tinggi. Tetap simpan?</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Jatuh tempo</translation>
    </message>
    <message>
      <source>Installment</source>
      <translation>Angsuran</translation>
    </message>
    <message>
      <source>Loan simulator</source>
      <translation>Simulasi pinjaman</translation>
    </message>
    <message>
      <source>(any terms)</source>
      <translation>(ketentuan bebas)</translation>
    </message>
    <message>
      <source>Term (months)</source>
      <translation>Jangka waktu (bulan)</translation>
    </message>
    <message>
      <source>{rate}% per month is very high; check the rate.</source>
      <translation>{rate}% per bulan sangat tinggi; periksa lagi.</translation>
    </message>
    <message>
      <source>First installment {first}; total interest {interest}; total to repay {total}</source>
      <translation>Angsuran pertama {first}; total jasa {interest}; total dibayar {total}</translation>
    </message>
    <message>
      <source>Loan simulation (not a loan agreement)</source>
      <translation>Simulasi pinjaman (bukan perjanjian pinjaman)</translation>
    </message>
    <message>
      <source>Flat</source>
      <translation>Flat</translation>
    </message>
    <message>
      <source>Declining (menurun)</source>
      <translation>Menurun</translation>
    </message>
    <message>
      <source>Annuity (anuitas)</source>
      <translation>Anuitas</translation>
    </message>
    <message>
      <source>loan-simulation.pdf</source>
      <translation>simulasi-pinjaman.pdf</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Keadaan</translation>
    </message>
    <message>
      <source>New loan application</source>
      <translation>Pengajuan pinjaman baru</translation>
    </message>
    <message>
      <source>e.g. capital for a food stall</source>
      <translation>mis. modal warung makan</translation>
    </message>
    <message>
      <source>Guarantor: member number or name (optional)</source>
      <translation>Penjamin: no. anggota atau nama (boleh kosong)</translation>
    </message>
    <message>
      <source>or the name of a guarantor who is not a member</source>
      <translation>atau nama penjamin yang bukan anggota</translation>
    </message>
    <message>
      <source>Record application</source>
      <translation>Catat pengajuan</translation>
    </message>
    <message>
      <source>Admin fee {fee}; first installment {first}; total interest {interest}</source>
      <translation>Biaya administrasi {fee}; angsuran pertama {first}; total jasa {interest}</translation>
    </message>
    <message>
      <source>{name} — {rate}% per month, {method}</source>
      <translation>{name} — {rate}% per bulan, {method}</translation>
    </message>
    <message>
      <source>There is no loan product yet; add one in Settings.</source>
      <translation>Belum ada produk pinjaman; tambahkan di Pengaturan.</translation>
    </message>
    <message>
      <source>{name} ({member}) — outstanding {amount}</source>
      <translation>{name} ({member}) — sisa pinjaman {amount}</translation>
    </message>
    <message>
      <source>Pay off the whole loan now (no interest for months not yet due)</source>
      <translation>Lunasi seluruh pinjaman sekarang (tanpa jasa untuk bulan yang belum jatuh tempo)</translation>
    </message>
    <message>
      <source>Post repayment</source>
      <translation>Simpan angsuran</translation>
    </message>
    <message>
      <source>Penalty (denda) {penalty} · Interest (jasa) {interest} · Principal {principal}</source>
      <translation>Denda {penalty} · Jasa {interest} · Pokok {principal}</translation>
    </message>
    <message>
      <source>Loan products</source>
      <translation>Produk pinjaman</translation>
    </message>
    <message>
      <source>Payment on loan {number}: {amount}</source>
      <translation>Angsuran pinjaman {number}: {amount}</translation>
    </message>
  </context>
</TS>
