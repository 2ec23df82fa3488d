"""課程資料: the course form (every Art 8 field and the segments), for a coordinator entering a course and a
clerk correcting one. Every problem is shown at once beside its field; Ctrl+Enter saves."""

from __future__ import annotations

import re
import unicodedata
import uuid
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.labels import label, source_text
from ntip_desktop.models import Delivery, SegmentKind
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.courses import (
    AUDIENCES,
    CourseInput,
    CourseRecord,
    CourseSaved,
    FormChoices,
    Problem,
    SegmentInput,
    field_label,
)
from ntip_desktop.services.rules.rocdate import format_roc, parse_date
from ntip_desktop.views.operations import courses as operations
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.forms import heading_label

_ERROR_STYLE = "color: #c62828;"
_WARNING_STYLE = "color: #8a6d00;"
#: Columns of the segments table.
SEGMENT_COLUMNS = (
    ("label", QT_TRANSLATE_NOOP("courses", "代號")),
    ("day", QT_TRANSLATE_NOOP("courses", "日期")),
    ("start", QT_TRANSLATE_NOOP("courses", "開始")),
    ("end", QT_TRANSLATE_NOOP("courses", "結束")),
    ("kind", QT_TRANSLATE_NOOP("courses", "類別")),
    ("topic", QT_TRANSLATE_NOOP("courses", "主題")),
)
_CLOCK = re.compile(r"^(\d{1,2})[:：]?(\d{2})$")


def _clock(text: str) -> time | None:
    found = _CLOCK.match(unicodedata.normalize("NFKC", text).strip())
    if not found or int(found.group(1)) > 23 or int(found.group(2)) > 59:
        return None
    return time(int(found.group(1)), int(found.group(2)))


