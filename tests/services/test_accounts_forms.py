"""The fax forms filled from the database: the Chinese text comes back out and the barcodes scan."""

from __future__ import annotations

import pytest
from account_world import World, build_world, business_input, teacher_input
from pdf_reading import pdf_barcodes, pdf_flat_text, pdf_pages

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.models import FaxCheckItem
from ntip_desktop.services import accounts
from ntip_desktop.services.accounts.forms import render_application_form
from ntip_desktop.services.accounts.intake import ContactChangeInput, submit_application, submit_contact_change
from ntip_desktop.services.db import Database


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


def test_business_form_shows_the_application_and_scans_to_its_number(database: Database, world: World) -> None:
    with database.session() as s:
        number = submit_application(s, world.coordinator, business_input()).number
    with database.session() as s:
        form = render_application_form(s, world.coordinator, number)
    assert form.title == "業務帳號申請表" and form.suggested_name == f"{number}.pdf"
    assert pdf_pages(form.pdf) == 1
    text = pdf_flat_text(form.pdf)
    for expected in (
        "業務帳號申請表",
        number,
        "臺北市立建國高級中學",
        "353301",
        "ckhs.train",
        "各級學校",
        "王小明",
        "train@ck.tp.edu.tw",
        "98.07.08",
        "臺北市區管中心",
        "02-2720-0000",
        "承辦人簽章",
        "機關印信",
    ):
        assert expected in text, expected
    assert set(pdf_barcodes(form.pdf).values()) == {number}
    assert len(pdf_barcodes(form.pdf)) == 2  # Code 128 and QR


def test_contact_change_form_names_old_and_new_contact(database: Database, world: World) -> None:
    with database.session() as s:
        number = submit_application(s, world.coordinator, business_input()).number
    with database.session() as s:
        accounts.record_fax_received(s, world.clerk, number, pages=1)
        for item in FaxCheckItem:
            accounts.set_fax_check(s, world.clerk, number, item, True)
        accounts.approve(s, world.clerk, number)
        app_accepted = business_input().agreement_accepted_at
    with database.session() as s:
        change = submit_contact_change(
            s,
            world.coordinator,
            ContactChangeInput(
                login_id="ckhs.train",
                applicant_name="李校長",
                contact_name="陳大文",
                contact_phone="02-2303-4381#300",
                contact_email="chen@ck.tp.edu.tw",
                change_reason="原承辦人調職",
                agreement_version="98.07.08",
                agreement_accepted_at=app_accepted,
            ),
        )
    for approve in (False, True):
        if approve:
            with database.session() as s:
                accounts.record_fax_received(s, world.clerk, change.number, pages=1)
                accounts.approve(s, world.clerk, change.number, checklist_override="測試")
        with database.session() as s:
            form = render_application_form(s, world.clerk, change.number)
        text = pdf_flat_text(form.pdf)
        assert form.title == "承辦人異動申請表"
        for expected in ("承辦人異動申請表", change.number, "ckhs.train", "王小明", "陳大文", "原承辦人調職"):
            assert expected in text, (approve, expected)
        assert set(pdf_barcodes(form.pdf).values()) == {change.number}


def test_no_form_for_teachers_and_none_outside_ones_scope(database: Database, world: World) -> None:
    with database.session() as s:
        teacher = submit_application(s, world.coordinator, teacher_input()).number
        business = submit_application(s, world.coordinator, business_input()).number
    with pytest.raises(UserError, match="不需傳真申請表"), database.session() as s:
        render_application_form(s, world.coordinator, teacher)
    with pytest.raises(PermissionDenied), database.session() as s:
        render_application_form(s, world.other_clerk, business)
