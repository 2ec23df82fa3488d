"""The fields of an account application, checked one by one (no database): login ID, e-mail, Taiwan
telephone, required text, the contact person, and the usage agreement's acceptance (ACC-2)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import tr, translate
from ntip_desktop.models.base import utcnow
from ntip_desktop.services.rules.rocdate import TAIWAN
from ntip_desktop.services.validators import is_email, is_phone, normalize

#: Login IDs: 4–20 characters, letters, digits, ``.``, ``_`` and ``-``, starting with a letter.
LOGIN_ID_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9._-]{3,19}$")

#: Field names and their Chinese labels, as forms and import reports name them.
FIELD_LABELS = {
    "kind": "帳號類別",
    "subtype": "身分類別",
    "organization_code": "機關代碼",
    "login_id": "登入帳號",
    "national_id": "身分證字號",
    "applicant_name": "申請人姓名",
    "applicant_title": "申請人職稱",
    "contact_name": "承辦人姓名",
    "contact_phone": "承辦人電話",
    "contact_email": "承辦人電子郵件",
    "agreement_version": "同意書版本",
    "agreement_accepted_at": "同意時間",
    "submitted_at": "申請時間",
    "change_reason": "異動原因",
}


def clean(text: str | None) -> str:
    """``text`` in NFKC (full-width digits and letters become ASCII), stripped."""
    return normalize(text)


def validate_login_id(text: str) -> str:
    login = clean(text)
    if not LOGIN_ID_PATTERN.match(login):
        raise UserError(
            translate(
                "services.accounts.fields",
                "登入帳號「{login}」不符規定：須 4–20 字，以英文字母開頭，只能用英文字母、數字及 . _ -。",
            ).format(login=login),
            field="login_id",
        )
    return login


def validate_email(text: str, field: str = "contact_email") -> str:
    email = clean(text)
    if len(email) > 120 or not is_email(email):  # 120: the column's length
        raise UserError(
            translate("services.accounts.fields", "電子郵件「{email}」格式不正確（例：name@school.edu.tw）。").format(
                email=email
            ),
            field=field,
        )
    return email


def validate_phone(text: str, field: str = "contact_phone") -> str:
    """A Taiwan telephone (:func:`~ntip_desktop.services.validators.is_phone`), returned as cleaned."""
    phone = clean(text)
    if len(phone) > 30 or not is_phone(phone):  # 30: the column's length
        raise UserError(
            translate(
                "services.accounts.fields",
                "電話「{phone}」格式不正確：市話請加區碼（例：02-2720-1234），手機為 09xx-xxx-xxx，分機可寫 #123。",
            ).format(phone=phone),
            field=field,
        )
    return phone


def required(value: str, name: str, max_len: int = 40) -> str:
    value = clean(value)
    if not value:
        raise UserError(
            translate("services.accounts.fields", "請填寫{label}。").format(label=tr(FIELD_LABELS[name])), field=name
        )
    if len(value) > max_len:
        raise UserError(
            translate("services.accounts.fields", "{label}最多 {n} 字。").format(
                label=tr(FIELD_LABELS[name]), n=max_len
            ),
            field=name,
        )
    return value


def validate_contact(values: dict[str, str]) -> dict[str, str]:
    """The contact fields (name, phone, e-mail) checked and cleaned; unknown keys are refused."""
    out: dict[str, str] = {}
    for key, value in values.items():
        if key == "contact_name":
            out[key] = required(value, key)
        elif key == "contact_phone":
            out[key] = validate_phone(value)
        elif key == "contact_email":
            out[key] = validate_email(value)
        else:
            raise UserError(
                translate("services.accounts.fields", "只能更正承辦人姓名、電話及電子郵件；帳號、類別不能變更。"),
                field=key,
            )
    return out


def check_agreement(version: str, accepted_at: datetime | None) -> tuple[str, datetime]:
    version = clean(version)
    if not version or accepted_at is None:
        raise UserError(
            translate("services.accounts.fields", "未同意帳號使用同意書，不能送出申請（須記錄同意書版本及同意時間）。"),
            field="agreement_accepted_at",
        )
    if len(version) > 20:
        raise UserError(translate("services.accounts.fields", "同意書版本最多 20 字。"), field="agreement_version")
    if accepted_at.tzinfo is None:
        accepted_at = accepted_at.replace(tzinfo=TAIWAN)
    if accepted_at > utcnow():
        raise UserError(
            translate("services.accounts.fields", "同意時間在未來，請更正。"), field="agreement_accepted_at"
        )
    if accepted_at < EARLIEST_MOMENT:
        raise UserError(_too_early(FIELD_LABELS["agreement_accepted_at"]), field="agreement_accepted_at")
    return version, accepted_at


#: The earliest application or agreement time accepted: the year of the usage agreement in force (98.07.08)
#: and of the regulation (filed 98.10.08). An earlier one is a typing error (``1900``, ``0115``), and a year
#: before 1912 has no 民國 year to number an application with.
EARLIEST_MOMENT = datetime(2009, 1, 1, tzinfo=TAIWAN)
#: Clock difference tolerated between this computer and the one that recorded a time.
CLOCK_SLACK = timedelta(minutes=1)


def _too_early(label: str) -> str:
    return translate("services.accounts.fields", "{label}早於民國98年（2009年），請更正。").format(label=tr(label))


def check_submitted_at(moment: datetime | None) -> datetime:
    """The application's submission time (None: now), refused when in the future or implausibly early."""
    if moment is None:
        return utcnow()
    moment = moment.replace(tzinfo=TAIWAN) if moment.tzinfo is None else moment
    if moment > utcnow() + CLOCK_SLACK:
        raise UserError(translate("services.accounts.fields", "申請時間在未來，請更正。"), field="submitted_at")
    if moment < EARLIEST_MOMENT:
        raise UserError(_too_early(FIELD_LABELS["submitted_at"]), field="submitted_at")
    return moment
