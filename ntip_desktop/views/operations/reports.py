"""The 月報傳報 page's use cases (report packages: export, open and preview, import, registering a school's
computer, making a school computer's starter file, refreshing a school computer from a newer one, this computer's
public line) as operations for the task runner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.services import packages
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.packages import (
    Exported,
    Imported,
    PackageCancelled,
    Period,
    Preview,
    StarterExported,
    StarterRefresh,
    StarterSchool,
    Trusted,
    Verification,
)
from ntip_desktop.services.rules.rocdate import roc_moment
from ntip_desktop.views.operations import Operation

#: A long job for ``TaskRunner.run_long``: ``job(session, progress, cancelled)``.
LongJob = Callable[[Any, Callable[[int, int, str], None], Callable[[], bool]], Any]

CONTEXT = "views.operations.reports"


def export_job(user: CurrentUser, org_code: str, period: Period, path: Path) -> LongJob:
    """A month (or a range) of an organisation's records as a signed 傳報檔 at ``path``: whole or not at all;
    Cancel writes nothing."""
    label = translate("views.operations.reports", "正在製作傳報檔：{done}／{total}")

    def job(session: Any, progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> Exported:
        return packages.export_package(
            session,
            user,
            org_code,
            period,
            path,
            progress=lambda done, total: progress(done, total, label.format(done=done, total=total)),
            cancel=cancelled,
        )

    return job


def exported_message(done: Exported) -> str:
    counts = done.counts
    return translate(
        "views.operations.reports",
        "已匯出傳報檔 {path}：課程 {courses} 門、報名 {enrollments} 筆、出缺席 {attendance} 筆。",
    ).format(
        path=done.path,
        courses=counts.get("courses", 0),
        enrollments=counts.get("enrollments", 0),
        attendance=counts.get("attendance", 0),
    )


@dataclass(frozen=True)
class Opened:
    """A 傳報檔 as the office first sees it: whether it verifies, and (when it does) what importing would do."""

    path: Path
    verification: Verification
    preview: Preview | None


def open_package(user: CurrentUser, path: Path) -> Operation[Opened]:
    """Verify the file; when it holds, preview the import (nothing is written either way)."""

    def work(session: Any) -> Opened:
        verification = packages.verify_package(session, user, path)
        preview = packages.preview_import(session, user, path) if verification.ok else None
        return Opened(path, verification, preview)

    return Operation(work, translate("views.operations.reports", "檢查傳報檔"), lambda _o: "")


def import_job(user: CurrentUser, path: Path) -> LongJob:
    """Apply the package all or nothing; Cancel leaves the database as it was."""
    label = translate("views.operations.reports", "正在匯入傳報檔：{done}／{total}")

    def job(session: Any, progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> Imported:
        done = packages.import_package(
            session,
            user,
            path,
            progress=lambda n, total: progress(n, total, label.format(done=n, total=total)),
            cancel=cancelled,
        )
        if cancelled():  # asked after the last record: still nothing is applied
            raise PackageCancelled(translate("views.operations.reports", "已取消：沒有匯入任何資料。"))
        return done

    return job


def imported_message(done: Imported) -> str:
    if done.applied == 0 and done.preview.already_applied:
        return translate("views.operations.reports", "此傳報檔先前已匯入，這次沒有任何變更。")
    text = translate("views.operations.reports", "已匯入傳報檔：寫入 {n} 筆資料").format(n=done.applied)
    if done.deleted:
        text += translate("views.operations.reports", "，刪除學校已刪除的 {n} 筆").format(n=done.deleted)
    conflicts = len(done.preview.conflicts)
    if conflicts:
        text += translate("views.operations.reports", "；{n} 筆衝突保留本處資料（見清單）").format(n=conflicts)
    return text + translate("views.operations.reports", "。")


def trust_installation(user: CurrentUser, line: str, org_code: str, note: str) -> Operation[Trusted]:
    """Register a school computer's public line for an organisation's packages."""
    return Operation(
        lambda session: packages.trust_installation(session, user, line, org_code, note),
        translate("views.operations.reports", "登錄學校電腦"),
        lambda t: (
            translate("views.operations.reports", "已登錄 {org} 的電腦（{id}），之後可匯入其傳報檔。")
            if t.created
            else translate("views.operations.reports", "{org} 的這部電腦（{id}）先前已登錄。")
        ).format(org=t.organization_name, id=t.installation_id),
    )


def starter_schools(user: CurrentUser) -> Operation[list[StarterSchool]]:
    """The schools (with their active coordinators) the office may make a starter file for."""
    return Operation(
        lambda session: packages.starter_schools(session, user),
        translate("views.operations.reports", "讀取學校"),
        lambda _s: "",
    )


def starter_job(user: CurrentUser, org_code: str, login: str, path: Path) -> LongJob:
    """The signed starter file of ``org_code``'s school computer for ``login`` at ``path`` (whole or not at all).
    Cancel is not heeded: the file is written whole or not at all."""
    label = translate("views.operations.reports", "正在製作學校設定檔：{done} 筆")

    def job(session: Any, progress: Callable[[int, int, str], None], _cancelled: Callable[[], bool]) -> StarterExported:
        return packages.export_starter(
            session,
            user,
            org_code=org_code,
            coordinator_login=login,
            out_path=path,
            progress=lambda done, total: progress(done, total, label.format(done=done)),
        )

    return job


def refresh_from_starter(user: CurrentUser, path: Path) -> Operation[StarterRefresh]:
    """Bring this school computer up to date from the office's newer starter file at ``path`` (all or nothing)."""
    return Operation(
        lambda session: packages.refresh_from_starter(session, user, path),
        translate("views.operations.reports", "套用區管中心設定檔"),
        lambda done: translate(
            "views.operations.reports", "已套用區管中心設定檔：更新 {updated} 門、新增 {added} 門課程。"
        ).format(updated=done.updated, added=done.added),
    )


