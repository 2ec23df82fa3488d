"""The inputs and results of the hour rules (RULES.md HRS, Art 10).

Inputs are named tuples: a county-year builds about a hundred thousand of them, and a named tuple is
made several times faster than a frozen dataclass. Results are frozen dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, NamedTuple, Protocol

from ntip_desktop.services.rules.ruleset import DEFAULT_RULE_SET, RuleSet

Delivery = Literal["in_person", "credit", "online"]
SegmentKind = Literal["instruction", "travel", "sign_in", "lunch", "intermission", "tea_break"]
AbsenceReason = Literal["leave", "unexcused"]
AwardStatus = Literal["awarded", "capped", "void_unexcused", "not_completed"]

DELIVERIES = ("in_person", "credit", "online")
SEGMENT_KINDS = ("instruction", "travel", "sign_in", "lunch", "intermission", "tea_break")
ABSENCE_REASONS = ("leave", "unexcused")


class Segment(NamedTuple):
    """A 時段 of a course: local wall-clock start and end on one day."""

    id: str
    start: datetime
    end: datetime
    kind: SegmentKind = "instruction"

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds()) // 60


class CourseInput(NamedTuple):
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


class Absence(NamedTuple):
    """Minutes of one segment a teacher missed, and why."""

    segment: str
    minutes: int
    reason: AbsenceReason = "leave"


class Enrollment(NamedTuple):
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


#: The fields of a :class:`BlockCredit` as a plain tuple.
CreditRow = tuple[int, datetime, datetime, int, int, int, "str | None"]


class CreditSource(Protocol):
    """What an award's blocks were credited, turned into rows only when asked (the JSON output never is)."""

    def credit_rows(self) -> tuple[CreditRow, ...]: ...


#: One computed award of a teacher, teacher left out: (course, hours, status, trace, blocks), where blocks
#: is a :class:`CreditSource`, or ``()`` for a credit or online course. Everyone attending a course in
#: full with no other course that week shares one such tuple.
AwardTail = tuple[str, int, AwardStatus, tuple[str, ...], "CreditSource | tuple[()]"]
#: One computed award before it becomes an :class:`Award`: (teacher, course, hours, status, trace, blocks).
AwardRow = tuple[str, str, int, AwardStatus, tuple[str, ...], "CreditSource | tuple[()]"]
#: A teacher and their awards in course order.
TeacherAwards = tuple[str, list[AwardTail]]
