"""The course form and the course imports as a person uses them (pytest-qt, offscreen)."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

from account_world import SCHOOL_TPE, World
from course_world import START, add_course
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from sqlalchemy import func, select

from ntip_desktop.models import Course, ExternalCourse
from ntip_desktop.services import courses
from ntip_desktop.services.db import Database
from ntip_desktop.views.courses.course_dialog import CourseDialog
from ntip_desktop.views.courses.import_dialog import CourseImportDialog, ExternalListDialog
from ntip_desktop.views.tasks import TaskRunner

DAY = START.date()


def _type(dialog: CourseDialog, name: str, text: str) -> None:
    edit = dialog.inputs[name]
    assert isinstance(edit, QLineEdit)
    edit.setText(text)


def _fill(dialog: CourseDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.inputs["organizer_code"].text() == SCHOOL_TPE)  # type: ignore[attr-defined]
    _type(dialog, "title", "閱讀理解教學研習")
    category = dialog.inputs["organizer_category"]
    assert isinstance(category, QComboBox)
    category.setCurrentIndex(category.findData(7))
    start = dialog.inputs["start_at"]
    end = dialog.inputs["end_at"]
    start.setDateTime(START)  # type: ignore[attr-defined]
    end.setDateTime(START + timedelta(hours=3))  # type: ignore[attr-defined]
    row = dialog.add_segment_row()
    dialog.segments.item(row, 3).setText((START + timedelta(hours=3)).strftime("%H:%M"))  # type: ignore[union-attr]
    _type(dialog, "contact_phone", "02-2303-4381#201")


def _courses(db: Database) -> list[Course]:
    with db.session() as s:
        return list(s.execute(select(Course)).scalars())


def test_the_form_shows_every_problem_beside_its_field_then_saves(
    runner: TaskRunner, world: World, database: Database, qtbot
) -> None:  # type: ignore[no-untyped-def]
    dialog = CourseDialog(runner, world.coordinator)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, qtbot)
    _type(dialog, "title", "")
    _type(dialog, "subsidy_amount", "三千元整")
    _type(dialog, "contact_email", "wang@")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "title" in dialog.visible_problems())
    shown = dialog.visible_problems()
    assert shown["title"] == "請填研習名稱。"
    assert shown["subsidy_amount"] == "「三千元整」不是整數。"
    assert "電子郵件格式不正確" in shown["contact_email"]
    assert dialog.errors["title"].isVisible() and dialog.isVisible()
    assert _courses(database) == []
    _type(dialog, "title", "閱讀理解教學研習")
    _type(dialog, "subsidy_amount", "3000")
    _type(dialog, "contact_email", "wang@ck.tp.edu.tw")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved.args[0].message.startswith("已新增課程")
    [stored] = _courses(database)
    assert (stored.title, stored.subsidy_amount, stored.organizer_category) == ("閱讀理解教學研習", 3000, 7)


def test_a_segment_outside_the_course_is_named_next_to_the_table(
    runner: TaskRunner, world: World, database: Database, qtbot
) -> None:  # type: ignore[no-untyped-def]
    dialog = CourseDialog(runner, world.coordinator)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, qtbot)
    dialog.segments.item(0, 3).setText((START + timedelta(hours=5)).strftime("%H:%M"))  # type: ignore[union-attr]
    dialog.save()
    qtbot.waitUntil(lambda: "segments" in dialog.visible_problems())
    assert dialog.visible_problems()["segments"] == "第 1 段：時段不在課程的開始與結束時間之內。"


def test_a_clerk_corrects_a_submitted_course_with_a_reason(
    runner: TaskRunner, world: World, database: Database, qtbot
) -> None:  # type: ignore[no-untyped-def]
    cid = add_course(database)
    with database.session() as s:
        courses.decide(s, world.coordinator, cid, "submit")
    dialog = CourseDialog(runner, world.clerk, course_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.record is not None)
    assert dialog.reason.isVisible() and "更正已送審課程" in dialog.windowTitle()
    assert dialog.segments.rowCount() == 1
    _type(dialog, "venue", "建國中學視聽教室")
    dialog.save()
    qtbot.waitUntil(lambda: "reason" in dialog.visible_problems())
    assert "必須寫明理由" in dialog.visible_problems()["reason"]
    dialog.reason.setText("依來文更正地點")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()
    assert saved.args[0].message == "已更正課程 115T0001：地點"


def _xlsx(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    for r in rows:
        sheet.append(r)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_mapping_step_changes_what_the_preview_shows(
    runner: TaskRunner, world: World, database: Database, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "courses.xlsx"
    path.write_bytes(
        _xlsx(
            [
                ["學校", "主題", "起", "迄", "研習名稱", "辦理單位資格"],
                [SCHOOL_TPE, "好研習", f"{DAY} 09:00", f"{DAY} 12:00", "", 7],
            ]
        )
    )
    dialog = CourseImportDialog(runner, world.clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(path))
    dialog.check_file()
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.mapping_boxes["title"].currentText() == "研習名稱"  # the suggestion is preselected
    assert dialog.problems.topLevelItemCount() > 0 and not dialog.import_button.isEnabled()
    assert "目前不會匯入任何資料" in dialog.summary.text()
    dialog.preview = None
    for name, header in (("organizer_code", "學校"), ("start_at", "起"), ("end_at", "迄"), ("title", "主題")):
        box = dialog.mapping_boxes[name]
        box.setCurrentIndex(box.findText(header))
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.ok)
    assert dialog.problems.topLevelItemCount() == 0 and "全部正確" in dialog.summary.text()
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args[0].courses == 1
    assert [c.title for c in _courses(database)] == ["好研習"]


def test_an_external_list_is_imported_listed_and_deleted(
    runner: TaskRunner, world: World, database: Database, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "portal.csv"
    path.write_bytes("主辦單位,開始日期,研習名稱\n甲校,115/03/02,研習一\n乙校,2026-03-03,研習二\n".encode("cp950"))
    dialog = ExternalListDialog(runner, world.clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.source.setCurrentIndex(dialog.source.findData("civil_service"))
    dialog.path.setText(str(path))
    dialog.check_file()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stored.topLevelItemCount() == 1)
    row = dialog.stored.topLevelItem(0)
    assert row is not None and [row.text(i) for i in range(3)] == ["公務人員終身學習入口網站", "portal.csv", "2"]
    dialog.stored.setCurrentItem(row)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.delete_selected()
    qtbot.waitUntil(lambda: dialog.stored.topLevelItemCount() == 0)
    with database.session() as s:
        assert s.execute(select(func.count()).select_from(ExternalCourse)).scalar_one() == 0
