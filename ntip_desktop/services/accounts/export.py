"""The fax desk's queue as an XLSX workbook: the applications the filter shows, in the queue's order.

The rows are the user's own queue (``list_applications`` applies the scope: the clerk's district, the
coordinator's school), read page by page; the workbook is written whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from ntip_desktop.i18n import translate
from ntip_desktop.services.accounts.labels import kind_label, purpose_label, state_label, subtype_label
from ntip_desktop.services.accounts.queries import ApplicationFilter, count_applications, list_applications
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.rules.rocdate import format_roc, local_today, roc_moment
from ntip_desktop.services.xlsx_report import check_size, write_report

#: Applications read per query.
_PAGE = 1000

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ExportedApplications:
    path: Path
    rows: int
    message: str


def export_applications_xlsx(
    session: Session,
    user: CurrentUser,
    f: ApplicationFilter,
    path: Path,
    *,
    heading: str,
    order_by: str = "submitted_at",
    descending: bool = True,
    progress: Progress | None = None,
) -> ExportedApplications:
    """Write the applications of ``user``'s queue that match ``f`` to ``path``, in the queue's order;
    ``heading`` says the filter in words."""
    total = count_applications(session, user, f)
    check_size(total)
    step = translate("services.accounts.export", "匯出帳號申請")

    def rows() -> Iterator[list[object]]:
        done = 0
        while done < total:
            page = list_applications(
                session, user, f, order_by=order_by, descending=descending, offset=done, limit=_PAGE
            )
            if not page:
                break
            for r in page:
                yield [
                    r.number,
                    state_label(r.state),
                    purpose_label(r.purpose),
                    kind_label(r.kind),
                    subtype_label(r.subtype),
                    r.login_id,
                    r.organization_code,
                    r.organization_name,
                    r.county_name,
                    r.applicant_name,
                    r.contact_name,
                    roc_moment(r.submitted_at),
                    format_roc(r.fax_received_on, "short") if r.fax_received_on else "",
                    roc_moment(r.decided_at) if r.decided_at else "",
                ]
            done += len(page)
            if progress is not None:
                progress(done, total, step)

    write_report(
        Path(path),
        title=translate("services.accounts.export", "帳號申請清單"),
        filter_text=heading or translate("services.accounts.export", "全部"),
        count_text=translate("services.accounts.export", "共 {n:,} 件申請").format(n=total),
        exporter=user.display_name,
        columns=[
            translate("services.accounts.export", "申請編號"),
            translate("services.accounts.export", "狀態"),
            translate("services.accounts.export", "申請種類"),
            translate("services.accounts.export", "帳號類別"),
            translate("services.accounts.export", "身分類別"),
            translate("services.accounts.export", "登入帳號"),
            translate("services.accounts.export", "機關代碼"),
            translate("services.accounts.export", "機關"),
            translate("services.accounts.export", "縣市"),
            translate("services.accounts.export", "申請人"),
            translate("services.accounts.export", "承辦人"),
            translate("services.accounts.export", "申請時間"),
            translate("services.accounts.export", "收件日期"),
            translate("services.accounts.export", "處理時間"),
        ],
        widths=[13, 10, 10, 12, 14, 16, 9, 30, 8, 10, 10, 16, 11, 16],
        rows=rows(),
    )
    return ExportedApplications(
        Path(path),
        total,
        translate("services.accounts.export", "已匯出 {n:,} 件申請至 {path}（{date}）").format(
            n=total, path=Path(path).name, date=format_roc(local_today())
        ),
    )
