"""The 時數證明 page's use cases (issuing in batches, printing again, re-issuing, revoking, verifying, the annual
record, seals and printer offsets) as operations for the task runner."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services import certificates
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.certificates import (
    CourseCertificates,
    IssueCancelled,
    IssueResult,
    Output,
    PrinterOffset,
    Selection,
    Verification,
)
from ntip_desktop.services.files import write_atomically
from ntip_desktop.views.operations import Operation

#: A long job for ``TaskRunner.run_long``: ``job(session, progress, cancelled)``.
LongJob = Callable[[Any, Callable[[int, int, str], None], Callable[[], bool]], Any]


def open_course(user: CurrentUser, course_id: uuid.UUID) -> Operation[CourseCertificates]:
    """An awarded course's awards, each with its latest certificate."""
    return Operation(
        lambda session: certificates.course_certificates(session, user, course_id),
        translate("views.operations.certificates", "開啟課程"),
        lambda _c: "",
    )


def open_code(user: CurrentUser, text: str) -> Operation[CourseCertificates]:
    """The awarded course with this code as typed (spaces and case do not matter)."""
    return Operation(
        lambda session: certificates.course_certificates(session, user, text),
        translate("views.operations.certificates", "開啟課程"),
        lambda _c: "",
    )


# --- issuing in a batch --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Issued:
    """A batch's result and where its document was written (None when nothing was issued)."""

    result: IssueResult
    path: Path | None
    output: Output

    @property
    def changes(self) -> Changes:
        return self.result.changes


