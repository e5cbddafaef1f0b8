"""The NGO indicators of a period: members and women reached, borrowers, savings, loans
disbursed, repayment rate, PAR30 and market takings (the indicators report and the
consolidation's shared figures)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.domain import accounts as acc
from desktop_app.domain.accounts import EntryKind
from desktop_app.domain.dates import check_period
from desktop_app.services.aggregates import balances_as_of
from desktop_app.services.loan_portfolio import portfolio_summary


@dataclass(frozen=True)
class Indicators:
    start: date
    end: date
    members: int  # active members at the end of the period
    women: int
    women_heads_of_household: int
    active_borrowers: int  # members with principal outstanding at the end
    total_savings: int
    loans_disbursed_count: int
    loans_disbursed_amount: int
    repayment_due: int  # installments (principal + interest) due in the period
    repayment_paid: int  # … and what has been paid of them so far
    outstanding: int  # principal of running loans at the end
    par30_amount: int  # … of which more than 30 days late
    market_sales: int  # gross takings of sales entries in the period

    @property
    def repayment_rate(self) -> float | None:
        """Share of the installments due in the period paid so far (None: none due)."""
        return ratio(self.repayment_paid, self.repayment_due)

    @property
    def par30(self) -> float | None:
        """PAR30 as a ratio (None: no loans outstanding)."""
        return ratio(self.par30_amount, self.outstanding)


def ratio(part: int, whole: int) -> float | None:
    """`part` / `whole`, or None when there is no whole to share (a figure not defined)."""
    return part / whole if whole else None


def indicators(session: Session, start: date, end: date) -> Indicators:
    check_period(start, end)
    members, women, heads = session.execute(
        text(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN gender = 'F' THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN gender = 'F' AND head_of_household THEN 1 ELSE 0 END), 0) "
            "FROM member "
            "WHERE join_date <= :e AND (exit_date IS NULL OR exit_date > :e)"
        ),
        {"e": end},
    ).one()
    balances = balances_as_of(session, end)
    borrowers = session.scalar(
        text(
            "SELECT COUNT(*) FROM (SELECT l.member_id FROM journal_line l "
            "JOIN account a ON a.id = l.account_id AND a.code = :p "
            "JOIN journal_entry e ON e.id = l.entry_id "
            "WHERE l.member_id IS NOT NULL AND e.date <= :e "
            "GROUP BY l.member_id HAVING SUM(l.amount) > 0) AS borrowers"
        ),
        {"p": acc.PIUTANG_PINJAMAN, "e": end},
    )
    count, amount = session.execute(
        text(
            "SELECT COUNT(DISTINCT e.id), COALESCE(SUM(l.amount), 0) FROM journal_entry e "
            "CROSS JOIN journal_line l WHERE l.entry_id = e.id "
            "AND l.account_id = (SELECT id FROM account WHERE code = :p) "
            "AND e.kind = :k AND e.date BETWEEN :s AND :e "
            "AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses_id = e.id)"
        ),
        {"p": acc.PIUTANG_PINJAMAN, "k": str(EntryKind.LOAN_DISBURSEMENT), "s": start, "e": end},
    ).one()
    due, paid = session.execute(
        text(
            "SELECT COALESCE(SUM(i.principal + i.interest), 0), "
            "COALESCE(SUM(i.paid_principal + i.paid_interest), 0) FROM loan_installment i "
            "JOIN loan l ON l.id = i.loan_id AND l.status NOT IN ('applied', 'approved', "
            "'rejected') WHERE i.due_date BETWEEN :s AND :e"
        ),
        {"s": start, "e": end},
    ).one()
    sales = session.scalar(
        text(
            "SELECT COALESCE(SUM(l.amount), 0) FROM journal_entry e "
            "CROSS JOIN journal_line l WHERE l.entry_id = e.id "
            "AND l.account_id = (SELECT id FROM account WHERE code = :kas) "
            "AND e.date BETWEEN :s AND :e AND (e.kind = :sale OR e.reverses_id IN "
            "(SELECT id FROM journal_entry WHERE kind = :sale))"
        ),
        {"kas": acc.KAS, "sale": str(EntryKind.SALE), "s": start, "e": end},
    )
    portfolio = portfolio_summary(session, end)
    return Indicators(
        start, end, members, women, heads, borrowers,
        total_savings=-sum(balances[c] for c in acc.SAVINGS_ACCOUNTS),
        loans_disbursed_count=count,
        loans_disbursed_amount=amount,
        repayment_due=due,
        repayment_paid=paid,
        outstanding=portfolio.outstanding,
        par30_amount=portfolio.par30_amount,
        market_sales=sales,
    )
