"""The inputs and results of the hour rules (docs/rules.md HRS, Art 10).

Inputs are named tuples: a county-year builds about a hundred thousand of them, and a named tuple is
made several times faster than a frozen dataclass. Results are frozen dataclasses.

Segment kinds, deliveries, absence reasons and award statuses are the enums of
:mod:`ntip_desktop.vocabulary`. The engine keeps them as the plain strings the JSON carries and compares
with the constants below, taken from those enums: a module constant costs what a literal does, while
looking a member up on its enum class (``SegmentKind.INSTRUCTION``) costs several times more, and the
engine compares a million times per county-year. A member may be passed wherever a value is expected
(a ``StrEnum`` member equals its value).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple, Protocol

from ntip_desktop.services.rules.ruleset import DEFAULT_RULE_SET, RuleSet
from ntip_desktop.vocabulary import AbsenceReason, AwardStatus, Delivery, SegmentKind

#: Every value of each enum, in definition order (for membership tests and "must be one of" messages).
DELIVERIES: tuple[str, ...] = tuple(d.value for d in Delivery)
SEGMENT_KINDS: tuple[str, ...] = tuple(k.value for k in SegmentKind)
ABSENCE_REASONS: tuple[str, ...] = tuple(r.value for r in AbsenceReason)
AWARD_STATUSES: tuple[str, ...] = tuple(s.value for s in AwardStatus)

IN_PERSON: str = Delivery.IN_PERSON.value
CREDIT: str = Delivery.CREDIT.value
ONLINE: str = Delivery.ONLINE.value
INSTRUCTION: str = SegmentKind.INSTRUCTION.value
LEAVE: str = AbsenceReason.LEAVE.value
UNEXCUSED: str = AbsenceReason.UNEXCUSED.value
AWARDED: str = AwardStatus.AWARDED.value
CAPPED: str = AwardStatus.CAPPED.value
VOID_UNEXCUSED: str = AwardStatus.VOID_UNEXCUSED.value
NOT_COMPLETED: str = AwardStatus.NOT_COMPLETED.value

#: Limits the hour rules hold every input to (docs/rules.md): beyond them a value is a typing error, not a
#: course. A credit class carries at most a degree's worth of credits (HRS-6); an organiser certifies at
#: most this many hours for one online course (HRS-7); times lie in the years of the Republic that the
#: program's three-digit 民國 years can show (1–999, i.e. 1912–2910).
MAX_CREDITS = 100
MAX_CERTIFIED_HOURS = 1000
EARLIEST_YEAR = 1912
LATEST_YEAR = 2910


class Segment(NamedTuple):
    """A 時段 of a course: local wall-clock start and end on one day."""

    id: str
    start: datetime
    end: datetime
    #: A :class:`~ntip_desktop.vocabulary.SegmentKind` value.
    kind: str = INSTRUCTION

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds()) // 60


class CourseInput(NamedTuple):
    """What the hour rules need of a course."""

    code: str
    #: A :class:`~ntip_desktop.vocabulary.Delivery` value.
    delivery: str = IN_PERSON
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
    #: An :class:`~ntip_desktop.vocabulary.AbsenceReason` value.
    reason: str = LEAVE


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
    #: An :class:`~ntip_desktop.vocabulary.AwardStatus` value.
    status: str
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
AwardTail = tuple[str, int, str, tuple[str, ...], "CreditSource | tuple[()]"]
#: One computed award before it becomes an :class:`Award`: (teacher, course, hours, status, trace, blocks).
AwardRow = tuple[str, str, int, str, tuple[str, ...], "CreditSource | tuple[()]"]
#: A teacher and their awards in course order.
TeacherAwards = tuple[str, list[AwardTail]]
