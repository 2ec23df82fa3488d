"""課程審核 figures: courses submitted, where they stand, and how long review took (docs/statistics.md)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from ntip_desktop.i18n import translate
from ntip_desktop.models import Course, CourseReview, CourseState, Organization
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.stats.figures import Column, Figure, Figures, days, figure_of, run_grouped
from ntip_desktop.services.stats.period import (
    Scope,
    StatsFilter,
    course_period,
    group_columns,
    group_names,
    month_of_local,
    organization_scope,
    period_params,
    period_shape,
    seconds_between,
)

S = CourseState


def course_base(session: Session, wanted: StatsFilter, scope: Scope) -> tuple[Select[Any], bool]:
    """One row per course that left draft (was submitted) in the filter and the scope: its group, state and
    review seconds; and whether the group's name comes from SQL."""
    groups, named = group_columns(
        wanted.by,
        month=month_of_local(session, Course.start_at),
        category=Course.organizer_category,
        delivery=Course.delivery,
    )
    decided = CourseReview.decided_at.is_not(None)
    seconds = case((decided, seconds_between(session, CourseReview.created_at, CourseReview.decided_at)), else_=None)
    stmt = (
        select(*groups, Course.state.label("state"), seconds.label("seconds"))
        .select_from(Course)
        .outerjoin(CourseReview, CourseReview.course_id == Course.id)
        .join(Organization, Organization.id == Course.organizer_id)
        .where(Course.state != S.DRAFT, *scope.where)
    )
    return course_period(stmt, wanted), named


def _states(c: Any) -> list[Any]:
    def count(*states: CourseState) -> Any:
        return func.sum(case((c.state.in_(states), 1), else_=0))

    return [
        func.count(),
        count(S.SUBMITTED, S.IN_REVIEW),
        count(S.APPROVED, S.AWARDED),
        count(S.RETURNED),
        count(S.REJECTED),
        count(S.CANCELLED),
        func.count(c.seconds),
    ]


def review_figure(session: Session, wanted: StatsFilter, scope: Scope) -> Figure:
    groups, total = run_grouped(
        session,
        ("courses.review", wanted.by, period_shape(wanted), scope.shape),
        lambda: course_base(session, wanted, scope)[0],
        _states,
        {**scope.params, **period_params(wanted)},
        median="seconds",
        names=group_names(wanted.by),
    )
    columns = (
        Column("submitted", translate("services.stats", "送審課程")),
        Column("pending", translate("services.stats", "待審")),
        Column("approved", translate("services.stats", "核准")),
        Column("returned", translate("services.stats", "退回補正中")),
        Column("rejected", translate("services.stats", "不予採計")),
        Column("cancelled", translate("services.stats", "已取消")),
        Column("decided", translate("services.stats", "已有審核結果")),
        Column("median_review_days", translate("services.stats", "審核天數中位數"), "days"),
    )

    def values(raw: tuple[Any, ...] | None) -> tuple[int | float | None, ...]:
        if raw is None:
            return (0, 0, 0, 0, 0, 0, 0, None)
        return (*raw[:7], days(raw[7]))

    return figure_of(
        wanted.by,
        groups,
        total,
        columns,
        values,
        id="courses.review",
        title=translate("services.stats", "課程送審與審核結果"),
        definition=translate(
            "services.stats",
            "已送審（不再是草稿）的課程（依課程學年度與開始日期），依目前狀態分列；審核天數為首次送審至最近一次審核決定（核准、退回補正或不予採計）。",
        ),
    )


def course_figures(session: Session, user: CurrentUser, wanted: StatsFilter) -> Figures:
    """課程審核 figures for ``wanted`` in the user's scope (a district clerk: their district)."""
    user.require(Permission.VIEW_STATISTICS)
    wanted.check()
    scope = organization_scope(session, user, wanted)
    figure = review_figure(session, wanted, scope)
    return Figures.counted(
        "courses", translate("services.stats", "課程審核統計"), wanted, scope, user.scope_label, figure
    )
