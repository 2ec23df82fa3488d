"""The printable review sheet of a course (研習課程審核表), and who may see a course at all.

A course is seen by the unit that reviews it (Art 11: ``access.units_of``), by its organiser's side (the
school's coordinator, a clerk of the organiser's district: ``access.check_organiser_scope``), and by the
administrator. The sheet reads; it writes nothing (the caller saves the bytes with
``services.files.write_atomically``). A course not yet submitted has no stored checklist: its sheet shows
the checks as they would run today, and says so.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from ntip_desktop.errors import PermissionDenied
from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.labels import label
from ntip_desktop.models import Course, OfficeUser, ReviewItem, Role
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.courses.access import load_course, unit_name, units_of
from ntip_desktop.services.courses.checks import check_title, course_review, items_in_order, run_checks, segments_of
from ntip_desktop.services.pdf import review_sheet as sheet_pdf
from ntip_desktop.services.pdf.review_sheet import ReviewSheetData, SheetCheck, SheetSegment
from ntip_desktop.services.rules.rocdate import TAIWAN, format_roc, local_today, roc_moment
from ntip_desktop.services.rulesets import rule_set_in_force
from ntip_desktop.vocabulary import CheckOutcome

#: What a decision (the workflow's action stored on the review) is called on paper.
DECISION_LABELS = {
    "approve": QT_TRANSLATE_NOOP("courses", "核准"),
    "return": QT_TRANSLATE_NOOP("courses", "退回補正"),
    "reject": QT_TRANSLATE_NOOP("courses", "不予採計"),
}


def may_view(user: CurrentUser, units: list[str] | None, course: Course) -> bool:
    """Whether ``user`` (whose review units are ``units``, from ``access.units_of``) may see ``course``."""
    if user.role is Role.ADMIN or units is None:
        return True
    if user.can(Permission.REVIEW_COURSES) and course.review_unit in units:
        return True
    organizer = course.organizer
    if user.role is Role.SCHOOL_COORDINATOR:
        return user.can(Permission.EDIT_COURSES) and organizer.id == user.organization_id
    if user.role is Role.DISTRICT_CLERK:
        return user.can(Permission.REVIEW_COURSES) and organizer.district_center_id == user.district_center_id
    return False


def check_view_scope(session: Session, user: CurrentUser, course: Course) -> None:
    """PermissionDenied unless ``user`` reviews the course, organises it (or is of its district), or is admin."""
    if not may_view(user, units_of(session, user), course):
        raise PermissionDenied(
            translate("courses", "課程 {code}「{title}」不在您的範圍（{scope}），不能檢視或列印。").format(
                code=course.code, title=course.title, scope=user.scope_label
            )
        )


@dataclass(frozen=True)
class RenderedSheet:
    code: str
    title: str  #: 研習課程審核表
    pdf: bytes

    @property
    def suggested_name(self) -> str:
        return translate("courses", "{code}-課程審核表.pdf").format(code=self.code)


def _reason(session: Session, item: ReviewItem) -> str | None:
    if item.override_reason is None:
        return None
    who = session.get(OfficeUser, item.overridden_by_id) if item.overridden_by_id else None
    parts = [item.override_reason]
    if who is not None or item.overridden_at is not None:
        parts.append(
            translate("courses", "（{who}，{when}）").format(
                who=who.display_name if who else translate("courses", "命令列"),
                when=roc_moment(item.overridden_at) if item.overridden_at else "",
            )
        )
    return "".join(parts)


def _stored_checks(session: Session, course: Course) -> tuple[str, list[SheetCheck]] | None:
    review = course_review(session, course.id)
    if review is None:
        return None
    checks = []
    for item in items_in_order(review):
        changed = item.override_reason is not None or item.outcome is not item.auto_outcome
        checks.append(
            SheetCheck(
                item.check_id,
                check_title(item.check_id),
                label(item.outcome),
                label(item.auto_outcome) if changed else None,
                item.message,
                _reason(session, item),
            )
        )
    note = translate("courses", "檢核規則版本 {version}；「自動」為系統檢核的原始結果，經審核人變更者並列。").format(
        version=review.rule_set_version
    )
    return note, checks


def _live_checks(session: Session, course: Course) -> tuple[str, list[SheetCheck]]:
    rs = rule_set_in_force(session)
    checks = [
        SheetCheck(r.id, check_title(r.id), label(CheckOutcome(r.outcome)), None, r.message, None)
        for r in run_checks(session, course, rs)
    ]
    note = translate("courses", "本課程尚未送審，以下為依規則版本 {version} 即時檢核的結果，尚未存檔。").format(
        version=rs.version
    )
    return note, checks


def _roc_wall_clock(moment: datetime) -> str:
    """A course's local wall-clock time on paper: 115年11月24日 09:00."""
    return f"{format_roc(moment.date())} {moment:%H:%M}"


def sheet_data(session: Session, user: CurrentUser, course_ref: uuid.UUID | str) -> ReviewSheetData:
    """What the review sheet of the course shows (scope checked)."""
    course = load_course(session, course_ref)
    check_view_scope(session, user, course)
    organizer = course.organizer
    segments = tuple(
        SheetSegment(
            format_roc(s.start_at.date()),
            f"{s.start_at:%H:%M}–{s.end_at:%H:%M}",
            label(s.kind),
            s.topic,
        )
        for s in segments_of(session, course.id)
    )
    note, checks = _stored_checks(session, course) or _live_checks(session, course)
    review = course_review(session, course.id)
    decision = decided_by = decided_at = reason = ""
    if review is not None and review.decision:
        decision = translate("courses", DECISION_LABELS.get(review.decision, review.decision))
        who = session.get(OfficeUser, review.reviewer_id) if review.reviewer_id else None
        decided_by = who.display_name if who else translate("courses", "命令列")
        if review.decided_at:
            local = review.decided_at.astimezone(TAIWAN)
            decided_at = f"{format_roc(local.date(), 'official')} {local:%H:%M}"
        reason = review.decision_reason or ""
    county = organizer.county
    return ReviewSheetData(
        code=course.code,
        title=course.title,
        session_label=course.session_label,
        organizer=f"{organizer.name}（{county.name}）" if county else organizer.name,
        organizer_category=translate("courses", "第7條第{n}款").format(n=course.organizer_category),
        start=_roc_wall_clock(course.start_at),
        end=_roc_wall_clock(course.end_at),
        venue=course.venue,
        delivery=label(course.delivery),
        class_nature=course.class_nature or "",
        basis_doc=course.basis_doc or "",
        consent_doc=course.consent_doc or "",
        segments=segments,
        checklist_note=note,
        checks=tuple(checks),
        state=label(course.state),
        decision=decision,
        decided_by=decided_by,
        decided_at=decided_at,
        decision_reason=reason,
        review_unit=unit_name(session, course.review_unit),
        printed_on=format_roc(local_today(), "official"),
        pdf_title=translate("courses", "研習課程審核表 {code} {title}").format(code=course.code, title=course.title),
    )


def render_review_sheet(session: Session, user: CurrentUser, course_ref: uuid.UUID | str) -> RenderedSheet:
    """The course's review sheet as an A4 PDF: course, segments, checklist, decision, reviewing unit."""
    data = sheet_data(session, user, course_ref)
    return RenderedSheet(data.code, translate("courses", "研習課程審核表"), sheet_pdf.render_review_sheet(data))
