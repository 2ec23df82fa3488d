"""CRS: the course review checklist, one check id at a time, pass and fail."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from ntip_desktop.errors import UserError
from ntip_desktop.services.rules.checklist import (
    CHECK_IDS,
    CheckResult,
    Contact,
    CourseFacts,
    ExternalCourse,
    Organizer,
    Subsidy,
    apply_override,
    is_official_doc_number,
    run_checklist,
    session_marker,
    valid_email,
    valid_phone,
)
from ntip_desktop.services.rules.hours import Segment

GOOD = CourseFacts(
    code="115A0001",
    title="素養導向數學教學工作坊",
    session_label=None,
    outline="介紹素養導向數學教學的設計原則，並實作評量題目的編寫、試教與修正。",
    basis_doc="北市教研字第1083012345號",
    start=datetime(2026, 3, 2, 9, 0),
    end=datetime(2026, 3, 2, 16, 0),
    venue="臺北市立建國高級中學 活動中心",
    delivery="in_person",
    class_nature="工作坊",
    audience=("k12_teacher", "other_educator"),
    subsidy=None,
    contact=Contact("王小明", "02-2345-6789#12", "wang@example.edu.tw"),
    organizer=Organizer("臺北市立建國高級中學", 4, None, "臺北市", "senior_high", "municipal"),
    registered_on=date(2026, 2, 23),
    online_county=True,
    registered_elsewhere=False,
    consent_doc=None,
    segments=(
        Segment("s1", datetime(2026, 3, 2, 9, 0), datetime(2026, 3, 2, 12, 0)),
        Segment("s2", datetime(2026, 3, 2, 12, 0), datetime(2026, 3, 2, 13, 0), "lunch"),
        Segment("s3", datetime(2026, 3, 2, 13, 0), datetime(2026, 3, 2, 16, 0)),
    ),
    cross_school=True,
)


def check(facts: CourseFacts, check_id: str, **kwargs: object) -> CheckResult:
    (result,) = [r for r in run_checklist(facts, **kwargs) if r.id == check_id]  # type: ignore[arg-type]
    return result


def test_every_id_of_the_rules_table_in_order() -> None:
    results = run_checklist(GOOD)
    assert [r.id for r in results] == [
        "art7.organizer",
        "art8.focus",
        "art8.1.title",
        "art8.2.basis",
        "art8.3.when_where",
        "art8.4.class_nature",
        "art8.5.audience",
        "art8.6.subsidy",
        "art8.7.contact",
        "art9.restricted",
        "art11.route",
        "art12.1.duplicate",
        "art12.2.lead_time",
    ]
    assert [(r.id, r.article) for r in results] == list(CHECK_IDS)


def test_a_good_course_fails_nothing_and_only_the_judgement_calls_stay_manual() -> None:
    outcomes = {r.id: r.outcome for r in run_checklist(GOOD)}
    assert {k for k, v in outcomes.items() if v != "pass"} == {"art8.focus", "art8.2.basis"}
    assert {outcomes["art8.focus"], outcomes["art8.2.basis"]} == {"manual"}


def test_every_message_names_its_article() -> None:
    for facts in (GOOD, CourseFacts()):
        for result in run_checklist(facts):
            assert "第" in result.message and "條" in result.message, result


def test_missing_fields_fail_and_never_crash() -> None:
    results = run_checklist(CourseFacts())
    assert len(results) == len(CHECK_IDS)
    outcomes = {r.id: r.outcome for r in results}
    assert outcomes["art8.focus"] == "manual"
    assert outcomes["art8.6.subsidy"] == "pass"  # no subsidy is a valid answer
    assert outcomes["art9.restricted"] == "pass"  # nothing to match
    assert {k for k, v in outcomes.items() if v == "fail"} == {i for i, _ in CHECK_IDS} - {
        "art8.focus",
        "art8.6.subsidy",
        "art9.restricted",
    }


# --- art7.organizer --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("organizer", "cross_school", "outcome"),
    [
        pytest.param(Organizer(category=7), None, "pass", id="item 7 (own school) needs nothing more"),
        pytest.param(
            Organizer(category=3, approval_doc="臺教師(二)字第1120012345號"), None, "pass", id="item 3 with doc"
        ),
        pytest.param(Organizer(category=3), None, "fail", id="item 3 without the approving authority's doc"),
        pytest.param(Organizer(category=3, approval_doc="已核准"), None, "warn", id="item 3 doc not shaped like one"),
        pytest.param(Organizer(category=4), True, "pass", id="item 4 cross-school"),
        pytest.param(Organizer(category=4), False, "fail", id="item 4 not cross-school"),
        pytest.param(Organizer(category=4), None, "manual", id="item 4 cross-school unknown"),
        pytest.param(Organizer(category=5, approval_doc="府教國字第1150001234號"), True, "pass", id="item 5 with doc"),
        pytest.param(Organizer(category=5), True, "fail", id="item 5 without doc"),
        pytest.param(Organizer(category=6, approval_doc="認可字號 A-12"), None, "pass", id="item 6 accredited"),
        pytest.param(Organizer(category=6), None, "fail", id="item 6 without accreditation"),
        pytest.param(Organizer(category=9), None, "fail", id="not an item of Art 7"),
        pytest.param(None, None, "fail", id="no organiser"),
    ],
)
def test_art7_organizer(organizer: Organizer | None, cross_school: bool | None, outcome: str) -> None:
    result = check(replace(GOOD, organizer=organizer, cross_school=cross_school), "art7.organizer")
    assert result.outcome == outcome
    assert "第7條" in result.message


def test_art8_focus_is_always_for_the_clerk() -> None:
    assert check(GOOD, "art8.focus").outcome == "manual"


# --- art8.1.title ----------------------------------------------------------------------------------


def test_art8_1_title_present_and_outline_long_enough() -> None:
    assert check(GOOD, "art8.1.title").outcome == "pass"
    assert check(replace(GOOD, title=" "), "art8.1.title").outcome == "fail"
    short = check(replace(GOOD, outline="數學 教學 研習"), "art8.1.title")
    assert short.outcome == "fail"
    assert "至少20字（目前6字）" in short.message


def test_art8_1_a_series_needs_distinct_session_markers() -> None:
    series = ("素養導向數學教學工作坊（第1場）", "素養導向數學教學工作坊 第二場")
    unmarked = check(GOOD, "art8.1.title", series_titles=series)
    assert unmarked.outcome == "fail"
    assert "同一系列有3門課程" in unmarked.message
    marked = replace(GOOD, title="素養導向數學教學工作坊（第3場）")
    assert check(marked, "art8.1.title", series_titles=series).outcome == "pass"
    clash = replace(GOOD, session_label="第 2 場")
    assert check(clash, "art8.1.title", series_titles=series).outcome == "fail"
    other_series = ("閱讀理解策略研習（第1場）",)
    assert check(GOOD, "art8.1.title", series_titles=other_series).outcome == "pass"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("第3場", 3),
        ("第三梯次", 3),
        ("（第十二場）", 12),
        ("場次：2", 2),
        ("第 1 期", 1),
        ("第二十一場", 21),
        ("工作坊", None),
    ],
)
def test_session_markers(text: str, number: int | None) -> None:
    assert session_marker(text) == number


# --- art8.2.basis ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "doc",
    [
        pytest.param("台中(三)字第 0980169437 號", id="RULES example 台中(三)字第 0980169437 號"),
        pytest.param("北市教研字第1083012345號", id="RULES example 北市教研字第1083012345號"),
        pytest.param("臺教師（三）字第１１４００１２３４５號", id="full-width brackets and digits"),
        pytest.param("府教國字第 123456 號", id="six digits"),
        pytest.param("臺教國署高字第111222333444號", id="twelve digits"),
    ],
)
def test_art8_2_official_looking_numbers_leave_the_issuer_to_the_clerk(doc: str) -> None:
    assert is_official_doc_number(doc)
    result = check(replace(GOOD, basis_doc=doc), "art8.2.basis")
    assert result.outcome == "manual"
    assert "第8條第2款" in result.message


@pytest.mark.parametrize(
    "doc",
    [
        "教育部公文",
        "字第1083012345號",
        "北市教研字第12345號",
        "北市教研字第1234567890123號",
        "北市教研第1083012345號",
        "123字第1083012345號",
        None,
        "",
    ],
)
def test_art8_2_other_text_fails(doc: str | None) -> None:
    assert check(replace(GOOD, basis_doc=doc), "art8.2.basis").outcome == "fail"


# --- art8.3 … art8.7 -------------------------------------------------------------------------------


def test_art8_3_when_where() -> None:
    assert check(GOOD, "art8.3.when_where").outcome == "pass"
    assert check(replace(GOOD, end=None), "art8.3.when_where").outcome == "fail"
    assert check(replace(GOOD, end=GOOD.start), "art8.3.when_where").outcome == "fail"
    outside = replace(GOOD, end=datetime(2026, 3, 2, 15, 0))
    result = check(outside, "art8.3.when_where")
    assert result.outcome == "fail" and "時段 s3 不在研習起迄時間之內" in result.message
    assert check(replace(GOOD, venue=""), "art8.3.when_where").outcome == "fail"
    assert check(replace(GOOD, venue=None, delivery="online"), "art8.3.when_where").outcome == "pass"


def test_art8_4_class_nature_from_the_controlled_list() -> None:
    assert check(GOOD, "art8.4.class_nature").outcome == "pass"
    wrong = check(replace(GOOD, class_nature="聚餐"), "art8.4.class_nature")
    assert wrong.outcome == "fail" and "研習班" in wrong.message
    assert check(replace(GOOD, class_nature=None), "art8.4.class_nature").outcome == "fail"


def test_art8_5_audience() -> None:
    assert check(GOOD, "art8.5.audience").outcome == "pass"
    assert check(replace(GOOD, audience=("parent",)), "art8.5.audience").outcome == "warn"
    assert check(replace(GOOD, audience=()), "art8.5.audience").outcome == "fail"


@pytest.mark.parametrize(
    ("subsidy", "outcome"),
    [
        (None, "pass"),
        (Subsidy(None, None), "pass"),
        (Subsidy("教育部國民及學前教育署", 12000), "pass"),
        (Subsidy("教育部", None), "fail"),
        (Subsidy(None, 5000), "fail"),
        (Subsidy("教育部", 0), "fail"),
        (Subsidy("教育部", 1500.5), "fail"),
        (Subsidy("教育部", -3), "fail"),
    ],
)
def test_art8_6_subsidy_unit_and_amount_together(subsidy: Subsidy | None, outcome: str) -> None:
    assert check(replace(GOOD, subsidy=subsidy), "art8.6.subsidy").outcome == outcome


@pytest.mark.parametrize(
    "phone",
    [
        "02-2345-6789",
        "(02)23456789",
        "04-2222-3333#123",
        "037-123456",
        "0912-345-678",
        "0912345678",
        "+886-912-345-678",
        "+886 2 2345 6789",
        "０２－２３４５－６７８９",
        "049-2345678 分機 12",
        "082-123456",
    ],
)
def test_taiwan_phone_numbers(phone: str) -> None:
    assert valid_phone(phone)


@pytest.mark.parametrize("phone", ["12345", "2345-6789", "0912-345-67", "09123456789", "+1-202-555-0100", "電話"])
def test_not_taiwan_phone_numbers(phone: str) -> None:
    assert not valid_phone(phone)


def test_art8_7_contact() -> None:
    assert check(GOOD, "art8.7.contact").outcome == "pass"
    assert valid_email("a.b+c@mail.tc.edu.tw") and not valid_email("a@b") and not valid_email("a@@b.tw")
    for contact in (
        None,
        Contact(None, "02-2345-6789", "a@b.tw"),
        Contact("王", "123", "a@b.tw"),
        Contact("王", "02-2345-6789", "not-an-email"),
    ):
        assert check(replace(GOOD, contact=contact), "art8.7.contact").outcome == "fail"


# --- art9, art11, art12 -----------------------------------------------------------------------------


def test_art9_a_hit_fails_naming_category_and_term_until_consent_is_recorded() -> None:
    yoga = replace(GOOD, title="教師瑜珈紓壓研習")
    result = check(yoga, "art9.restricted")
    assert result.outcome == "fail"
    assert "第4款屬個人休閒性質與教學無關之研習「瑜珈」" in result.message
    assert result.data["matches"] == [{"category": 4, "term": "瑜珈", "where": "title"}]
    consented = check(replace(yoga, consent_doc="北市教終字第1150001111號"), "art9.restricted")
    assert consented.outcome == "pass" and "北市教終字第1150001111號" in consented.message
    assert check(GOOD, "art9.restricted").outcome == "pass"


def test_art11_route_names_the_unit() -> None:
    result = check(GOOD, "art11.route")
    assert result.outcome == "pass"
    assert result.data["unit"] == "臺北市政府教育局"
    assert "臺北市政府教育局" in result.message
    assert check(replace(GOOD, organizer=Organizer(category=4)), "art11.route").outcome == "fail"
    unknown = replace(GOOD, organizer=Organizer(category=4, kind="senior_high", county="火星市", ownership="county"))
    assert check(unknown, "art11.route").outcome == "fail"


def test_art12_1_registered_elsewhere_fails() -> None:
    assert check(GOOD, "art12.1.duplicate").outcome == "pass"
    assert check(replace(GOOD, registered_elsewhere=True), "art12.1.duplicate").outcome == "fail"
    assert check(replace(GOOD, registered_elsewhere=None), "art12.1.duplicate").outcome == "fail"


def test_art12_1_a_likely_duplicate_in_an_imported_list_warns() -> None:
    external = [
        ExternalCourse("臺北市教師研習系統", "台北市立建國高級中學", date(2026, 3, 2), "素養導向的數學教學工作坊"),
        ExternalCourse("臺北市教師研習系統", "臺北市立建國高級中學", date(2026, 3, 9), "素養導向數學教學工作坊"),
        ExternalCourse("公務人員終身學習入口網站", "臺北市立建國高級中學", date(2026, 3, 2), "校園安全研習"),
    ]
    result = check(GOOD, "art12.1.duplicate", external_courses=external)
    assert result.outcome == "warn"
    assert result.data["likely_duplicates"] == [{"source": "臺北市教師研習系統", "title": "素養導向的數學教學工作坊"}]
    assert check(GOOD, "art12.1.duplicate", external_courses=external[1:]).outcome == "pass"


@pytest.mark.parametrize(
    ("registered", "outcome"),
    [
        pytest.param(date(2026, 2, 23), "pass", id="Art12(2) exactly 7 days before"),
        pytest.param(date(2026, 2, 1), "pass", id="Art12(2) well before"),
        pytest.param(date(2026, 2, 24), "fail", id="Art12(2) 6 days before"),
        pytest.param(None, "fail", id="Art12(2) registration date missing"),
    ],
)
def test_art12_2_lead_time(registered: date | None, outcome: str) -> None:
    result = check(replace(GOOD, registered_on=registered), "art12.2.lead_time")
    assert result.outcome == outcome
    if registered == date(2026, 2, 24):
        assert result.message == "須在研習前7日（115年2月23日前）登錄本網，實際登錄日為115年2月24日（第12條第2款）"


def test_art12_2_does_not_apply_to_back_end_counties() -> None:
    late = replace(GOOD, registered_on=date(2026, 3, 1), online_county=False)
    assert check(late, "art12.2.lead_time").outcome == "pass"
    assert check(replace(GOOD, online_county=None), "art12.2.lead_time").outcome == "fail"


# --- overrides -------------------------------------------------------------------------------------


def test_a_clerk_overrides_with_a_reason() -> None:
    result = check(replace(GOOD, title="理財教育融入數學課程"), "art9.restricted")
    assert result.outcome == "fail"
    overridden = apply_override(result, "pass", "  理財教育為數學領域課程內容，非個人理財  ")
    assert (overridden.outcome, overridden.auto_outcome) == ("pass", "fail")
    assert overridden.override_reason == "理財教育為數學領域課程內容，非個人理財"
    assert overridden.message == result.message


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_an_override_without_reason_is_refused(reason: str | None) -> None:
    with pytest.raises(UserError) as info:
        apply_override(check(GOOD, "art8.focus"), "pass", reason)  # type: ignore[arg-type]
    assert info.value.field == "reason"


def test_an_override_to_an_unknown_outcome_is_refused() -> None:
    with pytest.raises(UserError):
        apply_override(check(GOOD, "art8.focus"), "ok", "因為")  # type: ignore[arg-type]
