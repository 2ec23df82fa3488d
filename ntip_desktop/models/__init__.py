"""The data model. Importing this package registers every table on ``Base.metadata``.

The enums the columns store are defined in :mod:`ntip_desktop.vocabulary` and re-exported here, so that
``from ntip_desktop.models import ApplicationState`` keeps working.
"""

from ntip_desktop.models.account import Account, AccountApplication, FaxCheck
from ntip_desktop.models.audit import AuditEntry, AuditHead
from ntip_desktop.models.award import Certificate, CertificateSerial, CertificateVerification, HourAward
from ntip_desktop.models.base import Base, utcnow
from ntip_desktop.models.course import Absence, Course, Enrollment, Segment
from ntip_desktop.models.organization import County, DistrictCenter, Organization
from ntip_desktop.models.package import AppliedPackage, TrustedInstallation
from ntip_desktop.models.report import Amendment, ReportMonth
from ntip_desktop.models.review import CourseReview, ExternalCourse, ReviewItem
from ntip_desktop.models.ruleset import RuleSetRecord
from ntip_desktop.models.setting import Setting
from ntip_desktop.models.teacher import Teacher
from ntip_desktop.models.user import OfficeUser
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
    ReportingMode,
    ReportState,
    Role,
    SegmentKind,
    VerificationOutcome,
)

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
    "AppliedPackage",
    "AuditEntry",
    "AuditHead",
    "AuditSource",
    "AwardStatus",
    "Base",
    "BusinessSubtype",
    "Certificate",
    "CertificateSerial",
    "CertificateState",
    "CertificateVerification",
    "CheckOutcome",
    "County",
    "Course",
    "CourseReview",
    "CourseState",
    "Delivery",
    "DistrictCenter",
    "Employment",
    "Enrollment",
    "ExternalCourse",
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
    "Setting",
    "Teacher",
    "TrustedInstallation",
    "VerificationOutcome",
    "utcnow",
]
