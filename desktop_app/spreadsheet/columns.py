"""The sheets and columns of the workbook format, with their English aliases.

Headers are matched after normalising: case, spaces and punctuation are ignored, so
`No. Anggota`, `NO ANGGOTA` and `no_anggota` are the same column. The Indonesian name
is what the exporter and the template write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """How a column's cells are read (see values.py) and written (see exporter.py)."""

    TEXT = "text"
    DATE = "date"
    BIRTH_DATE = "birth_date"  # a date that may lie before the book's earliest date
    AMOUNT = "amount"
    QUANTITY = "quantity"
    PERCENT = "percent"
    INTEGER = "integer"
    YES_NO = "yes_no"
    GENDER = "gender"
    SAVINGS_TYPE = "savings_type"
    METHOD = "method"
    STATUS = "status"
    APPLICATION = "application"  # a loan not paid out: applied, approved or rejected


@dataclass(frozen=True)
class Column:
    key: str
    name: str
    alias: str
    kind: Kind = Kind.TEXT
    required: bool = False
    width: int = 14
    other_names: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        return (self.name, self.alias, *self.other_names)


@dataclass(frozen=True)
class SheetSpec:
    key: str
    name: str
    alias: str
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    @property
    def required(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.required)


_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def normalise(text: object) -> str:
    """`No. Anggota` -> `noanggota`: the key headers and sheet names are matched by."""
    return _NON_ALNUM.sub("", str(text).casefold()) if text is not None else ""


def _c(key, name, alias, kind=Kind.TEXT, required=False, width=14, *others) -> Column:
    return Column(key, name, alias, kind, required, width, tuple(others))


K = Kind
MEMBER_NO = ("member_no", "No. Anggota", "Member No", K.TEXT, True, 12,
             "Nomor Anggota", "Member Number", "No Anggota")

MEMBERS = SheetSpec("members", "Anggota", "Members", (
    _c(*MEMBER_NO),
    _c("name", "Nama", "Name", K.TEXT, True, 28, "Nama Anggota"),
    _c("nik", "NIK", "National ID", K.TEXT, False, 18),
    _c("gender", "Jenis Kelamin", "Gender", K.GENDER, False, 8),
    _c("birth_date", "Tanggal Lahir", "Birth Date", K.BIRTH_DATE, False, 12),
    _c("address", "Alamat", "Address", K.TEXT, False, 30),
    _c("phone", "No. HP", "Phone", K.TEXT, False, 15, "Telepon", "No. Telepon"),
    _c("group", "Kelompok", "Group", K.TEXT, False, 16),
    _c("join_date", "Tanggal Masuk", "Join Date", K.DATE, True, 12),
    _c("head_of_household", "Kepala Keluarga", "Head of Household", K.YES_NO, False, 10),
    _c("status", "Status", "Status", K.STATUS, False, 10),
    _c("exit_date", "Tanggal Keluar", "Exit Date", K.DATE, False, 12),
))

SAVINGS = SheetSpec("savings", "Simpanan", "Savings", (
    _c("date", "Tanggal", "Date", K.DATE, True, 12, "Tgl"),
    _c(*MEMBER_NO),
    _c("type", "Jenis", "Type", K.SAVINGS_TYPE, True, 12, "Jenis Simpanan", "Savings Type"),
    _c("deposit", "Setor", "Deposit", K.AMOUNT, False, 14, "Setoran"),
    _c("withdrawal", "Tarik", "Withdrawal", K.AMOUNT, False, 14, "Penarikan"),
    _c("note", "Keterangan", "Note", K.TEXT, False, 30),
))

