"""Verification codes: an HMAC of the certificate's snapshot with its office's key, as 12 typeable characters.

code = the first 60 bits of HMAC-SHA256(office key, canonical JSON of the snapshot), written in Crockford's
base32 (digits and upper-case letters without I, L, O and U), printed in three groups of four
(``7KQ2-M9XD-4RTB``). The snapshot includes the certificate number, so no two certificates share a code;
60 bits cannot be guessed or enumerated by someone who holds no key.

Office keys are 32 random bytes, created on an office's first issue and kept in the ``settings`` table
(``certificates.office_key.<county code>``). See docs/certificates.md for what that does and does not
protect against.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import unicodedata
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ntip_desktop.i18n import translate
from ntip_desktop.models import Setting
from ntip_desktop.models.base import table_of
from ntip_desktop.services import audit

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
#: Characters in a code (5 bits each).
CODE_LENGTH = 12
#: Look-alikes people type for Crockford digits.
_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_DECODABLE = set(ALPHABET)

KEY_PREFIX = "certificates.office_key."


def canonical_snapshot(snapshot: dict[str, Any]) -> bytes:
    """The bytes the code is computed over: compact JSON, keys sorted, UTF-8."""
    return json.dumps(snapshot, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def compute_code(key: bytes, snapshot: dict[str, Any]) -> str:
    """The 12-character code of ``snapshot`` under ``key`` (no separators)."""
    digest = hmac.new(key, canonical_snapshot(snapshot), hashlib.sha256).digest()
    bits = int.from_bytes(digest[:8], "big") >> (64 - 5 * CODE_LENGTH)
    return "".join(ALPHABET[(bits >> (5 * (CODE_LENGTH - 1 - i))) & 31] for i in range(CODE_LENGTH))


def format_code(code: str) -> str:
    """``7KQ2M9XD4RTB`` → ``7KQ2-M9XD-4RTB`` (how it is printed and typed)."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def normalize_code(text: str) -> str | None:
    """A code as typed (any case, spaces or hyphens, full-width, O for 0, I or L for 1) in stored form.

    None when it cannot be a code (wrong length or characters outside the alphabet).
    """
    cleaned = unicodedata.normalize("NFKC", text).upper()
    cleaned = "".join(ch for ch in cleaned if ch.isalnum()).translate(_ALIASES)
    if len(cleaned) != CODE_LENGTH or not set(cleaned) <= _DECODABLE:
        return None
    return cleaned


def office_key(session: Session, office_code: str) -> bytes | None:
    """The office's key, or None before its first certificate."""
    value = session.execute(select(Setting.value).where(Setting.key == KEY_PREFIX + office_code)).scalar_one_or_none()
    return None if value is None else base64.b64decode(value["key"])


def office_key_for_issue(session: Session, actor: audit.Actor, office_code: str) -> bytes:
    """The office's key, created (and audited, without its value) if this is the office's first issue.

    Two clerks issuing the office's first certificates at once both end with the key that was stored first.
    """
    existing = office_key(session, office_code)
    if existing is not None:
        return existing
    key = secrets.token_bytes(32)
    table = table_of(Setting)
    values = {"key": KEY_PREFIX + office_code, "value": {"key": base64.b64encode(key).decode("ascii")}}
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table)
    inserted = session.execute(
        insert.values(**values).on_conflict_do_nothing(index_elements=["key"]).returning(table.c.key)
    ).first()  # RETURNING, not the row count: psycopg reports -1 for an INSERT … ON CONFLICT, even one that did nothing
    if inserted is not None:
        audit.record(
            session,
            actor,
            "setting",
            KEY_PREFIX + office_code,
            "create_key",
            new={"office": office_code},
            reason=translate("services.certificates.codes", "發證機關首次發證，建立驗證碼金鑰"),
        )
        return key
    stored = office_key(session, office_code)
    assert stored is not None
    return stored
