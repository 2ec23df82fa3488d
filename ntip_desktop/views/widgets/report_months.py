"""後端傳報月份: the back-end counties' report months (Art 12(3)(4)), on the 月報傳報 page and in the dialog
the 課程審核 page opens.

A table of months per county (month, state, records uploaded, the 5th-of-month deadline with 「逾期」 or
「剩 N 天」, who confirmed when, amendments) and the moves the transition table allows on the selected month:
上傳 (the record count), 確認 (locks the month's courses), 開啟更正 (the official letter's number and date and a
reason) and 重新確認. Every read and write goes through the task runner; the services check who may.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.courses import MONTH_WORKFLOW, MonthMove, MonthRow
from ntip_desktop.services.rules.rocdate import format_roc, local_today, parse_date
from ntip_desktop.views.operations import courses as ops
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.dialogs import ERROR_STYLE, error_label
from ntip_desktop.views.widgets.text_table import TextTableModel

#: The buttons of the moves, in the transition table's order, with their mnemonics.
_BUTTONS = (
    ("upload", QT_TRANSLATE_NOOP("courses", "上傳(&U)…")),
    ("confirm", QT_TRANSLATE_NOOP("courses", "確認(&C)")),
    ("open_amendment", QT_TRANSLATE_NOOP("courses", "開啟更正(&A)…")),
    ("reconfirm", QT_TRANSLATE_NOOP("courses", "重新確認(&R)")),
)


class _MoveDialog(QDialog):
    """A small form of one move; OK runs it, and a refusal is shown here with the form kept open."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        #: ``submit(params, on_error)``: runs the move; the dialog closes when it succeeds.
        self.submit: Callable[[dict[str, object], Callable[[UserError], None]], None] | None = None

    def params(self) -> dict[str, object]:
        raise NotImplementedError

    def show_error(self, exc: UserError) -> None:
        self.error.setText(exc.message)
        self.error.show()
        self.buttons.setEnabled(True)

    def accept(self) -> None:
        try:
            params = self.params()
        except UserError as exc:
            self.show_error(exc)
            return
        if self.submit is None:
            super().accept()
            return
        self.buttons.setEnabled(False)
        self.submit(params, self.show_error)

    def succeeded(self) -> None:
        super().accept()


class UploadDialog(_MoveDialog):
    """上傳: how many records of the month were uploaded to the network."""

    def __init__(self, row: MonthRow, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("courses", "上傳：{county}{month}").format(county=row.county_name, month=row.label), parent
        )
        self.records = QSpinBox()
        self.records.setObjectName("records")
        self.records.setRange(0, 10_000_000)
        self.records.setValue(row.records)
        self.form.addRow(translate("courses", "上傳筆數(&N)"), self.records)
        self.records.setFocus()
        self.records.selectAll()

    def params(self) -> dict[str, object]:
        return {"records": self.records.value()}


