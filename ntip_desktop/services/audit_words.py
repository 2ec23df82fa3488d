"""The audit log in words: what each kind of record, each action, each field and each stored value is
called, for the 稽核紀錄 page, the desks' 處理紀錄 and the audit export alike.

An entry stores codes (``account_application``, ``approve``, ``decided_by_id``, ``fax_received``, a UUID);
a person reads 帳號申請 B1150000409, 核准, 處理人 林書記（clerk）, 已收傳真. Field names map to a label by
entity and name (:func:`field_label`), stored values to their label by the enum the field holds
(:func:`value_text`); ids are named through :attr:`AuditRow.names` and the record's code through
:attr:`AuditRow.code` (both filled by :func:`ntip_desktop.services.audit.list_entries`). Texts are zh-TW
source strings in the ``audit`` translation context. Qt-free and database-free.
"""

from __future__ import annotations

import enum
import re
from datetime import date, datetime
from functools import cache
from typing import Any

from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.labels import label as vocabulary_label
from ntip_desktop.services.audit import AuditRow
from ntip_desktop.services.audit_names import UUID_TEXT
from ntip_desktop.services.rules.rocdate import format_roc, roc_moment
from ntip_desktop.vocabulary import (
    AbsenceReason,
    AccountKind,
    AccountState,
    ApplicationPurpose,
    ApplicationSource,
    ApplicationState,
    AuditSource,
    AwardStatus,
    BusinessSubtype,
    CertificateState,
    CheckOutcome,
    CourseState,
    Delivery,
    FaxCheckItem,
    ReportState,
    Role,
    SegmentKind,
)

CONTEXT = "audit"

