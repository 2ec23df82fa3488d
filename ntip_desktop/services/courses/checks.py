"""The review checklist of a stored course (docs/rules.md CRS): run, stored, overridden, answered.

The rules themselves are pure (``services.rules.checklist``); this module turns a stored course into their
facts, keeps one :class:`CourseReview` per course with a :class:`ReviewItem` per check id, and records what
the reviewer adds: an override of an automatic outcome with its reason, a yes/no answer to a manual item
with a note, the consent document that clears an Art 9 hit. Every such change is audited.

An override answers one automatic outcome: when a re-run (a resubmission, a new rule set) gives a check a
different automatic outcome, its override lapses and the reviewer looks again. Manual answers stay.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import (
    County,
    Course,
    CourseReview,
    CourseState,
    ExternalCourse,
    Organization,
    ReportingMode,
    ReviewItem,
    Segment,
)
from ntip_desktop.models.base import table_of, utcnow
from ntip_desktop.services import audit
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.courses.access import ENTITY, check_review_scope, check_version, load_course, units_of
from ntip_desktop.services.ids import IdSequence
from ntip_desktop.services.rules import checklist, hours
from ntip_desktop.services.rules.checklist import CheckResult, Contact, CourseFacts, Organizer, Subsidy
from ntip_desktop.services.rules.checklist_text import base_title, is_official_doc_number
from ntip_desktop.services.rules.ruleset import RuleSet
from ntip_desktop.services.rulesets import rule_set_in_force
from ntip_desktop.vocabulary import CheckOutcome

#: Checks a person must judge; answered yes (pass) or no (fail) with a note.
MANUAL_CHECKS = frozenset({"art8.focus"})
#: The Art 9 check, cleared only by a consent document number.
RESTRICTED_CHECK = "art9.restricted"
#: States in which the checklist may still change (what the reviewer works on).
OPEN_STATES = (CourseState.SUBMITTED, CourseState.IN_REVIEW)

Progress = Callable[[int, int, str], None]


# --- facts ------------------------------------------------------------------------------------------


def course_facts(course: Any, organizer: Any, county: Any, segments: Iterable[Any]) -> CourseFacts:
    """What the checklist reads of a stored course: ORM objects, or Core rows with the same names (the batch
    re-check reads rows). ``county`` may be None; ``segments`` have id, start_at, end_at and kind."""
    return CourseFacts(
        code=course.code,
        title=course.title,
        session_label=course.session_label or None,
        outline=course.outline or None,
        basis_doc=course.basis_doc,
        start=course.start_at,
        end=course.end_at,
        venue=course.venue or None,
        delivery=course.delivery.value,
        class_nature=course.class_nature,
        audience=tuple(course.audience or ()),
        subsidy=Subsidy(course.subsidy_unit, course.subsidy_amount)
        if course.subsidy_unit or course.subsidy_amount
        else None,
        contact=Contact(course.contact_name or None, course.contact_phone or None, course.contact_email or None),
        organizer=Organizer(
            name=organizer.name,
            category=course.organizer_category,
            approval_doc=course.approval_doc or course.accreditation_ref,
            county=county.name if county else None,
            kind=organizer.kind.value,
            ownership=organizer.ownership.value,
        ),
        registered_on=course.registered_on,
        online_county=county.reporting_mode is ReportingMode.ONLINE if county else None,
        registered_elsewhere=course.registered_elsewhere,
        consent_doc=course.consent_doc,
        segments=tuple(hours.Segment(str(s.id), s.start_at, s.end_at, s.kind.value) for s in segments),
        cross_school=course.cross_school,
    )


@dataclass
class _Neighbours:
    """What a course's checks compare it with: its series (the organiser's courses with the same base title)
    and other sites' lists of courses starting that day."""

    #: (organiser, base title) → (course id, title, session label) of every course of that series.
    series: dict[tuple[uuid.UUID, str], list[tuple[uuid.UUID, str, str]]]
    external: dict[date, list[checklist.ExternalCourse]]  #: start date → other sites' courses

    @staticmethod
    def load(session: Session, organizer_ids: Iterable[uuid.UUID], days: Iterable[date]) -> _Neighbours:
        series: dict[tuple[uuid.UUID, str], list[tuple[uuid.UUID, str, str]]] = defaultdict(list)
        organizers = list(set(organizer_ids))
        for chunk in (organizers[i : i + 500] for i in range(0, len(organizers), 500)):
            for cid, org, title, session_label in session.execute(
                select(Course.id, Course.organizer_id, Course.title, Course.session_label).where(
                    Course.organizer_id.in_(chunk), Course.state != CourseState.CANCELLED
                )
            ):
                series[org, base_title(title)].append((cid, title, session_label))
        external: dict[date, list[checklist.ExternalCourse]] = defaultdict(list)
        wanted = list(set(days))
        for chunk_days in (wanted[i : i + 500] for i in range(0, len(wanted), 500)):
            for e in session.execute(select(ExternalCourse).where(ExternalCourse.start_on.in_(chunk_days))).scalars():
                external[e.start_on].append(checklist.ExternalCourse(e.source, e.organizer, e.start_on, e.title))
        return _Neighbours(series, external)

    def run(
        self, course: Any, organizer: Any, county: Any, segments: Iterable[Any], rule_set: RuleSet
    ) -> list[CheckResult]:
        mates = self.series.get((course.organizer_id, base_title(course.title)), ())
        return checklist.run_checklist(
            course_facts(course, organizer, county, segments),
            rule_set,
            series_titles=[(t, lbl or None) for cid, t, lbl in mates if cid != course.id],
            external_courses=self.external.get(course.start_at.date(), ()),
        )


