"""Rosters people bring in: a column pasted from Excel, or an XLSX/CSV file (preview, column mapping, rows).

Nothing here touches the database: the entries go to :func:`.rosters.enrol`, which checks the IDs, the
teachers and the schools and reports every problem by line. What is refused here is only what cannot be
read as a roster at all (a line without an ID, more columns than a roster has), also by line.

A paste is what Excel, a web page or a word processor puts on the clipboard:

- one ID per line, or ID, name and school in columns separated by tabs (Excel), commas, or spaces;
- full-width letters and digits (``Ａ１２３…``) and spaces inside an ID are fine (NFKC, ``normalize_id``);
- a first line that is a header (身分證字號 / 姓名 / 學校 …) names the columns, in any order; without one the
  columns are the ID (the first column holding something shaped like an ID), then name, then school;
- blank lines are ignored.

A file (XLSX's first sheet, or CSV in UTF-8 with or without BOM, or Big5/CP950: ``services.tabular``) is
read the same way: its first non-empty row is a header unless it holds an ID; :func:`preview_roster_file`
suggests a mapping from the header (Chinese spellings such as 身分證字號, 姓名, 服務學校), the person may change
it, and :func:`read_roster_file` reads every row with it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services import tabular
from ntip_desktop.services.attendance.rosters import (
    FIELD_LABELS,
    RosterEntry,
    RosterInvalid,
    RosterProblem,
    clean,
)

#: The fields a column can be mapped to, in the order the mapping step lists them.
TARGETS = ("national_id", "name", "school")
#: Header spellings accepted for each field, besides its Chinese name and English field name.
ALIASES: dict[str, tuple[str, ...]] = {
    "national_id": (
        "身分證字號",
        "身分證號",
        "身分證號碼",
        "身分證",
        "身份證字號",
        "身份證號",
        "身份證",
        "身分證統一編號",
        "統一證號",
        "居留證號",
        "id",
        "national id",
    ),
    "name": ("姓名", "教師姓名", "學員姓名", "name", "teacher"),
    "school": ("服務學校", "學校", "學校名稱", "學校代碼", "服務單位", "服務機關", "單位", "school", "organization"),
}
#: Words that make a header cell name a field even with more around it (「身分證字號(必填)」, 「服務學校全銜」).
_HEADER_WORDS = (
    ("national_id", ("身分證", "身份證", "居留證")),
    ("name", ("姓名",)),
    ("school", ("學校", "單位")),
)
#: Rows shown by the preview.
PREVIEW_ROWS = 20

_ID_SHAPE = re.compile(r"^[A-Z][A-Z0-9]\d{8}$")


def looks_like_id(text: str) -> bool:
    """Whether ``text`` has the shape of a national or resident ID (a letter, then 9 characters), valid or not."""
    return bool(_ID_SHAPE.match(re.sub(r"\s+", "", clean(text)).upper()))


def _field_of_header(text: str) -> str | None:
    key = tabular.header_key(text)
    if not key:
        return None
    for name in TARGETS:
        if key in {tabular.header_key(s) for s in (name, FIELD_LABELS[name], *ALIASES[name])}:
            return name
    for name, words in _HEADER_WORDS:
        if any(word in key for word in words):
            return name
    return None


def is_header(cells: Sequence[str]) -> bool:
    """A first row is a header when a cell names a roster field and none holds an ID.

    A first row that is neither (a mistyped ID, an unknown header) is read as data: the ID check then names
    it, which is better than dropping a teacher silently.
    """
    return any(_field_of_header(c) for c in cells) and not any(looks_like_id(c) for c in cells)


def suggest_mapping(header: Sequence[str] | None, first_row: Sequence[str] = ()) -> dict[str, int | None]:
    """Which column holds which field: by the header's words, or (no header) ID column then name, school."""
    mapping: dict[str, int | None] = dict.fromkeys(TARGETS)
    if header is not None:
        for index, text in enumerate(header):
            name = _field_of_header(text)
            if name and mapping[name] is None:
                mapping[name] = index
        return mapping
    id_column = next((i for i, c in enumerate(first_row) if looks_like_id(c)), 0)
    width = max(len(first_row), 1)
    for offset, name in enumerate(TARGETS):
        if id_column + offset < width:
            mapping[name] = id_column + offset
    return mapping


def _entry(
    line: int, cells: Sequence[str], mapping: Mapping[str, int | None], problems: list[RosterProblem]
) -> RosterEntry | None:
    def get(name: str) -> str:
        index = mapping.get(name)
        return clean(cells[index]) if index is not None and 0 <= index < len(cells) else ""

    national_id = get("national_id")
    if not national_id:
        problems.append(RosterProblem(line, "national_id", translate("services.attendance.roster_input", "未填寫。")))
        return None
    return RosterEntry(national_id=national_id, name=get("name"), school=get("school"), line=line)


# --- pasting ------------------------------------------------------------------------------------------------


