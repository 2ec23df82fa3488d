"""The in-app preview of a produced PDF (QtPdf) with 列印 (QPrintDialog) and 另存 PDF.

Printing renders each page with PDFium (``QPdfDocument.render``) at 300 dpi into the printer's painter, at
the page's real size from the paper's corner (never scaled to fit: pre-printed paper must line up), moved by
the printer offset stored for that printer's name (印信與印表機). One page per event-loop turn, with a
progress dialog and Cancel for long batches: the window never freezes while a thousand pages print.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.certificates import PrinterOffset
from ntip_desktop.views.operations import certificates as ops
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.dialogs import ERROR_STYLE
from ntip_desktop.views.widgets.file_dialogs import ask_save_path

#: Resolution pages are rendered at for printing.
PRINT_DPI = 300
MM_PER_INCH = 25.4


class PrintRun(QObject):
    """Prints ``document`` on ``printer``, one page per event-loop turn; ``finished(pages printed)``."""

    finished = Signal(int)
    #: (pages printed, total)
    progressed = Signal(int, int)

    def __init__(
        self, document: QPdfDocument, printer: QPrinter, offset_mm: tuple[float, float], parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.printer = printer
        self.offset_mm = offset_mm
        self.painter = QPainter()
        self.done = 0
        self.cancelled = False

    def start(self) -> bool:
        """Begin printing; False when the printer cannot be opened."""
        if not self.painter.begin(self.printer):
            return False
        QTimer.singleShot(0, self._next)
        return True

    def cancel(self) -> None:
        self.cancelled = True

    def _next(self) -> None:
        total = self.document.pageCount()
        if self.cancelled or self.done >= total:
            self.painter.end()
            self.finished.emit(self.done)
            return
        if self.done:
            self.printer.newPage()
        self._print_page(self.done)
        self.done += 1
        self.progressed.emit(self.done, total)
        QTimer.singleShot(0, self._next)

    def _print_page(self, page: int) -> None:
        points = self.document.pagePointSize(page)
        image = self.document.render(
            page, QSize(round(points.width() / 72 * PRINT_DPI), round(points.height() / 72 * PRINT_DPI))
        )
        dpi = self.printer.resolution()
        x_mm, y_mm = self.offset_mm  # as the certificate PDF takes it: right and up are positive
        target = QRectF(
            x_mm / MM_PER_INCH * dpi,
            -y_mm / MM_PER_INCH * dpi,
            points.width() / 72 * dpi,
            points.height() / 72 * dpi,
        )
        self.painter.drawImage(target, image)


class PdfPreviewDialog(QDialog):
    """A PDF on screen, page after page, with 列印 (Ctrl+P) and 另存 PDF (Ctrl+S)."""

    #: A print run ended: (pages printed, printer name).
    printed = Signal(int, str)

    def __init__(
        self,
        runner: TaskRunner,
        user: CurrentUser,
        title: str,
        data: bytes,
        suggested_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.user = user
        self.data = data
        self.suggested_name = suggested_name
        self.offsets: dict[str, tuple[float, float]] = {}
        self.print_run: PrintRun | None = None
        self.setWindowTitle(translate("views.certificates.preview", "預覽：{title}").format(title=title))
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(12)

        self.pages = QLabel()
        self.pages.setObjectName("pageCount")
        self.message = QLabel()
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.print_button = QPushButton(translate("views.certificates.preview", "列印(&P)…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setToolTip(translate("views.certificates.preview", "Ctrl+P"))
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button = QPushButton(translate("views.certificates.preview", "另存 PDF(&S)…"))
        self.save_button.setObjectName("savePdfButton")
        self.save_button.setToolTip(translate("views.certificates.preview", "Ctrl+S"))
        self.save_button.clicked.connect(self.choose_file)
        self.fit_page = QPushButton(translate("views.certificates.preview", "整頁"))
        self.fit_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.fit_width = QPushButton(translate("views.certificates.preview", "符合寬度"))
        self.fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        close = QPushButton(translate("views.certificates.preview", "關閉"))
        close.clicked.connect(self.reject)
        for button in (self.fit_page, self.fit_width, close, self.save_button):
            button.setAutoDefault(False)
        QShortcut(QKeySequence("Ctrl+P"), self, self.choose_printer)
        QShortcut(QKeySequence("Ctrl+S"), self, self.choose_file)

        top = QHBoxLayout()
        top.addWidget(self.pages)
        top.addWidget(self.message, 1)
        top.addWidget(self.fit_page)
        top.addWidget(self.fit_width)
        top.addWidget(self.save_button)
        top.addWidget(self.print_button)
        top.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.view.pageNavigator().currentPageChanged.connect(lambda _page: self._show_page_count())
        self._show_page_count()
        self.resize(760, 900)
        self.print_button.setFocus()
        operation = ops.printer_offsets(user)
        runner.run(operation.work, on_done=self._offsets_in, on_error=lambda _e: None)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def _show_page_count(self) -> None:
        self.pages.setText(
            translate("views.certificates.preview", "第 {page}／{pages} 頁").format(
                page=self.view.pageNavigator().currentPage() + 1, pages=self.page_count
            )
        )

    def _offsets_in(self, offsets: list[PrinterOffset]) -> None:
        self.offsets = {o.printer: (o.x_mm, o.y_mm) for o in offsets}

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    # --- printing ---------------------------------------------------------------------------------

    def new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the page's own origin is the paper's corner, as in the PDF
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.windowTitle())
        return printer

    def choose_printer(self) -> None:
        if self.print_run is not None or self.page_count == 0:
            return
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer: QPrinter) -> PrintRun | None:
        """Print every page on ``printer`` with that printer's stored offset; returns the run (None if the
        printer cannot be opened)."""
        name = printer.printerName()
        offset = self.offsets.get(name, (0.0, 0.0))
        run = PrintRun(self.document, printer, offset, self)
        if not run.start():
            self._say(
                translate("views.certificates.preview", "無法開啟印表機「{printer}」。").format(printer=name),
                error=True,
            )
            return None
        self.print_run = run
        self.print_button.setEnabled(False)
        progress = QProgressDialog(
            translate("views.certificates.preview", "列印中…"),
            translate("views.certificates.preview", "取消"),
            0,
            self.page_count,
            self,
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(run.cancel)
        run.progressed.connect(lambda done, _total: progress.setValue(done))
        run.finished.connect(lambda pages: self._printed(pages, name, offset, progress))
        return run

    def _printed(self, pages: int, name: str, offset: tuple[float, float], progress: QProgressDialog) -> None:
        progress.hide()
        progress.deleteLater()
        self.print_run = None
        self.print_button.setEnabled(True)
        where = name or translate("views.certificates.preview", "檔案")
        text = translate("views.certificates.preview", "已送 {pages} 頁到「{printer}」").format(
            pages=pages, printer=where
        )
        if offset != (0.0, 0.0):
            text += translate("views.certificates.preview", "（依校正位移：右 {x} mm、上 {y} mm）").format(
                x=f"{offset[0]:g}", y=f"{offset[1]:g}"
            )
        if pages < self.page_count:
            text += translate("views.certificates.preview", "；已取消其餘 {n} 頁").format(n=self.page_count - pages)
        self._say(text + translate("views.certificates.preview", "。"))
        self.printed.emit(pages, name)

    def reject(self) -> None:
        """Closing while pages are being sent stops the rest first, so the printer gets a finished job."""
        run = self.print_run
        if run is not None:
            run.cancel()
            run.finished.connect(lambda _pages: QDialog.reject(self))
            return
        super().reject()

    # --- saving -----------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = ask_save_path(
            self,
            translate("views.certificates.preview", "另存 PDF"),
            self.suggested_name,
            translate("views.certificates.preview", "PDF 檔 (*.pdf)"),
        )
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> None:
        operation = ops.save_pdf(path, self.data)
        self.runner.run(
            operation.work,
            on_done=lambda p: self._say(operation.message(p)),
            on_error=self._save_refused,
            description=operation.description,
        )

    def _save_refused(self, exc: UserError) -> None:
        self._say(exc.message, error=True)