LOANS = SheetSpec("loans", "Pinjaman", "Loans", (
    _c("loan_no", "No. Pinjaman", "Loan No", K.TEXT, True, 12, "Nomor Pinjaman"),
    _c(*MEMBER_NO),
    # Required, except on an application row (Status Pengajuan filled in; see below).
    _c("disbursed_on", "Tanggal Cair", "Disbursed On", K.DATE, False, 12),
    _c("principal", "Pokok", "Principal", K.AMOUNT, True, 14, "Pokok Pinjaman"),
    _c("rate", "Bunga per Bulan (%)", "Monthly Interest (%)", K.PERCENT, True, 10,
       "Bunga", "Bunga per Bulan"),
    _c("term", "Tenor (Bulan)", "Term (Months)", K.INTEGER, True, 8, "Tenor", "Term"),
    _c("method", "Metode", "Method", K.METHOD, True, 10),
    _c("admin_fee", "Biaya Admin", "Admin Fee", K.AMOUNT, False, 12),
    _c("purpose", "Tujuan", "Purpose", K.TEXT, False, 24),
    _c("guarantor", "Penjamin", "Guarantor", K.TEXT, False, 20),
    # Optional extensions of DESIGN.md section 5, so that a loan's end survives an export
    # and re-import: the date it was written off (its principal still unpaid after the
    # Angsuran rows goes to Beban Penghapusan), or the date its member left and the
    # principal still unpaid was netted against her savings (paid into Kas by the
    # settlement; her savings leave Kas through the Tarik rows on Simpanan).
    _c("written_off_on", "Tanggal Hapus Buku", "Written Off On", K.DATE, False, 12),
    _c("settled_at_exit_on", "Tanggal Lunas Saat Keluar", "Settled at Exit On", K.DATE, False,
       12),
    # Optional schedule options (spreadsheet/loan_terms.py): absent = monthly as before.
    _c("frequency", "Frekuensi", "Frequency", K.TEXT, False, 12),
    _c("grace", "Masa Tenggang", "Grace Installments", K.INTEGER, False, 8),
    _c("grace_kind", "Jenis Tenggang", "Grace Kind", K.TEXT, False, 12),
    _c("rounding", "Pembulatan", "Rounding Unit", K.AMOUNT, False, 10),
    _c("rounding_mode", "Cara Pembulatan", "Rounding Mode", K.TEXT, False, 10),
    _c("first_due", "Jatuh Tempo Pertama", "First Due On", K.DATE, False, 12),
    # Optional too: a loan that was never paid out (an application still pending, approved
    # or rejected) has its state and application date here and no Tanggal Cair, so every
    # loan survives an export and re-import. Workbooks without them import as before.
    _c("application", "Status Pengajuan", "Application Status", K.APPLICATION, False, 12),
    _c("applied_on", "Tanggal Pengajuan", "Applied On", K.DATE, False, 12),
))

REPAYMENTS = SheetSpec("repayments", "Angsuran", "Repayments", (
    _c("date", "Tanggal", "Date", K.DATE, True, 12, "Tgl"),
    _c("loan_no", "No. Pinjaman", "Loan No", K.TEXT, True, 12, "Nomor Pinjaman"),
    _c("amount", "Jumlah", "Amount", K.AMOUNT, True, 14),
    _c("note", "Keterangan", "Note", K.TEXT, False, 30),
))

PRODUCTS = SheetSpec("products", "Produk", "Products", (
    _c("code", "Kode", "Code", K.TEXT, True, 10, "Kode Produk", "Product Code"),
    _c("name", "Nama Produk", "Product Name", K.TEXT, True, 26, "Nama"),
    _c("unit", "Satuan", "Unit", K.TEXT, False, 8),
    _c("sale_price", "Harga Jual", "Sale Price", K.AMOUNT, True, 12),
    _c("cost_price", "Harga Pokok", "Cost Price", K.AMOUNT, False, 12),
    _c("owner", "Pemilik", "Owner", K.TEXT, False, 12),
    _c("commission", "Komisi (%)", "Commission (%)", K.PERCENT, False, 10, "Komisi"),
    _c("opening_stock", "Stok Awal", "Opening Stock", K.QUANTITY, False, 10),
    _c("min_stock", "Stok Minimum", "Minimum Stock", K.QUANTITY, False, 10),
))

SALES = SheetSpec("sales", "Penjualan", "Sales", (
    _c("date", "Tanggal", "Date", K.DATE, True, 12, "Tgl"),
    _c("market", "Pasar", "Market", K.TEXT, False, 20),
    _c("code", "Kode", "Code", K.TEXT, True, 10, "Kode Produk", "Product Code"),
    _c("quantity", "Jumlah", "Quantity", K.QUANTITY, True, 8),
    _c("unit_price", "Harga Satuan", "Unit Price", K.AMOUNT, False, 12),
))