def _paste_cells(raw: str) -> list[str]:
    """One pasted line as cells: tab-separated (Excel), else comma-separated, else split at spaces."""
    if "\t" in raw:
        cells = [clean(c) for c in raw.split("\t")]
    else:
        text = clean(raw)
        if re.search(r"[,，]", raw):
            cells = [clean(c) for c in re.split(r"[,，]", text)]
        elif looks_like_id(text):  # 「A 123 456 789」: one ID with spaces in it
            cells = [text]
        else:
            cells = text.split()
    while cells and not cells[-1]:
        cells.pop()
    return cells


def parse_pasted_roster(text: str) -> list[RosterEntry]:
    """The entries of a paste (see the module's description); RosterInvalid for lines that are no roster line.

    Each entry carries its line number in the pasted text, so that :func:`.rosters.enrol` names it.
    """
    lines = [(n, _paste_cells(raw)) for n, raw in enumerate(text.splitlines(), start=1) if raw.strip()]
    lines = [(n, cells) for n, cells in lines if cells]
    if not lines:
        return []
    problems: list[RosterProblem] = []
    first_line, first = lines[0]
    header = is_header(first)
    if header:
        mapping = suggest_mapping(first)
        body = lines[1:]
        if mapping["national_id"] is None:
            raise RosterInvalid(
                [
                    RosterProblem(
                        first_line,
                        "national_id",
                        translate("services.attendance.roster_input", "標題列中找不到身分證字號欄。"),
                    )
                ]
            )
    else:
        mapping = suggest_mapping(None, first)
        body = lines
    used = {i for i in mapping.values() if i is not None}
    entries: list[RosterEntry] = []
    for n, cells in body:
        # Under a header, other columns are named and left out; without one, a cell of no column is refused.
        extra = [] if header else [c for i, c in enumerate(cells) if c and i not in used]
        if extra:
            problems.append(
                RosterProblem(
                    n,
                    "columns",
                    translate(
                        "services.attendance.roster_input",
                        "多出「{extra}」：每行只能有身分證字號、姓名、服務學校三欄（或連同標題列一起貼上）。",
                    ).format(extra="、".join(extra)),
                )
            )
            continue
        entry = _entry(n, cells, mapping, problems)
        if entry is not None:
            entries.append(entry)
    if problems:
        raise RosterInvalid(problems)
    return entries


# --- files --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterPreview:
    """What a roster file holds, for the mapping step."""

    filename: str
    #: The header row's cells (``has_header`` False: one empty string per column).
    headers: tuple[str, ...]
    has_header: bool
    #: The first :data:`PREVIEW_ROWS` data rows, each with its row number in the file.
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    #: How many data rows the file has.
    row_count: int
    #: The suggested column of each field (``national_id``, ``name``, ``school``); None: no column.
    suggested: dict[str, int | None]


def _file_rows(path: str | Path) -> tuple[str, bool, list[tuple[int, list[str]]], list[tuple[int, list[str]]]]:
    """(file name, has header, header rows (0 or 1), data rows) of a roster file."""
    name = Path(path).name
    rows = tabular.non_empty_rows(tabular.read_file(path), name)
    rows = [(n, [c.strip() for c in cells]) for n, cells in rows]
    if not rows:
        raise UserError(translate("services.attendance.roster_input", "檔案是空的：沒有任何名冊資料。"), field="file")
    if is_header(rows[0][1]):
        return name, True, rows[:1], rows[1:]
    return name, False, [], rows


def preview_roster_file(path: str | Path) -> RosterPreview:
    """The file's header, first rows and a suggested column mapping (nothing is written)."""
    name, has_header, header, body = _file_rows(path)
    if has_header and not body:
        raise UserError(translate("services.attendance.roster_input", "檔案只有標題列，沒有名冊資料。"), field="file")
    width = max(len(cells) for _n, cells in header + body)
    if has_header:
        headers = tuple(header[0][1]) + ("",) * (width - len(header[0][1]))
        suggested = suggest_mapping(headers)
    else:
        headers = ("",) * width
        suggested = suggest_mapping(None, body[0][1])
    return RosterPreview(
        filename=name,
        headers=headers,
        has_header=has_header,
        rows=tuple((n, tuple(cells)) for n, cells in body[:PREVIEW_ROWS]),
        row_count=len(body),
        suggested=suggested,
    )


def read_roster_file(path: str | Path, mapping: Mapping[str, int | None]) -> list[RosterEntry]:
    """Every data row as an entry, through ``mapping`` (field → column index, as the preview suggests).

    A row without an ID in its ID column is a problem named by its row number: RosterInvalid lists every
    one. Each entry carries its row number, so that :func:`.rosters.enrol` names the row of a problem.
    """
    if mapping.get("national_id") is None:
        raise UserError(translate("services.attendance.roster_input", "請指定哪一欄是身分證字號。"), field="mapping")
    _name, _has_header, _header, body = _file_rows(path)
    problems: list[RosterProblem] = []
    entries = [e for n, cells in body if (e := _entry(n, cells, mapping, problems)) is not None]
    if problems:
        raise RosterInvalid(problems)
    if not entries:
        raise UserError(translate("services.attendance.roster_input", "檔案沒有名冊資料。"), field="file")
    return entries
