"""The package file: a ZIP of a manifest, its signature and the parts, written whole and read defensively.

Reading never extracts to disk and refuses, before decompressing anything, a file that is not a ZIP, a
member whose name is absolute or climbs out (``..``), a name given twice, too many members, a declared total
over :data:`MAX_TOTAL` or a member compressed more than :data:`MAX_RATIO` times (a ZIP bomb). The declared
sizes then bound what is read: ``zipfile`` stops at them and checks each member's CRC.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import posixpath
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate

FORMAT = "ntip-report-package"
# The office's signed starter file for a school computer (``starter.py``): the same container, another format.
STARTER_FORMAT = "ntip-starter"
#: Format versions this program reads.
FORMAT_VERSION = 1
KNOWN_VERSIONS = frozenset({1})
MANIFEST = "manifest.json"
SIGNATURE = "signature"

#: Limits of what is read: the file, its members, their total uncompressed size, the compression ratio.
MAX_FILE = 256 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_TOTAL = 1024 * 1024 * 1024
MAX_RATIO = 200
#: Members smaller than this are not held to the ratio (a few bytes of zeros compress very well).
RATIO_FLOOR = 64 * 1024


class NotAPackage(UserError):
    """The file is not a report package at all (the command line's exit 2)."""


def build_zip(manifest_bytes: bytes, signature: bytes, parts: Mapping[str, bytes]) -> bytes:
    """The package file's bytes: the manifest, its signature (base64) and the parts, deflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, base64.b64encode(signature) + b"\n")
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def part_entry(data: bytes) -> dict[str, Any]:
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


@dataclass
class Opened:
    """What reading a package found: its hash, manifest, signature and parts, and every problem (empty: sound,
    except for the signature, which only the office's registered key can check)."""

    sha256: str
    manifest_bytes: bytes = b""
    manifest: dict[str, Any] = field(default_factory=dict)
    signature: bytes = b""
    parts: dict[str, bytes] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _not_a_package(path: Path, why: str, expected: str = FORMAT) -> NotAPackage:
    if expected == STARTER_FORMAT:
        message = translate("services.packages.container", "不是學校設定檔（{why}）")
    else:
        message = translate("services.packages.container", "不是傳報檔（{why}）")
    return NotAPackage(message.format(why=why), field=str(path))


def _unsafe_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name or "\x00" in name:
        return True
    return any(piece in ("", ".", "..") for piece in name.rstrip("/").split("/")) or posixpath.isabs(name)


def read_package(path: str | Path, expected: str = FORMAT) -> Opened:
    """Read the package at ``path`` into memory and check everything but the signature.

    ``expected`` is the manifest's ``format``: a report package, or the office's starter file.
    NotAPackage when it is no package at all (not a ZIP, no manifest); otherwise an :class:`Opened` whose
    ``problems`` say, in Chinese, what does not hold (a changed byte, a file added or missing, an unsafe name,
    a ZIP bomb, an unknown format version).
    """
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE + 1)
    except FileNotFoundError:
        raise UserError(translate("services.packages.container", "找不到檔案"), field=str(path)) from None
    except IsADirectoryError:
        raise UserError(translate("services.packages.container", "這是資料夾，不是檔案"), field=str(path)) from None
    except OSError as exc:
        raise UserError(
            translate("services.packages.container", "無法讀取檔案：{error}").format(error=exc.strerror or exc),
            field=str(path),
        ) from None
    if len(data) > MAX_FILE:
        raise _not_a_package(
            path,
            translate("services.packages.container", "檔案超過 {n} MB").format(n=MAX_FILE // (1024 * 1024)),
            expected,
        )
    opened = Opened(hashlib.sha256(data).hexdigest())
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception:  # arbitrary bytes: whatever the ZIP reader trips on (BadZipFile, struct.error, …)
        raise _not_a_package(path, translate("services.packages.container", "不是 ZIP 檔"), expected) from None
    with archive:
        infos = archive.infolist()
        names = [info.filename for info in infos]
        if MANIFEST not in names:
            raise _not_a_package(
                path, translate("services.packages.container", "沒有 {name}").format(name=MANIFEST), expected
            )
        if not _members_safe(infos, opened.problems):
            return opened
        contents: dict[str, bytes] = {}
        for info in infos:
            try:
                contents[info.filename] = archive.read(info)
            except Exception:  # a damaged member: BadZipFile (CRC), zlib.error, EOFError, NotImplementedError, …
                opened.problems.append(
                    translate("services.packages.container", "{name} 已損毀（內容與其檢查碼不符）").format(
                        name=info.filename
                    )
                )
    if opened.problems:
        return opened
    opened.manifest_bytes = contents.pop(MANIFEST)
    try:
        manifest = json.loads(opened.manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _not_a_package(
            path, translate("services.packages.container", "{name} 不是 JSON").format(name=MANIFEST), expected
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != expected:
        why = (
            translate("services.packages.container", "{name} 不是學校設定檔的清單")
            if expected == STARTER_FORMAT
            else translate("services.packages.container", "{name} 不是傳報檔的清單")
        )
        raise _not_a_package(path, why.format(name=MANIFEST), expected)
    opened.manifest = manifest
    if manifest.get("format_version") not in KNOWN_VERSIONS:
        opened.problems.append(
            translate(
                "services.packages.container", "格式版本 {version} 不是本程式能讀的版本（{known}）：請更新程式"
            ).format(version=manifest.get("format_version"), known="、".join(str(v) for v in sorted(KNOWN_VERSIONS)))
        )
        return opened
    signature = contents.pop(SIGNATURE, None)
    if signature is None:
        opened.problems.append(translate("services.packages.container", "沒有簽章檔（{name}）").format(name=SIGNATURE))
    else:
        try:
            opened.signature = base64.b64decode(signature.strip(), validate=True)
        except (binascii.Error, ValueError):
            opened.problems.append(translate("services.packages.container", "簽章檔的內容不是簽章"))
    _check_parts(manifest, contents, opened)
    return opened


def _members_safe(infos: list[zipfile.ZipInfo], problems: list[str]) -> bool:
    """Check the names and sizes the ZIP declares, before anything is decompressed."""
    if len(infos) > MAX_MEMBERS:
        problems.append(
            translate("services.packages.container", "檔案內有 {n} 個檔，超過上限 {limit}").format(
                n=len(infos), limit=MAX_MEMBERS
            )
        )
        return False
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if _unsafe_name(name) or info.is_dir():
            problems.append(translate("services.packages.container", "檔案內有不安全的路徑：{name}").format(name=name))
        elif name in seen:
            problems.append(translate("services.packages.container", "檔案內有重複的檔名：{name}").format(name=name))
        seen.add(name)
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            problems.append(
                translate("services.packages.container", "{name} 的壓縮比異常（{ratio} 倍，疑似 ZIP 炸彈）").format(
                    name=name, ratio=info.file_size // max(info.compress_size, 1)
                )
            )
    if total > MAX_TOTAL:
        problems.append(
            translate(
                "services.packages.container", "解壓縮後共 {size} MB，超過上限 {limit} MB（疑似 ZIP 炸彈）"
            ).format(size=total // (1024 * 1024), limit=MAX_TOTAL // (1024 * 1024))
        )
    return not problems


def _check_parts(manifest: dict[str, Any], contents: dict[str, bytes], opened: Opened) -> None:
    listed = manifest.get("parts")
    if not isinstance(listed, dict):
        opened.problems.append(translate("services.packages.container", "清單沒有列出各檔的雜湊值"))
        return
    for name in sorted(set(contents) - set(listed)):
        opened.problems.append(translate("services.packages.container", "多出清單上沒有的檔：{name}").format(name=name))
    for name, entry in sorted(listed.items()):
        data = contents.get(name)
        if data is None:
            opened.problems.append(translate("services.packages.container", "缺少清單上的檔：{name}").format(name=name))
        elif not isinstance(entry, dict) or entry.get("sha256") != hashlib.sha256(data).hexdigest():
            opened.problems.append(
                translate("services.packages.container", "{name} 的內容與清單上的雜湊值不符（遭更改）").format(
                    name=name
                )
            )
        else:
            opened.parts[name] = data
