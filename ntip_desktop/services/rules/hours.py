"""Creditable hours (RULES.md HRS-1…8, Art 10) as pure functions over small frozen dataclasses.

Each course is planned once (its blocks, their full-attendance hours and trace lines); each enrollment
then costs only arithmetic, and the day/week caps are applied per teacher in a single pass. A teacher
whose courses cannot reach a cap even at full attendance skips that pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter, itemgetter
from typing import Literal

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import tr
from ntip_desktop.services.rules.ruleset import DEFAULT_RULE_SET, RuleSet

Delivery = Literal["in_person", "credit", "online"]
SegmentKind = Literal["instruction", "travel", "sign_in", "lunch", "intermission", "tea_break"]
AbsenceReason = Literal["leave", "unexcused"]
AwardStatus = Literal["awarded", "capped", "void_unexcused", "not_completed"]

DELIVERIES = ("in_person", "credit", "online")
SEGMENT_KINDS = ("instruction", "travel", "sign_in", "lunch", "intermission", "tea_break")
ABSENCE_REASONS = ("leave", "unexcused")


@dataclass(frozen=True, slots=True)
class Segment:
    """A 時段 of a course: local wall-clock start and end on one day."""

    id: str
    start: datetime
    end: datetime
    kind: SegmentKind = "instruction"

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds()) // 60


@dataclass(frozen=True, slots=True)
class CourseInput:
    """What the hour rules need of a course."""

    code: str
    delivery: Delivery = "in_person"
    segments: tuple[Segment, ...] = ()
    #: 專案核准 document number: the course is not cut by the day/week caps (HRS-5).
    special_approval: str | None = None
    #: Credits of a credit class (HRS-6).
    credits: int | None = None
    #: Hours the organiser certified for an online course (HRS-7).
    certified_hours: int | None = None


@dataclass(frozen=True, slots=True)
class Absence:
    """Minutes of one segment a teacher missed, and why."""

    segment: str
    minutes: int
    reason: AbsenceReason = "leave"


@dataclass(frozen=True, slots=True)
class Enrollment:
    """A teacher on a course; no absence recorded = attended in full."""

    teacher: str
    course: str
    completed: bool = True
    absences: tuple[Absence, ...] = ()


@dataclass(frozen=True, slots=True)
class Block:
    """HRS-1: a maximal run of back-to-back instruction segments."""

    index: int
    start: datetime
    end: datetime
    segment_ids: tuple[str, ...]
    minutes: int


@dataclass(frozen=True, slots=True)
class BlockCredit:
    """What one block gave one teacher: attended minutes, hours by HRS-2, hours credited after caps."""

    index: int
    start: datetime
    end: datetime
    attended_minutes: int
    hours: int
    credited: int
    #: ``"day"`` or ``"week"`` when a cap cut the block (HRS-5).
    cut: str | None = None


@dataclass(frozen=True, slots=True)
class Award:
    """The hours one teacher gets for one course, with the trace that explains them (HRS-8)."""

    teacher: str
    course: str
    hours: int
    status: AwardStatus
    trace: tuple[str, ...]
    blocks: tuple[BlockCredit, ...] = ()


def block_hours(minutes: int, rule_set: RuleSet = DEFAULT_RULE_SET) -> int:
    """HRS-2: whole hours of a block of ``minutes`` continuous creditable minutes."""
    if minutes < rule_set.period_minutes:
        return 0
    if minutes < rule_set.two_hour_minutes:
        return 1
    return (minutes + rule_set.half_hour_tail) // 60


# --- planning a course ---------------------------------------------------------------------------


class _PlannedBlock:
    __slots__ = ("index", "start", "end", "segment_ids", "minutes", "hours", "label", "line",
                 "start_key", "day", "week")  # fmt: skip


class _Plan:
    """A course prepared once: blocks, segment lookup, full-attendance evaluation."""

    __slots__ = ("code", "delivery", "special", "credits", "certified", "blocks", "seg_block",
                 "seg_minutes", "total_minutes", "head", "tail", "full", "day_hours", "week_hours",
                 "weeks", "fits_alone", "award_traces", "in_person", "simple")  # fmt: skip


class _Eval:
    """One teacher's result on one in-person course before the caps."""

    __slots__ = ("plan", "hours", "attended", "lines", "total", "void", "trace", "credits")


_BY_START = attrgetter("start", "end")


