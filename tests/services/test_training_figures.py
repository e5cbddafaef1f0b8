"""NGO training figures: reach, completion and what followed after 6 and 12 months."""

from __future__ import annotations

from datetime import date

from kiosk_book import add_loan, consignment_sale, deposit
from pdf_text import pdf_text
from programme_book import members, programme, training

from desktop_app.db.models import Member
from desktop_app.domain.accounts import SIMPANAN_SUKARELA
from desktop_app.services import attendance, report_documents, training_figures
from desktop_app.services.attendance import ParticipantData
from desktop_app.ui.report_pdf import write_reports_pdf

DAY = date(2025, 1, 10)
AS_OF = date(2026, 2, 1)


def trained_group(session):
    """Sri (head of household) sells and borrows after the training; Dewi saves more;
    Siti registered but stayed away; a neighbour came and completed."""
    tid = training(session, programme(session), capacity=10, on=DAY)
    sri, dewi, siti = members(session, 3)
    for member_id, head in ((sri, True), (dewi, False), (siti, False)):
        member = session.get(Member, member_id)
        member.gender, member.head_of_household = "F", head
    session.commit()
    neighbour = attendance.add_participant(session, ParticipantData("Ayu", "F", True))
    regs = [attendance.register(session, tid, member_id=m, today=date(2025, 1, 5))
            for m in (sri, dewi, siti)]
    regs.append(attendance.register(session, tid, participant_id=neighbour,
                                    today=date(2025, 1, 5)))
    for reg, came, done in zip(regs, (True, True, False, True), (True, False, False, True),
                               strict=True):
        attendance.record_attendance(session, reg, attended=came, completed=done, today=DAY)
    deposit(session, dewi, SIMPANAN_SUKARELA, 50_000, date(2025, 1, 2), "before")
    deposit(session, dewi, SIMPANAN_SUKARELA, 80_000, date(2025, 9, 1), "after 6 months")
    deposit(session, siti, SIMPANAN_SUKARELA, 80_000, date(2025, 2, 1), "not trained")
    consignment_sale(session, sri, 100_000, 10_000)  # 20 May 2025
    add_loan(session, sri, "P-1", 1_200_000, 0)  # disbursed 1 Mar 2025
    return sri, dewi


def test_reach_completion_and_follow_up_per_programme(session):
    trained_group(session)
    [f] = training_figures.programme_figures(session, date(2025, 1, 1), date(2025, 12, 31),
                                             AS_OF)
    assert (f.programme, f.trainings, f.participants, f.members, f.non_members) == (
        "Dapur Sehat", 1, 4, 3, 1)
    assert (f.women, f.women_heads_of_household) == (4, 2)
    assert (f.registrations, f.completed, f.completion_rate) == (4, 2, 0.5)
    six, twelve = f.follow_up[6], f.follow_up[12]
    # trained members: Sri and Dewi (Siti did not attend; the neighbour is no member)
    assert (six.eligible, six.began_selling, six.took_loan, six.raised_savings) == (2, 1, 1, 0)
    assert (twelve.eligible, twelve.began_selling, twelve.took_loan,
            twelve.raised_savings) == (2, 1, 1, 1)


def test_windows_not_yet_over_are_not_counted(session):
    trained_group(session)
    [f] = training_figures.programme_figures(session, date(2025, 1, 1), date(2025, 12, 31),
                                             date(2025, 8, 1))
    assert f.follow_up[6].eligible == 2 and f.follow_up[12].eligible == 0


def test_a_period_without_trainings_has_no_rows(session):
    trained_group(session)
    assert training_figures.programme_figures(session, date(2024, 1, 1),
                                              date(2024, 12, 31), AS_OF) == []


def test_the_ngo_report_states_the_figures_and_their_definitions(session, qapp, tmp_path):
    trained_group(session)
    doc = report_documents.build_report(session, "indicators", date(2025, 1, 1),
                                        date(2025, 12, 31))
    table = doc.tables[1]
    assert table.title == "Trainings by programme"
    row = dict(zip([c.title for c in table.columns], table.rows[0], strict=True))
    assert row["Participants"] == 4 and row["Women heads of household"] == 2
    assert row["Completion rate"] == 0.5 and row["Took a loan (6 mo.)"] == "1 of 2"
    assert any(note.startswith("Completion rate: registrations completed") for note in
               doc.notes)
    text = pdf_text(write_reports_pdf(tmp_path / "ngo.pdf", [doc], "Koperasi", 0))
    assert "Dapur Sehat" in text and "50,0%" in text and "Women heads of household" in text
