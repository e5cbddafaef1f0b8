<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>koperasi</name>
    <message>
      <source>Product {code} has negative stock: {stock}</source>
      <translation>Stok produk {code} minus: {stock}</translation>
    </message>
    <message>
      <source>Persediaan (1301) is {booked} but the coop's stock at cost is {held}</source>
      <translation>Persediaan (1301) tercatat {booked} tetapi stok milik koperasi menurut harga pokok {held}</translation>
    </message>
    <message>
      <source>There is no product {id}.</source>
      <translation>Produk {id} tidak ada.</translation>
    </message>
    <message>
      <source>There is no member with number {number}.</source>
      <translation>Tidak ada anggota dengan nomor {number}.</translation>
    </message>
    <message>
      <source>Member {number} has left the cooperative; she cannot own products.</source>
      <translation>Anggota {number} sudah keluar dari koperasi; ia tidak bisa menjadi pemilik produk.</translation>
    </message>
    <message>
      <source>Give the product a code.</source>
      <translation>Isi kode produk.</translation>
    </message>
    <message>
      <source>Give the product a name.</source>
      <translation>Isi nama produk.</translation>
    </message>
    <message>
      <source>Product code {code} is already used; choose another.</source>
      <translation>Kode produk {code} sudah dipakai; pilih kode lain.</translation>
    </message>
    <message>
      <source>Prices cannot be negative.</source>
      <translation>Harga tidak boleh minus.</translation>
    </message>
    <message>
      <source>The minimum stock cannot be negative.</source>
      <translation>Stok minimum tidak boleh minus.</translation>
    </message>
    <message>
      <source>The commission must be between 0 and 100%.</source>
      <translation>Komisi harus antara 0 dan 100%.</translation>
    </message>
    <message>
      <source>Entry {id} has no stock movements to undo; correct the cost price instead.</source>
      <translation>Jurnal {id} tidak punya mutasi stok untuk dibatalkan; perbaiki harga pokoknya saja.</translation>
    </message>
    <message>
      <source>The owner of a product with stock history cannot change; create a new product instead.</source>
      <translation>Pemilik produk yang sudah punya riwayat stok tidak bisa diganti; buat produk baru saja.</translation>
    </message>
    <message>
      <source>Give a reason for the stock adjustment.</source>
      <translation>Isi alasan penyesuaian stok.</translation>
    </message>
    <message>
      <source>An adjustment must change the stock.</source>
      <translation>Penyesuaian harus mengubah jumlah stok.</translation>
    </message>
    <message>
      <source>The sale price must be above zero.</source>
      <translation>Harga jual harus lebih dari nol.</translation>
    </message>
    <message>
      <source>Only {available} {unit} of {name} in stock on {date}; cannot take out {quantity}.</source>
      <translation>Stok {name} pada {date} hanya {available} {unit}; tidak bisa mengeluarkan {quantity}.</translation>
    </message>
    <message>
      <source>The quantity must be a whole number above zero.</source>
      <translation>Jumlah harus bilangan bulat lebih dari nol.</translation>
    </message>
    <message>
      <source>Product {code} is no longer active.</source>
      <translation>Produk {code} sudah tidak aktif.</translation>
    </message>
    <message>
      <source>A counted quantity must be zero or more.</source>
      <translation>Jumlah hasil hitung harus nol atau lebih.</translation>
    </message>
    <message>
      <source>Stock count: counted {counted}, expected {expected}</source>
      <translation>Stok opname: terhitung {counted}, menurut buku {expected}</translation>
    </message>
    <message>
      <source>Reversing entry {id} would take the stock of {name} below zero.</source>
      <translation>Membatalkan jurnal {id} akan membuat stok {name} minus.</translation>
    </message>
    <message>
      <source>Sale of {quantity} {unit} {name}</source>
      <translation>Penjualan {quantity} {unit} {name}</translation>
    </message>
    <message>
      <source>Opening stock: {quantity} {unit} {name}</source>
      <translation>Stok awal: {quantity} {unit} {name}</translation>
    </message>
    <message>
      <source>Purchase: {quantity} {unit} {name}</source>
      <translation>Pembelian: {quantity} {unit} {name}</translation>
    </message>
    <message>
      <source>Stock adjustment of {name}: {reason}</source>
      <translation>Penyesuaian stok {name}: {reason}</translation>
    </message>
    <message>
      <source>Cost price of {name} changed from {old} to {new}</source>
      <translation>Harga pokok {name} berubah dari {old} menjadi {new}</translation>
    </message>
    <message>
      <source>There is no market day {id}.</source>
      <translation>Hari pasar {id} tidak ada.</translation>
    </message>
    <message>
      <source>Give the name of the market or event.</source>
      <translation>Isi nama pasar atau acara.</translation>
    </message>
    <message>
      <source>Give the date of the sale.</source>
      <translation>Isi tanggal penjualan.</translation>
    </message>
    <message>
      <source>This market day is already closed.</source>
      <translation>Hari pasar ini sudah ditutup.</translation>
    </message>
    <message>
      <source>The market day at {market} on {date} is closed; open a new one to sell.</source>
      <translation>Hari pasar di {market} tanggal {date} sudah ditutup; buka hari pasar baru untuk berjualan.</translation>
    </message>
    <message>
      <source>Consignment settlement paid in cash to member {number}</source>
      <translation>Pembayaran hasil titipan tunai kepada anggota {number}</translation>
    </message>
    <message>
      <source>Consignment settlement to the voluntary savings of member {number}</source>
      <translation>Pembayaran hasil titipan ke simpanan sukarela anggota {number}</translation>
    </message>
    <message>
      <source>Choose cash or voluntary savings.</source>
      <translation>Pilih tunai atau simpanan sukarela.</translation>
    </message>
    <message>
      <source>The amount to settle must be above zero.</source>
      <translation>Jumlah yang dibayarkan harus lebih dari nol.</translation>
    </message>
    <message>
      <source>{name} is owed only {owed}; you cannot settle {amount}.</source>
      <translation>Hak {name} hanya {owed}; tidak bisa membayar {amount}.</translation>
    </message>
    <message>
      <source>Member {number} has left; pay her in cash instead.</source>
      <translation>Anggota {number} sudah keluar; bayarkan secara tunai.</translation>
    </message>
    <message>
      <source>Inventory and market days</source>
      <translation>Persediaan dan hari pasar</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Satuan</translation>
    </message>
    <message>
      <source>Sale price</source>
      <translation>Harga jual</translation>
    </message>
    <message>
      <source>Cost price</source>
      <translation>Harga pokok</translation>
    </message>
    <message>
      <source>Minimum</source>
      <translation>Minimum</translation>
    </message>
    <message>
      <source>Search code or name</source>
      <translation>Cari kode atau nama</translation>
    </message>
    <message>
      <source>Low stock only</source>
      <translation>Hanya stok menipis</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Ubah</translation>
    </message>
    <message>
      <source>Receive / adjust stock</source>
      <translation>Terima / sesuaikan stok</translation>
    </message>
    <message>
      <source>Stock count</source>
      <translation>Stok opname</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>Semua kategori</translation>
    </message>
    <message>
      <source>Market</source>
      <translation>Pasar</translation>
    </message>
    <message>
      <source>Market or event name</source>
      <translation>Nama pasar atau acara</translation>
    </message>
    <message>
      <source>Open market day</source>
      <translation>Buka hari pasar</translation>
    </message>
    <message>
      <source>Sales form</source>
      <translation>Catat penjualan</translation>
    </message>
    <message>
      <source>Products</source>
      <translation>Produk</translation>
    </message>
    <message>
      <source>Owed</source>
      <translation>Hak produsen</translation>
    </message>
    <message>
      <source>Search member number or name</source>
      <translation>Cari nomor atau nama anggota</translation>
    </message>
    <message>
      <source>Statement and settlement</source>
      <translation>Nota dan pembayaran</translation>
    </message>
    <message>
      <source>Owed to producers: {amount}</source>
      <translation>Utang kepada produsen: {amount}</translation>
    </message>
    <message>
      <source>Sold by</source>
      <translation>Kelompok</translation>
    </message>
    <message>
      <source>Commission</source>
      <translation>Komisi</translation>
    </message>
    <message>
      <source>All markets</source>
      <translation>Semua pasar</translation>
    </message>
    <message>
      <source>Total: {quantity} items, {amount}, commission {commission}</source>
      <translation>Total: {quantity} barang, {amount}, komisi {commission}</translation>
    </message>
    <message>
      <source>Cooperative's own stock at cost: {value}</source>
      <translation>Stok milik koperasi menurut harga pokok: {value}</translation>
    </message>
    <message>
      <source>Market days</source>
      <translation>Hari pasar</translation>
    </message>
    <message>
      <source>Producers</source>
      <translation>Produsen</translation>
    </message>
    <message>
      <source>Sales reports</source>
      <translation>Laporan penjualan</translation>
    </message>
    <message>
      <source>All owners</source>
      <translation>Semua pemilik</translation>
    </message>
    <message>
      <source>Consignment</source>
      <translation>Titipan (konsinyasi)</translation>
    </message>
    <message>
      <source>{n} products at or below their minimum stock: {codes}</source>
      <translation>{n} produk pada atau di bawah stok minimum: {codes}</translation>
    </message>
    <message>
      <source>Producer</source>
      <translation>Produsen</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Hari</translation>
    </message>
    <message>
      <source>Group by</source>
      <translation>Kelompokkan per</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Harga</translation>
    </message>
    <message>
      <source>Product code or name</source>
      <translation>Kode atau nama produk</translation>
    </message>
    <message>
      <source>Record sale</source>
      <translation>Catat penjualan</translation>
    </message>
    <message>
      <source>Back to market days</source>
      <translation>Kembali ke daftar hari pasar</translation>
    </message>
    <message>
      <source>Cancel selected sale</source>
      <translation>Batalkan penjualan terpilih</translation>
    </message>
    <message>
      <source>Close market day</source>
      <translation>Tutup hari pasar</translation>
    </message>
    <message>
      <source>open</source>
      <translation>buka</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>tutup</translation>
    </message>
    <message>
      <source>{items} items sold · cash taken {cash}</source>
      <translation>{items} barang terjual · kas diterima {cash}</translation>
    </message>
    <message>
      <source>Sold {quantity} {unit} {name} for {amount}. {left} left.</source>
      <translation>Terjual {quantity} {unit} {name} seharga {amount}. Sisa {left}.</translation>
    </message>
    <message>
      <source>Cancel sale</source>
      <translation>Batalkan penjualan</translation>
    </message>
    <message>
      <source>Why is this sale cancelled? The goods go back into stock.</source>
      <translation>Mengapa penjualan ini dibatalkan? Barang kembali ke stok.</translation>
    </message>
    <message>
      <source>Close this market day? No more sales can be recorded on it.</source>
      <translation>Tutup hari pasar ini? Setelah ditutup tidak bisa mencatat penjualan lagi.</translation>
    </message>
    <message>
      <source>Market day summary</source>
      <translation>Ringkasan hari pasar</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>Harga satuan</translation>
    </message>
    <message>
      <source>{name} · {owner} · in stock: {stock} {unit}</source>
      <translation>{name} · {owner} · stok: {stock} {unit}</translation>
    </message>
    <message>
      <source>Type a product code or name from the list.</source>
      <translation>Ketik kode atau nama produk dari daftar.</translation>
    </message>
    <message>
      <source>Select the sale to cancel first.</source>
      <translation>Pilih dulu penjualan yang akan dibatalkan.</translation>
    </message>
    <message>
      <source>That line is already a return.</source>
      <translation>Baris itu sudah merupakan retur.</translation>
    </message>
    <message>
      <source>Cash taken: {cash}</source>
      <translation>Kas diterima: {cash}</translation>
    </message>
    <message>
      <source>Per product</source>
      <translation>Per produk</translation>
    </message>
    <message>
      <source>Per producer</source>
      <translation>Per produsen</translation>
    </message>
    <message>
      <source>Market day status: {status}</source>
      <translation>Status hari pasar: {status}</translation>
    </message>
    <message>
      <source>The cooperative (own stock)</source>
      <translation>Koperasi (stok sendiri)</translation>
    </message>
    <message>
      <source>A member (consignment)</source>
      <translation>Anggota (titipan/konsinyasi)</translation>
    </message>
    <message>
      <source>Still sold</source>
      <translation>Masih dijual</translation>
    </message>
    <message>
      <source>Minimum stock</source>
      <translation>Stok minimum</translation>
    </message>
    <message>
      <source>Edit product</source>
      <translation>Ubah produk</translation>
    </message>
    <message>
      <source>Choose the member who makes this product.</source>
      <translation>Pilih anggota pembuat produk ini.</translation>
    </message>
    <message>
      <source>Stock of {name}</source>
      <translation>Stok {name}</translation>
    </message>
    <message>
      <source>Received from the producer</source>
      <translation>Diterima dari produsen</translation>
    </message>
    <message>
      <source>Bought (paid from cash)</source>
      <translation>Dibeli (dibayar dari kas)</translation>
    </message>
    <message>
      <source>Reason or supplier</source>
      <translation>Alasan atau pemasok</translation>
    </message>
    <message>
      <source>In stock now</source>
      <translation>Stok sekarang</translation>
    </message>
    <message>
      <source>Movement</source>
      <translation>Mutasi</translation>
    </message>
    <message>
      <source>Reason / note</source>
      <translation>Alasan / catatan</translation>
    </message>
    <message>
      <source>Consignment goods belong to the producer: nothing is posted to the books.</source>
      <translation>Barang titipan milik produsen: tidak ada yang dibukukan.</translation>
    </message>
    <message>
      <source>Opening stock</source>
      <translation>Stok awal</translation>
    </message>
    <message>
      <source>Adjustment: found / extra</source>
      <translation>Penyesuaian: ditemukan / lebih</translation>
    </message>
    <message>
      <source>Adjustment: lost, damaged or taken back</source>
      <translation>Penyesuaian: hilang, rusak atau diambil kembali</translation>
    </message>
    <message>
      <source>Posts {value} at cost: debit {debit}, credit {credit}.</source>
      <translation>Membukukan {value} menurut harga pokok: debit {debit}, kredit {credit}.</translation>
    </message>
    <message>
      <source>Nothing is posted: the product has no cost price.</source>
      <translation>Tidak ada yang dibukukan: produk ini belum punya harga pokok.</translation>
    </message>
    <message>
      <source>In the books</source>
      <translation>Menurut buku</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>Terhitung</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Selisih</translation>
    </message>
    <message>
      <source>Type the quantity found for each product you counted. Products left empty are not changed.</source>
      <translation>Ketik jumlah yang ditemukan untuk setiap produk yang dihitung. Produk yang dikosongkan tidak diubah.</translation>
    </message>
    <message>
      <source>Counted on</source>
      <translation>Tanggal hitung</translation>
    </message>
    <message>
      <source>Type at least one counted quantity.</source>
      <translation>Isi paling sedikit satu jumlah hasil hitung.</translation>
    </message>
    <message>
      <source>since the settlement of {date}</source>
      <translation>sejak pembayaran tanggal {date}</translation>
    </message>
    <message>
      <source>since her first sale</source>
      <translation>sejak penjualan pertamanya</translation>
    </message>
    <message>
      <source>Her share</source>
      <translation>Haknya</translation>
    </message>
    <message>
      <source>Settle {name}</source>
      <translation>Bayar hasil titipan {name}</translation>
    </message>
    <message>
      <source>Pay in cash</source>
      <translation>Bayar tunai</translation>
    </message>
    <message>
      <source>Credit to her voluntary savings</source>
      <translation>Masukkan ke simpanan sukarelanya</translation>
    </message>
    <message>
      <source>Owed now</source>
      <translation>Hak saat ini</translation>
    </message>
    <message>
      <source>Amount to settle</source>
      <translation>Jumlah dibayar</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Cara</translation>
    </message>
    <message>
      <source>Settle</source>
      <translation>Bayar</translation>
    </message>
    <message>
      <source>Print statement</source>
      <translation>Cetak nota</translation>
    </message>
    <message>
      <source>Consignment statement</source>
      <translation>Nota titipan (konsinyasi)</translation>
    </message>
    <message>
      <source>Owed to her now: {amount}</source>
      <translation>Haknya saat ini: {amount}</translation>
    </message>
    <message>
      <source>Adjustment</source>
      <translation>Penyesuaian</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Diterima</translation>
    </message>
    <message>
      <source>Return</source>
      <translation>Retur</translation>
    </message>
    <message>
      <source>Select a product to see its stock card.</source>
      <translation>Pilih produk untuk melihat kartu stoknya.</translation>
    </message>
    <message>
      <source>Stock card of {name}</source>
      <translation>Kartu stok {name}</translation>
    </message>
    <message>
      <source>Sales amount</source>
      <translation>Nilai penjualan</translation>
    </message>
  </context>
</TS>
