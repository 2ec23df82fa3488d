"""The Chinese name of every member of every enum in :mod:`ntip_desktop.vocabulary`, and of every table.

One table, one wording: the account queue, the overview pages, the audit log, the CLI and the demo seed
all call :func:`label` (or :func:`table_label`). The texts are zh-TW source strings marked with
``QT_TRANSLATE_NOOP`` in the ``vocabulary`` context, so ``pyside6-lupdate`` collects them and an English
build can translate them; :func:`label` returns the translation for the running program.

The table is keyed by enum class and then member, not by member alone: members of different
``StrEnum`` classes with the same value (``ApplicationState.ACTIVE`` and ``AccountState.ACTIVE``) are
equal, so one flat dictionary would merge them. Qt-free and SQLAlchemy-free.
"""

from __future__ import annotations

import enum

from ntip_desktop.i18n import QT_TRANSLATE_NOOP, tr
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
    Employment,
    FaxCheckItem,
    OrgKind,
    Ownership,
    Permission,
    ReportingMode,
    ReportState,
    Role,
    SegmentKind,
    VerificationOutcome,
)

#: The translation context of every text below.
CONTEXT = "vocabulary"

#: Enum class → member → zh-TW source text.
LABELS: dict[type[enum.Enum], dict[enum.Enum, str]] = {
    AccountKind: {
        AccountKind.TEACHER: QT_TRANSLATE_NOOP("vocabulary", "教師個人帳號"),
        AccountKind.BUSINESS: QT_TRANSLATE_NOOP("vocabulary", "業務帳號"),
    },
    BusinessSubtype: {
        BusinessSubtype.DISTRICT_CENTER: QT_TRANSLATE_NOOP("vocabulary", "區管中心"),
        BusinessSubtype.SCHOOL: QT_TRANSLATE_NOOP("vocabulary", "各級學校"),
        BusinessSubtype.SOCIAL_EDU: QT_TRANSLATE_NOOP("vocabulary", "社會教育機構或法人"),
        BusinessSubtype.SUBJECT_CENTER: QT_TRANSLATE_NOOP("vocabulary", "普通高級中學課程學科中心"),
        BusinessSubtype.AUTHORITY: QT_TRANSLATE_NOOP("vocabulary", "教育行政主管機關"),
        BusinessSubtype.TRAINING_CENTER: QT_TRANSLATE_NOOP("vocabulary", "教師研習中心"),
        BusinessSubtype.NATIONAL_CENTER: QT_TRANSLATE_NOOP("vocabulary", "全國教師在職進修資訊網及全國推廣中心"),
    },
    ApplicationState: {
        ApplicationState.ACTIVE: QT_TRANSLATE_NOOP("vocabulary", "已啟用"),
        ApplicationState.PENDING_FAX: QT_TRANSLATE_NOOP("vocabulary", "待傳真"),
        ApplicationState.FAX_RECEIVED: QT_TRANSLATE_NOOP("vocabulary", "已收傳真"),
        ApplicationState.RETURNED: QT_TRANSLATE_NOOP("vocabulary", "退件補正"),
        ApplicationState.APPROVED: QT_TRANSLATE_NOOP("vocabulary", "已核准"),
        ApplicationState.REJECTED: QT_TRANSLATE_NOOP("vocabulary", "已駁回"),
    },
    ApplicationPurpose: {
        ApplicationPurpose.NEW_ACCOUNT: QT_TRANSLATE_NOOP("vocabulary", "帳號申請"),
        ApplicationPurpose.CONTACT_CHANGE: QT_TRANSLATE_NOOP("vocabulary", "承辦人異動"),
    },
    ApplicationSource: {
        ApplicationSource.WEB_IMPORT: QT_TRANSLATE_NOOP("vocabulary", "網頁匯入"),
        ApplicationSource.COORDINATOR: QT_TRANSLATE_NOOP("vocabulary", "學校承辦人填寫"),
        ApplicationSource.CLERK: QT_TRANSLATE_NOOP("vocabulary", "依紙本鍵入"),
    },
    FaxCheckItem: {
        FaxCheckItem.SEAL: QT_TRANSLATE_NOOP("vocabulary", "機關印信"),
        FaxCheckItem.CONTACT_SIGNATURE: QT_TRANSLATE_NOOP("vocabulary", "承辦人簽章"),
        FaxCheckItem.HEAD_SIGNATURE: QT_TRANSLATE_NOOP("vocabulary", "單位主管簽章"),
        FaxCheckItem.ORG_CODE: QT_TRANSLATE_NOOP("vocabulary", "機關代碼正確"),
        FaxCheckItem.MATCHES_ONLINE: QT_TRANSLATE_NOOP("vocabulary", "傳真內容與線上資料相符"),
    },
    AccountState: {
        AccountState.ACTIVE: QT_TRANSLATE_NOOP("vocabulary", "啟用"),
        AccountState.SUSPENDED: QT_TRANSLATE_NOOP("vocabulary", "停用"),
    },
    ReportingMode: {
        ReportingMode.ONLINE: QT_TRANSLATE_NOOP("vocabulary", "線上直接使用本網"),
        ReportingMode.BACK_END: QT_TRANSLATE_NOOP("vocabulary", "後端傳報"),
    },
    OrgKind: {
        OrgKind.UNIVERSITY: QT_TRANSLATE_NOOP("vocabulary", "大學校院"),
        OrgKind.TEACHER_UNIVERSITY: QT_TRANSLATE_NOOP("vocabulary", "師資培育之大學"),
        OrgKind.SENIOR_HIGH: QT_TRANSLATE_NOOP("vocabulary", "高級中學"),
        OrgKind.VOCATIONAL: QT_TRANSLATE_NOOP("vocabulary", "高級職業學校"),
        OrgKind.SPECIAL_EDUCATION: QT_TRANSLATE_NOOP("vocabulary", "特殊教育學校"),
        OrgKind.JUNIOR_HIGH: QT_TRANSLATE_NOOP("vocabulary", "國民中學"),
        OrgKind.ELEMENTARY: QT_TRANSLATE_NOOP("vocabulary", "國民小學"),
        OrgKind.KINDERGARTEN: QT_TRANSLATE_NOOP("vocabulary", "幼兒園"),
        OrgKind.PRESCHOOL: QT_TRANSLATE_NOOP("vocabulary", "托兒所"),
        OrgKind.TRAINING_CENTER: QT_TRANSLATE_NOOP("vocabulary", "教師研習中心"),
        OrgKind.SOCIAL_EDU: QT_TRANSLATE_NOOP("vocabulary", "社會教育機構或法人"),
        OrgKind.SUBJECT_CENTER: QT_TRANSLATE_NOOP("vocabulary", "普通高級中學課程學科中心"),
        OrgKind.AUTHORITY: QT_TRANSLATE_NOOP("vocabulary", "教育行政主管機關"),
        OrgKind.DISTRICT_CENTER: QT_TRANSLATE_NOOP("vocabulary", "區管中心"),
        OrgKind.NATIONAL_CENTER: QT_TRANSLATE_NOOP("vocabulary", "全國教師在職進修資訊網及全國推廣中心"),
    },
    Ownership: {
        Ownership.NATIONAL: QT_TRANSLATE_NOOP("vocabulary", "國立"),
        Ownership.MUNICIPAL: QT_TRANSLATE_NOOP("vocabulary", "直轄市立"),
        Ownership.COUNTY: QT_TRANSLATE_NOOP("vocabulary", "縣（市）立"),
        Ownership.PRIVATE: QT_TRANSLATE_NOOP("vocabulary", "私立"),
    },
    Employment: {
        Employment.REGULAR: QT_TRANSLATE_NOOP("vocabulary", "編制內"),
        Employment.SUBSTITUTE: QT_TRANSLATE_NOOP("vocabulary", "代理代課"),
        Employment.OTHER: QT_TRANSLATE_NOOP("vocabulary", "其他教育人員"),
    },
    Role: {
        Role.ADMIN: QT_TRANSLATE_NOOP("vocabulary", "系統管理者"),
        Role.DISTRICT_CLERK: QT_TRANSLATE_NOOP("vocabulary", "區管中心承辦人"),
        Role.SCHOOL_COORDINATOR: QT_TRANSLATE_NOOP("vocabulary", "學校研習承辦人"),
        Role.CERTIFICATE_STAFF: QT_TRANSLATE_NOOP("vocabulary", "時數證明承辦人"),
    },
    Permission: {
        Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("vocabulary", "管理使用者"),
        Permission.EDIT_RULE_SET: QT_TRANSLATE_NOOP("vocabulary", "調整規則參數"),
        Permission.DECIDE_ACCOUNTS: QT_TRANSLATE_NOOP("vocabulary", "審核業務帳號"),
        Permission.SUBMIT_APPLICATIONS: QT_TRANSLATE_NOOP("vocabulary", "送出帳號申請"),
        Permission.REVIEW_COURSES: QT_TRANSLATE_NOOP("vocabulary", "審核研習課程"),
        Permission.EDIT_COURSES: QT_TRANSLATE_NOOP("vocabulary", "登錄研習課程"),
        Permission.RECORD_ATTENDANCE: QT_TRANSLATE_NOOP("vocabulary", "登錄出席"),
        Permission.ISSUE_CERTIFICATES: QT_TRANSLATE_NOOP("vocabulary", "核發時數證明"),
        Permission.REPORT_MONTHS: QT_TRANSLATE_NOOP("vocabulary", "月報傳報"),
        Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("vocabulary", "檢視稽核紀錄"),
        Permission.VIEW_STATISTICS: QT_TRANSLATE_NOOP("vocabulary", "檢視統計報表"),
        Permission.BACKUP_DATABASE: QT_TRANSLATE_NOOP("vocabulary", "備份與還原資料庫"),
    },
    CourseState: {
        CourseState.DRAFT: QT_TRANSLATE_NOOP("vocabulary", "草稿"),
        CourseState.SUBMITTED: QT_TRANSLATE_NOOP("vocabulary", "待審核"),
        CourseState.IN_REVIEW: QT_TRANSLATE_NOOP("vocabulary", "審核中"),
        CourseState.RETURNED: QT_TRANSLATE_NOOP("vocabulary", "退回補正"),
        CourseState.APPROVED: QT_TRANSLATE_NOOP("vocabulary", "已核准"),
        CourseState.REJECTED: QT_TRANSLATE_NOOP("vocabulary", "不予採計"),
        CourseState.AWARDED: QT_TRANSLATE_NOOP("vocabulary", "已核發時數"),
        CourseState.CANCELLED: QT_TRANSLATE_NOOP("vocabulary", "已停辦"),
    },
    Delivery: {
        Delivery.IN_PERSON: QT_TRANSLATE_NOOP("vocabulary", "實體研習"),
        Delivery.CREDIT: QT_TRANSLATE_NOOP("vocabulary", "學位／學分班"),
        Delivery.ONLINE: QT_TRANSLATE_NOOP("vocabulary", "數位／遠距研習"),
    },
    SegmentKind: {
        SegmentKind.INSTRUCTION: QT_TRANSLATE_NOOP("vocabulary", "授課"),
        SegmentKind.TRAVEL: QT_TRANSLATE_NOOP("vocabulary", "車程"),
        SegmentKind.SIGN_IN: QT_TRANSLATE_NOOP("vocabulary", "簽到退"),
        SegmentKind.LUNCH: QT_TRANSLATE_NOOP("vocabulary", "午休"),
        SegmentKind.INTERMISSION: QT_TRANSLATE_NOOP("vocabulary", "中場休息"),
        SegmentKind.TEA_BREAK: QT_TRANSLATE_NOOP("vocabulary", "茶敘"),
    },
    AbsenceReason: {
        AbsenceReason.LEAVE: QT_TRANSLATE_NOOP("vocabulary", "請假"),
        AbsenceReason.UNEXCUSED: QT_TRANSLATE_NOOP("vocabulary", "曠課"),
    },
    AwardStatus: {
        AwardStatus.AWARDED: QT_TRANSLATE_NOOP("vocabulary", "核給時數"),
        AwardStatus.CAPPED: QT_TRANSLATE_NOOP("vocabulary", "受每日／每週上限減列"),
        AwardStatus.VOID_UNEXCUSED: QT_TRANSLATE_NOOP("vocabulary", "曠課達三分之一不予核給"),
        AwardStatus.NOT_COMPLETED: QT_TRANSLATE_NOOP("vocabulary", "未完成"),
    },
    CertificateState: {
        CertificateState.ISSUED: QT_TRANSLATE_NOOP("vocabulary", "有效"),
        CertificateState.SUPERSEDED: QT_TRANSLATE_NOOP("vocabulary", "已失效（時數重算）"),
        CertificateState.REVOKED: QT_TRANSLATE_NOOP("vocabulary", "已撤銷"),
    },
    VerificationOutcome: {
        VerificationOutcome.GENUINE: QT_TRANSLATE_NOOP("vocabulary", "真實有效"),
        VerificationOutcome.SUPERSEDED: QT_TRANSLATE_NOOP("vocabulary", "已被取代"),
        VerificationOutcome.REVOKED: QT_TRANSLATE_NOOP("vocabulary", "已撤銷"),
        VerificationOutcome.UNKNOWN: QT_TRANSLATE_NOOP("vocabulary", "查無此證明"),
        VerificationOutcome.ALTERED: QT_TRANSLATE_NOOP("vocabulary", "紀錄與驗證碼不符"),
    },
    CheckOutcome: {
        CheckOutcome.PASS: QT_TRANSLATE_NOOP("vocabulary", "通過"),
        CheckOutcome.WARN: QT_TRANSLATE_NOOP("vocabulary", "提醒"),
        CheckOutcome.FAIL: QT_TRANSLATE_NOOP("vocabulary", "不符"),
        CheckOutcome.MANUAL: QT_TRANSLATE_NOOP("vocabulary", "須人工判斷"),
    },
    ReportState: {
        ReportState.OPEN: QT_TRANSLATE_NOOP("vocabulary", "傳報中"),
        ReportState.UPLOADED: QT_TRANSLATE_NOOP("vocabulary", "已上傳待確認"),
        ReportState.CONFIRMED: QT_TRANSLATE_NOOP("vocabulary", "已確認"),
        ReportState.AMENDING: QT_TRANSLATE_NOOP("vocabulary", "更正中"),
    },
    AuditSource: {
        AuditSource.UI: QT_TRANSLATE_NOOP("vocabulary", "程式畫面"),
        AuditSource.IMPORT: QT_TRANSLATE_NOOP("vocabulary", "匯入"),
        AuditSource.FAX: QT_TRANSLATE_NOOP("vocabulary", "傳真"),
        AuditSource.CLI: QT_TRANSLATE_NOOP("vocabulary", "命令列"),
        AuditSource.SYNC: QT_TRANSLATE_NOOP("vocabulary", "同步"),
        AuditSource.SYSTEM: QT_TRANSLATE_NOOP("vocabulary", "系統"),
        AuditSource.STARTER: QT_TRANSLATE_NOOP("vocabulary", "學校設定檔"),
    },
}

