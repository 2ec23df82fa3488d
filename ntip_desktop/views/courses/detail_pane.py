"""The detail pane of one course: the heading and decisions, the checklist panel, every Art 8 field, the
segments, the series (the organiser's courses with the same base title, shown together; Enter opens one),
the decision and the audit history."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.labels import label
from ntip_desktop.models import CourseState
from ntip_desktop.services.courses import WORKFLOW, CourseDetail
from ntip_desktop.services.rules.rocdate import format_roc, format_roc_datetime, roc_moment
from ntip_desktop.views.audit.model import ACTION_LABELS, change_summary
from ntip_desktop.views.audit.model import label as action_label
from ntip_desktop.views.courses.checklist_panel import ChecklistPanel
from ntip_desktop.views.courses.queue_model import title_text
from ntip_desktop.views.widgets.detail_pane import fit_columns, list_tree, scroll_body, value_label

STATE_COLOURS = {
    CourseState.DRAFT: "#555555",
    CourseState.SUBMITTED: "#8d6e00",
    CourseState.IN_REVIEW: "#1565c0",
    CourseState.RETURNED: "#6a1b9a",
    CourseState.APPROVED: "#2e7d32",
    CourseState.AWARDED: "#2e7d32",
    CourseState.REJECTED: "#c62828",
    CourseState.CANCELLED: "#555555",
}
#: Course actions in the history that the audit page's labels do not name.
COURSE_ACTIONS = {
    "submit": QT_TRANSLATE_NOOP("courses", "送審"),
    "take": QT_TRANSLATE_NOOP("courses", "開始審核"),
    "resubmit": QT_TRANSLATE_NOOP("courses", "補正後送審"),
    "override_check": QT_TRANSLATE_NOOP("courses", "變更檢核結果"),
    "answer_check": QT_TRANSLATE_NOOP("courses", "人工判定"),
    "record_consent": QT_TRANSLATE_NOOP("courses", "登錄同意文號"),
}
AUDIENCE_LABELS = {
    "k12_teacher": QT_TRANSLATE_NOOP("courses", "高中職以下編制內教師"),
    "other_staff": QT_TRANSLATE_NOOP("courses", "其他人員"),
}


def _tr(text: str) -> str:
    return translate("courses", text)


class CourseDetailPane(QWidget):
    """Shows a :class:`CourseDetail`; the page connects the checklist panel's signals and adds the buttons."""

    #: The reviewer opened a course of the series: its id.
    open_course = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: CourseDetail | None = None
        self.heading = QLabel(translate("courses", "輸入課程代碼（Ctrl+F 或 F2），或在左方清單選取一門課程。"))
        self.heading.setObjectName("detailHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.actions_row = QHBoxLayout()
        self.checklist = ChecklistPanel()

        self.fields: dict[str, QLabel] = {}
        course_box = QGroupBox(translate("courses", "課程資料（第8條）"))
        form = QFormLayout(course_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, caption in (
            ("organizer", translate("courses", "開辦單位")),
            ("category", translate("courses", "開辦資格（第7條）")),
            ("unit", translate("courses", "審核單位（第11條）")),
            ("when", translate("courses", "研習起迄")),
            ("venue", translate("courses", "地點與方式")),
            ("basis_doc", translate("courses", "依據文號")),
            ("class_nature", translate("courses", "班別性質")),
            ("audience", translate("courses", "研習對象")),
            ("subsidy", translate("courses", "經費補助")),
            ("contact", translate("courses", "承辦人")),
            ("registered", translate("courses", "登錄本網日期")),
            ("elsewhere", translate("courses", "其他網站登錄")),
            ("consent_doc", translate("courses", "第9條同意文號")),
            ("outline", translate("courses", "課程大綱")),
            ("decision", translate("courses", "審核結果")),
        ):
            self.fields[key] = value_label(key)
            form.addRow(caption, self.fields[key])

        self.series = list_tree(
            "courseSeries",
            [
                translate("courses", "課程代碼"),
                translate("courses", "場次"),
                translate("courses", "狀態"),
                translate("courses", "開始時間"),
                translate("courses", "研習名稱"),
            ],
            140,
        )
        self.series.itemActivated.connect(
            lambda item, _col: self.open_course.emit(item.data(0, Qt.ItemDataRole.UserRole))
        )
        self.series_box = QGroupBox(translate("courses", "同系列課程（Enter 開啟）"))
        QVBoxLayout(self.series_box).addWidget(self.series)
        self.segments = list_tree(
            "courseSegments",
            [
                translate("courses", "時段"),
                translate("courses", "起訖"),
                translate("courses", "性質"),
                translate("courses", "主題"),
            ],
            140,
        )
        segments_box = QGroupBox(translate("courses", "時段"))
        QVBoxLayout(segments_box).addWidget(self.segments)
        self.history = list_tree(
            "courseHistory",
            [
                translate("courses", "時間"),
                translate("courses", "操作者"),
                translate("courses", "動作"),
                translate("courses", "原值→新值"),
                translate("courses", "原因"),
            ],
        )
        self.history.setMinimumHeight(120)
        history_box = QGroupBox(translate("courses", "處理紀錄"))
        QVBoxLayout(history_box).addWidget(self.history)

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.heading)
        inner.addLayout(self.actions_row)
        inner.addWidget(self.checklist)
        inner.addWidget(self.series_box)
        inner.addWidget(course_box)
        inner.addWidget(segments_box)
        inner.addWidget(history_box)
        scroll_body(self, body)
        self.show_detail(None)

    # --- showing ----------------------------------------------------------------------------------

    def show_detail(self, detail: CourseDetail | None) -> None:
        self.detail = detail
        self.checklist.show_detail(detail)
        for value in self.fields.values():
            value.clear()
        for tree in (self.series, self.segments, self.history):
            tree.clear()
        self.series_box.setVisible(bool(detail and detail.series))
        if detail is None:
            return
        row = detail.row
        colour = STATE_COLOURS.get(row.state, "#000")
        self.heading.setText(f"{row.code}　<span style='color:{colour}'>{label(row.state)}</span>　{title_text(row)}")
        f = self.fields
        f["organizer"].setText(f"{row.organizer_name}（{row.organizer_code}）　{row.county_name}")
        docs = "　".join(x for x in (detail.approval_doc, detail.accreditation_ref) if x)
        category = translate("courses", "第{n}款").format(n=detail.organizer_category)
        if detail.cross_school:
            category += translate("courses", "，跨校")
        f["category"].setText(f"{category}　{docs}".strip())
        f["unit"].setText(detail.unit_name)
        f["when"].setText(f"{format_roc_datetime(row.start_at)} ～ {format_roc_datetime(row.end_at)}")
        f["venue"].setText("　".join(x for x in (detail.venue, label(detail.delivery)) if x))
        f["basis_doc"].setText(detail.basis_doc or "—")
        f["class_nature"].setText(detail.class_nature or "—")
        f["audience"].setText(
            "、".join(_tr(AUDIENCE_LABELS[a]) if a in AUDIENCE_LABELS else a for a in detail.audience) or "—"
        )
        f["subsidy"].setText(
            translate("courses", "{unit}，新臺幣 {amount} 元").format(
                unit=detail.subsidy_unit or "—",
                amount=f"{detail.subsidy_amount:,}" if detail.subsidy_amount is not None else "—",
            )
            if detail.subsidy_unit or detail.subsidy_amount is not None
            else translate("courses", "無")
        )
        f["contact"].setText(
            "　".join(x for x in (detail.contact_name, detail.contact_phone, detail.contact_email) if x)
        )
        f["registered"].setText(format_roc(detail.registered_on) if detail.registered_on else "—")
        f["elsewhere"].setText(
            translate("courses", "已在其他網站登錄") if detail.registered_elsewhere else translate("courses", "無")
        )
        f["consent_doc"].setText(detail.consent_doc or "—")
        f["outline"].setText(detail.outline or "—")
        decision = []
        if detail.decision:
            decision.append(translate("courses", WORKFLOW.move_named(detail.decision).verb))
        if detail.decided_by:
            decision.append(detail.decided_by)
        if detail.decided_at:
            decision.append(roc_moment(detail.decided_at))
        if detail.decision_reason:
            decision.append(detail.decision_reason)
        f["decision"].setText("，".join(decision) or "—")

        for r in detail.series:
            item = QTreeWidgetItem(
                self.series,
                [r.code, r.session_label or "—", label(r.state), format_roc_datetime(r.start_at), r.title],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, r.id)
            if r.id == row.id:
                font = item.font(0)
                font.setBold(True)
                for column in range(5):
                    item.setFont(column, font)
        for s in detail.segments:
            QTreeWidgetItem(
                self.segments,
                [s.label, f"{format_roc_datetime(s.start_at)}–{s.end_at:%H:%M}", label(s.kind), s.topic],
            )
        for h in detail.history:
            action = (
                _tr(COURSE_ACTIONS[h.action]) if h.action in COURSE_ACTIONS else action_label(ACTION_LABELS, h.action)
            )
            QTreeWidgetItem(self.history, [roc_moment(h.at), h.actor_name, action, change_summary(h), h.reason])
        fit_columns(self.series, self.segments, self.history)

    def shown_id(self) -> uuid.UUID | None:
        return self.detail.row.id if self.detail is not None else None
