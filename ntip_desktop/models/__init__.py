"""The data model. Importing this package registers every table on ``Base.metadata``."""

from ntip_desktop.models.account import (
    Account,
    AccountApplication,
    AccountKind,
    AccountState,
    ApplicationPurpose,
    ApplicationSource,
    ApplicationState,
    BusinessSubtype,
    FaxCheck,
    FaxCheckItem,
)
from ntip_desktop.models.audit import AuditEntry, AuditHead, AuditSource
from ntip_desktop.models.award import AwardStatus, Certificate, CertificateState, HourAward
from ntip_desktop.models.base import Base, utcnow
from ntip_desktop.models.course import (
    Absence,
    AbsenceReason,
    Course,
    CourseState,
    Delivery,
    Enrollment,
    Segment,
    SegmentKind,
)
from ntip_desktop.models.organization import County, DistrictCenter, Organization, OrgKind, Ownership, ReportingMode
from ntip_desktop.models.report import Amendment, ReportMonth, ReportState
from ntip_desktop.models.review import CheckOutcome, CourseReview, ReviewItem
from ntip_desktop.models.ruleset import RuleSetRecord
from ntip_desktop.models.teacher import Employment, Teacher
from ntip_desktop.models.user import OfficeUser, Role

__all__ = [
    "Absence",
    "AbsenceReason",
    "Account",
    "AccountApplication",
    "AccountKind",
    "AccountState",
    "Amendment",
    "ApplicationPurpose",
    "ApplicationSource",
    "ApplicationState",
    "AuditEntry",
    "AuditHead",
    "AuditSource",
    "AwardStatus",
    "Base",
    "BusinessSubtype",
    "Certificate",
    "CertificateState",
    "CheckOutcome",
    "County",
    "Course",
    "CourseReview",
    "CourseState",
    "Delivery",
    "DistrictCenter",
    "Employment",
    "Enrollment",
    "FaxCheck",
    "FaxCheckItem",
    "HourAward",
    "OfficeUser",
    "OrgKind",
    "Organization",
    "Ownership",
    "ReportMonth",
    "ReportState",
    "ReportingMode",
    "ReviewItem",
    "Role",
    "RuleSetRecord",
    "Segment",
    "SegmentKind",
    "Teacher",
    "utcnow",
]
