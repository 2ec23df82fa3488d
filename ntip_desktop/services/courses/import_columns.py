"""Which column of an imported course file holds which field: the mapping step (docs/rules.md CRS).

:data:`TARGETS` are the fields a column can be mapped to; :data:`ALIASES` the header spellings accepted
for each besides its Chinese name (:data:`.course_fields.FIELD_LABELS`, :data:`EXTRA_LABELS`) and its
English field name. :func:`read_columns` reads a file's header and :func:`suggest_mapping` suggests the
mapping, which the person may change before :mod:`.importing` reads the rows with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.services import tabular
from ntip_desktop.services.courses.course_fields import FIELD_LABELS

#: Import-only columns: the grouping number and a segment's kind and topic.
EXTRA_LABELS = {
    "group": QT_TRANSLATE_NOOP("courses", "課程編號（同編號多列為同一課程的各時段）"),
    "kind": QT_TRANSLATE_NOOP("courses", "時段類別"),
    "topic": QT_TRANSLATE_NOOP("courses", "時段主題"),
}
#: The fields a column can be mapped to, in the order the mapping step lists them.
TARGETS = (
    "organizer_code",
    "group",
    "title",
    "session_label",
    "outline",
    "organizer_category",
    "approval_doc",
    "accreditation_ref",
    "cross_school",
    "basis_doc",
    "start_at",
    "end_at",
    "kind",
    "topic",
    "venue",
    "delivery",
    "class_nature",
    "audience",
    "subsidy_unit",
    "subsidy_amount",
    "contact_name",
    "contact_phone",
    "contact_email",
    "registered_on",
    "registered_elsewhere",
    "consent_doc",
    "special_approval_doc",
    "credits",
    "certified_hours",
    "certified_ref",
)
#: Columns every file needs (a clerk's file also the organiser's code). The Art 7 item is the organiser's
#: own declaration (a school may organise under several items): it is never guessed.
REQUIRED = ("title", "organizer_category", "start_at", "end_at")
#: Header spellings accepted for each field, besides its Chinese name and its English field name.
ALIASES: dict[str, tuple[str, ...]] = {
    "organizer_code": ("主辦單位代碼", "機關代碼", "學校代碼", "機關（學校）代碼", "辦理單位代碼", "organizer"),
    "group": ("課程編號", "課程代碼", "課程序號", "編號", "course_code", "code", "course no"),
    "title": ("研習名稱", "課程名稱", "名稱", "course title", "name"),
    "session_label": ("場次", "期別", "session"),
    "outline": ("課程內容大綱", "課程大綱", "內容大綱", "課程內容", "summary"),
    "organizer_category": ("辦理單位資格", "第7條款次", "資格款次", "category"),
    "approval_doc": ("核准文號",),
    "accreditation_ref": ("認可文號",),
    "cross_school": ("跨校", "跨校辦理", "cross school"),
    "basis_doc": ("依據文號", "依據", "公文文號", "basis"),
    "start_at": ("開始時間", "開始日期時間", "研習開始", "起始時間", "開始", "start", "start time"),
    "end_at": ("結束時間", "結束日期時間", "研習結束", "結束", "end", "end time"),
    "kind": ("時段類別", "時段性質", "segment kind"),
    "topic": ("時段主題", "講題", "主講", "topic"),
    "venue": ("地點", "研習地點", "上課地點", "place"),
    "delivery": ("研習方式", "研習型態", "上課方式", "mode"),
    "class_nature": ("班別性質", "班別", "class"),
    "audience": ("研習對象", "對象", "target"),
    "subsidy_unit": ("補助單位",),
    "subsidy_amount": ("補助金額", "補助經費", "amount", "subsidy"),
    "contact_name": ("承辦人", "承辦人姓名", "聯絡人", "contact"),
    "contact_phone": ("承辦人電話", "聯絡電話", "電話", "phone"),
    "contact_email": ("承辦人電子郵件", "承辦人email", "承辦人e-mail", "電子郵件", "email", "e-mail"),
    "registered_on": ("登錄日期", "報名日期", "registered"),
    "registered_elsewhere": ("已登錄其他網站", "已登錄於其他網站", "其他網站"),
    "consent_doc": ("同意文號", "主管機關同意文號"),
    "special_approval_doc": ("專案核准文號",),
    "credits": ("學分", "學分數"),
    "certified_hours": ("認證時數", "時數"),
    "certified_ref": ("時數認證文號", "認證文號"),
}


def target_label(name: str) -> str:
    """The Chinese name of a mapping target."""
    return translate("courses", EXTRA_LABELS.get(name) or FIELD_LABELS.get(name, name))


@dataclass(frozen=True)
class ColumnChoice:
    """A file's header and the suggested mapping (field → column index; unmapped fields absent)."""

    headers: tuple[str, ...]
    suggested: dict[str, int]


def _spellings() -> dict[str, str]:
    names: dict[str, str] = {}
    for name in TARGETS:
        for spelling in (name, *ALIASES.get(name, ()), EXTRA_LABELS.get(name) or FIELD_LABELS[name]):
            names.setdefault(tabular.header_key(spelling), name)
    return names


def suggest_mapping(headers: list[str] | tuple[str, ...]) -> dict[str, int]:
    """Which column holds which field, by its header (first match wins)."""
    names = _spellings()
    mapping: dict[str, int] = {}
    for index, text in enumerate(headers):
        name = names.get(tabular.header_key(text))
        if name and name not in mapping:
            mapping[name] = index
    return mapping


def header_and_body(data: bytes, filename: str) -> tuple[tuple[int, list[str]], list[tuple[int, list[str]]]]:
    """The file's header row and its other non-empty rows, each with its line number."""
    rows = tabular.non_empty_rows(data, filename)
    if not rows:
        raise UserError(translate("courses", "檔案是空的：至少要有標題列及一列課程資料。"), field="file")
    return rows[0], rows[1:]


def read_columns(data: bytes, filename: str = "") -> ColumnChoice:
    """The header of the file and the suggested mapping (for the mapping step)."""
    (_line, header), _body = header_and_body(data, filename)
    headers = tuple(h.strip() for h in header)
    return ColumnChoice(headers, suggest_mapping(headers))
