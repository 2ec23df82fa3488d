"""Chinese labels for the account vocabulary (ACC-1…5), shared by the queue, forms, imports and the CLI."""

from __future__ import annotations

from ntip_desktop.i18n import tr
from ntip_desktop.models import (
    AccountKind,
    ApplicationPurpose,
    ApplicationSource,
    ApplicationState,
    BusinessSubtype,
    FaxCheckItem,
)

KIND_LABELS = {
    AccountKind.TEACHER: "教師個人帳號",
    AccountKind.BUSINESS: "業務帳號",
}

SUBTYPE_LABELS = {
    BusinessSubtype.DISTRICT_CENTER: "區管中心",
    BusinessSubtype.SCHOOL: "各級學校",
    BusinessSubtype.SOCIAL_EDU: "社會教育機構或法人",
    BusinessSubtype.SUBJECT_CENTER: "普通高級中學課程學科中心",
    BusinessSubtype.AUTHORITY: "教育行政主管機關",
    BusinessSubtype.TRAINING_CENTER: "教師研習中心",
    BusinessSubtype.NATIONAL_CENTER: "全國教師在職進修資訊網及全國推廣中心",
}

STATE_LABELS = {
    ApplicationState.ACTIVE: "已啟用",
    ApplicationState.PENDING_FAX: "待傳真",
    ApplicationState.FAX_RECEIVED: "已收傳真",
    ApplicationState.RETURNED: "退件補正",
    ApplicationState.APPROVED: "已核准",
    ApplicationState.REJECTED: "已駁回",
}

PURPOSE_LABELS = {
    ApplicationPurpose.NEW_ACCOUNT: "帳號申請",
    ApplicationPurpose.CONTACT_CHANGE: "承辦人異動",
}

SOURCE_LABELS = {
    ApplicationSource.WEB_IMPORT: "網頁匯入",
    ApplicationSource.COORDINATOR: "學校承辦人填寫",
    ApplicationSource.CLERK: "依紙本鍵入",
}

FAX_CHECK_LABELS = {
    FaxCheckItem.SEAL: "機關印信",
    FaxCheckItem.CONTACT_SIGNATURE: "承辦人簽章",
    FaxCheckItem.HEAD_SIGNATURE: "單位主管簽章",
    FaxCheckItem.ORG_CODE: "機關代碼正確",
    FaxCheckItem.MATCHES_ONLINE: "傳真內容與線上資料相符",
}

#: The order in which the checklist is shown and ticked (keys 1–5 on the page).
FAX_CHECK_ORDER = (
    FaxCheckItem.SEAL,
    FaxCheckItem.CONTACT_SIGNATURE,
    FaxCheckItem.HEAD_SIGNATURE,
    FaxCheckItem.ORG_CODE,
    FaxCheckItem.MATCHES_ONLINE,
)


def kind_label(kind: AccountKind) -> str:
    return tr(KIND_LABELS[kind])


def subtype_label(subtype: BusinessSubtype | None) -> str:
    return tr(SUBTYPE_LABELS[subtype]) if subtype is not None else ""


def state_label(state: ApplicationState) -> str:
    return tr(STATE_LABELS[state])


def purpose_label(purpose: ApplicationPurpose) -> str:
    return tr(PURPOSE_LABELS[purpose])


def source_label(source: ApplicationSource) -> str:
    return tr(SOURCE_LABELS[source])


def fax_check_label(item: FaxCheckItem) -> str:
    return tr(FAX_CHECK_LABELS[item])
