"""Course rosters (研習名冊): who is enrolled in a course, each with a seat number that the sign-in sheet prints.

Teachers are enrolled by ID (typed or scanned), by a column pasted from Excel, or from an XLSX/CSV file
(:mod:`.roster_input` reads those into :class:`RosterEntry`). :func:`enrol` checks every entry first and
reports every problem by line (:class:`RosterInvalid`, nothing written); otherwise it creates the teachers
it does not know, gives the new enrollments the next seat numbers and writes one audit entry for the course.

Seat numbers are never reused: a removed teacher's seat stays empty, so that a sign-in sheet printed before
the removal still sends every mark to the right row of the grid. The highest seat ever given is the larger
of the seats enrolled now and the ``seats_issued`` that :func:`unenrol` writes into the course's audit entry
(the audit log is append-only, so that number never goes back).

Who may change a roster, and when, is ``access.check_record_scope``: the organiser's coordinator or a clerk of
its district, on an approved or awarded course. Removing a teacher from an awarded course is refused: its
hours are stored and a course is not re-opened.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from ntip_desktop.changes import Changes
from ntip_desktop.errors import ConflictError, UserError
from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.models import (
    Absence,
    AuditEntry,
    AuditHead,
    AuditSource,
    Course,
    CourseState,
    Enrollment,
    Organization,
    Teacher,
)
from ntip_desktop.services import audit
from ntip_desktop.services.attendance.access import check_record_scope
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.courses import load_course
from ntip_desktop.services.rules.ids import mask_id, validate_id

#: The audit log's entity and actions of roster changes (entity id: the course code).
COURSE_ENTITY = "course"
TEACHER_ENTITY = "teacher"

#: A roster line's fields and their Chinese names (also the targets of a file's column mapping).
FIELD_LABELS = {
    "national_id": QT_TRANSLATE_NOOP("services.attendance.rosters", "身分證字號"),
    "name": QT_TRANSLATE_NOOP("services.attendance.rosters", "姓名"),
    "school": QT_TRANSLATE_NOOP("services.attendance.rosters", "服務學校"),
    "columns": QT_TRANSLATE_NOOP("services.attendance.rosters", "欄位"),  # a pasted line's shape
}
#: The longest name the teachers table holds.
NAME_LENGTH = 40
_CHUNK = 500


def field_label(name: str) -> str:
    """The Chinese name of a roster field (``national_id``, ``name``, ``school``)."""
    return translate("services.attendance.rosters", FIELD_LABELS[name]) if name in FIELD_LABELS else name


@dataclass(frozen=True)
class RosterEntry:
    """One teacher to enrol, as typed, pasted or read from a file (nothing checked yet).

    ``school`` is an organisation code or its full name; ``name`` and ``school`` are needed only for a
    teacher the database does not know. ``line`` is where the entry came from (pasted line or file row),
    so that problems name it; None: its position in the list given to :func:`enrol`.
    """

    national_id: str
    name: str = ""
    school: str = ""
    line: int | None = None


@dataclass(frozen=True)
class RosterProblem:
    """One bad value: the 1-based input line or file row (None: the whole input), the field, what is wrong."""

    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return translate("services.attendance.rosters", "「{label}」：{message}").format(
                label=field_label(self.field), message=self.message
            )
        return translate("services.attendance.rosters", "第 {line} 行「{label}」：{message}").format(
            line=self.line, label=field_label(self.field), message=self.message
        )


class RosterInvalid(UserError):
    """The roster has bad lines: nobody was enrolled. ``problems`` lists every one, by line."""

    def __init__(self, problems: Iterable[RosterProblem]) -> None:
        found = tuple(sorted(problems, key=lambda p: (p.line is not None, p.line or 0)))
        lines = sorted({p.line for p in found if p.line is not None})
        if lines:
            summary = translate(
                "services.attendance.rosters", "名冊有 {n} 處錯誤（第 {lines} 行），未登錄任何人：\n{items}"
            ).format(n=len(found), lines="、".join(str(n) for n in lines), items="\n".join(str(p) for p in found))
        else:
            summary = translate("services.attendance.rosters", "名冊有 {n} 處錯誤，未登錄任何人：\n{items}").format(
                n=len(found), items="\n".join(str(p) for p in found)
            )
        super().__init__(
            summary,
            field=translate("services.attendance.rosters", "第 {line} 行").format(line=lines[0])
            if lines
            else (found[0].field if found else None),
        )
        self.problems = found


@dataclass(frozen=True)
class TeacherInfo:
    """A known teacher as the ID field shows them."""

    teacher_id: uuid.UUID
    national_id: str
    masked_id: str
    name: str
    school: str  #: the organisation's name, or empty


@dataclass(frozen=True)
class EnrolResult:
    added: int
    created_teachers: int
    seats: tuple[int, ...]  #: the seats given, in the order of the entries
    changes: Changes


# --- small readings ------------------------------------------------------------------------------------------


def clean(text: str | None) -> str:
    """A typed or pasted value: NFKC (full-width letters and digits become ASCII), outer spaces dropped."""
    return unicodedata.normalize("NFKC", text or "").strip()


def _name_key(name: str) -> str:
    """Names compare without spaces (a full-width space between surname and name is common)."""
    return re.sub(r"\s+", "", clean(name))


def _checked_id(text: str) -> str:
    """The normalised ID; UserError naming the ID and why it is invalid (ID-1)."""
    if not clean(text):
        raise UserError(translate("services.attendance.rosters", "請輸入身分證字號。"), field="national_id")
    return validate_id(text, field="national_id")


def _lock_writers(session: Session) -> None:
    """Take the writers' lock (the audit chain's head row: PostgreSQL row lock, SQLite write lock).

    Held until the transaction ends, so that the roster and the largest seat read next stay as read: two
    clerks enrolling into one course at once get different seats, and never enrol one teacher twice. Taken
    before anything is read: on SQLite a read first would start a snapshot that another writer's commit
    makes stale while this one waits for the lock.
    """
    session.execute(
        update(AuditHead)
        .where(AuditHead.id == 1)
        .values(seq=AuditHead.seq)
        .execution_options(synchronize_session=False)
    )


def seats_issued(session: Session, course: Course) -> int:
    """The highest seat number ever given in ``course`` (0 when none): the next one is this plus one."""
    current = session.execute(
        select(func.max(Enrollment.seat_no)).where(Enrollment.course_id == course.id)
    ).scalar_one_or_none()
    recorded = session.execute(
        select(AuditEntry.new).where(
            AuditEntry.entity == COURSE_ENTITY, AuditEntry.entity_id == course.code, AuditEntry.action == "unenrol"
        )
    ).scalars()
    return max([current or 0, *(int(new.get("seats_issued", 0)) for new in recorded if new)])


def seat_code(seat_no: int, widest: int) -> str:
    """A seat as the row code printed on the sign-in sheet: zero-padded to the width of the largest seat."""
    return str(seat_no).zfill(len(str(max(widest, 1))))


def _teachers(session: Session, national_ids: Sequence[str]) -> dict[str, Teacher]:
    found: dict[str, Teacher] = {}
    for start in range(0, len(national_ids), _CHUNK):
        chunk = list(national_ids[start : start + _CHUNK])
        for t in session.execute(select(Teacher).where(Teacher.national_id.in_(chunk))).scalars():
            found[t.national_id] = t
    return found


def _schools(session: Session, values: set[str]) -> dict[str, Organization | str]:
    """Each typed school → its organisation (code, else full name, matched exactly) or why it is not one."""
    if not values:
        return {}
    rows = session.execute(
        select(Organization).where(or_(Organization.code.in_(values), Organization.name.in_(values)))
    ).scalars()
    by_code: dict[str, Organization] = {}
    by_name: dict[str, list[Organization]] = defaultdict(list)
    for row in rows:
        by_code[row.code] = row
        by_name[row.name].append(row)
    result: dict[str, Organization | str] = {}
    for value in values:
        org: Organization | None = by_code.get(value)
        if org is None:
            named = by_name.get(value, [])
            active = [o for o in named if o.active]
            if len(active) > 1:
                result[value] = translate(
                    "services.attendance.rosters", "有 {n} 所學校名為「{school}」（{codes}）：請改填學校代碼。"
                ).format(n=len(active), school=value, codes="、".join(sorted(o.code for o in active)))
                continue
            org = active[0] if active else (named[0] if named else None)
        if org is None:
            result[value] = translate(
                "services.attendance.rosters", "找不到學校「{school}」：請填學校代碼或完整校名。"
            ).format(school=value)
        elif not org.active:
            result[value] = translate(
                "services.attendance.rosters", "學校「{school}」（{code} {name}）已停用。"
            ).format(school=value, code=org.code, name=org.name)
        else:
            result[value] = org
    return result


# --- looking a teacher up ----------------------------------------------------------------------------------


def _info(teacher: Teacher) -> TeacherInfo:
    return TeacherInfo(
        teacher_id=teacher.id,
        national_id=teacher.national_id,
        masked_id=mask_id(teacher.national_id),
        name=teacher.name,
        school=teacher.organization.name if teacher.organization is not None else "",
    )


def lookup_teacher(session: Session, user: CurrentUser, national_id: str) -> TeacherInfo | None:
    """The teacher of this ID, or None when the database does not know them (then name and school are asked).

    The ID is checked at once (ID-1): an invalid one is a UserError naming it and why.
    """
    user.require(Permission.RECORD_ATTENDANCE)
    normalized = _checked_id(national_id)
    teacher = session.execute(select(Teacher).where(Teacher.national_id == normalized)).scalar_one_or_none()
    return _info(teacher) if teacher is not None else None


# --- enrolling ----------------------------------------------------------------------------------------------


@dataclass
class _Line:
    """An entry that passed the ID checks, with what the database knows of it."""

    line: int
    national_id: str
    name: str
    school: str
    teacher: Teacher | None = None
    org: Organization | None = None


def _read_ids(entries: Sequence[RosterEntry], problems: list[RosterProblem]) -> list[_Line]:
    """Each entry's checked ID; invalid and repeated IDs become problems."""
    lines: list[_Line] = []
    first: dict[str, int] = {}
    for index, entry in enumerate(entries, start=1):
        line = entry.line if entry.line is not None else index
        try:
            national_id = _checked_id(entry.national_id)
        except UserError as exc:
            problems.append(RosterProblem(line, "national_id", exc.message))
            continue
        if national_id in first:
            problems.append(
                RosterProblem(
                    line,
                    "national_id",
                    translate("services.attendance.rosters", "身分證字號 {id} 與第 {line} 行重複。").format(
                        id=national_id, line=first[national_id]
                    ),
                )
            )
            continue
        first[national_id] = line
        lines.append(_Line(line, national_id, clean(entry.name), clean(entry.school)))
    return lines


