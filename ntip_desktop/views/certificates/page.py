"""時數證明: issue hour certificates in batches, print them, verify them, re-issue or revoke one with a reason.

Certificate staff (and the administrator) open an awarded course by its code (Ctrl+F / F2) or from the list,
whose columns count each course's current, superseded and not yet issued certificates. The table shows
every teacher's award and latest certificate. 發給證明 (Ctrl+Enter) issues for the open course, the selected
teachers or a teacher's ROC year, as one PDF or a ZIP of one PDF per teacher, in the background with a
progress dialog and Cancel (a cancelled batch issues nothing); a result dialog then lists what was issued
and what was not, and why, and opens the PDF in the preview (列印, 另存). 列印證明 (Ctrl+P) prints the
selected certificates again as issued. 查驗 (F3) checks a code or a number; 補發 (F7) and 撤銷 (F8) ask for
the reason; 個人研習紀錄 (Ctrl+R) makes a teacher's year record; 印信與印表機 holds the seals and printer
offsets. The services check every permission themselves: a school coordinator never gets this page.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import CertificateState
from ntip_desktop.services.certificates import AwardLine, CourseCertificates, IssueResult, Output, Selection
from ntip_desktop.services.rules.rocdate import format_roc, roc_moment
from ntip_desktop.views.certificates.award_model import HOURS, NUMBER, STATE, AwardTableModel
from ntip_desktop.views.certificates.course_list import FIRST_COUNT, START_COLUMN, CertificateCourseModel
from ntip_desktop.views.operations import Operation
from ntip_desktop.views.operations import certificates as ops
from ntip_desktop.views.operations.certificates import Issued
from ntip_desktop.views.pages.base import PageContext
from ntip_desktop.views.tasks import LongTask
from ntip_desktop.views.widgets.desk_page import CourseDeskPage, tool_button
from ntip_desktop.views.widgets.dialogs import ReasonDialog


class CertificatesPage(CourseDeskPage):
    """The awarded courses, the open course's awards and certificates, and the jobs on them."""

    watches = ("certificates", "awards", "courses")

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.course: CourseCertificates | None = None
        self.issue_task: LongTask | None = None
        self.preview: Any = None

        self.code_field, self.code_message = self._make_lookup(
            "codeField",
            "codeMessage",
            placeholder=translate("views.certificates.page", "輸入課程代碼後按 Enter（Ctrl+F／F2）"),
            min_width=240,
            open_text=self.open_code,
        )
        self._make_search(translate("views.certificates.page", "搜尋已核發時數的課程名稱或代碼"))

        self.model = CertificateCourseModel(context.runner, self.user, self)
        self.model.loaded.connect(self._list_loaded)
        self.model.failed.connect(self.code_message.setText)
        self._make_queue(
            "certificateCourses",
            self.model,
            selection_mode=QAbstractItemView.SelectionMode.SingleSelection,
            sort_column=START_COLUMN,
            sort_order=Qt.SortOrder.DescendingOrder,
            on_activated=self.open_row,
            on_follow=self.open_row,
        )
        self.table.verticalHeader().hide()
        for column, width in ((0, 88), (1, 72), (2, 148)):
            self.table.setColumnWidth(column, width)
        for column in range(FIRST_COUNT, self.model.columnCount()):
            self.table.setColumnWidth(column, 38)
        self.matching = QLabel()
        self.matching.setObjectName("matchingCount")

        self.heading = QLabel(translate("views.certificates.page", "請選擇已核發時數的課程。"))
        self.heading.setObjectName("courseHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.awards = AwardTableModel(self)
        self.award_view = QTableView()
        self.award_view.setObjectName("awardTable")
        self.award_view.setModel(self.awards)
        self.award_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.award_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.award_view.setAlternatingRowColors(True)
        self.award_view.setWordWrap(False)
        self.award_view.verticalHeader().hide()
        self.award_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.award_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.award_view.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 40), (1, 72), (2, 96), (HOURS, 40), (NUMBER, 124), (STATE, 112), (6, 104)):
            self.award_view.setColumnWidth(column, width)
        self.award_view.selectionModel().selectionChanged.connect(lambda _s, _d: self._selection_changed())
        self.award_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_line())
        self.award_view.activated.connect(lambda _index: self.print_again())
        self.line_pane = QLabel()
        self.line_pane.setObjectName("linePane")
        self.line_pane.setWordWrap(True)
        self.line_pane.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.line_pane.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.line_pane.setMinimumHeight(self.fontMetrics().height() * 5)

        self._make_actions()
        self._layout()

    # --- construction -----------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.find_action = self._action(
            translate("views.certificates.page", "找課程代碼"), ["Ctrl+F", "F2"], self.focus_lookup, "findAction"
        )
        self.issue_action = self._action(
            translate("views.certificates.page", "發給證明"), ["Ctrl+Return", "Ctrl+Enter"], self.issue, "issueAction"
        )
        self.print_action = self._action(
            translate("views.certificates.page", "列印證明"), ["Ctrl+P"], self.print_again, "printAction"
        )
        self.print_action.setToolTip(
            translate("views.certificates.page", "預覽並列印選取教師的證明（依發給時的內容，不另發新證明）（Ctrl+P）")
        )
        self.verify_action = self._action(
            translate("views.certificates.page", "查驗"), ["F3"], self.verify, "verifyAction"
        )
        self.verify_action.setToolTip(translate("views.certificates.page", "查驗驗證碼或證書字號（F3）"))
        self.reissue_action = self._action(
            translate("views.certificates.page", "補發"), ["F7"], self.reissue, "reissueAction"
        )
        self.reissue_action.setToolTip(
            translate("views.certificates.page", "依目前的時數發給新證明並使原證明失效，須寫明理由（F7）")
        )
        self.revoke_action = self._action(
            translate("views.certificates.page", "撤銷"), ["F8"], self.revoke, "revokeAction"
        )
        self.revoke_action.setToolTip(translate("views.certificates.page", "撤銷誤發的證明，須寫明理由（F8）"))
        self.record_action = self._action(
            translate("views.certificates.page", "個人研習紀錄"), ["Ctrl+R"], self.annual_record, "recordAction"
        )
        self.settings_action = self._action(
            translate("views.certificates.page", "印信與印表機"), [], self.office_settings, "officeSettingsAction"
        )
        self.refresh_action = self._action(
            translate("views.certificates.page", "重新整理"), ["F5"], self.refresh, "refreshAction"
        )
        self._update_actions()

    def _layout(self) -> None:
        top = self._lookup_row(translate("views.certificates.page", "課程代碼(&N)"))
        for action in (
            self.issue_action,
            self.print_action,
            self.verify_action,
            self.reissue_action,
            self.revoke_action,
            self.record_action,
            self.settings_action,
            self.refresh_action,
        ):
            top.addWidget(tool_button(action))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.matching)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.award_view, 1)
        right_layout.addWidget(self.line_pane)
        self._arrange(top, left, right, "certificatesSplitter", [480, 720])

    # --- loading ----------------------------------------------------------------------------------

    def _list_loaded(self, _generation: int) -> None:
        self.matching.setText(
            translate("views.certificates.page", "共 {n} 門已核發時數的課程").format(n=f"{self.model.total:,}")
        )
        self._select_current()

    def open_course_id(self) -> uuid.UUID | None:
        return self.course.course_id if self.course is not None else None

    def _course_operation(self, course_id: uuid.UUID) -> Operation[CourseCertificates]:
        return ops.open_course(self.user, course_id)

    def _code_operation(self, text: str) -> Operation[CourseCertificates]:
        return ops.open_code(self.user, text)

    def _show_opened(self, opened: Any) -> None:
        self._show_course(opened)

    def _focus_opened(self) -> None:
        self.award_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_course(self, course: CourseCertificates) -> None:
        same = self.course is not None and self.course.course_id == course.course_id
        chosen = {line.award_id for line in self.selected_lines()} if same else set()
        current = self.awards.line_at(self.award_view.currentIndex().row()) if same else None
        self.course = course
        self.awards.set_course(course)
        self._show_heading()
        selection = self.award_view.selectionModel()
        if current is not None and (row := self.awards.row_of(current.award_id)) is not None:
            selection.setCurrentIndex(self.awards.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        elif course.lines:
            self.award_view.setCurrentIndex(self.awards.index(0, 0))
        for award_id in chosen:  # the rows chosen before a reload stay chosen
            if (row := self.awards.row_of(award_id)) is not None:
                selection.select(
                    self.awards.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._show_line()
        self._update_actions()
        self._select_current()
        self.detail_shown.emit(course.code)

    def _show_heading(self) -> None:
        c = self.course
        if c is None:
            self.heading.setText(translate("views.certificates.page", "請選擇已核發時數的課程。"))
            return
        when = format_roc(c.start_at.date(), "long")
        self.heading.setText(
            translate(
                "views.certificates.page",
                "<b>{code} {title}</b>　{organizer}　{when}<br>核給 {awards} 位：有效證明 {issued} 張，尚未發給 {pending} 位",
            ).format(
                code=c.code,
                title=c.title,
                organizer=c.organizer_name,
                when=when,
                awards=sum(1 for line in c.lines if line.hours > 0),
                issued=c.issued,
                pending=c.pending,
            )
        )

    def selected_lines(self) -> list[AwardLine]:
        rows = sorted({i.row() for i in self.award_view.selectionModel().selectedRows()})
        return [line for r in rows if (line := self.awards.line_at(r)) is not None]

    def current_line(self) -> AwardLine | None:
        return self.awards.line_at(self.award_view.currentIndex().row())

    def _selection_changed(self) -> None:
        self._update_actions()

    def _show_line(self) -> None:
        line = self.current_line()
        if line is None:
            self.line_pane.clear()
            return
        parts = [
            translate("views.certificates.page", "<b>{name}</b>（{masked}，{school}）：{hours} 小時，{status}").format(
                name=line.teacher_name,
                masked=line.holder_id,
                school=line.school or translate("views.certificates.page", "未登錄服務學校"),
                hours=line.hours,
                status=label(line.status),
            )
        ]
        if line.number:
            parts.append(
                translate("views.certificates.page", "證書字號 {number}　驗證碼 {code}　{state}　發給於 {at}").format(
                    number=line.number,
                    code=line.code,
                    state=label(line.state) if line.state else "",
                    at=roc_moment(line.issued_at) if line.issued_at else "",
                )
            )
        else:
            parts.append(translate("views.certificates.page", "尚未發給證明。"))
        if line.end_reason:
            parts.append(translate("views.certificates.page", "失效原因：{reason}").format(reason=line.end_reason))
        if line.earlier:
            parts.append(
                translate("views.certificates.page", "先前的證明：{numbers}").format(numbers="、".join(line.earlier))
            )
        self.line_pane.setText("<br>".join(parts))

    def _update_actions(self) -> None:
        line = self.current_line()
        numbered = [line for line in self.selected_lines() if line.number]
        self.print_action.setEnabled(bool(numbered) or (line is not None and bool(line.number)))
        self.reissue_action.setEnabled(line is not None and bool(line.number))
        self.revoke_action.setEnabled(line is not None and line.state is CertificateState.ISSUED)

    # --- issuing ----------------------------------------------------------------------------------

    def issue(self) -> None:
        """發給證明: ask what to issue and where to save it, then run the batch."""
        if self.issue_task is not None:
            return
        from ntip_desktop.views.certificates.issue_dialogs import IssueDialog

        dialog = IssueDialog(self.course, self.selected_lines(), self)
        self._open_dialog(dialog, lambda: self.start_issue(dialog.selection(), dialog.output(), dialog.chosen_path()))

    def start_issue(self, selection: Selection, output: Output, path: Path) -> LongTask:
        """Issue ``selection`` in the background, writing the PDF or ZIP to ``path``; Cancel issues nothing."""
        self.issue_action.setEnabled(False)
        self.issue_task = self.context.runner.run_long(
            ops.issue_job(self.user, selection, output, path),
            on_done=self._issued,
            on_error=self._issue_refused,
            on_cancelled=self._issue_cancelled,
            description=translate("views.certificates.page", "發給研習時數證明"),
            parent=self.window(),
        )
        return self.issue_task

    def _issue_over(self) -> None:
        self.issue_task = None
        self.issue_action.setEnabled(True)

    def _issued(self, issued: Issued) -> None:
        from ntip_desktop.views.certificates.issue_dialogs import IssueResultDialog

        self._issue_over()
        message = ops.issued_message(issued)
        self.context.show_status(message)
        dialog = IssueResultDialog(issued, message, self)
        dialog.preview_requested.connect(self.preview_file)
        self._open_dialog(dialog, lambda: None)

    def _issue_refused(self, exc: UserError) -> None:
        self._issue_over()
        self.context.runner.presenter(exc)

    def _issue_cancelled(self, exc: UserError) -> None:
        self._issue_over()
        self.context.show_status(exc.message)

    # --- previews ---------------------------------------------------------------------------------

    def preview_file(self, path: Path) -> None:
        """Open a produced PDF in the preview."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.context.runner.presenter(
                UserError(
                    translate("views.certificates.page", "無法讀取檔案 {path}：{reason}").format(
                        path=path, reason=exc.strerror or exc
                    )
                )
            )
            return
        self.open_preview(path.stem, data, path.name)

    def open_preview(self, title: str, data: bytes, suggested_name: str) -> Any:
        from ntip_desktop.views.certificates.preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(self.context.runner, self.user, title, data, suggested_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "preview", None))
        self.preview = dialog
        dialog.open()
        dialog.activateWindow()
        return dialog

    def print_again(self) -> None:
        """列印證明: the selected teachers' certificates (or the current one) as issued, in the preview."""
        lines = [line for line in self.selected_lines() if line.number]
        if not lines and (line := self.current_line()) is not None and line.number:
            lines = [line]
        if not lines:
            return
        numbers = [line.number for line in lines]
        title = (
            numbers[0]
            if len(numbers) == 1
            else translate("views.certificates.page", "{first} 等 {n} 張證明").format(first=numbers[0], n=len(numbers))
        )
        self.run_operation(
            ops.print_again(self.user, numbers),
            on_done=lambda data: self.open_preview(title, data, f"{numbers[0]}.pdf"),
            on_error=self._refused,
        )

    # --- one certificate: re-issue, revoke --------------------------------------------------------

    def reissue(self) -> None:
        line = self.current_line()
        if line is None or not line.number or not self.reissue_action.isEnabled():
            return
        dialog = ReasonDialog(
            translate("views.certificates.page", "補發證明：{number} {name}").format(
                number=line.number, name=line.teacher_name
            ),
            translate(
                "views.certificates.page",
                "將依目前的核給時數（{hours} 小時）發給新證明；證明 {number} 隨即失效，查驗時顯示新字號與此理由。",
            ).format(hours=line.hours, number=line.number),
            translate("views.certificates.page", "請寫明補發理由（例：原證明遺失、姓名更正）。"),
            translate("views.certificates.page", "補發"),
            self,
        )
        number = line.number
        self._open_dialog(
            dialog,
            lambda: self.run_operation(
                ops.reissue(self.user, number, dialog.reason), on_done=self._reissued, on_error=self._refused
            ),
        )

    def _reissued(self, result: IssueResult) -> None:
        if result.document is not None and result.issued:
            number = result.issued[0].number
            self.open_preview(number, result.document, f"{number}.pdf")

    def revoke(self) -> None:
        line = self.current_line()
        if line is None or line.state is not CertificateState.ISSUED or not self.revoke_action.isEnabled():
            return
        dialog = ReasonDialog(
            translate("views.certificates.page", "撤銷證明：{number} {name}").format(
                number=line.number, name=line.teacher_name
            ),
            translate(
                "views.certificates.page",
                "證明 {number} 撤銷後查驗時顯示「已撤銷」與此理由，批次發給也不再為此教師發證；如需重新發給請用「補發」。",
            ).format(number=line.number),
            translate("views.certificates.page", "請寫明撤銷理由（例：誤發）。"),
            translate("views.certificates.page", "撤銷"),
            self,
        )
        number = line.number
        self._open_dialog(
            dialog,
            lambda: self.run_operation(
                ops.revoke(self.user, number, dialog.reason), on_done=self._revoked, on_error=self._refused
            ),
        )

    def _revoked(self, _changes: Changes) -> None:
        pass  # the announced change reloads the page

    # --- verification, the annual record, seals and printers ---------------------------------------

    def verify(self) -> None:
        from ntip_desktop.views.certificates.verify_dialog import VerifyDialog

        self._open_dialog(VerifyDialog(self.context.runner, self.user, self), lambda: None)

    def annual_record(self) -> None:
        from ntip_desktop.views.certificates.record_dialog import AnnualRecordDialog

        dialog = AnnualRecordDialog(self)
        self._open_dialog(dialog, lambda: self.make_record(dialog.teacher(), dialog.year.value()))

    def make_record(self, national_id: str, roc_year: int) -> None:
        title = translate("views.certificates.page", "{year} 年個人研習紀錄").format(year=roc_year)
        self.run_operation(
            ops.annual_record(self.user, national_id, roc_year),
            on_done=lambda data: self.open_preview(title, data, f"{title}.pdf"),
            on_error=self._refused,
        )

    def office_settings(self) -> None:
        from ntip_desktop.views.certificates.office_settings import OfficeSettingsDialog

        self._open_dialog(OfficeSettingsDialog(self.context.runner, self.user, self), lambda: None)

    def initial_focus(self) -> QWidget | None:
        return self.code_field
