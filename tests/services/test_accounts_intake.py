"""Entering applications: every validation message names its field, nothing is stored on refusal (ACC-2, ACC-3)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from account_world import (
    CLOSED_ORG,
    ELEMENTARY_TPE,
    SCHOOL_KHH,
    TAIWAN,
    World,
    build_world,
    business_input,
    teacher_input,
)
from sqlalchemy import func, select

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.models import AccountApplication, AccountKind, AuditEntry, BusinessSubtype, Teacher
from ntip_desktop.services.accounts import fields
from ntip_desktop.services.accounts import intake as intake
from ntip_desktop.services.accounts.appno import check_application_number
from ntip_desktop.services.accounts.intake import check_application, submit_application
from ntip_desktop.services.db import Database


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


def _counts(db: Database) -> tuple[int, int]:
    with db.session() as s:
        return (
            s.execute(select(func.count()).select_from(AccountApplication)).scalar_one(),
            s.execute(select(func.count()).select_from(AuditEntry)).scalar_one(),
        )


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"organization_code": "999999"}, "organization_code", "機關代碼「999999」不存在"),
        ({"organization_code": ""}, "organization_code", "請填寫機關代碼"),
        ({"organization_code": CLOSED_ORG}, "organization_code", "已停用或裁撤，不能申請帳號"),
        ({"login_id": "abc"}, "login_id", "須 4–20 字，以英文字母開頭"),
        ({"login_id": "9school"}, "login_id", "以英文字母開頭"),
        ({"login_id": "school admin"}, "login_id", "只能用英文字母、數字及 . _ -"),
        ({"login_id": "校務帳號"}, "login_id", "不符規定"),
        ({"login_id": "a" * 21}, "login_id", "須 4–20 字"),
        ({"contact_email": "train@ck"}, "contact_email", "電子郵件「train@ck」格式不正確"),
        ({"contact_email": "train.ck.tp.edu.tw"}, "contact_email", "格式不正確"),
        ({"contact_email": "a..b@ck.tp.edu.tw"}, "contact_email", "格式不正確"),
        ({"contact_phone": "2303-4381"}, "contact_phone", "市話請加區碼"),
        ({"contact_phone": "0912-345-67"}, "contact_phone", "手機為 09xx-xxx-xxx"),
        ({"contact_phone": "電話未定"}, "contact_phone", "格式不正確"),
        ({"contact_phone": "02-2303-4381 分機"}, "contact_phone", "分機可寫 #123"),
        ({"contact_name": " "}, "contact_name", "請填寫承辦人姓名"),
        ({"applicant_name": ""}, "applicant_name", "請填寫申請人姓名"),
        ({"agreement_accepted_at": None}, "agreement_accepted_at", "未同意帳號使用同意書，不能送出申請"),
        ({"agreement_version": ""}, "agreement_accepted_at", "須記錄同意書版本及同意時間"),
        (
            {"agreement_accepted_at": datetime.now(TAIWAN) + timedelta(days=1)},
            "agreement_accepted_at",
            "同意時間在未來",
        ),
        ({"subtype": None}, "subtype", "業務帳號須選擇身分類別"),
        (
            {"subtype": BusinessSubtype.AUTHORITY},
            "subtype",
            "「臺北市立建國高級中學」不能申請「教育行政主管機關」業務帳號",
        ),
        (  # a district management center is its own organisation: a high school is not one
            {"subtype": BusinessSubtype.DISTRICT_CENTER},
            "subtype",
            "「臺北市立建國高級中學」不能申請「區管中心」業務帳號",
        ),
        ({"kind": None}, "kind", "請選擇帳號類別"),
    ],
)
def test_bad_input_is_refused_naming_the_field(
    database: Database, world: World, changes: dict, field: str, message: str
) -> None:
    before = _counts(database)
    with pytest.raises(UserError) as refused, database.session() as s:
        submit_application(s, world.coordinator, business_input(**changes))
    assert refused.value.field == field
    assert message in refused.value.message
    assert _counts(database) == before


@pytest.mark.parametrize(
    "phone",
    [
        "02-2303-4381",
        "(02)2303-4381",
        "02 2303 4381#215",
        "037-123456",
        "049-2345678",
        "0912-345-678",
        "0912345678",
        "+886-2-2303-4381",
        "+886 912 345 678",
        "07-555-1234 分機 12",
        "0836-22345",
        "02-2303-4381 ext. 9",
    ],
)
def test_taiwan_phone_numbers_people_write_are_accepted(phone: str) -> None:
    assert fields.validate_phone(phone) == phone


@pytest.mark.parametrize("login", ["ckhs", "ck.hs_train-2", "A1234567890123456789", "Train.Office"])
def test_login_ids_that_fit_the_rule(login: str) -> None:
    assert fields.validate_login_id(login) == login


def test_check_application_reports_every_problem_at_once(database: Database, world: World) -> None:
    with database.session() as s:
        checked, problems = check_application(
            s, business_input(organization_code="999999", login_id="x", contact_email="bad", contact_phone="123")
        )
    assert checked is None
    assert [p.field for p in problems] == ["organization_code", "login_id", "contact_phone", "contact_email"]


def test_login_ids_are_unique_among_accounts_and_open_applications(database: Database, world: World) -> None:
    with database.session() as s:
        first = submit_application(s, world.coordinator, business_input())
    with pytest.raises(UserError, match=r"登入帳號「CKHS.Train」已有人使用或申請中") as taken, database.session() as s:
        submit_application(s, world.coordinator, business_input(login_id="CKHS.Train"))
    assert taken.value.field == "login_id"
    with database.session() as s:  # once rejected, the name is free again
        from ntip_desktop.services import accounts

        accounts.reject(s, world.clerk, first.number, "重新申請")
    with database.session() as s:
        again = submit_application(s, world.coordinator, business_input(login_id="CKHS.Train"))
    assert again.number != first.number


def test_teacher_accounts_need_a_valid_national_id_and_only_one_account(database: Database, world: World) -> None:
    with pytest.raises(UserError, match="身分證字號 A123456788 無效：檢查碼錯誤") as bad, database.session() as s:
        submit_application(s, world.coordinator, teacher_input(national_id="A123456788"))
    assert bad.value.field == "national_id"
    with pytest.raises(UserError, match="教師個人帳號沒有身分類別"), database.session() as s:
        submit_application(s, world.coordinator, teacher_input(subtype=BusinessSubtype.SCHOOL))
    with database.session() as s:
        submit_application(s, world.coordinator, teacher_input(national_id="ａ１２３４５６７８９"))
    with database.session() as s:
        assert s.execute(select(Teacher.national_id, Teacher.name)).one() == ("A123456789", "林老師")
    with pytest.raises(UserError, match=r"此身分證字號已有教師個人帳號「teacher.lin」"), database.session() as s:
        submit_application(s, world.coordinator, teacher_input(login_id="teacher.lin2"))


def test_numbers_carry_a_check_digit_and_count_up(database: Database, world: World) -> None:
    numbers = []
    for i in range(3):
        with database.session() as s:
            numbers.append(submit_application(s, world.coordinator, business_input(login_id=f"ckhs.n{i}")).number)
    roc = datetime.now(TAIWAN).year - 1911
    assert [n[:10] for n in numbers] == [f"B{roc}00000{i}" for i in (1, 2, 3)]
    assert all(check_application_number(n) for n in numbers)


def test_the_agreement_version_and_time_are_stored(database: Database, world: World) -> None:
    accepted = datetime(2026, 3, 2, 9, 15, tzinfo=TAIWAN)
    with database.session() as s:
        done = submit_application(
            s,
            world.coordinator,
            business_input(agreement_accepted_at=accepted, submitted_at=accepted + timedelta(minutes=3)),
        )
    with database.session() as s:
        app = s.get(AccountApplication, done.application_id)
        assert (app.agreement_version, app.agreement_accepted_at) == ("98.07.08", accepted)
    with pytest.raises(UserError, match="同意時間晚於申請時間"), database.session() as s:
        submit_application(
            s,
            world.coordinator,
            business_input(
                login_id="ckhs.late", agreement_accepted_at=accepted, submitted_at=accepted - timedelta(hours=1)
            ),
        )


def test_who_may_enter_an_application(database: Database, world: World) -> None:
    with pytest.raises(PermissionDenied, match="不能替「高雄市立高雄高級中學」送出"), database.session() as s:
        submit_application(s, world.coordinator, business_input(organization_code=SCHOOL_KHH))
    with pytest.raises(PermissionDenied, match="不能替「臺北市大安區大安國民小學」送出"), database.session() as s:
        submit_application(s, world.coordinator, business_input(organization_code=ELEMENTARY_TPE))
    with pytest.raises(PermissionDenied, match="送出帳號申請"), database.session() as s:
        submit_application(s, world.certificate_staff, business_input())
    with database.session() as s:  # the clerk keys in paper for an organisation of their district
        done = submit_application(s, world.clerk, business_input(organization_code=ELEMENTARY_TPE, login_id="daan.es"))
    with database.session() as s:
        assert s.get(AccountApplication, done.application_id).kind is AccountKind.BUSINESS
    with pytest.raises(PermissionDenied), database.session() as s:
        submit_application(s, world.other_clerk, business_input(login_id="ckhs.other"))
