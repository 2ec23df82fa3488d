"""Demo courses across the previous and the current school year: segments, states, and who attends.

Dates follow how offices really schedule: Wednesday afternoons in term (週三進修), other weekdays, some
Saturdays, and one- to three-day workshops in the summer and winter breaks. Courses that ended before
``today`` are mostly approved; later ones are drafts, waiting for review, returned or approved. A course is
called awarded only once the hours engine has stored its awards (the seed awards a few, see ``seed.py``);
the plans marked :attr:`CoursePlan.award` are written as approved and awarded that way.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from ntip_desktop.models import CourseState, Delivery, OrgKind, Ownership, ReportingMode, SegmentKind
from ntip_desktop.services.demo import catalog
from ntip_desktop.services.demo import reference as ref
from ntip_desktop.services.demo.catalog import CourseFormat
from ntip_desktop.services.demo.world import Org, World
from ntip_desktop.services.ids import IdSequence
from ntip_desktop.services.rules.rocdate import school_year_of
from ntip_desktop.services.rules.routing import route_review_unit
from ntip_desktop.services.rules.ruleset import DEFAULT_RULE_SET

_K = SegmentKind
#: Day plans: (start, [(kind, minutes) …]); instruction blocks of 50–180 minutes, never past 21:00.
DAY_PLANS: dict[str, tuple[tuple[str, tuple[tuple[SegmentKind, int], ...]], ...]] = {
    "afternoon": (
        ("13:20", ((_K.SIGN_IN, 10), (_K.INSTRUCTION, 90), (_K.TEA_BREAK, 10), (_K.INSTRUCTION, 90))),
        ("13:30", ((_K.SIGN_IN, 10), (_K.INSTRUCTION, 120), (_K.TEA_BREAK, 10), (_K.INSTRUCTION, 50))),
        ("13:30", ((_K.SIGN_IN, 10), (_K.INSTRUCTION, 180))),
        (
            "14:00",
            (
                (_K.INSTRUCTION, 50),
                (_K.INTERMISSION, 10),
                (_K.INSTRUCTION, 50),
                (_K.TEA_BREAK, 10),
                (_K.INSTRUCTION, 50),
            ),
        ),
    ),
    "after_school": (
        ("15:40", ((_K.SIGN_IN, 10), (_K.INSTRUCTION, 90))),
        ("16:00", ((_K.INSTRUCTION, 120),)),
        ("18:30", ((_K.SIGN_IN, 10), (_K.INSTRUCTION, 120))),
    ),
    "full_day": (
        (
            "08:30",
            (
                (_K.SIGN_IN, 30),
                (_K.INSTRUCTION, 90),
                (_K.TEA_BREAK, 10),
                (_K.INSTRUCTION, 80),
                (_K.LUNCH, 60),
                (_K.INSTRUCTION, 90),
                (_K.TEA_BREAK, 10),
                (_K.INSTRUCTION, 80),
            ),
        ),
        (
            "08:40",
            (
                (_K.SIGN_IN, 20),
                (_K.INSTRUCTION, 120),
                (_K.TEA_BREAK, 10),
                (_K.INSTRUCTION, 60),
                (_K.LUNCH, 70),
                (_K.INSTRUCTION, 120),
                (_K.TEA_BREAK, 10),
                (_K.INSTRUCTION, 60),
            ),
        ),
        (
            "09:00",
            (
                (_K.SIGN_IN, 10),
                (_K.INSTRUCTION, 110),
                (_K.LUNCH, 60),
                (_K.INSTRUCTION, 120),
                (_K.TEA_BREAK, 20),
                (_K.INSTRUCTION, 60),
            ),
        ),
    ),
    "morning": (
        ("08:50", ((_K.SIGN_IN, 10), (_K.INSTRUCTION, 180))),
        ("09:00", ((_K.INSTRUCTION, 90), (_K.TEA_BREAK, 15), (_K.INSTRUCTION, 75))),
    ),
    # Seven creditable hours: the daily cap of Art 10(2) cuts it unless specially approved.
    "long_day": (
        (
            "08:00",
            (
                (_K.SIGN_IN, 30),
                (_K.INSTRUCTION, 120),
                (_K.INTERMISSION, 10),
                (_K.INSTRUCTION, 120),
                (_K.LUNCH, 60),
                (_K.INSTRUCTION, 120),
                (_K.TEA_BREAK, 10),
                (_K.INSTRUCTION, 60),
            ),
        ),
    ),
    # A study visit: the bus ride does not count (Art 10(4)).
    "field_day": (
        ("07:30", ((_K.TRAVEL, 90), (_K.INSTRUCTION, 120), (_K.LUNCH, 60), (_K.INSTRUCTION, 120), (_K.TRAVEL, 90))),
    ),
}

_NON_INSTRUCTION_TOPIC = {
    _K.SIGN_IN: "報到、簽到退",
    _K.TEA_BREAK: "茶敘",
    _K.LUNCH: "午餐休息",
    _K.INTERMISSION: "中場休息",
    _K.TRAVEL: "車程",
}

#: Which organisations organise courses, and how often (relative, within schools and within other units).
_SCHOOL_WEIGHT = {
    OrgKind.ELEMENTARY: 1.0,
    OrgKind.JUNIOR_HIGH: 1.2,
    OrgKind.SENIOR_HIGH: 1.6,
    OrgKind.VOCATIONAL: 1.3,
    OrgKind.SPECIAL_EDUCATION: 1.0,
    OrgKind.KINDERGARTEN: 0.2,
    OrgKind.PRESCHOOL: 0.1,
}
_UNIT_WEIGHT = {
    OrgKind.TRAINING_CENTER: 25,
    OrgKind.AUTHORITY: 10,
    OrgKind.UNIVERSITY: 6,
    OrgKind.TEACHER_UNIVERSITY: 12,
    OrgKind.SOCIAL_EDU: 5,
    OrgKind.SUBJECT_CENTER: 6,
}
_LEVEL = {
    OrgKind.ELEMENTARY: "國小",
    OrgKind.JUNIOR_HIGH: "國中",
    OrgKind.SENIOR_HIGH: "高中",
    OrgKind.VOCATIONAL: "高職",
    OrgKind.KINDERGARTEN: "幼兒園",
    OrgKind.PRESCHOOL: "幼兒園",
}
_BASIC = (OrgKind.ELEMENTARY, OrgKind.JUNIOR_HIGH, OrgKind.KINDERGARTEN, OrgKind.PRESCHOOL)
_SENIOR = (OrgKind.SENIOR_HIGH, OrgKind.VOCATIONAL, OrgKind.SPECIAL_EDUCATION)
#: States whose courses have participants.
ATTENDED_STATES = (CourseState.APPROVED, CourseState.AWARDED)


@dataclass
class SegmentPlan:
    id: uuid.UUID
    label: str
    start: datetime
    end: datetime
    kind: SegmentKind
    topic: str

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


@dataclass
class CoursePlan:
    id: uuid.UUID
    org: Org
    fmt: CourseFormat
    row: dict[str, Any]
    segments: list[SegmentPlan]
    #: Where participants come from: the organiser's own teachers, its county's, or anyone's.
    reach: str
    state: CourseState
    ended: bool
    restricted: bool = False
    size: int = 0
    #: Written as approved, then awarded through the hours engine once attendance is in (seed.py).
    award: bool = False


class _Calendar:
    """Candidate dates of one school year by pattern, cut at ``last``."""

    def __init__(self, year: int, last: date) -> None:
        self.first = first = date(year + 1911, 8, 1)
        self.last = end = min(date(year + 1912, 7, 31), last)
        days = [first + timedelta(n) for n in range((end - first).days + 1)]
        term = [d for d in days if _in_term(d)]
        self.patterns: dict[str, list[date]] = {
            "wednesday": [d for d in term if d.weekday() == 2],
            "weekday": [d for d in term if d.weekday() < 5],
            "saturday": [d for d in term if d.weekday() == 5],
            "break": [d for d in days if not _in_term(d) and d.weekday() < 5],
        }
        self.patterns = {k: v for k, v in self.patterns.items() if v}


def _in_term(d: date) -> bool:
    md = (d.month, d.day)
    return (9, 1) <= md <= (12, 31) or (1, 1) <= md <= (1, 20) or (2, 15) <= md <= (6, 30)


class CourseMaker:
    def __init__(self, rng: random.Random, ids: IdSequence, world: World, today: date, now: datetime) -> None:
        self.rng = rng
        self.ids = ids
        self.world = world
        self.today = today
        self.now = now
        current = school_year_of(today)
        self.years = (current - 1, current)
        self.calendars = {
            current - 1: _Calendar(current - 1, today + timedelta(days=400)),
            current: _Calendar(current, today + timedelta(days=70)),
        }
        self.serial = {y: 0 for y in self.years}
        schools = [o for o in world.orgs if o.kind in _SCHOOL_WEIGHT]
        units = [o for o in world.orgs if o.kind in _UNIT_WEIGHT]
        self.schools = (schools, [_SCHOOL_WEIGHT[o.kind] for o in schools])
        self.units = (units, [_UNIT_WEIGHT[o.kind] for o in units])
        self.natures = set(DEFAULT_RULE_SET.class_natures)
        self.titles: set[tuple[uuid.UUID, str]] = set()

    # --- one course -------------------------------------------------------------------------------

    def organizer(self) -> Org:
        orgs, weights = self.schools if self.rng.random() < 0.6 else self.units
        return self.rng.choices(orgs, weights)[0]

    def course_format(self, org: Org) -> CourseFormat:
        university = org.kind in (OrgKind.UNIVERSITY, OrgKind.TEACHER_UNIVERSITY)
        weights = []
        for fmt in catalog.FORMATS:
            w = fmt.weight
            if fmt.delivery is Delivery.CREDIT:
                w = w * 8 if university else 0
            elif fmt.delivery is Delivery.ONLINE and org.kind in _SCHOOL_WEIGHT:
                w *= 0.1
            weights.append(w)
        fmt = self.rng.choices(catalog.FORMATS, weights)[0]
        assert fmt.class_nature in self.natures, fmt
        return fmt

    def title(self, org: Org, fmt: CourseFormat) -> str:
        """A title this organiser has not used yet (a repeat would look like an unmarked series, Art 8(1))."""
        rng = self.rng
        level = _LEVEL.get(org.kind)
        for _ in range(20):
            if level and rng.random() < 0.5:
                title = f"{level}{rng.choice(catalog.SUBJECTS[level])}{rng.choice(catalog.TOPICS)}{fmt.suffix}"
            else:
                title = catalog.subject_title(rng, fmt)
            if (org.id, title) not in self.titles:
                break
        self.titles.add((org.id, title))
        return title

    def category(self, org: Org) -> int:
        """Art 7 qualification item that fits the organiser."""
        kind, roll = org.kind, self.rng.random()
        if kind is OrgKind.TEACHER_UNIVERSITY:
            return 2
        if kind is OrgKind.UNIVERSITY:
            return 3
        if kind is OrgKind.SOCIAL_EDU:
            return 6
        if kind in _SENIOR:
            return 4 if roll < 0.5 else 7 if roll < 0.9 else 1
        if kind in _BASIC:
            return 5 if roll < 0.3 else 7 if roll < 0.85 else 8 if roll < 0.95 else 1
        return 1

    def pick_date(self, pattern: str, year: int, future: bool) -> date:
        cal = self.calendars[year].patterns
        days = cal.get(pattern) or cal.get("weekday") or next(iter(cal.values()))
        if future:
            later = [d for d in days if d > self.today + timedelta(days=3)]
            days = later or days
        return self.rng.choice(days)

    def segments(self, fmt: CourseFormat, first: date, pattern: str) -> tuple[str, list[SegmentPlan]]:
        """The day plan's name and the segments of a course starting on ``first``."""
        rng = self.rng
        if pattern == "break":
            plan_name, step = ("full_day" if rng.random() < 0.9 else "long_day"), 1
        elif pattern == "wednesday":
            plan_name, step = "afternoon", 7
        elif pattern == "saturday":
            plan_name, step = rng.choice(("morning", "full_day")), 7
        else:
            plan_name = rng.choice(("after_school", "afternoon", "full_day")) if rng.random() > 0.04 else "field_day"
            step = 7
        roll = rng.random()
        days = 1 if roll < 0.75 or fmt.class_nature == "專題講座" else 2 if roll < 0.92 else 3
        start_text, blocks = rng.choice(DAY_PLANS[plan_name])
        out: list[SegmentPlan] = []
        day = first
        for _ in range(days):
            moment = datetime.combine(day, time.fromisoformat(start_text))
            for kind, minutes in blocks:
                end = moment + timedelta(minutes=minutes)
                if kind is SegmentKind.INSTRUCTION:
                    speaker = ref.person_name(rng, rng.random() < 0.6) + rng.choice(catalog.SPEAKER_TITLES)
                    topic = f"{rng.choice(catalog.SESSION_TOPICS)}（{speaker}）"
                else:
                    topic = _NON_INSTRUCTION_TOPIC[kind]
                out.append(SegmentPlan(self.ids.next(), f"s{len(out) + 1}", moment, end, kind, topic))
                moment = end
            day += timedelta(days=step)
            while step == 1 and day.weekday() >= 5:  # workshops in the break run on weekdays
                day += timedelta(days=1)
        return plan_name, out

    def state(self, ended: bool) -> CourseState:
        roll = self.rng.random()
        if ended:  # awarded only for real, by the hours engine (seed.award_some): approved until then
            return (
                CourseState.APPROVED if roll < 0.92 else CourseState.CANCELLED if roll < 0.96 else CourseState.REJECTED
            )
        return (
            CourseState.APPROVED
            if roll < 0.5
            else CourseState.SUBMITTED
            if roll < 0.75
            else CourseState.RETURNED
            if roll < 0.85
            else CourseState.DRAFT
        )

    def make(
        self,
        org: Org,
        fmt: CourseFormat,
        title: str,
        first: date,
        pattern: str,
        *,
        session: int | None = None,
        state: CourseState | None = None,
    ) -> CoursePlan:
        rng = self.rng
        county = org.county
        year = school_year_of(first)
        self.serial[year] += 1
        plan_name = ""
        segments: list[SegmentPlan] = []
        if fmt.delivery is Delivery.IN_PERSON:
            plan_name, segments = self.segments(fmt, first, pattern)
            start_at, end_at = segments[0].start, segments[-1].end
            venue = f"{org.name}{rng.choice(catalog.ROOMS)}"
        else:
            start_at = datetime.combine(first, time(9, 0))
            span = 100 if fmt.delivery is Delivery.CREDIT else rng.randrange(14, 60)
            end_at = datetime.combine(first + timedelta(days=span), time(17, 0))
            venue = f"{org.name}{rng.choice(catalog.ROOMS)}" if fmt.delivery is Delivery.CREDIT else ""
        ended = end_at.date() < self.today
        if state is None:  # a course under way (a credit class, a multi-day workshop) was approved before it began
            state = CourseState.APPROVED if start_at.date() < self.today <= end_at.date() else self.state(ended)
        category = self.category(org)
        unit = route_review_unit(
            org.kind.value,
            county.name,
            org.ownership.value,
            level="central" if org.ownership is Ownership.NATIONAL else "local",
            back_end=county.reporting_mode is ReportingMode.BACK_END,
        )
        if unit.kind == "national_center":
            review_unit, issuer = "national_center", ref.MOE_DOC_ISSUER
        elif unit.county:
            review_unit, issuer = f"authority:{county.code}", county.doc_issuer
        else:
            review_unit = f"authority:{unit.name}"
            issuer = ref.K12EA_DOC_ISSUER if unit.name == ref.K12EA_NAME else ref.MOE_DOC_ISSUER
        doc_year = (first - timedelta(days=30)).year - 1911
        basis_doc: str | None = catalog.doc_number(issuer, doc_year, rng)
        contact_phone = org.phone + f"#{rng.randrange(100, 400)}"
        subsidy_unit: str | None = None
        subsidy_amount: int | None = None
        if rng.random() < 0.3:
            subsidy_unit = rng.choice((county.authority, ref.K12EA_NAME, "教育部"))
            subsidy_amount = rng.randrange(20, 800) * 100
        roll = rng.random()
        audience = ["k12_teacher"] if roll < 0.8 else ["k12_teacher", "other_staff"] if roll < 0.95 else ["other_staff"]
        if state is CourseState.DRAFT:
            registered_on = None
        elif county.reporting_mode is ReportingMode.ONLINE:
            late = state in (CourseState.SUBMITTED, CourseState.RETURNED) and rng.random() < 0.05
            lead = rng.randrange(1, 7) if late else rng.randrange(7, 40)
            registered_on = min(first - timedelta(days=lead), self.today)
        else:  # back-end counties upload continuously, often after the course
            registered_on = min(first + timedelta(days=rng.randrange(-10, 20)), self.today)
        if state is CourseState.RETURNED:  # leave wrong what it was returned for
            defect = rng.choice(catalog.RETURN_DEFECTS)
            if defect == "basis_doc":
                basis_doc = None
            elif defect == "subsidy":
                subsidy_unit, subsidy_amount = county.authority, None
            else:
                contact_phone = ""
        online = fmt.delivery is Delivery.ONLINE
        row: dict[str, Any] = {
            "id": self.ids.next(),
            "code": f"{year:03d}{self.serial[year]:07d}",
            "title": title + (f"（第{session}場）" if session else ""),
            "session_label": f"第{session}場" if session else "",
            "outline": catalog.outline(rng, title),
            "organizer_id": org.id,
            "organizer_category": category,
            "approval_doc": catalog.doc_number(county.doc_issuer, doc_year, rng) if category in (3, 5) else None,
            "accreditation_ref": catalog.doc_number("臺教師(二)", doc_year, rng) + "函認可" if category == 6 else None,
            "cross_school": category in (4, 5) or (category != 7 and rng.random() < 0.5),
            "basis_doc": basis_doc,
            "start_at": start_at,
            "end_at": end_at,
            "venue": venue,
            "delivery": fmt.delivery,
            "class_nature": fmt.class_nature,
            "audience": audience,
            "subsidy_unit": subsidy_unit,
            "subsidy_amount": subsidy_amount,
            "contact_name": ref.person_name(rng, rng.random() < 0.7),
            "contact_phone": contact_phone,
            "contact_email": f"{rng.choice(('research', 'teach', 'acad', 'info'))}{org.code}@{county.mail_domain}",
            "registered_on": registered_on,
            "registered_elsewhere": state is CourseState.REJECTED and rng.random() < 0.3,
            "consent_doc": None,
            "special_approval_doc": catalog.doc_number(issuer, doc_year, rng)
            if plan_name == "long_day" and rng.random() < 0.5
            else None,
            "credits": (rng.randrange(2, 5) if fmt.class_nature == "學分班" else rng.randrange(4, 7))
            if fmt.delivery is Delivery.CREDIT
            else None,
            "certified_hours": rng.randrange(1, 7) if online else None,
            "certified_ref": f"{org.name}數位課程時數認證第{year:03d}{rng.randrange(1000):03d}號" if online else None,
            "state": state,
            "review_unit": review_unit,
            "school_year": year,
            "version": 1,
            "created_at": self.now,
            "updated_at": self.now,
        }
        if online:
            reach = "all"
        elif category == 7:
            reach = "school"
        elif org.kind in _SCHOOL_WEIGHT or (org.kind in (OrgKind.AUTHORITY, OrgKind.TRAINING_CENTER) and unit.county):
            reach = "county"
        else:
            reach = "all"
        return CoursePlan(row["id"], org, fmt, row, segments, reach, state, ended)


