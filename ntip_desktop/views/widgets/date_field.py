"""A typed 民國 date in a filter field: read it, and mark the field when it cannot be read."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit

from ntip_desktop.errors import UserError
from ntip_desktop.services.rules.rocdate import parse_date

#: How a field whose date cannot be read is marked (its tooltip says what to type).
BAD_DATE_STYLE = "QLineEdit { border: 2px solid #c62828; }"


def read_date_field(edit: QLineEdit) -> date | None:
    """The day typed in ``edit`` (民國 or 西元), or None when it is empty or cannot be read; a date that
    cannot be read marks the field and puts the reason in its tooltip, so the filter leaves it out."""
    text = edit.text().strip()
    if not text:
        edit.setStyleSheet("")
        edit.setToolTip("")
        return None
    try:
        day = parse_date(text)
    except UserError as exc:
        edit.setStyleSheet(BAD_DATE_STYLE)
        edit.setToolTip(exc.message)
        return None
    edit.setStyleSheet("")
    edit.setToolTip("")
    return day
