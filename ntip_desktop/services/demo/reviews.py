"""The reviews of the demo's decided courses: what approving, returning or rejecting each one left behind.

Every approved (awarded ones included), returned and rejected demo course gets the :class:`CourseReview` the
decision moves of ``services.courses.decisions`` leave: the checklist as submitting the course ran it (the
batch path of ``courses.course_checklists``, the one the waiting courses' checklists take), ticked as its
reviewer would have ticked it, the decision with its reason, the reviewer and the times. The seed writes the
rows in bulk (a county has a few thousand decided courses, some fifty thousand checklist items).

- Reviewer: the demo clerk for the units their district center reviews (臺北市), the administrator for every
  other unit (the demo has no other unit's clerk), as with the back-end counties' report months.
- Times: submitted in office hours on the day the course was registered on the site (``registered_on``),
  decided one to seven days later (a weekend pushes it to the Monday), never after now. The review's
  ``created_at`` is the submission (the first submission creates the review): the statistics' review time
  runs from it to ``decided_at``.
- Approved: each manual item answered yes and each failing check overridden with the reviewer's reason, as
  approval needs nothing blocking. Returned: the failing checks as the checklist left them, and a reason
  naming them. Rejected: the same for the checks that fail (an Art 9 activity without consent, a course
  registered on another site); where none fails, the reviewer answered the Art 8 focus item no.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session

from ntip_desktop.i18n import translate
from ntip_desktop.models import CourseState
from ntip_desktop.services import auth, courses
from ntip_desktop.services.demo.courses import CoursePlan
from ntip_desktop.services.ids import IdSequence
from ntip_desktop.services.rules.checklist import CheckResult
from ntip_desktop.services.rules.rocdate import TAIWAN
from ntip_desktop.vocabulary import CheckOutcome

#: The decided states and the move (``courses.WORKFLOW``) that decided them, as ``CourseReview.decision``.
DECISIONS = {CourseState.APPROVED: "approve", CourseState.RETURNED: "return", CourseState.REJECTED: "reject"}
#: The manual check a reviewer answers yes or no (Art 8: the course serves teaching and guidance).
_FOCUS = "art8.focus"


@dataclass
class DecidedReviews:
    """Rows of ``course_reviews`` and ``review_items`` for bulk inserts, and the value all reviews share."""

    rule_set_version: str = ""
    reviews: list[dict[str, Any]] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)


def decided_courses(plans: Sequence[CoursePlan]) -> list[CoursePlan]:
    """The plans written in a decided state (the ones the seed awards later are written approved)."""
    return [p for p in plans if p.row["state"] in DECISIONS]


def decided_reviews(
    session: Session,
    plans: Sequence[CoursePlan],
    admin: auth.CurrentUser,
    clerk: auth.CurrentUser,
    rng: random.Random,
    ids: IdSequence,
    now: datetime,
) -> DecidedReviews:
    """The review rows of every decided course of ``plans`` (stored already), in the plans' order."""
    decided = decided_courses(plans)
    checklists = courses.course_checklists(session, admin, [p.id for p in decided])
    clerk_units = set(courses.units_of(session, clerk) or ())
    out = DecidedReviews(checklists.rule_set_version)
    add_item = out.items.append
    for plan in decided:
        reviewer = (clerk if plan.row["review_unit"] in clerk_units else admin).office_user_id
        submitted, decided_at = _times(rng, plan.row["registered_on"], now)
        review_id = ids.next()
        action = DECISIONS[plan.row["state"]]
        results = checklists.results[plan.id]
        answers, reason = _answers(results, action)
        answered_at = max(submitted, decided_at - timedelta(minutes=rng.randrange(5, 60)))
        for r in results:
            answer = answers.get(r.id)
            add_item(
                {
                    "id": ids.next(),
                    "review_id": review_id,
                    "check_id": r.id,
                    "auto_outcome": r.outcome,
                    "outcome": r.outcome if answer is None else answer[0],
                    "message": r.message,
                    "data": r.data,
                    "override_reason": None if answer is None else answer[1],
                    "overridden_by_id": None if answer is None else reviewer,
                    "overridden_at": None if answer is None else answered_at,
                }
            )
        out.reviews.append(
            {
                "id": review_id,
                "course_id": plan.id,
                "reviewer_id": reviewer,
                "decision": action,
                "decision_reason": reason,
                "decided_at": decided_at,
                "created_at": submitted,
                "updated_at": decided_at,
            }
        )
    return out


def _times(rng: random.Random, registered_on: date, now: datetime) -> tuple[datetime, datetime]:
    """Submitted in office hours on ``registered_on``, decided 1–7 days later on a working day (UTC, ≤ now)."""
    submitted = datetime.combine(registered_on, time(8, 0), TAIWAN) + timedelta(minutes=rng.randrange(9 * 60))
    day = registered_on + timedelta(days=rng.randrange(1, 8))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    decided = datetime.combine(day, time(8, 30), TAIWAN) + timedelta(minutes=rng.randrange(8 * 60))
    decided_utc = min(decided.astimezone(UTC), now).replace(microsecond=0)
    # Registered today or yesterday: the decision is now, the submission an hour or more before it.
    submitted_utc = min(submitted.astimezone(UTC).replace(microsecond=0), decided_utc - timedelta(hours=1))
    return submitted_utc, decided_utc


def _answers(results: Sequence[CheckResult], action: str) -> tuple[dict[str, tuple[CheckOutcome, str]], str | None]:
    """What the reviewer recorded on the checklist (check id → outcome and reason), and the decision's reason."""
    answers: dict[str, tuple[CheckOutcome, str]] = {}
    if action == "approve":  # approving needs nothing failing and every manual item answered
        for r in results:
            if r.outcome is CheckOutcome.MANUAL:
                answers[r.id] = (CheckOutcome.PASS, translate("services.demo.reviews", "審核人判定符合"))
            elif r.outcome is CheckOutcome.FAIL:
                answers[r.id] = (CheckOutcome.PASS, translate("services.demo.reviews", "已向開辦單位查證，資料無誤"))
        return answers, None
    problems = "；".join(r.message for r in results if r.outcome is CheckOutcome.FAIL)
    if action == "return":
        if not problems:
            return answers, translate("services.demo.reviews", "請補正研習資料後重新送審。")
        return answers, translate("services.demo.reviews", "請補正：{problems}").format(problems=problems)
    if not problems:  # nothing the rules catch: the reviewer judged the course off Art 8's focus
        problems = translate("services.demo.reviews", "研習內容非以提升輔導專業知能、增進教學成效為主（第8條）")
        answers[_FOCUS] = (CheckOutcome.FAIL, problems)
    return answers, translate("services.demo.reviews", "不予採計：{problems}").format(problems=problems)


__all__ = ["DECISIONS", "DecidedReviews", "decided_courses", "decided_reviews"]
