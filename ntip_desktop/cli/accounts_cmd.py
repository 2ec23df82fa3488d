"""``ntip accounts list|fax-form|import``: account applications from the command line (docs/cli.md)."""

from __future__ import annotations

import argparse
import sys

from ntip_desktop.cli.jsonio import write_listing, write_output
from ntip_desktop.i18n import translate
from ntip_desktop.models import ApplicationState
from ntip_desktop.services import accounts
from ntip_desktop.services.accounts import ApplicationFilter, columns_help, state_label
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import open_database
from ntip_desktop.services.files import output_file, write_atomically


def register(subparsers: argparse._SubParsersAction) -> None:
    accounts = subparsers.add_parser("accounts", help=translate("cli.accounts_cmd", "帳號申請（第3–5條）"))
    sub = accounts.add_subparsers(dest="accounts_command", required=True)

    listing = sub.add_parser("list", help=translate("cli.accounts_cmd", "列出帳號申請"))
    listing.add_argument(
        "--state", choices=[s.value for s in ApplicationState], help=translate("cli.accounts_cmd", "只列出此狀態的申請")
    )
    listing.add_argument("--json", action="store_true", help=translate("cli.accounts_cmd", "以 JSON 輸出"))
    listing.set_defaults(handler=run_list)

    fax = sub.add_parser("fax-form", help=translate("cli.accounts_cmd", "產生業務帳號申請表（或承辦人異動申請表）PDF"))
    fax.add_argument(
        "number", metavar="APPLICATION_NO", help=translate("cli.accounts_cmd", "申請編號（含檢查碼），例：B1150001234")
    )
    fax.add_argument("--out", required=True, metavar="FILE.pdf", help=translate("cli.accounts_cmd", "輸出的 PDF 檔"))
    fax.set_defaults(handler=run_fax_form)

    imp = sub.add_parser(
        "import",
        help=translate("cli.accounts_cmd", "匯入網頁匯出的帳號申請（CSV 或 XLSX），全部成功才寫入"),
        epilog=columns_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,  # the column list keeps its lines
    )
    imp.add_argument("file", metavar="FILE", help=translate("cli.accounts_cmd", "CSV（UTF-8 或 Big5）或 XLSX 檔"))
    imp.set_defaults(handler=run_import)


def _as_json(row: accounts.ApplicationRow) -> dict[str, object]:
    return {
        "number": row.number,
        "state": row.state.value,
        "kind": row.kind.value,
        "subtype": row.subtype.value if row.subtype else None,
        "purpose": row.purpose.value,
        "login_id": row.login_id,
        "organization": row.organization_name,
        "organization_code": row.organization_code,
        "county": row.county_name,
        "applicant": row.applicant_name,
        "contact": row.contact_name,
        "submitted_at": row.submitted_at.isoformat(),
        "fax_received_on": row.fax_received_on.isoformat() if row.fax_received_on else None,
        "decided_at": row.decided_at.isoformat() if row.decided_at else None,
    }


def run_list(args: argparse.Namespace) -> int:
    db = open_database(args.db, read_only=True)
    f = ApplicationFilter(states=(ApplicationState(args.state),) if args.state else ())
    try:
        with db.session() as session:
            write_listing(
                lambda offset, limit: accounts.list_applications(
                    session, console_user(), f, order_by="number", descending=False, offset=offset, limit=limit
                ),
                as_json=args.json,
                to_json=_as_json,
                to_text=lambda row: "\t".join(
                    (row.number, state_label(row.state), row.login_id, row.organization_name)
                ),
            )
    finally:
        db.dispose()
    return 0


def run_fax_form(args: argparse.Namespace) -> int:
    out = output_file(args.out, "--out")  # before the work: a path that cannot be written is told first
    db = open_database(args.db, read_only=True)
    try:
        with db.session() as session:
            row = accounts.find_by_number(session, console_user(), args.number)
            form = accounts.render_application_form(session, console_user(), row.id)
    finally:
        db.dispose()
    write_atomically(out, form.pdf, field="--out")
    sys.stderr.write(translate("cli.accounts_cmd", "已產生{title}：{path}").format(title=form.title, path=out) + "\n")
    return 0


def run_import(args: argparse.Namespace) -> int:
    data = accounts.read_file(args.file)
    db = open_database(args.db, migrate=False)
    try:
        with db.session() as session:
            result = accounts.import_applications(session, console_user(), data, args.file)
            if result.numbers:  # before the commit: output that cannot be written leaves nothing imported
                write_output("\n".join(result.numbers))
    except accounts.ImportRejected as exc:
        sys.stderr.write(
            translate("cli.accounts_cmd", "ntip: {file}：有 {n} 處錯誤，未匯入任何資料").format(
                file=args.file, n=len(exc.problems)
            )
            + "\n"
        )
        for problem in exc.problems:
            sys.stderr.write(f"{args.file}: {problem}\n")
        return 2
    finally:
        db.dispose()
    sys.stderr.write(
        translate("cli.accounts_cmd", "已匯入 {n} 件申請（業務帳號 {b} 件，教師個人帳號 {t} 件）").format(
            n=len(result.numbers), b=result.business, t=result.teacher
        )
        + "\n"
    )
    return 0
