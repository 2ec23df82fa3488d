"""The clerk's queue of account applications: its columns and source for the shared paged model.

Filtering and sorting are the database's (``services.accounts.list_applications``); paging, the row cache
and generations are :class:`~ntip_desktop.views.widgets.paged_model.PagedTableModel`'s.
"""

from __future__ import annotations

from typing import Any

from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.models import ApplicationPurpose, ApplicationState
from ntip_desktop.services import accounts
from ntip_desktop.services.accounts import ApplicationFilter, ApplicationRow
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.rules.rocdate import TAIWAN, format_roc
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.paged_model import Column, Order, PagedSource, PagedTableModel


def _tr(text: str) -> str:
    return translate("accounts", text)


def kind_text(row: ApplicationRow) -> str:
    if row.purpose is ApplicationPurpose.CONTACT_CHANGE:
        return accounts.purpose_label(row.purpose)
    return accounts.subtype_label(row.subtype) or translate("accounts", "教師個人帳號")


def _state_tip(row: ApplicationRow) -> str:
    if row.state is ApplicationState.RETURNED:
        return translate("accounts", "退件補正：等待申請人回覆")
    return accounts.state_label(row.state)


COLUMNS: tuple[Column[ApplicationRow], ...] = (
    Column(QT_TRANSLATE_NOOP("accounts", "申請編號"), lambda r: r.number, "number"),
    Column(QT_TRANSLATE_NOOP("accounts", "狀態"), lambda r: accounts.state_label(r.state), "state", _state_tip),
    Column(QT_TRANSLATE_NOOP("accounts", "申請種類"), kind_text, "kind"),
    Column(QT_TRANSLATE_NOOP("accounts", "登入帳號"), lambda r: r.login_id, "login_id"),
    Column(QT_TRANSLATE_NOOP("accounts", "機關"), lambda r: r.organization_name, "organization"),
    Column(QT_TRANSLATE_NOOP("accounts", "縣市"), lambda r: r.county_name),
    Column(QT_TRANSLATE_NOOP("accounts", "申請人"), lambda r: r.applicant_name, "applicant"),
    Column(
        QT_TRANSLATE_NOOP("accounts", "申請日期"),
        lambda r: format_roc(r.submitted_at.astimezone(TAIWAN).date(), "short"),
        "submitted_at",
    ),
    Column(
        QT_TRANSLATE_NOOP("accounts", "收件日期"),
        lambda r: format_roc(r.fax_received_on, "short") if r.fax_received_on else "",
        "fax_received_on",
    ),
)
SUBMITTED_COLUMN = 7


def queue_source(user: CurrentUser) -> PagedSource[ApplicationRow]:
    """The applications in ``user``'s scope, filtered and sorted by the database."""

    def rows(session: Any, f: ApplicationFilter, order: Order, offset: int, limit: int) -> list[ApplicationRow]:
        key, descending = order or ("submitted_at", True)
        return accounts.list_applications(
            session, user, f, order_by=key, descending=descending, offset=offset, limit=limit
        )

    def count(session: Any, f: ApplicationFilter) -> int:
        return accounts.count_applications(session, user, f)

    return PagedSource(rows, count, key=lambda r: r.id)


class ApplicationQueueModel(PagedTableModel[ApplicationRow]):
    """Applications matching a filter, in the chosen order, fetched page by page through the runner."""

    def __init__(self, runner: TaskRunner, user: CurrentUser, parent: Any = None) -> None:
        super().__init__(
            runner,
            COLUMNS,
            queue_source(user),
            ApplicationFilter(states=()),
            order=("submitted_at", True),
            context="accounts",
            description=QT_TRANSLATE_NOOP("accounts", "讀取帳號申請"),
            parent=parent,
        )

    @property
    def filter(self) -> ApplicationFilter:
        query: ApplicationFilter = self.query
        return query

    def set_filter(self, f: ApplicationFilter) -> int:
        return self.set_query(f)
