"""The review queue as an XLSX workbook: one row per course, one column per check with its outcome in force.

The caller passes the ids of the courses to export (the queue as filtered) and a line describing the
filter, which is written at the top so that a printed or mailed workbook says what it lists. Every course
is checked against the user's scope (``sheets.may_view``: the reviewing unit, the organiser's side, the
administrator); one outside it refuses the whole export and nothing is written. The workbook is built in
openpyxl's write-only mode (rows streamed, not kept as cell objects) and saved whole or not at all
(``services.files.write_atomically``).
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import Course, CourseReview, Organization
from ntip_desktop.models.base import utcnow
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.courses.access import units_of
from ntip_desktop.services.courses.sheets import may_view
from ntip_desktop.services.files import write_atomically
from ntip_desktop.services.rules import checklist
from ntip_desktop.services.rules.rocdate import format_roc, local_today, roc_moment

#: Courses read per query.
_CHUNK = 500

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ExportedQueue:
    path: Path
    rows: int
    message: str


def _when(moment: datetime) -> str:
    return f"{format_roc(moment.date(), 'short')} {moment:%H:%M}"


def _columns() -> list[str]:
    fixed = [
        translate("courses", "課程代碼"),
        translate("courses", "研習名稱"),
        translate("courses", "主辦單位"),
        translate("courses", "縣市"),
        translate("courses", "開始"),
        translate("courses", "結束"),
        translate("courses", "狀態"),
    ]
    return fixed + [f"{article}\n{check_id}" for check_id, article in checklist.CHECK_IDS]


def _rows(
    session: Session, user: CurrentUser, ids: Sequence[uuid.UUID], progress: Progress | None
) -> list[list[object]]:
    """The rows of the courses, in order; UserError or PermissionDenied before anything is written."""
    units = units_of(session, user)
    not_yet = translate("courses", "（未檢核）")
    check_ids = [check_id for check_id, _article in checklist.CHECK_IDS]
    rows: list[list[object]] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found = {
            c.id: c
            for c in session.execute(
                select(Course)
                .where(Course.id.in_(chunk))
                .options(selectinload(Course.organizer).selectinload(Organization.county))
            ).scalars()
        }
        missing = [str(i) for i in chunk if i not in found]
        if missing:
            raise UserError(translate("courses", "查無課程 {code}。").format(code=missing[0]), field="course_ids")
        outside = [found[i] for i in chunk if not may_view(user, units, found[i])]
        if outside:
            raise PermissionDenied(
                translate("courses", "課程 {codes} 不在您的範圍（{scope}），不能匯出；未寫入任何檔案。").format(
                    codes="、".join(c.code for c in outside[:5]), scope=user.scope_label
                )
            )
        reviews = {
            r.course_id: {i.check_id: i.outcome for i in r.items}
            for r in session.execute(
                select(CourseReview).where(CourseReview.course_id.in_(chunk)).options(selectinload(CourseReview.items))
            ).scalars()
        }
        for cid in chunk:
            course = found[cid]
            org = course.organizer
            outcomes = reviews.get(cid)
            row: list[object] = [
                course.code,
                course.title,
                org.name,
                org.county.name if org.county else "",
                _when(course.start_at),
                _when(course.end_at),
                label(course.state),
            ]
            if outcomes is None:
                row += [not_yet] * len(check_ids)
            else:
                row += [label(outcomes[c]) if c in outcomes else not_yet for c in check_ids]
            rows.append(row)
        if progress is not None:
            progress(min(start + _CHUNK, len(ids)), len(ids), translate("courses", "匯出課程清單"))
    return rows


def export_courses_xlsx(
    session: Session,
    user: CurrentUser,
    course_ids: Sequence[uuid.UUID],
    path: Path,
    *,
    heading: str,
    progress: Progress | None = None,
) -> ExportedQueue:
    """Write the courses ``course_ids`` (in that order) to ``path`` as an XLSX workbook; ``heading``
    describes the filter that chose them. PermissionDenied (nothing written) if one is outside scope."""
    # openpyxl is imported here, not at module level: the desk and ``ntip`` start without it.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ids = list(course_ids)
    rows = _rows(session, user, ids, progress)
    book = Workbook(write_only=True)
    title = translate("courses", "課程審核清單")
    sheet = book.create_sheet(title)
    bold = Font(bold=True)

    def cell(value: object, *, strong: bool = False, wrap: bool = False) -> object:
        c = WriteOnlyCell(sheet, value=value)
        if strong:
            c.font = bold
        if wrap:
            c.alignment = Alignment(wrap_text=True, vertical="top")
        return c

    widths = [12, 36, 28, 8, 16, 16, 10] + [12] * len(checklist.CHECK_IDS)
    for n, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(n + 1)].width = width
    sheet.freeze_panes = "C6"
    shown_heading = heading or translate("courses", "全部")
    sheet.append([cell(title, strong=True)])
    sheet.append([cell(translate("courses", "篩選條件：{heading}").format(heading=shown_heading))])
    sheet.append(
        [
            translate("courses", "共 {n} 門課程；匯出者：{who}；匯出時間：{when}").format(
                n=len(rows), who=user.display_name, when=roc_moment(utcnow())
            )
        ]
    )
    sheet.append([])
    sheet.append([cell(c, strong=True, wrap=True) for c in _columns()])
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(Path(path), buffer.getvalue())
    return ExportedQueue(
        Path(path),
        len(rows),
        translate("courses", "已匯出 {n} 門課程至 {path}（{date}）").format(
            n=len(rows), path=Path(path).name, date=format_roc(local_today())
        ),
    )
