"""Live hours: what a course gives its teachers now, computed over each teacher's whole record.

The page calls this after every edit (one teacher) and once on opening (everyone, in a worker thread).
Nothing is stored: awarding (核發) does that. Where a day's or week's cap cut a block, the explanation
names the other courses that used those hours first.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from ntip_desktop.i18n import translate
from ntip_desktop.models import Course, Enrollment
from ntip_desktop.services.attendance.access import check_view_scope
from ntip_desktop.services.attendance.awards import get_course, load_records
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.rules import hours
from ntip_desktop.services.rulesets import rule_set_in_force
from ntip_desktop.vocabulary import AwardStatus


@dataclass(frozen=True)
class LiveHours:
    hours: int
    status: AwardStatus
    trace: tuple[str, ...]  #: the engine's trace lines (Chinese)
    #: The trace plus, under every block a cap cut, which other course(s) used the day's or week's hours
    #: first, e.g. 「3月2日上午已由「115A0001 素養導向評量」採計 3 小時」.
    explanation: tuple[str, ...]


def live_hours(
    session: Session, user: CurrentUser, course_id: uuid.UUID, teacher_ids: Collection[uuid.UUID] | None = None
) -> dict[uuid.UUID, LiveHours]:
    """This course's hours for these teachers (everyone enrolled when None), keyed by teacher id.

    Each teacher's whole creditable record is computed, this course included whatever its state, so the
    day/week caps see every course. Teachers not enrolled in the course are left out.
    """
    course = get_course(session, course_id)
    check_view_scope(user, course)
    same = aliased(Enrollment)
    enrolled = select(same.teacher_id).where(same.course_id == course_id)
    where: list[ColumnElement[bool]] = [Enrollment.teacher_id.in_(enrolled)]
    if teacher_ids is not None:
        ids = list(set(teacher_ids))
        if not ids:
            return {}
        where.append(Enrollment.teacher_id.in_(ids))
    record = load_records(session, *where, also_course=course.id)
    awards = hours.compute_awards(record.courses, record.enrollments, rule_set_in_force(session))
    by_teacher: dict[str, list[hours.Award]] = defaultdict(list)
    for award in awards:
        by_teacher[award.teacher].append(award)
    used = {
        award.teacher: _used_first(award, by_teacher[award.teacher])
        for award in awards
        if award.course == course.code and any(b.cut for b in award.blocks)
    }
    titles = _titles(session, {code for blocks in used.values() for lines in blocks.values() for _, _, code in lines})
    result: dict[uuid.UUID, LiveHours] = {}
    for award in awards:
        if award.course != course.code:
            continue
        explanation = award.trace
        if award.teacher in used:
            explanation = _explain(award, used[award.teacher], titles)
        result[record.teacher_ids[award.teacher]] = LiveHours(
            award.hours, AwardStatus(award.status), award.trace, explanation
        )
    return result


#: (date, part of day, course code) → hours that course had credited there before the cut block.
_Used = dict[tuple[date, int, str], int]


def _part_of_day(start: datetime) -> int:
    """0 morning (上午), 1 afternoon (下午), 2 evening (晚上)."""
    return 0 if start.hour < 12 else 1 if start.hour < 18 else 2


def _used_first(award: hours.Award, teacher_awards: Iterable[hours.Award]) -> dict[int, _Used]:
    """For each block of ``award`` cut by a cap: the hours other courses had credited first that day or week.

    Blocks are credited in order of (start, course code, block index) (HRS-5), so "first" means before the
    cut block in that order, on its day (a day cut) or in its ISO week (a week cut).
    """
    result: dict[int, _Used] = {}
    for block in award.blocks:
        if not block.cut:
            continue
        day = block.start.date()
        monday = day - timedelta(days=day.weekday())
        key = (block.start, award.course, block.index)
        used: _Used = defaultdict(int)
        for other in teacher_awards:
            if other.course == award.course:
                continue
            for earlier in other.blocks:
                when = earlier.start.date()
                if not earlier.credited or (earlier.start, other.course, earlier.index) >= key:
                    continue
                same_period = when == day if block.cut == "day" else monday <= when < monday + timedelta(days=7)
                if not same_period:
                    continue
                used[when, _part_of_day(earlier.start), other.course] += earlier.credited
        result[block.index] = dict(used)
    return result


def _titles(session: Session, codes: set[str]) -> dict[str, str]:
    if not codes:
        return {}
    return dict(session.execute(select(Course.code, Course.title).where(Course.code.in_(list(codes)))).all())


def _used_lines(used: _Used, titles: dict[str, str]) -> list[str]:
    parts = (
        translate("services.attendance.live", "上午"),
        translate("services.attendance.live", "下午"),
        translate("services.attendance.live", "晚上"),
    )
    return [
        translate("services.attendance.live", "{month}月{day}日{part}已由「{code} {title}」採計 {h} 小時").format(
            month=when.month, day=when.day, part=parts[part], code=code, title=titles.get(code, ""), h=h
        )
        for (when, part, code), h in sorted(used.items())
    ]


def _explain(award: hours.Award, used: dict[int, _Used], titles: dict[str, str]) -> tuple[str, ...]:
    """The trace with, after each cap's note, the lines naming the courses that used the hours first.

    A course the caps cut carries no special approval, so its trace is one line per block, each cut block
    followed by the cap's note, then the closing lines.
    """
    trace = award.trace
    lines: list[str] = []
    i = 0
    for block in award.blocks:
        if i >= len(trace):
            break
        lines.append(trace[i])
        i += 1
        if block.cut and i < len(trace):
            lines.append(trace[i])
            i += 1
            lines.extend(_used_lines(used.get(block.index, {}), titles))
    lines.extend(trace[i:])
    return tuple(lines)
