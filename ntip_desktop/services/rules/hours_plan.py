"""Course plans, attendance evaluation and the day/week caps behind :mod:`.hours`.

A course is planned once: its blocks (HRS-1) with their full-attendance hours (HRS-2) and trace lines,
and the award of anyone attending in full. An enrollment with absences is evaluated against the plan
(HRS-3, HRS-4); the caps (HRS-5) then run per teacher over blocks in start order.

Its public names (:class:`Plan`, :func:`plan_course`, :class:`SharedLines`, :class:`Evaluation`,
:func:`evaluate`, :func:`fits_caps`, :func:`cap_week`, :func:`award_alone`, :func:`blocks`) are what
:mod:`.hours` composes into awards; the names with a leading underscore stay inside this module.
"""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise
from operator import attrgetter
from typing import Any, NamedTuple

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services.rules.hours_types import (
    ABSENCE_REASONS,
    AWARDED,
    CAPPED,
    CREDIT,
    DELIVERIES,
    IN_PERSON,
    INSTRUCTION,
    MAX_CERTIFIED_HOURS,
    MAX_CREDITS,
    SEGMENT_KINDS,
    UNEXCUSED,
    Absence,
    AwardTail,
    Block,
    CourseInput,
    CreditRow,
    Enrollment,
    Segment,
    block_hours,
)
from ntip_desktop.services.rules.ruleset import RuleSet


class _PlannedBlock(NamedTuple):
    """A block of a planned course, with what evaluations and block credits need."""

    #: The block's index in its course (:attr:`Block.index`); not ``index``, which is tuple's method.
    position: int
    start: datetime
    end: datetime
    minutes: int
    label: str


class Plan:
    """A course prepared once: blocks, segment lookup, full-attendance evaluation."""

    __slots__ = (
        "award_traces",
        "blocks",
        "cap_keys",
        "code",
        "day_hours",
        "delivery",
        "fits_alone",
        "full",
        "head",
        "in_person",
        "seg_block",
        "seg_minutes",
        "simple",
        "special",
        "tail",
        "total_minutes",
        "week_hours",
        "week_mask",
        "weeks",
    )

    # Annotations only: the class keeps its __slots__ and no class attributes.
    award_traces: tuple[int, tuple[str, ...]]  # credit and online courses only
    blocks: list[_PlannedBlock]
    cap_keys: tuple[tuple[int, str, int, int, int], ...]
    code: str
    day_hours: tuple[tuple[int, int], ...]
    delivery: str
    fits_alone: bool
    full: Evaluation
    head: tuple[str, ...]
    in_person: bool
    seg_block: dict[str, int]
    seg_minutes: dict[str, int]
    simple: AwardTail
    special: str | None
    tail: tuple[str, ...]
    total_minutes: int
    week_hours: tuple[tuple[int, int], ...]
    week_mask: int
    weeks: tuple[int, ...]


class Evaluation:
    """One teacher's result on one in-person course before the caps."""

    __slots__ = ("attended", "hours", "lines", "plan", "total", "trace", "void")

    attended: tuple[int, ...]
    hours: tuple[int, ...]
    lines: tuple[str, ...]
    plan: Plan
    total: int
    trace: tuple[str, ...]
    void: bool

    def credit_rows(self) -> tuple[CreditRow, ...]:
        """The blocks as :data:`CreditRow` tuples, uncut (made only when asked: the JSON output never is)."""
        void = self.void
        return tuple(
            (b.position, b.start, b.end, a, h, 0 if void else h, None)
            for b, a, h in zip(self.plan.blocks, self.attended, self.hours)
        )


class _Cut:
    """An evaluation after the caps cut some of its blocks: what each block was credited, and by which cap."""

    __slots__ = ("credited", "cuts", "ev")

    def __init__(self, ev: Evaluation, credited: list[int], cuts: dict[int, str | None]) -> None:
        self.ev, self.credited, self.cuts = ev, credited, cuts

    def credit_rows(self) -> tuple[CreditRow, ...]:
        credited, cuts = self.credited, self.cuts
        return tuple(
            (b.position, b.start, b.end, a, h, credited[b.position], cuts.get(b.position))
            for b, a, h in zip(self.ev.plan.blocks, self.ev.attended, self.ev.hours)
        )


