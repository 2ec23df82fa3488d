"""``ntip package export|verify|import`` (docs/cli.md), and beyond the contract ``identity`` and ``trust``:
report packages between a coordinator's laptop and the office (docs/packages.md); ``starter`` (the office
writes a school computer's signed starter file), ``start`` (the school computer's first start from it) and
``refresh`` (a school computer in use takes the office's decisions from a newer one).

``import`` writes its JSON before the commit: a result that cannot be written imports nothing.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ntip_desktop.cli.jsonio import write_json, write_output
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services import packages
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import open_database

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def register(subparsers: argparse._SubParsersAction) -> None:
    package = subparsers.add_parser(
        "package", help=translate("cli.package_cmd", "傳報檔：學校離線資料的匯出、驗證與匯入")
    )
    sub = package.add_subparsers(dest="package_command", required=True)

    export = sub.add_parser(
        "export", help=translate("cli.package_cmd", "將單位一個月（或一段期間）的課程、報名與出席匯出為簽章的傳報檔")
    )
    export.add_argument("--org", metavar="ORG", required=True, help=translate("cli.package_cmd", "機關代碼"))
    export.add_argument(
        "--month", metavar="YYYY-MM", required=True, help=translate("cli.package_cmd", "月份（西元），例如 2026-10")
    )
    export.add_argument(
        "--through",
        metavar="YYYY-MM",
        help=translate("cli.package_cmd", "匯出到此月份為止（含），省略時只匯出 --month 一個月"),
    )
    export.add_argument("--out", metavar="FILE", required=True, help=translate("cli.package_cmd", "輸出的傳報檔"))
    export.set_defaults(handler=run_export)

    verify = sub.add_parser(
        "verify",
        help=translate("cli.package_cmd", "驗證傳報檔的簽章與雜湊值：通過時結束碼 0，不符時 1，不是傳報檔時 2"),
    )
    verify.add_argument("file", metavar="FILE", help=translate("cli.package_cmd", "傳報檔"))
    verify.set_defaults(handler=run_verify)

    take = sub.add_parser(
        "import", help=translate("cli.package_cmd", "驗證後匯入傳報檔（全部或全不）；同一檔案匯入兩次不會改變任何資料")
    )
    take.add_argument("file", metavar="FILE", help=translate("cli.package_cmd", "傳報檔"))
    take.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli.package_cmd", "只預覽：以 JSON 印出新增、修改、衝突的筆數，不寫入"),
    )
    take.set_defaults(handler=run_import)

    ident = sub.add_parser(
        "identity", help=translate("cli.package_cmd", "印出本機的安裝識別與公開金鑰，交給區管中心登錄")
    )
    ident.set_defaults(handler=run_identity)

    trust = sub.add_parser("trust", help=translate("cli.package_cmd", "登錄學校電腦的公開金鑰，接受其傳報檔"))
    trust.add_argument(
        "key",
        metavar="FILE|KEY",
        help=translate("cli.package_cmd", "ntip package identity 輸出的檔案，或其以 NTIP-INSTALLATION 開頭的一行"),
    )
    trust.add_argument(
        "--org", metavar="ORG", required=True, help=translate("cli.package_cmd", "此電腦所屬單位的機關代碼")
    )
    trust.add_argument("--note", default="", help=translate("cli.package_cmd", "備註（承辦人、電腦）"))
    trust.set_defaults(handler=run_trust)

    starter = sub.add_parser(
        "starter",
        help=translate("cli.package_cmd", "製作學校電腦的學校設定檔（單位、承辦人帳號、教師與課程資料，附本機簽章）"),
    )
    starter.add_argument("--org", metavar="ORG", required=True, help=translate("cli.package_cmd", "機關代碼"))
    starter.add_argument(
        "--login", metavar="LOGIN", required=True, help=translate("cli.package_cmd", "該校學校研習承辦人的帳號")
    )
    starter.add_argument("--out", metavar="FILE", required=True, help=translate("cli.package_cmd", "輸出的學校設定檔"))
    starter.set_defaults(handler=run_starter)

    start = sub.add_parser(
        "start",
        help=translate(
            "cli.package_cmd", "在全新的資料庫上以學校設定檔開始（學校電腦）：建立單位資料與承辦人帳號，並設定密碼"
        ),
    )
    start.add_argument("file", metavar="FILE", help=translate("cli.package_cmd", "區管中心給的學校設定檔"))
    start.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("cli.package_cmd", "從標準輸入讀取新密碼（一行），不在終端機上詢問"),
    )
    start.set_defaults(handler=run_start)

    refresh = sub.add_parser(
        "refresh",
        help=translate(
            "cli.package_cmd",
            "以區管中心較新的學校設定檔更新學校電腦：課程的審核狀態，以及區管中心代為建立的課程（學校自己的資料不變）",
        ),
    )
    refresh.add_argument("file", metavar="FILE", help=translate("cli.package_cmd", "區管中心給的學校設定檔"))
    refresh.set_defaults(handler=run_refresh)


def _month(text: str, field: str) -> tuple[int, int]:
    found = _MONTH.match(text.strip())
    if found is None or not 1 <= int(found[2]) <= 12:
        raise UserError(translate("cli.package_cmd", "月份須寫成 YYYY-MM，例如 2026-10"), field=field)
    return int(found[1]), int(found[2])


def run_export(args: argparse.Namespace) -> int:
    first = _month(args.month, "--month")
    last = _month(args.through, "--through") if args.through else first
    period = packages.Period.of((first, last))
    db = open_database(args.db, read_only=True)
    try:
        with db.session() as session:
            done = packages.export_package(session, console_user(), args.org, period, args.out)
    finally:
        db.dispose()
    write_json(
        {
            "file": str(done.path),
            "sha256": done.sha256,
            "organization": done.organization_code,
            "period": {"from": done.period[0], "to": done.period[1]},
            "installation": done.installation_id,
            "counts": done.counts,
        }
    )
    return 0


def run_verify(args: argparse.Namespace) -> int:
    db = open_database(args.db, read_only=True)
    try:
        with db.session() as session:
            report = packages.verify_package(session, console_user(), args.file)
    finally:
        db.dispose()
    if report.ok:
        result = translate("cli.package_cmd", "通過")
    elif not report.trusted and len(report.problems) == 1:
        result = translate("cli.package_cmd", "無法核對（簽署的安裝未登錄）")
    else:
        result = translate("cli.package_cmd", "不符")
    names = (
        translate("cli.package_cmd", "單位"),
        translate("cli.package_cmd", "期間"),
        translate("cli.package_cmd", "安裝識別"),
        "SHA-256",
        translate("cli.package_cmd", "結果"),
    )
    values = (
        f"{report.organization_code} {report.organization_name}",
        f"{report.period[0]} – {report.period[1]}",
        report.installation_id,
        report.sha256,
        result,
    )
    lines = [f"{name}\t{value}" for name, value in zip(names, values)]
    write_output("\n".join(lines))
    for problem in report.problems:
        sys.stderr.write(problem + "\n")
    return 0 if report.ok else 1


def _preview_json(preview: packages.Preview, applied: int | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        **preview.counts(),
        "sha256": preview.sha256,
        "organization": preview.organization_code,
        "period": {"from": preview.period[0], "to": preview.period[1]},
        "new_teachers": preview.new_teachers,
        "locked_months": list(preview.locked_months),
        "conflicts": [asdict(c) for c in preview.conflicts],
    }
    if applied is not None:
        out["applied"] = applied
    return out


def run_import(args: argparse.Namespace) -> int:
    if args.dry_run:
        db = open_database(args.db, read_only=True)
        try:
            with db.session() as session:
                preview = packages.preview_import(session, console_user(), args.file)
        finally:
            db.dispose()
        write_json(_preview_json(preview))
        return 1 if preview.conflicts else 0
    db = open_database(args.db, migrate=False)
    try:
        with db.session() as session:
            done = packages.import_package(session, console_user(), args.file)
            write_json(_preview_json(done.preview, done.applied))  # before the commit
    finally:
        db.dispose()
    if done.preview.already_applied:
        sys.stderr.write(translate("cli.package_cmd", "此傳報檔已匯入過，未改變任何資料。") + "\n")
    else:
        sys.stderr.write(translate("cli.package_cmd", "已匯入 {n} 筆。").format(n=done.applied) + "\n")
        if done.deleted:
            sys.stderr.write(translate("cli.package_cmd", "已刪除學校已刪除的 {n} 筆。").format(n=done.deleted) + "\n")
    if done.preview.conflicts:
        sys.stderr.write(
            translate(
                "cli.package_cmd", "有 {n} 筆雙方都修改過的資料未覆蓋（見 conflicts），請與學校確認後處理。"
            ).format(n=len({c.record_id for c in done.preview.conflicts}))
            + "\n"
        )
        return 1
    return 0


def run_identity(args: argparse.Namespace) -> int:
    write_output(packages.installation_line())
    return 0


def run_trust(args: argparse.Namespace) -> int:
    text = args.key
    if "NTIP-INSTALLATION" not in text:
        try:
            text = Path(text).expanduser().read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            raise UserError(translate("cli.package_cmd", "找不到檔案"), field="FILE|KEY") from None
        except OSError as exc:
            raise UserError(
                translate("cli.package_cmd", "無法讀取檔案：{error}").format(error=exc.strerror or exc),
                field="FILE|KEY",
            ) from None
    db = open_database(args.db, migrate=False)
    try:
        with db.session() as session:
            done = packages.trust_installation(session, console_user(), text, args.org, note=args.note)
            write_output(
                (
                    translate("cli.package_cmd", "已登錄安裝 {id} 為{org}（{code}）的傳報來源。")
                    if done.created
                    else translate("cli.package_cmd", "安裝 {id} 已登錄為{org}（{code}）的傳報來源，未變更。")
                ).format(id=done.installation_id, org=done.organization_name, code=done.organization_code)
            )
    finally:
        db.dispose()
    return 0


def run_starter(args: argparse.Namespace) -> int:
    db = open_database(args.db, migrate=False)
    try:
        with db.session() as session:
            done = packages.export_starter(
                session, console_user(), org_code=args.org, coordinator_login=args.login, out_path=args.out
            )
            write_json(
                {
                    "file": str(done.path),
                    "sha256": done.sha256,
                    "organization": done.organization_code,
                    "coordinator": done.coordinator_login,
                    "installation": done.installation_id,
                    "fingerprint": done.fingerprint,
                    "counts": done.counts,
                }
            )  # before the commit
    finally:
        db.dispose()
    sys.stderr.write(
        translate(
            "cli.package_cmd", "請將本機金鑰指紋 {fingerprint} 另行告知{org}的承辦人，供其在學校電腦上核對。"
        ).format(fingerprint=done.fingerprint, org=done.organization_name)
        + "\n"
    )
    return 0


def _new_password(from_stdin: bool) -> str:
    """The coordinator's new password: one line of standard input, or asked twice on the terminal."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UserError(
            translate("cli.package_cmd", "沒有終端機可詢問密碼：請以 --password-stdin 從標準輸入提供新密碼。"),
            field="--password-stdin",
        )
    import getpass

    first = getpass.getpass(translate("cli.package_cmd", "新密碼："))
    second = getpass.getpass(translate("cli.package_cmd", "再輸入一次新密碼："))
    if first != second:
        raise UserError(translate("cli.package_cmd", "兩次輸入的密碼不一致，未寫入任何資料。"), field="password")
    return first


