"""Who attends the demo courses, and who missed what: about a million enrollments at county scale.

Only approved and awarded courses have participants. A course draws them from its organiser's own
teachers (校內研習, Art 7 item 7), from its county, or from the whole country (universities, foundations,
online courses). In courses that have ended, about one enrollment in twenty records an absence: part of a
segment (late, left early), a whole segment, or — rarely — the whole course.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from ntip_desktop.models import AbsenceReason, Delivery, SegmentKind
from ntip_desktop.services.demo.courses import ATTENDED_STATES, CoursePlan
from ntip_desktop.services.demo.world import World
from ntip_desktop.services.ids import IdSequence

#: Columns of the fast path, in order.
ENROLLMENT_COLUMNS = ("id", "course_id", "teacher_id", "seat_no", "completed", "created_at", "updated_at")
ABSENCE_COLUMNS = ("id", "enrollment_id", "segment_id", "minutes", "reason")

_LEAVE = AbsenceReason.LEAVE.value
_UNEXCUSED = AbsenceReason.UNEXCUSED.value


class Attendance:
    """Plans course sizes to reach ``target`` enrollments, then yields the rows (database form)."""

    def __init__(self, rng: random.Random, ids: IdSequence, world: World, plans: list[CoursePlan], target: int) -> None:
        self.rng = rng
        self.ids = ids
        self.attended = [p for p in plans if p.state in ATTENDED_STATES]
        teacher_hex = [t.id.hex for t in world.teachers]
        self._all = teacher_hex
        by_county: dict[str, list[str]] = defaultdict(list)
        for t, h in zip(world.teachers, teacher_hex, strict=True):
            by_county[world.orgs[t.org].county.name].append(h)
        self._pools = {
            id(p): self._all
            if p.reach == "all"
            else by_county[p.org.county.name]
            if p.reach == "county"
            else [teacher_hex[i] for i in p.org.teachers]
            for p in self.attended
        }
        self._plan_sizes(target)
        self.absences: list[tuple[Any, ...]] = []

    @property
    def planned(self) -> int:
        return sum(p.size for p in self.attended)

    def _plan_sizes(self, target: int) -> None:
        """Each course's size ∝ its format's usual size, capped by its pool, scaled to hit ``target``."""
        raw = [self.rng.uniform(*p.fmt.size) for p in self.attended]
        caps = [len(self._pools[id(p)]) for p in self.attended]

        def total(factor: float) -> int:
            return sum(min(cap, round(r * factor)) for r, cap in zip(raw, caps, strict=True))

        low, high = 0.0, 1.0
        while total(high) < target and high < 1e6:
            high *= 2
        for _ in range(40):
            mid = (low + high) / 2
            low, high = (mid, high) if total(mid) < target else (low, mid)
        for p, r, cap in zip(self.attended, raw, caps, strict=True):
            p.size = min(cap, round(r * high))

    def enrollments(self, created: object) -> Iterator[list[tuple[Any, ...]]]:
        """Enrollment rows, a list per course; absences are collected in :attr:`absences` on the way."""
        rng = self.rng
        for plan in self.attended:
            if not plan.size:
                continue
            chosen = rng.sample(self._pools[id(plan)], plan.size)
            chosen.sort()  # ascending (course, teacher): appended to the unique index, not scattered
            ids = self.ids.hex_block(plan.size)
            course = plan.id.hex
            if plan.fmt.delivery is Delivery.IN_PERSON:
                rows = [
                    (e, course, t, seat, True, created, created)
                    for seat, (e, t) in enumerate(zip(ids, chosen, strict=True), 1)
                ]
            else:  # credit and online courses: completed (or not) once they ended
                rows = [
                    (e, course, t, seat, plan.ended and rng.random() > 0.06, created, created)
                    for seat, (e, t) in enumerate(zip(ids, chosen, strict=True), 1)
                ]
            instruction = [(s.id.hex, s.minutes) for s in plan.segments if s.kind is SegmentKind.INSTRUCTION]
            if plan.ended and instruction:
                for i in sorted(rng.sample(range(plan.size), round(plan.size * rng.uniform(0.03, 0.07)))):
                    self._absent(ids[i], instruction)
            yield rows

    def _absent(self, enrollment: str, instruction: list[tuple[str, int]]) -> None:
        rng = self.rng
        if rng.random() < 0.04:  # absent throughout
            reason = _UNEXCUSED if rng.random() < 0.8 else _LEAVE
            self.absences.extend(
                (key, enrollment, seg, minutes, reason)
                for key, (seg, minutes) in zip(self.ids.hex_block(len(instruction)), instruction)
            )
            return
        count = 1 if rng.random() < 0.75 or len(instruction) == 1 else 2
        for seg, minutes in rng.sample(instruction, count):
            missed = minutes if rng.random() < 0.35 or minutes <= 15 else rng.randrange(10, minutes - 4, 5)
            reason = _LEAVE if rng.random() < 0.7 else _UNEXCUSED
            self.absences.append((self.ids.next().hex, enrollment, seg, missed, reason))
