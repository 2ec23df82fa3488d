"""``ntip backup --out FILE`` and ``ntip restore FILE``: a consistent copy of the whole database, both engines
(docs/backup.md).

``backup`` reads the database without writing to it and replaces FILE whole, or leaves it as it was.
``restore`` checks the whole backup before it opens the database (a missing SQLite file is then created),
refuses a database that holds data, and writes all or nothing: exit 2 means nothing was written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ntip_desktop.cli.jsonio import write_output
from ntip_desktop.i18n import translate
from ntip_desktop.services import backup
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import open_database


def register(subparsers: argparse._SubParsersAction) -> None:
    save = subparsers.add_parser(
        "backup", help=translate("cli.backup_cmd", "把整個資料庫備份成一個檔案（SQLite 與 PostgreSQL 皆可還原）")
    )
    save.add_argument(
        "--out", required=True, metavar=translate("cli.backup_cmd", "檔案"), help=translate("cli.backup_cmd", "備份檔")
    )
    save.set_defaults(handler=run_backup)
    load = subparsers.add_parser(
        "restore", help=translate("cli.backup_cmd", "把備份檔還原到 --db 指定的空白資料庫（不存在的 SQLite 檔會新建）")
    )
    load.add_argument("file", metavar=translate("cli.backup_cmd", "檔案"), help=translate("cli.backup_cmd", "備份檔"))
    load.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    db = open_database(args.db, read_only=True)
    try:
        report = backup.backup_database(db, console_user(), Path(args.out))
    finally:
        db.dispose()
    write_output(
        translate("cli.backup_cmd", "已備份 {tables} 個資料表、{rows} 筆資料到 {path}（{seconds:.1f} 秒）").format(
            tables=len(report.manifest.tables), rows=f"{report.manifest.rows:,}", path=args.out, seconds=report.seconds
        )
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    manifest = backup.read_backup(Path(args.file))  # the whole file checked before any database is touched
    backup.check_restorable(manifest)
    db = open_database(args.db)
    try:
        report = backup.restore_database(db, console_user(), Path(args.file))
        where = db.describe()
    finally:
        db.dispose()
    lines = [
        translate("cli.backup_cmd", "已還原 {tables} 個資料表、{rows} 筆資料到{where}（{seconds:.1f} 秒）").format(
            tables=len(manifest.tables), rows=f"{manifest.rows:,}", where=where, seconds=report.seconds
        ),
        translate("cli.backup_cmd", "稽核紀錄完整：{n} 筆").format(n=report.audit.entries),
        *report.audit.notes(),
    ]
    write_output("\n".join(lines))
    return 0
