"""研習時數 and 時數證明 figures: hours awarded, teachers by their year's hours, certificates issued and checked
(docs/statistics.md)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, bindparam, case, func, select
from sqlalchemy.orm import Session

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import (
    AwardStatus,
    Certificate,
    CertificateState,
    CertificateVerification,
    Course,
    HourAward,
    Organization,
    Teacher,
    VerificationOutcome,
)
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.stats.figures import Column, Figure, Figures, figure_of, run_grouped, share
from ntip_desktop.services.stats.period import (
    NAMED,
    Grouping,
    Scope,
    StatsFilter,
    course_period,
    group_columns,
    group_names,
    instant_period,
    month_of_instant,
    month_of_local,
    organization_scope,
    period_params,
    period_shape,
)

#: The bands of a teacher's hours in the period: (lowest, highest or None for no limit).
BANDS: tuple[tuple[int, int | None], ...] = ((0, 0), (1, 5), (6, 11), (12, 17), (18, 35), (36, None))

#: The default of "teachers under N hours": the 18 hours a year teachers are expected to take.
DEFAULT_UNDER_HOURS = 18


def _counts(column: Any, members: Any) -> list[Any]:
    return [func.sum(case((column == m, 1), else_=0)) for m in members]


# --- hours awarded -------------------------------------------------------------------------------------------


def awards_figure(session: Session, wanted: StatsFilter, scope: Scope) -> Figure:
    def base() -> Select[Any]:
        return course_period(_awards_base(session, wanted, scope), wanted)

    def aggregates(c: Any) -> list[Any]:
        return [
            func.count(),
            func.sum(c.hours),
            *_counts(c.status, (AwardStatus.CAPPED, AwardStatus.VOID_UNEXCUSED, AwardStatus.NOT_COMPLETED)),
        ]

    groups, total = run_grouped(
        session,
        ("hours.awards", wanted.by, period_shape(wanted), scope.shape),
        base,
        aggregates,
        {**scope.params, **period_params(wanted)},
        distinct="trained",
        names=group_names(wanted.by),
    )
    return _awards_figure(wanted, groups, total)


def _awards_base(session: Session, wanted: StatsFilter, scope: Scope) -> Select[Any]:
    groups_cols, _named = group_columns(
        wanted.by,
        month=month_of_local(session, Course.start_at),
        category=Course.organizer_category,
        delivery=Course.delivery,
    )
    credited = HourAward.status.in_((AwardStatus.AWARDED, AwardStatus.CAPPED)) & (HourAward.hours > 0)
    trained = case((credited, HourAward.teacher_id), else_=None)
    return (
        select(*groups_cols, HourAward.hours, HourAward.status, trained.label("trained"))
        .select_from(HourAward)
        .join(Course, Course.id == HourAward.course_id)
        .join(Organization, Organization.id == Course.organizer_id)
        .where(*scope.where)
    )


def _awards_figure(
    wanted: StatsFilter, groups: list[tuple[str, str | None, tuple[Any, ...]]], total: tuple[Any, ...] | None
) -> Figure:
    columns = (
        Column("awards", translate("services.stats", "時數核給筆數")),
        Column("teachers_trained", translate("services.stats", "研習教師人數")),
        Column("hours", translate("services.stats", "核給時數合計"), "hours"),
        Column("capped", translate("services.stats", "受上限刪減")),
        Column("void", translate("services.stats", "曠課不予核給")),
        Column("not_completed", translate("services.stats", "未完成")),
        Column("capped_share", translate("services.stats", "刪減比率（%）"), "percent"),
        Column("void_share", translate("services.stats", "不予核給比率（%）"), "percent"),
    )

    def values(raw: tuple[Any, ...] | None) -> tuple[int | float | None, ...]:
        if raw is None:
            return (0, 0, 0, 0, 0, 0, None, None)
        awards, hours, capped, void, not_completed, trained = raw
        return (awards, trained, hours, capped, void, not_completed, share(capped, awards), share(void, awards))

    return figure_of(
        wanted.by,
        groups,
        total,
        columns,
        values,
        id="hours.awards",
        title=translate("services.stats", "研習時數核給"),
        definition=translate(
            "services.stats",
            "已核給時數的課程（依課程學年度與開始日期）每位教師一筆；研習教師人數為核給時數大於 0 的不同教師（合計列不重複計算）。",
        ),
    )


# --- teachers by their hours ----------------------------------------------------------------------------------


def teachers_figure(session: Session, wanted: StatsFilter, scope: Scope, under_hours: int) -> Figure:
    by = wanted.by if wanted.by in NAMED else Grouping.COUNTY

    def base() -> Select[Any]:
        groups_cols, _named = group_columns(by, month=None)
        period = select(HourAward.teacher_id, HourAward.hours).join(Course, Course.id == HourAward.course_id)
        awards = course_period(period, wanted).subquery("a")
        total_hours = func.coalesce(func.sum(awards.c.hours), 0)
        return (
            select(*groups_cols, Teacher.id.label("teacher_id"), total_hours.label("total"))
            .select_from(Teacher)
            .outerjoin(Organization, Organization.id == Teacher.organization_id)
            .outerjoin(awards, awards.c.teacher_id == Teacher.id)
            .where(*scope.where)
            .group_by(Teacher.id, *[g.element for g in groups_cols])
        )

    def aggregates(c: Any) -> list[Any]:
        bands = [
            func.sum(case((c.total >= low if high is None else c.total.between(low, high), 1), else_=0))
            for low, high in BANDS
        ]
        under = func.sum(case((c.total < bindparam("under_hours"), 1), else_=0))
        return [func.count(), func.sum(c.total), *bands, under]

    groups, total = run_grouped(
        session,
        ("hours.teachers", by, period_shape(wanted), scope.shape),
        base,
        aggregates,
        {**scope.params, **period_params(wanted), "under_hours": under_hours},
        names=group_names(by),
    )
    band_columns = tuple(
        Column(
            f"band_{low}" if high is None else f"band_{low}_{high}",
            translate("services.stats", "{low} 小時以上").format(low=low)
            if high is None
            else translate("services.stats", "0 小時")
            if high == 0
            else translate("services.stats", "{low}–{high} 小時").format(low=low, high=high),
        )
        for low, high in BANDS
    )
    columns = (
        Column("teachers", translate("services.stats", "教師人數")),
        Column("hours", translate("services.stats", "時數合計"), "hours"),
        *band_columns,
        Column("under", translate("services.stats", "未滿 {n} 小時").format(n=under_hours)),
    )

    return figure_of(
        by,
        groups,
        total,
        columns,
        id="hours.teachers",
        title=translate("services.stats", "教師研習時數分布"),
        definition=translate(
            "services.stats",
            "每位登錄的教師依服務學校分列（依月份、資格或方式分列時改依縣市），計其期間內各課程核給時數的合計；沒有任何時數者計入 0 小時。",
        ),
    )


# --- certificates --------------------------------------------------------------------------------------------


def certificates_figure(session: Session, wanted: StatsFilter, scope: Scope) -> Figure:
    def base() -> Select[Any]:
        groups_cols, _named = group_columns(
            wanted.by,
            month=month_of_instant(session, Certificate.issued_at),
            category=Course.organizer_category,
            delivery=Course.delivery,
        )
        return instant_period(
            select(*groups_cols, Certificate.state, Certificate.hours)
            .select_from(Certificate)
            .join(HourAward, HourAward.id == Certificate.award_id)
            .join(Course, Course.id == HourAward.course_id)
            .join(Organization, Organization.id == Course.organizer_id)
            .where(*scope.where),
            Certificate.issued_at,
            wanted,
        )

    states = (CertificateState.ISSUED, CertificateState.SUPERSEDED, CertificateState.REVOKED)

    def aggregates(c: Any) -> list[Any]:
        current_hours = func.sum(case((c.state == CertificateState.ISSUED, c.hours), else_=0))
        return [func.count(), *_counts(c.state, states), current_hours]

    groups, total = run_grouped(
        session,
        ("certificates.issued", wanted.by, period_shape(wanted), scope.shape),
        base,
        aggregates,
        {**scope.params, **period_params(wanted)},
        names=group_names(wanted.by),
    )
    columns = (
        Column("issued", translate("services.stats", "核發張數")),
        Column("current", translate("services.stats", "現行有效")),
        Column("superseded", translate("services.stats", "已被取代")),
        Column("revoked", translate("services.stats", "已撤銷")),
        Column("current_hours", translate("services.stats", "現行證明時數"), "hours"),
    )

    return figure_of(
        wanted.by,
        groups,
        total,
        columns,
        id="certificates.issued",
        title=translate("services.stats", "時數證明核發"),
        definition=translate(
            "services.stats",
            "期間內（依核發日期）核發的時數證明，依其課程的主辦單位分列，並依目前狀態細分；依月份分列時為核發月份。",
        ),
    )


def verifications_figure(session: Session, wanted: StatsFilter, scope: Scope) -> Figure:
    def base() -> Select[Any]:
        groups_cols, _named = group_columns(
            wanted.by,
            month=month_of_instant(session, CertificateVerification.at),
            category=Course.organizer_category,
            delivery=Course.delivery,
        )
        return instant_period(
            select(*groups_cols, CertificateVerification.outcome)
            .select_from(CertificateVerification)
            .outerjoin(Certificate, Certificate.id == CertificateVerification.certificate_id)
            .outerjoin(HourAward, HourAward.id == Certificate.award_id)
            .outerjoin(Course, Course.id == HourAward.course_id)
            .outerjoin(Organization, Organization.id == Course.organizer_id)
            .where(*scope.where),
            CertificateVerification.at,
            wanted,
        )

    outcomes = tuple(VerificationOutcome)

    def aggregates(c: Any) -> list[Any]:
        return [func.count(), *_counts(c.outcome, outcomes)]

    groups, total = run_grouped(
        session,
        ("certificates.verified", wanted.by, period_shape(wanted), scope.shape),
        base,
        aggregates,
        {**scope.params, **period_params(wanted)},
        names=group_names(wanted.by),
    )
    columns = (
        Column("checks", translate("services.stats", "查驗次數")),
        *(Column(o.value, label(o)) for o in outcomes),
    )

    return figure_of(
        wanted.by,
        groups,
        total,
        columns,
        id="certificates.verified",
        title=translate("services.stats", "時數證明查驗"),
        definition=translate(
            "services.stats",
            "期間內（依查驗日期）每一次驗證碼查驗，依查到的證明所屬課程分列；查無證明的查驗列於（未歸屬），只有不受轄區限制者看得到。",
        ),
    )


def hour_figures(
    session: Session, user: CurrentUser, wanted: StatsFilter, *, under_hours: int = DEFAULT_UNDER_HOURS
) -> Figures:
    """研習時數 and 時數證明 figures for ``wanted`` in the user's scope: a district clerk sees their district;
    certificate staff (who issue for every county) and an admin see everything."""
    user.require_any(Permission.VIEW_STATISTICS, Permission.ISSUE_CERTIFICATES)
    wanted.check()
    if not 1 <= under_hours <= 10_000:
        raise UserError(translate("services.stats", "「未滿幾小時」須為 1 至 10000 的整數。"), field="under_hours")
    scope = organization_scope(session, user, wanted)
    figures = (
        awards_figure(session, wanted, scope),
        teachers_figure(session, wanted, scope, under_hours),
        certificates_figure(session, wanted, scope),
        verifications_figure(session, wanted, scope),
    )
    return Figures.counted(
        "hours", translate("services.stats", "研習時數與時數證明統計"), wanted, scope, user.scope_label, *figures
    )
