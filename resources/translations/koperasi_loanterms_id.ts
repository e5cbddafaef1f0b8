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
  </context>
</TS>