_BY_START = attrgetter("start", "end")
_CLOCK = tuple(f"{m // 60:02d}:{m % 60:02d}" for m in range(24 * 60))
_MONTH_DAY = {m * 100 + d: f"{m:02d}/{d:02d}" for m in range(1, 13) for d in range(1, 32)}


def _label(start: datetime, end: datetime) -> str:
    """``03/02 09:00–10:30`` (a trace line's block; month/day only, so no calendar is implied)."""
    return (
        f"{_MONTH_DAY[start.month * 100 + start.day]} {_CLOCK[start.hour * 60 + start.minute]}"
        f"–{_CLOCK[end.hour * 60 + end.minute]}"
    )


def _segment_problem(course: CourseInput, where: str) -> UserError:
    """The first inconsistent segment of a course, explained (only called when there is one); ``where`` is
    the JSON path of the course's segment list."""
    seen: set[str] = set()
    for j, seg in enumerate(course.segments):
        path = f"{where}[{j}]"
        if not isinstance(seg.id, str) or not seg.id:
            return UserError(translate("services.rules.hours_plan", "時段代號不可空白"), field=f"{path}.id")
        if seg.id in seen:
            return UserError(
                translate("services.rules.hours_plan", "時段代號 {id} 重複").format(id=seg.id), field=f"{path}.id"
            )
        seen.add(seg.id)
        if seg.kind not in SEGMENT_KINDS:
            return UserError(
                translate("services.rules.hours_plan", "不明的時段類別：{kind}").format(kind=seg.kind),
                field=f"{path}.kind",
            )
        if seg.end <= seg.start:
            return UserError(translate("services.rules.hours_plan", "結束時間須晚於開始時間"), field=f"{path}.end")
        if seg.end.date() != seg.start.date():
            return UserError(
                translate("services.rules.hours_plan", "時段跨越午夜：開始與結束須在同一天"), field=f"{path}.end"
            )
    ordered = sorted(course.segments, key=_BY_START)
    for before, seg in pairwise(ordered):
        if seg.start < before.end:
            j = course.segments.index(seg)
            return UserError(
                translate("services.rules.hours_plan", "與時段 {other} 重疊").format(other=before.id),
                field=f"{where}[{j}].start",
            )
    raise AssertionError("no problem found")  # pragma: no cover


#: A run of back-to-back instruction segments being read: [start, end, segment ids] (a list, grown in place).
_Run = list[Any]


class _Segments(NamedTuple):
    """A course's segments read once in start order."""

    #: Minutes of each segment, by id.
    minutes: dict[str, int]
    #: Non-creditable minutes per segment kind (HRS-1 leaves them out).
    skipped: dict[str, int]
    #: HRS-1's blocks: maximal runs of back-to-back instruction segments, as [start, end, segment ids].
    runs: list[_Run]


def _read_segments(course: CourseInput, where: str) -> _Segments:
    """One pass over a course's segments in start order, checking HRS's consistency rules on the way
    (``where``: the JSON path of the segment list, for the message)."""
    minutes_of: dict[str, int] = {}
    skipped: dict[str, int] = {}
    runs: list[_Run] = []
    run: _Run | None = None
    kinds = SEGMENT_KINDS
    previous_end = None
    for sid, start, end, kind in sorted(course.segments, key=_BY_START):
        if (
            type(sid) is not str
            or not sid
            or sid in minutes_of
            or kind not in kinds
            or end <= start
            or end.date() != start.date()
            or (previous_end is not None and start < previous_end)
        ):
            raise _segment_problem(course, where)
        previous_end = end
        # A segment starts and ends on one day, so its minutes are a difference of minutes-of-day.
        minutes_of[sid] = minutes = end.hour * 60 + end.minute - start.hour * 60 - start.minute
        if kind != INSTRUCTION:
            skipped[kind] = skipped.get(kind, 0) + minutes
            run = None
        elif run is not None and run[1] == start:
            run[1] = end
            run[2].append(sid)
        else:
            run = [start, end, [sid]]
            runs.append(run)
    return _Segments(minutes_of, skipped, runs)


