"""``ntip courses list|check``: stored courses and their review checklist from the command line (docs/cli.md)."""

from __future__ import annotations

import argparse
import json

from ntip_desktop.cli.jsonio import write_listing, write_output
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import CourseState
from ntip_desktop.services import courses
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import open_database


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("courses", help=translate("courses", "研習課程與課程審核（第7至12條）"))
    sub = parser.add_subparsers(dest="courses_command", required=True)

    listing = sub.add_parser("list", help=translate("courses", "列出研習課程"))
    listing.add_argument(
        "--state", choices=[s.value for s in CourseState], help=translate("courses", "只列出此狀態的課程")
    )
    listing.add_argument("--awarded", action="store_true", help=translate("courses", "只列出已存有核發時數紀錄的課程"))
    listing.add_argument("--json", action="store_true", help=translate("courses", "以 JSON 輸出"))
    listing.set_defaults(handler=run_list)

    check = sub.add_parser("check", help=translate("courses", "列出已登錄課程的審核檢核結果；有未通過項目時結束碼為 1"))
    check.add_argument("code", metavar="CODE", help=translate("courses", "課程代碼"))
    check.add_argument("--json", action="store_true", help=translate("courses", "以 JSON 輸出（同 review check）"))
    check.set_defaults(handler=run_check)


def _as_json(row: courses.ListedCourse) -> dict[str, object]:
    return {
        "code": row.code,
        "title": row.title,
        "session_label": row.session_label,
        "state": row.state.value,
        "start": row.start.isoformat(timespec="minutes"),
        "end": row.end.isoformat(timespec="minutes"),
        "organizer": row.organizer,
        "organizer_code": row.organizer_code,
        "county": row.county,
        "review_unit": row.review_unit,
    }


def run_list(args: argparse.Namespace) -> int:
    db = open_database(args.db, read_only=True)
    state = CourseState(args.state) if args.state else None
    try:
        with db.session() as session:
            write_listing(
                lambda offset, limit: courses.listed_courses(
                    session, console_user(), state=state, awarded_only=args.awarded, offset=offset, limit=limit
                ),
                as_json=args.json,
                to_json=_as_json,
                to_text=lambda row: "\t".join((row.code, label(row.state), row.title, row.organizer)),
            )
    finally:
        db.dispose()
    return 0


def run_check(args: argparse.Namespace) -> int:
    db = open_database(args.db, read_only=True)
    try:
        with db.session() as session:
            lines = courses.stored_checklist(session, console_user(), args.code)
    finally:
        db.dispose()
    if args.json:
        checks = [
            {
                "id": c.id,
                "article": c.article,
                "outcome": c.outcome,
                "auto_outcome": c.auto_outcome,
                "message": c.message,
            }
            for c in lines
        ]
        write_output(json.dumps({"checks": checks}, ensure_ascii=False, indent=1))  # as ``review check`` prints
    else:
        write_output("\n".join(f"{c.id}\t{c.outcome}\t{c.message}" for c in lines))
    return 1 if any(c.outcome == "fail" for c in lines) else 0