def _segment_problem(course: CourseInput, where: str) -> UserError:
    """The first inconsistent segment of a course, explained (only called when there is one)."""
    seen: set[str] = set()
    for j, seg in enumerate(course.segments):
        path = f"{where}.segments[{j}]"
        if not isinstance(seg.id, str) or not seg.id:
            return UserError(tr("時段代號不可空白"), field=f"{path}.id")
        if seg.id in seen:
            return UserError(tr("時段代號 {id} 重複").format(id=seg.id), field=f"{path}.id")
        seen.add(seg.id)
        if seg.kind not in SEGMENT_KINDS:
            return UserError(tr("不明的時段類別：{kind}").format(kind=seg.kind), field=f"{path}.kind")
        if seg.end <= seg.start:
            return UserError(tr("結束時間須晚於開始時間"), field=f"{path}.end")
        if seg.end.date() != seg.start.date():
            return UserError(tr("時段跨越午夜：開始與結束須在同一天"), field=f"{path}.end")
    ordered = sorted(course.segments, key=_BY_START)
    for before, seg in zip(ordered, ordered[1:]):
        if seg.start < before.end:
            j = course.segments.index(seg)
            return UserError(tr("與時段 {other} 重疊").format(other=before.id), field=f"{where}.segments[{j}].start")
    raise AssertionError("no problem found")  # pragma: no cover


def _sorted_segments(course: CourseInput, where: str) -> list[Segment]:
    """The segments of one course in start order, after checking HRS's consistency rules."""
    seen: set[str] = set()
    kinds = SEGMENT_KINDS
    for seg in course.segments:
        start, end, sid = seg.start, seg.end, seg.id
        if (type(sid) is not str or not sid or sid in seen or seg.kind not in kinds or end <= start
                or end.date() != start.date()):  # fmt: skip
            raise _segment_problem(course, where)
        seen.add(sid)
    ordered = sorted(course.segments, key=_BY_START)
    previous_end = None
    for seg in ordered:
        if previous_end is not None and seg.start < previous_end:
            raise _segment_problem(course, where)
        previous_end = seg.end
    return ordered


