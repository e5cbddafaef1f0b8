<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>koperasi</name>
    <message>
      <source>Unknown frequency {value}; choose month, 2weeks or week.</source>
      <translation>Frekuensi {value} tidak dikenal; pilih month (bulanan), 2weeks (dua mingguan) atau week (mingguan).</translation>
    </message>
    <message>
      <source>Unknown grace kind {value}; choose interest or none.</source>
      <translation>Jenis masa tenggang {value} tidak dikenal; pilih interest (bayar jasa saja) atau none (tanpa bayar).</translation>
    </message>
    <message>
      <source>Unknown rounding {value}; choose half-up or up.</source>
      <translation>Pembulatan {value} tidak dikenal; pilih half-up (ke terdekat) atau up (ke atas).</translation>
    </message>
    <message>
      <source>The grace period must leave at least one installment with principal (0 to {n}).</source>
      <translation>Masa tenggang harus menyisakan paling sedikit satu angsuran pokok (0 sampai {n}).</translation>
    </message>
    <message>
      <source>The rounding unit must be at least 1.</source>
      <translation>Satuan pembulatan paling sedikit 1.</translation>
    </message>
    <message>
      <source>The meeting day must be a day of the week.</source>
      <translation>Hari pertemuan harus salah satu hari dalam seminggu.</translation>
    </message>
    <message>
      <source>The first due date must be after the payout and at most two periods later (by {date}).</source>
      <translation>Jatuh tempo pertama harus sesudah pencairan dan paling lambat dua periode kemudian (sampai {date}).</translation>
    </message>
    <message>
      <source>number of monthly installments</source>
      <translation>jumlah angsuran bulanan</translation>
    </message>
    <message>
      <source>number of installments of any frequency</source>
      <translation>jumlah angsuran (frekuensi apa pun)</translation>
    </message>
    <message>
      <source>installment frequency; the rate stays per month (× 12/52 a week, × 12/26 for two weeks)</source>
      <translation>frekuensi angsuran; bunga tetap per bulan (× 12/52 per minggu, × 12/26 per dua minggu)</translation>
    </message>
    <message>
      <source>the first N installments carry no principal</source>
      <translation>N angsuran pertama tanpa pokok</translation>
    </message>
    <message>
      <source>in the grace period pay the interest, or nothing (the interest is added to the first installment after it)</source>
      <translation>selama masa tenggang bayar jasa saja, atau tidak bayar (jasanya ditambahkan ke angsuran pertama sesudahnya)</translation>
    </message>
    <message>
      <source>round installments to this amount; interest stays exact</source>
      <translation>bulatkan angsuran ke kelipatan ini; jasa tetap tepat</translation>
    </message>
    <message>
      <source>first due date; the first period's interest is by days</source>
      <translation>tanggal jatuh tempo pertama; jasa periode pertama dihitung per hari</translation>
    </message>
    <message>
      <source>--months is for monthly schedules; give --installments N.</source>
      <translation>--months hanya untuk jadwal bulanan; gunakan --installments N.</translation>
    </message>
    <message>
      <source>{n} months</source>
      <translation>{n} bulan</translation>
    </message>
    <message>
      <source>{n} weeks</source>
      <translation>{n} minggu</translation>
    </message>
    <message>
      <source>{n} × 2 weeks</source>
      <translation>{n} × 2 minggu</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>Bulanan</translation>
    </message>
    <message>
      <source>Every two weeks</source>
      <translation>Dua mingguan</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>Mingguan</translation>
    </message>
    <message>
      <source>Remaining interest waived</source>
      <translation>Sisa jasa dihapus</translation>
    </message>
    <message>
      <source>Interest to the payoff date</source>
      <translation>Jasa sampai tanggal pelunasan</translation>
    </message>
    <message>
      <source>{n} months of interest</source>
      <translation>Jasa {n} bulan</translation>
    </message>
    <message>
      <source>Choose a frequency: monthly, every two weeks or weekly.</source>
      <translation>Pilih frekuensi: bulanan, dua mingguan atau mingguan.</translation>
    </message>
    <message>
      <source>Choose what is paid in the grace period: interest or nothing.</source>
      <translation>Pilih yang dibayar selama masa tenggang: jasa saja atau tidak ada.</translation>
    </message>
    <message>
      <source>The rounding unit must be at least 1, rounded half up or up.</source>
      <translation>Satuan pembulatan paling sedikit 1, dibulatkan ke terdekat atau ke atas.</translation>
    </message>
    <message>
      <source>Unknown early payoff rule.</source>
      <translation>Aturan pelunasan dipercepat tidak dikenal.</translation>
    </message>
    <message>
      <source>The grace period must be shorter than the maximum term.</source>
      <translation>Masa tenggang harus lebih pendek dari jangka waktu maksimum.</translation>
    </message>
    <message>
      <source>Give 1 to 12 months of interest for an early payoff.</source>
      <translation>Isi 1 sampai 12 bulan jasa untuk pelunasan dipercepat.</translation>
    </message>
    <message>
      <source>The first due date must be after the application date.</source>
      <translation>Jatuh tempo pertama harus sesudah tanggal pengajuan.</translation>
    </message>
    <message>
      <source>The term is longer than the product's maximum of {n} installments ({months} months).</source>
      <translation>Jangka waktu melebihi batas produk, paling banyak {n} angsuran ({months} bulan).</translation>
    </message>
    <message>
      <source>The term must be longer than the product's grace period of {n} installments.</source>
      <translation>Jangka waktu harus lebih panjang dari masa tenggang produk, {n} angsuran.</translation>
    </message>
    <message>
      <source>The new term must be 1 to {n} installments.</source>
      <translation>Jangka waktu baru harus 1 sampai {n} angsuran.</translation>
    </message>
    <message>
      <source>First due on</source>
      <translation>Jatuh tempo pertama</translation>
    </message>
    <message>
      <source>Term (installments)</source>
      <translation>Jangka waktu (angsuran)</translation>
    </message>
    <message>
      <source>{term}; installment {amount} from {date}</source>
      <translation>{term}; angsuran {amount} mulai {date}</translation>
    </message>
    <message>
      <source>{frequency}: {rate}% per month × 12 / {periods} = {per_period}% per period.</source>
      <translation>{frequency}: {rate}% per bulan × 12 / {periods} = {per_period}% per periode.</translation>
    </message>
    <message>
      <source>Term</source>
      <translation>Jangka waktu</translation>
    </message>
    <message>
      <source>Installments</source>
      <translation>Angsuran</translation>
    </message>
    <message>
      <source> installments</source>
      <translation> angsuran</translation>
    </message>
    <message>
      <source>interest only</source>
      <translation>jasa saja</translation>
    </message>
    <message>
      <source>no payment</source>
      <translation>tanpa bayar</translation>
    </message>
    <message>
      <source>half up</source>
      <translation>ke terdekat</translation>
    </message>
    <message>
      <source>up</source>
      <translation>ke atas</translation>
    </message>
    <message>
      <source>Grace period</source>
      <translation>Masa tenggang</translation>
    </message>
    <message>
      <source>Round installments</source>
      <translation>Pembulatan angsuran</translation>
    </message>
    <message>
      <source> months</source>
      <translation> bulan</translation>
    </message>
    <message>
      <source>Early payoff</source>
      <translation>Pelunasan dipercepat</translation>
    </message>
    <message>
      <source>to {amount}</source>
      <translation>ke {amount}</translation>
    </message>
    <message>
      <source>no rounding</source>
      <translation>tanpa pembulatan</translation>
    </message>
    <message>
      <source>Months of interest</source>
      <translation>Jasa beberapa bulan</translation>
    </message>
    <message>
      <source>No fixed day</source>
      <translation>Tidak ada hari tetap</translation>
    </message>
    <message>
      <source>Monday</source>
      <translation>Senin</translation>
    </message>
    <message>
      <source>Tuesday</source>
      <translation>Selasa</translation>
    </message>
    <message>
      <source>Wednesday</source>
      <translation>Rabu</translation>
    </message>
    <message>
      <source>Thursday</source>
      <translation>Kamis</translation>
    </message>
    <message>
      <source>Friday</source>
      <translation>Jumat</translation>
    </message>
    <message>
      <source>Saturday</source>
      <translation>Sabtu</translation>
    </message>
    <message>
      <source>Sunday</source>
      <translation>Minggu</translation>
    </message>
    <message>
      <source>Choose how often the group meets.</source>
      <translation>Pilih seberapa sering kelompok bertemu.</translation>
    </message>
    <message>
      <source>Meetings of {name}</source>
      <translation>Pertemuan {name}</translation>
    </message>
    <message>
      <source>Not set</source>
      <translation>Belum diatur</translation>
    </message>
    <message>
      <source>Tanggung renteng: members present cover an installment a member cannot pay</source>
      <translation>Tanggung renteng: anggota yang hadir menalangi angsuran anggota yang tidak bisa membayar</translation>
    </message>
    <message>
      <source>Loan installments of the group's members fall due on the meeting day.</source>
      <translation>Angsuran pinjaman anggota kelompok jatuh tempo pada hari pertemuan.</translation>
    </message>
    <message>
      <source>Meeting day</source>
      <translation>Hari pertemuan</translation>
    </message>
    <message>
      <source>Meets</source>
      <translation>Pertemuan</translation>
    </message>
    <message>
      <source>Meetings…</source>
      <translation>Pertemuan…</translation>
    </message>
    <message>
      <source>grace {n} installments, {kind}</source>
      <translation>masa tenggang {n} angsuran, {kind}</translation>
    </message>
    <message>
      <source>installments rounded {mode} to {unit}</source>
      <translation>angsuran dibulatkan {mode} ke {unit}</translation>
    </message>
    <message>
      <source>first due {date}</source>
      <translation>jatuh tempo pertama {date}</translation>
    </message>
    <message>
      <source>early payoff: {rule}</source>
      <translation>pelunasan dipercepat: {rule}</translation>
    </message>
    <message>
      <source>{rate}% per month, {method}, {term}</source>
      <translation>{rate}% per bulan, {method}, {term}</translation>
    </message>
    <message>
      <source>The interest rate is always quoted per month. A weekly installment's rate is the monthly rate × 12 / 52 and a two-weekly one's × 12 / 26 (for example 1.3% per month = 0.3% per week); flat, menurun and anuitas all work per installment period.</source>
      <translation>Bunga selalu dinyatakan per bulan. Bunga angsuran mingguan = bunga bulanan × 12 / 52 dan dua mingguan × 12 / 26 (misalnya 1,3% per bulan = 0,3% per minggu); flat, menurun dan anuitas semuanya dihitung per periode angsuran.</translation>
    </message>
    <message>
      <source>Grace period: the first installments carry no principal; they pay the interest only, or nothing (then their interest is added to the first installment after the grace period).</source>
      <translation>Masa tenggang: angsuran pertama tanpa pokok; hanya membayar jasa, atau tidak membayar apa pun (jasanya lalu ditambahkan ke angsuran pertama sesudah masa tenggang).</translation>
    </message>
    <message>
      <source>Rounding: installments round to the product's unit (e.g. Rp 500), half up or up; interest stays exact and the last installment absorbs the difference.</source>
      <translation>Pembulatan: angsuran dibulatkan ke satuan produk (misalnya Rp 500), ke terdekat atau ke atas; jasa tetap tepat dan angsuran terakhir menampung selisihnya.</translation>
    </message>
    <message>
      <source>First due date: when chosen, the first period's interest is charged by its actual days. Due dates move to the group's meeting day when it has one.</source>
      <translation>Jatuh tempo pertama: bila dipilih, jasa periode pertama dihitung menurut jumlah harinya. Jatuh tempo bergeser ke hari pertemuan kelompok bila kelompok memilikinya.</translation>
    </message>
    <message>
      <source>Early payoff: by the product's rule, the remaining interest is waived, or interest runs to the payoff date, or a set number of months of interest is charged.</source>
      <translation>Pelunasan dipercepat: menurut aturan produk, sisa jasa dihapus, atau jasa dihitung sampai tanggal pelunasan, atau dikenakan jasa beberapa bulan.</translation>
    </message>
    <message>
      <source>Tanggung renteng: in a group with this setting, members present at a meeting can cover a member's installment, in cash or from their voluntary savings. She then owes each of them her share until she pays them back through the cooperative.</source>
      <translation>Tanggung renteng: di kelompok dengan pengaturan ini, anggota yang hadir di pertemuan dapat menalangi angsuran seorang anggota, tunai atau dari simpanan sukarela mereka. Ia lalu berutang kepada masing-masing sebesar bagiannya sampai ia membayarnya kembali melalui koperasi.</translation>
    </message>
    <message>
      <source>Loan terms</source>
      <translation>Ketentuan pinjaman</translation>
    </message>
    <message>
      <source>&amp;Loan terms</source>
      <translation>Ketentuan &amp;pinjaman</translation>
    </message>
    <message>
      <source>Covered by the group (tanggung renteng)</source>
      <translation>Ditalangi kelompok (tanggung renteng)</translation>
    </message>
    <message>
      <source>Payback to the group (tanggung renteng)</source>
      <translation>Pengembalian talangan kelompok (tanggung renteng)</translation>
    </message>
    <message>
      <source>Tanggung renteng: {borrower} has paid {payer} back {paid}, more than the {covered} covered</source>
      <translation>Tanggung renteng: {borrower} sudah mengembalikan {paid} kepada {payer}, lebih dari talangan {covered}</translation>
    </message>
    <message>
      <source>Give every member present a share above zero.</source>
      <translation>Isi bagian di atas nol untuk setiap anggota yang hadir.</translation>
    </message>
    <message>
      <source>A member is listed twice.</source>
      <translation>Seorang anggota tercantum dua kali.</translation>
    </message>
    <message>
      <source>(covered by the group)</source>
      <translation>(ditalangi kelompok)</translation>
    </message>
    <message>
      <source>Only active members can pay a share.</source>
      <translation>Hanya anggota aktif yang dapat membayar bagian.</translation>
    </message>
    <message>
      <source>Choose cash or voluntary savings for each share.</source>
      <translation>Pilih tunai atau simpanan sukarela untuk setiap bagian.</translation>
    </message>
    <message>
      <source>{name} has only {held} in voluntary savings; her share of {amount} cannot come from it.</source>
      <translation>Simpanan sukarela {name} hanya {held}; bagiannya sebesar {amount} tidak dapat diambil dari situ.</translation>
    </message>
    <message>
      <source>{name}'s group does not practise tanggung renteng; turn it on in the group's meetings first.</source>
      <translation>Kelompok {name} tidak menjalankan tanggung renteng; aktifkan dulu di pengaturan pertemuan kelompok.</translation>
    </message>
    <message>
      <source>Only members of {group} can cover her installment.</source>
      <translation>Hanya anggota {group} yang dapat menalangi angsurannya.</translation>
    </message>
    <message>
      <source>Choose the member who pays back.</source>
      <translation>Pilih anggota yang mengembalikan.</translation>
    </message>
    <message>
      <source>{name} pays back the group (tanggung renteng)</source>
      <translation>{name} mengembalikan talangan kelompok (tanggung renteng)</translation>
    </message>
    <message>
      <source>Part of this cover has been paid back; reverse those paybacks first.</source>
      <translation>Sebagian talangan ini sudah dikembalikan; batalkan dulu pengembalian itu.</translation>
    </message>
    <message>
      <source>{name} has already withdrawn the payback from her voluntary savings; it cannot be reversed.</source>
      <translation>{name} sudah menarik pengembalian itu dari simpanan sukarelanya; tidak dapat dibatalkan.</translation>
    </message>
    <message>
      <source>Tanggung renteng: entry {entry}, member id {member} ({kind}): the sub-ledger says {stored} but the journal says {actual}</source>
      <translation>Tanggung renteng: jurnal {entry}, id anggota {member} ({kind}): buku pembantu mencatat {stored} tetapi jurnal mencatat {actual}</translation>
    </message>
    <message>
      <source>{name} cannot pay a share to herself.</source>
      <translation>{name} tidak dapat membayar bagian untuk dirinya sendiri.</translation>
    </message>
    <message>
      <source>{borrower} owes {name} only {owed}; she cannot pay her {amount}.</source>
      <translation>Utang {borrower} kepada {name} hanya {owed}; tidak dapat membayar {amount}.</translation>
    </message>
    <message>
      <source>Tanggung renteng: cover loan {number}</source>
      <translation>Tanggung renteng: talangan pinjaman {number}</translation>
    </message>
    <message>
      <source>{name} ({member}) cannot pay at the meeting; the members present pay for her and she owes each of them her share.</source>
      <translation>{name} ({member}) tidak dapat membayar di pertemuan; anggota yang hadir membayar untuknya dan ia berutang kepada masing-masing sebesar bagiannya.</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Hadir</translation>
    </message>
    <message>
      <source>From voluntary savings</source>
      <translation>Dari simpanan sukarela</translation>
    </message>
    <message>
      <source>Meeting date</source>
      <translation>Tanggal pertemuan</translation>
    </message>
    <message>
      <source>Amount covered</source>
      <translation>Jumlah ditalangi</translation>
    </message>
    <message>
      <source>Post the cover</source>
      <translation>Catat talangan</translation>
    </message>
    <message>
      <source>Shares add up to {total}</source>
      <translation>Jumlah bagian {total}</translation>
    </message>
    <message>
      <source>Tanggung renteng: {name} pays back</source>
      <translation>Tanggung renteng: {name} mengembalikan talangan</translation>
    </message>
    <message>
      <source>Into her voluntary savings</source>
      <translation>Ke simpanan sukarelanya</translation>
    </message>
    <message>
      <source>Amount paid back</source>
      <translation>Jumlah dikembalikan</translation>
    </message>
    <message>
      <source>Post the payback</source>
      <translation>Catat pengembalian</translation>
    </message>
    <message>
      <source>owed {amount}</source>
      <translation>terutang {amount}</translation>
    </message>
    <message>
      <source>Pay off the whole loan now (interest by the product's early payoff rule)</source>
      <translation>Lunasi seluruh pinjaman sekarang (jasa menurut aturan pelunasan dipercepat produk)</translation>
    </message>
    <message>
      <source>Covered by the group…</source>
      <translation>Ditalangi kelompok…</translation>
    </message>
    <message>
      <source>Owes the group {amount} (tanggung renteng)</source>
      <translation>Berutang kepada kelompok {amount} (tanggung renteng)</translation>
    </message>
    <message>
      <source>Tanggung renteng</source>
      <translation>Tanggung renteng</translation>
    </message>
    <message>
      <source>Covered</source>
      <translation>Ditalangi</translation>
    </message>
    <message>
      <source>Paid back</source>
      <translation>Dikembalikan</translation>
    </message>
    <message>
      <source>Still owed</source>
      <translation>Sisa utang</translation>
    </message>
    <message>
      <source>Pay back the group…</source>
      <translation>Bayar talangan…</translation>
    </message>
    <message>
      <source>Covered this member</source>
      <translation>Menalangi anggota ini</translation>
    </message>
    <message>
      <source>Covered by this member</source>
      <translation>Ditalangi anggota ini</translation>
    </message>
    <message>
      <source>Tanggung renteng by group</source>
      <translation>Tanggung renteng per kelompok</translation>
    </message>
    <message>
      <source>Repaid: interest and principal paid on the installments due in the period ÷ what they asked; without covers leaves out what the group paid for its members. Still owed is as of the period's end.</source>
      <translation>Terbayar: jasa dan pokok yang dibayar atas angsuran yang jatuh tempo dalam periode ÷ yang ditagih; tanpa talangan tidak menghitung yang dibayar kelompok untuk anggotanya. Sisa utang per akhir periode.</translation>
    </message>
    <message>
      <source>Tanggung renteng (joint liability)</source>
      <translation>Tanggung renteng</translation>
    </message>
    <message>
      <source>No group practises tanggung renteng.</source>
      <translation>Belum ada kelompok yang menjalankan tanggung renteng.</translation>
    </message>
    <message>
      <source>Covers</source>
      <translation>Talangan</translation>
    </message>
    <message>
      <source>Repaid</source>
      <translation>Terbayar</translation>
    </message>
    <message>
      <source>Without covers</source>
      <translation>Tanpa talangan</translation>
    </message>
    <message>
      <source>'{value}' is not a known value for {column}</source>
      <translation>'{value}' bukan nilai yang dikenal untuk {column}</translation>
    </message>
    <message>
      <source>Number of installments (months for a monthly loan).</source>
      <translation>Jumlah angsuran (bulan untuk pinjaman bulanan).</translation>
    </message>
    <message>
      <source>Optional: Bulanan, Dua Mingguan or Mingguan; empty = monthly. The rate stays per month.</source>
      <translation>Opsional: Bulanan, Dua Mingguan atau Mingguan; kosong = bulanan. Bunga tetap per bulan.</translation>
    </message>
    <message>
      <source>Optional: the first N installments carry no principal.</source>
      <translation>Opsional: N angsuran pertama tanpa pokok.</translation>
    </message>
    <message>
      <source>Bayar Jasa (interest only in the grace period) or Tanpa Bayar (nothing; its interest comes with the next installment).</source>
      <translation>Bayar Jasa (hanya jasa selama masa tenggang) atau Tanpa Bayar (tidak membayar; jasanya ikut angsuran berikutnya).</translation>
    </message>
    <message>
      <source>Optional: round installments to this amount, such as 500.</source>
      <translation>Opsional: bulatkan angsuran ke kelipatan ini, misalnya 500.</translation>
    </message>
    <message>
      <source>Terdekat (half up) or Ke Atas (up).</source>
      <translation>Terdekat (pembulatan biasa) atau Ke Atas.</translation>
    </message>
    <message>
      <source>Optional: the first due date; its interest is by days.</source>
      <translation>Opsional: tanggal jatuh tempo pertama; jasanya dihitung per hari.</translation>
    </message>
    <message>
      <source>tanggung renteng covers</source>
      <translation>talangan tanggung renteng</translation>
    </message>
    <message>
      <source>tanggung renteng paybacks</source>
      <translation>pengembalian tanggung renteng</translation>
    </message>
    <message>
      <source>Schedule options</source>
      <translation>Pilihan jadwal</translation>
    </message>
    <message>
      <source>Paid now</source>
      <translation>Dibayar</translation>
    </message>
    <message>
      <source>Spread the outstanding {amount} over how many installments ({frequency}) from today?</source>
      <translation>Sisa pinjaman {amount} dibagi menjadi berapa angsuran ({frequency}) mulai hari ini?</translation>
    </message>
    <message>
      <source>Tanggung renteng: you owe {amount} to {n} member(s) who paid for you.</source>
      <translation>Tanggung renteng: Anda berutang {amount} kepada {n} anggota yang telah membayar untuk Anda.</translation>
    </message>
    <message>
      <source>Tanggung renteng: members you paid for owe you {amount}.</source>
      <translation>Tanggung renteng: anggota yang Anda talangi berutang {amount} kepada Anda.</translation>
    </message>
  </context>
</TS>
