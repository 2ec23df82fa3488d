"""The one phone and e-mail check shared by the course checklist (Art 8(7)) and the account forms."""

from __future__ import annotations

import pytest

from ntip_desktop.errors import UserError
from ntip_desktop.services.accounts import fields
from ntip_desktop.services.rules.checklist import valid_email, valid_phone
from ntip_desktop.services.validators import Phone, is_email, is_phone, parse_phone

#: What people write, and the national number and extension it is read as.
PHONES = [
    ("02-2345-6789", Phone("0223456789", "")),
    ("(02)23456789", Phone("0223456789", "")),
    ("(02)2303-4381", Phone("0223034381", "")),
    ("02 2303 4381#215", Phone("0223034381", "215")),
    ("04-2222-3333#123", Phone("0422223333", "123")),
    ("02-2303-4381 ext. 9", Phone("0223034381", "9")),
    ("02-2303-4381 EXT 9", Phone("0223034381", "9")),
    ("02-2303-4381x12", Phone("0223034381", "12")),
    ("049-2345678 分機 12", Phone("0492345678", "12")),
    ("07-555-1234 分機 12", Phone("075551234", "12")),
    ("02-2720-1234轉305", Phone("0227201234", "305")),
    ("02-2720-1234＃305", Phone("0227201234", "305")),
    ("037-123456", Phone("037123456", "")),
    ("0836-22345", Phone("083622345", "")),
    ("082-123456", Phone("082123456", "")),
    ("02.2720.1234", Phone("0227201234", "")),
    ("0912-345-678", Phone("0912345678", "")),
    ("0912345678", Phone("0912345678", "")),
    ("0912 345 678", Phone("0912345678", "")),
    ("+886-912-345-678", Phone("0912345678", "")),
    ("+886 912 345 678", Phone("0912345678", "")),
    ("+886-2-2303-4381", Phone("0223034381", "")),
    ("+886 2 2345 6789", Phone("0223456789", "")),
    ("+886 (0)2 2345 6789", Phone("0223456789", "")),
    ("０２－２３４５－６７８９", Phone("0223456789", "")),
    ("（０２）２３４５６７８９", Phone("0223456789", "")),
    ("0800-000-123", Phone("0800000123", "")),
    ("0809-091-234", Phone("0809091234", "")),
]

NOT_PHONES = [
    "",
    "電話",
    "12345",
    "2345-6789",  # no area code
    "0912-345-67",  # a digit short
    "09123456789",  # a digit too many
    "02-2345-67",  # too short for a landline
    "02-2345-678901",  # too long
    "01-2345-6789",  # no such area code
    "0800-12345",  # toll-free numbers have ten digits
    "886-2-2303-4381",  # a country code is written +886
    "02+23034381",  # + only in front of 886
    "+1-202-555-0100",  # not Taiwan
    "02-2303-4381 分機",  # extension marker without a number
    "02-2303-4381#1234567",  # extension of more than six digits
    "0２-2303-4381a",
]


@pytest.mark.parametrize(("text", "phone"), PHONES)
def test_taiwan_phone_numbers_are_read(text: str, phone: Phone) -> None:
    assert parse_phone(text) == phone
    assert is_phone(text) and valid_phone(text)
    # The form keeps what was typed (full-width made half-width).
    assert fields.validate_phone(text) == fields.clean(text)


@pytest.mark.parametrize("text", NOT_PHONES)
def test_what_is_not_a_taiwan_phone_number_is_refused_everywhere(text: str) -> None:
    assert parse_phone(text) is None
    assert not valid_phone(text)
    with pytest.raises(UserError, match="市話請加區碼") as refused:
        fields.validate_phone(text)
    assert refused.value.field == "contact_phone"


def test_a_phone_too_long_for_the_column_is_refused_by_the_form() -> None:
    text = "02-2303-4381" + " " * 15 + "#215"  # a telephone number, but 31 characters
    assert is_phone(text)
    with pytest.raises(UserError):
        fields.validate_phone(text)


EMAILS = [
    "name@school.edu.tw",
    "a.b+c@mail.tc.edu.tw",
    "train@ck.tp.edu.tw",
    "o'brien@example.com",
    "x_y-z%1@sub-domain.example.org",
    "ＮＡＭＥ＠ＳＣＨＯＯＬ．ＥＤＵ．ＴＷ",  # typed with a full-width input method
    "  chen@ck.tp.edu.tw  ",
]

NOT_EMAILS = [
    "",
    "not-an-email",
    "a@b",  # no top-level domain
    "a@@b.tw",
    "a@b.c",  # a one-letter top-level domain
    "a@b.t1",  # a top-level domain is letters
    "a..b@school.edu.tw",
    ".ab@school.edu.tw",
    "ab.@school.edu.tw",
    "a@school..edu.tw",
    "a@-school.edu.tw",
    "a b@school.edu.tw",
    "paper@ck",
    "王@school.edu.tw",
    "a" * 65 + "@school.edu.tw",  # local part over 64 characters
]


@pytest.mark.parametrize("text", EMAILS)
def test_email_addresses_are_accepted(text: str) -> None:
    assert is_email(text) and valid_email(text)
    assert fields.validate_email(text) == fields.clean(text)


@pytest.mark.parametrize("text", NOT_EMAILS)
def test_what_is_not_an_email_address_is_refused_everywhere(text: str) -> None:
    assert not is_email(text) and not valid_email(text)
    with pytest.raises(UserError, match="格式不正確"):
        fields.validate_email(text)


def test_an_email_too_long_for_the_column_is_refused_by_the_form() -> None:
    text = "a" * 60 + "@" + "b" * 60 + ".tw"  # an address, but 124 characters
    assert is_email(text)
    with pytest.raises(UserError):
        fields.validate_email(text)
