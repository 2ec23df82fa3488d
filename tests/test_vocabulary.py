"""One vocabulary: every enum has a label, the labels reach lupdate, and the database's CHECK constraints
list exactly the enum values (in the models and in the migrated schema)."""

from __future__ import annotations

import ast
import enum
import re
from pathlib import Path

import pytest
from sqlalchemy import CheckConstraint, inspect
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.dialects import sqlite

from ntip_desktop import i18n, labels, vocabulary
from ntip_desktop.labels import LABELS, TABLE_LABELS, label, source_text, table_label
from ntip_desktop.models import Base
from ntip_desktop.services.accounts import labels as account_labels
from ntip_desktop.services.db import Database
from ntip_desktop.services.rules.ruleset import DEFAULT_RULE_SET
from ntip_desktop.vocabulary import ENUMS, AccountState, ApplicationState, Permission, Role, SegmentKind

#: Every enum class defined in vocabulary.py, found by looking, not by trusting ENUMS.
DEFINED = [
    value
    for value in vars(vocabulary).values()
    if isinstance(value, type) and issubclass(value, enum.Enum) and value.__module__ == vocabulary.__name__
]
MEMBERS = [member for cls in DEFINED for member in cls]


def test_enums_lists_every_enum_defined() -> None:
    assert len(DEFINED) == 23
    assert set(ENUMS) == set(DEFINED)


@pytest.mark.parametrize("member", MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_every_member_has_a_label(member: enum.Enum) -> None:
    text = label(member)
    assert text.strip() and text == source_text(member)
    assert not text.isascii(), "labels are Traditional Chinese"


@pytest.mark.parametrize("cls", DEFINED, ids=lambda c: c.__name__)
def test_labels_name_only_members_and_tell_them_apart(cls: type[enum.Enum]) -> None:
    assert list(LABELS[cls]) == list(cls)
    assert len(set(LABELS[cls].values())) == len(cls)


def test_string_enums_equal_their_plain_values() -> None:
    """What lets the rules and the JSON keep plain strings."""
    for cls in DEFINED:
        assert issubclass(cls, enum.StrEnum), cls
    for member in MEMBERS:
        assert member == member.value and hash(member) == hash(member.value)
        assert {member.value: 1}[member] == 1


def test_equal_values_of_different_enums_keep_their_own_labels() -> None:
    assert ApplicationState.ACTIVE == AccountState.ACTIVE  # both "active"
    assert (label(ApplicationState.ACTIVE), label(AccountState.ACTIVE)) == ("已啟用", "啟用")


def test_label_translates_in_the_vocabulary_context(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_translate", lambda context, text: f"[{context}] {text}")
    assert label(Role.ADMIN) == "[vocabulary] 系統管理者"
    assert table_label("courses") == "[vocabulary] 研習課程"
    assert table_label("alembic_version") == "alembic_version"
    assert account_labels.state_label(ApplicationState.RETURNED) == "[vocabulary] 退件補正"


def test_every_label_is_marked_for_lupdate() -> None:
    """pyside6-lupdate collects QT_TRANSLATE_NOOP("vocabulary", "…") calls: every text must be one."""
    tree = ast.parse(Path(labels.__file__).read_text(encoding="utf-8"))
    marked = [
        tuple(arg.value for arg in node.args if isinstance(arg, ast.Constant))
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"
    ]
    assert {context for context, _ in marked} == {"vocabulary"}
    texts = {text for _, text in marked}
    assert texts == {t for table in LABELS.values() for t in table.values()} | set(TABLE_LABELS.values())


def test_every_table_has_one_label() -> None:
    assert set(TABLE_LABELS) == set(Base.metadata.tables) - {"audit_head"}
    assert table_label("office_users") == "使用者"


def test_the_rule_set_names_non_creditable_kinds_as_the_labels_do() -> None:
    assert DEFAULT_RULE_SET.non_creditable_names == {
        "travel": "車程",
        "sign_in": "簽到退",
        "lunch": "午休",
        "intermission": "中場休息",
        "tea_break": "茶敘",
    }
    assert set(DEFAULT_RULE_SET.non_creditable_names) == {k.value for k in SegmentKind} - {"instruction"}


# --- the database stores exactly the vocabulary ------------------------------------------------------

ENUM_COLUMNS = [
    (table.name, column.name, column.type)
    for table in Base.metadata.sorted_tables
    for column in table.columns
    if isinstance(column.type, SqlEnum)
]


def _quoted(sql: str) -> list[str]:
    return sorted(re.findall(r"'([^']*)'", sql))


def test_every_stored_enum_comes_from_the_vocabulary() -> None:
    stored = {type_.enum_class for _, _, type_ in ENUM_COLUMNS}
    assert stored == set(ENUMS) - {Permission}  # permissions are granted in code, never stored


@pytest.mark.parametrize(("table", "column", "type_"), ENUM_COLUMNS, ids=[f"{t}.{c}" for t, c, _ in ENUM_COLUMNS])
def test_model_check_constraint_lists_exactly_the_enum_values(table: str, column: str, type_: SqlEnum) -> None:
    name = f"ck_{table}_{type_.name}"
    (check,) = [c for c in Base.metadata.tables[table].constraints if isinstance(c, CheckConstraint) and c.name == name]
    sql = str(check.sqltext.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    assert sql.startswith(f"{table}.{column} IN (")
    assert type_.enum_class is not None
    assert _quoted(sql) == sorted(m.value for m in type_.enum_class)


@pytest.mark.parametrize(("table", "column", "type_"), ENUM_COLUMNS, ids=[f"{t}.{c}" for t, c, _ in ENUM_COLUMNS])
def test_migrated_check_constraint_lists_exactly_the_enum_values(
    database: Database, table: str, column: str, type_: SqlEnum
) -> None:
    checks = {c["name"]: c["sqltext"] for c in inspect(database.engine).get_check_constraints(table)}
    sql = checks[f"ck_{table}_{type_.name}"]
    assert column in sql
    assert type_.enum_class is not None
    assert _quoted(sql) == sorted(m.value for m in type_.enum_class)