def _make_blocks(ordered: Iterable[Segment]) -> list[tuple[list[Segment], int]]:
    """HRS-1 over segments in start order: (segments of the block, its minutes)."""
    runs: list[list[Segment]] = []
    current: list[Segment] | None = None
    for seg in ordered:
        if seg.kind != "instruction":
            current = None
        elif current is not None and current[-1].end == seg.start:
            current.append(seg)
        else:
            current = [seg]
            runs.append(current)
    return [(run, int((run[-1].end - run[0].start).total_seconds()) // 60) for run in runs]


def blocks(course: CourseInput) -> list[Block]:
    """HRS-1: the blocks of a course in start order (UserError on inconsistent segments)."""
    ordered = _sorted_segments(course, "course")
    return [
        Block(i, run[0].start, run[-1].end, tuple(s.id for s in run), minutes)
        for i, (run, minutes) in enumerate(_make_blocks(ordered))
    ]


def _plan(course: CourseInput, where: str, rs: RuleSet) -> _Plan:
    if course.delivery not in DELIVERIES:
        raise UserError(tr("不明的授課方式：{d}").format(d=course.delivery), field=f"{where}.delivery")
    ordered = _sorted_segments(course, where)
    plan = _Plan()
    plan.code = code = course.code
    plan.delivery = course.delivery
    plan.in_person = course.delivery == "in_person"
    plan.special = course.special_approval or None
    plan.credits = course.credits
    plan.certified = course.certified_hours
    # Segments start and end on one day, so minutes are a difference of minutes-of-day.
    plan.seg_minutes = seg_minutes = {
        s.id: s.end.hour * 60 + s.end.minute - s.start.hour * 60 - s.start.minute for s in ordered
    }
    plan.seg_block = seg_block = dict.fromkeys(seg_minutes, -1)
    if not plan.in_person:
        plan.award_traces = _fixed_hours(course, where, rs)
    planned: list[_PlannedBlock] = []
    line = tr("{label} 連續{m}分鐘 → {h}小時（第10條第1款）")
    day_hours: dict[int, int] = {}
    week_hours: dict[int, int] = {}
    for i, (run, minutes) in enumerate(_make_blocks(ordered)):
        b = _PlannedBlock()
        b.index, b.minutes = i, minutes
        b.start = start = run[0].start
        b.end = end = run[-1].end
        b.segment_ids = tuple(s.id for s in run)
        b.hours = hours = block_hours(minutes, rs)
        b.label = label = (
            f"{start.month:02d}/{start.day:02d} {start.hour:02d}:{start.minute:02d}–{end.hour:02d}:{end.minute:02d}"
        )
        b.line = line.format(label=label, m=minutes, h=hours)
        b.day = day = start.toordinal()
        b.start_key = day * 1440 + start.hour * 60 + start.minute
        b.week = week = day - start.weekday()  # the ordinal of its Monday: one key per ISO week
        day_hours[day] = day_hours.get(day, 0) + hours
        week_hours[week] = week_hours.get(week, 0) + hours
        for sid in b.segment_ids:
            seg_block[sid] = i
        planned.append(b)
    plan.blocks = planned
    plan.total_minutes = sum(b.minutes for b in planned)
    plan.head = (
        (tr("專案核准（{doc}）：本課程不受每日／每週上限裁減，時數仍計入上限（第10條第2款）").format(doc=plan.special),)
        if plan.special else ()
    )  # fmt: skip
    skipped: dict[str, int] = {}
    for seg in ordered:
        if seg.kind != "instruction":
            skipped[seg.kind] = skipped.get(seg.kind, 0) + seg_minutes[seg.id]
    if skipped:
        names = rs.non_creditable_names
        items = "、".join(tr("{name}{m}分鐘").format(name=names.get(k, k), m=m) for k, m in skipped.items())
        plan.tail = (tr("不予採計：{items}（第10條第4款）").format(items=items),)
    else:
        plan.tail = ()
    plan.day_hours = tuple(day_hours.items())
    plan.week_hours = tuple(week_hours.items())
    plan.weeks = tuple(week_hours) if plan.in_person else ()
    plan.fits_alone = bool(plan.special) or (
        max(day_hours.values(), default=0) <= rs.daily_cap_hours
        and max(week_hours.values(), default=0) <= rs.weekly_cap_hours
    )
    full = _Eval()
    full.plan = plan
    full.hours = tuple(b.hours for b in planned)
    full.attended = tuple(b.minutes for b in planned)
    full.lines = tuple(b.line for b in planned)
    full.void = False
    _finish(full, rs)
    plan.full = full
    if plan.in_person:
        # The award of anyone attending in full with no other course that week (the common case).
        plan.simple = (
            (code, full.total, "awarded", full.trace, full.credits)
            if plan.fits_alone else _cap("", [full], rs)[0][1:]
        )  # fmt: skip
    else:
        plan.simple = (code, plan.award_traces[0], "awarded", plan.award_traces[1], ())
    return plan


def _fixed_hours(course: CourseInput, where: str, rs: RuleSet) -> tuple[int, tuple[str, ...]]:
    """HRS-6 and HRS-7: hours and trace of a completed credit or online course."""
    if course.delivery == "credit":
        credits = course.credits
        if not isinstance(credits, int) or isinstance(credits, bool) or credits <= 0:
            raise UserError(tr("學分班須填正整數學分數"), field=f"{where}.credits")
        hours = credits * rs.credit_hours
        done = tr("學分班：{c}學分 × {per}小時 = {h}小時（第10條第3款），不計入每日／每週上限").format(
            c=credits, per=rs.credit_hours, h=hours
        )
    else:
        hours = course.certified_hours  # type: ignore[assignment]
        if not isinstance(hours, int) or isinstance(hours, bool) or hours < 0:
            raise UserError(tr("數位學習課程須填主辦單位認證的時數（0 以上整數）"), field=f"{where}.certified_hours")
        done = tr("數位／遠距研習：依主辦單位認證 {h} 小時（第10條第6款），不計入每日／每週上限").format(h=hours)
    return hours, (done, tr("核發 {h} 小時").format(h=hours))


def _finish(ev: _Eval, rs: RuleSet) -> None:
    """Totals, the uncapped trace and block credits of an evaluation."""
    plan = ev.plan
    ev.total = 0 if ev.void else sum(ev.hours)
    ev.credits = tuple(
        (b.index, b.start, b.end, a, h, 0 if ev.void else h, None)
        for b, a, h in zip(plan.blocks, ev.attended, ev.hours)
    )
    if not ev.void:
        ev.trace = (*plan.head, *ev.lines, *plan.tail, tr("核發 {h} 小時").format(h=ev.total))


def _evaluate(plan: _Plan, enrollment: Enrollment, where: str, rs: RuleSet) -> _Eval:
    """HRS-3 and HRS-4 for one enrollment with recorded absences."""
    n = len(plan.blocks)
    leave = [0] * n
    unexcused = [0] * n
    per_segment: dict[str, int] = {}
    for j, absence in enumerate(enrollment.absences):
        path = f"{where}.absences[{j}]"
        block = plan.seg_block.get(absence.segment)
        if block is None:
            raise UserError(
                tr("課程 {code} 沒有時段 {seg}").format(code=plan.code, seg=absence.segment), field=f"{path}.segment"
            )
        minutes = absence.minutes
        if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes < 0:
            raise UserError(tr("缺席分鐘數須為 0 以上的整數"), field=f"{path}.minutes")
        if absence.reason not in ABSENCE_REASONS:
            raise UserError(tr("缺席原因須為 leave（請假）或 unexcused（曠課）"), field=f"{path}.reason")
        missed = per_segment.get(absence.segment, 0) + minutes
        length = plan.seg_minutes[absence.segment]
        if missed > length:
            raise UserError(
                tr("缺席 {m} 分鐘超過時段 {seg} 的長度 {n} 分鐘").format(m=missed, seg=absence.segment, n=length),
                field=f"{path}.minutes",
            )
        per_segment[absence.segment] = missed
        if block >= 0:
            (leave if absence.reason == "leave" else unexcused)[block] += minutes
    ev = _Eval()
    ev.plan = plan
    hours: list[int] = []
    attended: list[int] = []
    lines: list[str] = []
    for b, lv, ux in zip(plan.blocks, leave, unexcused):
        if not lv and not ux:
            hours.append(b.hours)
            attended.append(b.minutes)
            lines.append(b.line)
            continue
        a = b.minutes - lv - ux
        h = block_hours(a, rs)
        hours.append(h)
        attended.append(a)
        parts = []
        if lv:
            parts.append(tr("請假{m}分鐘").format(m=lv))
        if ux:
            parts.append(tr("曠課{m}分鐘").format(m=ux))
        lines.append(tr("{label} 連續{m}分鐘，{missed}，實際出席{a}分鐘 → {h}小時（第10條第5款）").format(
            label=b.label, m=b.minutes, missed="、".join(parts), a=a, h=h))
    ev.hours, ev.attended, ev.lines = tuple(hours), tuple(attended), tuple(lines)
    total_unexcused = sum(unexcused)
    ev.void = total_unexcused > 0 and (
        total_unexcused * rs.unexcused_void_denominator >= plan.total_minutes * rs.unexcused_void_numerator
    )
    _finish(ev, rs)
    if ev.void:
        ev.trace = (
            *plan.head, *ev.lines, *plan.tail,
            tr("曠課共{u}分鐘，達可採計{t}分鐘的{num}/{den}（第10條第5款）→ 本課程不核發時數").format(
                u=total_unexcused, t=plan.total_minutes,
                num=rs.unexcused_void_numerator, den=rs.unexcused_void_denominator),
            tr("核發 0 小時"),
        )  # fmt: skip
    return ev


# --- the caps and the whole computation -----------------------------------------------------------

#: The fields of a :class:`BlockCredit` as a plain tuple.
CreditRow = tuple[int, datetime, datetime, int, int, int, "str | None"]
#: One computed award before it becomes an :class:`Award`: (teacher, course, hours, status, trace, blocks).
AwardRow = tuple[str, str, int, str, tuple[str, ...], tuple[CreditRow, ...]]


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
    return plans


def _fits(evals: list[_Eval], rs: RuleSet) -> bool:
    """Whether no cap can bite even at full attendance (hours only shrink with absences)."""
    if len(evals) == 1:
        return evals[0].plan.fits_alone
    weeks = [w for ev in evals for w in ev.plan.weeks]
    if len(set(weeks)) == len(weeks) and all(ev.plan.fits_alone for ev in evals):
        return True  # no two courses share a week, so none shares a day either
    day: dict[int, int] = {}
    week: dict[int, int] = {}
    for ev in evals:
        for key, h in ev.plan.day_hours:
            day[key] = day.get(key, 0) + h
        for key, h in ev.plan.week_hours:
            week[key] = week.get(key, 0) + h
    return max(day.values()) <= rs.daily_cap_hours and max(week.values()) <= rs.weekly_cap_hours


def _cap(teacher: str, evals: list[_Eval], rs: RuleSet) -> list[AwardRow]:
    """HRS-5: credit the teacher's blocks in start order (start, course code, block index)."""
    items = sorted(
        ((b.start_key, ev.plan.code, b.index, k) for k, ev in enumerate(evals) for b in ev.plan.blocks),
        key=itemgetter(0, 1, 2),
    )
    credited = [list(ev.hours) for ev in evals]
    notes: list[dict[int, tuple[str, str | None]]] = [{} for _ in evals]
    day_used: dict[int, int] = {}
    week_used: dict[int, int] = {}
    dcap, wcap = rs.daily_cap_hours, rs.weekly_cap_hours
    for _, _, idx, k in items:
        ev = evals[k]
        b = ev.plan.blocks[idx]
        h = ev.hours[idx]
        du = day_used.get(b.day, 0)
        wu = week_used.get(b.week, 0)
        day_room, week_room = dcap - du, wcap - wu
        c = h
        if ev.plan.special:
            if h and (h > day_room or h > week_room):
                notes[k][idx] = (
                    tr("當日已採計{d}小時、本週已採計{w}小時，專案核准本段{h}小時全數採計（第10條第2款）").format(
                        d=du, w=wu, h=h),
                    None,
                )  # fmt: skip
        elif h and (h > day_room or h > week_room):
            c = max(min(day_room, week_room), 0)
            if day_room <= week_room:
                text = tr("當日已採計{u}小時，本段{h}小時只採計{c}小時（第10條第2款每日上限{cap}小時）").format(
                    u=du, h=h, c=c, cap=dcap)
                notes[k][idx] = (text, "day")
            else:
                text = tr("本週已採計{u}小時，本段{h}小時只採計{c}小時（第10條第2款每週上限{cap}小時）").format(
                    u=wu, h=h, c=c, cap=wcap)
                notes[k][idx] = (text, "week")
            credited[k][idx] = c
        day_used[b.day] = du + c
        week_used[b.week] = wu + c
    rows: list[AwardRow] = []
    for k, ev in enumerate(evals):
        plan = ev.plan
        note = notes[k]
        if not note:
            rows.append((teacher, plan.code, ev.total, "awarded", ev.trace, ev.credits))
            continue
        lines: list[str] = list(plan.head)
        for b, line in zip(plan.blocks, ev.lines):
            lines.append(line)
            if b.index in note:
                lines.append(note[b.index][0])
        lines.extend(plan.tail)
        hours = sum(credited[k])
        lines.append(tr("核發 {h} 小時").format(h=hours))
        block_credits = tuple(
            (*bc[:5], credited[k][bc[0]], note[bc[0]][1] if bc[0] in note else None) for bc in ev.credits
        )
        status = "capped" if any(cut for _, cut in note.values()) else "awarded"
        rows.append((teacher, plan.code, hours, status, tuple(lines), block_credits))
    return rows


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
        weeks = [w for ev in evals for w in ev.plan.weeks]
        if len(set(weeks)) == len(weeks):  # no two courses share a week: the caps apply course by course
            rows.extend(_alone(teacher, ev, rs) for ev in evals)
        elif _fits(evals, rs):
            rows.extend((teacher, ev.plan.code, ev.total, "awarded", ev.trace, ev.credits) for ev in evals)
        else:
            rows.extend(_cap(teacher, evals, rs))
    if len(rows) > 1:
        rows.sort(key=itemgetter(1))
    out.extend(rows)


def _alone(teacher: str, ev: _Eval, rs: RuleSet) -> AwardRow:
    """The award of a course that shares no week with the teacher's other courses."""
    plan = ev.plan
    if ev is plan.full:
        return (teacher, *plan.simple)
    if plan.fits_alone:
        return (teacher, plan.code, ev.total, "awarded", ev.trace, ev.credits)
    return _cap(teacher, [ev], rs)[0]


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
                    append((teacher, *plan.simple))
                    continue
            else:
                # Fast path: full attendance (or completion) everywhere and no two courses in one week,
                # so every award is its course's precomputed one.
                same.sort(key=by_course)
                same_plans = [plans[e.course] for e in same]
                weeks: list[int] = []
                for e, plan in zip(same, same_plans):
                    if e.absences or not (plan.in_person or e.completed):
                        break
                    weeks += plan.weeks
                else:
                    if len(set(weeks)) == len(weeks) and len(set(same_plans)) == len(same_plans):
                        for plan in same_plans:
                            append((teacher, *plan.simple))
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
