"""``ntip db upgrade|info``: create or migrate the database, and say where it stands."""

from __future__ import annotations

import argparse
import unicodedata

from sqlalchemy import func, inspect, select, table

from ntip_desktop.cli.jsonio import write_json, write_output
from ntip_desktop.i18n import translate
from ntip_desktop.labels import TABLE_LABELS, table_label
from ntip_desktop.models import Base
from ntip_desktop.services.db import (
    Database,
    check_integrity,
    database_file_exists,
    missing_database,
    resolve_url,
    schema_status,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    db = subparsers.add_parser("db", help=translate("cli.db_cmd", "資料庫：建立、升級、查看狀態"))
    sub = db.add_subparsers(dest="db_command", required=True)
    upgrade = sub.add_parser(
        "upgrade", help=translate("cli.db_cmd", "建立或升級資料庫結構（可重複執行；SQLite 升級前先備份）")
    )
    upgrade.set_defaults(handler=run_upgrade)
    info = sub.add_parser("info", help=translate("cli.db_cmd", "顯示資料庫位置、結構版本與各資料表筆數"))
    info.add_argument("--json", action="store_true", help=translate("cli.db_cmd", "以 JSON 輸出"))
    info.set_defaults(handler=run_info)


def run_upgrade(args: argparse.Namespace) -> int:
    db = Database(args.db)
    try:
        result = db.upgrade()
    finally:
        db.dispose()
    where = db.describe()
    if not result.changed:
        write_output(
            translate("cli.db_cmd", "{where}已是最新版本（{rev}），不需升級。").format(
                where=where, rev=result.to_revision
            )
        )
        return 0
    if result.from_revision is None:
        write_output(
            translate("cli.db_cmd", "{where}已建立：（空白）→ {new}").format(where=where, new=result.to_revision)
        )
    else:
        write_output(
            translate("cli.db_cmd", "{where}已升級：{old} → {new}").format(
                where=where, old=result.from_revision, new=result.to_revision
            )
        )
    if result.backup is not None:
        write_output(translate("cli.db_cmd", "升級前的備份：{path}").format(path=result.backup))
    return 0


def run_info(args: argparse.Namespace) -> int:
    url = resolve_url(args.db)
    if not database_file_exists(url):  # opening it would create it (and its folder)
        raise missing_database(url)
    db = Database(url, read_only=True)
    try:
        status = schema_status(db.engine)
        check_integrity(db.engine, quick=True)
        with db.engine.connect() as conn:
            version = conn.exec_driver_sql(
                "SELECT sqlite_version()" if db.dialect == "sqlite" else "SHOW server_version"
            ).scalar()
            present = set(inspect(conn).get_table_names())
            names = [n for n in TABLE_LABELS if n in present]
            names += sorted(
                t.name
                for t in Base.metadata.sorted_tables
                if t.name in present and t.name not in TABLE_LABELS and t.name != "audit_head"
            )
            counts = {n: conn.execute(select(func.count()).select_from(table(n))).scalar_one() for n in names}
    finally:
        db.dispose()
    engine = f"{'SQLite' if db.dialect == 'sqlite' else 'PostgreSQL'} {version}"
    if args.json:
        write_json(
            {
                "database": db.describe(),
                "engine": engine,
                "revision": status.current,
                "head": status.head,
                "up_to_date": status.up_to_date,
                "tables": counts,
            }
        )
        return 0
    if status.current is None:
        revision = translate("cli.db_cmd", "尚未建立（請執行「ntip db upgrade」）")
    elif status.up_to_date:
        revision = translate("cli.db_cmd", "{rev}（最新）").format(rev=status.current)
    else:
        revision = translate("cli.db_cmd", "{rev}（需升級至 {head}：請執行「ntip db upgrade」）").format(
            rev=status.current, head=status.head
        )
    lines = [
        translate("cli.db_cmd", "資料庫：{where}").format(where=db.describe()),
        translate("cli.db_cmd", "種類：{engine}").format(engine=engine),
        translate("cli.db_cmd", "結構版本：{revision}").format(revision=revision),
    ]
    if counts:
        lines.append(translate("cli.db_cmd", "各資料表筆數："))
        width = max(display_width(table_label(n)) for n in counts)
        lines += [f"  {pad(table_label(n), width)}  {counts[n]:>12,}  {n}" for n in counts]
    write_output("\n".join(lines))
    return 0


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    return text + " " * max(width - display_width(text), 0)