def run_checks(session: Session, course: Course, rule_set: RuleSet | None = None) -> list[CheckResult]:
    """Every CRS check on ``course`` as stored, against its series and the imported external lists."""
    neighbours = _Neighbours.load(session, [course.organizer_id], [course.start_at.date()])
    org = course.organizer
    return neighbours.run(course, org, org.county, course.segments, rule_set or rule_set_in_force(session))


# --- the stored review --------------------------------------------------------------------------------


def store_review(
    session: Session,
    course: Course,
    results: Sequence[CheckResult],
    rule_set_version: str,
    *,
    preloaded: dict[uuid.UUID, CourseReview] | None = None,
) -> CourseReview:
    """Write ``results`` as the course's review (creating it), keeping answers that still apply.

    ``preloaded``: the reviews of a batch, read at once (a course missing there has none yet).
    """
    review = preloaded.get(course.id) if preloaded is not None else course_review(session, course.id)
    if review is None:
        review = CourseReview(course_id=course.id, rule_set_version=rule_set_version)
        session.add(review)
    review.rule_set_version = rule_set_version
    items = {i.check_id: i for i in review.items}
    for r in results:
        auto = CheckOutcome(r.outcome)
        item = items.get(r.id)
        if item is None:
            review.items.append(
                ReviewItem(check_id=r.id, auto_outcome=auto, outcome=auto, message=r.message, data=dict(r.data))
            )
            continue
        answered = item.override_reason is not None
        keep = answered and (r.id in MANUAL_CHECKS or item.auto_outcome is auto)
        item.auto_outcome, item.message, item.data = auto, r.message, dict(r.data)
        if not keep:
            item.outcome = auto
            item.override_reason = item.overridden_by_id = item.overridden_at = None
    return review


def course_review(session: Session, course_id: uuid.UUID) -> CourseReview | None:
    return session.execute(
        select(CourseReview).where(CourseReview.course_id == course_id).options(selectinload(CourseReview.items))
    ).scalar_one_or_none()


def review_course(session: Session, course: Course, rule_set: RuleSet | None = None) -> CourseReview:
    """Run the checklist and store it (a submission, a consent document, a re-check)."""
    rs = rule_set or rule_set_in_force(session)
    return store_review(session, course, run_checks(session, course, rs), rs.version)


_ORDER = {check_id: n for n, (check_id, _article) in enumerate(checklist.CHECK_IDS)}


def items_in_order(review: CourseReview | None) -> list[ReviewItem]:
    """The review's items in the order of the checklist table (docs/rules.md CRS)."""
    return sorted(review.items, key=lambda i: _ORDER.get(i.check_id, len(_ORDER))) if review else []


