"""帳號申請 figures: applications received, where they stand, and the fax desk's turnaround (docs/statistics.md)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from ntip_desktop.i18n import translate
from ntip_desktop.models import AccountApplication, ApplicationState, Organization
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.stats.figures import Column, Figure, Figures, figure_of, run_grouped
from ntip_desktop.services.stats.period import (
    NAMED,
    Grouping,
    Scope,
    StatsFilter,
    days_from_date_to_local_day,
    group_columns,
    group_names,
    instant_period,
    month_of_instant,
    organization_scope,
    period_params,
    period_shape,
)

A = ApplicationState


def applications_figure(session: Session, wanted: StatsFilter, scope: Scope) -> Figure:
    def base() -> Select[Any]:
        groups_cols, _named = group_columns(wanted.by, month=month_of_instant(session, AccountApplication.submitted_at))
        faxed_and_decided = AccountApplication.fax_received_on.is_not(None) & AccountApplication.decided_at.is_not(None)
        turnaround = case(
            (
                faxed_and_decided,
                days_from_date_to_local_day(session, AccountApplication.fax_received_on, AccountApplication.decided_at),
            ),
            else_=None,
        )
        return instant_period(
            select(*groups_cols, AccountApplication.state.label("state"), turnaround.label("turnaround"))
            .select_from(AccountApplication)
            .join(Organization, Organization.id == AccountApplication.organization_id)
            .where(*scope.where),
            AccountApplication.submitted_at,
            wanted,
        )

    def aggregates(c: Any) -> list[Any]:
        def count(*states: ApplicationState) -> Any:
            return func.sum(case((c.state.in_(states), 1), else_=0))

        return [
            func.count(),
            count(A.PENDING_FAX, A.FAX_RECEIVED),
            count(A.APPROVED, A.ACTIVE),
            count(A.RETURNED),
            count(A.REJECTED),
            func.count(c.turnaround),
        ]

    if wanted.by not in NAMED and wanted.by is not Grouping.MONTH:
        group_columns(wanted.by, month=None)  # refuses the groupings an application has no value for
    groups, total = run_grouped(
        session,
        ("accounts.applications", wanted.by, period_shape(wanted), scope.shape),
        base,
        aggregates,
        {**scope.params, **period_params(wanted)},
        median="turnaround",
        names=group_names(wanted.by),
    )
    columns = (
        Column("applied", translate("services.stats", "申請件數")),
        Column("pending", translate("services.stats", "待傳真或待審")),
        Column("approved", translate("services.stats", "核准（含教師帳號即時啟用）")),
        Column("returned", translate("services.stats", "退件補正中")),
        Column("rejected", translate("services.stats", "駁回")),
        Column("fax_decided", translate("services.stats", "傳真已審結")),
        Column("median_fax_days", translate("services.stats", "傳真處理天數中位數"), "days"),
    )

    def values(raw: tuple[Any, ...] | None) -> tuple[int | float | None, ...]:
        # The counts are whole numbers already, and a median of whole days is whole or a half: as it comes.
        return (0, 0, 0, 0, 0, 0, None) if raw is None else raw

    return figure_of(
        wanted.by,
        groups,
        total,
        columns,
        values,
        id="accounts.applications",
        title=translate("services.stats", "帳號申請與審核"),
        definition=translate(
            "services.stats",
            "期間內（依申請日期）送出的帳號申請與承辦人異動申請，依申請單位分列並依目前狀態細分；傳真處理天數為收到傳真之日至審核決定之日（臺灣日期）。",
        ),
    )


def account_figures(session: Session, user: CurrentUser, wanted: StatsFilter) -> Figures:
    """帳號申請 figures for ``wanted`` in the user's scope (a district clerk: their district's organisations)."""
    user.require(Permission.VIEW_STATISTICS)
    wanted.check()
    scope = organization_scope(session, user, wanted)
    figure = applications_figure(session, wanted, scope)
    return Figures.counted(
        "accounts", translate("services.stats", "帳號申請統計"), wanted, scope, user.scope_label, figure
    )
