"""What the audit log's ids stand for: the human code of each entry's record and the names of the people
and records its values mention, read in batches for a page of entries; and the search that finds an entry
by those codes and names.

The log keeps ids as written (a record's UUID, or its code where it has one: a course code, a certificate
number), because the hash chain covers them. A person reading it wants the application number, the login,
the course code, the teacher's and the clerk's names: :func:`codes_and_names` looks them up for the rows of
one page (one query per kind of record), and :func:`text_condition` finds the entries of a record from any
of them, in SQL, with ``%`` and ``_`` taken literally.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, String, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from ntip_desktop.models import (
    Account,
    AccountApplication,
    AuditEntry,
    Certificate,
    County,
    Course,
    DistrictCenter,
    Enrollment,
    HourAward,
    OfficeUser,
    Organization,
    Teacher,
)
from ntip_desktop.services.validators import normalize

#: A UUID as ``str(uuid)`` writes it (how ``audit.record`` stores a record's id).
UUID_TEXT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
#: An attendance entry's id: ``<course code>#<seat>``.
_SEAT = re.compile(r"^(?P<code>[^#]+)#(?P<seat>\d+)$")
#: Fields whose value is an office user's id.
_PERSON_SUFFIX = "_by_id"
#: How a course's review unit names a county's education authority (``services.courses.access``).
_AUTHORITY = "authority:"
#: Entries in one IN list.
_CHUNK = 500


class uuid_text(FunctionElement[str]):
    """A UUID column as the text ``str(uuid)`` gives (lower case, with hyphens), on either engine."""

    type = String()
    inherit_cache = True


@compiles(uuid_text)
def _uuid_text_default(element: uuid_text, compiler: Any, **kw: Any) -> str:
    (column,) = element.clauses
    return f"CAST({compiler.process(column, **kw)} AS TEXT)"


@compiles(uuid_text, "sqlite")
def _uuid_text_sqlite(element: uuid_text, compiler: Any, **kw: Any) -> str:
    # SQLAlchemy's Uuid keeps 32 hex digits in a CHAR(32) on SQLite: put the hyphens back.
    (column,) = element.clauses
    c = compiler.process(column, **kw)
    parts = " || '-' || ".join(f"substr({c}, {start}, {length})" for start, length in _HEX_GROUPS)
    return f"lower({parts})"


_HEX_GROUPS = ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12))


@dataclass(frozen=True)
class Names:
    """What one page of entries refers to: ``codes`` by (entity, entity id), ``names`` by id text."""

    codes: dict[tuple[str, str], str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)


def _uuids(texts: Iterable[str]) -> list[uuid.UUID]:
    return sorted({uuid.UUID(t) for t in texts if isinstance(t, str) and UUID_TEXT.match(t)})


def _chunks(ids: list[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _lookup(session: Session, stmt: Any, key: Any, ids: list[uuid.UUID]) -> dict[str, tuple[Any, ...]]:
    found: dict[str, tuple[Any, ...]] = {}
    for chunk in _chunks(ids):
        for row in session.execute(stmt.where(key.in_(chunk))):
            found[str(row[0])] = tuple(row[1:])
    return found


def _person(display_name: str, login: str) -> str:
    return f"{display_name}（{login}）"


def _record_codes(session: Session, entity: str, ids: list[uuid.UUID]) -> dict[str, str]:
    """The human code of each record of kind ``entity`` (ids as text → code)."""
    if not ids:
        return {}
    if entity == "account_application":
        rows = _lookup(session, select(AccountApplication.id, AccountApplication.number), AccountApplication.id, ids)
        return {k: v[0] for k, v in rows.items()}
    if entity == "account":
        rows = _lookup(session, select(Account.id, Account.login_id), Account.id, ids)
        return {k: v[0] for k, v in rows.items()}
    if entity == "office_user":
        rows = _lookup(session, select(OfficeUser.id, OfficeUser.display_name, OfficeUser.login), OfficeUser.id, ids)
        return {k: _person(*v) for k, v in rows.items()}
    if entity == "teacher":
        rows = _lookup(session, select(Teacher.id, Teacher.name), Teacher.id, ids)
        return {k: v[0] for k, v in rows.items()}
    if entity == "hour_award":
        rows = _lookup(
            session,
            select(HourAward.id, Course.code, Teacher.name)
            .join(Course, HourAward.course_id == Course.id)
            .join(Teacher, HourAward.teacher_id == Teacher.id),
            HourAward.id,
            ids,
        )
        return {k: f"{code} {name}" for k, (code, name) in rows.items()}
    return {}


def _seat_codes(session: Session, entity_ids: Iterable[str]) -> dict[str, str]:
    """``<course code>#<seat>`` → ``<course code> 第 <seat> 位 <teacher>`` (the seat's teacher, when found)."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for text in entity_ids:
        m = _SEAT.match(text)
        if m:
            wanted[m["code"]].add(int(m["seat"]))
    if not wanted:
        return {}
    teachers: dict[tuple[str, int], str] = {}
    codes = sorted(wanted)
    for start in range(0, len(codes), _CHUNK):
        for code, seat, name in session.execute(
            select(Course.code, Enrollment.seat_no, Teacher.name)
            .join(Enrollment, Enrollment.course_id == Course.id)
            .join(Teacher, Enrollment.teacher_id == Teacher.id)
            .where(Course.code.in_(codes[start : start + _CHUNK]))
        ):
            if seat in wanted[code]:
                teachers[(code, seat)] = name
    return {
        f"{code}#{seat}": " ".join(x for x in (code, f"第 {seat} 位", teachers.get((code, seat), "")) if x)
        for code, seats in wanted.items()
        for seat in seats
    }


