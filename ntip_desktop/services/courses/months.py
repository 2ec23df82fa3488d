"""Back-end counties' report months (docs/rules.md CRS back-end reporting, Art 12(3)(4)).

A back-end county uploads continuously and, by the 5th of each month, uploads and confirms the previous
month (:func:`deadline`). A confirmed month is locked: no course of that county starting in that month may
be changed (:func:`check_unlocked`, called by every course edit) until an amendment is opened by recording
the official letter's number and date; the month is then ``amending`` until it is confirmed again.

Moves of a month (``MONTH_WORKFLOW``, a transition table for :mod:`ntip_desktop.services.workflow`)::

    open      → uploaded  (上傳, with the number of records)
    uploaded  → uploaded  (上傳 again, before confirming) | confirmed (確認: locks; the month must be over)
    confirmed → amending  (開啟更正: the official letter's number and date, and a reason; an Amendment row)
    amending  → confirmed (重新確認: the amendment is closed)

The month is acted on by the clerks of the district center serving its county (who act for the county's
education authority in this program) or the administrator; every move is audited as entity
``report_month`` with the id ``<county>-<year>-<month>`` (e.g. ``64-2026-10``). A month nobody has touched
yet has no row: the month view (:func:`.month_rows.months_of`) shows it as ``open`` and its first move
creates it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ntip_desktop.changes import Changes
from ntip_desktop.errors import ConflictError, PermissionDenied, UserError
from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.labels import label
from ntip_desktop.models import (
    Amendment,
    AuditSource,
    County,
    Organization,
    ReportingMode,
    ReportMonth,
    ReportState,
    Role,
)
from ntip_desktop.services import audit
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.rules.checklist_text import is_official_doc_number
from ntip_desktop.services.rules.rocdate import ROC_OFFSET, format_roc, local_today, roc_moment
from ntip_desktop.services.workflow import Move, MoveContext, Workflow

#: The entity name of report months in the audit log (entity id: :func:`month_code`).
MONTH_ENTITY = "report_month"
#: Day of the following month by which a month must be uploaded and confirmed (Art 12(3)).
DEADLINE_DAY = 5

R = ReportState


# --- the lock ----------------------------------------------------------------------------------------


def is_locked(session: Session, county_code: str | None, day: date) -> bool:
    """Whether ``county_code``'s report month holding ``day`` is confirmed (and so locked)."""
    if county_code is None:
        return False
    state = session.execute(
        select(ReportMonth.state).where(
            ReportMonth.county_code == county_code, ReportMonth.year == day.year, ReportMonth.month == day.month
        )
    ).scalar_one_or_none()
    return state is ReportState.CONFIRMED


def check_unlocked(session: Session, county_code: str | None, day: date) -> None:
    """Refuse a change to a course of a confirmed month, saying how to open an amendment."""
    if is_locked(session, county_code, day):
        county = session.get(County, county_code)
        raise UserError(
            translate(
                "courses",
                "{county}{year}年{month}月的傳報已確認並鎖定，不能更動其課程。"
                "如需更正，請先依公文（文號與日期）開啟更正案。",
            ).format(county=county.name if county else county_code, year=day.year - ROC_OFFSET, month=day.month),
            field="month",
        )


# --- the calendar --------------------------------------------------------------------------------------