def blocking_items(review: CourseReview | None) -> list[ReviewItem]:
    """What keeps a course from approval: a failing check, or a manual item nobody answered."""
    if review is None:
        return []
    return [i for i in items_in_order(review) if i.outcome in (CheckOutcome.FAIL, CheckOutcome.MANUAL)]


def check_title(check_id: str) -> str:
    """The article a check id names, e.g. 第8條第2款."""
    return dict(checklist.CHECK_IDS).get(check_id, check_id)


# --- what the reviewer records --------------------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistChange:
    """What a reviewer's entry changed, for the status bar and the views."""

    course_code: str
    check_id: str
    outcome: CheckOutcome
    version: int
    message: str
    changes: Changes = Changes(courses=True, audit=True)  # noqa: RUF009 - frozen, shared safely


def _open_for_review(session: Session, user: CurrentUser, ref: uuid.UUID | str, version: int | None) -> Course:
    course = load_course(session, ref)
    check_review_scope(session, user, course)
    check_version(session, course, version)
    if course.state not in OPEN_STATES:
        raise UserError(
            translate("courses", "課程 {code} 目前為「{state}」，檢核表已不能更動。").format(
                code=course.code, state=label(course.state)
            ),
            field="state",
        )
    return course


def _item(session: Session, course: Course, check_id: str) -> ReviewItem:
    review = course_review(session, course.id) or review_course(session, course)
    item = next((i for i in review.items if i.check_id == check_id), None)
    if item is None:
        raise UserError(translate("courses", "沒有這個檢核項目：{id}").format(id=check_id), field="check_id")
    return item


def _record(
    session: Session,
    user: CurrentUser,
    course: Course,
    item: ReviewItem,
    outcome: CheckOutcome,
    reason: str,
    action: str,
) -> ChecklistChange:
    old = {"check": item.check_id, "outcome": item.outcome.value, "reason": item.override_reason}
    item.outcome = outcome
    item.override_reason = reason
    item.overridden_by_id = user.office_user_id
    item.overridden_at = utcnow()
    course.version += 1  # the checklist is part of what a reviewer decides on: a stale copy must show
    session.flush()
    new = {"check": item.check_id, "outcome": outcome.value, "reason": reason}
    audit.record(session, user.actor(), ENTITY, course.code, action, old=old, new=new, reason=reason)
    return ChecklistChange(
        course.code,
        item.check_id,
        outcome,
        course.version,
        translate("courses", "已記錄 {code} 的「{check}」：{outcome}").format(
            code=course.code, check=check_title(item.check_id), outcome=label(outcome)
        ),
    )


def override_check(
    session: Session,
    user: CurrentUser,
    ref: uuid.UUID | str,
    check_id: str,
    outcome: CheckOutcome,
    reason: str,
    *,
    expected_version: int | None = None,
) -> ChecklistChange:
    """Replace an automatic outcome with the reviewer's, for a recorded reason (docs/rules.md CRS)."""
    course = _open_for_review(session, user, ref, expected_version)
    reason = (reason or "").strip()
    if not reason:
        raise UserError(translate("courses", "變更檢核結果必須寫明理由。"), field="reason")
    if check_id == RESTRICTED_CHECK and outcome is not CheckOutcome.FAIL and not course.consent_doc:
        raise UserError(
            translate("courses", "第9條所列活動須先登錄主管機關同意文號，不能以理由略過。"), field="consent_doc"
        )
    if outcome is CheckOutcome.MANUAL:
        raise UserError(translate("courses", "請選擇通過、提醒或不符。"), field="outcome")
    return _record(session, user, course, _item(session, course, check_id), outcome, reason, "override_check")