def _check_line(
    item: _Line,
    enrolled: dict[uuid.UUID, int],
    schools: dict[str, Organization | str],
    problems: list[RosterProblem],
) -> None:
    def bad(field: str, message: str) -> None:
        problems.append(RosterProblem(item.line, field, message))

    found = schools.get(item.school) if item.school else None
    if isinstance(found, str):
        bad("school", found)
    else:
        item.org = found
    teacher = item.teacher
    if teacher is not None:
        if teacher.id in enrolled:
            bad(
                "national_id",
                translate("services.attendance.rosters", "{name}（{id}）已在本課程名冊中，座號 {seat}。").format(
                    name=teacher.name, id=item.national_id, seat=seat_code(enrolled[teacher.id], max(enrolled.values()))
                ),
            )
        if item.name and _name_key(item.name) != _name_key(teacher.name):
            bad(
                "name",
                translate(
                    "services.attendance.rosters",
                    "身分證字號 {id} 的教師是「{stored}」，不是「{typed}」：請確認身分證字號；若無誤，姓名欄可留空。",
                ).format(id=item.national_id, stored=teacher.name, typed=item.name),
            )
        if item.org is not None and teacher.organization_id != item.org.id:
            stored = (
                teacher.organization.name
                if teacher.organization is not None
                else translate("services.attendance.rosters", "（未填）")
            )
            bad(
                "school",
                translate(
                    "services.attendance.rosters",
                    "身分證字號 {id} 的教師服務學校登記為「{stored}」，不是「{typed}」："
                    "請確認身分證字號；若無誤，學校欄可留空。",
                ).format(id=item.national_id, stored=stored, typed=item.school),
            )
        return
    if not item.name:
        bad(
            "name",
            translate(
                "services.attendance.rosters", "身分證字號 {id} 尚無教師資料：請填姓名及服務學校，以新增這位教師。"
            ).format(id=item.national_id),
        )
    elif len(item.name) > NAME_LENGTH:
        bad("name", translate("services.attendance.rosters", "姓名最多 {n} 個字。").format(n=NAME_LENGTH))
    if not item.school:
        bad(
            "school",
            translate(
                "services.attendance.rosters", "身分證字號 {id} 尚無教師資料：請填服務學校（學校代碼或完整校名）。"
            ).format(id=item.national_id),
        )