class AmendmentDialog(_MoveDialog):
    """開啟更正: the official letter to NKNU (copy to MOE): its number, its date (民國) and the reason."""

    def __init__(self, row: MonthRow, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("courses", "開啟更正：{county}{month}").format(county=row.county_name, month=row.label), parent
        )
        self.letter_no = QLineEdit()
        self.letter_no.setObjectName("letterNo")
        self.letter_no.setPlaceholderText(translate("courses", "例：高市教研字第1150012345號"))
        self.letter_date = QLineEdit(format_roc(today, "short"))
        self.letter_date.setObjectName("letterDate")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reasonText")
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumSize(380, 80)
        note = QLabel(
            translate("courses", "已確認的月份須行文國立高雄師範大學（副本教育部），依公文開啟更正；更正後請重新確認。")
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.form.addRow(translate("courses", "公文文號(&N)"), self.letter_no)
        self.form.addRow(translate("courses", "發文日期(&D)"), self.letter_date)
        self.form.addRow(translate("courses", "更正原因(&R)"), self.reason)
        self.letter_no.setFocus()

    def params(self) -> dict[str, object]:
        return {
            "letter_no": self.letter_no.text().strip(),
            "letter_date": parse_date(self.letter_date.text(), field="letter_date"),
            "reason": self.reason.toPlainText().strip(),
        }


class MonthsPanel(QWidget):
    """The back-end counties' report months in the user's scope, and their moves."""

    HEADERS = (
        QT_TRANSLATE_NOOP("courses", "縣市"),
        QT_TRANSLATE_NOOP("courses", "月份"),
        QT_TRANSLATE_NOOP("courses", "狀態"),
        QT_TRANSLATE_NOOP("courses", "上傳筆數"),
        QT_TRANSLATE_NOOP("courses", "期限（每月5日前上傳並確認上月）"),
        QT_TRANSLATE_NOOP("courses", "確認"),
        QT_TRANSLATE_NOOP("courses", "更正公文"),
    )

    def __init__(
        self, runner: TaskRunner, user: CurrentUser, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.user = user
        #: The day deadlines are counted from (tests fix it; the program uses today in Taiwan).
        self.fixed_today = today
        self.rows: list[MonthRow] = []
        self.active_dialog: _MoveDialog | None = None
        intro = QLabel(
            translate(
                "courses",
                "採後端傳報的縣市須於每月5日前上傳並確認上一個月的資料（第12條第3款）；已確認的月份鎖定，"
                "其課程不能再更動，須依公文開啟更正（第12條第4款）。",
            )
        )
        intro.setWordWrap(True)
        self.model = TextTableModel([translate("courses", h) for h in self.HEADERS], self)
        self.table = QTableView()
        self.table.setObjectName("monthsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumSize(860, 360)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable_moves())
        self.status = QLabel()
        self.status.setObjectName("monthsStatus")
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for action, text in _BUTTONS:
            button = QPushButton(translate("courses", text))
            button.setObjectName(f"{action}Button")
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, a=action: self.start_move(a))
            self.buttons[action] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.refresh_button = QPushButton(translate("courses", "重新整理"))
        self.refresh_button.setToolTip("F5")
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(self.refresh_button)
        #: The row of buttons: a dialog holding the panel adds its Close button here.
        self.button_bar = bar
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(bar)
        runner.bus.changed.connect(self._changed)

    # --- reading ------------------------------------------------------------------------------------

    @property
    def today(self) -> date:
        return self.fixed_today or local_today()

    def refresh(self) -> None:
        operation = ops.report_months(self.user, self.fixed_today)
        self.runner.run(operation.work, on_done=self._show, on_error=self._refused, description=operation.description)

    def _changed(self, changes: Changes) -> None:
        if changes.reports and self.isVisible():
            self.refresh()

    def _show(self, rows: list[MonthRow]) -> None:
        current = self.selected()
        keep = current.code if current else None
        self.rows = rows
        self.model.set_rows(
            [
                (
                    r.county_name,
                    r.label,
                    r.state_label,
                    str(r.records),
                    r.deadline_text,
                    r.confirmed_text,
                    r.amendments_text,
                )
                for r in rows
            ],
            keys=[r.code for r in rows],
        )
        if not rows:
            self.status.setText(translate("courses", "您的轄區沒有採後端傳報的縣市。"))
        index = next((i for i, r in enumerate(rows) if r.code == keep), 0 if rows else None)
        if index is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(index, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._enable_moves()

    def _refused(self, exc: UserError) -> None:
        self.status.setText(exc.message)
        self.status.setStyleSheet(ERROR_STYLE)

    def selected(self) -> MonthRow | None:
        index = self.table.selectionModel().currentIndex() if self.table.selectionModel() else None
        if index is None or not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        return self.rows[index.row()]

    def row_text(self, code: str) -> dict[str, str]:
        """The cells of the month ``code`` as shown, by header (for tests and for reading aloud)."""
        row = next(i for i, r in enumerate(self.rows) if r.code == code)
        return {h: self.model.text(row, c) for c, h in enumerate(translate("courses", h) for h in self.HEADERS)}

    def select(self, code: str) -> None:
        row = next(i for i, r in enumerate(self.rows) if r.code == code)
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _enable_moves(self) -> None:
        row = self.selected()
        allowed = set(row.actions) if row else set()
        for action, button in self.buttons.items():
            button.setEnabled(action in allowed)
            if (
                row is not None
                and action not in allowed
                and self.user.can(MONTH_WORKFLOW.move_named(action).permission)
            ):
                button.setToolTip(
                    translate("courses", "{month}目前為「{state}」。").format(month=row.label, state=row.state_label)
                )
            else:
                button.setToolTip("")

    # --- moves --------------------------------------------------------------------------------------

    def start_move(self, action: str) -> None:
        row = self.selected()
        if row is None or action not in row.actions:
            return
        dialog: _MoveDialog | None = None
        if action == "upload":
            dialog = UploadDialog(row, self)
        elif action == "open_amendment":
            dialog = AmendmentDialog(row, self.today, self)
        if dialog is None:
            self._run(row, action, {}, self._refused)
            return
        target = dialog

        def submit(params: dict[str, object], on_error: Callable[[UserError], None]) -> None:
            self._run(row, action, params, on_error, target.succeeded)

        dialog.submit = submit
        self.active_dialog = dialog
        dialog.open()

    def _run(
        self,
        row: MonthRow,
        action: str,
        params: dict[str, object],
        on_error: Callable[[UserError], None],
        on_success: Callable[[], None] | None = None,
    ) -> None:
        operation = ops.move_report_month(self.user, row, action, self.fixed_today, **params)

        def done(moved: MonthMove) -> None:
            self.status.setStyleSheet("")
            self.status.setText(operation.message(moved))
            if on_success is not None:
                on_success()
            # The runner announces the move's Changes (reports): _changed reloads the table.

        self.runner.run(operation.work, on_done=done, on_error=on_error, description=operation.description)