ENTITY_LABELS = {
    "office_user": QT_TRANSLATE_NOOP("audit", "使用者"),
    "account_application": QT_TRANSLATE_NOOP("audit", "帳號申請"),
    "account": QT_TRANSLATE_NOOP("audit", "帳號"),
    "fax_check": QT_TRANSLATE_NOOP("audit", "傳真核章"),
    "course": QT_TRANSLATE_NOOP("audit", "研習課程"),
    "course_review": QT_TRANSLATE_NOOP("audit", "課程審核"),
    "segment": QT_TRANSLATE_NOOP("audit", "課程時段"),
    "enrollment": QT_TRANSLATE_NOOP("audit", "報名"),
    "absence": QT_TRANSLATE_NOOP("audit", "缺課"),
    "attendance": QT_TRANSLATE_NOOP("audit", "出缺席"),
    "hour_award": QT_TRANSLATE_NOOP("audit", "研習時數"),
    "certificate": QT_TRANSLATE_NOOP("audit", "時數證明"),
    "rule_set": QT_TRANSLATE_NOOP("audit", "規則集"),
    "organization": QT_TRANSLATE_NOOP("audit", "機關學校"),
    "district_center": QT_TRANSLATE_NOOP("audit", "區管中心"),
    "county": QT_TRANSLATE_NOOP("audit", "縣市"),
    "teacher": QT_TRANSLATE_NOOP("audit", "教師"),
    "report_month": QT_TRANSLATE_NOOP("audit", "月報"),
    "amendment": QT_TRANSLATE_NOOP("audit", "月報更正"),
    "course_import": QT_TRANSLATE_NOOP("audit", "課程匯入"),
    "external_courses": QT_TRANSLATE_NOOP("audit", "他站課程清單"),
    "setting": QT_TRANSLATE_NOOP("audit", "設定"),
    "report_package": QT_TRANSLATE_NOOP("audit", "傳報檔"),
    "trusted_installation": QT_TRANSLATE_NOOP("audit", "學校電腦登錄"),
}
ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("audit", "新增"),
    "submit": QT_TRANSLATE_NOOP("audit", "送出申請"),
    "receive_fax": QT_TRANSLATE_NOOP("audit", "收件"),
    "approve": QT_TRANSLATE_NOOP("audit", "核准"),
    "reject": QT_TRANSLATE_NOOP("audit", "駁回"),
    "return": QT_TRANSLATE_NOOP("audit", "退件補正"),
    "answer_return": QT_TRANSLATE_NOOP("audit", "補正回覆"),
    "fax_check": QT_TRANSLATE_NOOP("audit", "核章檢查"),
    "change_password": QT_TRANSLATE_NOOP("audit", "變更密碼"),
    "adjust": QT_TRANSLATE_NOOP("audit", "調整參數"),
    "award": QT_TRANSLATE_NOOP("audit", "核發時數"),
    "recompute": QT_TRANSLATE_NOOP("audit", "重新計算"),
    "supersede": QT_TRANSLATE_NOOP("audit", "失效"),
    "demo_seed": QT_TRANSLATE_NOOP("audit", "建立示範資料"),
    "change_contact": QT_TRANSLATE_NOOP("audit", "變更承辦人"),
    "resubmit": QT_TRANSLATE_NOOP("audit", "補正後送審"),
    "take": QT_TRANSLATE_NOOP("audit", "開始審核"),
    "override_check": QT_TRANSLATE_NOOP("audit", "變更檢核結果"),
    "answer_check": QT_TRANSLATE_NOOP("audit", "人工判斷"),
    "record_consent": QT_TRANSLATE_NOOP("audit", "登錄同意文號"),
    "update": QT_TRANSLATE_NOOP("audit", "修改"),
    "correct": QT_TRANSLATE_NOOP("audit", "更正"),
    "import": QT_TRANSLATE_NOOP("audit", "匯入"),
    "delete": QT_TRANSLATE_NOOP("audit", "刪除"),
    "upload": QT_TRANSLATE_NOOP("audit", "上傳"),
    "confirm": QT_TRANSLATE_NOOP("audit", "確認"),
    "open_amendment": QT_TRANSLATE_NOOP("audit", "開啟更正"),
    "reconfirm": QT_TRANSLATE_NOOP("audit", "重新確認"),
    "roll_taken": QT_TRANSLATE_NOOP("audit", "其餘出席"),
    "enrol": QT_TRANSLATE_NOOP("audit", "登錄名冊"),
    "unenrol": QT_TRANSLATE_NOOP("audit", "移出名冊"),
    "issue": QT_TRANSLATE_NOOP("audit", "發給證明"),
    "revoke": QT_TRANSLATE_NOOP("audit", "撤銷"),
    "set": QT_TRANSLATE_NOOP("audit", "設定"),
    "create_key": QT_TRANSLATE_NOOP("audit", "建立驗證碼金鑰"),
    "sign_in_failed": QT_TRANSLATE_NOOP("audit", "登入失敗"),
    "unlock": QT_TRANSLATE_NOOP("audit", "解除登入鎖定"),
    "disable": QT_TRANSLATE_NOOP("audit", "停用"),
    "enable": QT_TRANSLATE_NOOP("audit", "啟用"),
    "reset_password": QT_TRANSLATE_NOOP("audit", "重設密碼"),
    "apply": QT_TRANSLATE_NOOP("audit", "匯入傳報檔"),
    "register": QT_TRANSLATE_NOOP("audit", "登錄"),
}