def answer_manual(
    session: Session,
    user: CurrentUser,
    ref: uuid.UUID | str,
    check_id: str,
    agrees: bool,
    note: str = "",
    *,
    expected_version: int | None = None,
) -> ChecklistChange:
    """A manual item (Art 8 focus, basis issuer) answered yes or no, with a note (required for no)."""
    course = _open_for_review(session, user, ref, expected_version)
    note = (note or "").strip()
    if not agrees and not note:
        raise UserError(translate("courses", "判定不符時請寫明理由。"), field="note")
    item = _item(session, course, check_id)
    if item.auto_outcome is not CheckOutcome.MANUAL:
        raise UserError(
            translate("courses", "「{check}」不是人工判斷項目；要改變結果請用「變更檢核結果」。").format(
                check=check_title(check_id)
            ),
            field="check_id",
        )
    outcome = CheckOutcome.PASS if agrees else CheckOutcome.FAIL
    reason = note or translate("courses", "審核人判定符合")
    return _record(session, user, course, item, outcome, reason, "answer_check")


def record_consent(
    session: Session,
    user: CurrentUser,
    ref: uuid.UUID | str,
    document: str,
    *,
    expected_version: int | None = None,
) -> ChecklistChange:
    """The competent authority's consent to an Art 9 activity: its document number, then the checks re-run."""
    course = _open_for_review(session, user, ref, expected_version)
    document = (document or "").strip()
    rs = rule_set_in_force(session)
    if not is_official_doc_number(document, rs):
        raise UserError(translate("courses", "同意文號格式不符（例：北市教研字第1083012345號）。"), field="consent_doc")
    old = {"consent_doc": course.consent_doc}
    course.consent_doc = document
    course.version += 1
    review = review_course(session, course, rs)
    session.flush()
    audit.record(
        session, user.actor(), ENTITY, course.code, "record_consent", old=old, new={"consent_doc": document},
        reason=translate("courses", "登錄第9條同意文號"),
    )  # fmt: skip
    item = next(i for i in review.items if i.check_id == RESTRICTED_CHECK)
    return ChecklistChange(
        course.code,
        RESTRICTED_CHECK,
        item.outcome,
        course.version,
        translate("courses", "已登錄 {code} 的同意文號 {doc}").format(code=course.code, doc=document),
    )


# --- re-checking many courses (a new rule set) -------------------------------------------------------------


@dataclass(frozen=True)
class Recheck:
    courses: int
    changed: int  #: courses whose outcomes changed
    changes: Changes = Changes(courses=True)  # noqa: RUF009 - frozen, shared safely


def recheck_open_courses(
    session: Session,
    user: CurrentUser,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch: int = 1000,
) -> Recheck:
    """Run the checklist again on every open course in ``user``'s units (after a rule-set change).

    Built for a county's whole queue: the organisers' series and the external lists are read once, the
    courses in batches, and the stored reviews as plain rows; what changed is written through Core in bulk
    (new reviews and their items inserted, changed items updated), never object by object. A cancel raises
    and, the caller rolling back, writes nothing. Answers that still apply are kept, as :func:`store_review`
    keeps them.
    """
    user.require(Permission.REVIEW_COURSES)
    rs = rule_set_in_force(session)
    units = units_of(session, user)
    stmt = select(Course.id, Course.organizer_id, Course.start_at).where(Course.state.in_(OPEN_STATES))
    if units is not None:
        stmt = stmt.where(Course.review_unit.in_(units))
    heads = sorted(session.execute(stmt).all(), key=lambda r: r[0])
    writer = _ReviewWriter(session, rs.version)
    done = 0
    for chunk in _checklist_batches(session, heads, rs, batch, cancelled):
        stored = writer.stored([course_id for course_id, _results in chunk])
        for course_id, results in chunk:
            writer.write(course_id, results, stored.get(course_id))
        writer.flush()
        done += len(chunk)
        if progress is not None:
            progress(done, len(heads), translate("courses", "重新檢核課程"))
    return Recheck(len(heads), writer.changed_courses)


@dataclass(frozen=True)
class CourseChecklists:
    """The checklists of many courses as their stored data reads now (nothing stored by running them)."""

    rule_set_version: str
    #: course id → its results in the order of the checklist table.
    results: dict[uuid.UUID, list[CheckResult]]


