"""``ntip certificates issue|export|verify|record``: hour certificates from the command line (docs/cli.md).

``issue`` runs in one transaction and writes its ``--out`` file before the commit: a batch that cannot be
written issues nothing (docs/cli.md's exit 2 means nothing written). ``verify`` logs the check, like the
program's page does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ntip_desktop.cli.jsonio import write_output
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import VerificationOutcome
from ntip_desktop.services import certificates
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import open_database
from ntip_desktop.services.files import output_file, write_atomically

CONTEXT = "cli.certificates_cmd"


def register(subparsers: argparse._SubParsersAction) -> None:
    cert = subparsers.add_parser(
        "certificates", help=translate("cli.certificates_cmd", "研習時數證明：發給、匯出、查驗")
    )
    sub = cert.add_subparsers(dest="certificates_command", required=True)

    issue = sub.add_parser("issue", help=translate("cli.certificates_cmd", "依已核發的研習時數發給研習時數證明"))
    which = issue.add_mutually_exclusive_group(required=True)
    which.add_argument("--course", metavar="CODE", help=translate("cli.certificates_cmd", "課程代碼"))
    which.add_argument(
        "--year", metavar="ROC_YEAR", type=int, help=translate("cli.certificates_cmd", "民國年：該年開始的所有課程")
    )
    issue.add_argument(
        "--out",
        metavar="FILE",
        help=translate("cli.certificates_cmd", "同時寫出列印檔：.pdf 為合併的 PDF，.zip 為每位教師一個 PDF"),
    )
    issue.set_defaults(handler=run_issue)

    export = sub.add_parser("export", help=translate("cli.certificates_cmd", "將課程的有效證明寫成 PDF"))
    export.add_argument("--course", metavar="CODE", required=True, help=translate("cli.certificates_cmd", "課程代碼"))
    export.add_argument("--out", metavar="DIR", required=True, help=translate("cli.certificates_cmd", "輸出資料夾"))
    export.add_argument(
        "--one-file",
        action="store_true",
        help=translate("cli.certificates_cmd", "全部寫入一個 PDF（預設每張證明一個檔）"),
    )
    export.set_defaults(handler=run_export)

    verify = sub.add_parser("verify", help=translate("cli.certificates_cmd", "以驗證碼查驗證明是否真實有效"))
    verify.add_argument(
        "code", metavar="CODE", help=translate("cli.certificates_cmd", "證明上的驗證碼，例如 7KQ2-M9XD-4RTB")
    )
    verify.set_defaults(handler=run_verify)

    record = sub.add_parser("record", help=translate("cli.certificates_cmd", "教師個人研習紀錄（一年）"))
    record.add_argument(
        "--teacher", metavar="ID", required=True, help=translate("cli.certificates_cmd", "教師身分證字號")
    )
    record.add_argument(
        "--year", metavar="ROC_YEAR", type=int, required=True, help=translate("cli.certificates_cmd", "民國年")
    )
    record.add_argument(
        "--out", metavar="FILE.pdf", required=True, help=translate("cli.certificates_cmd", "輸出的 PDF 檔")
    )
    record.set_defaults(handler=run_record)


def _output_of(out: str | None) -> certificates.Output:
    if out is None:
        return "none"
    path = output_file(out, "--out")
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".zip"):
        raise UserError(translate("cli.certificates_cmd", "輸出檔名須以 .pdf 或 .zip 結尾"), field="--out")
    return "zip" if suffix == ".zip" else "pdf"


def run_issue(args: argparse.Namespace) -> int:
    output = _output_of(args.out)
    selection = certificates.Selection(course_code=args.course, roc_year=args.year)
    db = open_database(args.db, migrate=False)
    try:
        with db.session() as session:
            result = certificates.issue_certificates(session, console_user(), selection, output=output)
            if result.document is not None:
                write_atomically(Path(args.out), result.document, field="--out")
            if result.issued:  # before the commit: a list that cannot be written issues nothing
                write_output(
                    "\n".join(
                        "\t".join((c.number, c.code, c.holder_id, c.holder_name, c.course_code, str(c.hours)))
                        for c in result.issued
                    )
                )
    finally:
        db.dispose()
    for f in result.failed:
        sys.stderr.write("\t".join((f.holder_id, f.holder_name, f.course_code, f.reason)) + "\n")
    sys.stderr.write(
        translate(
            "cli.certificates_cmd", "已發給 {issued} 張證明；已有有效證明 {skipped} 人；無法發給 {failed} 人"
        ).format(issued=len(result.issued), skipped=len(result.skipped), failed=len(result.failed))
        + "\n"
    )
    return 1 if result.failed else 0


def run_export(args: argparse.Namespace) -> int:
    db = open_database(args.db, read_only=True)
    try:
        with db.session() as session:
            exported = certificates.export_course(
                session, console_user(), args.course, args.out, one_file=args.one_file
            )
    finally:
        db.dispose()
    if exported.files:
        write_output("\n".join(str(path) for path in exported.files))
    if exported.uncertified:
        sys.stderr.write(
            translate(
                "cli.certificates_cmd", "尚有 {n} 位教師有核給時數但沒有有效證明（請先執行 ntip certificates issue）"
            ).format(n=exported.uncertified)
            + "\n"
        )
    if not exported.certificates:
        sys.stderr.write(translate("cli.certificates_cmd", "此課程沒有有效的研習時數證明，未寫出任何檔案") + "\n")
        return 1
    return 0


def run_verify(args: argparse.Namespace) -> int:
    db = open_database(args.db, migrate=False)
    try:
        with db.session() as session:
            found = certificates.verify_certificate(session, console_user(), args.code)
            write_output("\n".join(f"{name}\t{value}" for name, value in _verification_lines(found)))
            # (before the commit: the check is logged only when its answer could be given)
    finally:
        db.dispose()
    if found.outcome is VerificationOutcome.UNKNOWN:
        sys.stderr.write(translate("cli.certificates_cmd", "查無驗證碼 {code} 的證明").format(code=found.code) + "\n")
        return 1
    return 0 if found.current else 1


def _verification_lines(found: certificates.Verification) -> list[tuple[str, str]]:
    lines = [(translate("cli.certificates_cmd", "狀態"), label(found.outcome))]
    if found.outcome is VerificationOutcome.UNKNOWN:
        return lines
    lines += [
        (translate("cli.certificates_cmd", "證書字號"), found.number),
        (translate("cli.certificates_cmd", "持有人"), f"{found.holder_name}（{found.holder_id}）"),
        (translate("cli.certificates_cmd", "課程"), f"{found.course_code} {found.course_title}"),
        (translate("cli.certificates_cmd", "時數"), str(found.hours)),
        (translate("cli.certificates_cmd", "發證日期"), found.issued_on),
    ]
    if found.end_reason:
        lines.append((translate("cli.certificates_cmd", "原因"), found.end_reason))
    if found.replaced_by:
        lines.append((translate("cli.certificates_cmd", "現行證書字號"), found.replaced_by))
    return lines


def run_record(args: argparse.Namespace) -> int:
    out = output_file(args.out, "--out")
    db = open_database(args.db, read_only=True)
    try:
        with db.session() as session:
            pdf = certificates.annual_record_pdf(session, console_user(), args.teacher, args.year)
    finally:
        db.dispose()
    write_atomically(out, pdf, field="--out")
    sys.stderr.write(translate("cli.certificates_cmd", "已產生個人研習紀錄：{path}").format(path=out) + "\n")
    return 0