#: What each stored field is called, whatever record it belongs to (see :data:`ENTITY_FIELD_LABELS`).
FIELD_LABELS = {
    # account applications and accounts
    "number": QT_TRANSLATE_NOOP("audit", "申請編號"),
    "state": QT_TRANSLATE_NOOP("audit", "狀態"),
    "purpose": QT_TRANSLATE_NOOP("audit", "申請種類"),
    "kind": QT_TRANSLATE_NOOP("audit", "帳號類別"),
    "subtype": QT_TRANSLATE_NOOP("audit", "身分類別"),
    "login_id": QT_TRANSLATE_NOOP("audit", "登入帳號"),
    "organization": QT_TRANSLATE_NOOP("audit", "機關代碼"),
    "organization_code": QT_TRANSLATE_NOOP("audit", "機關代碼"),
    "national_id": QT_TRANSLATE_NOOP("audit", "身分證字號"),
    "applicant_name": QT_TRANSLATE_NOOP("audit", "申請人姓名"),
    "applicant_title": QT_TRANSLATE_NOOP("audit", "申請人職稱"),
    "contact_name": QT_TRANSLATE_NOOP("audit", "承辦人姓名"),
    "contact_phone": QT_TRANSLATE_NOOP("audit", "承辦人電話"),
    "contact_email": QT_TRANSLATE_NOOP("audit", "承辦人電子郵件"),
    "agreement_version": QT_TRANSLATE_NOOP("audit", "同意書版本"),
    "agreement_accepted_at": QT_TRANSLATE_NOOP("audit", "同意時間"),
    "submitted_at": QT_TRANSLATE_NOOP("audit", "申請時間"),
    "change_reason": QT_TRANSLATE_NOOP("audit", "異動原因"),
    "source": QT_TRANSLATE_NOOP("audit", "來源"),
    "fax_received_on": QT_TRANSLATE_NOOP("audit", "傳真收件日"),
    "fax_pages": QT_TRANSLATE_NOOP("audit", "傳真頁數"),
    "decided_by_id": QT_TRANSLATE_NOOP("audit", "處理人"),
    "decided_at": QT_TRANSLATE_NOOP("audit", "處理時間"),
    "decision_reason": QT_TRANSLATE_NOOP("audit", "處理理由"),
    "checklist_override": QT_TRANSLATE_NOOP("audit", "略過檢核的理由"),
    # office users
    "login": QT_TRANSLATE_NOOP("audit", "帳號"),
    "display_name": QT_TRANSLATE_NOOP("audit", "姓名"),
    "role": QT_TRANSLATE_NOOP("audit", "身分"),
    "active": QT_TRANSLATE_NOOP("audit", "啟用"),
    "must_change_password": QT_TRANSLATE_NOOP("audit", "下次登入須變更密碼"),
    "district_center": QT_TRANSLATE_NOOP("audit", "區管中心"),
    "district_center_id": QT_TRANSLATE_NOOP("audit", "區管中心"),
    "organization_id": QT_TRANSLATE_NOOP("audit", "學校或單位"),
    "failed_logins": QT_TRANSLATE_NOOP("audit", "連續密碼錯誤次數"),
    "locked_until": QT_TRANSLATE_NOOP("audit", "登入鎖定至"),
    # courses
    "review_unit": QT_TRANSLATE_NOOP("audit", "審核單位"),
    "check": QT_TRANSLATE_NOOP("audit", "檢核項目"),
    "outcome": QT_TRANSLATE_NOOP("audit", "檢核結果"),
    "reason": QT_TRANSLATE_NOOP("audit", "理由"),
    "enrolled": QT_TRANSLATE_NOOP("audit", "加入名冊"),
    "removed": QT_TRANSLATE_NOOP("audit", "移出名冊"),
    "seats_issued": QT_TRANSLATE_NOOP("audit", "已編座號數"),
    "file": QT_TRANSLATE_NOOP("audit", "檔案"),
    "courses": QT_TRANSLATE_NOOP("audit", "課程數"),
    "segments": QT_TRANSLATE_NOOP("audit", "時段"),
    "codes": QT_TRANSLATE_NOOP("audit", "課程代碼"),
    "organizers": QT_TRANSLATE_NOOP("audit", "各主辦單位課程數"),
    "list": QT_TRANSLATE_NOOP("audit", "清單名稱"),
    "rows": QT_TRANSLATE_NOOP("audit", "筆數"),
    # report months
    "records": QT_TRANSLATE_NOOP("audit", "上傳紀錄筆數"),
    "confirmed_at": QT_TRANSLATE_NOOP("audit", "確認時間"),
    "confirmed_by_id": QT_TRANSLATE_NOOP("audit", "確認人"),
    "letter_no": QT_TRANSLATE_NOOP("audit", "更正公文文號"),
    "letter_date": QT_TRANSLATE_NOOP("audit", "更正公文日期"),
    "opened_by_id": QT_TRANSLATE_NOOP("audit", "開啟人"),
    # hours and certificates
    "hours": QT_TRANSLATE_NOOP("audit", "時數"),
    "status": QT_TRANSLATE_NOOP("audit", "核發結果"),
    "rule_set_version": QT_TRANSLATE_NOOP("audit", "規則版本"),
    "rule_set": QT_TRANSLATE_NOOP("audit", "規則版本"),
    "award": QT_TRANSLATE_NOOP("audit", "研習時數"),
    "course": QT_TRANSLATE_NOOP("audit", "課程代碼"),
    "pdf_sha256": QT_TRANSLATE_NOOP("audit", "證明內容雜湊值"),
    "supersedes": QT_TRANSLATE_NOOP("audit", "取代的證明"),
    "superseded_by": QT_TRANSLATE_NOOP("audit", "由此證明取代"),
    "award_hours": QT_TRANSLATE_NOOP("audit", "重新核計時數"),
    "issued_by_id": QT_TRANSLATE_NOOP("audit", "發證人"),
    # settings (the seal image, printer offsets, the verification key)
    "office": QT_TRANSLATE_NOOP("audit", "發證機關"),
    "width_px": QT_TRANSLATE_NOOP("audit", "寬（像素）"),
    "height_px": QT_TRANSLATE_NOOP("audit", "高（像素）"),
    "sha256": QT_TRANSLATE_NOOP("audit", "檔案雜湊值"),
    "x_mm": QT_TRANSLATE_NOOP("audit", "水平位移（公釐）"),
    "y_mm": QT_TRANSLATE_NOOP("audit", "垂直位移（公釐）"),
    "value": QT_TRANSLATE_NOOP("audit", "設定值"),
    # demo data
    "count": QT_TRANSLATE_NOOP("audit", "筆數"),
    "scale": QT_TRANSLATE_NOOP("audit", "規模"),
    "rng_seed": QT_TRANSLATE_NOOP("audit", "亂數種子"),
    "version": QT_TRANSLATE_NOOP("audit", "版本"),
    # the rule set's parameters (docs/rules.md; the settings page shows their long names)
    "period_minutes": QT_TRANSLATE_NOOP("audit", "一節課分鐘數"),
    "two_hour_minutes": QT_TRANSLATE_NOOP("audit", "採計2小時的分鐘數"),
    "half_hour_tail": QT_TRANSLATE_NOOP("audit", "進位的半小時分鐘數"),
    "daily_cap_hours": QT_TRANSLATE_NOOP("audit", "每日採計上限（小時）"),
    "weekly_cap_hours": QT_TRANSLATE_NOOP("audit", "每週採計上限（小時）"),
    "unexcused_void_fraction": QT_TRANSLATE_NOOP("audit", "曠課不核發比例"),
    "credit_hours": QT_TRANSLATE_NOOP("audit", "每學分時數"),
    "non_creditable_kinds": QT_TRANSLATE_NOOP("audit", "不予採計的時段"),
    "organizer_categories": QT_TRANSLATE_NOOP("audit", "辦理單位資格"),
    "outline_min_chars": QT_TRANSLATE_NOOP("audit", "課程大綱最少字數"),
    "basis_doc_issuer_pattern": QT_TRANSLATE_NOOP("audit", "依據文號機關字格式"),
    "basis_doc_digits_min": QT_TRANSLATE_NOOP("audit", "依據文號最少位數"),
    "basis_doc_digits_max": QT_TRANSLATE_NOOP("audit", "依據文號最多位數"),
    "class_natures": QT_TRANSLATE_NOOP("audit", "班別性質"),
    "k12_audience_code": QT_TRANSLATE_NOOP("audit", "編制內教師對象代碼"),
    "restricted_categories": QT_TRANSLATE_NOOP("audit", "第9條限制類別"),
    "lead_time_days": QT_TRANSLATE_NOOP("audit", "登錄提前天數"),
    "back_end_confirm_day": QT_TRANSLATE_NOOP("audit", "月報確認期限（日）"),
}
#: Where a field means something else for one kind of record.
ENTITY_FIELD_LABELS = {
    ("course", "source"): QT_TRANSLATE_NOOP("audit", "名冊來源"),
    ("external_courses", "source"): QT_TRANSLATE_NOOP("audit", "清單來源"),
    ("teacher", "organization"): QT_TRANSLATE_NOOP("audit", "服務學校代碼"),
    ("teacher", "name"): QT_TRANSLATE_NOOP("audit", "姓名"),
    ("county", "name"): QT_TRANSLATE_NOOP("audit", "名稱"),
    ("certificate", "hours"): QT_TRANSLATE_NOOP("audit", "證明時數"),
    ("rule_set", "version"): QT_TRANSLATE_NOOP("audit", "規則版本"),
    # the fields of a report package's or starter file's records (services/packages/records.py)
    ("course", "code"): QT_TRANSLATE_NOOP("audit", "課程代碼"),
    ("segment", "course_id"): QT_TRANSLATE_NOOP("audit", "課程"),
    ("segment", "label"): QT_TRANSLATE_NOOP("audit", "時段"),
    ("segment", "start_at"): QT_TRANSLATE_NOOP("audit", "開始時間"),
    ("segment", "end_at"): QT_TRANSLATE_NOOP("audit", "結束時間"),
    ("segment", "kind"): QT_TRANSLATE_NOOP("audit", "時段性質"),
    ("segment", "topic"): QT_TRANSLATE_NOOP("audit", "主題"),
    ("enrollment", "course_id"): QT_TRANSLATE_NOOP("audit", "課程"),
    ("enrollment", "teacher"): QT_TRANSLATE_NOOP("audit", "教師身分證字號"),
    ("enrollment", "seat_no"): QT_TRANSLATE_NOOP("audit", "座號"),
    ("enrollment", "completed"): QT_TRANSLATE_NOOP("audit", "完成研習"),
    ("absence", "enrollment_id"): QT_TRANSLATE_NOOP("audit", "研習人員"),
    ("absence", "segment_id"): QT_TRANSLATE_NOOP("audit", "時段"),
    ("absence", "minutes"): QT_TRANSLATE_NOOP("audit", "缺席分鐘"),
    ("absence", "reason"): QT_TRANSLATE_NOOP("audit", "缺席原因"),
}
#: The enum a field's stored value belongs to, by field (and by record where the field's enum depends on it).
VALUE_ENUMS: dict[tuple[str | None, str], type[enum.Enum]] = {
    ("account_application", "state"): ApplicationState,
    ("course", "state"): CourseState,
    ("segment", "kind"): SegmentKind,
    ("absence", "reason"): AbsenceReason,
    ("report_month", "state"): ReportState,
    ("certificate", "state"): CertificateState,
    ("account", "state"): AccountState,
    ("account_application", "source"): ApplicationSource,
    (None, "kind"): AccountKind,
    (None, "subtype"): BusinessSubtype,
    (None, "purpose"): ApplicationPurpose,
    (None, "role"): Role,
    (None, "status"): AwardStatus,
    (None, "outcome"): CheckOutcome,
    (None, "delivery"): Delivery,
}
#: Course fields and values the courses domain names (its form's labels).
_COURSE_FIELDS = frozenset(
    {
        "organizer_code",
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
        "venue",
        "delivery",
        "class_nature",
        "audience",
        "subsidy_unit",
        "subsidy_amount",
        "registered_on",
        "registered_elsewhere",
        "consent_doc",
        "special_approval_doc",
        "credits",
        "certified_hours",
        "certified_ref",
    }
)
#: Fields shown exactly as stored (a rule set's version looks like a date but is a name: ``2009-10-08``).
_VERBATIM = frozenset({"rule_set_version", "rule_set", "version", "based_on"})
#: The demo data's sizes (``ntip demo seed --scale``).
_SCALES = {
    "small": QT_TRANSLATE_NOOP("audit", "小型（small）"),
    "county": QT_TRANSLATE_NOOP("audit", "縣市規模（county）"),
}
#: Settings by the prefix of their key (the rest of the key is the office or the printer).
_SETTING_NAMES = {
    "certificates.seal.": QT_TRANSLATE_NOOP("audit", "證明用印信圖檔"),
    "certificates.printer_offset.": QT_TRANSLATE_NOOP("audit", "印表機位移"),
    "certificates.office_key.": QT_TRANSLATE_NOOP("audit", "證明驗證碼金鑰"),
}
_ABSENCE_CODE = re.compile(r"^(?P<letter>[AL])(?P<minutes>\d*)$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
#: Longest value shown whole in a line (longer ones, e.g. an outline, are cut with …).
_LONG = 60


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def label(labels: dict[str, str], code: str) -> str:
    """The Chinese name of a code in one of the tables above, or the code itself when it has none."""
    return _tr(labels[code]) if code in labels else code


def entity_label(entity: str) -> str:
    return label(ENTITY_LABELS, entity)


def action_label(action: str) -> str:
    return label(ACTION_LABELS, action)


def field_label(entity: str, name: str) -> str:
    """What a stored field is called: 狀態, 處理人, 機關印信, 時段 S1 …"""
    if (entity, name) in ENTITY_FIELD_LABELS:
        return _tr(ENTITY_FIELD_LABELS[(entity, name)])
    if entity == "attendance":  # an attendance entry is keyed by the segments' labels
        return translate("audit", "時段 {label}").format(label=name)
    if name in {item.value for item in FaxCheckItem}:
        return vocabulary_label(FaxCheckItem(name))
    if entity == "course" and name in _COURSE_FIELDS:
        from ntip_desktop.services.courses import field_label as course_field_label

        return course_field_label(name)
    if name in FIELD_LABELS:
        return _tr(FIELD_LABELS[name])
    return name


def _enum_text(cls: type[enum.Enum], value: object) -> str | None:
    try:
        return vocabulary_label(cls(value))
    except ValueError:
        return None


def _moment(text: str) -> str:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is not None:
        return roc_moment(moment)
    return f"{format_roc(moment.date(), 'short')} {moment:%H:%M}"  # a course's wall-clock time


def _absence(code: str) -> str:
    """An attendance cell's code in words: 出席, 曠課（整段）, 請假 30 分鐘."""
    m = _ABSENCE_CODE.match(code)
    if not code:
        return translate("audit", "出席")
    if m is None:
        return code
    reason = translate("audit", "曠課") if m["letter"] == "A" else translate("audit", "請假")
    if not m["minutes"]:
        return translate("audit", "{reason}（整段）").format(reason=reason)
    return translate("audit", "{reason} {minutes} 分鐘").format(reason=reason, minutes=m["minutes"])


def _person_or_record(text: str, names: dict[str, str]) -> str:
    return names.get(text, text[:8] + "…")


def _listed(entity: str, name: str, items: list[Any], names: dict[str, str]) -> str:
    if name == "segments":
        return "；".join(
            " ".join(
                x
                for x in (
                    str(s.get("label", "")),
                    _moment(str(s["start"])) if s.get("start") else "",
                    "–",
                    _moment(str(s["end"]))[-5:] if s.get("end") else "",
                )
                if x
            )
            if isinstance(s, dict)
            else str(s)
            for s in items
        )
    if name in ("enrolled", "removed"):
        return "、".join(
            translate("audit", "{seat} 號 {name}（{teacher}）").format(
                seat=s.get("seat"), name=s.get("name"), teacher=s.get("teacher")
            )
            if isinstance(s, dict)
            else str(s)
            for s in items
        )
    if name == "audience":
        from ntip_desktop.services.courses import AUDIENCES

        return "、".join(translate("courses", AUDIENCES[a]) if a in AUDIENCES else str(a) for a in items)
    return "、".join(value_text(entity, name, v, names) for v in items)


def value_text(entity: str, name: str, value: Any, names: dict[str, str] | None = None) -> str:
    """A stored value as a person reads it: an enum's label, a ROC date, a person's name, 是/否 …"""
    names = names or {}
    if value is None or (value == "" and entity != "attendance"):
        return "—"
    cls = VALUE_ENUMS.get((entity, name)) or VALUE_ENUMS.get((None, name))
    if cls is not None and isinstance(value, str):
        text = _enum_text(cls, value)
        if text is not None:
            return text
    if entity == "attendance" and isinstance(value, str):
        return _absence(value)
    if isinstance(value, bool):
        if name in {item.value for item in FaxCheckItem}:
            return translate("audit", "已勾選") if value else translate("audit", "未勾選")
        return translate("audit", "是") if value else translate("audit", "否")
    if isinstance(value, list):
        return _listed(entity, name, value, names) or "—"
    if isinstance(value, dict):
        return "；".join(f"{k}：{value_text(entity, name, v, names)}" for k, v in value.items()) or "—"
    if not isinstance(value, str):
        return str(value)
    if name in _VERBATIM:
        return value
    if name == "scale" and value in _SCALES:
        return _tr(_SCALES[value])
    if UUID_TEXT.match(value):
        return _person_or_record(value, names)
    if name == "source" and entity == "external_courses":
        from ntip_desktop.services.courses import source_label

        return source_label(value)
    if name == "review_unit":
        return names.get(value) or (
            translate("audit", "全國教師在職進修資訊網") if value == "national_center" else value
        )
    if _MOMENT.match(value):
        try:
            return _moment(value)
        except ValueError:
            return value
    if _DATE.match(value):
        try:
            return format_roc(date.fromisoformat(value), "short")
        except ValueError:
            return value
    return value


#: Sources whose entries may hold a report package's or starter file's records.
_FROM_PACKAGES = frozenset({AuditSource.SYNC.value, AuditSource.STARTER.value})


@cache
def _package_order() -> dict[str, dict[str, int]]:
    """Per record kind a package carries (course, segment, enrollment, absence): each key's place."""
    from ntip_desktop.services.packages.records import SPECS  # here: the packages import the audit module

    return {spec.entity: {key: n for n, key in enumerate(spec.keys.values())} for spec in SPECS}


def change_lines(row: AuditRow) -> list[tuple[str, str, str]]:
    """(field, old, new) in words for every field the entry mentions, old first."""
    old, new = row.old or {}, row.new or {}
    keys = list(old) + [k for k in new if k not in old]
    if row.source in _FROM_PACKAGES and row.entity in (order := _package_order()):
        # a package's record is stored with its keys sorted (audit.Change.new_json): listed in the package's order
        keys.sort(key=lambda k: order[row.entity].get(k, len(keys)))
    return [
        (
            field_label(row.entity, k),
            value_text(row.entity, k, old[k], row.names) if k in old else "—",
            value_text(row.entity, k, new[k], row.names) if k in new else "—",
        )
        for k in keys
    ]


def _short(text: str) -> str:
    return text if len(text) <= _LONG else text[: _LONG - 1] + "…"


def change_summary(row: AuditRow, limit: int = 120) -> str:
    """One line: ``狀態：已收傳真 → 退件補正；處理人：林書記（clerk）`` (a new record lists its values)."""
    if row.old is None:
        parts = [f"{k}：{_short(v)}" for k, _, v in change_lines(row)]
    else:
        parts = [f"{k}：{_short(a)} → {_short(b)}" if a != b else f"{k}：{_short(b)}" for k, a, b in change_lines(row)]
    text = "；".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def subject(row: AuditRow) -> str:
    """The record an entry is about, as people name it: 帳號申請 B1150000409, 研習課程 1150000027 …"""
    code = row.code or ("" if row.action == "demo_seed" else row.entity_id)
    if not row.code and UUID_TEXT.match(row.entity_id):
        code = row.entity_id[:8] + "…"  # the record is gone: its id is all there is
    if row.entity == "setting":
        for prefix, name in _SETTING_NAMES.items():
            if code.startswith(prefix):
                return f"{_tr(name)} {code.removeprefix(prefix)}"
    return f"{entity_label(row.entity)} {code}".strip()


def source_label(code: str) -> str:
    """The name of an audit source code (``ui``, ``cli`` …), or the code itself."""
    try:
        return vocabulary_label(AuditSource(code))
    except ValueError:
        return code
