"""The JSON form of the hour computation (docs/cli.md ``ntip hours compute``): strict reading, output writing.

Every malformed field raises UserError naming its JSON path (``enrollments[3].absences[0].minutes``);
unknown keys are refused too, so that a misspelt ``absences`` cannot silently mean full attendance.
"""

from __future__ import annotations

import gc
import io
import json
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from itertools import groupby
from json.encoder import encode_basestring
from operator import attrgetter
from typing import Any, BinaryIO

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services.rules.hours import (
    ABSENCE_REASONS,
    DELIVERIES,
    SEGMENT_KINDS,
    Absence,
    Award,
    CourseInput,
    Enrollment,
    Segment,
    TeacherAwards,
    teacher_awards,
)
from ntip_desktop.services.rules.hours_types import EARLIEST_YEAR, LATEST_YEAR
from ntip_desktop.services.rules.ruleset import DEFAULT_RULE_SET, RuleSet

_TOP_KEYS = frozenset({"courses", "enrollments"})
_COURSE_KEYS = frozenset({"code", "delivery", "special_approval", "credits", "certified_hours", "segments"})
_COURSE_REQUIRED = ("code", "delivery", "segments")
_SEGMENT_KEYS = frozenset({"id", "start", "end", "kind"})
_ENROLLMENT_KEYS = frozenset({"teacher", "course", "completed", "absences"})
_ENROLLMENT_REQUIRED = ("teacher", "course", "completed")
_ABSENCE_KEYS = frozenset({"segment", "minutes", "reason"})
_LOCAL_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _reject_constant(name: str) -> None:
    raise UserError(translate("services.rules.hours_json", "JSON 不接受 {name}").format(name=name), field="JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (_INFINITY, -_INFINITY):  # 1e999 reads as infinity, which no field can hold
        raise UserError(
            translate("services.rules.hours_json", "數值 {text} 超出範圍").format(text=text[:40]), field="JSON"
        )
    return value


_INFINITY = float("inf")
#: A ``\u`` escape of a UTF-16 surrogate: only such an escape can put a lone surrogate into decoded JSON.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE_ESCAPE_BYTES = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def load_json(text: str | bytes) -> Any:
    """Parse JSON text strictly (no NaN/Infinity); a syntax error names its line and column.

    Refused as well, each with a message rather than a traceback: nesting deeper than the parser can
    follow, an integer of more digits than Python converts (4,300), a number too large for a float, and
    text that cannot be written back as UTF-8 (a lone surrogate escape such as ``"\\udcff"``), so that
    nothing read can fail later while the output is being written.
    """
    escapes = None  # whether the text holds a surrogate escape (searched in the bytes when given: twice as fast)
    if isinstance(text, bytes):
        escapes = _SURROGATE_ESCAPE_BYTES.search(text) is not None
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UserError(
                translate("services.rules.hours_json", "輸入不是 UTF-8 文字（位元組 {pos}）").format(pos=exc.start),
                field="JSON",
            ) from None
    try:
        data = json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        raise UserError(
            translate("services.rules.hours_json", "JSON 格式錯誤：{msg}").format(msg=exc.msg),
            field=translate("services.rules.hours_json", "第 {line} 行第 {col} 欄").format(
                line=exc.lineno, col=exc.colno
            ),
        ) from None
    except RecursionError:
        raise UserError(translate("services.rules.hours_json", "JSON 的巢狀層數過多"), field="JSON") from None
    except ValueError:  # an integer longer than sys.get_int_max_str_digits()
        raise UserError(translate("services.rules.hours_json", "JSON 中的整數位數過多"), field="JSON") from None
    if escapes or (escapes is None and _SURROGATE_ESCAPE.search(text)):
        where = _lone_surrogate(data)
        if where is not None:
            raise UserError(
                translate("services.rules.hours_json", "含有無法以 UTF-8 表示的字元（不成對的 UTF-16 代理字元）"),
                field=where,
            )
    return data


def _lone_surrogate(data: Any) -> str | None:
    """The JSON path of the first key or text holding a lone UTF-16 surrogate (walked without recursion)."""
    stack: list[tuple[str, Any]] = [("$", data)]
    while stack:
        path, value = stack.pop()
        if type(value) is str:
            if _SURROGATE.search(value):
                return path
        elif type(value) is list:
            stack.extend((f"{path}[{i}]", item) for i, item in reversed(list(enumerate(value))))
        elif type(value) is dict:
            for key in value:
                if _SURROGATE.search(key):
                    return path
            stack.extend((key if path == "$" else f"{path}.{key}", item) for key, item in reversed(list(value.items())))
    return None


def _keys(obj: Any, path: str, allowed: frozenset[str], required: Sequence[str]) -> dict[str, Any]:
    if type(obj) is not dict:
        raise UserError(translate("services.rules.hours_json", "須為 JSON 物件"), field=path)
    if not allowed.issuperset(obj):
        extra = sorted(set(obj) - allowed)[0]
        raise UserError(
            translate("services.rules.hours_json", "不明的欄位 {key}").format(key=extra), field=f"{path}.{extra}"
        )
    for key in required:
        if key not in obj:
            raise UserError(translate("services.rules.hours_json", "缺少必要欄位"), field=f"{path}.{key}")
    return obj


def _text(value: Any, path: str) -> str:
    if type(value) is not str or not value.strip():
        raise UserError(translate("services.rules.hours_json", "須為非空白的文字"), field=path)
    return value


def _optional_text(value: Any, path: str) -> str | None:
    if value is None:
        return None
    if type(value) is not str:
        raise UserError(translate("services.rules.hours_json", "須為文字或 null"), field=path)
    return value or None


def _optional_int(value: Any, path: str) -> int | None:
    if value is None:
        return None
    if type(value) is not int:
        raise UserError(translate("services.rules.hours_json", "須為整數或 null"), field=path)
    return value


def _choice(value: Any, path: str, allowed: Sequence[str]) -> str:
    if type(value) is not str or value not in allowed:
        raise UserError(
            translate("services.rules.hours_json", "須為下列之一：{values}").format(values="、".join(allowed)),
            field=path,
        )
    return value


def parse_local_time(value: Any, path: str, cache: dict[str, datetime] | None = None) -> datetime:
    """A local wall-clock time written exactly ``YYYY-MM-DDTHH:MM``."""
    if cache is not None:
        known = cache.get(value) if type(value) is str else None
        if known is not None:
            return known
    if type(value) is str and _LOCAL_TIME.fullmatch(value):
        try:
            result = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            check_year(result.year, path)
            if cache is not None:
                cache[value] = result
            return result
    raise UserError(
        translate("services.rules.hours_json", "時間須寫成 YYYY-MM-DDTHH:MM（例 2026-03-02T09:00）"), field=path
    )


def check_year(year: int, path: str) -> None:
    """Refuse a date outside the years the program can show (:data:`~.hours_types.EARLIEST_YEAR` to
    :data:`~.hours_types.LATEST_YEAR`, 民國元年 to 999 年): such a date is a typing error."""
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise UserError(
            translate("services.rules.hours_json", "年份須在 {first} 到 {last} 之間（民國元年至 999 年）").format(
                first=EARLIEST_YEAR, last=LATEST_YEAR
            ),
            field=path,
        )


def parse_segments(value: Any, path: str, cache: dict[str, datetime] | None = None) -> tuple[Segment, ...]:
    """The ``segments`` list shared by ``hours compute`` and ``review check``.

    ``cache`` maps time text to its datetime: most times repeat across a county's courses.
    """
    if type(value) is not list:
        raise UserError(translate("services.rules.hours_json", "須為 JSON 陣列"), field=path)
    times = {} if cache is None else cache
    known = times.get
    make = tuple.__new__  # Segment(...) without the keyword-argument handling of its __new__
    segments = []
    for j, raw in enumerate(value):
        # The common case is checked inline (paths are built only on error): this runs per segment.
        try:
            seg_id, start, end, kind = raw["id"], raw["start"], raw["end"], raw["kind"]
            exact = len(raw) == 4
        except (KeyError, TypeError):
            exact = False
        if not exact:
            _keys(raw, f"{path}[{j}]", _SEGMENT_KEYS, ("id", "start", "end", "kind"))
        if type(seg_id) is not str or not seg_id.strip():
            _text(seg_id, f"{path}[{j}].id")
        if kind not in SEGMENT_KINDS:
            _choice(kind, f"{path}[{j}].kind", SEGMENT_KINDS)
        begins = known(start) if type(start) is str else None
        if begins is None:
            begins = parse_local_time(start, f"{path}[{j}].start", times)
        ends = known(end) if type(end) is str else None
        if ends is None:
            ends = parse_local_time(end, f"{path}[{j}].end", times)
        segments.append(make(Segment, (seg_id, begins, ends, kind)))
    return tuple(segments)


def _course(raw: Any, path: str, cache: dict[str, datetime]) -> CourseInput:
    _keys(raw, path, _COURSE_KEYS, _COURSE_REQUIRED)
    return CourseInput(
        code=_text(raw["code"], f"{path}.code"),
        delivery=_choice(raw["delivery"], f"{path}.delivery", DELIVERIES),
        segments=parse_segments(raw["segments"], f"{path}.segments", cache),
        special_approval=_optional_text(raw.get("special_approval"), f"{path}.special_approval"),
        credits=_optional_int(raw.get("credits"), f"{path}.credits"),
        certified_hours=_optional_int(raw.get("certified_hours"), f"{path}.certified_hours"),
    )


def _absences(value: Any, path: str) -> tuple[Absence, ...]:
    if type(value) is not list:
        raise UserError(translate("services.rules.hours_json", "須為 JSON 陣列"), field=path)
    result = []
    for k, raw in enumerate(value):
        where = f"{path}[{k}]"
        _keys(raw, where, _ABSENCE_KEYS, ("segment", "minutes", "reason"))
        minutes = raw["minutes"]
        if type(minutes) is not int or minutes < 0:
            raise UserError(
                translate("services.rules.hours_json", "缺席分鐘數須為 0 以上的整數"), field=f"{where}.minutes"
            )
        result.append(
            Absence(
                _text(raw["segment"], f"{where}.segment"),
                minutes,
                _choice(raw["reason"], f"{where}.reason", ABSENCE_REASONS),
            )
        )
    return tuple(result)


def parse_hours_input(
    data: Any, by_teacher: dict[str, list[Enrollment]] | None = None
) -> tuple[list[CourseInput], list[Enrollment]]:
    """Courses and enrollments from the decoded JSON of docs/cli.md, checking every field's type.

    Given ``by_teacher``, also fills it as :func:`~.hours.group_by_teacher` would (in the same pass).
    """
    _keys(data, "$", _TOP_KEYS, ("courses", "enrollments"))
    raw_courses, raw_enrollments = data["courses"], data["enrollments"]
    if type(raw_courses) is not list:
        raise UserError(translate("services.rules.hours_json", "須為 JSON 陣列"), field="courses")
    if type(raw_enrollments) is not list:
        raise UserError(translate("services.rules.hours_json", "須為 JSON 陣列"), field="enrollments")
    times: dict[str, datetime] = {}
    courses = [_course(raw, f"courses[{i}]", times) for i, raw in enumerate(raw_courses)]
    enrollments: list[Enrollment] = []
    append = enrollments.append
    group: dict[str, list[Enrollment]] = {} if by_teacher is None else by_teacher
    make = tuple.__new__  # Enrollment(...) without the keyword-argument handling of its __new__
    no_absences: tuple[Absence, ...] = ()
    for i, raw in enumerate(raw_enrollments):
        # The common case is checked inline: this loop runs once per enrollment of a county-year.
        try:
            teacher, course, completed = raw["teacher"], raw["course"], raw["completed"]
            size = len(raw)
            absences = raw["absences"] if size == 4 else None
        except (KeyError, TypeError):
            _keys(raw, f"enrollments[{i}]", _ENROLLMENT_KEYS, _ENROLLMENT_REQUIRED)
            raise
        wrong_size = size != 3 and size != 4  # an unknown key beside the required ones
        if wrong_size or type(teacher) is not str or type(course) is not str or type(completed) is not bool:
            path = f"enrollments[{i}]"
            _keys(raw, path, _ENROLLMENT_KEYS, _ENROLLMENT_REQUIRED)
            _text(teacher, f"{path}.teacher")
            _text(course, f"{path}.course")
            raise UserError(translate("services.rules.hours_json", "須為 true 或 false"), field=f"{path}.completed")
        if absences:
            absences = _absences(absences, f"enrollments[{i}].absences")
        elif absences is None or absences == []:
            absences = no_absences
        else:
            raise UserError(
                translate("services.rules.hours_json", "須為 JSON 陣列"), field=f"enrollments[{i}].absences"
            )
        enrollment = make(Enrollment, (teacher, course, completed, absences))
        append(enrollment)
        same = group.get(teacher)
        if same is None:
            group[teacher] = [enrollment]
        else:
            same.append(enrollment)
    for teacher in group:  # blank text, checked once a teacher rather than once an enrollment
        if not teacher or teacher.isspace():
            first = next(i for i, e in enumerate(enrollments) if e.teacher == teacher)
            _text(teacher, f"enrollments[{first}].teacher")
    return courses, enrollments


def input_to_json(courses: Iterable[CourseInput], enrollments: Iterable[Enrollment]) -> dict[str, Any]:
    """The input document of docs/cli.md for these courses and enrollments: what :func:`parse_hours_input` reads back."""
    return {
        "courses": [
            {
                "code": c.code,
                "delivery": c.delivery,
                "special_approval": c.special_approval,
                "credits": c.credits,
                "certified_hours": c.certified_hours,
                "segments": [
                    {"id": s.id, "start": _local_time(s.start), "end": _local_time(s.end), "kind": s.kind}
                    for s in c.segments
                ],
            }
            for c in courses
        ],
        "enrollments": [
            {
                "teacher": e.teacher,
                "course": e.course,
                "completed": e.completed,
                "absences": [{"segment": a.segment, "minutes": a.minutes, "reason": a.reason} for a in e.absences],
            }
            for e in enrollments
        ],
    }


def _local_time(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M")


def write_groups(groups: Iterable[TeacherAwards], out: BinaryIO, rule_set: RuleSet = DEFAULT_RULE_SET) -> None:
    """Write the output document of docs/cli.md to ``out`` as UTF-8, byte for byte what
    ``json.dumps(..., ensure_ascii=False)`` writes.

    Everyone attending a course in full shares one award tuple, so the rest of such an award
    (course, hours, status, trace) is encoded once and reused; so is each distinct trace line. The
    document is written in chunks of about a megabyte rather than joined whole (a county-year is ~60 MB).
    """
    enc = encode_basestring
    encoded: dict[int, bytes] = {}  # id(award tuple) -> its JSON after the teacher
    alive: list[object] = []  # ... and the tuples themselves, so that no id is reused while writing
    lines: dict[str, bytes] = {}
    parts = [b'{"rule_set": ', enc(rule_set.version).encode(), b', "awards": [']
    extend = parts.extend
    first: int | None = len(parts)  # the first award has no comma before it
    for teacher, tails in groups:
        opening = f', {{"teacher": {enc(teacher)}'.encode()
        for tail in tails:
            body = encoded.get(id(tail))
            if body is None:
                course, hours, status, trace, _ = tail
                trace_json = []
                for line in trace:
                    line_json = lines.get(line)
                    if line_json is None:
                        line_json = lines[line] = enc(line).encode()
                    trace_json.append(line_json)
                body = encoded[id(tail)] = b"".join(
                    (
                        f', "course": {enc(course)}, "hours": {hours}, "status": {enc(status)}, "trace": ['.encode(),
                        b", ".join(trace_json),
                        b"]}",
                    )
                )
                alive.append(tail)
            extend((opening, body))
        if len(parts) > _CHUNK_PARTS:
            if first is not None:
                parts[first], first = parts[first][2:], None
            out.write(b"".join(parts))
            parts.clear()
    if first is not None and len(parts) > first:
        parts[first] = parts[first][2:]
    parts.append(b"]}")
    out.write(b"".join(parts))


#: How many pieces :func:`write_groups` joins before writing them (about a megabyte of output).
_CHUNK_PARTS = 4096


def awards_to_json(awards: Sequence[Award], rule_set: RuleSet = DEFAULT_RULE_SET) -> bytes:
    """The output document of docs/cli.md for computed awards (sorted by teacher), as UTF-8."""
    groups: list[TeacherAwards] = [
        (teacher, [(a.course, a.hours, a.status, a.trace, ()) for a in same])
        for teacher, same in groupby(awards, key=attrgetter("teacher"))
    ]
    buffer = io.BytesIO()
    write_groups(groups, buffer, rule_set)
    return buffer.getvalue()


def compute_hours_json(text: str | bytes, rule_set: RuleSet = DEFAULT_RULE_SET) -> bytes:
    """The whole ``ntip hours compute`` path as one document in memory (see :func:`write_hours_json`)."""
    buffer = io.BytesIO()
    write_hours_json(text, buffer, rule_set)
    return buffer.getvalue()


def write_hours_json(text: str | bytes, out: BinaryIO, rule_set: RuleSet = DEFAULT_RULE_SET) -> None:
    """The whole ``ntip hours compute`` path: parse, validate, compute, write the output to ``out``.

    Everything is checked and computed before the first byte is written, so bad input writes nothing.
    """
    # A county-year allocates millions of small objects that form no cycles; left on, the cyclic
    # garbage collector would walk them over and over for nothing (it nearly doubles the run time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        by_teacher: dict[str, list[Enrollment]] = {}
        courses, enrollments = parse_hours_input(load_json(text), by_teacher)
        groups = teacher_awards(courses, enrollments, rule_set, by_teacher)
        del courses, enrollments, by_teacher
        write_groups(groups, out, rule_set)
    finally:
        if collecting:
            gc.enable()