def course_checklists(
    session: Session, user: CurrentUser, course_ids: Iterable[uuid.UUID], *, batch: int = 1000
) -> CourseChecklists:
    """Run the checklist on each of ``course_ids``, whatever its state, the way :func:`recheck_open_courses`
    runs it (series and external lists read once, courses in batches of rows), and return the results
    without storing them: for writing reviews in bulk (the demo data's decided courses). A course that is
    not routed to ``user``'s units is refused, as deciding it would be.
    """
    user.require(Permission.REVIEW_COURSES)
    wanted = sorted(set(course_ids))
    rs = rule_set_in_force(session)
    units = units_of(session, user)
    heads: list[Any] = []
    for part in (wanted[i : i + 500] for i in range(0, len(wanted), 500)):
        for head in session.execute(
            select(Course.id, Course.organizer_id, Course.start_at, Course.review_unit).where(Course.id.in_(part))
        ):
            if units is not None and head.review_unit not in units:
                check_review_scope(session, user, load_course(session, head.id))  # raises, naming the course
            heads.append(head)
    if len(heads) != len(wanted):
        found = {h.id for h in heads}
        load_course(session, next(i for i in wanted if i not in found))  # raises: no such course
    heads.sort(key=lambda r: r[0])
    results: dict[uuid.UUID, list[CheckResult]] = {}
    for chunk in _checklist_batches(session, heads, rs, batch):
        results.update(chunk)
    return CourseChecklists(rs.version, results)


