"""The audit key of this installation: a secret kept outside the database that authenticates the audit log.

Each installation (one person's program on one computer) has its own key, made on its first write to any
audit log: 32 random bytes and a random 16-hex-digit id, in ``audit-key`` in the user's configuration folder
(``platformdirs.user_config_dir``, or ``$NTIP_CONFIG_DIR``), readable by that user only (0600). Every entry
this installation writes carries the key's id and an HMAC-SHA256 over the entry's hash, and so does the
chain's head; a checkpoint for the paper file carries one too (``services/audit.py``).

Whoever holds only the database cannot make these codes. A computer can check the codes of the keys it
holds: its own, and copies of other installations' key files placed in ``audit-keys/`` beside it (an
office's verifying computer may keep them; holding a key also lets one write under it, so keep such copies
as carefully as the paper checkpoints). README「稽核紀錄」 says what this does and does not guarantee.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_dir

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services.files import create_private_file

APP_NAME = "ntip-desktop"
KEY_FILE = "audit-key"
OTHER_KEYS = "audit-keys"
#: The folder of the key (tests and portable installs point it elsewhere).
CONFIG_DIR_ENV = "NTIP_CONFIG_DIR"


def config_dir() -> Path:
    """The user's configuration folder of NTIP Desk (``$NTIP_CONFIG_DIR`` when set)."""
    return Path(os.environ.get(CONFIG_DIR_ENV) or user_config_dir(APP_NAME, appauthor=False))


def key_path() -> Path:
    return config_dir() / KEY_FILE


@dataclass(frozen=True)
class AuditKey:
    """One installation's key: its id (named in every entry it signs) and its secret."""

    key_id: str
    secret: bytes = b""

    def mac(self, *parts: str) -> str:
        """HMAC-SHA256 over the parts (a purpose first, e.g. ``entry``), as 64 hex digits."""
        message = "\x1f".join((self.key_id, *parts)).encode("utf-8")
        return hmac.new(self.secret, message, hashlib.sha256).hexdigest()

    def signer(self, *parts: str) -> Callable[[str], str]:
        """``mac(*parts, last)`` as a function of ``last``: the shared parts joined once, each message signed by
        the one-shot ``hmac.digest`` (a batch of entries signs each hash without an HMAC object per entry)."""
        secret, prefix = self.secret, "\x1f".join((self.key_id, *parts, "")).encode("utf-8")

        def mac(last: str) -> str:
            return hmac.digest(secret, prefix + last.encode("utf-8"), "sha256").hex()

        return mac

    def __repr__(self) -> str:  # never the secret, in a traceback or a log
        return f"AuditKey({self.key_id})"


def _problem(path: Path, reason: object) -> UserError:
    return UserError(
        translate(
            "services.audit_keys",
            "無法讀取或建立本機的稽核金鑰（{path}）：{reason}。請確認此資料夾存在且只有您可以讀寫，或洽系統管理者。",
        ).format(path=path, reason=reason),
        field="audit_key",
    )


def _read(path: Path) -> AuditKey:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        key_id, secret = str(data["id"]), base64.b64decode(data["key"], validate=True)
    except OSError as exc:
        raise _problem(path, exc.strerror or exc) from exc
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise _problem(path, translate("services.audit_keys", "檔案內容不是稽核金鑰")) from exc
    if len(key_id) != 16 or any(c not in "0123456789abcdef" for c in key_id) or len(secret) < 32:
        raise _problem(path, translate("services.audit_keys", "檔案內容不是稽核金鑰"))
    return AuditKey(key_id, secret)


_cache: dict[Path, AuditKey] = {}


def load_key() -> AuditKey | None:
    """This installation's key, or None when it has never written an audit entry (nothing is created)."""
    path = key_path()
    if path in _cache:
        return _cache[path]
    if not path.exists():
        return None
    key = _cache[path] = _read(path)
    return key


def load_or_create_key() -> AuditKey:
    """This installation's key, made now if it has none (its first write): readable by the user only."""
    key = load_key()
    if key is not None:
        return key
    path = key_path()
    content = json.dumps(
        {
            "id": secrets.token_hex(8),
            "key": base64.b64encode(secrets.token_bytes(32)).decode("ascii"),
            "host": socket.gethostname(),
            "note": "NTIP Desk audit key: keep it private; never put it next to the database or its backups.",
        },
        ensure_ascii=False,
    )
    try:  # two processes making it at once end up with one (the loser reads the winner's file)
        create_private_file(path, content)
    except OSError as exc:
        raise _problem(path, exc.strerror or exc) from exc
    key = _cache[path] = _read(path)
    return key


def keyring() -> dict[str, AuditKey]:
    """Every key this computer holds, by id: its own and the copies in ``audit-keys/`` (``*.key`` or any file)."""
    keys: dict[str, AuditKey] = {}
    folder = config_dir() / OTHER_KEYS
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.is_file() and not path.name.startswith("."):
                key = _read(path)
                keys[key.key_id] = key
    own = load_key()
    if own is not None:
        keys[own.key_id] = own
    return keys