CASH = SheetSpec("cash", "Kas", "Cash", (
    _c("date", "Tanggal", "Date", K.DATE, True, 12, "Tgl"),
    _c("account", "Kode Akun", "Account Code", K.TEXT, True, 10, "Akun", "Account"),
    _c("cash_in", "Masuk", "In", K.AMOUNT, False, 14, "Cash In"),
    _c("cash_out", "Keluar", "Out", K.AMOUNT, False, 14, "Cash Out"),
    _c("note", "Keterangan", "Note", K.TEXT, False, 34),
    # An optional extension of DESIGN.md section 5: the member a line belongs to
    # (consignment owed to a producer, a penalty she paid), so balances per member survive
    # an export and re-import. Workbooks without it import as before.
    _c("member_no", "No. Anggota", "Member No", K.TEXT, False, 12, *MEMBER_NO[6:]),
))

# Programmes and training (issue 18): an extension of DESIGN.md section 5. A training is
# named by its programme, title and date; a participant row gives a member number, or the
# name of a non-member participant (a daughter, a neighbour).
PROGRAMME = ("programme", "Program", "Programme", K.TEXT, True, 26, "Nama Program",
             "Programme Name")
PROGRAMMES = SheetSpec("programmes", "Program", "Programmes", (
    _c(*PROGRAMME),
    _c("organiser_kind", "Jenis Penyelenggara", "Organiser Kind", K.TEXT, True, 14),
    _c("organiser", "Penyelenggara", "Organiser", K.TEXT, False, 28),
    _c("funder", "Penyandang Dana", "Funder", K.TEXT, False, 22, "Donor"),
    _c("start_date", "Tanggal Mulai", "Start Date", K.DATE, True, 12, "Mulai"),
    _c("end_date", "Tanggal Selesai", "End Date", K.DATE, False, 12, "Selesai"),
    _c("notes", "Keterangan", "Notes", K.TEXT, False, 30, "Note"),
))

TRAININGS = SheetSpec("trainings", "Pelatihan", "Trainings", (
    _c(*PROGRAMME),
    _c("title", "Judul Pelatihan", "Training", K.TEXT, True, 28, "Judul", "Title"),
    _c("date", "Tanggal", "Date", K.DATE, True, 12, "Tgl", "Tanggal Pelatihan",
       "Training Date"),
    _c("topic", "Topik", "Topic", K.TEXT, True, 18),
    _c("place", "Tempat", "Place", K.TEXT, True, 20),
    _c("trainer", "Pelatih", "Trainer", K.TEXT, False, 18),
    _c("capacity", "Kapasitas", "Capacity", K.INTEGER, True, 8),
))

ATTENDANCE = SheetSpec("attendance", "Peserta Pelatihan", "Training Participants", (
    _c(*PROGRAMME),
    *TRAININGS.columns[1:3],
    _c(*MEMBER_NO[:3], K.TEXT, False, 12, *MEMBER_NO[6:]),
    _c("name", "Nama", "Name", K.TEXT, False, 24, "Nama Peserta"),
    _c("gender", "Jenis Kelamin", "Gender", K.GENDER, False, 8),
    _c("head_of_household", "Kepala Keluarga", "Head of Household", K.YES_NO, False, 10),
    _c("note", "Keterangan", "Note", K.TEXT, False, 24),
    _c("attended", "Hadir", "Attended", K.YES_NO, False, 8),
    _c("completed", "Selesai", "Completed", K.YES_NO, False, 8),
    _c("certificate", "No. Sertifikat", "Certificate No", K.TEXT, False, 14),
))

# The sheets an import reads, in the order it posts them.
IMPORT_SHEETS: tuple[SheetSpec, ...] = (MEMBERS, SAVINGS, LOANS, REPAYMENTS, PRODUCTS, SALES, CASH,
                                        PROGRAMMES, TRAININGS, ATTENDANCE)

