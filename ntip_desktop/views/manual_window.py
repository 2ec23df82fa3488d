"""使用手冊: the manual in docs/manual, one chapter at a time, beside the work (Help → 使用手冊, F1).

The chapter list is the manual's README (:func:`ntip_desktop.manual.chapters`); F1 opens the chapter named
like the page on screen (``accounts.md`` on 帳號審核), else the contents. Screenshots are scaled to the
text's width. Links between chapters stay in this window; web links open in the browser.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QImageReader, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ntip_desktop import manual
from ntip_desktop.i18n import translate

#: Room left beside a screenshot in the text column (margins, scroll bar).
_IMAGE_MARGIN = 48
_STYLE = """
h1 { font-size: x-large; } h2 { font-size: large; margin-top: 14px; }
td, th { padding: 4px; } code { background-color: #f2f2f2; }
"""


class ManualWindow(QWidget):
    """A window of its own: the chapters on the left, the chapter on the right."""

    def __init__(self, folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("manualWindow")
        self.setWindowTitle(translate("views.manual_window", "使用手冊 - NTIP Desk"))
        self.folder = folder if folder is not None else manual.manual_folder()
        self.current: Path | None = None

        self.contents = QListWidget()
        self.contents.setObjectName("manualChapters")
        self.contents.setWordWrap(True)
        self.contents.currentItemChanged.connect(self._chosen)
        self.text = QTextBrowser()
        self.text.setObjectName("manualText")
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self.follow)
        self.text.document().setDefaultStyleSheet(_STYLE)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 820])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence("Esc"), self, self.close)

        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(150)
        self._resized.timeout.connect(self._render_again)
        self.resize(1100, 760)
        self.reload()

    # --- chapters ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the chapter list again (a chapter added to the README appears)."""
        self.contents.blockSignals(True)
        self.contents.clear()
        if self.folder is not None:
            self._add_item(translate("views.manual_window", "目錄"), self.folder / manual.CONTENTS)
            for chapter in manual.chapters(self.folder):
                self._add_item(chapter.title, chapter.path)
        self.contents.blockSignals(False)

    def _add_item(self, title: str, path: Path) -> None:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setToolTip(title)
        self.contents.addItem(item)

    def chapter_titles(self) -> list[str]:
        return [self.contents.item(row).text() for row in range(self.contents.count())]

    def show_chapter(self, key: str = "") -> None:
        """Show the chapter ``key`` (``accounts`` for accounts.md), or the contents when there is none."""
        if self.folder is None:
            self.current = None
            self.text.setPlainText(
                translate("views.manual_window", "找不到使用手冊檔案（docs/manual）。請重新安裝 NTIP Desk。")
            )
            return
        wanted = next((c.path for c in manual.chapters(self.folder) if c.key == key), None)
        self.show_file(wanted or self.folder / manual.CONTENTS)

    def show_file(self, path: Path) -> None:
        path = path.resolve()
        self.current = path
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if Path(item.data(Qt.ItemDataRole.UserRole)).resolve() == path and self.contents.currentRow() != row:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
        self._render()
        self.text.verticalScrollBar().setValue(0)

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_file(Path(item.data(Qt.ItemDataRole.UserRole)))

    # --- showing ----------------------------------------------------------------------------------

    def _image_width(self, path: Path) -> int | None:
        natural = QImageReader(str(path)).size().width()
        room = max(self.text.viewport().width() - _IMAGE_MARGIN, 320)
        return min(natural, room) if natural > 0 else None

    def _render(self) -> None:
        if self.current is None:
            return
        markdown = self.current.read_text(encoding="utf-8")
        self.text.setHtml(manual.render(markdown, self.current.parent, self._image_width))

    def _render_again(self) -> None:
        bar = self.text.verticalScrollBar()
        where = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._render()
        bar.setValue(round(where * bar.maximum()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resized.start()

    def follow(self, url: QUrl) -> None:
        """A link: another page of the manual here, anything else in the system's browser or viewer."""
        path = Path(url.toLocalFile()).resolve() if url.isLocalFile() else None
        here = self.folder is not None and path is not None and path.is_relative_to(self.folder.resolve())
        if path is not None and here and path.suffix == ".md" and path.is_file():
            self.show_file(path)
        else:
            QDesktopServices.openUrl(url)
