"""Creditable hours (RULES.md HRS-1…8, Art 10) as pure functions over small frozen dataclasses.

Each course is planned once (its blocks, their full-attendance hours and trace lines); each enrollment
then costs only arithmetic, and the day/week caps are applied per teacher in a single pass. A teacher
whose courses cannot reach a cap even at full attendance skips that pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter, itemgetter

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import tr
from ntip_desktop.services.rules.hours_plan import _alone, _cap, _evaluate, _Eval, _fits, _or, _plan, _Plan, blocks
from ntip_desktop.services.rules.hours_types import (
    ABSENCE_REASONS,
    DELIVERIES,
    SEGMENT_KINDS,
    Absence,
    AbsenceReason,
    Award,
    AwardRow,
    AwardStatus,
    Block,
    BlockCredit,
    CourseInput,
    CreditRow,
    Delivery,
    Enrollment,
    Segment,
    SegmentKind,
    block_hours,
)
from ntip_desktop.services.rules.ruleset import DEFAULT_RULE_SET, RuleSet

__all__ = [
    "ABSENCE_REASONS", "DELIVERIES", "SEGMENT_KINDS", "Absence", "AbsenceReason", "Award", "AwardRow",
    "AwardStatus", "Block", "BlockCredit", "CourseInput", "CreditRow", "Delivery", "Enrollment", "Segment",
    "SegmentKind", "award_rows", "block_hours", "blocks", "compute_awards",
]  # fmt: skip


class _Invalid(Exception):
    """Raised on the fast path; the slow pass then finds and explains the first problem."""


def _plans(courses: Sequence[CourseInput], rs: RuleSet) -> dict[str, _Plan]:
    plans: dict[str, _Plan] = {}
    for i, course in enumerate(courses):
        if not isinstance(course.code, str) or not course.code:
            raise UserError(tr("課程代碼不可空白"), field=f"courses[{i}].code")
        if course.code in plans:
            raise UserError(tr("課程代碼 {code} 重複").format(code=course.code), field=f"courses[{i}].code")
        plans[course.code] = _plan(course, f"courses[{i}]", rs)
    # One bit per ISO week any course touches: two courses share a week when their masks intersect.
    first = min((w for p in plans.values() for w in p.weeks), default=0)
    for p in plans.values():
        p.week_mask = sum(1 << ((w - first) // 7) for w in p.weeks)
    return plans


def _teacher_rows(teacher: str, enrollments: list[Enrollment], plans: dict[str, _Plan], rs: RuleSet,
                  out: list[AwardRow]) -> None:  # fmt: skip
    """All awards of one teacher, whose enrollments are sorted by course code."""
    evals: list[_Eval] = []
    rows: list[AwardRow] = []
    previous = None
    for e in enrollments:
        if e.course == previous:
            raise _Invalid
        previous = e.course
        plan = plans[e.course]
        if plan.delivery == "in_person":
            ev = _evaluate(plan, e, "", rs) if e.absences else plan.full
            if ev.void:
                rows.append((teacher, plan.code, 0, "void_unexcused", ev.trace, ev.credits))
            else:
                evals.append(ev)
            continue
        if e.absences:  # validated, though credit and online hours do not depend on them
            _evaluate(plan, e, "", rs)
        if e.completed:
            hours, trace = plan.award_traces
            rows.append((teacher, plan.code, hours, "awarded", trace, ()))
        else:
            rows.append((teacher, plan.code, 0, "not_completed", _not_completed(rs), ()))
    if evals:
        masks = [ev.plan.week_mask for ev in evals]
        if sum(masks) == _or(masks):  # no two courses share a week: the caps apply course by course
            rows.extend(_alone(teacher, ev, rs) for ev in evals)
        elif _fits(evals, rs):
            rows.extend((teacher, ev.plan.code, ev.total, "awarded", ev.trace, ev.credits) for ev in evals)
        else:
            rows.extend(_cap(teacher, evals, rs))
    if len(rows) > 1:
        rows.sort(key=itemgetter(1))
    out.extend(rows)


def _not_completed(rs: RuleSet) -> tuple[str, ...]:
    return (tr("未完成研習 → 0小時"), tr("核發 0 小時"))


def _explain_problem(enrollments: Sequence[Enrollment], plans: dict[str, _Plan], rs: RuleSet) -> None:
    """Walk the enrollments in input order and raise UserError for the first inconsistent one."""
    seen: dict[tuple[str, str], int] = {}
    for i, e in enumerate(enrollments):
        where = f"enrollments[{i}]"
        if not isinstance(e.teacher, str) or not e.teacher:
            raise UserError(tr("教師不可空白"), field=f"{where}.teacher")
        plan = plans.get(e.course) if isinstance(e.course, str) else None
        if plan is None:
            raise UserError(tr("找不到課程代碼 {code}").format(code=e.course), field=f"{where}.course")
        key = (e.teacher, e.course)
        if key in seen:
            raise UserError(
                tr("教師 {t} 重複報名課程 {code}（另見 enrollments[{j}]）").format(t=e.teacher, code=e.course, j=seen[key]),
                field=f"{where}.course",
            )
        seen[key] = i
        if e.absences:
            _evaluate(plan, e, where, rs)


def award_rows(
    courses: Sequence[CourseInput],
    enrollments: Sequence[Enrollment],
    rule_set: RuleSet = DEFAULT_RULE_SET,
) -> list[AwardRow]:
    """:func:`compute_awards` as plain tuples, for callers that only serialise them."""
    rs = rule_set
    plans = _plans(courses, rs)
    by_teacher: dict[str, list[Enrollment]] = {}
    rows: list[AwardRow] = []
    append = rows.append
    by_course = attrgetter("course")
    try:
        for e in enrollments:
            same = by_teacher.get(e.teacher)
            if same is None:
                by_teacher[e.teacher] = [e]
            else:
                same.append(e)
        for teacher in sorted(by_teacher):
            if type(teacher) is not str or not teacher:
                raise _Invalid
            same = by_teacher[teacher]
            if len(same) == 1:
                e = same[0]
                plan = plans[e.course]
                if not e.absences and (plan.in_person or e.completed):
                    append((teacher,) + plan.simple)
                    continue
            else:
                # Fast path: full attendance (or completion) everywhere and no two courses in one week,
                # so every award is its course's precomputed one.
                same.sort(key=by_course)
                tails = []
                weeks = 0
                previous = None
                for e in same:
                    plan = plans[e.course]
                    mask = plan.week_mask
                    if e.absences or not (plan.in_person or e.completed) or e.course == previous or weeks & mask:
                        break
                    previous = e.course
                    weeks |= mask
                    tails.append(plan.simple)
                else:
                    for tail in tails:
                        append((teacher,) + tail)
                    continue
            _teacher_rows(teacher, same, plans, rs, rows)
    except (_Invalid, KeyError, TypeError, UserError):
        _explain_problem(enrollments, plans, rs)
        raise
    return rows


def compute_awards(
    courses: Sequence[CourseInput],
    enrollments: Sequence[Enrollment],
    rule_set: RuleSet = DEFAULT_RULE_SET,
) -> list[Award]:
    """HRS-1…8 for every enrollment; awards sorted by teacher, then course.

    Inconsistent input raises UserError whose ``field`` is a JSON path such as
    ``enrollments[3].absences[0].minutes``.
    """
    rows = award_rows(courses, enrollments, rule_set)
    credits: dict[int, tuple[BlockCredit, ...]] = {}  # rows at full attendance share their block tuple
    awards = []
    for teacher, course, hours, status, trace, raw in rows:
        block_credits = credits.get(id(raw))
        if block_credits is None:
            block_credits = credits[id(raw)] = tuple(BlockCredit(*c) for c in raw)
        awards.append(Award(teacher, course, hours, status, trace, block_credits))
    return awards
