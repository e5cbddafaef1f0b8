<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>koperasi</name>
    <message>
      <source>Member exit: {name}, savings returned</source>
      <translation>Anggota keluar: {name}, simpanan dikembalikan</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Keluar</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Aktif</translation>
    </message>
    <message>
      <source>Enter a member number.</source>
      <translation>Isi nomor anggota.</translation>
    </message>
    <message>
      <source>Enter the member's name.</source>
      <translation>Isi nama anggota.</translation>
    </message>
    <message>
      <source>Enter the date the member joined.</source>
      <translation>Isi tanggal masuk anggota.</translation>
    </message>
    <message>
      <source>The NIK must be exactly 16 digits (or left empty).</source>
      <translation>NIK harus tepat 16 angka (atau dikosongkan).</translation>
    </message>
    <message>
      <source>Gender must be F (female) or M (male).</source>
      <translation>Jenis kelamin harus P (perempuan) atau L (laki-laki).</translation>
    </message>
    <message>
      <source>The birth date must be before the joining date.</source>
      <translation>Tanggal lahir harus sebelum tanggal masuk.</translation>
    </message>
    <message>
      <source>Choose an existing group.</source>
      <translation>Pilih kelompok yang ada.</translation>
    </message>
    <message>
      <source>Enter the group's name.</source>
      <translation>Isi nama kelompok.</translation>
    </message>
    <message>
      <source>There is already a group called {name}.</source>
      <translation>Sudah ada kelompok bernama {name}.</translation>
    </message>
    <message>
      <source>{name} still owes {loans} on loans but has only {savings} in savings; she must repay at least {rest} before leaving.</source>
      <translation>{name} masih punya sisa pinjaman {loans}, sedangkan simpanannya hanya {savings}; ia harus membayar paling sedikit {rest} sebelum keluar.</translation>
    </message>
    <message>
      <source>Member number {number} is already taken; choose another.</source>
      <translation>Nomor anggota {number} sudah dipakai; pilih nomor lain.</translation>
    </message>
    <message>
      <source>That group no longer exists.</source>
      <translation>Kelompok itu sudah tidak ada.</translation>
    </message>
    <message>
      <source>{name} has already left.</source>
      <translation>{name} sudah keluar.</translation>
    </message>
    <message>
      <source>The exit date cannot be before the joining date.</source>
      <translation>Tanggal keluar tidak boleh sebelum tanggal masuk.</translation>
    </message>
    <message>
      <source>Entry {id} is not a savings deposit or withdrawal.</source>
      <translation>Transaksi {id} bukan setoran atau penarikan simpanan.</translation>
    </message>
    <message>
      <source>Deposit {type}</source>
      <translation>Setoran {type}</translation>
    </message>
    <message>
      <source>Withdrawal {type}</source>
      <translation>Penarikan {type}</translation>
    </message>
    <message>
      <source>{name} has left the cooperative; deposits are no longer possible.</source>
      <translation>{name} sudah keluar dari koperasi; setoran tidak bisa dicatat lagi.</translation>
    </message>
    <message>
      <source>{name} joined on {date}; choose a date on or after it.</source>
      <translation>{name} masuk pada {date}; pilih tanggal itu atau sesudahnya.</translation>
    </message>
    <message>
      <source>Enter an amount above zero.</source>
      <translation>Isi jumlah lebih dari nol.</translation>
    </message>
    <message>
      <source>{name} has only {available} in Simpanan Sukarela; withdraw at most that.</source>
      <translation>Simpanan Sukarela {name} hanya {available}; tarik paling banyak sejumlah itu.</translation>
    </message>
    <message>
      <source>Only wajib can be paid for several months at once.</source>
      <translation>Hanya simpanan wajib yang bisa dibayar untuk beberapa bulan sekaligus.</translation>
    </message>
    <message>
      <source>Pay at least one month.</source>
      <translation>Bayar paling sedikit satu bulan.</translation>
    </message>
    <message>
      <source>{name} has already paid Simpanan Pokok; it is paid only once.</source>
      <translation>{name} sudah membayar Simpanan Pokok; simpanan pokok hanya dibayar sekali.</translation>
    </message>
    <message>
      <source>Simpanan Pokok is {amount}; enter exactly that amount.</source>
      <translation>Simpanan Pokok sebesar {amount}; isi tepat sejumlah itu.</translation>
    </message>
    <message>
      <source>This deposit has already been withdrawn; the savings would go below zero. Reverse the withdrawal first.</source>
      <translation>Setoran ini sudah ditarik; simpanan akan menjadi minus. Batalkan dulu penarikannya.</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Kelompok</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>No. HP</translation>
    </message>
    <message>
      <source>Outstanding loan</source>
      <translation>Sisa pinjaman</translation>
    </message>
    <message>
      <source>Wajib arrears</source>
      <translation>Tunggakan wajib</translation>
    </message>
    <message>
      <source>Search number, name or phone</source>
      <translation>Cari nomor, nama atau no. HP</translation>
    </message>
    <message>
      <source>In arrears only</source>
      <translation>Hanya yang menunggak</translation>
    </message>
    <message>
      <source>New member…</source>
      <translation>Anggota baru…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Ubah…</translation>
    </message>
    <message>
      <source>Details…</source>
      <translation>Rincian…</translation>
    </message>
    <message>
      <source>Groups…</source>
      <translation>Kelompok…</translation>
    </message>
    <message>
      <source>All groups</source>
      <translation>Semua kelompok</translation>
    </message>
    <message>
      <source>{n} members</source>
      <translation>{n} anggota</translation>
    </message>
    <message>
      <source>Active members</source>
      <translation>Anggota aktif</translation>
    </message>
    <message>
      <source>Members who left</source>
      <translation>Anggota keluar</translation>
    </message>
    <message>
      <source>All members</source>
      <translation>Semua anggota</translation>
    </message>
    <message>
      <source>Receipt no.</source>
      <translation>No. Kwitansi</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Keterangan</translation>
    </message>
    <message>
      <source> month(s)</source>
      <translation> bulan</translation>
    </message>
    <message>
      <source>Post (Enter)</source>
      <translation>Simpan (Enter)</translation>
    </message>
    <message>
      <source>Print receipt</source>
      <translation>Cetak kwitansi</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Anggota</translation>
    </message>
    <message>
      <source>Transaction</source>
      <translation>Transaksi</translation>
    </message>
    <message>
      <source>Months of wajib</source>
      <translation>Jumlah bulan wajib</translation>
    </message>
    <message>
      <source>Record a deposit or withdrawal</source>
      <translation>Catat setoran atau penarikan</translation>
    </message>
    <message>
      <source>No member chosen</source>
      <translation>Belum ada anggota dipilih</translation>
    </message>
    <message>
      <source>Member balances</source>
      <translation>Saldo anggota</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Kwitansi</translation>
    </message>
    <message>
      <source>Posted receipt no. {id}: {name}, {what} {amount}.</source>
      <translation>Tercatat kwitansi no. {id}: {name}, {what} {amount}.</translation>
    </message>
    <message>
      <source>Deposit Simpanan Wajib</source>
      <translation>Setor Simpanan Wajib</translation>
    </message>
    <message>
      <source>Deposit Simpanan Sukarela</source>
      <translation>Setor Simpanan Sukarela</translation>
    </message>
    <message>
      <source>Deposit Simpanan Pokok</source>
      <translation>Setor Simpanan Pokok</translation>
    </message>
    <message>
      <source>Withdraw Simpanan Sukarela</source>
      <translation>Tarik Simpanan Sukarela</translation>
    </message>
    <message>
      <source>No active member matches '{text}'.</source>
      <translation>Tidak ada anggota aktif yang cocok dengan '{text}'.</translation>
    </message>
    <message>
      <source>Choose a member first (type her number or name).</source>
      <translation>Pilih anggota dulu (ketik nomor atau namanya).</translation>
    </message>
    <message>
      <source>Recent postings</source>
      <translation>Transaksi terakhir</translation>
    </message>
    <message>
      <source>Savings entry</source>
      <translation>Pencatatan simpanan</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Saldo</translation>
    </message>
    <message>
      <source>Disbursed</source>
      <translation>Tanggal cair</translation>
    </message>
    <message>
      <source>Principal</source>
      <translation>Pokok pinjaman</translation>
    </message>
    <message>
      <source>Outstanding</source>
      <translation>Sisa pinjaman</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Data diri</translation>
    </message>
    <message>
      <source>Balances</source>
      <translation>Saldo</translation>
    </message>
    <message>
      <source>Savings movements</source>
      <translation>Mutasi simpanan</translation>
    </message>
    <message>
      <source>Reverse movement…</source>
      <translation>Batalkan mutasi…</translation>
    </message>
    <message>
      <source>Member exit…</source>
      <translation>Anggota keluar…</translation>
    </message>
    <message>
      <source>Left on {date}</source>
      <translation>Keluar pada {date}</translation>
    </message>
    <message>
      <source>NIK</source>
      <translation>NIK</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Jenis kelamin</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation>Tanggal lahir</translation>
    </message>
    <message>
      <source>Join date</source>
      <translation>Tanggal masuk</translation>
    </message>
    <message>
      <source>Head of household</source>
      <translation>Kepala keluarga</translation>
    </message>
    <message>
      <source>Select a deposit or withdrawal first.</source>
      <translation>Pilih dulu sebuah setoran atau penarikan.</translation>
    </message>
    <message>
      <source>Outstanding loans</source>
      <translation>Sisa pinjaman</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Laki-laki</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Perempuan</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ya</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Tidak</translation>
    </message>
    <message>
      <source>16 digits</source>
      <translation>16 angka</translation>
    </message>
    <message>
      <source>(no group)</source>
      <translation>(tanpa kelompok)</translation>
    </message>
    <message>
      <source>Member groups</source>
      <translation>Kelompok anggota</translation>
    </message>
    <message>
      <source>Add group…</source>
      <translation>Tambah kelompok…</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Ganti nama…</translation>
    </message>
    <message>
      <source>Add group</source>
      <translation>Tambah kelompok</translation>
    </message>
    <message>
      <source>Group name</source>
      <translation>Nama kelompok</translation>
    </message>
    <message>
      <source>Rename group</source>
      <translation>Ganti nama kelompok</translation>
    </message>
    <message>
      <source>Edit member</source>
      <translation>Ubah data anggota</translation>
    </message>
    <message>
      <source>New member</source>
      <translation>Anggota baru</translation>
    </message>
    <message>
      <source>{name} ({n} members)</source>
      <translation>{name} ({n} anggota)</translation>
    </message>
    <message>
      <source>Exit date</source>
      <translation>Tanggal keluar</translation>
    </message>
    <message>
      <source>Less outstanding loans</source>
      <translation>Dikurangi sisa pinjaman</translation>
    </message>
    <message>
      <source>Cash paid to the member</source>
      <translation>Uang tunai yang diterima anggota</translation>
    </message>
    <message>
      <source>Confirm exit</source>
      <translation>Ya, anggota keluar</translation>
    </message>
    <message>
      <source>{name} leaves the cooperative. Her savings are paid back in one entry; this cannot be undone.</source>
      <translation>{name} keluar dari koperasi. Simpanannya dikembalikan dalam satu transaksi; ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
      <source>Loans exceed savings: she must repay the difference before leaving.</source>
      <translation>Pinjaman melebihi simpanan: selisihnya harus dibayar dulu sebelum keluar.</translation>
    </message>
    <message>
      <source>Reverse entry</source>
      <translation>Batalkan transaksi</translation>
    </message>
    <message>
      <source>Why is entry {id} being reversed? The reversal is dated today.</source>
      <translation>Mengapa transaksi {id} dibatalkan? Pembatalan bertanggal hari ini.</translation>
    </message>
    <message>
      <source>Not reversed</source>
      <translation>Tidak dibatalkan</translation>
    </message>
    <message>
      <source>Paid out by</source>
      <translation>Dibayarkan oleh</translation>
    </message>
    <message>
      <source>Received by</source>
      <translation>Diterima oleh</translation>
    </message>
    <message>
      <source>Paid by</source>
      <translation>Disetor oleh</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Untuk</translation>
    </message>
    <message>
      <source>In words</source>
      <translation>Terbilang</translation>
    </message>
    <message>
      <source>RECEIPT</source>
      <translation>KWITANSI</translation>
    </message>
    <message>
      <source>Treasurer</source>
      <translation>Bendahara</translation>
    </message>
    <message>
      <source>Pokok</source>
      <translation>Pokok</translation>
    </message>
    <message>
      <source>Wajib</source>
      <translation>Wajib</translation>
    </message>
    <message>
      <source>Sukarela</source>
      <translation>Sukarela</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Savings passbook</source>
      <translation>Buku Simpanan</translation>
    </message>
    <message>
      <source>Joined</source>
      <translation>Tanggal masuk</translation>
    </message>
    <message>
      <source>Printed on</source>
      <translation>Dicetak tanggal</translation>
    </message>
    <message>
      <source>Member number or name</source>
      <translation>Nomor atau nama anggota</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Cetak…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
      <source>This exit also paid off loans, so it cannot be reversed; register the member again and record her savings instead.</source>
      <translation>Keluarnya anggota ini juga melunasi pinjaman, jadi tidak dapat dibatalkan; daftarkan kembali anggota tersebut dan catat simpanannya.</translation>
    </message>
  </context>
</TS>