def _run_minutes(start: datetime, end: datetime) -> int:
    """Minutes of a block, which lies within one day."""
    return end.hour * 60 + end.minute - start.hour * 60 - start.minute


def blocks(course: CourseInput) -> list[Block]:
    """HRS-1: the blocks of a course in start order (UserError on inconsistent segments)."""
    return [
        Block(i, start, end, tuple(ids), _run_minutes(start, end))
        for i, (start, end, ids) in enumerate(_read_segments(course, "course.segments").runs)
    ]


def check_segments(segments: tuple[Segment, ...], where: str) -> None:
    """HRS's consistency rules for one course's segments, as ``hours compute`` applies them: ids present
    and unique, known kinds, each ending after it starts on the same day, none overlapping another.
    UserError names the first offending segment under ``where`` (the JSON path of the list)."""
    _read_segments(CourseInput("", segments=segments), where)


class SharedLines:
    """Trace lines that many courses of one computation have in common (schools keep to a few timetables)."""

    __slots__ = ("blocks", "skipped")

    def __init__(self) -> None:
        #: (start, end) of a block -> its label and full-attendance line.
        self.blocks: dict[tuple[datetime, datetime], tuple[str, str]] = {}
        #: A course's non-creditable minutes per kind -> the line that lists them.
        self.skipped: dict[tuple[tuple[str, int], ...], str] = {}


def plan_course(course: CourseInput, where: str, rs: RuleSet, shared: SharedLines | None = None) -> Plan:
    """Validate a course and prepare everything its enrollments will share (``shared`` across courses)."""
    if shared is None:
        shared = SharedLines()
    if course.delivery not in DELIVERIES:
        raise UserError(
            translate("services.rules.hours_plan", "不明的授課方式：{d}").format(d=course.delivery),
            field=f"{where}.delivery",
        )
    segments = _read_segments(course, f"{where}.segments")
    plan = Plan()
    plan.code = code = course.code
    plan.delivery = course.delivery
    plan.in_person = in_person = course.delivery == IN_PERSON
    plan.special = course.special_approval or None
    plan.week_mask = 0  # set by _plans, which sees every course
    if not in_person:
        plan.award_traces = _fixed_hours(course, where, rs)
    plan.seg_minutes = segments.minutes
    plan.seg_block = seg_block = dict.fromkeys(segments.minutes, -1)
    planned: list[_PlannedBlock] = []
    hours_of: list[int] = []
    minutes_of: list[int] = []
    lines: list[str] = []
    line = translate("services.rules.hours_plan", "{label} 連續{m}分鐘 → {h}小時（第10條第1款）")
    day_hours: dict[int, int] = {}
    week_hours: dict[int, int] = {}
    cap_keys: list[tuple[int, str, int, int, int]] = []
    new = tuple.__new__
    for i, (start, end, ids) in enumerate(segments.runs):
        minutes = _run_minutes(start, end)
        hours = block_hours(minutes, rs)
        known = shared.blocks.get((start, end))
        if known is None:
            label = _label(start, end)
            known = shared.blocks[start, end] = (label, line.format(label=label, m=minutes, h=hours))
        label, text = known
        day = start.toordinal()
        week = day - start.weekday()  # the ordinal of its Monday: one key per ISO week
        # What cap_week sorts and needs: (start in minutes, course code, block index, day, week).
        cap_keys.append((day * 1440 + start.hour * 60 + start.minute, code, i, day, week))
        day_hours[day] = day_hours.get(day, 0) + hours
        week_hours[week] = week_hours.get(week, 0) + hours
        for sid in ids:
            seg_block[sid] = i
        planned.append(new(_PlannedBlock, (i, start, end, minutes, label)))
        hours_of.append(hours)
        minutes_of.append(minutes)
        lines.append(text)
    plan.blocks = planned
    plan.cap_keys = tuple(cap_keys)
    plan.total_minutes = sum(minutes_of)
    plan.head = (
        (
            translate(
                "services.rules.hours_plan",
                "專案核准（{doc}）：本課程不受每日／每週上限裁減，時數仍計入上限（第10條第2款）",
            ).format(doc=plan.special),
        )
        if plan.special
        else ()
    )
    plan.tail = _skipped_line(segments.skipped, rs, shared) if segments.skipped else ()
    plan.day_hours = tuple(day_hours.items())
    plan.week_hours = tuple(week_hours.items())
    plan.weeks = tuple(week_hours) if in_person else ()
    # Whether a cap could bite on this course alone. A specially approved course is never cut, but when
    # it passes a cap its trace says so (through cap_week), whatever else the teacher attends.
    plan.fits_alone = (
        max(day_hours.values(), default=0) <= rs.daily_cap_hours
        and max(week_hours.values(), default=0) <= rs.weekly_cap_hours
    )
    full = Evaluation()
    full.plan = plan
    full.hours, full.attended, full.lines = tuple(hours_of), tuple(minutes_of), tuple(lines)
    full.void = False
    _finish(full, rs)
    plan.full = full
    if in_person:
        # The award of anyone attending in full with no other course that week (the common case).
        plan.simple = (code, full.total, AWARDED, full.trace, full) if plan.fits_alone else cap_week([full], rs)[0]
    else:
        plan.simple = (code, plan.award_traces[0], AWARDED, plan.award_traces[1], ())
    return plan