def run_start(args: argparse.Namespace) -> int:
    contents = packages.read_starter(args.file)
    sys.stderr.write(
        translate(
            "cli.package_cmd",
            "學校設定檔：{org}（{code}），承辦人帳號 {login}（{name}）。\n"
            "區管中心金鑰指紋：{fingerprint}\n請與區管中心告知的指紋逐組核對；不符時請勿使用此檔。",
        ).format(
            org=contents.organization_name,
            code=contents.organization_code,
            login=contents.coordinator_login,
            name=contents.coordinator_name,
            fingerprint=contents.fingerprint,
        )
        + "\n"
    )
    password = _new_password(args.password_stdin)
    db = open_database(args.db)
    try:
        with db.session() as session:
            user = packages.start_from_starter(session, args.file, password=password)
            write_json(
                {
                    "organization": contents.organization_code,
                    "coordinator": user.login,
                    "installation": contents.installation_id,
                    "fingerprint": contents.fingerprint,
                    "sha256": contents.sha256,
                    "counts": contents.counts,
                }
            )  # before the commit
    finally:
        db.dispose()
    sys.stderr.write(
        translate("cli.package_cmd", "已建立{org}的資料與承辦人帳號 {login}；請以此帳號與剛設定的密碼登入。").format(
            org=contents.organization_name, login=user.login
        )
        + "\n"
    )
    return 0


def run_refresh(args: argparse.Namespace) -> int:
    db = open_database(args.db, migrate=False)
    try:
        with db.session() as session:
            done = packages.refresh_from_starter(session, console_user(), args.file)
            write_json(
                {
                    "organization": done.organization_code,
                    "sha256": done.sha256,
                    "created_at": done.created_at,
                    "updated": done.updated,
                    "added": done.added,
                    "teachers_added": done.teachers_added,
                    "state_changes": [
                        {"code": c.code, "old_state": c.old_state.value, "new_state": c.new_state.value}
                        for c in done.state_changes
                    ],
                    "skipped": list(done.skipped),
                }
            )  # before the commit
    finally:
        db.dispose()
    sys.stderr.write(
        translate("cli.package_cmd", "已更新 {updated} 門課程的審核狀態，新增 {added} 門課程。").format(
            updated=done.updated, added=done.added
        )
        + "\n"
    )
    return 0
