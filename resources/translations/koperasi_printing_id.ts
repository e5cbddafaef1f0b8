<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>koperasi</name>
    <message>
      <source>Loan repayment {number}</source>
      <translation>Angsuran pinjaman {number}</translation>
    </message>
    <message>
      <source>Interest</source>
      <translation>Jasa</translation>
    </message>
    <message>
      <source>Principal still owed</source>
      <translation>Sisa pokok pinjaman</translation>
    </message>
    <message>
      <source>Entry {id} is not a loan repayment.</source>
      <translation>Entri {id} bukan angsuran pinjaman.</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Buka folder</translation>
    </message>
    <message>
      <source>Could not write {path}.</source>
      <translation>Tidak dapat menulis {path}.</translation>
    </message>
    <message>
      <source>{n} entries written.</source>
      <translation>{n} entri ditulis.</translation>
    </message>
    <message>
      <source>Print receipt…</source>
      <translation>Cetak kwitansi…</translation>
    </message>
    <message>
      <source>Save receipt as PDF…</source>
      <translation>Simpan kwitansi sebagai PDF…</translation>
    </message>
    <message>
      <source>Repayment posted: receipt no. {number}, {amount}. Give the member her receipt.</source>
      <translation>Angsuran tercatat: kwitansi no. {number}, {amount}. Berikan kwitansi kepada anggota.</translation>
    </message>
    <message>
      <source>write a report to PDF or Excel</source>
      <translation>tulis laporan ke PDF atau Excel</translation>
    </message>
    <message>
      <source>fiscal year (required for shu)</source>
      <translation>tahun buku (wajib untuk shu)</translation>
    </message>
    <message>
      <source>The shu report needs --year.</source>
      <translation>Laporan shu memerlukan --year.</translation>
    </message>
    <message>
      <source>Give either --year or dates, not both.</source>
      <translation>Berikan --year atau tanggal, jangan keduanya.</translation>
    </message>
    <message>
      <source>--as-of and --to name the same day; give one of them.</source>
      <translation>--as-of dan --to menyebut hari yang sama; berikan salah satunya.</translation>
    </message>
  </context>
</TS>
