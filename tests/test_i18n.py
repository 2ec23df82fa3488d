"""The translation catalogues: every marked string has an entry, the shipped .qm files are current, and
Qt-free code (services, CLI) stays Chinese and Qt-free."""

from __future__ import annotations

import ast
import importlib.machinery
import importlib.util
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from ntip_desktop import i18n

ROOT = Path(__file__).resolve().parent.parent
TS_FILES = sorted((ROOT / "resources" / "i18n").glob("ntip_*.ts"))


def _update_script() -> ModuleType:
    """scripts/update-translations as a module: the same source list and tool lookup as the build step."""
    path = ROOT / "scripts" / "update-translations"
    loader = importlib.machinery.SourceFileLoader("update_translations", str(path))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


UPDATE = _update_script()


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <translation> of every message still in the source (not obsolete or vanished)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in ("obsolete", "vanished"):
                found[name, message.findtext("source") or ""] = translation
    return found


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w*)[^{}]*\}", text))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What lupdate finds in the source today, in a fresh .ts file."""
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    subprocess.run(
        [UPDATE.tool("pyside6-lupdate"), "-silent", *UPDATE.sources(), "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        timeout=300,
    )
    return set(_messages(fresh))


def test_there_is_a_catalogue_for_the_source_language_and_for_english() -> None:
    assert [ts.name for ts in TS_FILES] == ["ntip_en.ts", "ntip_zh_TW.ts"]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_marked_string_has_an_entry_in_the_catalogue(ts: Path, extracted: set[tuple[str, str]]) -> None:
    assert len(extracted) > 500  # the whole program was read, not an empty list of files
    listed = set(_messages(ts))
    missing = sorted(extracted - listed)
    stale = sorted(listed - extracted)
    assert not missing, f"run scripts/update-translations; not in {ts.name}: {missing[:10]}"
    assert not stale, f"run scripts/update-translations; gone from the source but current in {ts.name}: {stale[:10]}"


def test_the_source_language_catalogue_reads_complete() -> None:
    """Every message of the zh-TW catalogue is finished, each by its own text unless a translator changed
    it: a message left unfinished is one Qt Linguist lists as still to do."""
    messages = _messages(ROOT / "resources" / "i18n" / "ntip_zh_TW.ts")
    unfinished = [source for (_, source), t in messages.items() if t.get("type") == "unfinished"]
    assert not unfinished, f"run scripts/update-translations: {unfinished[:5]}"
    assert all(t.text for t in messages.values())


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_the_shipped_catalogue_is_compiled_from_the_current_ts_file(ts: Path, tmp_path: Path) -> None:
    built = tmp_path / f"{ts.stem}.qm"
    subprocess.run(
        [UPDATE.tool("pyside6-lrelease"), "-silent", "-removeidentical", str(ts), "-qm", str(built)],
        check=True,
        timeout=120,
    )
    shipped = ROOT / "ntip_desktop" / "translations" / f"{ts.stem}.qm"
    assert shipped.read_bytes() == built.read_bytes(), f"run scripts/update-translations: {shipped.name} is stale"


def test_english_translations_keep_every_placeholder() -> None:
    """A translation that drops or renames ``{n}`` would raise at .format() in the running program."""
    wrong = [
        (context, source, translation.text)
        for (context, source), translation in _messages(ROOT / "resources" / "i18n" / "ntip_en.ts").items()
        if translation.text and _placeholders(translation.text) != _placeholders(source)
    ]
    assert wrong == []


#: Where an English build must not show Chinese: sign-in, first run, start-up, menus, page titles, fax desk.
ENGLISH_REQUIRED = (
    "views/login.py",
    "views/first_run.py",
    "views/startup.py",
    "views/main_window.py",
    "views/pages/",
    "views/accounts/",
)


def _english_by_file() -> dict[tuple[str, str], str]:
    """(source file below ntip_desktop/, source text) -> English, for every current message."""
    found = {}
    for context in ET.parse(ROOT / "resources" / "i18n" / "ntip_en.ts").getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            for location in message.iter("location"):
                where = (location.get("filename") or "").partition("ntip_desktop/")[2]
                found[where, message.findtext("source") or ""] = translation.text or ""
    return found


def test_the_english_catalogue_covers_sign_in_menus_page_titles_and_the_fax_desk() -> None:
    english = _english_by_file()
    assert english["views/login.py", "登入"] == "Sign in"
    assert english["views/main_window.py", "檔案(&F)"] == "&File"
    assert english["views/pages/__init__.py", "帳號審核"] == "Account review"
    assert english["views/accounts/page.py", "核准"] == "Approve"
    untranslated = sorted(key for key, text in english.items() if key[0].startswith(ENGLISH_REQUIRED) and not text)
    assert untranslated == []


#: Contexts several modules mark strings in on purpose (enum labels shared by the whole program).
SHARED_CONTEXTS = {"vocabulary"}
#: Qt's own contexts (its classes' names): views/qt_strings.py supplies what Qt's zh_TW catalogue lacks.
QT_CONTEXT = re.compile(r"Q[A-Z]\w+")


def _marked_contexts(path: Path) -> set[str]:
    """The literal contexts a module marks strings in: translate("ctx", "text"), QT_TRANSLATE_NOOP("ctx", …)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        context, text = node.args[:2]
        marks = name in ("translate", "QT_TRANSLATE_NOOP")
        if marks and isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
            found.add(str(context.value))
    return {c for c in found - SHARED_CONTEXTS if not QT_CONTEXT.fullmatch(c)}


def test_each_module_marks_its_strings_in_one_context_and_none_in_a_class_context(
    extracted: set[tuple[str, str]],
) -> None:
    """self.tr() would be looked up under the runtime class, lupdate files it under the class it reads."""
    several = {p: c for p in UPDATE.sources() if len(c := _marked_contexts(ROOT / p)) > 1}
    assert several == {}
    module_contexts = set().union(*(_marked_contexts(ROOT / p) for p in UPDATE.sources())) | SHARED_CONTEXTS
    assert sorted({c for c, _ in extracted if not QT_CONTEXT.fullmatch(c)} - module_contexts) == []


def _hidden_from_lupdate(path: Path) -> list[str]:
    """Calls whose text lupdate cannot file: ``translate(NAME, "text")`` (lupdate reads only a written-out
    context) and a literal passed to a one-argument wrapper of ``translate`` (lupdate does not follow it)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers = {
        f.name
        for f in tree.body
        if isinstance(f, ast.FunctionDef)
        and any(
            isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "translate" for n in ast.walk(f)
        )
        and len(f.args.args) == 1
    }
    hidden = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        literal = [a for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if node.func.id == "translate" and len(node.args) == 2 and node.args[1] in literal:
            if not isinstance(node.args[0], ast.Constant):
                hidden.append(f"{path.name}:{node.lineno} translate({ast.unparse(node.args[0])}, …)")
        elif node.func.id in wrappers and literal:
            hidden.append(f"{path.name}:{node.lineno} {node.func.id}(…)")
    return hidden


def test_every_literal_text_is_marked_where_lupdate_finds_it() -> None:
    """A text lupdate does not find never reaches the catalogues: a translator cannot see it."""
    hidden = [h for p in UPDATE.sources() for h in _hidden_from_lupdate(ROOT / p)]
    assert hidden == []


def test_translate_looks_each_string_up_once_until_the_catalogues_change() -> None:
    calls: list[tuple[str, str]] = []

    def english(context: str, text: str) -> str:
        calls.append((context, text))
        return {"設定": "Settings"}.get(text, text)

    try:
        i18n.install(english)
        assert [i18n.translate("pages", "設定") for _ in range(3)] == ["Settings"] * 3
        assert calls == [("pages", "設定")]
        i18n.install(lambda _context, text: text)
        assert i18n.translate("pages", "設定") == "設定"
    finally:
        i18n.install(None)
    assert i18n.translate("pages", "設定") == "設定"


def _child_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, **extra}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def test_the_cli_prints_chinese_even_when_english_is_asked_for() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "ntip_desktop.cli.main", "id", "check", "A123456788"],
        capture_output=True,
        env=_child_env(NTIP_LANG="en", LANG="en_US.UTF-8", LC_ALL="en_US.UTF-8"),
        timeout=120,
    )
    assert run.returncode == 1
    assert run.stdout.decode("utf-8").splitlines() == ["A123456788\tinvalid\t檢查碼錯誤"]


def test_the_services_do_not_import_qt() -> None:
    code = (
        "import sys, ntip_desktop.services, ntip_desktop.i18n; print(sorted(m for m in sys.modules if 'PySide6' in m))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_child_env(), timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
