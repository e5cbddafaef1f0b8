"""The default chart of accounts and the kinds of journal entry (the posting rules that use
them are tabled in docs/architecture.md)."""

from __future__ import annotations

from enum import StrEnum

KAS = "1101"
BANK = "1102"
PIUTANG_PINJAMAN = "1201"
PERSEDIAAN = "1301"
SIMPANAN_SUKARELA = "2101"
UTANG_KONSINYASI = "2201"
DANA_SHU = "2301"
SIMPANAN_POKOK = "3101"
SIMPANAN_WAJIB = "3102"
CADANGAN = "3201"
MODAL_DONASI = "3301"
SHU_BELUM_DIBAGI = "3401"
EKUITAS_SALDO_AWAL = "3501"
PENDAPATAN_JASA = "4101"
PENDAPATAN_ADMIN = "4102"
PENDAPATAN_DENDA = "4103"
PENJUALAN = "4201"
KOMISI_KONSINYASI = "4202"
HPP = "5101"
BEBAN_OPERASIONAL = "5201"
BEBAN_PENGHAPUSAN = "5301"


class AccountType(StrEnum):
    ASSET = "asset"
    LIABILITY = "liability"
    EQUITY = "equity"
    INCOME = "income"
    EXPENSE = "expense"


DEFAULT_CHART: tuple[tuple[str, str, AccountType], ...] = (
    (KAS, "Kas", AccountType.ASSET),
    (BANK, "Bank", AccountType.ASSET),
    (PIUTANG_PINJAMAN, "Piutang Pinjaman Anggota", AccountType.ASSET),
    (PERSEDIAAN, "Persediaan Barang", AccountType.ASSET),
    (SIMPANAN_SUKARELA, "Simpanan Sukarela", AccountType.LIABILITY),
    (UTANG_KONSINYASI, "Utang Konsinyasi", AccountType.LIABILITY),
    (DANA_SHU, "Dana SHU", AccountType.LIABILITY),
    (SIMPANAN_POKOK, "Simpanan Pokok", AccountType.EQUITY),
    (SIMPANAN_WAJIB, "Simpanan Wajib", AccountType.EQUITY),
    (CADANGAN, "Cadangan", AccountType.EQUITY),
    (MODAL_DONASI, "Modal Donasi / Hibah", AccountType.EQUITY),
    (SHU_BELUM_DIBAGI, "SHU Belum Dibagi", AccountType.EQUITY),
    (EKUITAS_SALDO_AWAL, "Ekuitas Saldo Awal", AccountType.EQUITY),
    (PENDAPATAN_JASA, "Pendapatan Jasa Pinjaman", AccountType.INCOME),
    (PENDAPATAN_ADMIN, "Pendapatan Administrasi", AccountType.INCOME),
    (PENDAPATAN_DENDA, "Pendapatan Denda", AccountType.INCOME),
    (PENJUALAN, "Penjualan Barang", AccountType.INCOME),
    (KOMISI_KONSINYASI, "Komisi Konsinyasi", AccountType.INCOME),
    (HPP, "Harga Pokok Penjualan", AccountType.EXPENSE),
    (BEBAN_OPERASIONAL, "Beban Operasional", AccountType.EXPENSE),
    (BEBAN_PENGHAPUSAN, "Beban Penghapusan Piutang", AccountType.EXPENSE),
)

# Member savings accounts; their member balances are credits and never go below zero.
SAVINGS_ACCOUNTS = (SIMPANAN_POKOK, SIMPANAN_WAJIB, SIMPANAN_SUKARELA)


class EntryKind(StrEnum):
    DEPOSIT = "deposit"
    WITHDRAWAL = "withdrawal"
    LOAN_DISBURSEMENT = "loan_disbursement"
    REPAYMENT = "repayment"
    LOAN_WRITE_OFF = "loan_write_off"
    SALE = "sale"
    SETTLEMENT = "settlement"
    STOCK = "stock"
    EXPENSE = "expense"
    INCOME = "income"
    GRANT = "grant"
    TRANSFER = "transfer"
    OPENING_BALANCE = "opening_balance"
    MEMBER_EXIT = "member_exit"
    SHU_DISTRIBUTION = "shu_distribution"
    YEAR_END = "year_end"
    REVERSAL = "reversal"
    JOINT_COVER = "joint_cover"  # tanggung renteng: the group pays a member's installment
    JOINT_PAYBACK = "joint_payback"  # she pays the members who covered her back
