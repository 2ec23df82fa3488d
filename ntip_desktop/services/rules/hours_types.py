"""The inputs and results of the hour rules (RULES.md HRS, Art 10): small frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

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


#: The fields of a :class:`BlockCredit` as a plain tuple.
CreditRow = tuple[int, datetime, datetime, int, int, int, "str | None"]
#: One computed award before it becomes an :class:`Award`: (teacher, course, hours, status, trace, blocks).
AwardRow = tuple[str, str, int, str, tuple[str, ...], tuple[CreditRow, ...]]
