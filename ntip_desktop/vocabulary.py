"""The program's vocabulary: every enumeration, defined once (docs/rules.md's vocabulary in code identifiers).

Plain Python, no SQLAlchemy and no Qt: the pure rules (``services/rules``), the models (which store each
enum as a string column guarded by a CHECK constraint) and the views all import from here. The members
are :class:`enum.StrEnum`, so each compares equal to (and hashes like) its value, the plain string the
rules, the JSON of the CLI and the database use: ``SegmentKind.INSTRUCTION == "instruction"``.

Qt hands a ``str`` subclass back from item data as a plain ``str``: a view that keeps a member in a combo
box stores its ``.value`` and converts back (``AccountKind(combo.currentData())``) before comparing by
identity.

The Chinese name of every member is in :mod:`ntip_desktop.labels`, nowhere else.
"""

from __future__ import annotations

import enum

# --- Accounts (docs/rules.md ACC-1…5) -------------------------------------------------------------


class AccountKind(enum.StrEnum):
    TEACHER = "teacher"  #: 教師個人帳號
    BUSINESS = "business"  #: 業務帳號


class BusinessSubtype(enum.StrEnum):
    """Business account subtypes (Art 3 and the review units of Art 11)."""

    DISTRICT_CENTER = "district_center"  #: 區管中心
    SCHOOL = "school"  #: 各級學校
    SOCIAL_EDU = "social_edu"  #: 社會教育機構或法人
    SUBJECT_CENTER = "subject_center"  #: 普通高級中學課程學科中心
    AUTHORITY = "authority"  #: 教育行政主管機關
    TRAINING_CENTER = "training_center"  #: 教師研習中心
    NATIONAL_CENTER = "national_center"  #: 全國教師在職進修資訊網及全國推廣中心


class ApplicationState(enum.StrEnum):
    """The one workflow of an account application (ACC-4); transitions live in services.accounts."""

    ACTIVE = "active"  #: teacher account: usable at once
    PENDING_FAX = "pending_fax"  #: business: waiting for the signed fax
    FAX_RECEIVED = "fax_received"  #: business: fax on the clerk's desk
    RETURNED = "returned"  #: 退件補正: the applicant must supply what is missing
    APPROVED = "approved"  #: business: approved, account active
    REJECTED = "rejected"  #: rejected with a reason


class ApplicationPurpose(enum.StrEnum):
    NEW_ACCOUNT = "new_account"  #: 業務帳號申請
    CONTACT_CHANGE = "contact_change"  #: 承辦人異動申請


class ApplicationSource(enum.StrEnum):
    WEB_IMPORT = "web_import"  #: exported from the web site and imported (CSV/XLSX)
    COORDINATOR = "coordinator"  #: entered by a school coordinator in this program
    CLERK = "clerk"  #: keyed in by the clerk from paper


class FaxCheckItem(enum.StrEnum):
    """What a clerk ticks on a received fax."""

    SEAL = "seal"  #: 機關印信
    CONTACT_SIGNATURE = "contact_signature"  #: 承辦人簽章
    HEAD_SIGNATURE = "head_signature"  #: 單位主管簽章
    ORG_CODE = "org_code"  #: 機關代碼正確
    MATCHES_ONLINE = "matches_online"  #: 傳真內容與線上資料相符


