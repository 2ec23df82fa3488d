"""Writing documents to disk: whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate


def write_atomically(path: Path, content: bytes, *, field: str | None = None) -> None:
    """Write ``content`` to a temporary file beside ``path``, then rename it into place.

    A failure (missing folder, no permission, full disk, file open elsewhere) leaves no partial file and
    raises a UserError naming the file; ``field`` names the input that gave the path (e.g. ``--out``).
    Only a regular file is replaced: ``-``, a symbolic link, a device or a pipe is refused.
    """
    where = field or str(path)
    if str(path) == "-":  # "standard output" to other tools: here it would make a file named "-"
        raise UserError(translate("services.files", "請指定檔名；此處不能輸出到標準輸出（-）"), field=where)
    path = Path(path).expanduser()
    if path.is_dir():
        raise UserError(translate("services.files", "這是資料夾，請指定檔名：{path}").format(path=path), field=where)
    if path.is_symlink() or (path.exists() and not path.is_file()):
        # Renaming over a link would replace the link (and leave its target as it was); over a device or a
        # pipe, replace the device. Neither is what the person meant.
        raise UserError(
            translate("services.files", "「{path}」不是一般檔案（是連結、裝置或管道），請指定一般的檔名").format(
                path=path
            ),
            field=where,
        )
    if not path.parent.is_dir():
        raise UserError(translate("services.files", "資料夾不存在：{path}").format(path=path.parent), field=where)
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


def _unwritable(path: Path, exc: OSError, field: str) -> UserError:
    return UserError(
        translate("services.files", "無法寫入檔案 {path}：{reason}。若檔案正由其他程式開啟，請先關閉後再試。").format(
            path=path, reason=exc.strerror or exc
        ),
        field=field,
    )
