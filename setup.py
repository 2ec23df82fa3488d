"""Packaging beyond pyproject.toml: the user manual ships inside the package.

Help (F1) reads the manual's Markdown (docs/manual) and the screenshots it shows at run time. An installed
program has no docs/ folder, so building the package copies those files to ntip_desktop/docs/, keeping
their relative places (docs/manual/x.md shows ../screenshots/y.png), where ntip_desktop/manual.py looks
first. A source checkout, and an editable install, read docs/ itself.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)")


def manual_files(root: Path = ROOT) -> list[Path]:
    """docs/manual/*.md and the local images they show, relative to ``root``."""
    files: list[Path] = []
    for page in sorted((root / "docs" / "manual").glob("*.md")):
        files.append(page.relative_to(root))
        for target in _IMAGE.findall(page.read_text(encoding="utf-8")):
            image = (page.parent / target).resolve()
            if "://" not in target and image.is_file() and root.resolve() in image.parents:
                relative = image.relative_to(root.resolve())
                if relative not in files:
                    files.append(relative)
    return files


def copy_manual(root: Path, package_dir: Path) -> list[Path]:
    """Copy :func:`manual_files` under ``package_dir`` (``…/ntip_desktop``); returns the copies."""
    copies = []
    for relative in manual_files(root):
        target = package_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / relative, target)
        copies.append(target)
    return copies


class BuildPyWithManual(build_py):
    def run(self) -> None:
        super().run()
        if not getattr(self, "editable_mode", False):
            copy_manual(ROOT, Path(self.build_lib) / "ntip_desktop")


if __name__ == "__main__":
    setup(cmdclass={"build_py": BuildPyWithManual})
