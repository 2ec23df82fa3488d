"""The month view's rows (docs/rules.md CRS back-end reporting, Art 12(3)(4)): what each month shows.

:func:`months_of` lists every month of the back-end counties in a person's scope, newest first, as plain
:class:`MonthRow` records with their amendments (:class:`AmendmentRow`), what the deadline means today
(:func:`due_text`) and the moves the person may make now. A month nobody has touched yet has no row: it is
shown ``open``. The lock, the transition table and applying a move live in :mod:`.months`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import County, OfficeUser, Organization, ReportingMode, ReportMonth, ReportState, Role
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.courses.months import (
    MONTH_WORKFLOW,
    county_for_move,
    deadline,
    may_move_months,
    month_code,
    month_label,
)
from ntip_desktop.services.rules.rocdate import format_roc, local_today, roc_moment

R = ReportState


def due_text(year: int, month: int, state: ReportState, today: date) -> str:
    """What the deadline means today: 「逾期 N 天」, 「今日截止」, 「剩 N 天」, or nothing once confirmed."""
    if state in (R.CONFIRMED, R.AMENDING):
        return ""
    days = (deadline(year, month) - today).days
    if days < 0:
        return translate("courses", "逾期 {n} 天").format(n=-days)
    if days == 0:
        return translate("courses", "今日截止")
    return translate("courses", "剩 {n} 天").format(n=days)


# --- reading ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AmendmentRow:
    """One amendment of a month, as plain data."""

    letter_no: str
    letter_date: date
    reason: str
    opened_by: str
    reconfirmed_at: datetime | None

    @property
    def is_open(self) -> bool:
        return self.reconfirmed_at is None

    @property
    def text(self) -> str:
        """``高市教研字第1150012345號（115/11/20）``, with 「已重新確認」 once closed."""
        shown = translate("courses", "{no}（{date}）").format(
            no=self.letter_no, date=format_roc(self.letter_date, "short")
        )
        return shown if self.is_open else shown + translate("courses", "，已重新確認")


@dataclass(frozen=True)
class MonthRow:
    """One month of one back-end county, as the month view shows it."""

    county_code: str
    county_name: str
    year: int
    month: int
    state: ReportState
    records: int
    deadline: date
    #: Days until the deadline (negative: overdue); None once the month is confirmed or being amended.
    days_left: int | None
    due_text: str
    confirmed_at: datetime | None
    confirmed_by: str
    amendments: tuple[AmendmentRow, ...]
    #: The stored row's version; 0 when the month has no row yet (its first move creates it).
    version: int
    #: The moves this user may make now (names of ``MONTH_WORKFLOW``'s moves), in table order.
    actions: tuple[str, ...]

    @property
    def code(self) -> str:
        return month_code(self.county_code, self.year, self.month)

    @property
    def label(self) -> str:
        return month_label(self.year, self.month)

    @property
    def state_label(self) -> str:
        return label(self.state)

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0

    @property
    def deadline_text(self) -> str:
        """``115/11/05 剩 3 天`` (the date, then what it means today)."""
        return " ".join(x for x in (format_roc(self.deadline, "short"), self.due_text) if x)

    @property
    def confirmed_text(self) -> str:
        if self.confirmed_at is None:
            return ""
        return " ".join(x for x in (roc_moment(self.confirmed_at), self.confirmed_by) if x)

    @property
    def open_amendment(self) -> AmendmentRow | None:
        return next((a for a in self.amendments if a.is_open), None)

    @property
    def amendments_text(self) -> str:
        return "；".join(a.text for a in self.amendments)


def _counties_in_view(session: Session, user: CurrentUser) -> list[County]:
    """The back-end counties ``user`` sees: a clerk's center's, a coordinator's own county's, all (admin)."""
    query = select(County).where(County.reporting_mode == ReportingMode.BACK_END).order_by(County.code)
    if user.role is Role.DISTRICT_CLERK:
        query = query.where(County.district_center_id == user.district_center_id)
    elif user.role is Role.SCHOOL_COORDINATOR:
        query = query.where(
            County.code.in_(select(Organization.county_code).where(Organization.id == user.organization_id))
        )
    elif user.role is not Role.ADMIN:
        return []
    return list(session.execute(query).scalars())


def _names(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    rows = session.execute(select(OfficeUser.id, OfficeUser.display_name).where(OfficeUser.id.in_(ids))).all()
    return {i: n for i, n in rows}


def months_of(
    session: Session, user: CurrentUser, county_code: str | None = None, *, around: date | None = None
) -> list[MonthRow]:
    """Every month of the back-end counties in ``user``'s scope (or of ``county_code``), newest first.

    ``around`` is the day the deadlines are counted from (default: today in Taiwan). A county's months run
    from its earliest stored month (at the latest, the month before ``around``) to ``around``'s month;
    months without a row are shown ``open`` with no records.
    """
    user.require(Permission.REPORT_MONTHS)
    today = around or local_today()
    counties = _counties_in_view(session, user)
    if county_code is not None:
        counties = [c for c in counties if c.code == county_code]
        if not counties:
            county_for_move(session, user, county_code)  # says why: unknown, online, or out of scope
    stored = (
        list(
            session.execute(
                select(ReportMonth).where(ReportMonth.county_code.in_([c.code for c in counties]))
            ).scalars()
        )
        if counties
        else []
    )
    by_key = {(m.county_code, m.year, m.month): m for m in stored}
    names = _names(
        session,
        {m.confirmed_by_id for m in stored if m.confirmed_by_id}
        | {a.opened_by_id for m in stored for a in m.amendments if a.opened_by_id},
    )
    current = (today.year, today.month)
    previous = (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    rows: list[MonthRow] = []
    for county in counties:
        own = [(m.year, m.month) for m in stored if m.county_code == county.code]
        first = min([*own, previous])
        last = max([*own, current])
        may_act = may_move_months(user, county)
        ym = last
        while ym >= first:
            rows.append(_row(county, ym, by_key.get((county.code, *ym)), names, today, user, may_act))
            ym = (ym[0] - 1, 12) if ym[1] == 1 else (ym[0], ym[1] - 1)
    return rows


def _row(
    county: County,
    ym: tuple[int, int],
    stored: ReportMonth | None,
    names: dict[uuid.UUID, str],
    today: date,
    user: CurrentUser,
    may_act: bool,
) -> MonthRow:
    year, month = ym
    state = stored.state if stored else R.OPEN
    amendments = tuple(
        AmendmentRow(
            a.letter_no,
            a.letter_date,
            a.reason,
            names.get(a.opened_by_id, "") if a.opened_by_id else "",
            a.reconfirmed_at,
        )
        for a in sorted(stored.amendments if stored else [], key=lambda a: (a.letter_date, a.created_at))
    )
    closed = state in (R.CONFIRMED, R.AMENDING)
    return MonthRow(
        county_code=county.code,
        county_name=county.name,
        year=year,
        month=month,
        state=state,
        records=stored.records if stored else 0,
        deadline=deadline(year, month),
        days_left=None if closed else (deadline(year, month) - today).days,
        due_text=due_text(year, month, state, today),
        confirmed_at=stored.confirmed_at if stored else None,
        confirmed_by=names.get(stored.confirmed_by_id, "") if stored and stored.confirmed_by_id else "",
        amendments=amendments,
        version=stored.version if stored else 0,
        actions=tuple(m.action for m in MONTH_WORKFLOW.moves_from(state, user)) if may_act else (),
    )
