"""One paged, sortable, asynchronous table model for every list page (Anki's browser DataModel + Column).

A list page declares its columns (:class:`Column`: header, how to show a row, how the database sorts it)
and how to read (a :class:`PagedSource`: ``rows(session, query, order, offset, limit)`` and
``count(session, query)``, Qt-free, run on the task runner's worker). The model then:

- knows how many rows match (counted in SQL) and keeps a cache of the pages fetched so far; a row whose
  page is not here yet shows 「讀取中…」 and asks the runner for its page (only rows on screen are asked for);
- sorts in SQL: clicking a header with a sort key starts a new query (never a Python sort or a proxy);
- starts a new *generation* on a new query, a new order or :meth:`reload` (e.g. on a relevant ``Changes``),
  and drops results of older generations that arrive late.

Rows are plain frozen dataclasses; :attr:`PagedSource.key` names a row (its id) for selection and lookups.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ntip_desktop.i18n import translate
from ntip_desktop.views.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")
#: (sort key, descending) or None for the source's own order.
Order = tuple[str, bool] | None


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """One column of a list: its header (zh-TW source text), its cell text, and its SQL sort key."""

    header: str
    text: Callable[[RowT], str]
    #: A key the source sorts by in SQL, or None when the column cannot be sorted.
    sort_key: str | None = None
    #: The tooltip (default: the cell text, so clipped text can be read).
    tooltip: Callable[[RowT], str | None] | None = None


@dataclass(frozen=True)
class PagedSource(Generic[RowT]):
    """How a list reads its rows: Qt-free functions of a session, run on the worker thread."""

    rows: Callable[[Any, Any, Order, int, int], Sequence[RowT]]  #: (session, query, order, offset, limit)
    count: Callable[[Any, Any], int]  #: (session, query)
    key: Callable[[RowT], Any]  #: a row's identity (its id)


def _first_page(source: PagedSource[Any], query: Any, order: Order, size: int, session: Any) -> tuple[int, list[Any]]:
    rows = list(source.rows(session, query, order, 0, size))
    total = len(rows) if len(rows) < size else source.count(session, query)
    return total, rows


def _page(source: PagedSource[Any], query: Any, order: Order, offset: int, size: int, session: Any) -> list[Any]:
    return list(source.rows(session, query, order, offset, size))


class PagedTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows matching a query, in the chosen order, fetched page by page through the runner."""

    #: A new query's first rows (and count) are in: ``(generation)``.
    loaded = Signal(int)
    #: Reading failed: the message.
    failed = Signal(str)

    PAGE_SIZE = 100

    def __init__(
        self,
        runner: TaskRunner,
        columns: Sequence[Column[RowT]],
        source: PagedSource[RowT],
        query: Any,
        *,
        order: Order = None,
        context: str,
        description: str,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.columns = tuple(columns)
        self.source = source
        self.query = query
        self.order: Order = order
        self._context = context  #: translation context of the headers and the description
        self._description = description
        self._total = 0
        self._pages: dict[int, list[RowT]] = {}
        self._requested: set[int] = set()
        self.generation = 0
        self.loading = False

    def _tr(self, text: str) -> str:
        return translate(self._context, text)

    # --- queries ----------------------------------------------------------------------------------

    def set_query(self, query: Any) -> int:
        self.query = query
        return self.reload()

    def set_order(self, key: str, descending: bool) -> int:
        self.order = (key, descending)
        return self.reload()

    def reload(self) -> int:
        """Start a new generation: count and first page of the current query and order."""
        self.generation += 1
        generation = self.generation
        self.loading = True
        self._runner.run(
            partial(_first_page, self.source, self.query, self.order, self.PAGE_SIZE),
            on_done=partial(self._first_page_in, generation),
            on_error=partial(self._failed, generation),
            description=self._tr(self._description),
        )
        return generation

    def _first_page_in(self, generation: int, result: tuple[int, list[RowT]]) -> None:
        if generation != self.generation:
            return
        total, rows = result
        self.beginResetModel()
        self._total = total
        self._pages = {0: rows}
        self._requested = {0}
        self.endResetModel()
        self.loading = False
        self.loaded.emit(generation)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self.generation:
            self.loading = False
            self.failed.emit(str(getattr(exc, "message", exc)))

    def _fetch(self, page: int) -> None:
        if page in self._requested:
            return
        self._requested.add(page)
        self._runner.run(
            partial(_page, self.source, self.query, self.order, page * self.PAGE_SIZE, self.PAGE_SIZE),
            on_done=partial(self._page_in, self.generation, page),
            on_error=partial(self._failed, self.generation),
            description=self._tr(self._description),
        )

    def _page_in(self, generation: int, page: int, rows: list[RowT]) -> None:
        if generation != self.generation:
            return
        self._pages[page] = rows
        first = page * self.PAGE_SIZE
        last = min(first + self.PAGE_SIZE, self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    # --- rows -------------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many rows match the query (counted in SQL)."""
        return self._total

    @property
    def loaded_count(self) -> int:
        """How many rows have been read so far."""
        return sum(len(rows) for rows in self._pages.values())

    def row_at(self, row: int) -> RowT | None:
        """The row at ``row`` if its page is here (else None, and its page is requested)."""
        if not 0 <= row < self._total:
            return None
        page, offset = divmod(row, self.PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            self._fetch(page)
            return None
        return rows[offset] if offset < len(rows) else None

    def row_of(self, key: Any) -> int | None:
        """Where the row with ``key`` is among the rows fetched so far."""
        for page, rows in self._pages.items():
            for offset, r in enumerate(rows):
                if self.source.key(r) == key:
                    return page * self.PAGE_SIZE + offset
        return None

    def loaded_rows(self) -> list[RowT]:
        return [r for page in sorted(self._pages) for r in self._pages[page]]

    # --- QAbstractTableModel ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._tr(self.columns[section].header) if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self.columns):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None if role == Qt.ItemDataRole.UserRole else self._tr("讀取中…")
        if role == Qt.ItemDataRole.UserRole:
            return self.source.key(row)
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return column.text(row)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort_key is None:
            return
        key = self.columns[column].sort_key
        assert key is not None
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != self.order:
            self.set_order(key, descending)
