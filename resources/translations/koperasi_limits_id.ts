<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>koperasi</name>
    <message>
      <source>{path} is an unfinished book: creating it was interrupted. It holds no data; delete it (with any file beside it whose name starts the same) and try again.</source>
      <translation>{path} adalah buku yang belum selesai: pembuatannya terputus. Buku ini tidak berisi data; hapus file itu (beserta file di sebelahnya yang namanya berawalan sama) lalu coba lagi.</translation>
    </message>
  </context>
</TS>
