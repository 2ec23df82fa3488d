"""``ntip audit verify|checkpoint|list``: check the audit log (hash chain, key codes, a paper checkpoint),
take a checkpoint for the office's paper file, and read the log."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ntip_desktop.cli.jsonio import write_json, write_output
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services import audit
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import check_integrity, open_database
from ntip_desktop.services.files import write_atomically
from ntip_desktop.services.rules.rocdate import TAIWAN, format_roc_datetime, roc_moment

#: The most entries ``audit list --limit`` takes (more than any office's log holds; the database's integers
#: stop at 2**63, and Python's do not).
MAX_LIMIT = 1_000_000_000


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("audit", help=translate("cli.audit_cmd", "稽核紀錄"))
    sub = parser.add_subparsers(dest="audit_command", required=True)
    verify = sub.add_parser(
        "verify",
        help=translate(
            "cli.audit_cmd", "驗證稽核紀錄的雜湊鏈與金鑰驗證碼：完整時結束碼 0，遭竄改、刪除或與檢查點不符時為 1"
        ),
    )
    verify.add_argument(
        "--checkpoint",
        metavar=translate("cli.audit_cmd", "檔案或文字"),
        help=translate(
            "cli.audit_cmd",
            "與 ntip audit checkpoint 建立的檢查點比對（檔名，或其以 NTIP-AUDIT-CHECKPOINT 開頭的一行）",
        ),
    )
    verify.set_defaults(handler=run_verify)
    checkpoint = sub.add_parser(
        "checkpoint",
        help=translate("cli.audit_cmd", "驗證稽核紀錄後，印出目前的檢查點（序號、雜湊與驗證碼），供列印歸檔"),
    )
    checkpoint.add_argument(
        "--out", metavar=translate("cli.audit_cmd", "檔案"), help=translate("cli.audit_cmd", "另將檢查點寫入此檔")
    )
    checkpoint.set_defaults(handler=run_checkpoint)
    listing = sub.add_parser("list", help=translate("cli.audit_cmd", "列出稽核紀錄（新的在前）"))
    listing.add_argument(
        "--entity", metavar="E", help=translate("cli.audit_cmd", "只列出此類資料，例如 account_application、course")
    )
    listing.add_argument(
        "--limit", metavar="N", type=int, default=50, help=translate("cli.audit_cmd", "最多列出幾筆（預設 50）")
    )
    listing.add_argument("--json", action="store_true", help=translate("cli.audit_cmd", "以 JSON 輸出"))
    listing.set_defaults(handler=run_list)


def _read_checkpoint(value: str) -> audit.Checkpoint:
    """``--checkpoint``: a file's text when ``value`` names a file, else ``value`` itself."""
    text = value
    if audit.CHECKPOINT_MARK not in value:
        path = Path(value).expanduser()
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            raise UserError(translate("cli.audit_cmd", "找不到檢查點檔案"), field="--checkpoint") from None
        except OSError as exc:
            raise UserError(
                translate("cli.audit_cmd", "無法讀取檢查點檔案：{error}").format(error=exc.strerror or exc),
                field="--checkpoint",
            ) from None
    return audit.parse_checkpoint(text)


def _broken(report: audit.ChainReport) -> int:
    write_output(
        translate("cli.audit_cmd", "稽核紀錄有誤：{problem}。請保留此資料庫（勿再修改）並通知系統管理者。").format(
            problem=report.explanation()
        )
    )
    return 1


def run_verify(args: argparse.Namespace) -> int:
    against = _read_checkpoint(args.checkpoint) if args.checkpoint else None
    db = open_database(args.db, read_only=True)
    try:
        with db.session() as session:
            report = audit.verify(session, console_user(), checkpoint=against)
        if not report.ok:  # a damaged file (SQLite's full check) is exit 2 and said so, not called tampering
            check_integrity(db.engine)
    finally:
        db.dispose()
    if not report.ok:
        return _broken(report)
    lines = [translate("cli.audit_cmd", "稽核紀錄完整：{n} 筆").format(n=report.entries), *report.notes()]
    write_output("\n".join(lines))
    return 0


def run_checkpoint(args: argparse.Namespace) -> int:
    db = open_database(args.db, read_only=True)
    try:
        with db.session() as session:
            taken = audit.checkpoint(session, console_user())
    except audit.BrokenChain as exc:
        return _broken(exc.report)
    finally:
        db.dispose()
    text = "\n".join(
        [
            translate("cli.audit_cmd", "NTIP Desk 稽核紀錄檢查點"),
            translate("cli.audit_cmd", "資料庫：{db}").format(db=db.describe()),
            translate("cli.audit_cmd", "建立時間：{at}").format(at=roc_moment(taken.taken_at)),
            translate("cli.audit_cmd", "紀錄筆數（最後序號）：{seq}").format(seq=taken.seq),
            translate("cli.audit_cmd", "簽發的金鑰：{key}").format(key=taken.key_id),
            translate(
                "cli.audit_cmd", "請列印本頁、簽名後歸檔。日後驗證：ntip audit verify --checkpoint 本檔（或下面一行）"
            ),
            taken.line(),
        ]
    )
    if args.out:
        write_atomically(Path(args.out), (text + "\n").encode("utf-8"), field="--out")
    write_output(text)
    return 0


def run_list(args: argparse.Namespace) -> int:
    if not 1 <= args.limit <= MAX_LIMIT:
        raise UserError(
            translate("cli.audit_cmd", "筆數須為 1 到 {max} 的整數").format(max=f"{MAX_LIMIT:,}"), field="--limit"
        )
    db = open_database(args.db, read_only=True)
    try:
        with db.session() as session:
            rows = audit.list_entries(session, console_user(), audit.AuditFilter(entity=args.entity), limit=args.limit)
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
