"""Seal images per issuing office and printer offsets, kept in the ``settings`` table.

- ``certificates.seal.<county code>``: the office's stamp as a PNG (at most 1 MB and 3000 px a side),
  printed beside 發證機關 on certificates whose snapshot says a seal was printed;
- ``certificates.printer_offset.<printer name>``: how far (mm, ±20) everything is moved on that printer,
  so that pre-printed paper lines up. Offsets move the drawing only; the certificate's hash is of the
  canonical page, which has none.

Clerks of one office change these at once: each change takes the ``expected_version`` the clerk saw
(``SealInfo.version``, ``PrinterOffset.version``; ``ABSENT`` for none, None not to check) and is refused
with a :class:`~ntip_desktop.errors.ConflictError` naming the seal or printer if someone changed it since.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import County
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.pdf.certificate import check_offset, check_seal_image
from ntip_desktop.services.settings import (
    ABSENT,
    delete_setting,
    read_setting,
    read_settings,
    setting_version,
    write_setting,
)

CONTEXT = "services.certificates.printing"
SEAL_PREFIX = "certificates.seal."
OFFSET_PREFIX = "certificates.printer_offset."


@dataclass(frozen=True)
class SealInfo:
    office_code: str
    width_px: int
    height_px: int
    sha256: str
    version: int = ABSENT  #: of the stored setting, for ``expected_version``


@dataclass(frozen=True)
class PrinterOffset:
    printer: str
    x_mm: float
    y_mm: float
    version: int = ABSENT  #: of the stored setting, for ``expected_version``


def _county(session: Session, office_code: str) -> County:
    county = session.get(County, office_code)
    if county is None:
        raise UserError(
            translate("services.certificates.printing", "找不到縣市代碼 {code}。").format(code=office_code),
            field="office",
        )
    return county


def _seal_words(county: County) -> str:
    return translate("services.certificates.printing", "{office}的印信圖檔").format(office=county.authority_name)


def _offset_words(printer: str) -> str:
    return translate("services.certificates.printing", "印表機「{printer}」的位移").format(printer=printer)


def store_seal(
    session: Session, user: CurrentUser, office_code: str, data: bytes, *, expected_version: int | None = None
) -> Changes:
    """Store (or replace) the office's seal image after checking it is a PNG within the limits.

    ``expected_version``: the seal's version the clerk saw (``ABSENT``: none), None not to check.
    """
    user.require(Permission.ISSUE_CERTIFICATES)
    county = _county(session, office_code)
    width, height = check_seal_image(data)
    digest = hashlib.sha256(data).hexdigest()
    write_setting(
        session,
        user.actor(),
        SEAL_PREFIX + office_code,
        {"width_px": width, "height_px": height, "sha256": digest},
        data,
        reason=translate("services.certificates.printing", "上傳{office}印信圖檔").format(office=county.authority_name),
        expected_version=expected_version,
        what=_seal_words(county),
    )
    return Changes(certificates=True, audit=True)


def remove_seal(
    session: Session, user: CurrentUser, office_code: str, *, expected_version: int | None = None
) -> Changes:
    """Remove the office's seal; ``expected_version`` as for :func:`store_seal`."""
    user.require(Permission.ISSUE_CERTIFICATES)
    county = _county(session, office_code)
    delete_setting(
        session,
        user.actor(),
        SEAL_PREFIX + office_code,
        reason=translate("services.certificates.printing", "移除{office}印信圖檔").format(office=county.authority_name),
        expected_version=expected_version,
        what=_seal_words(county),
    )
    return Changes(certificates=True, audit=True)


def seal_info(session: Session, office_code: str) -> SealInfo | None:
    stored = read_setting(session, SEAL_PREFIX + office_code)
    if stored is None:
        return None
    v = stored.value
    return SealInfo(office_code, int(v["width_px"]), int(v["height_px"]), str(v["sha256"]), stored.version)


def seal_version(session: Session, user: CurrentUser, office_code: str) -> int:
    """The version of the office's stored seal (``ABSENT`` when it has none), for ``expected_version``."""
    user.require(Permission.ISSUE_CERTIFICATES)
    return setting_version(session, SEAL_PREFIX + office_code)


def seal_image(session: Session, user: CurrentUser, office_code: str) -> bytes | None:
    """The office's stored seal PNG (to show it before replacing it), or None."""
    user.require(Permission.ISSUE_CERTIFICATES)
    stored = read_setting(session, SEAL_PREFIX + office_code)
    return stored.data if stored is not None and stored.data else None


def seals_for(session: Session, office_codes: Iterable[str]) -> dict[str, bytes]:
    """Office code → seal PNG, for the offices that have one."""
    seals = {}
    for code in set(office_codes):
        stored = read_setting(session, SEAL_PREFIX + code)
        if stored is not None and stored.data:
            seals[code] = stored.data
    return seals


def set_printer_offset(
    session: Session,
    user: CurrentUser,
    printer: str,
    x_mm: float,
    y_mm: float,
    *,
    expected_version: int | None = None,
) -> Changes:
    """Remember how far to move certificates printed on ``printer`` (0, 0 removes the calibration).

    ``expected_version``: the offset's version the clerk saw (``ABSENT``: none), None not to check.
    """
    user.require(Permission.ISSUE_CERTIFICATES)
    name = printer.strip()
    if not name or len(name) > 100:
        raise UserError(
            translate("services.certificates.printing", "請指定印表機名稱（最多 100 字）。"), field="printer"
        )
    x, y = check_offset(x_mm, y_mm)
    reason = translate("services.certificates.printing", "校正印表機「{printer}」位移").format(printer=name)
    what = _offset_words(name)
    if (x, y) == (0.0, 0.0):
        delete_setting(
            session, user.actor(), OFFSET_PREFIX + name, reason=reason, expected_version=expected_version, what=what
        )
    else:
        write_setting(
            session,
            user.actor(),
            OFFSET_PREFIX + name,
            {"x_mm": x, "y_mm": y},
            reason=reason,
            expected_version=expected_version,
            what=what,
        )
    return Changes(certificates=True, audit=True)


def printer_offset(session: Session, printer: str | None) -> tuple[float, float]:
    """The printer's offset in mm (0, 0 when it has none or no printer is named)."""
    if not printer:
        return 0.0, 0.0
    stored = read_setting(session, OFFSET_PREFIX + printer.strip())
    if stored is None:
        return 0.0, 0.0
    return float(stored.value["x_mm"]), float(stored.value["y_mm"])


def list_printer_offsets(session: Session, user: CurrentUser) -> list[PrinterOffset]:
    user.require(Permission.ISSUE_CERTIFICATES)
    return [
        PrinterOffset(s.key[len(OFFSET_PREFIX) :], float(s.value["x_mm"]), float(s.value["y_mm"]), s.version)
        for s in read_settings(session, OFFSET_PREFIX)
    ]


def issuing_offices(session: Session, user: CurrentUser) -> list[tuple[str, str]]:
    """(county code, authority name) of every county: the offices a seal can be stored for."""
    user.require(Permission.ISSUE_CERTIFICATES)
    return [(c.code, c.authority_name) for c in session.execute(select(County).order_by(County.code)).scalars()]
