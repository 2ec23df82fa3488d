"""``ntip hours award``, ``ntip attendance export`` and ``ntip awards list``: hours in the database (docs/cli.md).

``hours award`` is registered beside ``hours compute`` by :mod:`.hours_cmd`; its work is done here.

``hours award`` (one course or ``--all``) runs in one transaction and prints what it did only after the
commit: docs/cli.md's exit 2 means nothing was written, so a course that cannot be awarded leaves every course
as it was. The price is that ``--all`` holds the database's write lock for the whole run (a night job's
matter); running it again changes nothing already awarded. ``--all`` takes the bulk path
(:func:`~ntip_desktop.services.attendance.award_courses`): the same awards, audit entries and lines as
awarding course by course in start order, in one pass; ``--county`` and ``--year`` (beyond docs/cli.md's
contract) narrow it
to one county's courses or one school year.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ntip_desktop.cli.jsonio import write_json, write_listing, write_output
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import AwardStatus
from ntip_desktop.services import attendance
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import open_database


def register(subparsers: argparse._SubParsersAction) -> None:
    att = subparsers.add_parser("attendance", help=translate("cli.hours_db_cmd", "出席紀錄（第10條）"))
    att_sub = att.add_subparsers(dest="attendance_command", required=True)
    export = att_sub.add_parser(
        "export", help=translate("cli.hours_db_cmd", "以 hours compute 的輸入格式匯出課程、報名與缺席紀錄")
    )
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--course", metavar="CODE", help=translate("cli.hours_db_cmd", "課程代碼（含其教師在其他課程的紀錄）")
    )
    which.add_argument("--all", action="store_true", help=translate("cli.hours_db_cmd", "所有已核准或已核發時數的課程"))
    export.add_argument("--json", action="store_true", help=translate("cli.hours_db_cmd", "以 JSON 輸出（唯一的格式）"))
    export.set_defaults(handler=run_export)

    awards = subparsers.add_parser("awards", help=translate("cli.hours_db_cmd", "已核發的研習時數"))
    awards_sub = awards.add_subparsers(dest="awards_command", required=True)
    listing = awards_sub.add_parser("list", help=translate("cli.hours_db_cmd", "列出已核發的研習時數"))
    listing.add_argument("--course", metavar="CODE", help=translate("cli.hours_db_cmd", "只列出此課程"))
    listing.add_argument("--json", action="store_true", help=translate("cli.hours_db_cmd", "以 JSON 輸出"))
    listing.set_defaults(handler=run_list)


def run_award(args: argparse.Namespace) -> int:
    if args.course is not None and (args.county is not None or args.year is not None):
        raise UserError(translate("cli.hours_db_cmd", "--county 與 --year 只能與 --all 併用。"), field="--course")
    db = open_database(args.db, migrate=False)
    user = console_user()
    try:
        with db.session() as session:  # all or nothing, as docs/cli.md's exit 2 promises
            if args.course is not None:
                summaries: Sequence[attendance.AwardSummary] = [
                    attendance.award_course_by_code(session, user, args.course)
                ]
            else:
                ids = attendance.county_year_course_ids(session, args.county, args.year)
                summaries = attendance.award_courses(session, user, ids).courses
            if summaries:  # before the commit: a summary that cannot be written leaves every course as it was
                write_output("\n".join(_summary_line(summary) for summary in summaries))
    finally:
        db.dispose()
    sys.stderr.write(translate("cli.hours_db_cmd", "已核發 {n} 門課程的研習時數").format(n=len(summaries)) + "\n")
    return 0


def _summary_line(s: attendance.AwardSummary) -> str:
    statuses = "、".join(f"{label(AwardStatus(k))} {v}" for k, v in sorted(s.by_status.items()))
    return "\t".join(
        (
            s.course_code,
            translate("cli.hours_db_cmd", "教師 {n} 人").format(n=s.teachers),
            translate("cli.hours_db_cmd", "共 {n} 小時").format(n=s.hours_total),
            statuses or "-",
            translate("cli.hours_db_cmd", "其他課程重算 {n} 筆").format(n=s.other_awards_changed),
            translate("cli.hours_db_cmd", "證明失效 {n} 張").format(n=s.certificates_superseded),
            translate("cli.hours_db_cmd", "規定版本 {v}").format(v=s.rule_set_version),
        )
    )


def run_export(args: argparse.Namespace) -> int:
    db = open_database(args.db, read_only=True)
    try:
        with db.session() as session:
            document = attendance.export_attendance(session, console_user(), None if args.all else args.course)
    finally:
        db.dispose()
    write_json(document)
    return 0


def _as_json(row: attendance.ListedAward) -> dict[str, object]:
    return {
        "teacher": row.teacher,
        "teacher_name": row.teacher_name,
        "course": row.course,
        "hours": row.hours,
        "status": row.status,
        "rule_set": row.rule_set,
        "trace": list(row.trace),
        "computed_at": row.computed_at.isoformat(),
    }


def run_list(args: argparse.Namespace) -> int:
    db = open_database(args.db, read_only=True)
    user = console_user()
    try:
        with db.session() as session:
            if args.course is not None:
                attendance.list_awards(session, user, args.course, limit=0)  # an unknown code: exit 2, no output
            write_listing(
                lambda offset, limit: attendance.list_awards(session, user, args.course, offset=offset, limit=limit),
                as_json=args.json,
                to_json=_as_json,
                to_text=lambda row: "\t".join(
                    (row.teacher, row.teacher_name, row.course, str(row.hours), label(AwardStatus(row.status)))
                ),
            )
    finally:
        db.dispose()
    return 0
