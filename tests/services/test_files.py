"""Writing documents: whole or not at all, and only over a regular file (issue 13, item 17)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ntip_desktop.errors import UserError
from ntip_desktop.services.files import write_atomically

ROOT = Path(__file__).resolve().parents[2]


def test_a_symbolic_link_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "kept.pdf"
    target.write_bytes(b"the document the link points at")
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    with pytest.raises(UserError) as info:
        write_atomically(link, b"%PDF-new", field="--out")
    assert info.value.field == "--out"
    assert "不是一般檔案" in info.value.message
    assert link.is_symlink() and target.read_bytes() == b"the document the link points at"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.pdf", "link.pdf"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_or_device_is_refused_not_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "printer"
    os.mkfifo(pipe)
    with pytest.raises(UserError, match="不是一般檔案"):
        write_atomically(pipe, b"%PDF-new")
    assert pipe.is_fifo()
    assert [p.name for p in tmp_path.iterdir()] == ["printer"]


def test_a_dash_is_refused_rather_than_made_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UserError) as info:
        write_atomically(Path("-"), b"%PDF-new", field="--out")
    assert "標準輸出" in info.value.message
    assert list(tmp_path.iterdir()) == []


def test_a_regular_file_is_replaced_whole(tmp_path: Path) -> None:
    path = tmp_path / "out.pdf"
    path.write_bytes(b"old")
    write_atomically(path, b"%PDF-new")
    assert path.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


@pytest.mark.skipif(sys.platform != "linux", reason="a file-size limit (RLIMIT_FSIZE) stands in for a full disk")
def test_the_permission_matrix_on_a_full_disk_leaves_the_old_file(tmp_path: Path) -> None:
    # The process may not write files larger than 4 KB, as a nearly full disk would have it; the PDF is
    # larger. The 權限對照表 dialog's writer must refuse and leave the file that was there whole.
    target = tmp_path / "matrix.pdf"
    target.write_bytes(b"last year's matrix")
    script = f"""
import resource, signal
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))
from pathlib import Path
from ntip_desktop.errors import UserError
from ntip_desktop.views.accounts.matrix_dialog import _write_matrix
try:
    _write_matrix(Path({str(target)!r}))
except UserError as exc:
    print("refused:", exc.message)
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr.decode("utf-8")
    assert done.stdout.decode("utf-8").startswith("refused: 無法寫入檔案")
    assert target.read_bytes() == b"last year's matrix"
    assert [p.name for p in tmp_path.iterdir()] == ["matrix.pdf"]