def _checklist_batches(
    session: Session,
    heads: Sequence[Any],
    rule_set: RuleSet,
    batch: int,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[list[tuple[uuid.UUID, list[CheckResult]]]]:
    """The checklist results of the courses ``heads`` (rows of id, organizer_id, start_at), ``batch`` courses
    at a time: series and external lists read once, each batch's courses and segments as plain rows."""
    neighbours = _Neighbours.load(session, {h[1] for h in heads}, {h[2].date() for h in heads})
    for start in range(0, len(heads), batch):
        if cancelled is not None and cancelled():
            raise UserError(translate("courses", "已取消重新檢核，沒有寫入任何資料。"))
        chunk = [h[0] for h in heads[start : start + batch]]
        segments: dict[uuid.UUID, list[Any]] = defaultdict(list)
        for seg in session.execute(
            select(Segment.course_id, Segment.id, Segment.start_at, Segment.end_at, Segment.kind)
            .where(Segment.course_id.in_(chunk))
            .order_by(Segment.course_id, Segment.start_at)
        ):
            segments[seg.course_id].append(seg)
        out = []
        for row in session.execute(_BATCH_ROWS.where(Course.id.in_(chunk))):
            county = row if row.county_name is not None else None
            results = neighbours.run(
                row, _OrgView(row), _CountyView(row) if county else None, segments[row.id], rule_set
            )
            out.append((row.id, results))
        yield out


#: What the checklist reads of a course, its organiser and county, as one row (the batch re-check).
_BATCH_ROWS = (
    select(
        *(c for c in Course.__table__.c),
        Organization.name.label("org_name"),
        Organization.kind.label("org_kind"),
        Organization.ownership.label("org_ownership"),
        County.name.label("county_name"),
        County.reporting_mode.label("county_mode"),
    )
    .join(Organization, Organization.id == Course.organizer_id)
    .outerjoin(County, County.code == Organization.county_code)
)


class _OrgView:
    """A batch row seen as the organiser (``name``, ``kind``, ``ownership``)."""

    __slots__ = ("kind", "name", "ownership")

    def __init__(self, row: Any) -> None:
        self.name, self.kind, self.ownership = row.org_name, row.org_kind, row.org_ownership


class _CountyView:
    """A batch row seen as the county (``name``, ``reporting_mode``)."""

    __slots__ = ("name", "reporting_mode")

    def __init__(self, row: Any) -> None:
        self.name, self.reporting_mode = row.county_name, row.county_mode


class _ReviewWriter:
    """Bulk writes of re-run checklists: stored reviews read as rows, changes written through Core."""

    _ITEM = table_of(ReviewItem)
    _REVIEW = table_of(CourseReview)

    def __init__(self, session: Session, rule_set_version: str) -> None:
        self.session = session
        self.version = rule_set_version
        self.changed_courses = 0
        self._ids = IdSequence()
        self._new_reviews: list[dict[str, object]] = []
        self._new_items: list[dict[str, object]] = []
        self._updates: list[dict[str, object]] = []
        self._versions: list[dict[str, object]] = []

    def stored(self, course_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, tuple[uuid.UUID, str, dict[str, Any]]]:
        """course id → (review id, its rule-set version, check id → item row) for the courses given."""
        item, review = self._ITEM.c, self._REVIEW.c
        rows = self.session.execute(
            select(
                review.course_id, review.id, review.rule_set_version, item.id, item.check_id, item.auto_outcome,
                item.outcome, item.message, item.data, item.override_reason,
            )
            .join(self._ITEM, item.review_id == review.id)
            .where(review.course_id.in_(list(course_ids)))
        )  # fmt: skip
        found: dict[uuid.UUID, tuple[uuid.UUID, str, dict[str, Any]]] = {}
        for course_id, review_id, version, *rest in rows:
            entry = found.setdefault(course_id, (review_id, version, {}))
            entry[2][rest[1]] = rest
        return found

    def write(
        self,
        course_id: uuid.UUID,
        results: Sequence[CheckResult],
        stored: tuple[uuid.UUID, str, dict[str, Any]] | None,
    ) -> None:
        now = utcnow()
        if stored is None:
            review_id = self._ids.next()
            self._new_reviews.append(
                {"id": review_id, "course_id": course_id, "rule_set_version": self.version,
                 "created_at": now, "updated_at": now}
            )  # fmt: skip
            self._new_items.extend(self._item_row(review_id, r) for r in results)
            self.changed_courses += 1
            return
        review_id, version, items = stored
        if version != self.version:
            self._versions.append({"rid": review_id, "v": self.version, "at": now})
        changed = False
        for r in results:
            auto = CheckOutcome(r.outcome)
            row = items.get(r.id)
            if row is None:
                self._new_items.append(self._item_row(review_id, r))
                changed = True
                continue
            item_id, _check, old_auto, outcome, message, data, reason = row
            keep = reason is not None and (r.id in MANUAL_CHECKS or old_auto == auto)
            new_outcome = outcome if keep else auto
            if (old_auto, new_outcome, message, data) == (auto, outcome, r.message, dict(r.data)):
                continue
            changed = changed or new_outcome != outcome
            self._updates.append(
                {"iid": item_id, "auto": auto, "outcome": new_outcome, "message": r.message, "data": dict(r.data),
                 "keep": keep}
            )  # fmt: skip
        self.changed_courses += changed

    def _item_row(self, review_id: uuid.UUID, r: CheckResult) -> dict[str, object]:
        auto = CheckOutcome(r.outcome)
        return {
            "id": self._ids.next(), "review_id": review_id, "check_id": r.id, "auto_outcome": auto, "outcome": auto,
            "message": r.message, "data": dict(r.data), "override_reason": None, "overridden_by_id": None,
            "overridden_at": None,
        }  # fmt: skip

    def flush(self) -> None:
        from sqlalchemy import bindparam, case, insert, update

        s, item, review = self.session, self._ITEM, self._REVIEW
        if self._new_reviews:
            s.execute(insert(review), self._new_reviews)
        if self._new_items:
            s.execute(insert(item), self._new_items)
        if self._updates:
            s.execute(
                update(item)
                .where(item.c.id == bindparam("iid"))
                .values(
                    auto_outcome=bindparam("auto"),
                    outcome=bindparam("outcome"),
                    message=bindparam("message"),
                    data=bindparam("data"),
                    override_reason=case((bindparam("keep"), item.c.override_reason), else_=None),
                    overridden_by_id=case((bindparam("keep"), item.c.overridden_by_id), else_=None),
                    overridden_at=case((bindparam("keep"), item.c.overridden_at), else_=None),
                ),
                self._updates,
            )
        if self._versions:
            s.execute(
                update(review)
                .where(review.c.id == bindparam("rid"))
                .values(rule_set_version=bindparam("v"), updated_at=bindparam("at")),
                self._versions,
            )
        self._new_reviews, self._new_items, self._updates, self._versions = [], [], [], []


def segments_of(session: Session, course_id: uuid.UUID) -> list[Segment]:
    return list(
        session.execute(select(Segment).where(Segment.course_id == course_id).order_by(Segment.start_at)).scalars()
    )
