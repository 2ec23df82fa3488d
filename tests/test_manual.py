"""Issue 14 item 10: the user manual (docs/manual) read as Markdown, its chapters from its README, and shipped
inside the package."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path
from types import ModuleType

from ntip_desktop import manual

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "manual"


def _render(text: str, base: Path = DOCS) -> str:
    return manual.render(text, base, lambda _path: 640)


def test_the_chapters_are_the_readme_s_links_in_order() -> None:
    assert manual.manual_folder() == DOCS
    chapters = manual.chapters(DOCS)
    listed = re.findall(r"^- \[([^\]]+)\]\(([^)]+\.md)\)", (DOCS / "README.md").read_text(encoding="utf-8"), re.M)
    existing = [(title, name) for title, name in listed if (DOCS / name).is_file()]
    assert [(c.title, c.path.name) for c in chapters] == existing
    assert [c.key for c in chapters][:3] == ["accounts", "courses", "attendance"]


def test_a_chapter_added_to_the_readme_appears(tmp_path: Path) -> None:
    folder = tmp_path / "manual"
    shutil.copytree(DOCS, folder)
    (folder / "glossary.md").write_text("# 名詞解釋\n\n常用的名詞。\n", encoding="utf-8")
    readme = folder / "README.md"
    readme.write_text(
        readme.read_text(encoding="utf-8") + "\n- [名詞解釋](glossary.md)\n- [尚未寫好的章節](later.md)\n",
        encoding="utf-8",
    )
    chapters = manual.chapters(folder)
    assert chapters[-1] == manual.Chapter("名詞解釋", (folder / "glossary.md").resolve())
    assert "later.md" not in [c.path.name for c in chapters], "a chapter not written yet is not listed"


def test_headings_paragraphs_and_inline_marks() -> None:
    html = _render(
        "# 帳號審核\n\n**誰用：** 區管中心承辦人按 Ctrl+F，\n輸入申請編號按 Enter\n開啟；`ntip audit verify` 驗證 <b>。\n"
    )
    assert "<h1>帳號審核</h1>" in html
    # lines of a paragraph join without a space between Chinese characters, with one beside Latin text
    assert "<p><b>誰用：</b> 區管中心承辦人按 Ctrl+F，輸入申請編號按 Enter 開啟；" in html
    assert "<code>ntip audit verify</code> 驗證 &lt;b&gt;。</p>" in html


def test_lists_with_continuation_lines_and_nesting() -> None:
    html = _render(
        "1. 按 Ctrl+F，輸入編號，\n   按 Enter 開啟。\n2. 按 F6 收件。\n   - 填收件日期\n   - 填頁數\n\n- 其他\n"
    )
    assert html.startswith("<ol><li>按 Ctrl+F，輸入編號，按 Enter 開啟。</li>")
    assert "<li>按 F6 收件。<ul><li>填收件日期</li><li>填頁數</li></ul></li></ol>" in html
    assert html.endswith("<ul><li>其他</li></ul>")


def test_tables() -> None:
    html = _render("| 按鍵 | 動作 |\n|---|---|\n| `A20` | 曠課 20 分鐘 |\n| F7 | 退件補正 |\n")
    assert "<tr><th>按鍵</th><th>動作</th></tr>" in html
    assert "<tr><td><code>A20</code></td><td>曠課 20 分鐘</td></tr><tr><td>F7</td><td>退件補正</td></tr>" in html


def test_images_and_links_point_at_the_files_beside_the_chapter() -> None:
    html = _render(
        "![帳號審核](../screenshots/accounts-desk.png)\n\n見[課程審核](courses.md#審核)與[網站](https://example.org)。"
    )
    image = (ROOT / "docs" / "screenshots" / "accounts-desk.png").as_uri()
    assert f'<img src="{image}" alt="帳號審核" width="640"/>' in html
    assert f'<a href="{(DOCS / "courses.md").as_uri()}#審核">課程審核</a>' in html
    assert '<a href="https://example.org">網站</a>' in html


def test_every_chapter_renders_and_every_screenshot_it_shows_exists() -> None:
    for chapter in manual.chapters(DOCS):
        html = _render(chapter.path.read_text(encoding="utf-8"), chapter.path.parent)
        assert html.startswith("<h1>"), chapter.path.name
        images = re.findall(r'<img src="file://([^"]+)"', html)
        assert images, f"{chapter.path.name} shows its page"
        assert all(Path(image).is_file() for image in images), images


def _setup_py() -> ModuleType:
    """setup.py's functions, without running setup() (it runs only as __main__)."""
    spec = importlib.util.spec_from_file_location("ntip_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_package_build_ships_the_manual_with_its_screenshots(tmp_path: Path) -> None:
    """What setup.py adds to a built package is a manual the program finds and shows, pictures and all."""
    package = tmp_path / "build" / "ntip_desktop"
    copies = _setup_py().copy_manual(ROOT, package)
    assert package / "docs" / "manual" / "README.md" in copies
    assert {p.name for p in (package / "docs" / "screenshots").iterdir()} >= {"accounts-desk.png", "courses-desk.png"}
    folder = manual.manual_folder((package / "docs" / "manual", DOCS))
    assert folder == package / "docs" / "manual"
    for chapter in manual.chapters(folder):
        html = manual.render(chapter.path.read_text(encoding="utf-8"), folder)
        for image in re.findall(r'<img src="file://([^"]+)"', html):
            assert Path(image).is_file() and package in Path(image).parents
