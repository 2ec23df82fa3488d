"""Registering a coordinator installation's public key at the office, once, for one organisation."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import TrustedInstallation
from ntip_desktop.models.base import table_of
from ntip_desktop.services import audit
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.packages import identity
from ntip_desktop.services.packages.access import check_import, organization_by_code

#: The audit log's entity for a registered installation (entity id: its installation id).
TRUST_ENTITY = "trusted_installation"


@dataclass(frozen=True)
class Trusted:
    installation_id: str
    organization_code: str
    organization_name: str
    #: False: it was registered already, with the same key and organisation (nothing changed).
    created: bool


def trust_installation(session: Session, user: CurrentUser, text: str, org_code: str, note: str = "") -> Trusted:
    """Register the installation whose public line (``ntip package identity``) is ``text`` as sending
    ``org_code``'s packages. The clerks of the organisation's district, or the administrator."""
    org = organization_by_code(session, org_code)
    check_import(user, org)
    installation_id, public_key = identity.parse_public_line(text)
    found = session.get(TrustedInstallation, installation_id)
    if found is None:
        # Two clerks registering one installation at once: the second's insert waits for the first's and
        # then does nothing (no unique-key error), and is answered as a registration found.
        table = table_of(TrustedInstallation)
        dialect = session.get_bind().dialect.name
        insert = postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table)
        values = {
            "id": installation_id,
            "public_key": public_key,
            "organization_id": org.id,
            "registered_by_id": user.office_user_id,
            "note": note,
        }
        inserted = session.execute(
            insert.values(**values).on_conflict_do_nothing(index_elements=["id"]).returning(table.c.id)
        ).first()  # RETURNING, not the row count: psycopg reports -1 for an INSERT … ON CONFLICT
        if inserted is None:
            found = session.get(TrustedInstallation, installation_id, populate_existing=True)
            assert found is not None
    if found is not None:
        if found.public_key == public_key and found.organization_id == org.id:
            return Trusted(str(installation_id), org.code, org.name, created=False)
        raise UserError(
            translate(
                "services.packages.trust", "安裝 {id} 已登錄為其他金鑰或其他單位所用；如需更換，請洽系統管理者。"
            ).format(id=installation_id),
            field="KEY",
        )
    audit.record(
        session,
        user.actor(),
        TRUST_ENTITY,
        installation_id,
        "register",
        new={"public_key": public_key, "organization": org.code, "note": note},
    )
    return Trusted(str(installation_id), org.code, org.name, created=True)


def installation_line() -> str:
    """This installation's public line, for the office to register (its identity is made on first use)."""
    return identity.load_or_create_identity().public_line()
