<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <!-- Reports built and drawn off the screen's thread; what a finished save says. -->
  <context>
    <name>koperasi</name>
    <message>
      <source>{n} rows written.</source>
      <translation>{n} baris ditulis.</translation>
    </message>
    <message>
      <source>The book was backed up.</source>
      <translation>Buku sudah dicadangkan.</translation>
    </message>
    <message>
      <source>The replaced book was kept as a backup.</source>
      <translation>Buku yang diganti disimpan sebagai cadangan.</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Halaman {page} dari {pages}</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>Mencetak…</translation>
    </message>
    <message>
      <source>Sent to the printer.</source>
      <translation>Sudah dikirim ke printer.</translation>
    </message>
    <message>
      <source>The printer could not be started.</source>
      <translation>Printer tidak dapat dimulai.</translation>
    </message>
    <message>
      <source>Preparing the report…</source>
      <translation>Menyiapkan laporan…</translation>
    </message>
    <message>
      <source>the PDF could not be written</source>
      <translation>PDF tidak dapat ditulis</translation>
    </message>
    <message>
      <source>Computing the SHU of {year}…</source>
      <translation>Menghitung SHU {year}…</translation>
    </message>
    <message>
      <source>Posting the SHU of {year}…</source>
      <translation>Membukukan SHU {year}…</translation>
    </message>
  </context>
</TS>
