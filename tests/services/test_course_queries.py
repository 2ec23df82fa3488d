"""The review desk's queue and detail (services/courses/queries.py): filters, scope, counts, the checklist
in table order and the series shown together, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from account_world import ELEMENTARY_TPE, SCHOOL_KHH, World, build_world
from course_world import START, add_course

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.models import CourseState
from ntip_desktop.services import courses
from ntip_desktop.services.courses import CourseFilter
from ntip_desktop.services.db import Database
from ntip_desktop.services.rules.checklist import CHECK_IDS
from ntip_desktop.vocabulary import CheckOutcome

S = CourseState


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


def _submit(db: Database, w: World, **changes: object) -> str:
    cid = add_course(db, **changes)
    with db.session() as s:
        return courses.decide(s, w.admin, cid, "submit").code


@pytest.fixture
def desk(database: Database, world: World) -> dict[str, str]:
    """Courses of three organisers in two districts, in several states; name → code."""
    codes = {
        "tpe_first": _submit(database, world, code="115T0001"),
        "tpe_class": _submit(
            database, world, code="115T0002", title="閱讀理解教學研習", class_nature="讀書分享",
            start_at=START + timedelta(days=3), registered_on=(START - timedelta(days=20)).date(),
        ),
        "tpe_yoga": _submit(
            database, world, code="115T0003", title="教師瑜珈紓壓研習", org_code=ELEMENTARY_TPE,
            start_at=START + timedelta(days=10),
        ),
        "khh": _submit(database, world, code="115K0001", org_code=SCHOOL_KHH, start_at=START + timedelta(days=1)),
    }  # fmt: skip
    add_course(database, code="115T0009", title="草稿中的研習", start_at=START + timedelta(days=5))
    codes["tpe_draft"] = "115T0009"
    with database.session() as s:
        courses.decide(s, world.clerk, "115T0002", "take")
    return codes


def _codes(db: Database, user: object, f: CourseFilter | None = None, **kw: object) -> list[str]:
    with db.session() as s:
        return [r.code for r in courses.list_courses(s, user, f or CourseFilter(), **kw)]  # type: ignore[arg-type]


def test_a_clerk_sees_the_courses_routed_to_their_office_in_start_order(
    database: Database, world: World, desk: dict[str, str]
) -> None:
    assert _codes(database, world.clerk) == ["115T0001", "115T0002", "115T0003"]  # no draft, no 高雄
    assert _codes(database, world.clerk, order_by="start_at", descending=True) == ["115T0003", "115T0002", "115T0001"]
    assert _codes(database, world.clerk, order_by="state") == ["115T0002", "115T0001", "115T0003"]  # in_review first
    assert _codes(database, world.clerk, limit=2, offset=1) == ["115T0002", "115T0003"]
    with database.session() as s:
        rows = courses.list_courses(s, world.clerk, CourseFilter())
        assert courses.count_courses(s, world.clerk, CourseFilter()) == 3
    first = rows[0]
    assert (first.organizer_name, first.organizer_code, first.county_name) == (
        "臺北市立建國高級中學",
        "353301",
        "臺北市",
    )
    assert (first.state, first.review_unit, first.session_label) == (S.SUBMITTED, "authority:63", "第1場")
    assert [r.failing for r in rows] == [0, 1, 1]  # 班別性質; 第9條 瑜珈


def test_a_clerk_of_another_district_sees_none_of_them(database: Database, world: World, desk: dict[str, str]) -> None:
    assert _codes(database, world.other_clerk) == ["115K0001"]
    with pytest.raises(PermissionDenied, match="由臺北市政府教育局審核，不在您的範圍"), database.session() as s:
        courses.find_course(s, world.other_clerk, "115t0001")
    with pytest.raises(PermissionDenied), database.session() as s:
        courses.course_detail(s, world.other_clerk, courses.load_course(s, "115T0001").id)


def test_a_coordinator_sees_their_schools_courses_drafts_included(
    database: Database, world: World, desk: dict[str, str]
) -> None:
    assert _codes(database, world.coordinator) == ["115T0001", "115T0002", "115T0009"]  # not 大安國小's, not 高雄's
    assert _codes(database, world.admin) == ["115T0001", "115K0001", "115T0002", "115T0009", "115T0003"]
    with database.session() as s:
        detail = courses.course_detail(s, world.coordinator, courses.find_course(s, world.coordinator, "115T0009").id)
    assert detail.row.state is S.DRAFT and not detail.checks_stored and not detail.can_review
    assert detail.moves == ("submit",)
    assert [c.check_id for c in detail.checks] == [cid for cid, _ in CHECK_IDS]  # what review will find


@pytest.mark.parametrize(
    ("f", "expected"),
    [
        (CourseFilter(states=(S.SUBMITTED,)), ["115T0001", "115T0003"]),
        (CourseFilter(states=(S.IN_REVIEW,)), ["115T0002"]),
        (CourseFilter(county_code="63"), ["115T0001", "115T0002", "115T0003"]),
        (CourseFilter(county_code="64"), []),
        (CourseFilter(organizer="353604"), ["115T0003"]),
        (CourseFilter(organizer="建國"), ["115T0001", "115T0002"]),
        (CourseFilter(start_from=(START + timedelta(days=3)).date()), ["115T0002", "115T0003"]),
        (CourseFilter(start_to=(START + timedelta(days=3)).date()), ["115T0001", "115T0002"]),
        (CourseFilter(failing_check="art8.4.class_nature"), ["115T0002"]),
        (CourseFilter(failing_check="art9.restricted"), ["115T0003"]),
        (CourseFilter(failing_check="art8.7.contact"), []),
        (CourseFilter(text="115t 0003"), ["115T0003"]),
        (CourseFilter(text="閱讀"), ["115T0002"]),
    ],
)
def test_each_filter(
    database: Database, world: World, desk: dict[str, str], f: CourseFilter, expected: list[str]
) -> None:
    assert _codes(database, world.clerk, f) == expected
    assert _codes(database, world.clerk, f, order_by="code") == sorted(expected)
    with database.session() as s:
        assert courses.count_courses(s, world.clerk, f) == len(expected)


def test_counts_by_state_follow_the_other_filters(database: Database, world: World, desk: dict[str, str]) -> None:
    with database.session() as s:
        counts = courses.counts_by_state(s, world.clerk, CourseFilter(states=(S.APPROVED,)))
        assert list(counts) == list(CourseState)  # every state, in order, zeros too
        assert (counts[S.SUBMITTED], counts[S.IN_REVIEW], counts[S.DRAFT], counts[S.APPROVED]) == (2, 1, 0, 0)
        assert courses.counts_by_state(s, world.clerk, CourseFilter(organizer="建國"))[S.SUBMITTED] == 1
        assert courses.counts_by_state(s, world.coordinator)[S.DRAFT] == 1
        assert sum(courses.counts_by_state(s, world.other_clerk).values()) == 1


def test_the_detail_shows_the_checklist_in_table_order_and_the_series_together(
    database: Database, world: World, desk: dict[str, str]
) -> None:
    second = _submit(database, world, code="115T0004", session_label="第2場", start_at=START + timedelta(days=7))
    _submit(database, world, code="115T0005", title="完全不同的研習", start_at=START + timedelta(days=8))
    with database.session() as s:
        courses.answer_manual(s, world.clerk, second, "art8.focus", True, "")
        courses.override_check(s, world.clerk, second, "art8.2.basis", CheckOutcome.PASS, "市府來函")
        detail = courses.course_detail(s, world.clerk, courses.find_course(s, world.clerk, second).id)
    assert [(c.check_id, c.article) for c in detail.checks] == list(CHECK_IDS)
    focus, basis = detail.check("art8.focus"), detail.check("art8.2.basis")
    assert focus is not None and basis is not None
    assert (focus.outcome, focus.override_reason, focus.overridden_by) == ("pass", "審核人判定符合", "林書記")
    assert (basis.auto_outcome, basis.outcome, basis.override_reason) == ("manual", "pass", "市府來函")
    title = detail.check("art8.1.title")
    assert title is not None and (title.data["series"], title.data["session"]) == (2, 2)  # 第2場 of 2
    assert [r.code for r in detail.series] == ["115T0001", second]  # same base title; not 115T0005
    assert detail.checks_stored and detail.can_review and detail.unit_name == "臺北市政府教育局"
    assert detail.moves == ("take", "approve", "return", "reject")
    assert [h.action for h in detail.history] == ["submit", "answer_check", "override_check"]
    assert [seg.label for seg in detail.segments] == ["S1"]
    with database.session() as s:
        alone = courses.course_detail(s, world.clerk, courses.find_course(s, world.clerk, "115T0003").id)
    assert alone.series == () and [c.check_id for c in alone.blocking] == [
        "art8.focus",
        "art8.2.basis",
        "art9.restricted",
    ]


def test_finding_a_course_by_code(database: Database, world: World, desk: dict[str, str]) -> None:
    with database.session() as s:
        assert courses.find_course(s, world.clerk, " 115t0002 ").code == "115T0002"
        with pytest.raises(UserError, match="查無課程 115T9999"):
            courses.find_course(s, world.clerk, "115t9999")
        with pytest.raises(UserError, match="請輸入課程代碼"):
            courses.find_course(s, world.clerk, "  ")
        assert [c.code for c in courses.counties_in_scope(s, world.clerk)] == ["63"]
        assert [c.code for c in courses.counties_in_scope(s, world.admin)] == ["63", "64"]
