"""The sign-in sheet of a course (研習簽到表): its roster printed per course day, as plain data and as a PDF.

A day is a calendar day with instruction segments; non-instruction segments (breaks, lunch) get no box.
Each row starts with the row code, the seat number zero-padded to the width of the largest seat
(``rosters.seat_code``), which the clerk types into the grid with the mark written on paper.

Signature boxes: a day of at most :data:`SEGMENT_BOXES` instruction segments gets one box per segment,
headed by its times, so that a mark on paper names exactly one cell of the grid. A longer day gets one box
per half day that has instruction (上午簽到, 下午簽到, and 晚上簽到 for segments from 18:00), headed by the
half day's times; a mark for part of a half day then carries the segment's start time (the legend says so).

The sheet reads; it writes nothing. Seeing it needs ``access.check_view_scope``.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.models import Enrollment, Organization, Segment, SegmentKind, Teacher
from ntip_desktop.services.attendance.access import check_view_scope
from ntip_desktop.services.attendance.rosters import seat_code
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.courses import load_course
from ntip_desktop.services.pdf.signin_sheet import SheetDay, SheetRow, SigninSheetData, render_signin_sheet
from ntip_desktop.services.rules.ids import mask_id
from ntip_desktop.services.rules.rocdate import format_roc, local_today

#: A day with at most this many instruction segments gets one signature box per segment.
SEGMENT_BOXES = 3
#: Most empty rows a sheet prints for walk-ins.
MAX_BLANK_ROWS = 100
#: The half days, by the hour a segment starts: (from hour, heading).
HALF_DAYS = (
    (0, QT_TRANSLATE_NOOP("services.attendance.signin_sheet", "上午簽到")),
    (12, QT_TRANSLATE_NOOP("services.attendance.signin_sheet", "下午簽到")),
    (18, QT_TRANSLATE_NOOP("services.attendance.signin_sheet", "晚上簽到")),
)
#: Monday … Sunday, as a date's weekday is written in brackets.
WEEKDAYS = (
    QT_TRANSLATE_NOOP("services.attendance.signin_sheet", "一"),
    QT_TRANSLATE_NOOP("services.attendance.signin_sheet", "二"),
    QT_TRANSLATE_NOOP("services.attendance.signin_sheet", "三"),
    QT_TRANSLATE_NOOP("services.attendance.signin_sheet", "四"),
    QT_TRANSLATE_NOOP("services.attendance.signin_sheet", "五"),
    QT_TRANSLATE_NOOP("services.attendance.signin_sheet", "六"),
    QT_TRANSLATE_NOOP("services.attendance.signin_sheet", "日"),
)


def _times(start: time, end: time) -> str:
    return f"{start:%H:%M}–{end:%H:%M}"


def day_label(day: date) -> str:
    """A course day as printed: 115年11月24日（二）."""
    weekday = translate("services.attendance.signin_sheet", WEEKDAYS[day.weekday()])
    return translate("services.attendance.signin_sheet", "{date}（{weekday}）").format(
        date=format_roc(day), weekday=weekday
    )


def _half_day(segment: Segment) -> int:
    return max(i for i, (hour, _heading) in enumerate(HALF_DAYS) if segment.start_at.hour >= hour)


def _boxes(segments: list[Segment]) -> tuple[tuple[str, ...], bool]:
    """The signature boxes' headings of a day, and whether a box covers more than one segment."""
    if len(segments) <= SEGMENT_BOXES:
        return (
            tuple(
                translate("services.attendance.signin_sheet", "{times}\n簽到").format(
                    times=_times(s.start_at.time(), s.end_at.time())
                )
                for s in segments
            ),
            False,
        )
    halves: dict[int, list[Segment]] = defaultdict(list)
    for s in segments:
        halves[_half_day(s)].append(s)
    headings = tuple(
        translate("services.attendance.signin_sheet", "{half}\n{times}").format(
            half=translate("services.attendance.signin_sheet", HALF_DAYS[half][1]),
            times=_times(part[0].start_at.time(), max(s.end_at for s in part).time()),
        )
        for half, part in sorted(halves.items())
    )
    return headings, any(len(part) > 1 for part in halves.values())


def _days(segments: list[Segment]) -> tuple[SheetDay, ...]:
    by_day: dict[date, list[Segment]] = defaultdict(list)
    for s in segments:
        if s.kind is SegmentKind.INSTRUCTION:
            by_day[s.start_at.date()].append(s)
    days = []
    for number, (day, part) in enumerate(sorted(by_day.items()), start=1):
        part.sort(key=lambda s: s.start_at)
        boxes, shared = _boxes(part)
        lines = tuple(
            "　".join(t for t in (_times(s.start_at.time(), s.end_at.time()), s.topic.strip()) if t) for s in part
        )
        days.append(SheetDay(day_label(day), number, lines, boxes, shared))
    return tuple(days)


def signin_sheet_data(
    session: Session, user: CurrentUser, course_id: uuid.UUID, *, blank_rows: int = 5
) -> SigninSheetData:
    """What the sign-in sheet of the course shows (scope checked)."""
    if not 0 <= blank_rows <= MAX_BLANK_ROWS:
        raise UserError(
            translate("services.attendance.signin_sheet", "空白列數須為 0 到 {n}。").format(n=MAX_BLANK_ROWS),
            field="blank_rows",
        )
    course = load_course(session, course_id)
    check_view_scope(user, course)
    segments = list(session.execute(select(Segment).where(Segment.course_id == course.id)).scalars())
    days = _days(segments)
    if not days:
        raise UserError(
            translate("services.attendance.signin_sheet", "課程「{title}」沒有實體授課時段，不需要簽到表。").format(
                title=course.title
            ),
            field="segments",
        )
    enrolled = session.execute(
        select(Enrollment.seat_no, Teacher.name, Teacher.national_id, Organization.name)
        .join(Teacher, Teacher.id == Enrollment.teacher_id)
        .outerjoin(Organization, Organization.id == Teacher.organization_id)
        .where(Enrollment.course_id == course.id)
        .order_by(Enrollment.seat_no)
    ).all()
    widest = max((seat for seat, *_ in enrolled), default=1)
    rows = tuple(
        SheetRow(seat_code(seat, widest), name, school or "", mask_id(national_id))
        for seat, name, national_id, school in enrolled
    )
    organizer = course.organizer
    county = organizer.county
    return SigninSheetData(
        code=course.code,
        title=course.title,
        session_label=course.session_label,
        organizer=f"{organizer.name}（{county.name}）" if county else organizer.name,
        venue=course.venue,
        days=days,
        rows=rows,
        blank_rows=blank_rows,
        printed_on=format_roc(local_today(), "official"),
        pdf_title=translate("services.attendance.signin_sheet", "研習簽到表 {code} {title}").format(
            code=course.code, title=course.title
        ),
    )


def signin_sheet_pdf(session: Session, user: CurrentUser, course_id: uuid.UUID, *, blank_rows: int = 5) -> bytes:
    """The course's sign-in sheet as an A4 PDF: one section per course day, the roster in seat order."""
    return render_signin_sheet(signin_sheet_data(session, user, course_id, blank_rows=blank_rows))