def _skipped_line(skipped: dict[str, int], rs: RuleSet, shared: SharedLines) -> tuple[str]:
    """A course's non-creditable time (travel, meals, breaks; Art 10(4)) as one trace line."""
    key = tuple(skipped.items())
    text = shared.skipped.get(key)
    if text is None:
        names = rs.non_creditable_names
        items = "、".join(
            translate("services.rules.hours_plan", "{name}{m}分鐘").format(name=names.get(k, k), m=m) for k, m in key
        )
        text = shared.skipped[key] = translate("services.rules.hours_plan", "不予採計：{items}（第10條第4款）").format(
            items=items
        )
    return (text,)


def _fixed_hours(course: CourseInput, where: str, rs: RuleSet) -> tuple[int, tuple[str, ...]]:
    """HRS-6 and HRS-7: hours and trace of a completed credit or online course."""
    if course.delivery == CREDIT:
        credits = course.credits
        if not isinstance(credits, int) or isinstance(credits, bool) or not 0 < credits <= MAX_CREDITS:
            raise UserError(
                translate("services.rules.hours_plan", "學分班須填 1 到 {max} 的整數學分數").format(max=MAX_CREDITS),
                field=f"{where}.credits",
            )
        hours = credits * rs.credit_hours
        done = translate(
            "services.rules.hours_plan", "學分班：{c}學分 × {per}小時 = {h}小時（第10條第3款），不計入每日／每週上限"
        ).format(c=credits, per=rs.credit_hours, h=hours)
    else:
        hours = course.certified_hours  # type: ignore[assignment]
        if not isinstance(hours, int) or isinstance(hours, bool) or not 0 <= hours <= MAX_CERTIFIED_HOURS:
            raise UserError(
                translate(
                    "services.rules.hours_plan", "數位學習課程須填主辦單位認證的時數（0 到 {max} 的整數）"
                ).format(max=f"{MAX_CERTIFIED_HOURS:,}"),
                field=f"{where}.certified_hours",
            )
        done = translate(
            "services.rules.hours_plan", "數位／遠距研習：依主辦單位認證 {h} 小時（第10條第6款），不計入每日／每週上限"
        ).format(h=hours)
    return hours, (done, translate("services.rules.hours_plan", "核發 {h} 小時").format(h=hours))


def _finish(ev: Evaluation, rs: RuleSet) -> None:
    """Totals and the uncapped trace of an evaluation."""
    plan = ev.plan
    ev.total = 0 if ev.void else sum(ev.hours)
    if not ev.void:
        ev.trace = (
            *plan.head,
            *ev.lines,
            *plan.tail,
            translate("services.rules.hours_plan", "核發 {h} 小時").format(h=ev.total),
        )