def _source_text(source: str) -> str:
    """How the roster came in, for the audit log's reason."""
    kind, _sep, detail = source.partition(":")
    kind = kind.strip().lower()
    if kind == "scan":
        return translate("services.attendance.rosters", "輸入或掃描身分證字號")
    if kind == "paste":
        return translate("services.attendance.rosters", "自試算表貼上")
    if kind == "import":
        return translate("services.attendance.rosters", "匯入檔案 {file}").format(file=detail.strip()).strip()
    return source.strip()


def enrol(
    session: Session,
    user: CurrentUser,
    course_id: uuid.UUID,
    entries: Sequence[RosterEntry],
    *,
    source: str = "",
) -> EnrolResult:
    """Enrol every entry in the course, or nobody: RosterInvalid lists every bad line.

    Problems: an invalid ID (ID-1), an ID given twice, a teacher already enrolled (named, with the seat),
    a known teacher whose typed name or school differs from the stored one (nothing is renamed silently),
    an unknown teacher without a name or school, a school that is neither an organisation's code nor its
    full name. Otherwise unknown teachers are created (audited each), the enrollments get the next seats in
    the order given, and one audit entry for the course lists the seats and masked IDs. ``source``
    (``scan``, ``paste``, ``import: 名冊.xlsx``) goes into the audit entry's reason.
    """
    _lock_writers(session)
    course = load_course(session, course_id)
    check_record_scope(user, course)
    if not entries:
        raise UserError(
            translate("services.attendance.rosters", "名冊是空的：請至少輸入一位教師的身分證字號。"),
            field="national_id",
        )
    problems: list[RosterProblem] = []
    lines = _read_ids(entries, problems)
    teachers = _teachers(session, [item.national_id for item in lines])
    enrolled: dict[uuid.UUID, int] = {
        teacher_id: seat
        for teacher_id, seat in session.execute(
            select(Enrollment.teacher_id, Enrollment.seat_no).where(Enrollment.course_id == course.id)
        )
    }
    issued = seats_issued(session, course)
    schools = _schools(session, {item.school for item in lines if item.school})
    for item in lines:
        item.teacher = teachers.get(item.national_id)
        _check_line(item, enrolled, schools, problems)
    if problems:
        raise RosterInvalid(problems)

    actor = user.actor(AuditSource.IMPORT if source.strip().lower().startswith("import") else None)
    how = _source_text(source)
    reason = (
        translate("services.attendance.rosters", "登錄研習名冊（{how}）").format(how=how)
        if how
        else translate("services.attendance.rosters", "登錄研習名冊")
    )
    created = 0
    seats: list[int] = []
    roster: list[dict[str, object]] = []
    for seat, item in enumerate(lines, start=issued + 1):
        teacher = item.teacher
        if teacher is None:
            assert item.org is not None  # checked above
            teacher = Teacher(id=uuid.uuid4(), national_id=item.national_id, name=item.name, organization=item.org)
            session.add(teacher)
            audit.record(
                session,
                actor,
                TEACHER_ENTITY,
                teacher.id,
                "create",
                new={"national_id": mask_id(item.national_id), "name": item.name, "organization": item.org.code},
                reason=translate("services.attendance.rosters", "登錄課程 {code} 名冊時新增").format(code=course.code),
            )
            created += 1
        session.add(Enrollment(course_id=course.id, teacher_id=teacher.id, seat_no=seat))
        seats.append(seat)
        roster.append({"seat": seat, "teacher": mask_id(item.national_id), "name": teacher.name})
    session.flush()
    audit.record(
        session,
        actor,
        COURSE_ENTITY,
        course.code,
        "enrol",
        new={"enrolled": roster, "source": source.strip()},
        reason=reason,
    )
    return EnrolResult(
        added=len(seats),
        created_teachers=created,
        seats=tuple(seats),
        changes=Changes(attendance=True, teachers=created > 0, audit=True),
    )


