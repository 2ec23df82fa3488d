"""The fax forms of docs/rules.md ACC: 業務帳號申請表 and 承辦人異動申請表, one A4 page each.

The applying organisation prints the form, signs it, stamps it and faxes it to its district management
center (區管中心); the clerk there scans or types the application number to open the application. An
account never changes after submission (Art 4), so a new contact person (承辦人) is recorded by a new
faxed form, reviewed the same way.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services.accounts.appno import PREFIX_BUSINESS, PREFIX_CONTACT_CHANGE, check_application_number
from ntip_desktop.services.files import write_atomically
from ntip_desktop.services.pdf.form_layout import Field, FormPage, Row, Section, render_page
from ntip_desktop.services.rules.rocdate import TAIWAN, format_roc, format_roc_datetime

#: Taiwan time (UTC+8, no daylight saving since 1979): aware timestamps are shown in it.


@dataclass(frozen=True)
class Person:
    """A person named on a form: applicant or contact person (承辦人)."""

    name: str
    phone: str
    email: str
    title: str = ""  #: 職稱


@dataclass(frozen=True)
class DistrictCenterInfo:
    """Where the form is faxed: the 區管中心 the organisation belongs to."""

    name: str
    fax: str
    phone: str = ""


@dataclass(frozen=True)
class FaxFormData:
    """Everything printed on a 業務帳號申請表."""

    application_number: str  #: ``B…`` with check digit (services.appno)
    organization_code: str  #: 機關代碼
    organization_name: str
    county: str  #: 縣市
    subtype_code: str  #: e.g. ``school`` (ACC-1)
    subtype_label: str  #: e.g. 各級學校
    login_id: str
    applicant: Person
    contact: Person  #: 承辦人
    agreement_version: str  #: 帳號使用同意書 version accepted (ACC-2)
    agreement_accepted_at: datetime  #: aware (shown in Taiwan time) or naive Taiwan wall-clock time
    submitted_on: date
    district_center: DistrictCenterInfo
    notes: str = ""
    kind_label: str = ""  #: shown as 帳號類別; empty means 業務帳號


@dataclass(frozen=True)
class ContactChangeData:
    """Everything printed on a 承辦人異動申請表."""

    application_number: str  #: ``C…`` with check digit
    organization_code: str
    organization_name: str
    county: str
    subtype_code: str
    subtype_label: str
    login_id: str  #: the existing business account (unchanged)
    old_contact: Person
    new_contact: Person
    reason: str  #: 異動原因
    submitted_on: date
    district_center: DistrictCenterInfo
    notes: str = ""
    kind_label: str = ""  #: shown as 帳號類別; empty means 業務帳號


@dataclass(frozen=True)
class BatchResult:
    """What :func:`render_fax_forms` wrote: complete files only."""

    written: tuple[Path, ...]
    cancelled: bool


def _check_number(number: str, prefix: str) -> None:
    if not (number.startswith(prefix) and check_application_number(number)):
        raise ValueError(f"not a valid {prefix}… application number: {number!r}")


def _taiwan_time(moment: datetime) -> str:
    local = moment.astimezone(TAIWAN) if moment.tzinfo is not None else moment
    return format_roc_datetime(local)


def _fax_instruction(center: DistrictCenterInfo) -> str:
    phone = translate("services.pdf.fax_form", "；電話 {phone}").format(phone=center.phone) if center.phone else ""
    return translate(
        "services.pdf.fax_form",
        "本表經承辦人、單位主管簽章並加蓋機關印信後，請傳真至所屬區管中心：{name}（傳真 {fax}{phone}）。",
    ).format(name=center.name, fax=center.fax, phone=phone)


def _page(
    data: FaxFormData | ContactChangeData,
    printed_on: date | None,
    *,
    title: str,
    sections: tuple[Section, ...],
    first_signature: str,
    instructions: tuple[str, ...],
) -> FormPage:
    """A form page with the parts both forms share (heading, number and dates, where to fax it, boxes,
    office-use strip, the account in the PDF's keywords)."""
    number = data.application_number
    printed = printed_on or date.today()
    return FormPage(
        heading=translate("services.pdf.fax_form", "全國教師在職進修資訊網"),
        title=title,
        number=number,
        date_line=translate("services.pdf.fax_form", "申請日期：{date}").format(
            date=format_roc(data.submitted_on, "official")
        ),
        sections=sections,
        sign_boxes=(
            first_signature,
            translate("services.pdf.fax_form", "單位主管簽章"),
            translate("services.pdf.fax_form", "機關印信"),
        ),
        instructions=(
            _fax_instruction(data.district_center),
            *instructions,
            translate(
                "services.pdf.fax_form",
                "請勿塗改上方申請編號及條碼；區管中心以此編號辦理收件與審核，查詢時請告知此編號。",
            ),
        ),
        office_rows=(
            (
                translate("services.pdf.fax_form", "收件日期"),
                translate("services.pdf.fax_form", "　　　年　　月　　日"),
                translate("services.pdf.fax_form", "傳真頁數"),
                translate("services.pdf.fax_form", "　　　頁"),
            ),
            (
                translate("services.pdf.fax_form", "審核結果"),
                translate("services.pdf.fax_form", "□ 通過　　□ 退件"),
                translate("services.pdf.fax_form", "審核人員"),
                "",
            ),
        ),
        footer_left=translate("services.pdf.fax_form", "列印日期：{date}").format(date=format_roc(printed, "official")),
        pdf_title=f"{title} {number}",
        keywords=(number, data.login_id, data.organization_code, data.subtype_code),
    )


def _row(*fields: Field, height: float = 25.0) -> Row:
    return Row(fields, height=height)


def _account_rows(data: FaxFormData | ContactChangeData, login_label: str, login_note: str) -> tuple[Row, ...]:
    return (
        _row(
            Field(translate("services.pdf.fax_form", "機關名稱"), data.organization_name, span=True, size=12.5),
            height=34,
        ),
        _row(
            Field(translate("services.pdf.fax_form", "機關代碼"), data.organization_code),
            Field(translate("services.pdf.fax_form", "所在縣市"), data.county),
        ),
        _row(
            Field(
                translate("services.pdf.fax_form", "帳號類別"),
                data.kind_label or translate("services.pdf.fax_form", "業務帳號"),
            ),
            Field(translate("services.pdf.fax_form", "身分類別"), data.subtype_label),
        ),
        _row(Field(login_label, data.login_id, span=True, size=14, note=login_note), height=27),
    )


def _person_section(title: str, person: Person) -> Section:
    """A person in full (姓名, 職稱, 聯絡電話, 電子郵件): the applicant, or the contact person taking over."""
    return Section(
        title,
        (
            _row(
                Field(translate("services.pdf.fax_form", "姓名"), person.name),
                Field(translate("services.pdf.fax_form", "職稱"), person.title),
            ),
            _row(
                Field(translate("services.pdf.fax_form", "聯絡電話"), person.phone),
                Field(translate("services.pdf.fax_form", "電子郵件"), person.email),
            ),
        ),
    )


def _contact_section(title: str, person: Person) -> Section:
    """A contact person (承辦人) without a title: 姓名, 聯絡電話, then 電子郵件 across the row."""
    return Section(
        title,
        (
            _row(
                Field(translate("services.pdf.fax_form", "姓名"), person.name),
                Field(translate("services.pdf.fax_form", "聯絡電話"), person.phone),
            ),
            _row(Field(translate("services.pdf.fax_form", "電子郵件"), person.email, span=True)),
        ),
    )


def _notes_row(notes: str) -> Row:
    return _row(Field(translate("services.pdf.fax_form", "備註"), notes, span=True, size=10), height=30)


def build_fax_form_page(data: FaxFormData, printed_on: date | None = None) -> FormPage:
    """What a 業務帳號申請表 shows (exposed for previews; :func:`render_fax_form` draws it)."""
    _check_number(data.application_number, PREFIX_BUSINESS)
    declaration = translate(
        "services.pdf.fax_form", "本單位已詳閱並同意遵守帳號使用同意書及本網使用管理規定，所填資料均屬實。"
    )
    sections = (
        Section(
            translate("services.pdf.fax_form", "申請單位"),
            _account_rows(
                data,
                translate("services.pdf.fax_form", "申請帳號"),
                translate("services.pdf.fax_form", "帳號申請後即不可變更"),
            ),
        ),
        _person_section(translate("services.pdf.fax_form", "申請人"), data.applicant),
        _contact_section(translate("services.pdf.fax_form", "承辦人"), data.contact),
        Section(
            translate("services.pdf.fax_form", "同意書"),
            (
                _row(
                    Field(translate("services.pdf.fax_form", "同意書版本"), data.agreement_version),
                    Field(translate("services.pdf.fax_form", "同意時間"), _taiwan_time(data.agreement_accepted_at)),
                ),
                _row(Field(translate("services.pdf.fax_form", "聲明"), declaration, span=True, size=10)),
                _notes_row(data.notes),
            ),
        ),
    )
    return _page(
        data,
        printed_on,
        title=translate("services.pdf.fax_form", "業務帳號申請表"),
        sections=sections,
        first_signature=translate("services.pdf.fax_form", "承辦人簽章"),
        instructions=(
            translate("services.pdf.fax_form", "區管中心收到傳真並審核通過後，本帳號方可登入使用（第4條）。"),
            translate(
                "services.pdf.fax_form",
                "帳號申請後即不可變更（帳號、帳號類別及身分類別）；資料有誤請重新申請。"
                "日後更換承辦人，請另填「承辦人異動申請表」。",
            ),
        ),
    )


def build_contact_change_page(data: ContactChangeData, printed_on: date | None = None) -> FormPage:
    """What a 承辦人異動申請表 shows."""
    _check_number(data.application_number, PREFIX_CONTACT_CHANGE)
    sections = (
        Section(
            translate("services.pdf.fax_form", "帳號資料"),
            _account_rows(
                data,
                translate("services.pdf.fax_form", "業務帳號"),
                translate("services.pdf.fax_form", "帳號不變更，僅異動承辦人"),
            ),
        ),
        _contact_section(translate("services.pdf.fax_form", "原承辦人"), data.old_contact),
        _person_section(translate("services.pdf.fax_form", "新承辦人"), data.new_contact),
        Section(
            translate("services.pdf.fax_form", "異動說明"),
            (
                _row(
                    Field(translate("services.pdf.fax_form", "異動原因"), data.reason, span=True, size=10.5), height=34
                ),
                _notes_row(data.notes),
            ),
        ),
    )
    return _page(
        data,
        printed_on,
        title=translate("services.pdf.fax_form", "承辦人異動申請表"),
        sections=sections,
        first_signature=translate("services.pdf.fax_form", "新任承辦人簽章"),
        instructions=(
            translate(
                "services.pdf.fax_form",
                "帳號申請後即不可變更（第4條）：本表僅登錄新任承辦人，帳號、帳號類別及身分類別維持不變。",
            ),
            translate(
                "services.pdf.fax_form", "區管中心審核通過後，新任承辦人資料始生效；審核方式與業務帳號申請相同。"
            ),
        ),
    )


def render_fax_form(data: FaxFormData, *, printed_on: date | None = None) -> bytes:
    """The 業務帳號申請表 as a one-page A4 PDF (``printed_on`` defaults to today)."""
    return render_page(build_fax_form_page(data, printed_on))


def render_contact_change_form(data: ContactChangeData, *, printed_on: date | None = None) -> bytes:
    """The 承辦人異動申請表 as a one-page A4 PDF."""
    return render_page(build_contact_change_page(data, printed_on))


def render_form(data: FaxFormData | ContactChangeData, *, printed_on: date | None = None) -> bytes:
    """Either form, chosen by the data's type."""
    if isinstance(data, ContactChangeData):
        return render_contact_change_form(data, printed_on=printed_on)
    return render_fax_form(data, printed_on=printed_on)


def render_fax_forms(
    items: Iterable[FaxFormData | ContactChangeData],
    out_dir: str | os.PathLike[str],
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    *,
    printed_on: date | None = None,
) -> BatchResult:
    """Write one ``<application number>.pdf`` per form into ``out_dir``.

    ``progress(done, total)`` is called at the start and after each file; ``cancel()`` is asked before
    each form and before each write. Every file appears whole or not at all (temporary file + rename).
    """
    forms = list(items)
    total = len(forms)
    folder = Path(out_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            translate("services.pdf.fax_form", "無法建立資料夾 {path}：{reason}").format(
                path=folder, reason=exc.strerror or exc
            ),
            field=str(folder),
        ) from exc
    written: list[Path] = []
    if progress:
        progress(0, total)
    for done, data in enumerate(forms, start=1):
        if cancel and cancel():
            return BatchResult(tuple(written), cancelled=True)
        pdf = render_form(data, printed_on=printed_on)
        if cancel and cancel():
            return BatchResult(tuple(written), cancelled=True)
        path = folder / f"{data.application_number}.pdf"
        write_atomically(path, pdf)
        written.append(path)
        if progress:
            progress(done, total)
    return BatchResult(tuple(written), cancelled=False)