def _following(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def deadline(year: int, month: int) -> date:
    """The day by which ``year``-``month`` must be uploaded and confirmed: the 5th of the following month."""
    y, m = _following(year, month)
    return date(y, m, DEADLINE_DAY)


def month_code(county_code: str, year: int, month: int) -> str:
    """The month's id in the audit log and in messages' keys, e.g. ``64-2026-10``."""
    return f"{county_code}-{year}-{month:02d}"


def month_label(year: int, month: int) -> str:
    """``115年10月``."""
    return translate("courses", "{year}年{month}月").format(year=year - ROC_OFFSET, month=month)


# --- who may ---------------------------------------------------------------------------------------------


def may_move_months(user: CurrentUser, county: County) -> bool:
    """Whether ``user`` may move ``county``'s months: its district center's clerks, or the administrator."""
    if not user.can(Permission.REPORT_MONTHS):
        return False
    if user.role is Role.ADMIN:
        return True
    return user.role is Role.DISTRICT_CLERK and county.district_center_id == user.district_center_id


def county_for_move(session: Session, user: CurrentUser, county_code: str) -> County:
    county = session.get(County, county_code.strip())
    if county is None:
        raise UserError(translate("courses", "查無縣市代碼 {code}。").format(code=county_code), field="county")
    if county.reporting_mode is not ReportingMode.BACK_END:
        raise UserError(
            translate("courses", "{county}的學校直接於本網線上登錄，不採後端傳報，沒有傳報月份。").format(
                county=county.name
            ),
            field="county",
        )
    if user.role is Role.ADMIN or (
        user.role is Role.DISTRICT_CLERK and county.district_center_id == user.district_center_id
    ):
        return county
    if (
        user.role is Role.SCHOOL_COORDINATOR
        and session.execute(
            select(Organization.id).where(
                Organization.id == user.organization_id, Organization.county_code == county.code
            )
        ).first()
    ):
        return county
    raise PermissionDenied(
        translate("courses", "{county}的傳報月份由服務該縣市的區管中心處理，不在您的轄區（{scope}）。").format(
            county=county.name, scope=user.scope_label
        )
    )


def _month_scope(session: Session, user: CurrentUser, month: ReportMonth) -> None:
    """Only the clerks of the district center serving the county, or the administrator, move its months."""
    county = session.get(County, month.county_code)
    if county is not None and may_move_months(user, county):
        return
    raise PermissionDenied(
        translate(
            "courses", "{county}的傳報月份由服務該縣市的區管中心處理，您（{scope}）不能上傳、確認或更正。"
        ).format(county=county.name if county else month.county_code, scope=user.scope_label)
    )


# --- guards and effects ----------------------------------------------------------------------------------


def _today(ctx: MoveContext[ReportMonth]) -> date:
    today = ctx.params.get("today")
    return today if isinstance(today, date) else local_today()


def _records(ctx: MoveContext[ReportMonth], *, required: bool) -> None:
    value = ctx.params.get("records")
    if value is None and not required:
        return
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise UserError(translate("courses", "請填寫上傳的研習紀錄筆數（0 或正整數）。"), field="records")
    ctx.values["records"] = value


def _upload(ctx: MoveContext[ReportMonth]) -> None:
    """上傳: the month has begun; record how many records were uploaded."""
    month = ctx.record
    today = _today(ctx)
    if (month.year, month.month) > (today.year, today.month):
        raise UserError(
            translate("courses", "{month}尚未開始，不能上傳。").format(month=month_label(month.year, month.month)),
            field="month",
        )
    _records(ctx, required=True)


def _month_over(ctx: MoveContext[ReportMonth]) -> None:
    """確認 only once the month is over (its courses may still be added until its last day)."""
    month = ctx.record
    today = _today(ctx)
    if (today.year, today.month) <= (month.year, month.month):
        raise UserError(
            translate("courses", "{month}尚未結束，月底過後才能確認（期限：{deadline}）。").format(
                month=month_label(month.year, month.month),
                deadline=format_roc(deadline(month.year, month.month), "short"),
            ),
            field="month",
        )


def _confirmed(ctx: MoveContext[ReportMonth]) -> None:
    ctx.values.update(confirmed_at=ctx.now, confirmed_by_id=ctx.user.office_user_id)


def _official_letter(ctx: MoveContext[ReportMonth]) -> None:
    """開啟更正 needs the official letter to NKNU (Art 12(4)): its number and date, and a reason."""
    letter_no = str(ctx.params.get("letter_no") or "").strip()
    letter_date = ctx.params.get("letter_date")
    if not letter_no:
        raise UserError(translate("courses", "請填寫更正公文的文號。"), field="letter_no")
    if not is_official_doc_number(letter_no):
        raise UserError(
            translate("courses", "公文文號「{no}」不是正式文號的格式，應如「高市教研字第1150012345號」。").format(
                no=letter_no
            ),
            field="letter_no",
        )
    if not isinstance(letter_date, date):
        raise UserError(translate("courses", "請填寫更正公文的發文日期。"), field="letter_date")
    if letter_date > _today(ctx):
        raise UserError(
            translate("courses", "公文日期 {date} 晚於今天，請確認。").format(date=format_roc(letter_date, "short")),
            field="letter_date",
        )
    month = ctx.record
    y, m = _following(month.year, month.month)
    if letter_date < date(y, m, 1):
        raise UserError(
            translate("courses", "公文日期 {date} 在{month}結束之前，不能據以更正該月已確認的資料。").format(
                date=format_roc(letter_date, "short"), month=month_label(month.year, month.month)
            ),
            field="letter_date",
        )
    amendment = Amendment(
        id=uuid.uuid4(),
        letter_no=letter_no,
        letter_date=letter_date,
        reason=ctx.reason,
        opened_by_id=ctx.user.office_user_id,
    )
    ctx.notes.update(letter_no=letter_no, letter_date=letter_date.isoformat())
    ctx.after.append(lambda: ctx.record.amendments.append(amendment))


def _close_amendment(ctx: MoveContext[ReportMonth]) -> None:
    """重新確認: the corrected count (when given), who and when, and the open amendment is closed."""
    _records(ctx, required=False)
    _confirmed(ctx)
    amendment = next((a for a in ctx.record.amendments if a.reconfirmed_at is None), None)
    if amendment is not None:
        ctx.notes["letter_no"] = amendment.letter_no

        def close() -> None:
            amendment.reconfirmed_at = ctx.now

        ctx.after.append(close)


# --- the table ---------------------------------------------------------------------------------------------

#: What a hint adds to the plain "目前為「…」，不能…" message for a move a state does not allow.
_ILLEGAL_HINTS = {
    ("confirm", R.OPEN): QT_TRANSLATE_NOOP("courses", "尚未上傳，請先上傳本月的研習紀錄再確認。"),
    ("confirm", R.CONFIRMED): QT_TRANSLATE_NOOP("courses", "已確認，不必重複確認。"),
    ("upload", R.CONFIRMED): QT_TRANSLATE_NOOP("courses", "已確認並鎖定；如需更正，請依公文開啟更正。"),
    ("open_amendment", R.OPEN): QT_TRANSLATE_NOOP("courses", "尚未確認，可直接上傳更正後的資料。"),
    ("open_amendment", R.UPLOADED): QT_TRANSLATE_NOOP("courses", "尚未確認，可直接上傳更正後的資料。"),
}


def _illegal(session: Session, month: ReportMonth, move: Move[ReportState]) -> UserError:
    county = session.get(County, month.county_code)
    text = translate("courses", "{county}{month}目前為「{state}」，不能{verb}。").format(
        county=county.name if county else month.county_code,
        month=month_label(month.year, month.month),
        state=label(month.state),
        verb=translate("courses", move.verb),
    )
    hint = _ILLEGAL_HINTS.get((move.action, month.state))
    return UserError(text + (translate("courses", hint) if hint else ""), field="state")


def _conflict(session: Session, code: str, state: ReportState) -> ConflictError:
    handled = audit.last_change(session, MONTH_ENTITY, code)
    who, when = handled if handled else (translate("courses", "其他人"), None)
    return ConflictError(
        translate(
            "courses",
            "傳報月份 {code} 已由 {who} 於 {when} 變更（目前狀態：{state}），您看到的是舊資料。請重新整理再處理。",
        ).format(
            code=code, who=who, when=roc_moment(when) if when else translate("courses", "剛才"), state=label(state)
        ),
        field="version",
    )


def _stale(session: Session, month: ReportMonth) -> ConflictError:
    return _conflict(session, month_code(month.county_code, month.year, month.month), month.state)


def _lost_race(session: Session, month_id: Any, code: str) -> ConflictError:
    with Session(bind=session.get_bind()) as fresh:
        state = fresh.execute(select(ReportMonth.state).where(ReportMonth.id == month_id)).scalar_one_or_none()
        return _conflict(fresh, code, state or R.OPEN)


_REPORT = Permission.REPORT_MONTHS
MONTH_WORKFLOW: Workflow[ReportState, ReportMonth] = Workflow(
    entity=MONTH_ENTITY,
    context="courses",
    changes=Changes(reports=True, courses=True, audit=True),
    state_label=label,
    code=lambda m: month_code(m.county_code, m.year, m.month),
    audit_by_code=True,
    illegal=_illegal,
    stale=_stale,
    lost_race=_lost_race,
    moves=(
        Move(
            "upload",
            frozenset({R.OPEN, R.UPLOADED}),
            R.UPLOADED,
            QT_TRANSLATE_NOOP("courses", "上傳"),
            _REPORT,
            _month_scope,
            guard=_upload,
        ),
        Move(
            "confirm",
            frozenset({R.UPLOADED}),
            R.CONFIRMED,
            QT_TRANSLATE_NOOP("courses", "確認"),
            _REPORT,
            _month_scope,
            guard=_month_over,
            effects=(_confirmed,),
        ),
        Move(
            "open_amendment",
            frozenset({R.CONFIRMED}),
            R.AMENDING,
            QT_TRANSLATE_NOOP("courses", "開啟更正"),
            _REPORT,
            _month_scope,
            reason_prompt=QT_TRANSLATE_NOOP("courses", "開啟更正必須寫明更正的原因。"),
            guard=_official_letter,
        ),
        Move(
            "reconfirm",
            frozenset({R.AMENDING}),
            R.CONFIRMED,
            QT_TRANSLATE_NOOP("courses", "重新確認"),
            _REPORT,
            _month_scope,
            effects=(_close_amendment,),
        ),
    ),
)


# --- applying a move ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthMove:
    """What one move of a report month did, for the status bar and for refreshing views."""

    code: str
    old_state: ReportState
    new_state: ReportState
    version: int
    message: str
    changes: Changes


def move_month(
    session: Session,
    user: CurrentUser,
    county_code: str,
    year: int,
    month: int,
    action: str,
    *,
    reason: str = "",
    expected_version: int | None = None,
    source: AuditSource | None = None,
    today: date | None = None,
    **params: Any,
) -> MonthMove:
    """Apply the move ``action`` of :data:`MONTH_WORKFLOW` to ``county_code``'s ``year``-``month``.

    ``expected_version`` is the version the person saw (0: the month had no row yet); ``today`` is the day
    the calendar rules are checked against (default: today in Taiwan). Params by move: ``records`` (上傳,
    optionally 重新確認), ``letter_no`` and ``letter_date`` (開啟更正).
    """
    move = MONTH_WORKFLOW.move_named(action)
    user.require(move.permission)
    county = county_for_move(session, user, county_code)
    if not 1 <= month <= 12:
        raise UserError(translate("courses", "月份應為 1 到 12。"), field="month")
    code = month_code(county.code, year, month)
    record = session.execute(
        select(ReportMonth).where(
            ReportMonth.county_code == county.code, ReportMonth.year == year, ReportMonth.month == month
        )
    ).scalar_one_or_none()
    if record is None:
        _month_scope(session, user, ReportMonth(county_code=county.code, year=year, month=month))
        record = ReportMonth(
            id=uuid.uuid4(), county_code=county.code, year=year, month=month, state=R.OPEN, records=0, version=1
        )
        session.add(record)
        try:
            session.flush()
        except IntegrityError:  # another clerk created it a moment ago
            raise ConflictError(
                translate("courses", "傳報月份 {code} 剛由他人建立，請重新整理再處理。").format(code=code),
                field="version",
            ) from None
        expected_version = None if expected_version in (None, 0) else expected_version
    elif expected_version == 0:  # the person saw no row: someone created it since
        raise _stale(session, record)
    moved = MONTH_WORKFLOW.move(
        session,
        user,
        record,
        action,
        reason=reason,
        expected_version=expected_version,
        source=source,
        today=today or local_today(),
        **params,
    )
    message = translate("courses", "已{verb}：{county}{month}").format(
        verb=translate("courses", move.verb), county=county.name, month=month_label(year, month)
    )
    return MonthMove(code, moved.old_state, moved.new_state, moved.version, message, moved.changes)