def issue_job(user: CurrentUser, selection: Selection, output: Output, path: Path) -> LongJob:
    """The batch as a long job: progress by certificate; Cancel, or a file that cannot be written, issues
    nothing (the document is written before the transaction commits)."""
    label = translate("views.operations.certificates", "正在製作證明：第 {done}／{total} 張")

    def job(session: Any, progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> Issued:
        result = certificates.issue_certificates(
            session,
            user,
            selection,
            output=output,
            progress=lambda done, total: progress(done, total, label.format(done=done, total=total)),
            cancel=cancelled,
        )
        if cancelled():  # asked after the last certificate: still nothing is issued
            raise IssueCancelled(translate("views.operations.certificates", "已取消：沒有發出任何證明。"))
        if result.document is None:
            return Issued(result, None, output)
        write_atomically(path, result.document)
        return Issued(result, path, output)

    return job


def issued_message(issued: Issued) -> str:
    r = issued.result
    text = translate("views.operations.certificates", "已發給 {n} 張研習時數證明").format(n=len(r.issued))
    if issued.path is not None:
        text += translate("views.operations.certificates", "，存到 {path}").format(path=issued.path)
    if r.failed:
        text += translate("views.operations.certificates", "；{n} 位無法發給（原因見清單）").format(n=len(r.failed))
    return text + translate("views.operations.certificates", "。")


# --- one certificate -----------------------------------------------------------------------------------


def print_again(user: CurrentUser, numbers: Sequence[str]) -> Operation[bytes]:
    """These certificates as issued, in one PDF (nothing is issued or changed)."""
    wanted = tuple(numbers)
    return Operation(
        lambda session: certificates.certificates_pdf(session, user, wanted),
        translate("views.operations.certificates", "製作證明 PDF"),
        lambda _b: "",
    )


def reissue(user: CurrentUser, number: str, reason: str) -> Operation[IssueResult]:
    """補發: a new certificate for the award as it is now, superseding ``number`` with ``reason``; its PDF."""

    def message(result: IssueResult) -> str:
        new = result.issued[0]
        return translate("views.operations.certificates", "已補發 {new}，取代 {old}。").format(
            new=new.number, old=number
        )

    return Operation(
        lambda session: certificates.reissue_certificate(session, user, number, reason, output="pdf"),
        translate("views.operations.certificates", "補發證明"),
        message,
    )


def revoke(user: CurrentUser, number: str, reason: str) -> Operation[Changes]:
    return Operation(
        lambda session: certificates.revoke_certificate(session, user, number, reason),
        translate("views.operations.certificates", "撤銷證明"),
        lambda _c: translate("views.operations.certificates", "已撤銷證明 {number}。").format(number=number),
    )


def verify(user: CurrentUser, text: str) -> Operation[Verification]:
    """Check a verification code or a certificate number as typed or scanned (the check is logged)."""
    return Operation(
        lambda session: certificates.verify_certificate(session, user, text, numbers=True),
        translate("views.operations.certificates", "查驗證明"),
        lambda _v: "",
    )


def annual_record(user: CurrentUser, national_id: str, roc_year: int) -> Operation[bytes]:
    """個人研習紀錄 of a teacher's ROC year, as a PDF."""
    return Operation(
        lambda session: certificates.annual_record_pdf(session, user, national_id, roc_year),
        translate("views.operations.certificates", "製作個人研習紀錄"),
        lambda _b: "",
    )


def save_pdf(path: Path, data: bytes) -> Operation[Path]:
    """Write a PDF shown in the preview to ``path`` (whole or not at all)."""

    def work(_session: Any) -> Path:
        write_atomically(path, data)
        return path

    return Operation(
        work,
        translate("views.operations.certificates", "儲存 PDF"),
        lambda p: translate("views.operations.certificates", "已存到 {path}").format(path=p),
    )


# --- seals and printer offsets -------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeSettings:
    offices: list[tuple[str, str]]  #: (county code, authority name)
    offsets: list[PrinterOffset]


def office_settings(user: CurrentUser) -> Operation[OfficeSettings]:
    return Operation(
        lambda session: OfficeSettings(
            certificates.issuing_offices(session, user), certificates.list_printer_offsets(session, user)
        ),
        translate("views.operations.certificates", "讀取印信與印表機設定"),
        lambda _s: "",
    )


@dataclass(frozen=True)
class StoredSeal:
    """The office's seal as stored: its PNG (None: no seal) and the version a change is made against."""

    data: bytes | None
    version: int


def seal_of(user: CurrentUser, office_code: str) -> Operation[StoredSeal]:
    return Operation(
        lambda session: StoredSeal(
            certificates.seal_image(session, user, office_code), certificates.seal_version(session, user, office_code)
        ),
        translate("views.operations.certificates", "讀取印信圖檔"),
        lambda _b: "",
    )


def store_seal(
    user: CurrentUser, office_code: str, path: Path, expected_version: int | None = None
) -> Operation[Changes]:
    """Read the PNG at ``path`` and store it as the office's seal (checked by the service); refused if the seal
    is no longer at ``expected_version`` (someone changed it since it was shown)."""

    def work(session: Any) -> Changes:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserError(
                translate("views.operations.certificates", "無法讀取檔案 {path}：{reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
                field="seal",
            ) from exc
        return certificates.store_seal(session, user, office_code, data, expected_version=expected_version)

    return Operation(
        work,
        translate("views.operations.certificates", "上傳印信圖檔"),
        lambda _c: translate("views.operations.certificates", "已儲存印信圖檔。"),
    )


def remove_seal(user: CurrentUser, office_code: str, expected_version: int | None = None) -> Operation[Changes]:
    return Operation(
        lambda session: certificates.remove_seal(session, user, office_code, expected_version=expected_version),
        translate("views.operations.certificates", "移除印信圖檔"),
        lambda _c: translate("views.operations.certificates", "已移除印信圖檔；之後發給的證明不印印信。"),
    )


def set_printer_offset(
    user: CurrentUser, printer: str, x_mm: float, y_mm: float, expected_version: int | None = None
) -> Operation[Changes]:
    def message(_c: Changes) -> str:
        if (x_mm, y_mm) == (0.0, 0.0):
            return translate("views.operations.certificates", "已取消印表機「{printer}」的位移校正。").format(
                printer=printer.strip()
            )
        return translate("views.operations.certificates", "印表機「{printer}」位移：右 {x} mm、上 {y} mm。").format(
            printer=printer.strip(), x=f"{x_mm:g}", y=f"{y_mm:g}"
        )

    return Operation(
        lambda session: certificates.set_printer_offset(
            session, user, printer, x_mm, y_mm, expected_version=expected_version
        ),
        translate("views.operations.certificates", "校正印表機位移"),
        message,
    )


def printer_offsets(user: CurrentUser) -> Operation[list[PrinterOffset]]:
    return Operation(
        lambda session: certificates.list_printer_offsets(session, user),
        translate("views.operations.certificates", "讀取印表機位移"),
        lambda _o: "",
    )