def _absence_problem(plan: Plan, absence: Absence, missed: int, path: str) -> UserError:
    """What is wrong with an absence the fast check refused."""
    if absence.segment not in plan.seg_block:
        return UserError(
            translate("services.rules.hours_plan", "課程 {code} 沒有時段 {seg}").format(
                code=plan.code, seg=absence.segment
            ),
            field=f"{path}.segment",
        )
    minutes = absence.minutes
    if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes < 0:
        return UserError(translate("services.rules.hours_plan", "缺席分鐘數須為 0 以上的整數"), field=f"{path}.minutes")
    if absence.reason not in ABSENCE_REASONS:
        return UserError(
            translate("services.rules.hours_plan", "缺席原因須為 leave（請假）或 unexcused（曠課）"),
            field=f"{path}.reason",
        )
    length = plan.seg_minutes[absence.segment]
    if missed > length:
        return UserError(
            translate("services.rules.hours_plan", "缺席 {m} 分鐘超過時段 {seg} 的長度 {n} 分鐘").format(
                m=missed, seg=absence.segment, n=length
            ),
            field=f"{path}.minutes",
        )
    raise AssertionError(f"absence {absence!r} is consistent")  # pragma: no cover


def evaluate(plan: Plan, enrollment: Enrollment, where: str, rs: RuleSet) -> Evaluation:
    """HRS-3 and HRS-4 for one enrollment with recorded absences."""
    touched: dict[int, list[int]] = {}  # block index -> [leave minutes, unexcused minutes]
    per_segment: dict[str, int] = {}
    seg_block, seg_minutes = plan.seg_block, plan.seg_minutes
    for j, absence in enumerate(enrollment.absences):
        sid, minutes = absence.segment, absence.minutes
        block = seg_block.get(sid)
        missed = per_segment.get(sid, 0) + minutes if type(minutes) is int else -1
        if (
            block is None
            or type(minutes) is not int
            or minutes < 0
            or missed > seg_minutes[sid]
            or absence.reason not in ABSENCE_REASONS
        ):
            raise _absence_problem(plan, absence, missed, f"{where}.absences[{j}]")
        per_segment[sid] = missed
        if block >= 0 and minutes:
            counts = touched.get(block)
            if counts is None:
                counts = touched[block] = [0, 0]
            counts[absence.reason == UNEXCUSED] += minutes
    if not touched:  # only breaks were missed: the same as full attendance
        return plan.full
    ev = Evaluation()
    ev.plan = plan
    full = plan.full
    hours, attended, lines = list(full.hours), list(full.attended), list(full.lines)
    total_unexcused = 0
    for index, (lv, ux) in sorted(touched.items()):
        b = plan.blocks[index]
        a = b.minutes - lv - ux
        h = block_hours(a, rs)
        hours[index], attended[index] = h, a
        total_unexcused += ux
        parts = []
        if lv:
            parts.append(translate("services.rules.hours_plan", "請假{m}分鐘").format(m=lv))
        if ux:
            parts.append(translate("services.rules.hours_plan", "曠課{m}分鐘").format(m=ux))
        lines[index] = translate(
            "services.rules.hours_plan", "{label} 連續{m}分鐘，{missed}，實際出席{a}分鐘 → {h}小時（第10條第5款）"
        ).format(label=b.label, m=b.minutes, missed="、".join(parts), a=a, h=h)
    ev.hours, ev.attended, ev.lines = tuple(hours), tuple(attended), tuple(lines)
    numerator, denominator = rs.unexcused_void_fraction
    ev.void = total_unexcused > 0 and total_unexcused * denominator >= plan.total_minutes * numerator
    _finish(ev, rs)
    if ev.void:
        ev.trace = (
            *plan.head,
            *ev.lines,
            *plan.tail,
            translate(
                "services.rules.hours_plan",
                "曠課共{u}分鐘，達可採計{t}分鐘的{num}/{den}（第10條第5款）→ 本課程不核發時數",
            ).format(u=total_unexcused, t=plan.total_minutes, num=numerator, den=denominator),
            translate("services.rules.hours_plan", "核發 0 小時"),
        )
    return ev


