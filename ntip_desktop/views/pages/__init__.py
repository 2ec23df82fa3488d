"""The main window's pages, one per job, in the order of the page list (Ctrl+1…7).

The list is plain data so that the window can show it at once; a page's module is imported only when
the page is first shown (start-up stays lean). To replace a page, point its entry at another
:class:`~ntip_desktop.views.pages.base.Page` subclass.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


class PageSpec(NamedTuple):
    key: str  #: stable name, remembered in QSettings as the last page
    title: str  #: zh-TW source text, translated in context "pages"
    module: str  #: module holding the page class, imported on first show
    class_name: str
    permission: str | None  #: name of a ``services.auth.Permission`` the role needs, or None

    @property
    def label(self) -> str:
        return QCoreApplication.translate("pages", self.title)


PAGE_SPECS: tuple[PageSpec, ...] = (
    PageSpec("accounts", QT_TRANSLATE_NOOP("pages", "帳號審核"), "ntip_desktop.views.pages.accounts_page",
             "AccountsPage", "SUBMIT_APPLICATIONS"),  # coordinators submit, clerks decide
    PageSpec("courses", QT_TRANSLATE_NOOP("pages", "課程審核"), "ntip_desktop.views.pages.courses_page",
             "CoursesPage", "REVIEW_COURSES"),
    PageSpec("attendance", QT_TRANSLATE_NOOP("pages", "出席登錄"), "ntip_desktop.views.pages.attendance_page",
             "AttendancePage", "RECORD_ATTENDANCE"),
    PageSpec("certificates", QT_TRANSLATE_NOOP("pages", "時數證明"), "ntip_desktop.views.pages.certificates_page",
             "CertificatesPage", "ISSUE_CERTIFICATES"),
    PageSpec("reports", QT_TRANSLATE_NOOP("pages", "月報傳報"), "ntip_desktop.views.pages.reports_page",
             "ReportsPage", "REPORT_MONTHS"),
    PageSpec("audit", QT_TRANSLATE_NOOP("pages", "稽核紀錄"), "ntip_desktop.views.pages.audit_page",
             "AuditPage", "VIEW_AUDIT"),
    PageSpec("settings", QT_TRANSLATE_NOOP("pages", "設定"), "ntip_desktop.views.pages.settings_page",
             "SettingsPage", None),
)  # fmt: skip


def spec(key: str) -> PageSpec:
    return next(s for s in PAGE_SPECS if s.key == key)