# --- removing ----------------------------------------------------------------------------------------------


def unenrol(
    session: Session,
    user: CurrentUser,
    course_id: uuid.UUID,
    enrollment_ids: Sequence[uuid.UUID],
    *,
    reason: str,
) -> Changes:
    """Remove these enrollments (and the absences recorded for them) from the course's roster.

    Refused on an awarded course (its hours are stored; a course is not re-opened) and without a reason.
    The audit entry keeps the removed roster lines; their seats are not given again.
    """
    _lock_writers(session)
    course = load_course(session, course_id)
    check_record_scope(user, course)
    if course.state is CourseState.AWARDED:
        raise UserError(
            translate(
                "services.attendance.rosters",
                "課程「{title}」已核發研習時數，名冊不能再移除學員（已核發的課程不能重新開放）。",
            ).format(title=course.title),
            field="state",
        )
    reason = reason.strip()
    if not reason:
        raise UserError(translate("services.attendance.rosters", "請說明移除的理由。"), field="reason")
    wanted = list(dict.fromkeys(enrollment_ids))
    if not wanted:
        raise UserError(translate("services.attendance.rosters", "請選擇要移除的學員。"), field="enrollments")
    rows = session.execute(
        select(Enrollment, Teacher)
        .join(Teacher, Teacher.id == Enrollment.teacher_id)
        .where(Enrollment.id.in_(wanted), Enrollment.course_id == course.id)
        .order_by(Enrollment.seat_no)
    ).all()
    if len(rows) != len(wanted):
        raise ConflictError(
            translate(
                "services.attendance.rosters", "有 {n} 位學員已不在本課程名冊中（可能已由他人移除），請重新整理後再試。"
            ).format(n=len(wanted) - len(rows)),
            field="enrollments",
        )
    issued = seats_issued(session, course)
    absences: dict[uuid.UUID, int] = {
        enrollment_id: count
        for enrollment_id, count in session.execute(
            select(Absence.enrollment_id, func.count())
            .where(Absence.enrollment_id.in_(wanted))
            .group_by(Absence.enrollment_id)
        )
    }
    removed = [
        {
            "seat": e.seat_no,
            "teacher": mask_id(t.national_id),
            "name": t.name,
            "absences": int(absences.get(e.id, 0)),
        }
        for e, t in rows
    ]
    for enrollment, _teacher in rows:
        session.delete(enrollment)
    session.flush()
    audit.record(
        session,
        user.actor(),
        COURSE_ENTITY,
        course.code,
        "unenrol",
        old={"removed": removed},
        new={"seats_issued": issued},
        reason=reason,
    )
    return Changes(attendance=True, audit=True)