def _value_names(session: Session, ids: list[uuid.UUID]) -> dict[str, str]:
    """Names of the ids the values mention: people, organisations, district centers, hour awards."""
    if not ids:
        return {}
    names = {
        k: _person(*v)
        for k, v in _lookup(
            session, select(OfficeUser.id, OfficeUser.display_name, OfficeUser.login), OfficeUser.id, ids
        ).items()
    }
    rest = [i for i in ids if str(i) not in names]
    for model in (Organization, DistrictCenter):
        if not rest:
            break
        names.update(
            {
                k: f"{v[1]}（{v[0]}）"
                for k, v in _lookup(session, select(model.id, model.code, model.name), model.id, rest).items()
            }
        )
        rest = [i for i in rest if str(i) not in names]
    names.update(_record_codes(session, "hour_award", rest))
    return names


def codes_and_names(session: Session, rows: Iterable[Any]) -> Names:
    """The human codes and names ``rows`` (audit rows: ``entity``, ``entity_id``, ``old``, ``new``) refer to."""
    rows = list(rows)
    by_entity: dict[str, set[str]] = defaultdict(set)
    mentioned: set[str] = set()
    units: set[str] = set()
    for r in rows:
        by_entity[r.entity].add(r.entity_id)
        for values in (r.old, r.new):
            if isinstance(values, dict):
                mentioned.update(v for v in values.values() if isinstance(v, str) and UUID_TEXT.match(v))
                if isinstance(values.get("review_unit"), str):
                    units.add(values["review_unit"])
    codes: dict[tuple[str, str], str] = {}
    for entity, ids in by_entity.items():
        found = _seat_codes(session, ids) if entity == "attendance" else _record_codes(session, entity, _uuids(ids))
        codes.update({(entity, k): v for k, v in found.items()})
    names = _value_names(session, _uuids(mentioned))
    names.update(_unit_names(session, units))
    return Names(codes, names)


def _unit_names(session: Session, units: set[str]) -> dict[str, str]:
    """A course's review unit (``authority:<county code>``, as the courses domain stores it) → the county's
    education authority. (The log sits below every domain, so it reads the county itself.)"""
    counties = {u.removeprefix(_AUTHORITY): u for u in units if u.startswith(_AUTHORITY)}
    if not counties:
        return {}
    rows = session.execute(select(County.code, County.authority_name).where(County.code.in_(sorted(counties))))
    return {counties[code]: name for code, name in rows}


# --- searching --------------------------------------------------------------------------------------------


def _ids_where(model: Any, *columns: Any, text: str) -> Select[Any]:
    """The ids (as the log writes them) of the records of ``model`` whose ``columns`` contain ``text``."""
    return select(uuid_text(model.id)).where(or_(*(c.icontains(text, autoescape=True) for c in columns)))


def text_condition(text: str) -> ColumnElement[bool]:
    """Entries that mention ``text``: in the reason, the record's id or code, the action code, the actor's
    name, or in the number, login or name of the record they are about (an application's number, login,
    applicant or contact; an account's login; a user's login or name; a teacher's name; an award's or a
    certificate's course code and teacher). Case-insensitive, full-width characters as typed by an input
    method are read as half-width, and ``%`` and ``_`` match only themselves."""
    text = normalize(text)
    e = AuditEntry

    def about(entity: str, ids: Select[Any]) -> ColumnElement[bool]:
        return (e.entity == entity) & e.entity_id.in_(ids)

    awards = (
        select(uuid_text(HourAward.id))
        .join(Course, HourAward.course_id == Course.id)
        .join(Teacher, HourAward.teacher_id == Teacher.id)
        .where(Course.code.icontains(text, autoescape=True) | Teacher.name.icontains(text, autoescape=True))
    )
    certificates = (
        select(Certificate.number)
        .join(HourAward, Certificate.award_id == HourAward.id)
        .join(Course, HourAward.course_id == Course.id)
        .join(Teacher, HourAward.teacher_id == Teacher.id)
        .where(Course.code.icontains(text, autoescape=True) | Teacher.name.icontains(text, autoescape=True))
    )
    a = AccountApplication
    return or_(
        e.reason.icontains(text, autoescape=True),
        e.entity_id.icontains(text, autoescape=True),
        e.action.icontains(text, autoescape=True),
        e.actor_name.icontains(text, autoescape=True),
        about("account_application", _ids_where(a, a.number, a.login_id, a.applicant_name, a.contact_name, text=text)),
        about("account", _ids_where(Account, Account.login_id, Account.contact_name, text=text)),
        about("office_user", _ids_where(OfficeUser, OfficeUser.login, OfficeUser.display_name, text=text)),
        about("teacher", _ids_where(Teacher, Teacher.name, text=text)),
        about("hour_award", awards),
        about("certificate", certificates),
    )
