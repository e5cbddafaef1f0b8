<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>koperasi</name>
    <message>
      <source>Enter an amount.</source>
      <translation>Isi jumlahnya.</translation>
    </message>
  </context>
</TS>
