"""Hour awards by status and certificates by state in the user's scope."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import AwardStatus, Certificate, CertificateState, Course, HourAward
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.overview import CountLine, Overview, Section, by_state, course_scope


def certificates_overview(session: Session, user: CurrentUser) -> Overview:
    user.require(Permission.ISSUE_CERTIFICATES)
    scope = course_scope(user)
    award_join = (Course, Course.id == HourAward.course_id)
    awards = by_state(session, HourAward.status, AwardStatus, *scope, join=award_join)
    hours = session.execute(
        select(func.coalesce(func.sum(HourAward.hours), 0)).join(*award_join).where(*scope)
    ).scalar_one()
    certificates = _certificates_in_scope(session, scope)
    return Overview(
        user.scope_label,
        (
            Section(
                translate("services.certificates.overview", "研習時數（依核算結果，人次）"),
                (*awards, CountLine(translate("services.certificates.overview", "核給時數合計（小時）"), int(hours))),
            ),
            Section(translate("services.certificates.overview", "研習時數證明"), certificates),
        ),
    )


def _certificates_in_scope(session: Session, scope: list[Any]) -> tuple[CountLine, ...]:
    stmt = (
        select(Certificate.state, func.count())
        .join(HourAward, HourAward.id == Certificate.award_id)
        .join(Course, Course.id == HourAward.course_id)
        .where(*scope)
        .group_by(Certificate.state)
    )
    found = dict(session.execute(stmt).all())
    return tuple(CountLine(label(state), int(found.get(state, 0))) for state in CertificateState)
