"""Hour certificates (docs/certificates.md, rules HRS-8): issued from stored awards, immutable, verifiable.

The domain's public API: views and the command line import from here only.

- issuing: :func:`issue_certificates` (a batch with progress, cancel and a list of what failed and why;
  all or nothing in the caller's transaction), :func:`reissue_certificate`, :func:`revoke_certificate`;
- checking: :func:`verify_certificate` (every check logged), :func:`count_verifications`;
- files: :func:`export_course`, :func:`certificates_pdf` (to print again), :func:`annual_record_pdf`;
- listing (the 時數證明 page): :func:`list_certificate_courses` (awarded courses with their certificates
  counted), :func:`course_certificates` (a course's awards and certificates), :func:`list_certificates`;
- office settings: seals (:func:`store_seal` …) and printer offsets (:func:`set_printer_offset` …).
"""

from __future__ import annotations

from ntip_desktop.services.certificates.codes import format_code, normalize_code
from ntip_desktop.services.certificates.documents import (
    Exported,
    annual_record,
    annual_record_pdf,
    certificates_pdf,
    export_course,
)
from ntip_desktop.services.certificates.issuing import (
    IssueCancelled,
    IssuedCertificate,
    IssueResult,
    NotIssued,
    Output,
    Selection,
    issue_certificates,
    reissue_certificate,
    revoke_certificate,
)
from ntip_desktop.services.certificates.listing import (
    AwardLine,
    CertificateCourse,
    CertificateRow,
    CourseCertificates,
    count_certificate_courses,
    course_certificates,
    list_certificate_courses,
    list_certificates,
)
from ntip_desktop.services.certificates.printing import (
    PrinterOffset,
    SealInfo,
    issuing_offices,
    list_printer_offsets,
    printer_offset,
    remove_seal,
    seal_image,
    seal_info,
    seal_version,
    set_printer_offset,
    store_seal,
)
from ntip_desktop.services.certificates.verification import Verification, count_verifications, verify_certificate

__all__ = [
    "AwardLine",
    "CertificateCourse",
    "CertificateRow",
    "CourseCertificates",
    "Exported",
    "IssueCancelled",
    "IssueResult",
    "IssuedCertificate",
    "NotIssued",
    "Output",
    "PrinterOffset",
    "SealInfo",
    "Selection",
    "Verification",
    "annual_record",
    "annual_record_pdf",
    "certificates_pdf",
    "count_certificate_courses",
    "count_verifications",
    "course_certificates",
    "export_course",
    "format_code",
    "issue_certificates",
    "issuing_offices",
    "list_certificate_courses",
    "list_certificates",
    "list_printer_offsets",
    "normalize_code",
    "printer_offset",
    "reissue_certificate",
    "remove_seal",
    "revoke_certificate",
    "seal_image",
    "seal_info",
    "seal_version",
    "set_printer_offset",
    "store_seal",
    "verify_certificate",
]
