<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <!-- Long work off the screen's thread: progress, cancel, backup and restore. -->
  <context>
    <name>koperasi</name>
    <message>
      <source>Stopping…</source>
      <translation>Menghentikan…</translation>
    </message>
    <message>
      <source>Writing {path}…</source>
      <translation>Menulis {path}…</translation>
    </message>
    <message>
      <source>Copying the book to {path}…</source>
      <translation>Menyalin buku ke {path}…</translation>
    </message>
    <message>
      <source>Checking {source}…</source>
      <translation>Memeriksa {source}…</translation>
    </message>
    <message>
      <source>Replacing the book with {source}…</source>
      <translation>Mengganti buku dengan {source}…</translation>
    </message>
    <message>
      <source>The window cannot open: this computer lacks libraries Qt needs for X11 windows. Install them with:
  sudo apt-get install {packages}</source>
      <translation>Jendela tidak dapat dibuka: komputer ini belum punya pustaka yang dibutuhkan Qt untuk jendela X11. Pasang dengan:
  sudo apt-get install {packages}</translation>
    </message>
  </context>
</TS>
