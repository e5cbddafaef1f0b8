<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>koperasi</name>
    <message>
      <source>The training {title} was on {date}; registration is closed.</source>
      <translation>Pelatihan {title} sudah berlangsung pada {date}; pendaftaran ditutup.</translation>
    </message>
    <message>
      <source>The training {title} is full ({capacity} places).</source>
      <translation>Pelatihan {title} sudah penuh ({capacity} tempat).</translation>
    </message>
    <message>
      <source>{name} is already registered for this training.</source>
      <translation>{name} sudah terdaftar di pelatihan ini.</translation>
    </message>
    <message>
      <source>{name} has already asked to join this training; the request waits for the board.</source>
      <translation>{name} sudah meminta ikut pelatihan ini; permintaannya menunggu pengurus.</translation>
    </message>
    <message>
      <source>Member {number} has left the cooperative; register her as a non-member participant instead.</source>
      <translation>Anggota {number} sudah keluar dari koperasi; daftarkan sebagai peserta bukan anggota.</translation>
    </message>
    <message>
      <source>There is no registration {id}.</source>
      <translation>Pendaftaran {id} tidak ada.</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Terdaftar</translation>
    </message>
    <message>
      <source>Asked at the kiosk</source>
      <translation>Diminta di kios</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Ditolak</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Dibatalkan</translation>
    </message>
    <message>
      <source>Give the participant's name.</source>
      <translation>Isi nama peserta.</translation>
    </message>
    <message>
      <source>Gender must be F or M.</source>
      <translation>Jenis kelamin harus P atau L (F atau M).</translation>
    </message>
    <message>
      <source>Choose one member or one non-member participant.</source>
      <translation>Pilih satu anggota atau satu peserta bukan anggota.</translation>
    </message>
    <message>
      <source>This registration is not a request waiting for the board ({status}).</source>
      <translation>Pendaftaran ini bukan permintaan yang menunggu pengurus ({status}).</translation>
    </message>
    <message>
      <source>Say why the request is declined; the member sees it.</source>
      <translation>Tuliskan alasan permintaan ditolak; anggota akan melihatnya.</translation>
    </message>
    <message>
      <source>Only a registered participant can be cancelled.</source>
      <translation>Hanya peserta terdaftar yang bisa dibatalkan.</translation>
    </message>
    <message>
      <source>She attended; her registration cannot be cancelled.</source>
      <translation>Ia sudah hadir; pendaftarannya tidak bisa dibatalkan.</translation>
    </message>
    <message>
      <source>Only registered participants have attendance; this one is {status}.</source>
      <translation>Kehadiran hanya untuk peserta terdaftar; yang ini berstatus {status}.</translation>
    </message>
    <message>
      <source>The training is on {date}; attendance is recorded from that day.</source>
      <translation>Pelatihan berlangsung pada {date}; kehadiran dicatat mulai hari itu.</translation>
    </message>
    <message>
      <source>Only someone who attended can complete the training.</source>
      <translation>Hanya yang hadir yang bisa menyelesaikan pelatihan.</translation>
    </message>
    <message>
      <source>A certificate is given only for a completed training.</source>
      <translation>Sertifikat hanya diberikan untuk pelatihan yang diselesaikan.</translation>
    </message>
    <message>
      <source>There is no participant {id}.</source>
      <translation>Peserta {id} tidak ada.</translation>
    </message>
    <message>
      <source>Certificate number {number} is already given to someone else.</source>
      <translation>Nomor sertifikat {number} sudah diberikan kepada orang lain.</translation>
    </message>
    <message>
      <source>Announcement</source>
      <translation>Pengumuman</translation>
    </message>
    <message>
      <source>Calendar event</source>
      <translation>Acara kalender</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>Peserta</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Program</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Pelatihan</translation>
    </message>
    <message>
      <source>Training topic</source>
      <translation>Topik pelatihan</translation>
    </message>
    <message>
      <source>Announcement posted</source>
      <translation>Pengumuman dipasang</translation>
    </message>
    <message>
      <source>Announcement removed</source>
      <translation>Pengumuman dihapus</translation>
    </message>
    <message>
      <source>Announcement changed</source>
      <translation>Pengumuman diubah</translation>
    </message>
    <message>
      <source>Business profile saved</source>
      <translation>Profil usaha disimpan</translation>
    </message>
    <message>
      <source>Calendar event added</source>
      <translation>Acara kalender ditambahkan</translation>
    </message>
    <message>
      <source>Calendar event removed</source>
      <translation>Acara kalender dihapus</translation>
    </message>
    <message>
      <source>Participant added</source>
      <translation>Peserta ditambahkan</translation>
    </message>
    <message>
      <source>Programme added</source>
      <translation>Program ditambahkan</translation>
    </message>
    <message>
      <source>Programme changed</source>
      <translation>Program diubah</translation>
    </message>
    <message>
      <source>Training attendance recorded</source>
      <translation>Kehadiran pelatihan dicatat</translation>
    </message>
    <message>
      <source>Training registration cancelled</source>
      <translation>Pendaftaran pelatihan dibatalkan</translation>
    </message>
    <message>
      <source>Training added</source>
      <translation>Pelatihan ditambahkan</translation>
    </message>
    <message>
      <source>Training registration</source>
      <translation>Pendaftaran pelatihan</translation>
    </message>
    <message>
      <source>Training requested at the kiosk</source>
      <translation>Pelatihan diminta di kios</translation>
    </message>
    <message>
      <source>Training request approved</source>
      <translation>Permintaan pelatihan disetujui</translation>
    </message>
    <message>
      <source>Training request declined</source>
      <translation>Permintaan pelatihan ditolak</translation>
    </message>
    <message>
      <source>Training changed</source>
      <translation>Pelatihan diubah</translation>
    </message>
    <message>
      <source>Training topic added</source>
      <translation>Topik pelatihan ditambahkan</translation>
    </message>
    <message>
      <source>Say what kind of business she runs.</source>
      <translation>Isi jenis usaha yang dijalankannya.</translation>
    </message>
    <message>
      <source>The business cannot start after today ({date}).</source>
      <translation>Usaha tidak bisa dimulai setelah hari ini ({date}).</translation>
    </message>
    <message>
      <source>Borrow {principal}, pay {installment} each month for {months} months; total interest (jasa) {interest}.</source>
      <translation>Pinjam {principal}, bayar {installment} tiap bulan selama {months} bulan; total jasa {interest}.</translation>
    </message>
    <message>
      <source>Borrow {principal}, pay {first} in the first month, less each month, down to {last} in month {months}; total interest (jasa) {interest}.</source>
      <translation>Pinjam {principal}, bayar {first} di bulan pertama, makin kecil tiap bulan, sampai {last} di bulan ke-{months}; total jasa {interest}.</translation>
    </message>
    <message>
      <source>This loan product is not offered any more.</source>
      <translation>Produk pinjaman ini tidak ditawarkan lagi.</translation>
    </message>
    <message>
      <source>Choose a term of 1 to {max} months for {product}.</source>
      <translation>Pilih jangka waktu 1 sampai {max} bulan untuk {product}.</translation>
    </message>
    <message>
      <source>An admin fee of {fee} is paid once, when you receive the money.</source>
      <translation>Biaya administrasi {fee} dibayar sekali, saat uang diterima.</translation>
    </message>
    <message>
      <source>The same installment every month: interest is counted on the amount borrowed.</source>
      <translation>Angsuran sama setiap bulan: jasa dihitung dari jumlah pinjaman awal.</translation>
    </message>
    <message>
      <source>Installments fall month by month: interest is counted only on what you still owe.</source>
      <translation>Angsuran makin kecil setiap bulan: jasa dihitung hanya dari sisa pinjaman.</translation>
    </message>
    <message>
      <source>The same installment every month: at first it is mostly interest, later mostly repayment.</source>
      <translation>Angsuran sama setiap bulan: mula-mula sebagian besar jasa, kemudian sebagian besar pokok.</translation>
    </message>
    <message>
      <source>Give the announcement a title.</source>
      <translation>Isi judul pengumuman.</translation>
    </message>
    <message>
      <source>Write the announcement's text.</source>
      <translation>Tulis isi pengumuman.</translation>
    </message>
    <message>
      <source>The announcement cannot end before it starts.</source>
      <translation>Pengumuman tidak bisa berakhir sebelum mulai.</translation>
    </message>
    <message>
      <source>There is no announcement {id}.</source>
      <translation>Pengumuman {id} tidak ada.</translation>
    </message>
    <message>
      <source>Choose what kind of event it is.</source>
      <translation>Pilih jenis acaranya.</translation>
    </message>
    <message>
      <source>Give the event a title.</source>
      <translation>Isi judul acara.</translation>
    </message>
    <message>
      <source>Write the time as hours:minutes, for example 09:30.</source>
      <translation>Tulis waktu sebagai jam:menit, misalnya 09:30.</translation>
    </message>
    <message>
      <source>There is no group {id}.</source>
      <translation>Kelompok {id} tidak ada.</translation>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>Tanggal akhir sebelum tanggal mulai.</translation>
    </message>
    <message>
      <source>Group meeting</source>
      <translation>Pertemuan kelompok</translation>
    </message>
    <message>
      <source>Annual members' meeting (RAT)</source>
      <translation>Rapat Anggota Tahunan (RAT)</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Lainnya</translation>
    </message>
    <message>
      <source>Show an announcement for at most a year.</source>
      <translation>Pengumuman ditampilkan paling lama satu tahun.</translation>
    </message>
    <message>
      <source>There is no event {id}.</source>
      <translation>Acara {id} tidak ada.</translation>
    </message>
    <message>
      <source>Give the programme a name.</source>
      <translation>Isi nama program.</translation>
    </message>
    <message>
      <source>Choose who organises the programme: a government office, an NGO or the cooperative.</source>
      <translation>Pilih penyelenggara program: instansi pemerintah, LSM, atau koperasi.</translation>
    </message>
    <message>
      <source>The programme cannot end before it starts.</source>
      <translation>Program tidak bisa berakhir sebelum mulai.</translation>
    </message>
    <message>
      <source>There is already a programme called {name}.</source>
      <translation>Sudah ada program bernama {name}.</translation>
    </message>
    <message>
      <source>There is no programme {id}.</source>
      <translation>Program {id} tidak ada.</translation>
    </message>
    <message>
      <source>Choose the programme the training belongs to.</source>
      <translation>Pilih program tempat pelatihan ini.</translation>
    </message>
    <message>
      <source>Choose a topic from the list.</source>
      <translation>Pilih topik dari daftar.</translation>
    </message>
    <message>
      <source>Give the training a title.</source>
      <translation>Isi judul pelatihan.</translation>
    </message>
    <message>
      <source>Say where the training takes place.</source>
      <translation>Isi tempat pelatihan.</translation>
    </message>
    <message>
      <source>The capacity must be 1 to {max} places.</source>
      <translation>Kapasitas harus 1 sampai {max} tempat.</translation>
    </message>
    <message>
      <source>There is no training {id}.</source>
      <translation>Pelatihan {id} tidak ada.</translation>
    </message>
    <message>
      <source>Government office</source>
      <translation>Instansi pemerintah</translation>
    </message>
    <message>
      <source>NGO</source>
      <translation>LSM</translation>
    </message>
    <message>
      <source>The cooperative</source>
      <translation>Koperasi</translation>
    </message>
    <message>
      <source>{count} training(s) of this programme would fall outside its period; move them first.</source>
      <translation>{count} pelatihan dari program ini akan berada di luar periodenya; pindahkan dulu.</translation>
    </message>
    <message>
      <source>Give the topic a name.</source>
      <translation>Isi nama topik.</translation>
    </message>
    <message>
      <source>The topic {name} is already on the list.</source>
      <translation>Topik {name} sudah ada di daftar.</translation>
    </message>
    <message>
      <source>The training date {date} is outside the programme's period.</source>
      <translation>Tanggal pelatihan {date} di luar periode program.</translation>
    </message>
    <message>
      <source>{count} participants are registered already; the capacity cannot be lower.</source>
      <translation>Sudah {count} peserta terdaftar; kapasitas tidak bisa lebih kecil.</translation>
    </message>
    <message>
      <source>{count} of {total}</source>
      <translation>{count} dari {total}</translation>
    </message>
    <message>
      <source>Trainings by programme</source>
      <translation>Pelatihan per program</translation>
    </message>
    <message>
      <source>Trainings</source>
      <translation>Pelatihan</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Peserta</translation>
    </message>
    <message>
      <source>Non-members</source>
      <translation>Bukan anggota</translation>
    </message>
    <message>
      <source>Women</source>
      <translation>Perempuan</translation>
    </message>
    <message>
      <source>Completion rate</source>
      <translation>Tingkat kelulusan</translation>
    </message>
    <message>
      <source>Began selling ({months} mo.)</source>
      <translation>Mulai berjualan ({months} bln)</translation>
    </message>
    <message>
      <source>Took a loan ({months} mo.)</source>
      <translation>Mengambil pinjaman ({months} bln)</translation>
    </message>
    <message>
      <source>Raised savings ({months} mo.)</source>
      <translation>Simpanan naik ({months} bln)</translation>
    </message>
    <message>
      <source>Participants: distinct people registered for the programme's trainings dated in the period, members and non-members.</source>
      <translation>Peserta: jumlah orang berbeda yang terdaftar di pelatihan program dalam periode, anggota dan bukan anggota.</translation>
    </message>
    <message>
      <source>Women heads of household: registered women marked as head of household.</source>
      <translation>Perempuan kepala keluarga: peserta perempuan terdaftar yang tercatat sebagai kepala keluarga.</translation>
    </message>
    <message>
      <source>Completion rate: registrations completed ÷ registrations.</source>
      <translation>Tingkat kelulusan: pendaftaran yang selesai ÷ seluruh pendaftaran.</translation>
    </message>
    <message>
      <source>After 6 / 12 months: for members who attended a training of the programme in the period, counted from the first such training. Began selling: a consignment sale of her goods within the months after and none before. Took a loan: a loan disbursed within the months after. Raised savings: pokok + wajib + sukarela higher at the end of the months than on the training day. "of N": members whose 6 or 12 months have passed by the day of this report.</source>
      <translation>Setelah 6 / 12 bulan: untuk anggota yang hadir di pelatihan program dalam periode, dihitung dari pelatihan pertamanya. Mulai berjualan: ada penjualan titipan barangnya dalam bulan-bulan sesudahnya dan tidak ada sebelumnya. Mengambil pinjaman: ada pinjaman dicairkan dalam bulan-bulan sesudahnya. Simpanan naik: pokok + wajib + sukarela di akhir bulan-bulan itu lebih tinggi daripada pada hari pelatihan. "dari N": anggota yang 6 atau 12 bulannya sudah lewat pada hari laporan ini dibuat.</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Tanda tangan</translation>
    </message>
    <message>
      <source>Notice of the month: {month}</source>
      <translation>Pengumuman bulan {month}</translation>
    </message>
    <message>
      <source>Announcements</source>
      <translation>Pengumuman</translation>
    </message>
    <message>
      <source>No announcements.</source>
      <translation>Tidak ada pengumuman.</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Pertemuan</translation>
    </message>
    <message>
      <source>No meetings planned.</source>
      <translation>Belum ada pertemuan.</translation>
    </message>
    <message>
      <source>No market days planned.</source>
      <translation>Belum ada hari pasar.</translation>
    </message>
    <message>
      <source>No trainings this month.</source>
      <translation>Tidak ada pelatihan bulan ini.</translation>
    </message>
    <message>
      <source>Nothing else.</source>
      <translation>Tidak ada acara lain.</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Topik</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Tempat</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>Pelatih</translation>
    </message>
    <message>
      <source>({free} places free)</source>
      <translation>(sisa {free} tempat)</translation>
    </message>
    <message>
      <source>(not a member)</source>
      <translation>(bukan anggota)</translation>
    </message>
    <message>
      <source>Ask at the kiosk or the treasurer to register.</source>
      <translation>Untuk mendaftar, tanyakan di kios atau kepada bendahara.</translation>
    </message>
    <message>
      <source>Trainer signature</source>
      <translation>Tanda tangan pelatih</translation>
    </message>
    <message>
      <source>Attendance list: {title}</source>
      <translation>Daftar hadir: {title}</translation>
    </message>
    <message>
      <source>Register a participant</source>
      <translation>Daftarkan peserta</translation>
    </message>
    <message>
      <source>A member</source>
      <translation>Anggota</translation>
    </message>
    <message>
      <source>Not a member (family, neighbour)</source>
      <translation>Bukan anggota (keluarga, tetangga)</translation>
    </message>
    <message>
      <source>Woman</source>
      <translation>Perempuan</translation>
    </message>
    <message>
      <source>for example: daughter of member 0012</source>
      <translation>misalnya: anak anggota 0012</translation>
    </message>
    <message>
      <source>Attendance of {name}</source>
      <translation>Kehadiran {name}</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>Hadir</translation>
    </message>
    <message>
      <source>Completed the training</source>
      <translation>Menyelesaikan pelatihan</translation>
    </message>
    <message>
      <source>Certificate number</source>
      <translation>Nomor sertifikat</translation>
    </message>
    <message>
      <source>New calendar event</source>
      <translation>Acara kalender baru</translation>
    </message>
    <message>
      <source>Edit programme</source>
      <translation>Ubah program</translation>
    </message>
    <message>
      <source>New programme</source>
      <translation>Program baru</translation>
    </message>
    <message>
      <source>Organised by</source>
      <translation>Penyelenggara</translation>
    </message>
    <message>
      <source>Organiser's name</source>
      <translation>Nama penyelenggara</translation>
    </message>
    <message>
      <source>Funder</source>
      <translation>Penyandang dana</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Mulai</translation>
    </message>
    <message>
      <source>Ends (empty: open)</source>
      <translation>Berakhir (kosong: terbuka)</translation>
    </message>
    <message>
      <source>Edit training</source>
      <translation>Ubah pelatihan</translation>
    </message>
    <message>
      <source>New training</source>
      <translation>Pelatihan baru</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Judul</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>Kapasitas</translation>
    </message>
    <message>
      <source>Who she is</source>
      <translation>Hubungan dengan koperasi</translation>
    </message>
    <message>
      <source>Edit announcement</source>
      <translation>Ubah pengumuman</translation>
    </message>
    <message>
      <source>New announcement</source>
      <translation>Pengumuman baru</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Isi</translation>
    </message>
    <message>
      <source>Shown from</source>
      <translation>Tampil mulai</translation>
    </message>
    <message>
      <source>Shown until</source>
      <translation>Tampil sampai</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Jam</translation>
    </message>
    <message>
      <source>Choose a member by number or name.</source>
      <translation>Pilih anggota menurut nomor atau nama.</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Berakhir</translation>
    </message>
    <message>
      <source>Free places</source>
      <translation>Sisa tempat</translation>
    </message>
    <message>
      <source>Requests</source>
      <translation>Permintaan</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Selesai</translation>
    </message>
    <message>
      <source>Asked on</source>
      <translation>Diminta tanggal</translation>
    </message>
    <message>
      <source>Training date</source>
      <translation>Tanggal pelatihan</translation>
    </message>
    <message>
      <source>Posted by</source>
      <translation>Dipasang oleh</translation>
    </message>
    <message>
      <source>Programmes and trainings</source>
      <translation>Program dan pelatihan</translation>
    </message>
    <message>
      <source>Kiosk requests</source>
      <translation>Permintaan dari kios</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>Kalender</translation>
    </message>
    <message>
      <source>Attendance list</source>
      <translation>Daftar hadir</translation>
    </message>
    <message>
      <source>Record attendance</source>
      <translation>Catat kehadiran</translation>
    </message>
    <message>
      <source>Cancel registration</source>
      <translation>Batalkan pendaftaran</translation>
    </message>
    <message>
      <source>Decline…</source>
      <translation>Tolak…</translation>
    </message>
    <message>
      <source>{count} request(s) from the kiosk wait for the board.</source>
      <translation>{count} permintaan dari kios menunggu pengurus.</translation>
    </message>
    <message>
      <source>Decline the request</source>
      <translation>Tolak permintaan</translation>
    </message>
    <message>
      <source>Why? The member sees this at the kiosk.</source>
      <translation>Alasannya? Anggota melihatnya di kios.</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Add event</source>
      <translation>Tambah acara</translation>
    </message>
    <message>
      <source>Remove event</source>
      <translation>Hapus acara</translation>
    </message>
    <message>
      <source>Notice of the month</source>
      <translation>Pengumuman bulanan</translation>
    </message>
    <message>
      <source>Announcements are shown at the kiosk between their dates, to everyone, before any PIN.</source>
      <translation>Pengumuman tampil di kios di antara tanggalnya, untuk semua orang, sebelum PIN.</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Bulan</translation>
    </message>
    <message>
      <source>Choose an event the board planned; trainings and market days opened for sales are changed where they are kept.</source>
      <translation>Pilih acara yang direncanakan pengurus; pelatihan dan hari pasar yang sudah dibuka untuk penjualan diubah di tempatnya masing-masing.</translation>
    </message>
    <message>
      <source>Not possible</source>
      <translation>Tidak bisa</translation>
    </message>
    <message>
      <source>What is coming</source>
      <translation>Info kegiatan</translation>
    </message>
    <message>
      <source>Loans explained</source>
      <translation>Penjelasan pinjaman</translation>
    </message>
    <message>
      <source>My trainings</source>
      <translation>Pelatihan saya</translation>
    </message>
    <message>
      <source>Trainings open for registration</source>
      <translation>Pelatihan yang masih menerima pendaftaran</translation>
    </message>
    <message>
      <source>No trainings open now.</source>
      <translation>Belum ada pelatihan yang dibuka.</translation>
    </message>
    <message>
      <source>Next market days</source>
      <translation>Hari pasar berikutnya</translation>
    </message>
    <message>
      <source>To join a training, check your balance with your PIN and choose "My trainings".</source>
      <translation>Untuk ikut pelatihan, cek saldo dengan PIN Anda lalu pilih "Pelatihan saya".</translation>
    </message>
    <message>
      <source>Calculate</source>
      <translation>Hitung</translation>
    </message>
    <message>
      <source>My trainings and certificates</source>
      <translation>Pelatihan dan sertifikat saya</translation>
    </message>
    <message>
      <source>You have not joined a training yet.</source>
      <translation>Anda belum pernah ikut pelatihan.</translation>
    </message>
    <message>
      <source>Your request is sent. The board will decide; you will see the answer here.</source>
      <translation>Permintaan Anda terkirim. Pengurus akan memutuskan; jawabannya tampil di sini.</translation>
    </message>
    <message>
      <source>Looking costs nothing and commits you to nothing. To apply, talk to the treasurer.</source>
      <translation>Melihat-lihat tidak ada biayanya dan tidak mengikat. Untuk mengajukan, bicaralah dengan bendahara.</translation>
    </message>
    <message>
      <source>Try it yourself</source>
      <translation>Coba hitung sendiri</translation>
    </message>
    <message>
      <source>months</source>
      <translation>bulan</translation>
    </message>
    <message>
      <source>The cooperative offers no loans at the moment.</source>
      <translation>Saat ini koperasi belum menawarkan pinjaman.</translation>
    </message>
    <message>
      <source>Ask to join</source>
      <translation>Minta ikut</translation>
    </message>
    <message>
      <source>certificate {number}</source>
      <translation>sertifikat {number}</translation>
    </message>
    <message>
      <source>Not attended</source>
      <translation>Tidak hadir</translation>
    </message>
    <message>
      <source>Waiting for the board</source>
      <translation>Menunggu keputusan pengurus</translation>
    </message>
    <message>
      <source>{rate}% per month.</source>
      <translation>Jasa {rate}% per bulan.</translation>
    </message>
    <message>
      <source>For example: </source>
      <translation>Contoh: </translation>
    </message>
    <message>
      <source>programmes</source>
      <translation>program</translation>
    </message>
    <message>
      <source>trainings</source>
      <translation>pelatihan</translation>
    </message>
    <message>
      <source>training registrations</source>
      <translation>pendaftaran pelatihan</translation>
    </message>
    <message>
      <source>business profiles</source>
      <translation>profil usaha</translation>
    </message>
    <message>
      <source>Business profile</source>
      <translation>Profil usaha</translation>
    </message>
    <message>
      <source>for example: snacks, woven bags, tailoring</source>
      <translation>misalnya: makanan ringan, tas anyaman, jahitan</translation>
    </message>
    <message>
      <source>Edit business…</source>
      <translation>Ubah profil usaha…</translation>
    </message>
    <message>
      <source>Kind of business</source>
      <translation>Jenis usaha</translation>
    </message>
    <message>
      <source>Where she sells</source>
      <translation>Tempat berjualan</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Mulai usaha</translation>
    </message>
    <message>
      <source>Consignment products</source>
      <translation>Produk titipan</translation>
    </message>
    <message>
      <source>Not recorded yet</source>
      <translation>Belum dicatat</translation>
    </message>
    <message>
      <source>None in the inventory</source>
      <translation>Tidak ada di persediaan</translation>
    </message>
    <message>
      <source>inactive</source>
      <translation>nonaktif</translation>
    </message>
    <message>
      <source>Business</source>
      <translation>Usaha</translation>
    </message>
    <message>
      <source>Programmes</source>
      <translation>Program &amp; Pelatihan</translation>
    </message>
    <message>
      <source>training participants</source>
      <translation>peserta pelatihan</translation>
    </message>
    <message>
      <source>there is no such training (programme, title and date) in the book or in the Pelatihan sheet</source>
      <translation>tidak ada pelatihan seperti ini (program, judul, dan tanggal) di buku atau di sheet Pelatihan</translation>
    </message>
    <message>
      <source>give the member number, or the name of a non-member participant</source>
      <translation>isi nomor anggota, atau nama peserta bukan anggota</translation>
    </message>
    <message>
      <source>this participant is listed twice for the training</source>
      <translation>peserta ini tercantum dua kali untuk pelatihan yang sama</translation>
    </message>
    <message>
      <source>the training is full ({capacity} places)</source>
      <translation>pelatihan sudah penuh ({capacity} tempat)</translation>
    </message>
    <message>
      <source>the training is on {date}; attendance cannot be recorded yet</source>
      <translation>pelatihan baru berlangsung pada {date}; kehadiran belum bisa dicatat</translation>
    </message>
    <message>
      <source>only someone who attended can complete the training</source>
      <translation>hanya yang hadir yang bisa menyelesaikan pelatihan</translation>
    </message>
    <message>
      <source>a certificate is given only for a completed training</source>
      <translation>sertifikat hanya diberikan untuk pelatihan yang diselesaikan</translation>
    </message>
    <message>
      <source>certificate number {number} is already given</source>
      <translation>nomor sertifikat {number} sudah dipakai</translation>
    </message>
    <message>
      <source>the programme {name} is already in the book or on an earlier row</source>
      <translation>program {name} sudah ada di buku atau di baris sebelumnya</translation>
    </message>
    <message>
      <source>there is no programme {name} in the book or in the Program sheet</source>
      <translation>tidak ada program {name} di buku atau di sheet Program</translation>
    </message>
    <message>
      <source>The topic {name} will be added to the list of training topics.</source>
      <translation>Topik {name} akan ditambahkan ke daftar topik pelatihan.</translation>
    </message>
    <message>
      <source>'{value}' is not an organiser (write Pemerintah, LSM or Koperasi)</source>
      <translation>'{value}' bukan penyelenggara (tulis Pemerintah, LSM, atau Koperasi)</translation>
    </message>
    <message>
      <source>this training is already in the book or on an earlier row</source>
      <translation>pelatihan ini sudah ada di buku atau di baris sebelumnya</translation>
    </message>
    <message>
      <source>member {number} has left the cooperative; list her as a non-member participant</source>
      <translation>anggota {number} sudah keluar dari koperasi; cantumkan sebagai peserta bukan anggota</translation>
    </message>
    <message>
      <source>the programme cannot end before it starts</source>
      <translation>program tidak bisa berakhir sebelum mulai</translation>
    </message>
    <message>
      <source>the training date {date} is outside the programme's period</source>
      <translation>tanggal pelatihan {date} di luar periode program</translation>
    </message>
    <message>
      <source>the capacity must be 1 to {max} places</source>
      <translation>kapasitas harus 1 sampai {max} tempat</translation>
    </message>
  </context>
</TS>