def refreshed_message(done: StarterRefresh) -> str:
    """What a refresh changed, for the message box: the file's date, each course whose state changed, the
    courses added, and those left out."""
    try:
        made = roc_moment(datetime.fromisoformat(done.created_at))
    except ValueError:
        made = done.created_at
    lines = [
        translate("views.operations.reports", "{org}的區管中心設定檔（{made} 製作）已套用。").format(
            org=done.organization_name, made=made
        )
    ]
    if not (done.updated or done.added or done.teachers_added):
        lines.append(translate("views.operations.reports", "本機已與此設定檔一致，沒有任何變更。"))
    for change in done.state_changes:
        lines.append(
            translate("views.operations.reports", "課程 {code}「{title}」：{old} → {new}").format(
                code=change.code, title=change.title, old=label(change.old_state), new=label(change.new_state)
            )
        )
    if done.updated > len(done.state_changes):
        lines.append(
            translate("views.operations.reports", "另有 {n} 門課程更新了審核單位。").format(
                n=done.updated - len(done.state_changes)
            )
        )
    if done.added:
        lines.append(
            translate("views.operations.reports", "新增區管中心建立的課程 {n} 門（含時段、名冊與出缺席）。").format(
                n=done.added
            )
        )
    if done.teachers_added:
        lines.append(translate("views.operations.reports", "新增教師 {n} 位。").format(n=done.teachers_added))
    if done.skipped:
        lines.append(
            translate(
                "views.operations.reports", "未新增課程 {codes}：本機已有相同代碼的另一門課程，請洽區管中心。"
            ).format(codes="、".join(done.skipped))
        )
    return "\n".join(lines)


def own_organization(user: CurrentUser) -> Operation[tuple[str, str] | None]:
    """A coordinator's own organisation (code, name), filled in for export; None for other roles."""
    return Operation(
        lambda session: packages.own_organization(session, user),
        translate("views.operations.reports", "讀取機關"),
        lambda _o: "",
    )


def installation_line() -> str:
    """This computer's public line (its identity is made on first use; no database needed)."""
    return packages.installation_line()