class CourseDialog(QDialog):
    """The course form: new (``course_id`` None) or an existing course (the organiser's edit or a correction)."""

    #: Saved: the :class:`CourseSaved` result.
    saved = Signal(object)

    def __init__(
        self, runner: TaskRunner, user: CurrentUser, parent: QWidget | None = None, course_id: uuid.UUID | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.user = user
        self.course_id = course_id
        self.record: CourseRecord | None = None
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.setWindowTitle(
            translate("courses", "新增研習課程") if course_id is None else translate("courses", "課程資料")
        )
        self.heading = heading_label(self.windowTitle())
        self.form = QFormLayout()
        self._build_fields()
        self.general_error = QLabel()
        self.general_error.setObjectName("formError")
        self.general_error.setStyleSheet(_ERROR_STYLE)
        self.general_error.setWordWrap(True)
        body = QWidget()
        body.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            translate("courses", "儲存（Ctrl+Enter）"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setObjectName("saveButton")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.resize(760, 720)
        self.save_button.setEnabled(course_id is None)
        runner.run(operations.form_choices(user).work, on_done=self._choices_in, on_error=self._refused)
        if course_id is not None:
            runner.run(
                operations.open_course_record(user, course_id).work, on_done=self._record_in, on_error=self._refused
            )
        self.inputs["title"].setFocus()

    # --- building ----------------------------------------------------------------------------------------

    def add_field(self, name: str, widget: QWidget, caption: str | None = None) -> QWidget:
        widget.setObjectName(name)
        error = QLabel()
        error.setObjectName(f"{name}_error")
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(caption or field_label(name), box)
        self.inputs[name] = widget
        self.errors[name] = error
        return widget

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        self.add_field(name, edit)
        return edit

    def _build_fields(self) -> None:
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("courses", "更正已送審的課程須寫明理由（例：依來文更正錯字）"))
        self.add_field("reason", self.reason, translate("courses", "更正理由"))
        self._set_row_visible("reason", False)
        self._line("title")
        self._line("session_label").setPlaceholderText(translate("courses", "例：第2場"))
        organizer = self._line("organizer_code")
        organizer.setPlaceholderText(translate("courses", "學校或機關代碼"))
        self.organizer_name = QLabel()
        self.organizer_name.setObjectName("organizerName")
        self.form.addRow("", self.organizer_name)
        category = QComboBox()
        category.addItem(translate("courses", "（請選擇）"), None)
        for n in range(1, 9):
            category.addItem(translate("courses", "第7條第{n}款").format(n=n), n)
        self.add_field("organizer_category", category)
        self._line("approval_doc")
        self._line("accreditation_ref")
        self.add_field("cross_school", QCheckBox(translate("courses", "跨校性質的研習")))
        outline = QPlainTextEdit()
        outline.setTabChangesFocus(True)
        outline.setMaximumHeight(90)
        self.add_field("outline", outline)
        self._line("basis_doc").setPlaceholderText(translate("courses", "例：北市教研字第1153012345號"))
        for name in ("start_at", "end_at"):
            edit = QDateTimeEdit()
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
            edit.setDateTime(QDateTime.currentDateTime().addDays(14))
            self.add_field(name, edit)
        self.segments = QTableWidget(0, len(SEGMENT_COLUMNS))
        self.segments.setHorizontalHeaderLabels([translate("courses", text) for _name, text in SEGMENT_COLUMNS])
        self.segments.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.segments.setToolTip(
            translate("courses", "日期如 115/11/24，時間如 13:30；類別：{kinds}").format(
                kinds="、".join(label(k) for k in SegmentKind)
            )
        )
        self.segments.setMinimumHeight(150)
        segment_box = QWidget()
        column = QVBoxLayout(segment_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.segments)
        row = QHBoxLayout()
        self.add_segment_button = QPushButton(translate("courses", "新增時段(&A)"))
        self.add_segment_button.clicked.connect(self.add_segment_row)
        self.remove_segment_button = QPushButton(translate("courses", "刪除時段(&D)"))
        self.remove_segment_button.clicked.connect(self._remove_segment_row)
        for button in (self.add_segment_button, self.remove_segment_button):
            button.setAutoDefault(False)  # Enter in a field must not add a segment
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.add_field("segments", segment_box)
        self._line("venue")
        delivery = QComboBox()
        for member in Delivery:
            delivery.addItem(label(member), member.value)
        self.add_field("delivery", delivery)
        nature = QComboBox()
        nature.setEditable(True)
        self.add_field("class_nature", nature)
        audience = QWidget()
        audience_row = QHBoxLayout(audience)
        audience_row.setContentsMargins(0, 0, 0, 0)
        self.audience_boxes: dict[str, QCheckBox] = {}
        for code, text in AUDIENCES.items():
            box = QCheckBox(translate("courses", text))
            box.setObjectName(f"audience_{code}")
            box.setChecked(code == "k12_teacher")
            self.audience_boxes[code] = box
            audience_row.addWidget(box)
        self.add_field("audience", audience)
        self._line("subsidy_unit")
        self._line("subsidy_amount").setPlaceholderText(translate("courses", "新臺幣整數，例：3000"))
        self._line("contact_name")
        self._line("contact_phone").setPlaceholderText(translate("courses", "例：02-2303-4381#201"))
        self._line("contact_email")
        self._line("registered_on").setPlaceholderText(translate("courses", "例：115/11/01（可空白）"))
        self.add_field(
            "registered_elsewhere",
            QCheckBox(translate("courses", "已登錄於縣市研習系統、公務人員終身學習入口網站或特殊教育通報網")),
        )
        self._line("consent_doc")
        self._line("special_approval_doc")
        self._line("credits")
        self._line("certified_hours")
        self._line("certified_ref")

    def _set_row_visible(self, name: str, visible: bool) -> None:
        box = self.inputs[name].parentWidget()
        if box is not None:
            self.form.setRowVisible(box, visible)

    # --- segments table ------------------------------------------------------------------------------------

    def add_segment_row(self, segment: SegmentInput | None = None) -> int:
        if not isinstance(segment, SegmentInput):
            segment = None
        row = self.segments.rowCount()
        self.segments.insertRow(row)
        if segment is None:
            start = self._datetime("start_at")
            previous = self._cell(row - 1, "end") if row else ""
            cells = {
                "label": f"S{row + 1}",
                "day": format_roc(start.date(), "short") if start else "",
                "start": previous or (start.strftime("%H:%M") if start else ""),
                "end": "",
                "kind": label(SegmentKind.INSTRUCTION),
                "topic": "",
            }
        else:
            kind = segment.kind if isinstance(segment.kind, SegmentKind) else SegmentKind(segment.kind)
            cells = {
                "label": segment.label,
                "day": format_roc(segment.start.date(), "short") if segment.start else "",
                "start": segment.start.strftime("%H:%M") if segment.start else "",
                "end": segment.end.strftime("%H:%M") if segment.end else "",
                "kind": label(kind),
                "topic": segment.topic,
            }
        for column, (name, _text) in enumerate(SEGMENT_COLUMNS):
            self.segments.setItem(row, column, QTableWidgetItem(cells[name]))
        self.segments.setCurrentCell(row, 1 if segment is None else 0)
        return row

    def _remove_segment_row(self) -> None:
        row = self.segments.currentRow()
        if row >= 0:
            self.segments.removeRow(row)

    def _cell(self, row: int, name: str) -> str:
        column = next(i for i, (n, _t) in enumerate(SEGMENT_COLUMNS) if n == name)
        item = self.segments.item(row, column)
        return item.text().strip() if item is not None else ""

    def segment_inputs(self, problems: list[Problem]) -> tuple[SegmentInput, ...]:
        """The table as segments; a date or time that cannot be read becomes a problem of ``segments``."""
        kinds = {source_text(k): k for k in SegmentKind} | {label(k): k for k in SegmentKind}
        found = []
        for row in range(self.segments.rowCount()):
            if not any(self._cell(row, n) for n, _t in SEGMENT_COLUMNS if n not in ("label", "kind")):
                continue  # an empty row left at the end
            start = end = None
            try:
                day = parse_date(self._cell(row, "day"))
            except UserError:
                day = None
            begins, ends = _clock(self._cell(row, "start")), _clock(self._cell(row, "end"))
            if day is None or begins is None or ends is None:
                problems.append(
                    Problem(
                        "segments",
                        translate("courses", "第 {n} 段：請填日期（115/11/24）與開始、結束時間（13:30）。").format(
                            n=row + 1
                        ),
                        segment=row + 1,
                    )
                )
            else:
                start, end = datetime.combine(day, begins), datetime.combine(day, ends)
            kind_text = self._cell(row, "kind")
            kind: SegmentKind | str = kinds.get(kind_text, kind_text or SegmentKind.INSTRUCTION)
            found.append(SegmentInput(self._cell(row, "label"), start, end, kind, self._cell(row, "topic")))
        return tuple(found)

    # --- values --------------------------------------------------------------------------------------------

    def text(self, name: str) -> str:
        widget = self.inputs[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentText()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def _datetime(self, name: str) -> datetime | None:
        widget = self.inputs[name]
        assert isinstance(widget, QDateTimeEdit)
        value = widget.dateTime().toPython()
        return value.replace(second=0, microsecond=0) if isinstance(value, datetime) else None

    def _checked(self, name: str) -> bool:
        widget = self.inputs[name]
        assert isinstance(widget, QCheckBox)
        return widget.isChecked()

    def course_input(self, problems: list[Problem]) -> CourseInput:
        """What the form holds; what the dialog itself cannot read (a date typed wrong) goes to ``problems``."""
        registered: date | None = None
        if self.text("registered_on").strip():
            try:
                registered = parse_date(self.text("registered_on"))
            except UserError as exc:
                problems.append(Problem("registered_on", exc.message))
        category = self.inputs["organizer_category"]
        delivery = self.inputs["delivery"]
        assert isinstance(category, QComboBox) and isinstance(delivery, QComboBox)
        return CourseInput(
            organizer_code=self.text("organizer_code"),
            title=self.text("title"),
            session_label=self.text("session_label"),
            outline=self.text("outline"),
            organizer_category=category.currentData(),
            approval_doc=self.text("approval_doc"),
            accreditation_ref=self.text("accreditation_ref"),
            cross_school=self._checked("cross_school"),
            basis_doc=self.text("basis_doc"),
            start_at=self._datetime("start_at"),
            end_at=self._datetime("end_at"),
            venue=self.text("venue"),
            delivery=Delivery(delivery.currentData()),
            class_nature=self.text("class_nature"),
            audience=tuple(code for code, box in self.audience_boxes.items() if box.isChecked()),
            subsidy_unit=self.text("subsidy_unit"),
            subsidy_amount=self.text("subsidy_amount"),
            contact_name=self.text("contact_name"),
            contact_phone=self.text("contact_phone"),
            contact_email=self.text("contact_email"),
            registered_on=registered,
            registered_elsewhere=self._checked("registered_elsewhere"),
            consent_doc=self.text("consent_doc"),
            special_approval_doc=self.text("special_approval_doc"),
            credits=self.text("credits"),
            certified_hours=self.text("certified_hours"),
            certified_ref=self.text("certified_ref"),
            segments=self.segment_inputs(problems),
        )

    def _set(self, name: str, value: Any) -> None:
        widget = self.inputs[name]
        if isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QDateTimeEdit) and isinstance(value, datetime):
            widget.setDateTime(QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value.value if hasattr(value, "value") else value)
            if index >= 0:
                widget.setCurrentIndex(index)
            elif widget.isEditable():
                widget.setCurrentText(value or "")

    def fill(self, data: CourseInput) -> None:
        for name in (
            "organizer_code",
            "title",
            "session_label",
            "outline",
            "organizer_category",
            "approval_doc",
            "accreditation_ref",
            "cross_school",
            "basis_doc",
            "start_at",
            "end_at",
            "venue",
            "delivery",
            "class_nature",
            "subsidy_unit",
            "subsidy_amount",
            "contact_name",
            "contact_phone",
            "contact_email",
            "registered_elsewhere",
            "consent_doc",
            "special_approval_doc",
            "credits",
            "certified_hours",
            "certified_ref",
        ):
            self._set(name, getattr(data, name))
        self._set("registered_on", format_roc(data.registered_on, "short") if data.registered_on else "")
        for code, box in self.audience_boxes.items():
            box.setChecked(code in data.audience)
        self.segments.setRowCount(0)
        for segment in data.segments:
            self.add_segment_row(segment)

    # --- talking to the services ------------------------------------------------------------------------------

    def _choices_in(self, choices: FormChoices) -> None:
        nature = self.inputs["class_nature"]
        assert isinstance(nature, QComboBox)
        current = nature.currentText()
        nature.clear()
        nature.addItem("")
        nature.addItems(list(choices.class_natures))
        nature.setCurrentText(current)
        if self.course_id is None and choices.organizer_code and not self.text("organizer_code"):
            self._set("organizer_code", choices.organizer_code)
            self.organizer_name.setText(choices.organizer_name)

    def _record_in(self, record: CourseRecord) -> None:
        self.record = record
        self.fill(record.data)
        self.organizer_name.setText(record.organizer_name)
        title = translate("courses", "課程 {code}（{state}）").format(code=record.code, state=label(record.state))
        if record.correction:
            title = translate("courses", "更正已送審課程 {code}（{state}）").format(
                code=record.code, state=label(record.state)
            )
        self.setWindowTitle(title)
        self.heading.setText(title)
        self._set_row_visible("reason", record.correction)
        self.inputs["organizer_code"].setEnabled(not record.correction)
        self.save_button.setEnabled(True)
        (self.reason if record.correction else self.inputs["title"]).setFocus()

    def show_problems(self, problems: list[Problem]) -> None:
        """Every problem beside its field (warnings in amber); the first error gets the cursor."""
        for error in self.errors.values():
            error.clear()
            error.hide()
        self.general_error.clear()
        by_field: dict[str, list[Problem]] = {}
        for p in problems:
            if p.field in self.errors:
                by_field.setdefault(p.field, []).append(p)
            else:
                self.general_error.setText("\n".join(filter(None, [self.general_error.text(), p.message])))
        for name, found in by_field.items():
            target = self.errors[name]
            target.setText("\n".join(p.message for p in found))
            target.setStyleSheet(_WARNING_STYLE if all(p.warning for p in found) else _ERROR_STYLE)
            target.show()
        first = next((p for p in problems if not p.warning), None)
        if first is not None and first.field in self.inputs:
            self.inputs[first.field].setFocus()

    def visible_problems(self) -> dict[str, str]:
        """Field → message the form shows (for tests and screen readers)."""
        return {name: error.text() for name, error in self.errors.items() if error.text()}

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        local: list[Problem] = []
        data = self.course_input(local)
        if local:
            self.show_problems(local)
            return
        record = self.record
        operation = operations.save_course(
            self.user,
            data,
            course_id=record.course_id if record else None,
            version=record.version if record else None,
            reason=self.reason.text(),
        )
        self.save_button.setEnabled(False)
        self.runner.run(operation.work, on_done=self._saved, on_error=self._refused, description=operation.description)

    def _saved(self, result: CourseSaved | list[Problem]) -> None:
        self.save_button.setEnabled(True)
        if isinstance(result, list):
            self.show_problems(result)
            return
        self.saved.emit(result)
        self.accept()

    def _refused(self, exc: UserError) -> None:
        self.save_button.setEnabled(self.record is not None or self.course_id is None)
        problems = getattr(exc, "problems", None)
        if isinstance(problems, list) and all(isinstance(p, Problem) for p in problems):
            self.show_problems(problems)
            return
        self.show_problems([Problem(exc.field or "", exc.message)])
        if exc.field == "version":
            self.general_error.setText(exc.message)


def open_course_dialog(
    runner: TaskRunner, user: CurrentUser, parent: QWidget | None = None, course_id: uuid.UUID | None = None
) -> CourseDialog:
    dialog = CourseDialog(runner, user, parent, course_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