class AccountState(enum.StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"


# --- Organisations and people ---------------------------------------------------------------------


class ReportingMode(enum.StrEnum):
    """How a county's schools put courses on the network (Art 12)."""

    ONLINE = "online"  #: 線上直接使用本網: lead-time rule applies
    BACK_END = "back_end"  #: 後端傳報: monthly upload and confirmation


class OrgKind(enum.StrEnum):
    """Kind and level of an organisation; drives routing (Art 11) and account subtypes."""

    UNIVERSITY = "university"  #: 大學校院
    TEACHER_UNIVERSITY = "teacher_university"  #: 師資培育之大學
    SENIOR_HIGH = "senior_high"  #: 高級中學
    VOCATIONAL = "vocational"  #: 高級職業學校
    SPECIAL_EDUCATION = "special_education"  #: 特殊教育學校
    JUNIOR_HIGH = "junior_high"  #: 國民中學
    ELEMENTARY = "elementary"  #: 國民小學
    KINDERGARTEN = "kindergarten"  #: 幼兒園
    PRESCHOOL = "preschool"  #: 托兒所
    TRAINING_CENTER = "training_center"  #: 教師研習中心
    SOCIAL_EDU = "social_edu"  #: 社會教育機構或法人
    SUBJECT_CENTER = "subject_center"  #: 普通高級中學課程學科中心
    AUTHORITY = "authority"  #: 教育行政主管機關
    DISTRICT_CENTER = "district_center"  #: 區管中心
    NATIONAL_CENTER = "national_center"  #: 全國教師在職進修資訊網及全國推廣中心


class Ownership(enum.StrEnum):
    NATIONAL = "national"  #: 國立
    MUNICIPAL = "municipal"  #: 直轄市立
    COUNTY = "county"  #: 縣（市）立
    PRIVATE = "private"  #: 私立


class Employment(enum.StrEnum):
    REGULAR = "regular"  #: 編制內
    SUBSTITUTE = "substitute"  #: 代理代課
    OTHER = "other"  #: 其他教育人員


class Role(enum.StrEnum):
    """What an office user is; what each role may do is ``services.auth.ROLE_PERMISSIONS``."""

    ADMIN = "admin"  #: 系統管理者
    DISTRICT_CLERK = "district_clerk"  #: 區管中心承辦人, scoped to one district center
    SCHOOL_COORDINATOR = "school_coordinator"  #: 學校研習承辦人, scoped to one organisation
    CERTIFICATE_STAFF = "certificate_staff"  #: 時數證明承辦人


class Permission(enum.StrEnum):
    """What a role may do; the services check it (``CurrentUser.require``)."""

    MANAGE_USERS = "manage_users"
    EDIT_RULE_SET = "edit_rule_set"
    DECIDE_ACCOUNTS = "decide_accounts"
    SUBMIT_APPLICATIONS = "submit_applications"
    REVIEW_COURSES = "review_courses"
    EDIT_COURSES = "edit_courses"
    RECORD_ATTENDANCE = "record_attendance"
    ISSUE_CERTIFICATES = "issue_certificates"
    REPORT_MONTHS = "report_months"
    VIEW_AUDIT = "view_audit"
    VIEW_STATISTICS = "view_statistics"  #: 統計報表: a clerk for their district, an admin for all
    #: A copy of the whole database (every district's records, the office's keys and seals) and restoring
    #: one: the administrator's alone.
    BACKUP_DATABASE = "backup_database"


# --- Courses, attendance and hours (docs/rules.md CRS, HRS) ---------------------------------------


class CourseState(enum.StrEnum):
    """The one workflow of a course: its transition table is ``services/courses/decisions.WORKFLOW``; awarding
    hours (``services/attendance/awards.py``) moves an approved course to ``awarded``."""

    DRAFT = "draft"  #: being written by the organiser
    SUBMITTED = "submitted"  #: waiting for review
    IN_REVIEW = "in_review"  #: a reviewer of the routed office has taken it
    RETURNED = "returned"  #: sent back for correction (退回補正); the organiser corrects and resubmits
    APPROVED = "approved"  #: approved; attendance may be recorded
    REJECTED = "rejected"  #: not creditable
    AWARDED = "awarded"  #: hours awarded
    CANCELLED = "cancelled"  #: called off


class Delivery(enum.StrEnum):
    IN_PERSON = "in_person"  #: segments and HRS-1…5
    CREDIT = "credit"  #: 學位/學分班, credits × 18 (HRS-6)
    ONLINE = "online"  #: 數位/遠距, hours certified by the organiser (HRS-7)


class SegmentKind(enum.StrEnum):
    """What a 時段 is: instruction, or one of the non-creditable kinds of Art 10(4)."""

    INSTRUCTION = "instruction"  #: 授課
    TRAVEL = "travel"  #: 車程
    SIGN_IN = "sign_in"  #: 簽到退
    LUNCH = "lunch"  #: 午休
    INTERMISSION = "intermission"  #: 中場休息
    TEA_BREAK = "tea_break"  #: 茶敘


class AbsenceReason(enum.StrEnum):
    LEAVE = "leave"  #: 請假
    UNEXCUSED = "unexcused"  #: 曠課


class AwardStatus(enum.StrEnum):
    AWARDED = "awarded"
    CAPPED = "capped"  #: cut by HRS-5
    VOID_UNEXCUSED = "void_unexcused"  #: HRS-4
    NOT_COMPLETED = "not_completed"


class CertificateState(enum.StrEnum):
    ISSUED = "issued"
    SUPERSEDED = "superseded"  #: attendance changed after issue (HRS-8), or re-issued with a reason
    REVOKED = "revoked"


class VerificationOutcome(enum.StrEnum):
    """What checking a certificate's verification code found (every check is logged)."""

    GENUINE = "genuine"  #: issued by this office and current
    SUPERSEDED = "superseded"  #: was issued, has been replaced (or its hours changed)
    REVOKED = "revoked"  #: was issued, has been revoked
    UNKNOWN = "unknown"  #: no certificate has this code
    ALTERED = "altered"  #: the stored record no longer matches its code (changed outside the program)


class CheckOutcome(enum.StrEnum):
    """The outcome of one check of the course review checklist (docs/rules.md CRS)."""

    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    MANUAL = "manual"  #: a clerk must judge


class ReportState(enum.StrEnum):
    """A back-end county's report month (Art 12(3)(4))."""

    OPEN = "open"  #: uploads continue
    UPLOADED = "uploaded"  #: uploaded, not yet confirmed
    CONFIRMED = "confirmed"  #: confirmed and locked
    AMENDING = "amending"  #: reopened by an official letter


# --- The audit log --------------------------------------------------------------------------------


class AuditSource(enum.StrEnum):
    """Where a change came from."""

    UI = "ui"
    IMPORT = "import"
    FAX = "fax"
    CLI = "cli"
    SYNC = "sync"
    SYSTEM = "system"
    STARTER = "starter"  #: a school computer's first start from the office's starter file (學校設定檔)


#: Every enumeration of the program, in the order above (the labels and their test walk this).
ENUMS: tuple[type[enum.Enum], ...] = (
    AccountKind,
    BusinessSubtype,
    ApplicationState,
    ApplicationPurpose,
    ApplicationSource,
    FaxCheckItem,
    AccountState,
    ReportingMode,
    OrgKind,
    Ownership,
    Employment,
    Role,
    Permission,
    CourseState,
    Delivery,
    SegmentKind,
    AbsenceReason,
    AwardStatus,
    CertificateState,
    VerificationOutcome,
    CheckOutcome,
    ReportState,
    AuditSource,
)

__all__ = [
    "ENUMS",
    "AbsenceReason",
    "AccountKind",
    "AccountState",
    "ApplicationPurpose",
    "ApplicationSource",
    "ApplicationState",
    "AuditSource",
    "AwardStatus",
    "BusinessSubtype",
    "CertificateState",
    "CheckOutcome",
    "CourseState",
    "Delivery",
    "Employment",
    "FaxCheckItem",
    "OrgKind",
    "Ownership",
    "Permission",
    "ReportState",
    "ReportingMode",
    "Role",
    "SegmentKind",
    "VerificationOutcome",
]