#: Tables as users call them (``ntip db info`` lists them in this order; the demo seed's summary uses
#: the same names).
TABLE_LABELS: dict[str, str] = {
    "counties": QT_TRANSLATE_NOOP("vocabulary", "縣市"),
    "district_centers": QT_TRANSLATE_NOOP("vocabulary", "區管中心"),
    "organizations": QT_TRANSLATE_NOOP("vocabulary", "機關學校"),
    "office_users": QT_TRANSLATE_NOOP("vocabulary", "使用者"),
    "teachers": QT_TRANSLATE_NOOP("vocabulary", "教師"),
    "courses": QT_TRANSLATE_NOOP("vocabulary", "研習課程"),
    "segments": QT_TRANSLATE_NOOP("vocabulary", "課程時段"),
    "enrollments": QT_TRANSLATE_NOOP("vocabulary", "研習出席"),
    "absences": QT_TRANSLATE_NOOP("vocabulary", "請假與曠課"),
    "course_reviews": QT_TRANSLATE_NOOP("vocabulary", "課程審核"),
    "review_items": QT_TRANSLATE_NOOP("vocabulary", "審核項目"),
    "hour_awards": QT_TRANSLATE_NOOP("vocabulary", "核發時數"),
    "external_courses": QT_TRANSLATE_NOOP("vocabulary", "他站課程清單"),
    "certificates": QT_TRANSLATE_NOOP("vocabulary", "研習時數證明"),
    "certificate_serials": QT_TRANSLATE_NOOP("vocabulary", "證明字號流水號"),
    "certificate_verifications": QT_TRANSLATE_NOOP("vocabulary", "證明查驗紀錄"),
    "account_applications": QT_TRANSLATE_NOOP("vocabulary", "帳號申請"),
    "accounts": QT_TRANSLATE_NOOP("vocabulary", "帳號"),
    "fax_checks": QT_TRANSLATE_NOOP("vocabulary", "傳真檢核項目"),
    "report_months": QT_TRANSLATE_NOOP("vocabulary", "後端傳報月份"),
    "amendments": QT_TRANSLATE_NOOP("vocabulary", "傳報更正"),
    "trusted_installations": QT_TRANSLATE_NOOP("vocabulary", "已登錄的學校電腦"),
    "applied_packages": QT_TRANSLATE_NOOP("vocabulary", "已匯入的傳報檔"),
    "rule_sets": QT_TRANSLATE_NOOP("vocabulary", "規則集"),
    "settings": QT_TRANSLATE_NOOP("vocabulary", "設定"),
    "audit_log": QT_TRANSLATE_NOOP("vocabulary", "稽核紀錄"),
}


def source_text(member: enum.Enum) -> str:
    """The zh-TW source text of ``member``, untranslated (for matching what people type, and storage)."""
    return LABELS[type(member)][member]


def label(member: enum.Enum) -> str:
    """The name of ``member`` as the running program shows it (translated)."""
    return tr(LABELS[type(member)][member], CONTEXT)


def optional_label(member: enum.Enum | None) -> str:
    """:func:`label`, or an empty string for ``None``."""
    return "" if member is None else label(member)


def table_label(table: str) -> str:
    """The name of a database table as users call it (translated), or the table's own name if it has none."""
    text = TABLE_LABELS.get(table)
    return table if text is None else tr(text, CONTEXT)


__all__ = ["CONTEXT", "LABELS", "TABLE_LABELS", "label", "optional_label", "source_text", "table_label"]
