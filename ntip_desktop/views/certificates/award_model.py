"""An awarded course's awards as the 時數證明 page shows them: one row per teacher with the hours, the outcome
and the award's latest certificate (number and state). Small (a course's teachers), loaded in one go."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.labels import label
from ntip_desktop.models import CertificateState
from ntip_desktop.services.certificates import AwardLine, CourseCertificates

Index = QModelIndex | QPersistentModelIndex


def _state(line: AwardLine) -> str:
    if line.state is None:
        if not line.certifiable:
            return translate("views.certificates.award_model", "不發證明")
        return translate("views.certificates.award_model", "未發")
    return label(line.state)


#: (header, cell text) of each column: what a clerk looks for first (who, hours, which certificate) on the left.
COLUMNS: tuple[tuple[str, Callable[[AwardLine], str]], ...] = (
    (QT_TRANSLATE_NOOP("views.certificates.award_model", "座號"), lambda r: "" if r.seat is None else str(r.seat)),
    (QT_TRANSLATE_NOOP("views.certificates.award_model", "姓名"), lambda r: r.teacher_name),
    (QT_TRANSLATE_NOOP("views.certificates.award_model", "身分證字號"), lambda r: r.holder_id),
    (QT_TRANSLATE_NOOP("views.certificates.award_model", "時數"), lambda r: str(r.hours)),
    (QT_TRANSLATE_NOOP("views.certificates.award_model", "證書字號"), lambda r: r.number),
    (QT_TRANSLATE_NOOP("views.certificates.award_model", "證明狀態"), _state),
    (QT_TRANSLATE_NOOP("views.certificates.award_model", "核計結果"), lambda r: label(r.status)),
    (QT_TRANSLATE_NOOP("views.certificates.award_model", "服務學校"), lambda r: r.school),
)
HOURS = 3
NUMBER = 4
STATE = 5

_ENDED = QColor("#9e9e9e")
_PENDING = QColor("#b26a00")


class AwardTableModel(QAbstractTableModel):
    """The open course's award lines; ``set_course`` replaces them all."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.course: CourseCertificates | None = None
        self._lines: tuple[AwardLine, ...] = ()

    def set_course(self, course: CourseCertificates | None) -> None:
        self.beginResetModel()
        self.course = course
        self._lines = course.lines if course is not None else ()
        self.endResetModel()

    def line_at(self, row: int) -> AwardLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, award_id: Any) -> int | None:
        return next((i for i, line in enumerate(self._lines) if line.award_id == award_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("views.certificates.award_model", COLUMNS[section][0])
                if 0 <= section < len(COLUMNS)
                else None
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line_at(index.row()) if index.isValid() else None
        if line is None or not 0 <= index.column() < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()][1](line)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, HOURS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == STATE:
            if line.state in (CertificateState.SUPERSEDED, CertificateState.REVOKED):
                return QBrush(_ENDED)
            if line.state is None and line.certifiable:
                return QBrush(_PENDING)
        return None

    def _tooltip(self, line: AwardLine) -> str:
        parts = [f"{line.teacher_name}（{line.holder_id}）"]
        if line.number:
            parts.append(
                translate("views.certificates.award_model", "證書字號 {number}，驗證碼 {code}").format(
                    number=line.number, code=line.code
                )
            )
        if line.end_reason:
            parts.append(
                translate("views.certificates.award_model", "失效原因：{reason}").format(reason=line.end_reason)
            )
        if line.earlier:
            parts.append(
                translate("views.certificates.award_model", "先前的證明：{numbers}").format(
                    numbers="、".join(line.earlier)
                )
            )
        return "\n".join(parts)
