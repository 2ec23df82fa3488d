"""``ntip audit verify|list``: check the hash chain of the audit log, and read it."""

from __future__ import annotations

import argparse
import sys

from ntip_desktop.cli.jsonio import write_json, write_output
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services import audit
from ntip_desktop.services.db import check_integrity, open_database
from ntip_desktop.services.rules.rocdate import TAIWAN, format_roc_datetime

#: The most entries ``audit list --limit`` takes (more than any office's log holds; the database's integers
#: stop at 2**63, and Python's do not).
MAX_LIMIT = 1_000_000_000


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("audit", help=translate("cli.audit_cmd", "稽核紀錄"))
    sub = parser.add_subparsers(dest="audit_command", required=True)
    verify = sub.add_parser(
        "verify", help=translate("cli.audit_cmd", "驗證稽核紀錄的雜湊鏈：完整時結束碼 0，遭竄改或刪除時為 1")
    )
    verify.set_defaults(handler=run_verify)
    listing = sub.add_parser("list", help=translate("cli.audit_cmd", "列出稽核紀錄（新的在前）"))
    listing.add_argument(
        "--entity", metavar="E", help=translate("cli.audit_cmd", "只列出此類資料，例如 account_application、course")
    )
    listing.add_argument(
        "--limit", metavar="N", type=int, default=50, help=translate("cli.audit_cmd", "最多列出幾筆（預設 50）")
    )
    listing.add_argument("--json", action="store_true", help=translate("cli.audit_cmd", "以 JSON 輸出"))
    listing.set_defaults(handler=run_list)


def run_verify(args: argparse.Namespace) -> int:
    db = open_database(args.db, read_only=True)
    try:
        with db.session() as session:
            report = audit.verify(session)
        if not report.ok:  # a damaged file (SQLite's full check) is exit 2 and said so, not called tampering
            check_integrity(db.engine)
    finally:
        db.dispose()
    if report.ok:
        write_output(translate("cli.audit_cmd", "稽核紀錄完整：{n} 筆").format(n=report.entries))
        return 0
    problem = report.explanation()
    write_output(
        translate("cli.audit_cmd", "稽核紀錄有誤：{problem}。請保留此資料庫（勿再修改）並通知系統管理者。").format(
            problem=problem
        )
    )
    return 1


def run_list(args: argparse.Namespace) -> int:
    if not 1 <= args.limit <= MAX_LIMIT:
        raise UserError(
            translate("cli.audit_cmd", "筆數須為 1 到 {max} 的整數").format(max=f"{MAX_LIMIT:,}"), field="--limit"
        )
    db = open_database(args.db, read_only=True)
    try:
        with db.session() as session:
            rows = audit.list_entries(session, audit.AuditFilter(entity=args.entity), limit=args.limit)
    finally:
        db.dispose()
    if args.json:
        write_json(
            [
                {
                    "seq": r.seq,
                    "at": r.at.isoformat(),
                    "actor": r.actor_name,
                    "source": r.source,
                    "entity": r.entity,
                    "entity_id": r.entity_id,
                    "action": r.action,
                    "old": r.old,
                    "new": r.new,
                    "reason": r.reason,
                }
                for r in rows
            ]
        )
        return 0
    lines = [
        "\t".join(
            (
                str(r.seq),
                format_roc_datetime(r.at.astimezone(TAIWAN)),
                r.actor_name,
                r.source,
                r.entity,
                r.entity_id,
                r.action,
                r.reason,
            )
        )
        for r in rows
    ]
    if lines:
        write_output("\n".join(lines))
    else:
        sys.stderr.write(translate("cli.audit_cmd", "沒有符合的稽核紀錄。") + "\n")
    return 0
