"""The detail pane of one application: every field, the organisation's record, its earlier applications,
the fax checklist (Alt+1…5 or Space toggle an item) and the audit history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.i18n import translate
from ntip_desktop.models import AccountKind, ApplicationPurpose, ApplicationState, FaxCheckItem
from ntip_desktop.services.accounts import (
    FAX_CHECK_ORDER,
    ApplicationDetail,
    fax_check_label,
    kind_label,
    purpose_label,
    source_label,
    state_label,
    subtype_label,
)
from ntip_desktop.services.rules.rocdate import TAIWAN, format_roc, roc_moment
from ntip_desktop.views.audit.model import ACTION_LABELS, change_summary, label
from ntip_desktop.views.widgets.detail_pane import fit_columns, list_tree, scroll_body, value_label

_STATE_COLOURS = {
    ApplicationState.PENDING_FAX: "#8d6e00",
    ApplicationState.FAX_RECEIVED: "#1565c0",
    ApplicationState.RETURNED: "#6a1b9a",
    ApplicationState.APPROVED: "#2e7d32",
    ApplicationState.ACTIVE: "#2e7d32",
    ApplicationState.REJECTED: "#c62828",
}


class ApplicationDetailPane(QWidget):
    """Shows an :class:`ApplicationDetail`; emits what the clerk asks for (the page does the work)."""

    #: A checklist item was toggled by the clerk: (FaxCheckItem, ticked).
    check_toggled = Signal(object, bool)
    #: The clerk opened one of the organisation's earlier applications: its number.
    open_number = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: ApplicationDetail | None = None
        self.heading = QLabel(
            translate("views.accounts.detail_pane", "輸入或掃描申請編號（Ctrl+F 或 F2），或在左方清單選取一件申請。")
        )
        self.heading.setObjectName("detailHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)

        self.fields: dict[str, QLabel] = {}
        application = QGroupBox(translate("views.accounts.detail_pane", "申請資料"))
        form = QFormLayout(application)
        for key, caption in (
            ("purpose", translate("views.accounts.detail_pane", "申請種類")),
            ("kind", translate("views.accounts.detail_pane", "帳號類別")),
            ("subtype", translate("views.accounts.detail_pane", "身分類別")),
            ("login_id", translate("views.accounts.detail_pane", "登入帳號")),
            ("applicant", translate("views.accounts.detail_pane", "申請人")),
            ("contact", translate("views.accounts.detail_pane", "承辦人")),
            ("contact_phone", translate("views.accounts.detail_pane", "承辦人電話")),
            ("contact_email", translate("views.accounts.detail_pane", "承辦人電子郵件")),
            ("national_id", translate("views.accounts.detail_pane", "身分證字號")),
            ("agreement", translate("views.accounts.detail_pane", "帳號使用同意書")),
            ("submitted", translate("views.accounts.detail_pane", "申請時間")),
            ("source", translate("views.accounts.detail_pane", "來源")),
            ("fax", translate("views.accounts.detail_pane", "傳真收件")),
            ("decision", translate("views.accounts.detail_pane", "處理結果")),
            ("change_reason", translate("views.accounts.detail_pane", "異動原因")),
            ("account", translate("views.accounts.detail_pane", "帳號現況")),
        ):
            self.fields[key] = value_label(key)
            form.addRow(caption, self.fields[key])

        organisation = QGroupBox(translate("views.accounts.detail_pane", "申請機關"))
        org_form = QFormLayout(organisation)
        self.org_fields: dict[str, QLabel] = {}
        for key, caption in (
            ("name", translate("views.accounts.detail_pane", "名稱")),
            ("code", translate("views.accounts.detail_pane", "機關代碼")),
            ("county", translate("views.accounts.detail_pane", "縣市")),
            ("center", translate("views.accounts.detail_pane", "所屬區管中心")),
            ("phone", translate("views.accounts.detail_pane", "電話")),
            ("address", translate("views.accounts.detail_pane", "地址")),
            ("active", translate("views.accounts.detail_pane", "狀態")),
        ):
            self.org_fields[key] = value_label()
            org_form.addRow(caption, self.org_fields[key])

        self.checklist = QGroupBox(translate("views.accounts.detail_pane", "傳真檢核（Alt+1～5 勾選）"))
        self.checklist.setObjectName("faxChecklist")
        check_layout = QVBoxLayout(self.checklist)
        self.checks: dict[FaxCheckItem, QCheckBox] = {}
        for n, item in enumerate(FAX_CHECK_ORDER, start=1):
            box = QCheckBox(f"{fax_check_label(item)}（Alt+{n}）")
            box.setObjectName(f"check_{item.value}")
            box.clicked.connect(lambda ticked, item=item: self.check_toggled.emit(item, ticked))
            self.checks[item] = box
            check_layout.addWidget(box)
        self.check_note = QLabel()
        self.check_note.setWordWrap(True)
        check_layout.addWidget(self.check_note)

        self.earlier = list_tree(
            "earlierApplications",
            [
                translate("views.accounts.detail_pane", "申請編號"),
                translate("views.accounts.detail_pane", "狀態"),
                translate("views.accounts.detail_pane", "登入帳號"),
                translate("views.accounts.detail_pane", "申請日期"),
            ],
            130,
        )
        self.earlier.itemActivated.connect(lambda item, _col: self.open_number.emit(item.text(0)))
        earlier_box = QGroupBox(translate("views.accounts.detail_pane", "本機關其他申請（Enter 開啟）"))
        QVBoxLayout(earlier_box).addWidget(self.earlier)

        self.history = list_tree(
            "auditHistory",
            [
                translate("views.accounts.detail_pane", "時間"),
                translate("views.accounts.detail_pane", "操作者"),
                translate("views.accounts.detail_pane", "動作"),
                translate("views.accounts.detail_pane", "原值→新值"),
                translate("views.accounts.detail_pane", "原因"),
            ],
        )
        self.history.setMinimumHeight(120)
        history_box = QGroupBox(translate("views.accounts.detail_pane", "處理紀錄"))
        QVBoxLayout(history_box).addWidget(self.history)

        self.actions_row = QHBoxLayout()
        body = QWidget()
        self._groups = (application, self.checklist, organisation)
        self._columns = QGridLayout()
        self._narrow: bool | None = None
        inner = QVBoxLayout(body)
        inner.addWidget(self.heading)
        inner.addLayout(self.actions_row)
        inner.addLayout(self._columns)
        inner.addWidget(earlier_box)
        inner.addWidget(history_box)
        self.scroll_area = scroll_body(self, body)
        self._body = body
        self._arrange(narrow=False)
        self.show_detail(None)

    # --- layout -----------------------------------------------------------------------------------

    def _arrange(self, *, narrow: bool) -> None:
        """Side by side (申請資料 | 傳真檢核 over 申請機關) where the pane is wide enough; one column, the
        checklist first, where it is not (a narrow window): never a sideways scroll bar."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        application, checklist, organisation = self._groups
        grid = self._columns
        for group in self._groups:
            grid.removeWidget(group)
        top = Qt.AlignmentFlag.AlignTop
        if narrow:
            grid.addWidget(checklist, 0, 0, top)
            grid.addWidget(application, 1, 0, top)
            grid.addWidget(organisation, 2, 0, top)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 0)
        else:
            grid.addWidget(application, 0, 0, 3, 1, top)
            grid.addWidget(checklist, 0, 1, top)
            grid.addWidget(organisation, 1, 1, top)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(1, 2)
        grid.setRowStretch(2, 0 if narrow else 1)

    def _side_by_side_width(self) -> int:
        """The narrowest the body can be with the groups side by side."""
        application, checklist, organisation = self._groups
        margins = self._body.layout().contentsMargins()  # type: ignore[union-attr]
        right = max(checklist.minimumSizeHint().width(), organisation.minimumSizeHint().width())
        return (
            application.minimumSizeHint().width()
            + right
            + self._columns.horizontalSpacing()
            + margins.left()
            + margins.right()
        )

    def _fit(self) -> None:
        """Arrange the groups for the pane's width and what they show now (a longer value widens them)."""
        available = self.width() - self.scroll_area.verticalScrollBar().sizeHint().width()
        self._arrange(narrow=available < self._side_by_side_width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit()
        super().resizeEvent(event)

    # --- showing ----------------------------------------------------------------------------------

    def show_detail(self, detail: ApplicationDetail | None, *, can_decide: bool = True) -> None:
        if detail is None or self.detail is None or detail.row.id != self.detail.row.id:
            # Another application: start at the top, where its state and the decisions are. (The same
            # one shown again after a decision keeps its place.)
            self.scroll_area.verticalScrollBar().setValue(0)
            self.scroll_area.horizontalScrollBar().setValue(0)
        self.detail = detail
        for value in (*self.fields.values(), *self.org_fields.values()):
            value.clear()
        self.earlier.clear()
        self.history.clear()
        if detail is None:
            for box in self.checks.values():
                box.setChecked(False)
                box.setEnabled(False)
            self.check_note.clear()
            return
        row = detail.row
        colour = _STATE_COLOURS.get(row.state, "#000")
        self.heading.setText(
            f"{row.number}　<span style='color:{colour}'>{state_label(row.state)}</span>　{row.organization_name}"
        )
        f = self.fields
        f["purpose"].setText(purpose_label(row.purpose))
        f["kind"].setText(kind_label(row.kind))
        f["subtype"].setText(subtype_label(row.subtype) or "—")
        f["login_id"].setText(
            row.login_id
            + (
                ""
                if row.purpose is ApplicationPurpose.CONTACT_CHANGE
                else translate("views.accounts.detail_pane", "（申請後不可變更）")
            )
        )
        f["applicant"].setText(" ".join(x for x in (row.applicant_name, detail.applicant_title) if x))
        f["contact"].setText(row.contact_name)
        f["contact_phone"].setText(detail.contact_phone)
        f["contact_email"].setText(detail.contact_email)
        f["national_id"].setText(detail.national_id_masked if row.kind is AccountKind.TEACHER else "—")
        f["agreement"].setText(
            translate("views.accounts.detail_pane", "版本 {version}，{at} 同意").format(
                version=detail.agreement_version, at=roc_moment(detail.agreement_accepted_at)
            )
        )
        f["submitted"].setText(roc_moment(row.submitted_at))
        f["source"].setText(source_label(detail.source))
        f["fax"].setText(
            translate("views.accounts.detail_pane", "{date} 收件，共 {pages} 頁").format(
                date=format_roc(row.fax_received_on), pages=detail.fax_pages or "?"
            )
            if row.fax_received_on
            else translate("views.accounts.detail_pane", "尚未收到")
        )
        decision = []
        if detail.decided_by:
            decision.append(detail.decided_by)
        if row.decided_at:
            decision.append(roc_moment(row.decided_at))
        if detail.decision_reason:
            decision.append(detail.decision_reason)
        f["decision"].setText("，".join(decision) or "—")
        f["change_reason"].setText(detail.change_reason or "—")
        account = detail.account
        f["account"].setText(
            translate("views.accounts.detail_pane", "{login}：承辦人 {name}（{phone}）").format(
                login=account.login_id, name=account.contact_name, phone=account.contact_phone
            )
            if account
            else "—"
        )
        o, of = detail.organization, self.org_fields
        of["name"].setText(o.name)
        of["code"].setText(o.code)
        of["county"].setText(o.county_name)
        of["center"].setText(
            f"{o.district_center_name}（{translate('views.accounts.detail_pane', '傳真')} {o.district_center_fax}）"
            if o.district_center_name
            else "—"
        )
        of["phone"].setText(o.phone or "—")
        of["address"].setText(o.address or "—")
        of["active"].setText(
            translate("views.accounts.detail_pane", "運作中")
            if o.active
            else translate("views.accounts.detail_pane", "已停用或裁撤")
        )

        ticked = {c.item: c for c in detail.fax_checks}
        editable = can_decide and row.state is ApplicationState.FAX_RECEIVED
        for item, box in self.checks.items():
            check = ticked.get(item)
            box.setChecked(bool(check and check.ok))
            box.setEnabled(editable)
            box.setToolTip(
                translate("views.accounts.detail_pane", "{who} 於 {at} 勾選").format(
                    who=check.checked_by, at=roc_moment(check.checked_at)
                )
                if check and check.ok and check.checked_at
                else ""
            )
        if row.state is ApplicationState.FAX_RECEIVED:
            self.check_note.setText(
                translate("views.accounts.detail_pane", "全部勾選後即可核准（Ctrl+Enter）。")
                if detail.checklist_complete
                else translate("views.accounts.detail_pane", "尚有項目未勾選。")
            )
        elif row.state is ApplicationState.PENDING_FAX:
            self.check_note.setText(
                translate("views.accounts.detail_pane", "收到傳真後請先「收件」（F6），再逐項檢核。")
            )
        else:
            self.check_note.clear()

        for e in detail.earlier:
            QTreeWidgetItem(
                self.earlier,
                [
                    e.number,
                    state_label(e.state),
                    e.login_id,
                    format_roc(e.submitted_at.astimezone(TAIWAN).date(), "short"),
                ],
            )
        for h in detail.history:
            action = label(ACTION_LABELS, h.action)
            QTreeWidgetItem(self.history, [roc_moment(h.at), h.actor_name, action, change_summary(h), h.reason])
        fit_columns(self.earlier, self.history)
        self._fit()

    def toggle_nth(self, n: int) -> None:
        """Alt+``n``: toggle the ``n``-th checklist item (1-based) as a click would, if it can be ticked now."""
        box = self.checks[FAX_CHECK_ORDER[n - 1]]
        if box.isEnabled():
            box.click()

    def all_checked(self) -> bool:
        return all(box.isChecked() for box in self.checks.values())

    def set_check(self, item: FaxCheckItem, ticked: bool) -> None:
        self.checks[item].setChecked(ticked)

    def first_check(self) -> QCheckBox | None:
        return next((b for b in self.checks.values() if b.isEnabled() and not b.isChecked()), None)
