"""All ORM models; importing this package registers every table on Base.metadata."""

from desktop_app.db.models.auth import User
from desktop_app.db.models.imports import ImportBatch, ImportPreset
from desktop_app.db.models.inventory import MarketDay, Product, StockMovement
from desktop_app.db.models.ledger import (
    Account,
    AccountBalance,
    AuditLog,
    JournalEntry,
    JournalLine,
    MemberBalance,
    ReceiptCounter,
    ReceiptNumber,
    Setting,
)
from desktop_app.db.models.loans import (
    JointLiability,
    Loan,
    LoanInstallment,
    LoanProduct,
    LoanRepayment,
)
from desktop_app.db.models.members import Member, MemberGroup
from desktop_app.db.models.programmes import (
    Announcement,
    BusinessProfile,
    CalendarEvent,
    Participant,
    Programme,
    Training,
    TrainingRegistration,
    TrainingTopic,
)
from desktop_app.db.models.reports import AccountMonth

__all__ = [
    "Account",
    "AccountBalance",
    "AccountMonth",
    "Announcement",
    "AuditLog",
    "BusinessProfile",
    "CalendarEvent",
    "ImportBatch",
    "ImportPreset",
    "JournalEntry",
    "JournalLine",
    "JointLiability",
    "Loan",
    "LoanInstallment",
    "LoanProduct",
    "LoanRepayment",
    "MarketDay",
    "Member",
    "MemberBalance",
    "MemberGroup",
    "Participant",
    "Product",
    "Programme",
    "ReceiptCounter",
    "ReceiptNumber",
    "Setting",
    "StockMovement",
    "Training",
    "TrainingRegistration",
    "TrainingTopic",
    "User",
]
