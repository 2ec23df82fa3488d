"""This installation's identity for report packages: an Ed25519 key pair and an installation id.

Made on first use and kept outside the database, beside the audit key (``services/audit_keys.py``: the same
folder, ``$NTIP_CONFIG_DIR`` when set), in ``package-key``, readable by the user only (0600). The private
key signs the packages this installation exports; the office registers the public key once
(:func:`public_line`, read back by :func:`parse_public_line`) and checks every package against it.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import re
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services.audit_keys import config_dir
from ntip_desktop.services.files import create_private_file

KEY_FILE = "package-key"
#: The first word of the line that hands an installation's public key to the office.
PUBLIC_MARK = "NTIP-INSTALLATION/1"
_PUBLIC = re.compile(r"id=(?P<id>[0-9a-f-]{36})key=(?P<key>[A-Za-z0-9+/]{43}=)")


def key_path() -> Path:
    return config_dir() / KEY_FILE


@dataclass(frozen=True)
class Identity:
    """This installation: its id and its key pair."""

    installation_id: uuid.UUID
    private_bytes: bytes

    @property
    def _private(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.private_bytes)

    @property
    def public_key(self) -> str:
        """The public key, 32 bytes in base64 (what the office registers)."""
        return public_key_text(self._private.public_key())

    def sign(self, message: bytes) -> bytes:
        return self._private.sign(message)

    def public_line(self) -> str:
        """The one line the office's ``ntip package trust`` reads (a file holding it, or the line itself)."""
        return f"{PUBLIC_MARK} id={self.installation_id} key={self.public_key}"

    def __repr__(self) -> str:  # never the private key, in a traceback or a log
        return f"Identity({self.installation_id})"


def public_key_text(key: Ed25519PublicKey) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return base64.b64encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode("ascii")


def signature_holds(public_key: str, signature: bytes, message: bytes) -> bool:
    """Whether ``signature`` is ``public_key``'s Ed25519 signature of ``message``."""
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        key.verify(signature, message)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def parse_public_line(text: str) -> tuple[uuid.UUID, str]:
    """(installation id, public key) from what :meth:`Identity.public_line` printed (spaces and breaks ignored)."""
    _, mark, rest = text.partition(PUBLIC_MARK)
    found = _PUBLIC.search("".join(rest.split())) if mark else None
    if found is not None:
        with contextlib.suppress(ValueError, binascii.Error):
            key = found["key"]
            Ed25519PublicKey.from_public_bytes(base64.b64decode(key, validate=True))
            return uuid.UUID(found["id"]), key
    raise UserError(
        translate(
            "services.packages.identity",
            "讀不出安裝識別：請提供學校電腦上 ntip package identity 輸出的檔案，或其一行（以 {mark} 開頭）。",
        ).format(mark=PUBLIC_MARK),
        field="KEY",
    )


def _problem(path: Path, reason: object) -> UserError:
    return UserError(
        translate(
            "services.packages.identity",
            "無法讀取或建立本機的傳報簽章金鑰（{path}）：{reason}。請確認此資料夾存在且只有您可以讀寫，或洽系統管理者。",
        ).format(path=path, reason=reason),
        field="package_key",
    )


def _read(path: Path) -> Identity:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        identity = Identity(uuid.UUID(str(data["id"])), base64.b64decode(data["key"], validate=True))
        identity.public_key  # noqa: B018 (a key of the wrong length raises here)
    except OSError as exc:
        raise _problem(path, exc.strerror or exc) from exc
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise _problem(path, translate("services.packages.identity", "檔案內容不是傳報簽章金鑰")) from exc
    return identity


_cache: dict[Path, Identity] = {}


def load_identity() -> Identity | None:
    """This installation's identity, or None when it has never exported a package (nothing is created)."""
    path = key_path()
    if path in _cache:
        return _cache[path]
    if not path.exists():
        return None
    identity = _cache[path] = _read(path)
    return identity


def load_or_create_identity() -> Identity:
    """This installation's identity, made now if it has none: readable by the user only."""
    identity = load_identity()
    if identity is not None:
        return identity
    path = key_path()
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    private = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    content = json.dumps(
        {
            "id": str(uuid.uuid4()),
            "key": base64.b64encode(private).decode("ascii"),
            "host": socket.gethostname(),
            "note": "NTIP Desk report package key: keep it private; the office holds only its public half.",
        },
        ensure_ascii=False,
    )
    try:  # two processes making it at once end up with one identity (the loser reads the winner's file)
        create_private_file(path, content)
    except OSError as exc:
        raise _problem(path, exc.strerror or exc) from exc
    identity = _cache[path] = _read(path)
    return identity