_PATTERNS = (("wednesday", 0.4), ("weekday", 0.25), ("saturday", 0.1), ("break", 0.25))


def plan_courses(
    rng: random.Random,
    ids: IdSequence,
    world: World,
    total: int,
    restricted: int,
    today: date,
    now: datetime,
    featured: Org | None = None,
) -> list[CoursePlan]:
    """``total`` courses: about four in five in the previous school year, the rest in the current one;
    some in series (第N場); ``restricted`` of them with an Art 9 problem title; a few of each state by the
    ``featured`` organiser (the demo coordinator's school)."""
    maker = CourseMaker(rng, ids, world, today, now)
    previous, current = maker.years
    names = [name for name, _ in _PATTERNS]
    weights = [weight for _, weight in _PATTERNS]
    plans: list[CoursePlan] = []
    if featured is not None:
        for state, year in (
            (CourseState.AWARDED, previous),
            (CourseState.APPROVED, previous),
            (CourseState.DRAFT, current),
            (CourseState.SUBMITTED, current),
            (CourseState.RETURNED, current),
        ):
            fmt = catalog.FORMATS[0] if state is CourseState.AWARDED else maker.course_format(featured)
            if fmt.delivery is not Delivery.IN_PERSON:
                fmt = catalog.FORMATS[1]
            first = maker.pick_date("wednesday", year, future=year == current)
            plan = maker.make(featured, fmt, maker.title(featured, fmt), first, "wednesday", state=state)
            if state is CourseState.AWARDED:  # approved now, awarded by the seed through the hours engine
                plan.award = True
                plan.state = plan.row["state"] = CourseState.APPROVED
            plans.append(plan)
    while len(plans) < total - restricted:
        org = maker.organizer()
        fmt = maker.course_format(org)
        title = maker.title(org, fmt)
        year = previous if rng.random() < 0.8 else current
        pattern = rng.choices(names, weights)[0]
        first = maker.pick_date(pattern, year, future=False)
        series = 1 if rng.random() < 0.8 or fmt.delivery is not Delivery.IN_PERSON else rng.randrange(2, 6)
        series = min(series, total - restricted - len(plans))
        for n in range(series):
            day = first + timedelta(weeks=3 * n)
            if school_year_of(day) not in maker.calendars or day > maker.calendars[current].last:
                break
            plans.append(maker.make(org, fmt, title, day, pattern, session=n + 1 if series > 1 else None))
    # Art 9 problem titles: mostly waiting for review (for the review screens), one returned, one rejected,
    # one approved after the competent authority consented.
    cycle = (
        CourseState.SUBMITTED,
        CourseState.SUBMITTED,
        CourseState.RETURNED,
        CourseState.REJECTED,
        CourseState.APPROVED,
    )
    in_person = next(f for f in catalog.FORMATS if f.class_nature == "研習班")
    # The first problem course is a school's of 臺北市, waiting for review: the demo clerk's district sees it.
    taipei_schools = [o for o in world.orgs if o.county.name == "臺北市" and o.kind in _SCHOOL_WEIGHT]
    for i in range(restricted):
        org = rng.choice(taipei_schools) if i == 0 and taipei_schools else maker.organizer()
        title, _category = catalog.RESTRICTED_TITLES[i % len(catalog.RESTRICTED_TITLES)]
        state = cycle[i % len(cycle)]
        future = state in (CourseState.SUBMITTED, CourseState.RETURNED)
        pattern = "wednesday"
        first = maker.pick_date(pattern, current if future else previous, future=future)
        plan = maker.make(org, in_person, title, first, pattern, state=state)
        plan.restricted = True
        if state is CourseState.APPROVED:
            plan.row["consent_doc"] = catalog.doc_number(org.county.doc_issuer, first.year - 1911, rng)
        plans.append(plan)
    return plans
