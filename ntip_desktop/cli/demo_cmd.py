"""``ntip demo seed [--scale small|county]``: fill an empty database with the demo data set."""

from __future__ import annotations

import argparse
import sys
import time

from sqlalchemy import select

from ntip_desktop.cli.db_cmd import display_width, pad
from ntip_desktop.cli.jsonio import write_output
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label, table_label
from ntip_desktop.models import DistrictCenter, OfficeUser, Organization
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database
from ntip_desktop.services.demo import DEMO_PASSWORD, DEMO_USERS, SCALES, SeedReport, seed


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser("demo", help=translate("cli.demo_cmd", "示範資料"))
    sub = demo.add_subparsers(dest="demo_command", required=True)
    seed_cmd = sub.add_parser(
        "seed",
        help=translate(
            "cli.demo_cmd", "在空白資料庫建立示範資料（22 縣市、學校、教師、研習、出席、帳號申請與示範使用者）"
        ),
    )
    seed_cmd.add_argument(
        "--scale",
        choices=sorted(SCALES),
        default="small",
        help=translate(
            "cli.demo_cmd",
            "small：約 2,000 位教師、200 門研習（數秒）；county：約 40,000 位教師、100 萬筆出席（效能量測）",
        ),
    )
    seed_cmd.add_argument(
        "--seed", type=int, default=20261125, help=translate("cli.demo_cmd", "亂數種子：同一種子產生相同的資料")
    )
    seed_cmd.set_defaults(handler=run_seed)


class _TerminalProgress:
    """One line on stderr, rewritten at most ten times a second."""

    def __init__(self) -> None:
        self._last = 0.0
        self._shown = False

    def __call__(self, done: int, total: int, label: str) -> None:
        now = time.monotonic()
        if now - self._last < 0.1 and done < total:
            return
        self._last = now
        percent = 100 * done // total if total else 100
        sys.stderr.write(
            "\r"
            + translate("cli.demo_cmd", "建立示範資料：{percent:3d}%（{done:,} 筆）{label}").format(
                percent=percent, done=done, label=label
            )
            + "\033[K"
        )
        sys.stderr.flush()
        self._shown = True

    def finish(self) -> None:
        if self._shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def run_seed(args: argparse.Namespace) -> int:
    db = Database(args.db)
    progress = _TerminalProgress() if sys.stderr.isatty() else None
    try:
        upgraded = db.upgrade()
        if upgraded.changed:
            sys.stderr.write(
                translate("cli.demo_cmd", "{where}已建立或升級至 {rev}").format(
                    where=db.describe(), rev=upgraded.to_revision
                )
                + "\n"
            )
        try:
            report = seed(db, args.scale, progress=progress, rng_seed=args.seed, actor=console_user().actor())
        finally:
            if progress is not None:
                progress.finish()
        users = _demo_users(db)
    finally:
        db.dispose()
    write_output(_summary(report, db.describe(), users))
    return 0


def _demo_users(db: Database) -> list[str]:
    with db.session() as s:
        rows = s.execute(
            select(OfficeUser.login, OfficeUser.role, Organization.name, DistrictCenter.name)
            .outerjoin(Organization, Organization.id == OfficeUser.organization_id)
            .outerjoin(DistrictCenter, DistrictCenter.id == OfficeUser.district_center_id)
            .where(OfficeUser.login.in_([login for login, _, _ in DEMO_USERS]))
        ).all()
    order = {login: i for i, (login, _, _) in enumerate(DEMO_USERS)}
    return [
        f"  {pad(login, 12)}{label(role)}" + (f"（{org or center}）" if org or center else "")
        for login, role, org, center in sorted(rows, key=lambda r: order[r[0]])
    ]


def _summary(report: SeedReport, where: str, users: list[str]) -> str:
    labels = {name: table_label(name) for name in report.counts}
    width = max(display_width(label) for label in labels.values())
    lines = [
        translate("cli.demo_cmd", "已在{where}建立示範資料（規模 {scale}，亂數種子 {seed}）：").format(
            where=where, scale=report.scale, seed=report.rng_seed
        )
    ]
    for name, count in report.counts.items():
        lines.append(f"  {pad(labels[name], width)}  {count:>10,}  {name}")
    lines.append(
        translate("cli.demo_cmd", "合計 {rows:,} 筆，耗時 {seconds:.1f} 秒（每秒 {rate:,.0f} 筆）").format(
            rows=report.total_rows, seconds=report.seconds, rate=report.rows_per_second
        )
    )
    lines.append(translate("cli.demo_cmd", "示範使用者（密碼皆為 {password}）：").format(password=DEMO_PASSWORD))
    lines += users
    return "\n".join(lines)
