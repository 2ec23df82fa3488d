"""The fax desk's use cases (帳號審核) as operations for the task runner."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ntip_desktop.changes import Changes
from ntip_desktop.i18n import translate
from ntip_desktop.models import FaxCheckItem
from ntip_desktop.services import accounts
from ntip_desktop.services.accounts import (
    ApplicationDetail,
    ApplicationFilter,
    BulkDecision,
    BulkTarget,
    CountyChoice,
    ExportedApplications,
    Transition,
)
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.files import write_atomically
from ntip_desktop.views.operations import Operation


def _tr(text: str) -> str:
    return translate("accounts", text)


def open_number(user: CurrentUser, text: str) -> Operation[ApplicationDetail]:
    """The application with this number as typed or scanned (full-width and lower case are fine)."""

    def work(session: Any) -> ApplicationDetail:
        row = accounts.find_by_number(session, user, text)
        return accounts.application_detail(session, user, row.id)

    return Operation(work, translate("accounts", "開啟申請"), success=lambda _d: "")


def open_application(user: CurrentUser, application_id: uuid.UUID) -> Operation[ApplicationDetail]:
    return Operation(
        lambda session: accounts.application_detail(session, user, application_id),
        translate("accounts", "開啟申請"),
        success=lambda _d: "",
    )


def desk_counts(user: CurrentUser, with_counties: bool) -> Operation[tuple[int, list[CountyChoice] | None]]:
    """How many applications await the desk, and (once) the counties the filter offers."""

    def work(session: Any) -> tuple[int, list[CountyChoice] | None]:
        counties = accounts.counties_in_scope(session, user) if with_counties else None
        return accounts.count_awaiting(session, user), counties

    return Operation(work, translate("accounts", "讀取待處理件數"), success=lambda _r: "")


def decide(
    user: CurrentUser, application_id: uuid.UUID, version: int, action: str, **params: Any
) -> Operation[Transition]:
    """A move of the application workflow (收件, 核准, 退件補正, 駁回, 補正回覆) on the version on screen."""
    verb = _tr(accounts.WORKFLOW.move_named(action).verb)
    return Operation(
        lambda session: accounts.decide(session, user, application_id, action, expected_version=version, **params),
        verb,
    )


def decide_many(
    user: CurrentUser, targets: Sequence[BulkTarget], action: str, reason: str, checklist_override: str = ""
) -> Operation[BulkDecision]:
    """核准 or 駁回 every application of ``targets``, or none; 核准 takes the reason to skip checks."""
    verb = _tr(accounts.WORKFLOW.move_named(action).verb)
    return Operation(
        lambda session: accounts.decide_many(
            session, user, list(targets), action, reason=reason, checklist_override=checklist_override
        ),
        translate("accounts", "批次{verb}").format(verb=verb),
        success=decision_message,
    )


def decision_message(result: Transition | BulkDecision) -> str:
    """The status-bar line after a decision: the move's own message, or how many a bulk decision did."""
    done = result.transitions if isinstance(result, BulkDecision) else (result,)
    return done[0].message if len(done) == 1 else translate("accounts", "已批次處理 {n} 件申請").format(n=len(done))


def set_fax_check(
    user: CurrentUser, application_id: uuid.UUID, item: FaxCheckItem, ticked: bool, expected_version: int | None = None
) -> Operation[Changes]:
    """Tick or untick one item, against the item's version on screen (refused if someone changed it since)."""
    return Operation(
        lambda session: accounts.set_fax_check(
            session, user, application_id, item, ticked, expected_version=expected_version
        ),
        translate("accounts", "傳真檢核"),
        success=lambda _c: "",
    )


def save_form(user: CurrentUser, application_id: uuid.UUID, number: str, path: Path) -> Operation[str]:
    """Write the application's fax form (業務帳號申請表 or 承辦人異動申請表) to ``path``, atomically."""

    def work(session: Any) -> str:
        form = accounts.render_application_form(session, user, application_id)
        write_atomically(path, form.pdf)
        return form.title

    return Operation(
        work,
        translate("accounts", "產生申請表"),
        success=lambda title: translate("accounts", "已儲存{title} {number}：{path}").format(
            title=title, number=number, path=path
        ),
    )


def export_queue_job(
    user: CurrentUser, f: ApplicationFilter, order: tuple[str, bool], heading: str, path: Path
) -> Callable[[Any, Callable[[int, int, str], None], Callable[[], bool]], ExportedApplications]:
    """The queue as the filter shows it, in its order, to XLSX (a long job for the runner)."""

    def job(session: Any, progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> Any:
        from ntip_desktop.views.tasks import Cancelled

        def step(done: int, total: int, text: str) -> None:
            if cancelled():
                raise Cancelled()
            progress(done, total, text)

        order_by, descending = order
        return accounts.export_applications_xlsx(
            session, user, f, path, heading=heading, order_by=order_by, descending=descending, progress=step
        )

    return job
