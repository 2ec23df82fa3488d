"""Importing account applications exported from the web site: CSV (UTF-8 with or without BOM, Big5/cp950
as older systems write it) and XLSX.

Every row is validated first; every bad line is reported with its line number and field in Chinese;
then all rows are stored in the caller's transaction, or none (:class:`ImportRejected`).
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy.orm import Session

from ntip_desktop.changes import Changes
from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.i18n import QT_TRANSLATE_NOOP, tr, translate
from ntip_desktop.labels import source_text
from ntip_desktop.models import AccountKind, ApplicationSource, AuditSource, BusinessSubtype
from ntip_desktop.services.accounts.access import check_submit_scope
from ntip_desktop.services.accounts.fields import FIELD_LABELS
from ntip_desktop.services.accounts.intake import (
    ApplicationInput,
    check_application,
    login_ids_in_use,
    store_checked,
)
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.rules.ids import normalize_id
from ntip_desktop.services.rules.rocdate import TAIWAN, parse_date
from ntip_desktop.services.tabular import header_key, non_empty_rows
from ntip_desktop.services.tabular import read_file as read_file  # the accounts API has offered it here

#: Columns a file must have (by their Chinese header; the English field name is accepted too).
REQUIRED_COLUMNS = (
    "kind",
    "organization_code",
    "login_id",
    "applicant_name",
    "contact_name",
    "contact_phone",
    "contact_email",
    "agreement_version",
    "agreement_accepted_at",
)
OPTIONAL_COLUMNS = ("subtype", "national_id", "applicant_title", "submitted_at")
#: Header spellings accepted for each field, besides its label and its English name.
_ALIASES = {
    "kind": ("申請類別", "帳號種類"),
    "subtype": ("業務帳號類別",),
    "organization_code": ("學校代碼", "機關（學校）代碼", "機關(學校)代碼"),
    "login_id": ("帳號", "申請帳號"),
    "contact_email": ("承辦人Email", "承辦人E-mail", "承辦人email"),
    "agreement_accepted_at": ("同意書同意時間",),
}
_KIND_WORDS = {
    **{source_text(k): k for k in AccountKind},
    "教師": AccountKind.TEACHER,
    "業務": AccountKind.BUSINESS,
    "teacher": AccountKind.TEACHER,
    "business": AccountKind.BUSINESS,
}
_SUBTYPE_WORDS = {**{source_text(s): s for s in BusinessSubtype}, **{s.value: s for s in BusinessSubtype}}


@dataclass(frozen=True)
class ImportColumn:
    """One column of the import file: its field, the header to write, whether it is required, what it
    means and an example value (the template's example row)."""

    field: str
    header: str
    required: bool
    meaning: str
    example: str


#: What each column holds (zh-TW source texts) and the template's example row.
_MEANINGS = {
    "kind": (QT_TRANSLATE_NOOP("services.accounts.importing", "「業務帳號」或「教師個人帳號」。"), "業務帳號"),
    "subtype": (
        QT_TRANSLATE_NOOP(
            "services.accounts.importing",
            "業務帳號必填：各級學校、區管中心、社會教育機構或法人、普通高級中學課程學科中心、教育行政主管機關、"
            "教師研習中心、全國教師在職進修資訊網及全國推廣中心；須與機關的類別相符。教師個人帳號留空。",
        ),
        "各級學校",
    ),
    "organization_code": (
        QT_TRANSLATE_NOOP("services.accounts.importing", "申請機關（學校）的機關代碼。"),
        "353301",
    ),
    "login_id": (
        QT_TRANSLATE_NOOP(
            "services.accounts.importing",
            "4–20 字，以英文字母開頭，只能用英文字母、數字及 . _ -；申請後不可變更。",
        ),
        "ckhs.office",
    ),
    "national_id": (
        QT_TRANSLATE_NOOP("services.accounts.importing", "教師個人帳號必填：教師的身分證字號。業務帳號留空。"),
        "",
    ),
    "applicant_name": (QT_TRANSLATE_NOOP("services.accounts.importing", "申請人姓名。"), "李校長"),
    "applicant_title": (QT_TRANSLATE_NOOP("services.accounts.importing", "申請人職稱。"), "校長"),
    "contact_name": (QT_TRANSLATE_NOOP("services.accounts.importing", "承辦人姓名。"), "王小明"),
    "contact_phone": (
        QT_TRANSLATE_NOOP("services.accounts.importing", "承辦人電話，分機以 # 隔開。"),
        "02-2303-4381#215",
    ),
    "contact_email": (QT_TRANSLATE_NOOP("services.accounts.importing", "承辦人電子郵件。"), "office@ck.tp.edu.tw"),
    "agreement_version": (
        QT_TRANSLATE_NOOP("services.accounts.importing", "申請人同意的帳號使用同意書版本。"),
        "98.07.08",
    ),
    "agreement_accepted_at": (
        QT_TRANSLATE_NOOP(
            "services.accounts.importing", "申請人同意的時間：民國或西元日期加時間，例 115/03/02 09:15。"
        ),
        "115/03/02 09:15",
    ),
    "submitted_at": (
        QT_TRANSLATE_NOOP("services.accounts.importing", "申請時間；留空為匯入的時間。"),
        "115/03/02 09:20",
    ),
}
#: The order the template and the help list the columns in.
_COLUMN_ORDER = (
    "kind",
    "subtype",
    "organization_code",
    "login_id",
    "national_id",
    "applicant_name",
    "applicant_title",
    "contact_name",
    "contact_phone",
    "contact_email",
    "agreement_version",
    "agreement_accepted_at",
    "submitted_at",
)


def import_columns() -> tuple[ImportColumn, ...]:
    """The columns an import file has, in the template's order (the header may be Chinese or English, in
    any order; the first row is the header)."""
    return tuple(
        ImportColumn(
            name,
            tr(FIELD_LABELS[name]),
            name in REQUIRED_COLUMNS,
            translate("services.accounts.importing", _MEANINGS[name][0]),
            _MEANINGS[name][1],
        )
        for name in _COLUMN_ORDER
    )


def columns_help() -> str:
    """The columns as plain text lines (``ntip accounts import --help``)."""
    needed = translate("services.accounts.importing", "，必要欄位")
    lines = [
        translate("services.accounts.importing", "檔案的第一列為標題列，欄位（中文標題或英文欄名皆可，順序不拘）：")
    ]
    for c in import_columns():
        lines.append(f"  {c.header}（{c.field}{needed if c.required else ''}）：{c.meaning}")
    return "\n".join(lines)


def import_template_xlsx() -> bytes:
    """An XLSX file to fill in: the header row, one example row, and a second sheet that explains each column."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    columns = import_columns()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = translate("services.accounts.importing", "帳號申請")
    sheet.append([c.header for c in columns])
    sheet.append([c.example for c in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, c in enumerate(columns, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = max(12, len(c.example) + 4)
    notes = book.create_sheet(translate("services.accounts.importing", "欄位說明"))
    notes.append(
        [
            translate("services.accounts.importing", "欄位"),
            translate("services.accounts.importing", "英文欄名"),
            translate("services.accounts.importing", "必要欄位"),
            translate("services.accounts.importing", "說明"),
        ]
    )
    for cell in notes[1]:
        cell.font = Font(bold=True)
    yes, no = translate("services.accounts.importing", "是"), translate("services.accounts.importing", "否")
    for c in columns:
        notes.append([c.header, c.field, yes if c.required else no, c.meaning])
    for letter, width in zip("ABCD", (16, 24, 6, 90)):
        notes.column_dimensions[letter].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@dataclass(frozen=True)
class ImportProblem:
    """One bad value: file line, field name, its Chinese label and what is wrong."""

    line: int
    field: str
    label: str
    message: str

    def __str__(self) -> str:
        return translate("services.accounts.importing", "第 {line} 行「{label}」：{message}").format(
            line=self.line, label=self.label, message=self.message
        )


class ImportRejected(UserError):
    """The file has bad lines: nothing was imported. ``problems`` lists every one."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        lines = sorted({p.line for p in problems})
        super().__init__(
            translate(
                "services.accounts.importing", "匯入檔有 {n} 處錯誤（第 {lines} 行），未匯入任何資料：\n{items}"
            ).format(
                n=len(problems), lines="、".join(str(n) for n in lines), items="\n".join(str(p) for p in problems)
            ),
            field=translate("services.accounts.importing", "第 {line} 行").format(line=lines[0]) if lines else None,
        )
        self.problems = problems


@dataclass(frozen=True)
class ImportPreview:
    """What a file holds: the rows read (with their line numbers) and every problem found."""

    rows: tuple[tuple[int, ApplicationInput], ...]
    problems: tuple[ImportProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)


@dataclass(frozen=True)
class ImportResult:
    numbers: tuple[str, ...]
    business: int
    teacher: int
    changes: Changes


# --- mapping cells to fields -------------------------------------------------------------------------


def _columns(header: list[str], line: int) -> tuple[dict[str, int], list[ImportProblem]]:
    names: dict[str, str] = {}
    for name in REQUIRED_COLUMNS + OPTIONAL_COLUMNS:
        for spelling in (name, FIELD_LABELS[name], *_ALIASES.get(name, ())):
            names[header_key(spelling)] = name
    columns: dict[str, int] = {}
    for index, text in enumerate(header):
        column = names.get(header_key(text))
        if column and column not in columns:
            columns[column] = index
    missing = [
        ImportProblem(
            line, name, tr(FIELD_LABELS[name]), translate("services.accounts.importing", "標題列缺少此欄位。")
        )
        for name in REQUIRED_COLUMNS
        if name not in columns
    ]
    return columns, missing


def _moment(text: str, field: str) -> datetime | None:
    """``2026-11-24 14:05``, ``115/11/24 14:05:30``, ``1151124`` … as Taiwan time; empty → None."""
    text = unicodedata.normalize("NFKC", text).strip()
    if not text:
        return None
    match = re.match(r"^(.*?)(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$", text)
    assert match is not None
    day = parse_date(match.group(1), field=field)
    hour, minute, second = (int(match.group(i) or 0) for i in (2, 3, 4))
    if hour > 23 or minute > 59 or second > 59:
        raise UserError(
            translate("services.accounts.importing", "時間「{text}」不正確。").format(text=text), field=field
        )
    return datetime.combine(day, time(hour, minute, second), tzinfo=TAIWAN)


def _to_input(cells: list[str], columns: dict[str, int], line: int, problems: list[ImportProblem]) -> ApplicationInput:
    def get(name: str) -> str:
        index = columns.get(name)
        return unicodedata.normalize("NFKC", cells[index]).strip() if index is not None and index < len(cells) else ""

    def bad(name: str, message: str) -> None:
        problems.append(ImportProblem(line, name, tr(FIELD_LABELS[name]), message))

    kind = _KIND_WORDS.get(get("kind")) or _KIND_WORDS.get(get("kind").lower())
    if kind is None:
        bad(
            "kind",
            translate(
                "services.accounts.importing", "「{text}」不是帳號類別（應為 教師個人帳號 或 業務帳號）。"
            ).format(text=get("kind")),
        )
    subtype = None
    if get("subtype"):
        subtype = _SUBTYPE_WORDS.get(get("subtype")) or _SUBTYPE_WORDS.get(get("subtype").lower())
        if subtype is None:
            bad(
                "subtype",
                translate("services.accounts.importing", "「{text}」不是身分類別。").format(text=get("subtype")),
            )
    moments: dict[str, datetime | None] = {}
    for name in ("agreement_accepted_at", "submitted_at"):
        try:
            moments[name] = _moment(get(name), name)
        except UserError as exc:
            moments[name] = None
            bad(name, exc.message)
    return ApplicationInput(
        kind=kind,
        subtype=subtype,
        organization_code=get("organization_code"),
        login_id=get("login_id"),
        applicant_name=get("applicant_name"),
        applicant_title=get("applicant_title"),
        contact_name=get("contact_name"),
        contact_phone=get("contact_phone"),
        contact_email=get("contact_email"),
        agreement_version=get("agreement_version"),
        agreement_accepted_at=moments["agreement_accepted_at"],
        national_id=get("national_id"),
        submitted_at=moments["submitted_at"],
    )


def preview_import(session: Session, user: CurrentUser, data: bytes, filename: str = "") -> ImportPreview:
    """Read and check every row (nothing is written): the rows and every problem, by line; a row of an
    organisation ``user`` may not enter applications for is a problem of its line."""
    user.require(Permission.SUBMIT_APPLICATIONS)
    rows = non_empty_rows(data, filename)
    if not rows:
        raise UserError(
            translate("services.accounts.importing", "檔案是空的：至少要有標題列及一列申請資料。"), field="file"
        )
    (header_line, header), body = rows[0], rows[1:]
    columns, problems = _columns(header, header_line)
    if problems:
        return ImportPreview((), tuple(problems))
    if not body:
        raise UserError(translate("services.accounts.importing", "檔案只有標題列，沒有申請資料。"), field="file")
    inputs = [(n, _to_input(cells, columns, n, problems)) for n, cells in body]
    logins = Counter(i.login_id.lower() for _, i in inputs if i.login_id)
    ids = Counter(normalize_id(i.national_id) for _, i in inputs if i.national_id)
    taken = login_ids_in_use(session, logins)
    for n, item in inputs:
        if logins.get(item.login_id.lower(), 0) > 1:
            problems.append(
                ImportProblem(
                    n,
                    "login_id",
                    tr(FIELD_LABELS["login_id"]),
                    translate("services.accounts.importing", "登入帳號「{login}」在檔案中重複出現。").format(
                        login=item.login_id
                    ),
                )
            )
        if item.national_id and ids[normalize_id(item.national_id)] > 1:
            problems.append(
                ImportProblem(
                    n,
                    "national_id",
                    tr(FIELD_LABELS["national_id"]),
                    translate("services.accounts.importing", "身分證字號在檔案中重複出現。"),
                )
            )
        if any(p.line == n and p.field in ("kind", "agreement_accepted_at", "submitted_at") for p in problems):
            continue  # the row could not be read whole: its other checks would only repeat the problem
        checked, found = check_application(session, item, taken=taken)
        problems.extend(ImportProblem(n, p.field, tr(FIELD_LABELS.get(p.field, p.field)), p.message) for p in found)
        if checked is not None:
            try:
                check_submit_scope(session, user, checked.org)
            except PermissionDenied as exc:
                field = "organization_code"
                problems.append(ImportProblem(n, field, tr(FIELD_LABELS.get(field, field)), exc.message))
    problems.sort(key=lambda p: p.line)
    return ImportPreview(tuple(inputs), tuple(problems))


def import_applications(
    session: Session,
    user: CurrentUser,
    data: bytes,
    filename: str = "",
    *,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Store every row of the file, or none: ImportRejected lists every bad line (``user`` None: CLI)."""
    preview = preview_import(session, user, data, filename)
    if preview.problems:
        raise ImportRejected(list(preview.problems))
    numbers: list[str] = []
    counts: Counter[AccountKind | None] = Counter()
    taken: set[str] = set()
    for done, (line, item) in enumerate(preview.rows, start=1):
        checked, found = check_application(session, item, taken=taken)
        if found:  # only another writer between preview and now can cause this
            raise ImportRejected(
                [ImportProblem(line, p.field, tr(FIELD_LABELS.get(p.field, p.field)), p.message) for p in found]
            )
        assert checked is not None
        stored = store_checked(session, user, checked, ApplicationSource.WEB_IMPORT, AuditSource.IMPORT)
        numbers.append(stored.number)
        counts[item.kind] += 1
        if progress:
            progress(done, len(preview.rows))
    return ImportResult(
        tuple(numbers),
        counts[AccountKind.BUSINESS],
        counts[AccountKind.TEACHER],
        Changes(accounts=True, teachers=counts[AccountKind.TEACHER] > 0, audit=True),
    )
