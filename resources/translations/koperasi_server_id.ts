<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>koperasi</name>
    <message>
      <source>Copied {rows} rows from {source} to {destination}.</source>
      <translation>{rows} baris disalin dari {source} ke {destination}.</translation>
    </message>
    <message>
      <source>the book file (default: in the user data folder), or a server book postgresql://user@host:port/dbname</source>
      <translation>berkas buku (bawaan: di folder data pengguna), atau buku server postgresql://user@host:port/dbname</translation>
    </message>
    <message>
      <source>copy a whole book to a new file or an empty server database</source>
      <translation>salin seluruh buku ke berkas baru atau ke basis data server yang kosong</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Salin</translation>
    </message>
    <message>
      <source>There is no book in the database {url}.</source>
      <translation>Tidak ada buku di basis data {url}.</translation>
    </message>
    <message>
      <source>The database {url} is not empty. A new book needs a new, empty database.</source>
      <translation>Basis data {url} tidak kosong. Buku baru memerlukan basis data baru yang kosong.</translation>
    </message>
    <message>
      <source>Cannot reach the server book {url}: {detail}</source>
      <translation>Buku server {url} tidak dapat dihubungi: {detail}</translation>
    </message>
    <message>
      <source>Do not put the password in the address: keep it in ~/.pgpass or a PostgreSQL service file (see docs/server.md).</source>
      <translation>Jangan menulis kata sandi di alamat: simpan di ~/.pgpass atau berkas layanan PostgreSQL (lihat docs/server.md).</translation>
    </message>
    <message>
      <source>Server books need the PostgreSQL driver. Install it with: {command}</source>
      <translation>Buku server memerlukan driver PostgreSQL. Pasang dengan: {command}</translation>
    </message>
    <message>
      <source>The append-only guard {name} is missing or disabled</source>
      <translation>Pengaman hanya-tambah {name} hilang atau dimatikan</translation>
    </message>
    <message>
      <source>Constraint {name} on table {table} is not validated</source>
      <translation>Batasan {name} pada tabel {table} belum divalidasi</translation>
    </message>
    <message>
      <source>The connection to the server book was lost. Nothing was written; check the network and try again.</source>
      <translation>Sambungan ke buku server terputus. Tidak ada yang tersimpan; periksa jaringan lalu coba lagi.</translation>
    </message>
    <message>
      <source>Copy a book to a new file or an empty database, not onto itself.</source>
      <translation>Salin buku ke berkas baru atau basis data kosong, bukan ke dirinya sendiri.</translation>
    </message>
    <message>
      <source>Open server book</source>
      <translation>Buka buku server</translation>
    </message>
    <message>
      <source>The password is read from the .pgpass file of this computer's user (see docs/server.md); it is never typed or saved here.</source>
      <translation>Kata sandi dibaca dari berkas .pgpass milik pengguna komputer ini (lihat docs/server.md); kata sandi tidak pernah diketik atau disimpan di sini.</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>Basis data</translation>
    </message>
    <message>
      <source>Fill in the server, the database and the user.</source>
      <translation>Isi server, basis data dan pengguna.</translation>
    </message>
    <message>
      <source>Open ser&amp;ver book…</source>
      <translation>Buka buku ser&amp;ver…</translation>
    </message>
    <message>
      <source>The book {url} needs an upgrade that only its owner role may run (see docs/server.md): {detail}</source>
      <translation>Buku {url} perlu diperbarui, dan hanya peran pemiliknya yang boleh melakukannya (lihat docs/server.md): {detail}</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Buka</translation>
    </message>
    <message>
      <source>A server book is restored into a new, empty database, never over the one in use: see docs/server.md (koperasi restore).</source>
      <translation>Buku server dipulihkan ke basis data baru yang kosong, tidak pernah menimpa yang sedang dipakai: lihat docs/server.md (koperasi restore).</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Pulihkan</translation>
    </message>
  </context>
</TS>
