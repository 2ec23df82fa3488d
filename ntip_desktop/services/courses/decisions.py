"""Courses (docs/rules.md CRS): the one state machine, from submission to decision.

Moves of a course (``WORKFLOW``, a transition table for :mod:`ntip_desktop.services.workflow`)::

    draft     → submitted (送審: routed by Art 11, checklist run)
    returned  → submitted (補正後重新送審, saying what was corrected)
    submitted → in_review (開始審核) | approved | returned (退回補正) | rejected (不予採計)
    in_review → approved (核准) | returned | rejected
    approved  → awarded (by awarding hours: services/attendance); awarded, rejected, cancelled: final here

Only the routed unit decides (Art 11, ``access.check_review_scope``); the organiser's coordinator (or a
clerk of its district) submits. A course is approved only when no check fails and every manual item is
answered (an override with a reason counts); an Art 9 hit needs the consent document number first.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.labels import label
from ntip_desktop.models import AuditSource, Course, CourseState
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.courses.access import (
    AUTHORITY_PREFIX,
    ENTITY,
    NATIONAL_CENTER,
    check_organiser_scope,
    check_review_scope,
    fresh_conflict,
    load_course,
    stale_copy,
)
from ntip_desktop.services.courses.checks import (
    RESTRICTED_CHECK,
    blocking_items,
    check_title,
    course_review,
    review_course,
)
from ntip_desktop.services.courses.months import check_unlocked
from ntip_desktop.services.rules.routing import route_review_unit
from ntip_desktop.services.workflow import Move, MoveContext, Workflow
from ntip_desktop.vocabulary import ReportingMode

S = CourseState


@dataclass(frozen=True)
class CourseMove:
    """What one move did, for the status bar and for refreshing views."""

    course_id: uuid.UUID
    code: str
    old_state: CourseState
    new_state: CourseState
    version: int
    message: str
    changes: Changes


# --- who may ------------------------------------------------------------------------------------------


def _review_scope(session: Session, user: CurrentUser, course: Course) -> None:
    check_review_scope(session, user, course)


def _organiser_scope(session: Session, user: CurrentUser, course: Course) -> None:
    check_organiser_scope(session, user, course.organizer)


# --- effects and guards -----------------------------------------------------------------------------------


def review_unit_of(course: Course) -> str:
    """The unit Art 11 routes ``course`` to, as stored in ``Course.review_unit``."""
    org = course.organizer
    county = org.county
    unit = route_review_unit(
        org.kind.value,
        county.name if county else None,
        org.ownership.value,
        level="central" if org.ownership.value == "national" else "local",
        back_end=county is not None and county.reporting_mode is ReportingMode.BACK_END,
    )
    if unit.kind == "national_center":
        return NATIONAL_CENTER
    if unit.county and county is not None:
        return AUTHORITY_PREFIX + county.code
    return AUTHORITY_PREFIX + unit.name


def _route_and_check(ctx: MoveContext[Course]) -> None:
    """送審: route the course (Art 11) and run its checklist, keeping answers that still apply."""
    ctx.values["review_unit"] = review_unit_of(ctx.record)

    def run_checklist() -> None:
        review_course(ctx.session, ctx.record)

    ctx.after.append(run_checklist)


def _month_open(ctx: MoveContext[Course]) -> None:
    """A back-end county's confirmed month locks its courses: no move until an amendment opens it."""
    check_unlocked(ctx.session, ctx.record.organizer.county_code, ctx.record.start_at.date())


def _approvable(ctx: MoveContext[Course]) -> None:
    _month_open(ctx)
    _nothing_blocks(ctx)


def _nothing_blocks(ctx: MoveContext[Course]) -> None:
    """核准 only when no check fails and every manual item is answered; Art 9 needs its consent document."""
    review = course_review(ctx.session, ctx.record.id)
    if review is None:
        raise UserError(translate("courses", "此課程尚未檢核，請先執行檢核。"), field="checks")
    blocking = blocking_items(review)
    restricted = next((i for i in review.items if i.check_id == RESTRICTED_CHECK), None)
    if restricted is not None and restricted.auto_outcome.value == "fail" and not ctx.record.consent_doc:
        raise UserError(
            translate("courses", "課程屬第9條所列活動（{message}），須先登錄主管機關同意文號才能核准。").format(
                message=restricted.message
            ),
            field="consent_doc",
        )
    if blocking:
        raise UserError(
            translate("courses", "尚有 {n} 項檢核未通過或未判定：{items}。請逐項處理，或寫明理由變更結果。").format(
                n=len(blocking), items="、".join(check_title(i.check_id) for i in blocking)
            ),
            field="checks",
        )


