"""Printables of the programmes: the notice of the month for the notice board, and the
attendance list to sign at a training (HTML for `ui.printing`)."""

from __future__ import annotations

from datetime import date
from html import escape

from sqlalchemy.orm import Session

from desktop_app.domain.dates import format_date
from desktop_app.i18n import tr
from desktop_app.services import attendance, noticeboard, programmes, settings
from desktop_app.services.aggregates import month_end
from desktop_app.services.programmes import REGISTERED

SIGNATURE_ROWS_MIN = 5  # empty rows for people who come without registering

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def month_name(day: date) -> str:
    return f"{tr(MONTHS[day.month - 1])} {day.year}"


def _header(session: Session, title: str) -> str:
    profile = settings.get_profile(session)
    return f"<p class='muted'>{escape(profile.name)}</p><h1>{escape(title)}</h1>"


def _section(title: str, lines: list[str], empty: str) -> str:
    """A heading and a list, in type large enough to read on a notice board."""
    body = "".join(f"<li>{line}</li>" for line in lines) or f"<li>{escape(empty)}</li>"
    return (f"<h2 style='font-size: 16pt'>{escape(title)}</h2>"
            f"<ul style='font-size: 13pt'>{body}</ul>")


def month_notice_html(session: Session, start: date) -> str:
    """One page for the notice board: announcements, meetings, market days, trainings."""
    start, end = start.replace(day=1), month_end(start)
    items = noticeboard.calendar(session, start, end)
    shown = [a for a in noticeboard.announcements(session)
             if a.shown_from <= end and a.shown_until >= start]

    def when(item: noticeboard.CalendarItem) -> str:
        text = format_date(item.date) + (f" {item.time}" if item.time else "")
        place = f" — {escape(item.place)}" if item.place and item.place != item.title else ""
        return f"<b>{escape(text)}</b> {escape(item.title)}{place}"

    trainings = [
        when(i) + " " + escape(tr("({free} places free)", free=i.free_places))
        for i in items if i.kind == noticeboard.TRAINING]
    parts = [
        _header(session, tr("Notice of the month: {month}", month=month_name(start))),
        _section(tr("Announcements"),
                 [f"<b>{escape(a.title)}</b>: {escape(a.body)}" for a in shown],
                 tr("No announcements.")),
        _section(tr("Meetings"), [when(i) for i in items if i.kind in ("meeting", "rat")],
                 tr("No meetings planned.")),
        _section(tr("Market days"), [when(i) for i in items if i.kind == "market"],
                 tr("No market days planned.")),
        _section(tr("Trainings"), trainings, tr("No trainings this month.")),
        _section(tr("Other"), [when(i) for i in items if i.kind == "other"], tr("Nothing else.")),
        f"<p class='muted'>{escape(tr('Ask at the kiosk or the treasurer to register.'))}</p>",
    ]
    return "".join(parts)


def attendance_list_html(session: Session, training_id: int) -> str:
    """The list to sign at a training: registered participants and empty rows."""
    training = programmes.get_training(session, training_id)
    people = attendance.participants(session, training_id, (REGISTERED,))
    facts = [
        (tr("Programme"), training.programme), (tr("Topic"), training.topic),
        (tr("Date"), format_date(training.date)), (tr("Place"), training.place),
        (tr("Trainer"), training.trainer or ""),
    ]
    heads = [tr("No."), tr("Name"), tr("Member No"), tr("Signature")]
    rows = [(str(n), p.name, p.member_number or tr("(not a member)"))
            for n, p in enumerate(people, 1)]
    rows += [(str(n), "", "") for n in range(len(people) + 1,
                                               len(people) + SIGNATURE_ROWS_MIN + 1)]
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "<td>&nbsp;<br>&nbsp;</td></tr>"
        for row in rows)
    return (
        _header(session, tr("Attendance list: {title}", title=training.title))
        + "".join(f"<p><b>{escape(k)}:</b> {escape(v)}</p>" for k, v in facts if v)
        + "<table width='100%' cellspacing='0' cellpadding='9'><tr>"
        + "".join(f"<th width='{w}'>{escape(h)}</th>" for h, w in zip(
            heads, ("6%", "44%", "16%", "34%"), strict=True))
        + f"</tr>{body}</table>"
        + f"<p class='muted'>{escape(tr('Trainer signature'))}: ____________________</p>"
    )
