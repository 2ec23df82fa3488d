"""稽核紀錄 as an XLSX workbook: the entries the page's filter shows, newest first, in the page's words."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ntip_desktop.i18n import translate
from ntip_desktop.models import AuditEntry
from ntip_desktop.services import audit, audit_words
from ntip_desktop.services.audit import AuditFilter
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.rules.rocdate import format_roc, local_today, roc_moment
from ntip_desktop.services.xlsx_report import check_size, write_report

#: Entries read per query.
_PAGE = 2000

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ExportedAudit:
    path: Path
    rows: int
    message: str


def export_audit_xlsx(
    session: Session,
    user: CurrentUser,
    f: AuditFilter,
    path: Path,
    *,
    heading: str,
    progress: Progress | None = None,
) -> ExportedAudit:
    """Write the entries matching ``f`` to ``path``; ``heading`` says the filter in words. Only roles that
    may read the log may export it; a list longer than a worksheet holds is refused before anything is read."""
    user.require(Permission.VIEW_AUDIT)
    tip = session.execute(select(func.max(AuditEntry.seq))).scalar_one() or 0
    f = replace(f, before_seq=min(tip + 1, f.before_seq or tip + 1))  # what is in the log now, and no more
    total = audit.count_entries(session, user, f)
    check_size(total)
    step = translate("services.audit_export", "匯出稽核紀錄")

    def rows() -> Iterator[list[object]]:
        done, page_filter = 0, f
        while done < total:
            page = audit.list_entries(session, user, page_filter, limit=min(_PAGE, total - done))
            if not page:
                break
            page_filter = replace(f, before_seq=page[-1].seq)  # by position: entries written meanwhile stay out
            for e in page:
                yield [
                    e.seq,
                    roc_moment(e.at),
                    e.actor_name,
                    audit_words.source_label(e.source),
                    audit_words.subject(e),
                    audit_words.action_label(e.action),
                    audit_words.change_summary(e, limit=32_000),  # a cell holds 32,767 characters
                    e.reason,
                    e.entity_id,
                ]
            done += len(page)
            if progress is not None:
                progress(done, total, step)

    write_report(
        Path(path),
        title=translate("services.audit_export", "稽核紀錄"),
        filter_text=heading or translate("services.audit_export", "全部"),
        count_text=translate("services.audit_export", "共 {n:,} 筆").format(n=total),
        exporter=user.display_name,
        columns=[
            translate("services.audit_export", "序號"),
            translate("services.audit_export", "時間"),
            translate("services.audit_export", "操作者"),
            translate("services.audit_export", "來源"),
            translate("services.audit_export", "對象"),
            translate("services.audit_export", "動作"),
            translate("services.audit_export", "原值→新值"),
            translate("services.audit_export", "原因"),
            translate("services.audit_export", "紀錄識別碼"),
        ],
        widths=[8, 16, 16, 10, 28, 12, 60, 30, 38],
        rows=rows(),
        wrap_columns=(6, 7),
    )
    return ExportedAudit(
        Path(path),
        total,
        translate("services.audit_export", "已匯出 {n:,} 筆稽核紀錄至 {path}（{date}）").format(
            n=total, path=Path(path).name, date=format_roc(local_today())
        ),
    )
