"""Chinese labels for the account vocabulary (ACC-1…5), shared by the queue, forms, imports and the CLI.

The texts live in :mod:`ntip_desktop.labels`; these are the names the account code calls them by.
"""

from __future__ import annotations

from ntip_desktop.labels import label, optional_label
from ntip_desktop.vocabulary import (
    AccountKind,
    ApplicationPurpose,
    ApplicationSource,
    ApplicationState,
    BusinessSubtype,
    FaxCheckItem,
)

#: The order in which the checklist is shown and ticked (keys 1–5 on the page).
FAX_CHECK_ORDER = (
    FaxCheckItem.SEAL,
    FaxCheckItem.CONTACT_SIGNATURE,
    FaxCheckItem.HEAD_SIGNATURE,
    FaxCheckItem.ORG_CODE,
    FaxCheckItem.MATCHES_ONLINE,
)


def kind_label(kind: AccountKind) -> str:
    return label(kind)


def subtype_label(subtype: BusinessSubtype | None) -> str:
    return optional_label(subtype)


def state_label(state: ApplicationState) -> str:
    return label(state)


def purpose_label(purpose: ApplicationPurpose) -> str:
    return label(purpose)


def source_label(source: ApplicationSource) -> str:
    return label(source)


def fax_check_label(item: FaxCheckItem) -> str:
    return label(item)
