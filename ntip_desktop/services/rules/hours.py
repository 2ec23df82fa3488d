"""Creditable hours (docs/rules.md HRS-1…8, Art 10) as pure functions over the plain data of :mod:`.hours_types`.

Each course is planned once (its blocks, their full-attendance hours and trace lines, and the award of
anyone attending in full); each enrollment then costs only arithmetic, and the day/week caps are applied
per teacher in a single pass. A teacher whose courses cannot reach a cap even at full attendance skips
that pass, and one who attended everything in full with no two courses in a week shares the courses'
precomputed awards.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import itemgetter

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services.rules.hours_plan import (
    Evaluation,
    Plan,
    SharedLines,
    award_alone,
    blocks,
    cap_week,
    evaluate,
    fits_caps,
    plan_course,
)
from ntip_desktop.services.rules.hours_types import (
    ABSENCE_REASONS,
    AWARDED,
    DELIVERIES,
    NOT_COMPLETED,
    SEGMENT_KINDS,
    VOID_UNEXCUSED,
    Absence,
    Award,
    AwardRow,
    AwardTail,
    Block,
    BlockCredit,
    CourseInput,
    CreditRow,
    Enrollment,
    Segment,
    TeacherAwards,
    block_hours,
)
from ntip_desktop.services.rules.ruleset import DEFAULT_RULE_SET, RuleSet
from ntip_desktop.vocabulary import AbsenceReason, AwardStatus, Delivery, SegmentKind

__all__ = [
    "ABSENCE_REASONS",
    "DELIVERIES",
    "SEGMENT_KINDS",
    "Absence",
    "AbsenceReason",
    "Award",
    "AwardRow",
    "AwardStatus",
    "Block",
    "BlockCredit",
    "CourseInput",
    "CreditRow",
    "Delivery",
    "Enrollment",
    "Segment",
    "SegmentKind",
    "TeacherAwards",
    "award_rows",
    "block_hours",
    "blocks",
    "compute_awards",
    "group_by_teacher",
    "teacher_awards",
]


class _Invalid(Exception):
    """Raised on the fast path; the slow pass then finds and explains the first problem."""


def _plans(courses: Sequence[CourseInput], rs: RuleSet) -> dict[str, Plan]:
    plans: dict[str, Plan] = {}
    shared = SharedLines()
    for i, course in enumerate(courses):
        if not isinstance(course.code, str) or not course.code:
            raise UserError(translate("services.rules.hours", "課程代碼不可空白"), field=f"courses[{i}].code")
        if course.code in plans:
            raise UserError(
                translate("services.rules.hours", "課程代碼 {code} 重複").format(code=course.code),
                field=f"courses[{i}].code",
            )
        plans[course.code] = plan_course(course, f"courses[{i}]", rs, shared)
    # One bit per ISO week any course touches, counted from the first: two courses that share a week have
    # masks that intersect. The weeks wrap around every WEEK_BITS, so that a mask's size is bounded by
    # the data and not by the date range (one course in 1912 and the rest in 2910 would otherwise give
    # every course a mask of 52,000 bits). Courses WEEK_BITS weeks apart then seem to share a week: that
    # only sends their teacher down the slower path, which caps by the real days and weeks.
    first = min((w for p in plans.values() for w in p.weeks), default=0)
    for p in plans.values():
        mask = 0
        for w in p.weeks:
            mask |= 1 << ((w - first) // 7 % WEEK_BITS)
        p.week_mask = mask
    return plans


#: Bits of a course's week mask: about twenty years before two weeks share a bit.
WEEK_BITS = 1024


def _teacher_tails(enrollments: list[Enrollment], plans: dict[str, Plan], rs: RuleSet) -> list[AwardTail]:
    """All awards of one teacher, whose enrollments are sorted by course code."""
    evals: list[Evaluation] = []
    rows: list[AwardTail] = []
    previous = None
    for e in enrollments:
        if e.course == previous:
            raise _Invalid
        previous = e.course
        plan = plans[e.course]
        if plan.in_person:
            ev = evaluate(plan, e, "", rs) if e.absences else plan.full
            if ev.void:
                rows.append((plan.code, 0, VOID_UNEXCUSED, ev.trace, ev))
            else:
                evals.append(ev)
            continue
        if e.absences:  # validated, though credit and online hours do not depend on them
            evaluate(plan, e, "", rs)
        if e.completed:
            hours, trace = plan.award_traces
            rows.append((plan.code, hours, AWARDED, trace, ()))
        else:
            rows.append((plan.code, 0, NOT_COMPLETED, _not_completed(rs), ()))
    if evals:
        # The caps of a day or week see only that day's or week's blocks, so a course that shares no
        # week with the teacher's other courses is capped on its own; only the rest need cap_week together.
        seen = shared = 0
        for ev in evals:
            mask = ev.plan.week_mask
            shared |= seen & mask
            seen |= mask
        linked = []
        for ev in evals:
            if ev.plan.week_mask & shared:
                linked.append(ev)
            else:
                rows.append(award_alone(ev, rs))
        if linked:
            if fits_caps(linked, rs):
                rows.extend((ev.plan.code, ev.total, AWARDED, ev.trace, ev) for ev in linked)
            else:
                rows.extend(cap_week(linked, rs))
    if len(rows) > 1:
        rows.sort(key=itemgetter(0))
    return rows


def _not_completed(rs: RuleSet) -> tuple[str, ...]:
    return (translate("services.rules.hours", "未完成研習 → 0小時"), translate("services.rules.hours", "核發 0 小時"))


def _explain_problem(enrollments: Sequence[Enrollment], plans: dict[str, Plan], rs: RuleSet) -> None:
    """Walk the enrollments in input order and raise UserError for the first inconsistent one."""
    seen: dict[tuple[str, str], int] = {}
    for i, e in enumerate(enrollments):
        where = f"enrollments[{i}]"
        if not isinstance(e.teacher, str) or not e.teacher:
            raise UserError(translate("services.rules.hours", "教師不可空白"), field=f"{where}.teacher")
        plan = plans.get(e.course) if isinstance(e.course, str) else None
        if plan is None:
            raise UserError(
                translate("services.rules.hours", "找不到課程代碼 {code}").format(code=e.course),
                field=f"{where}.course",
            )
        key = (e.teacher, e.course)
        if key in seen:
            raise UserError(
                translate("services.rules.hours", "教師 {t} 重複報名課程 {code}（另見 enrollments[{j}]）").format(
                    t=e.teacher, code=e.course, j=seen[key]
                ),
                field=f"{where}.course",
            )
        seen[key] = i
        if e.absences:
            evaluate(plan, e, where, rs)


def group_by_teacher(enrollments: Iterable[Enrollment]) -> dict[str, list[Enrollment]]:
    """Enrollments per teacher, in input order."""
    by_teacher: dict[str, list[Enrollment]] = {}
    for e in enrollments:
        same = by_teacher.get(e.teacher)
        if same is None:
            by_teacher[e.teacher] = [e]
        else:
            same.append(e)
    return by_teacher


def teacher_awards(
    courses: Sequence[CourseInput],
    enrollments: Sequence[Enrollment],
    rule_set: RuleSet = DEFAULT_RULE_SET,
    by_teacher: dict[str, list[Enrollment]] | None = None,
) -> list[TeacherAwards]:
    """HRS-1…8 per teacher: (teacher, awards in course order) in teacher order.

    ``by_teacher`` is :func:`group_by_teacher` of ``enrollments`` when the caller already has it. Awards of
    everyone attending a course in full (and no other course that week) are one shared tuple.
    """
    rs = rule_set
    plans = _plans(courses, rs)
    if by_teacher is None:
        by_teacher = group_by_teacher(enrollments)
    groups: list[TeacherAwards] = []
    append = groups.append
    by_course = itemgetter(1)  # Enrollment.course
    try:
        for teacher in sorted(by_teacher):
            if type(teacher) is not str or not teacher:
                raise _Invalid
            same = by_teacher[teacher]
            if len(same) == 1:
                _, course, completed, absences = same[0]
                plan = plans[course]
                if not absences and (plan.in_person or completed):
                    append((teacher, [plan.simple]))
                    continue
            else:
                # Fast path: full attendance (or completion) everywhere and no two courses in one week,
                # so every award is its course's precomputed one.
                same.sort(key=by_course)
                tails = []
                weeks = 0
                previous = None
                for _, course, completed, absences in same:
                    plan = plans[course]
                    mask = plan.week_mask
                    if absences or not (plan.in_person or completed) or course == previous or weeks & mask:
                        break
                    previous = course
                    weeks |= mask
                    tails.append(plan.simple)
                else:
                    append((teacher, tails))
                    continue
            append((teacher, _teacher_tails(same, plans, rs)))
    except (_Invalid, KeyError, TypeError, UserError):
        _explain_problem(enrollments, plans, rs)
        raise
    return groups


def award_rows(
    courses: Sequence[CourseInput],
    enrollments: Sequence[Enrollment],
    rule_set: RuleSet = DEFAULT_RULE_SET,
) -> list[AwardRow]:
    """:func:`compute_awards` as plain tuples (teacher, course, hours, status, trace, blocks)."""
    return [(teacher, *tail) for teacher, tails in teacher_awards(courses, enrollments, rule_set) for tail in tails]


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
    credits: dict[int, tuple[BlockCredit, ...]] = {}  # awards at full attendance share their blocks
    awards = []
    for teacher, course, hours, status, trace, source in rows:
        block_credits = credits.get(id(source))
        if block_credits is None:
            made = source.credit_rows() if source else ()
            block_credits = credits[id(source)] = tuple(BlockCredit(*c) for c in made)
        awards.append(Award(teacher, course, hours, status, trace, block_credits))
    return awards
