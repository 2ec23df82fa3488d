"""The demo world: district centers, counties, organisations of every kind, and teachers with valid IDs."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ntip_desktop.models import Employment, OrgKind, Ownership
from ntip_desktop.services.demo import reference as ref
from ntip_desktop.services.demo.reference import CountyInfo
from ntip_desktop.services.demo.scales import Scale
from ntip_desktop.services.ids import IdSequence
from ntip_desktop.services.rules.ids import make_id

#: Third digit of an organisation code, by kind (demo convention: county prefix, kind digit, serial).
_KIND_DIGIT = {
    OrgKind.AUTHORITY: "0",
    OrgKind.DISTRICT_CENTER: "0",
    OrgKind.TRAINING_CENTER: "0",
    OrgKind.NATIONAL_CENTER: "0",
    OrgKind.SOCIAL_EDU: "0",
    OrgKind.SUBJECT_CENTER: "0",
    OrgKind.UNIVERSITY: "1",
    OrgKind.TEACHER_UNIVERSITY: "2",
    OrgKind.SENIOR_HIGH: "3",
    OrgKind.VOCATIONAL: "4",
    OrgKind.JUNIOR_HIGH: "5",
    OrgKind.ELEMENTARY: "6",
    OrgKind.SPECIAL_EDUCATION: "7",
    OrgKind.KINDERGARTEN: "8",
    OrgKind.PRESCHOOL: "9",
}

#: Kinds whose staff are the teachers of the data set, and how many teachers a school of the kind has (relative).
SCHOOL_SIZE = {
    OrgKind.ELEMENTARY: 1.0,
    OrgKind.JUNIOR_HIGH: 1.2,
    OrgKind.SENIOR_HIGH: 1.9,
    OrgKind.VOCATIONAL: 1.7,
    OrgKind.SPECIAL_EDUCATION: 0.8,
    OrgKind.KINDERGARTEN: 0.2,
    OrgKind.PRESCHOOL: 0.15,
}

_VOCATIONAL_FIELDS = ("工業", "商業", "農業", "家事", "海事", "農工", "商工")
_SPECIAL_NAMES = ("啟明學校", "啟聰學校", "啟智學校", "特殊教育學校")


@dataclass
class Org:
    id: uuid.UUID
    code: str
    name: str
    kind: OrgKind
    ownership: Ownership
    county: CountyInfo
    center_id: uuid.UUID
    phone: str
    address: str
    #: Indexes of its teachers in :attr:`World.teachers`.
    teachers: list[int] = field(default_factory=list)


@dataclass
class TeacherRow:
    id: uuid.UUID
    national_id: str
    name: str
    org: int  #: index in World.orgs
    employment: Employment
    email: str


@dataclass
class World:
    centers: dict[str, uuid.UUID]  #: county name → district center id
    center_rows: list[dict[str, Any]]
    county_rows: list[dict[str, Any]]
    orgs: list[Org]
    teachers: list[TeacherRow]


def _shares(total: int, weights: list[float]) -> list[int]:
    """``total`` split in proportion to ``weights`` (largest remainder, so the parts add up)."""
    whole = sum(weights)
    raw = [total * w / whole for w in weights]
    parts = [int(r) for r in raw]
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)[: total - sum(parts)]:
        parts[i] += 1
    return parts


class _OrgMaker:
    def __init__(self, rng: random.Random, ids: IdSequence, centers: dict[str, uuid.UUID]) -> None:
        self.rng = rng
        self.ids = ids
        self.centers = centers
        self.names = ref.UniqueNames()
        self.serials: dict[tuple[str, str], int] = {}
        self.orgs: list[Org] = []

    def add(
        self, kind: OrgKind, ownership: Ownership, county: CountyInfo, name: str, district: str | None = None
    ) -> Org:
        digit = _KIND_DIGIT[kind]
        serial = self.serials.get((county.code, digit), 0) + 1
        self.serials[(county.code, digit)] = serial
        org = Org(
            id=self.ids.next(),
            code=f"{county.code}{digit}{serial:03d}",
            name=name,
            kind=kind,
            ownership=ownership,
            county=county,
            center_id=self.centers[county.name],
            phone=ref.phone(self.rng, county),
            address=ref.address(self.rng, county, district),
        )
        self.orgs.append(org)
        return org

    def school(self, kind: OrgKind, county: CountyInfo) -> Org:
        district = self.rng.choice(county.districts)
        ownership, pattern = _school_pattern(self.rng, kind, county)

        def make(r: random.Random) -> str:
            return pattern.format(
                district=district, stem=r.choice(ref.SCHOOL_STEMS), kstem=r.choice(ref.KINDERGARTEN_STEMS)
            )

        return self.add(kind, ownership, county, self.names.take(self.rng, make), district)


def _school_pattern(rng: random.Random, kind: OrgKind, county: CountyInfo) -> tuple[Ownership, str]:
    """Ownership and name pattern of a new school ({district}, {stem}: school stem, {kstem}: kindergarten stem)."""
    c = county.name
    public = Ownership.MUNICIPAL if county.municipality else Ownership.COUNTY
    private = f"{c}私立" if county.municipality else "私立"  # outside the municipalities, under the 國教署
    roll = rng.random()
    if kind is OrgKind.ELEMENTARY:
        if roll < 0.03:
            return Ownership.PRIVATE, f"{c}私立{{stem}}國民小學"
        return public, f"{c}{{district}}{{stem}}國民小學"
    if kind is OrgKind.JUNIOR_HIGH:
        if roll < 0.08:
            return Ownership.PRIVATE, f"{c}私立{{stem}}國民中學"
        return public, f"{c}立{{stem}}國民中學"
    if kind is OrgKind.SENIOR_HIGH:
        if roll < 0.35:
            return Ownership.PRIVATE, f"{private}{{stem}}高級中學"
        if roll < (0.4 if county.municipality else 0.85):
            return Ownership.NATIONAL, "國立{stem}高級中學"
        return public, f"{c}立{{stem}}高級中學"
    if kind is OrgKind.VOCATIONAL:
        trade = rng.choice(_VOCATIONAL_FIELDS)
        if roll < 0.45:
            return Ownership.PRIVATE, f"{private}{{stem}}高級{trade}職業學校"
        if roll < 0.9 or not county.municipality:
            return Ownership.NATIONAL, f"國立{{stem}}高級{trade}職業學校"
        return public, f"{c}立{{stem}}高級{trade}職業學校"
    if kind is OrgKind.SPECIAL_EDUCATION:
        if county.municipality:
            return public, f"{c}立{{stem}}{rng.choice(_SPECIAL_NAMES)}"
        return Ownership.NATIONAL, "國立{stem}特殊教育學校"
    if kind is OrgKind.KINDERGARTEN:
        if roll < 0.6:
            return Ownership.PRIVATE, f"{c}私立{{kstem}}幼兒園"
        if roll < 0.8:
            return public, f"{c}{{district}}{{stem}}國民小學附設幼兒園"
        return public, f"{c}立{{kstem}}幼兒園"
    if kind is OrgKind.PRESCHOOL:
        return Ownership.PRIVATE, f"{c}私立{{kstem}}托兒所"
    raise ValueError(f"not a school kind: {kind}")


def _only(name: str) -> Callable[[random.Random], str]:
    """A name maker for :meth:`UniqueNames.take` that always offers ``name`` (take makes it unique)."""
    return lambda _rng: name


def build_world(rng: random.Random, ids: IdSequence, scale: Scale, now: datetime) -> World:
    """Every organisation and teacher of the demo, in memory (a few megabytes even at county scale)."""
    centers: dict[str, uuid.UUID] = {}
    center_rows: list[dict[str, Any]] = []
    for county in ref.COUNTIES:
        cid = ids.next()
        centers[county.name] = cid
        center_rows.append(
            {
                "id": cid,
                "code": county.center_code,
                "name": ref.district_center_name(county),
                "fax": ref.phone(rng, county),
                "phone": ref.phone(rng, county, extension=True),
                "address": ref.address(rng, county),
                "created_at": now,
                "updated_at": now,
            }
        )
    county_rows = [
        {
            "code": c.code,
            "name": c.name,
            "reporting_mode": c.reporting_mode,
            "authority_name": c.authority,
            "municipality": c.municipality,
            "district_center_id": centers[c.name],
        }
        for c in ref.COUNTIES
    ]

    maker = _OrgMaker(rng, ids, centers)
    local_own = {True: Ownership.MUNICIPAL, False: Ownership.COUNTY}
    for county in ref.COUNTIES:
        own = local_own[county.municipality]
        maker.add(OrgKind.AUTHORITY, own, county, county.authority)
        maker.add(OrgKind.DISTRICT_CENTER, own, county, ref.district_center_name(county))
        if county.municipality:
            maker.add(OrgKind.TRAINING_CENTER, own, county, f"{county.name}教師研習中心")
    by_name = ref.COUNTY_BY_NAME
    maker.add(OrgKind.AUTHORITY, Ownership.NATIONAL, by_name["臺中市"], ref.K12EA_NAME)
    maker.add(OrgKind.TRAINING_CENTER, Ownership.NATIONAL, by_name["新北市"], "國家教育研究院")
    maker.add(OrgKind.NATIONAL_CENTER, Ownership.NATIONAL, by_name["高雄市"], ref.NATIONAL_CENTER_NAME)

    weights = [c.weight for c in ref.COUNTIES]
    for kind, total, minimum in scale.schools:
        spare = max(total - minimum * len(ref.COUNTIES), 0)
        for county, extra in zip(ref.COUNTIES, _shares(spare, weights), strict=True):
            for _ in range(minimum + extra):
                maker.school(kind, county)

    for name, county_name in ref.TEACHER_UNIVERSITIES[: scale.teacher_universities]:
        own = Ownership.MUNICIPAL if name.startswith("臺北市立") else Ownership.NATIONAL
        maker.add(OrgKind.TEACHER_UNIVERSITY, own, by_name[county_name], name)
    for i in range(scale.universities):
        county = rng.choices(ref.COUNTIES, weights)[0]
        stem = ref.UNIVERSITY_STEMS[i % len(ref.UNIVERSITY_STEMS)]
        if i % 2 == 0:
            maker.add(OrgKind.UNIVERSITY, Ownership.NATIONAL, county, f"國立{stem}大學")
        else:
            maker.add(OrgKind.UNIVERSITY, Ownership.PRIVATE, county, f"{stem}科技大學")
    for i in range(scale.social_edu):
        county = rng.choices(ref.COUNTIES, weights)[0]
        if i % 3 == 2:
            subject = ref.SUBJECT_CENTER_SUBJECTS[i % len(ref.SUBJECT_CENTER_SUBJECTS)]
            name = f"社團法人臺灣{subject}教育學會"
        else:
            name = f"財團法人{ref.FOUNDATION_STEMS[i % len(ref.FOUNDATION_STEMS)]}文教基金會"
        maker.add(OrgKind.SOCIAL_EDU, Ownership.PRIVATE, county, maker.names.take(rng, _only(name)))
    for subject in ref.SUBJECT_CENTER_SUBJECTS[: scale.subject_centers]:
        county = rng.choices(ref.COUNTIES, weights)[0]
        maker.add(OrgKind.SUBJECT_CENTER, Ownership.NATIONAL, county, f"普通高級中學課程{subject}學科中心")

    orgs = maker.orgs
    teachers = _teachers(rng, ids, orgs, scale.teachers)
    return World(centers, center_rows, county_rows, orgs, teachers)


def _teachers(rng: random.Random, ids: IdSequence, orgs: list[Org], total: int) -> list[TeacherRow]:
    schools = [i for i, o in enumerate(orgs) if o.kind in SCHOOL_SIZE]
    sizes = _shares(total, [SCHOOL_SIZE[orgs[i].kind] * rng.uniform(0.5, 1.5) for i in schools])
    letters_all = tuple(sorted({c.id_letters[0] for c in ref.COUNTIES}))
    taken: set[str] = set()
    rows: list[TeacherRow] = []
    for org_index, size in zip(schools, sizes, strict=True):
        org = orgs[org_index]
        county = org.county
        for _ in range(size):
            roll = rng.random()
            if roll < 0.8:
                letter = county.id_letters[0]
            elif roll < 0.85:
                letter = rng.choice(county.id_letters)
            else:
                letter = rng.choice(letters_all)
            female = rng.random() < 0.7
            resident = rng.random() < 0.005
            sex = ("9" if female else "8") if resident else ("2" if female else "1")
            while True:
                national_id = make_id(letter, sex + f"{rng.randrange(10_000_000):07d}")
                if national_id not in taken:
                    taken.add(national_id)
                    break
            name = rng.choice(ref.FOREIGN_NAMES) if resident else ref.person_name(rng, female)
            roll = rng.random()
            employment = (
                Employment.REGULAR if roll < 0.82 else Employment.SUBSTITUTE if roll < 0.96 else Employment.OTHER
            )
            email = f"t{len(rows) + 1:06d}@{county.mail_domain}"
            org.teachers.append(len(rows))
            rows.append(TeacherRow(ids.next(), national_id, name, org_index, employment, email))
    return rows


def org_row(org: Org, now: datetime) -> dict[str, Any]:
    return {
        "id": org.id,
        "code": org.code,
        "name": org.name,
        "kind": org.kind,
        "ownership": org.ownership,
        "county_code": org.county.code,
        "district_center_id": org.center_id,
        "phone": org.phone,
        "address": org.address,
        "active": True,
        "created_at": now,
        "updated_at": now,
    }


def teacher_row(t: TeacherRow, orgs: list[Org], now: datetime) -> dict[str, Any]:
    return {
        "id": t.id,
        "national_id": t.national_id,
        "name": t.name,
        "organization_id": orgs[t.org].id,
        "employment": t.employment,
        "email": t.email,
        "created_at": now,
        "updated_at": now,
    }
