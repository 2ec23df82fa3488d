"""Line breaking of form values: every line fits its box and no character is lost or reordered."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from ntip_desktop.services.pdf.fonts import cjk_font_name
from ntip_desktop.services.pdf.form_layout import MIN_SIZE, fit, wrap

PIECES = st.sampled_from(
    [
        "臺",
        "中",
        "市",
        "立",
        "學",
        "校",
        "，",
        "。",
        "、",
        "）",
        "（",
        "」",
        "「",
        " ",
        "-",
        "@",
        ".",
        "a",
        "b",
        "Z",
        "0",
        "9",
        "user.name@school.edu.tw",
        "04-2222-6081",
        "分機",
    ]
)
TEXT = st.lists(PIECES, max_size=80).map("".join)


def visible(text: str) -> str:
    return "".join(text.split())


@given(TEXT, st.floats(30, 400), st.sampled_from([6.5, 9.0, 11.0, 14.0]))
def test_wrapped_lines_fit_and_keep_every_character(text: str, width: float, size: float) -> None:
    font = cjk_font_name()
    lines = wrap(text, font, size, width)
    assert visible("".join(lines)) == visible(text)
    for line in lines:
        assert stringWidth(line, font, size) <= width + 1e-6, line


def test_closing_punctuation_never_starts_a_line() -> None:
    font = cjk_font_name()
    text = "本單位已詳閱並同意遵守帳號使用同意書及本網使用管理規定，所填資料均屬實。"
    for chars in range(5, len(text)):
        width = stringWidth(text[:chars], font, 10) + 0.1
        for line in wrap(text, font, 10, width)[1:]:
            assert line[0] not in "，。", (chars, line)


def test_fit_prefers_shrinking_over_cutting() -> None:
    font = cjk_font_name()
    name = "臺中市私立華盛頓高級中學附設國民中學暨國民小學部與幼兒園聯合行政辦公室教務處設備組"
    size, lines = fit(name, font, 150, 24, 12)
    assert MIN_SIZE <= size < 12 and "".join(lines) == name
    size, lines = fit(name * 10, font, 150, 24, 12)  # far too long: smallest type, then cut visibly
    assert size == MIN_SIZE and lines[-1].endswith("…")
