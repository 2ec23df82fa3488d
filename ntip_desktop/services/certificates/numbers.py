"""Certificate numbers: ``<ROC year>-<office short name>-<6 digits>``, sequential per office and ROC year.

Serials are taken from ``certificate_serials`` by an UPDATE inside the issuing transaction: the row stays
locked until the transaction ends (PostgreSQL row lock; SQLite's single writer), so two clerks never get the
same serial, and a batch that is cancelled or fails rolls the counter back with everything else: no gaps.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import CertificateSerial
from ntip_desktop.models.base import table_of

#: Largest serial the six digits hold.
MAX_SERIAL = 999_999


def format_number(roc_year: int, short: str, serial: int) -> str:
    return f"{roc_year}-{short}-{serial:06d}"


def _counter_row(session: Session, office_code: str, roc_year: int) -> None:
    table = table_of(CertificateSerial)
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table)
    session.execute(
        insert.values(office_code=office_code, roc_year=roc_year, last_serial=0).on_conflict_do_nothing(
            index_elements=["office_code", "roc_year"]
        )
    )


def _bump(session: Session, office_code: str, roc_year: int, count: int) -> int:
    return int(
        session.execute(
            update(CertificateSerial)
            .where(CertificateSerial.office_code == office_code, CertificateSerial.roc_year == roc_year)
            .values(last_serial=CertificateSerial.last_serial + count)
            .returning(CertificateSerial.last_serial)
            .execution_options(synchronize_session=False)
        ).scalar_one()
    )


def lock_counters(session: Session, office_codes: Iterable[str], roc_year: int) -> None:
    """Take the offices' counters (in a fixed order) before deciding what to issue: a second clerk issuing
    for the same office waits here until the first commits, and then sees the first one's certificates."""
    for code in sorted(set(office_codes)):
        _counter_row(session, code, roc_year)
        _bump(session, code, roc_year, 0)


def allocate_serials(session: Session, office_code: str, roc_year: int, count: int) -> int:
    """Reserve ``count`` serials; returns the first (the rest follow it). Locks the office's counter."""
    _counter_row(session, office_code, roc_year)
    last = _bump(session, office_code, roc_year, count)
    if last > MAX_SERIAL:
        raise UserError(
            translate("services.certificates.numbers", "本年度證書字號已用完（{office}，{year} 年）。").format(
                office=office_code, year=roc_year
            )
        )
    return last - count + 1


def last_serial(session: Session, office_code: str, roc_year: int) -> int:
    value = session.execute(
        select(CertificateSerial.last_serial).where(
            CertificateSerial.office_code == office_code, CertificateSerial.roc_year == roc_year
        )
    ).scalar_one_or_none()
    return int(value or 0)