# --- the caps ------------------------------------------------------------------------------------


def fits_caps(evals: list[Evaluation], rs: RuleSet) -> bool:
    """Whether no cap can bite even at full attendance (hours only shrink with absences)."""
    if len(evals) == 1:
        return evals[0].plan.fits_alone
    day: dict[int, int] = {}
    week: dict[int, int] = {}
    for ev in evals:
        for key, h in ev.plan.day_hours:
            day[key] = day.get(key, 0) + h
        for key, h in ev.plan.week_hours:
            week[key] = week.get(key, 0) + h
    return max(day.values()) <= rs.daily_cap_hours and max(week.values()) <= rs.weekly_cap_hours


def cap_week(evals: list[Evaluation], rs: RuleSet) -> list[AwardTail]:
    """HRS-5: credit the teacher's blocks in start order (start, course code, block index)."""
    # (start, course code, block index) is unique per teacher, so k never takes part in the comparison.
    items = [(key, k) for k, ev in enumerate(evals) for key in ev.plan.cap_keys]
    items.sort()
    credited = [list(ev.hours) for ev in evals]
    notes: list[dict[int, tuple[str, str | None]]] = [{} for _ in evals]
    day_used: dict[int, int] = {}
    week_used: dict[int, int] = {}
    dcap, wcap = rs.daily_cap_hours, rs.weekly_cap_hours
    for (_, _, idx, day, week), k in items:
        ev = evals[k]
        h = ev.hours[idx]
        if not h:
            continue
        du = day_used.get(day, 0)
        wu = week_used.get(week, 0)
        day_room, week_room = dcap - du, wcap - wu
        c = h
        if ev.plan.special:
            if h > day_room or h > week_room:
                notes[k][idx] = (
                    translate(
                        "services.rules.hours_plan",
                        "當日已採計{d}小時、本週已採計{w}小時，專案核准本段{h}小時全數採計（第10條第2款）",
                    ).format(d=du, w=wu, h=h),
                    None,
                )
        elif h > day_room or h > week_room:
            c = max(min(day_room, week_room), 0)
            if day_room <= week_room:
                text = translate(
                    "services.rules.hours_plan",
                    "當日已採計{u}小時，本段{h}小時只採計{c}小時（第10條第2款每日上限{cap}小時）",
                ).format(u=du, h=h, c=c, cap=dcap)
                notes[k][idx] = (text, "day")
            else:
                text = translate(
                    "services.rules.hours_plan",
                    "本週已採計{u}小時，本段{h}小時只採計{c}小時（第10條第2款每週上限{cap}小時）",
                ).format(u=wu, h=h, c=c, cap=wcap)
                notes[k][idx] = (text, "week")
            credited[k][idx] = c
        day_used[day] = du + c
        week_used[week] = wu + c
    rows: list[AwardTail] = []
    for k, ev in enumerate(evals):
        plan = ev.plan
        note = notes[k]
        if not note:
            rows.append((plan.code, ev.total, AWARDED, ev.trace, ev))
            continue
        lines: list[str] = list(plan.head)
        for b, line in zip(plan.blocks, ev.lines):
            lines.append(line)
            if b.position in note:
                lines.append(note[b.position][0])
        lines.extend(plan.tail)
        hours = sum(credited[k])
        lines.append(translate("services.rules.hours_plan", "核發 {h} 小時").format(h=hours))
        cuts = {index: cut for index, (_, cut) in note.items()}
        status = CAPPED if any(cuts.values()) else AWARDED
        rows.append((plan.code, hours, status, tuple(lines), _Cut(ev, credited[k], cuts)))
    return rows


def award_alone(ev: Evaluation, rs: RuleSet) -> AwardTail:
    """The award of a course that shares no week with the teacher's other courses."""
    plan = ev.plan
    if ev is plan.full:
        return plan.simple
    if plan.fits_alone:
        return (plan.code, ev.total, AWARDED, ev.trace, ev)
    return cap_week([ev], rs)[0]