def _decided(ctx: MoveContext[Course]) -> None:
    """The review records who decided, why and when."""
    review = course_review(ctx.session, ctx.record.id)
    if review is not None:
        review.decision = ctx.action
        review.decision_reason = ctx.reason or None
        review.reviewer_id = ctx.user.office_user_id
        review.decided_at = ctx.now


_DECIDE = Permission.REVIEW_COURSES
WORKFLOW: Workflow[CourseState, Course] = Workflow(
    entity=ENTITY,
    context="courses",
    changes=Changes(courses=True, audit=True),
    state_label=label,
    illegal=lambda session, course, move: UserError(
        translate("courses", "課程 {code} 目前為「{state}」，不能{verb}。").format(
            code=course.code, state=label(course.state), verb=translate("courses", move.verb)
        ),
        field="state",
    ),
    stale=stale_copy,
    code=lambda course: course.code,
    audit_by_code=True,
    lost_race=fresh_conflict,
    moves=(
        Move(
            "submit",
            frozenset({S.DRAFT}),
            S.SUBMITTED,
            QT_TRANSLATE_NOOP("courses", "送審"),
            Permission.EDIT_COURSES,
            _organiser_scope,
            guard=_month_open,
            effects=(_route_and_check,),
        ),
        Move(
            "resubmit",
            frozenset({S.RETURNED}),
            S.SUBMITTED,
            QT_TRANSLATE_NOOP("courses", "補正後送審"),
            Permission.EDIT_COURSES,
            _organiser_scope,
            guard=_month_open,
            reason_prompt=QT_TRANSLATE_NOOP("courses", "重新送審必須寫明已補正的內容。"),
            effects=(_route_and_check,),
        ),
        Move(
            "take",
            frozenset({S.SUBMITTED}),
            S.IN_REVIEW,
            QT_TRANSLATE_NOOP("courses", "開始審核"),
            _DECIDE,
            _review_scope,
            guard=_month_open,
        ),
        Move(
            "approve",
            frozenset({S.SUBMITTED, S.IN_REVIEW}),
            S.APPROVED,
            QT_TRANSLATE_NOOP("courses", "核准"),
            _DECIDE,
            _review_scope,
            guard=_approvable,
            effects=(_decided,),
        ),
        Move(
            "return",
            frozenset({S.SUBMITTED, S.IN_REVIEW}),
            S.RETURNED,
            QT_TRANSLATE_NOOP("courses", "退回補正"),
            _DECIDE,
            _review_scope,
            guard=_month_open,
            reason_prompt=QT_TRANSLATE_NOOP("courses", "退回補正必須寫明需補正的項目。"),
            effects=(_decided,),
        ),
        Move(
            "reject",
            frozenset({S.SUBMITTED, S.IN_REVIEW}),
            S.REJECTED,
            QT_TRANSLATE_NOOP("courses", "不予採計"),
            _DECIDE,
            _review_scope,
            guard=_month_open,
            reason_prompt=QT_TRANSLATE_NOOP("courses", "不予採計必須寫明原因。"),
            effects=(_decided,),
        ),
    ),
)


def decide(
    session: Session,
    user: CurrentUser,
    ref: uuid.UUID | str,
    action: str,
    *,
    reason: str = "",
    expected_version: int | None = None,
    source: AuditSource | None = None,
    **params: Any,
) -> CourseMove:
    """Apply the move ``action`` of :data:`WORKFLOW` to the course ``ref`` (id or code)."""
    course = load_course(session, ref)
    moved = WORKFLOW.move(
        session, user, course, action, reason=reason, expected_version=expected_version, source=source, **params
    )
    message = translate("courses", "已{verb}：{code} {title}").format(
        verb=translate("courses", WORKFLOW.move_named(action).verb), code=course.code, title=course.title
    )
    return CourseMove(course.id, course.code, moved.old_state, moved.new_state, moved.version, message, moved.changes)
