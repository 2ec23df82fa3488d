"""The layers of docs/architecture.md are a checked rule: views/cli → services → models; Qt and reportlab stay put."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "ntip_desktop"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _offenders(top: str, allowed: tuple[str, ...]) -> list[str]:
    bad = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).as_posix()
        if rel.startswith(allowed):
            continue
        if any(n == top or n.startswith(top + ".") for n in _imports(path)):
            bad.append(rel)
    return sorted(bad)


def test_pyside6_only_in_views() -> None:
    assert _offenders("PySide6", ("ntip_desktop/views/",)) == []


def test_reportlab_only_in_pdf_services() -> None:
    assert _offenders("reportlab", ("ntip_desktop/services/pdf/",)) == []


def test_import_linter_contracts_hold() -> None:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert exe, "import-linter is part of the test dependencies"
    proc = subprocess.run([exe], cwd=PACKAGE.parent, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
