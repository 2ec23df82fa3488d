"""Writing documents to disk: whole or not at all."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate


def output_file(path: str | Path, field: str | None = None) -> Path:
    """``path`` as a file a document may be written to, or UserError saying why not (``field`` names the
    input that gave it): ``-``, a folder, a symbolic link, a device or a pipe, a folder that does not
    exist, or a name the system cannot look up (too long, a folder on the way that may not be read)."""
    where = field or str(path)
    if str(path) == "-":  # "standard output" to other tools: here it would make a file named "-"
        raise UserError(translate("services.files", "請指定檔名；此處不能輸出到標準輸出（-）"), field=where)
    try:
        path = Path(path).expanduser()
    except RuntimeError:  # "~someone" who has no home here
        path = Path(path)
    try:
        found: os.stat_result | None = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        found = None
    except OSError as exc:
        raise _unwritable(path, exc, where) from None
    except ValueError:  # a NUL in the name
        raise UserError(
            translate("services.files", "檔名含有無法使用的字元：{path}").format(path=path), field=where
        ) from None
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise UserError(translate("services.files", "這是資料夾，請指定檔名：{path}").format(path=path), field=where)
    if found is not None and not stat.S_ISREG(found.st_mode):
        # Renaming over a link would replace the link (and leave its target as it was); over a device or a
        # pipe, replace the device. Neither is what the person meant.
        raise UserError(
            translate("services.files", "「{path}」不是一般檔案（是連結、裝置或管道），請指定一般的檔名").format(
                path=path
            ),
            field=where,
        )
    if not is_folder(path.parent, where):
        raise UserError(translate("services.files", "資料夾不存在：{path}").format(path=path.parent), field=where)
    return path


def is_folder(path: Path, field: str | None = None) -> bool:
    """Whether ``path`` is a folder; UserError (not OSError) when the system cannot even look it up."""
    try:
        return path.is_dir()
    except OSError as exc:
        raise _unwritable(path, exc, field or str(path)) from None


def write_atomically(path: str | Path, content: bytes, *, field: str | None = None) -> None:
    """Write ``content`` to a temporary file beside ``path``, then rename it into place.

    A failure (missing folder, no permission, full disk, file open elsewhere) leaves no partial file and
    raises a UserError naming the file; ``field`` names the input that gave the path (e.g. ``--out``).
    Only a regular file is replaced (see :func:`output_file`).
    """
    where = field or str(path)
    path = output_file(path, field)
    try:
        fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise _unwritable(path, exc, where) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException as exc:
        Path(temp_name).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _unwritable(path, exc, where) from exc
        raise


@contextmanager
def atomic_output(path: str | Path, *, field: str | None = None) -> Iterator[BinaryIO]:
    """A binary file to write a large document into piece by piece: a temporary file beside ``path``, renamed
    into place only when the block ends normally (:func:`write_atomically` for content that is not in memory).

    An exception in the block, or a failure to write, leaves no file behind and ``path`` as it was; an
    ``OSError`` becomes a UserError naming the file.
    """
    where = field or str(path)
    path = output_file(path, field)
    try:
        fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise _unwritable(path, exc, where) from exc
    try:
        with os.fdopen(fd, "w+b") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException as exc:
        Path(temp_name).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _unwritable(path, exc, where) from exc
        raise


def _unwritable(path: Path, exc: OSError, field: str) -> UserError:
    return UserError(
        translate("services.files", "無法寫入檔案 {path}：{reason}。若檔案正由其他程式開啟，請先關閉後再試。").format(
            path=path, reason=exc.strerror or exc
        ),
        field=field,
    )


def create_private_file(path: Path, content: str) -> None:
    """Create ``path`` holding ``content``, readable and writable by the user only (0600, its folder 0700),
    unless it exists. Written whole under a temporary name, then linked into place: two processes creating
    it at once end up with one file (the loser's link fails and its content is dropped). OSError as raised."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(temp, path)
    finally:
        temp.unlink(missing_ok=True)