# Computed sheets written by the exporter only (an import skips them with a notice).
MEMBER_BALANCES = SheetSpec("member_balances", "Saldo Anggota", "Member Balances", (
    _c(*MEMBER_NO),
    _c("name", "Nama", "Name", K.TEXT, False, 28),
    _c("pokok", "Simpanan Pokok", "Principal Savings", K.AMOUNT, False, 14),
    _c("wajib", "Simpanan Wajib", "Mandatory Savings", K.AMOUNT, False, 14),
    _c("sukarela", "Simpanan Sukarela", "Voluntary Savings", K.AMOUNT, False, 14),
    _c("total", "Total Simpanan", "Total Savings", K.AMOUNT, False, 14),
    _c("outstanding", "Sisa Pinjaman", "Outstanding Principal", K.AMOUNT, False, 14),
    _c("arrears", "Tunggakan", "Arrears", K.AMOUNT, False, 14),
    _c("consignment", "Hak Konsinyasi", "Consignment Owed", K.AMOUNT, False, 14),
))

SCHEDULES = SheetSpec("schedules", "Jadwal Angsuran", "Schedules", (
    _c("loan_no", "No. Pinjaman", "Loan No", K.TEXT, False, 12),
    _c(*MEMBER_NO[:3], K.TEXT, False, 12),
    _c("number", "Angsuran Ke", "Installment No", K.INTEGER, False, 8),
    _c("due_date", "Jatuh Tempo", "Due Date", K.DATE, False, 12),
    _c("principal", "Pokok", "Principal", K.AMOUNT, False, 14),
    _c("interest", "Bunga", "Interest", K.AMOUNT, False, 14),
    _c("installment", "Angsuran", "Installment", K.AMOUNT, False, 14),
    _c("paid", "Dibayar", "Paid", K.AMOUNT, False, 14),
    _c("unpaid", "Sisa", "Unpaid", K.AMOUNT, False, 14),
))

STOCK = SheetSpec("stock", "Stok", "Stock", (
    _c("code", "Kode", "Code", K.TEXT, False, 10),
    _c("name", "Nama Produk", "Product Name", K.TEXT, False, 26),
    _c("owner", "Pemilik", "Owner", K.TEXT, False, 12),
    _c("stock", "Stok", "Stock", K.QUANTITY, False, 10),
    _c("value", "Nilai Stok", "Stock Value", K.AMOUNT, False, 14),
    _c("sold", "Terjual", "Sold", K.QUANTITY, False, 10),
    _c("sales", "Penjualan", "Sales", K.AMOUNT, False, 14),
))

TRIAL_BALANCE = SheetSpec("trial_balance", "Neraca Saldo", "Trial Balance", (
    _c("account", "Kode Akun", "Account Code", K.TEXT, False, 10),
    _c("account_name", "Nama Akun", "Account Name", K.TEXT, False, 30),
    _c("debit", "Debit", "Debit", K.AMOUNT, False, 16),
    _c("credit", "Kredit", "Credit", K.AMOUNT, False, 16),
))

# Tanggung renteng sub-ledger: each payer's share of a cover or of a payback (export only;
# the covers themselves travel as Angsuran rows, the savings shares as Simpanan rows).
JOINT_LIABILITY = SheetSpec("joint_liability", "Tanggung Renteng", "Joint Liability", (
    _c("date", "Tanggal", "Date", K.DATE, False, 12),
    _c("kind", "Jenis", "Kind", K.TEXT, False, 14),
    _c("loan_no", "No. Pinjaman", "Loan No", K.TEXT, False, 12),
    _c("member_no", "No. Anggota", "Member No", K.TEXT, False, 10),
    _c("name", "Nama", "Name", K.TEXT, False, 24),
    _c("payer_no", "No. Anggota Penalang", "Payer Member No", K.TEXT, False, 10),
    _c("payer_name", "Nama Penalang", "Payer Name", K.TEXT, False, 24),
    _c("amount", "Jumlah", "Amount", K.AMOUNT, False, 14),
    _c("source", "Tunai/Sukarela", "Cash/Savings", K.TEXT, False, 12),
    _c("owed", "Sisa Utang", "Still Owed", K.AMOUNT, False, 14),
))

COMPUTED_SHEETS = (MEMBER_BALANCES, SCHEDULES, STOCK, TRIAL_BALANCE, JOINT_LIABILITY)


def find_sheet(title: str, specs=IMPORT_SHEETS) -> SheetSpec | None:
    key = normalise(title)
    return next((s for s in specs if key in (normalise(s.name), normalise(s.alias))), None)


def match_header(spec: SheetSpec, header: str) -> Column | None:
    key = normalise(header)
    if not key:
        return None
    return next((c for c in spec.columns if key in {normalise(n) for n in c.names()}), None)
