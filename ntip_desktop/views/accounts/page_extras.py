"""The 帳號審核 page's less frequent jobs: entering an application or a contact change, importing a file,
showing the permission matrix. Each opens its dialog; a stored result opens in the page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ntip_desktop.i18n import translate
from ntip_desktop.views.accounts.application_dialog import ContactChangeDialog, NewApplicationDialog
from ntip_desktop.views.accounts.import_dialog import ImportDialog
from ntip_desktop.views.accounts.matrix_dialog import PermissionMatrixDialog

if TYPE_CHECKING:
    from ntip_desktop.services.accounts import ImportResult, Submitted
    from ntip_desktop.views.accounts.page import AccountsPage


def _submitted(page: AccountsPage, result: Submitted) -> None:
    page.context.show_status(result.message)
    page.open_number(result.number)


def new_application(page: AccountsPage) -> None:
    dialog = NewApplicationDialog(page.context.runner, page.user, page)
    dialog.submitted.connect(lambda result: _submitted(page, result))
    page._open_dialog(dialog, lambda: None)


def contact_change(page: AccountsPage) -> None:
    dialog = ContactChangeDialog(page.context.runner, page.user, page)
    dialog.submitted.connect(lambda result: _submitted(page, result))
    page._open_dialog(dialog, lambda: None)


def import_file(page: AccountsPage) -> None:
    dialog = ImportDialog(page.context.runner, page.user, page)

    def imported(result: ImportResult) -> None:
        page.context.show_status(
            translate("views.accounts.page_extras", "已匯入 {n} 件申請（業務帳號 {b} 件，教師個人帳號 {t} 件）").format(
                n=len(result.numbers), b=result.business, t=result.teacher
            )
        )

    dialog.imported.connect(imported)
    page._open_dialog(dialog, lambda: None)


def permission_matrix(page: AccountsPage) -> None:
    page._open_dialog(PermissionMatrixDialog(page.context.runner, page.context.show_status, page), lambda: None)
