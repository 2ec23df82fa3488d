"""The main window's pages, one per job, in the order of the page list (Ctrl+1…8).

The list is plain data so that the window can show it at once; a page's module is imported only when
the page is first shown (start-up stays lean). To replace a page, point its entry at another
:class:`~ntip_desktop.views.pages.base.Page` subclass.
"""

from __future__ import annotations

from typing import NamedTuple

from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "pages"


class PageSpec(NamedTuple):
    key: str  #: stable name, remembered in QSettings as the last page
    title: str  #: zh-TW source text, translated in context "pages"
    #: name of a ``services.auth.Permission`` the role needs (several: ``"A|B"``, any of them), or None
    permission: str | None
    module: str  #: module holding the page class
    class_name: str

    @property
    def label(self) -> str:
        return translate(CONTEXT, self.title)

    @property
    def permissions(self) -> tuple[str, ...]:
        """The names of the permissions any of which opens the page (none: everyone)."""
        return tuple(self.permission.split("|")) if self.permission else ()


PAGE_SPECS: tuple[PageSpec, ...] = (
    PageSpec(
        "accounts",
        QT_TRANSLATE_NOOP("pages", "帳號審核"),
        "SUBMIT_APPLICATIONS",  # coordinators submit, clerks decide
        "ntip_desktop.views.accounts.page",
        "AccountsPage",
    ),
    PageSpec(
        "courses",
        QT_TRANSLATE_NOOP("pages", "課程審核"),
        "REVIEW_COURSES|EDIT_COURSES",  # offices review, schools follow and submit their own
        "ntip_desktop.views.courses.page",
        "CoursesPage",
    ),
    PageSpec(
        "attendance",
        QT_TRANSLATE_NOOP("pages", "出席登錄"),
        "RECORD_ATTENDANCE|ISSUE_CERTIFICATES",  # schools and district clerks record, certificate staff award
        "ntip_desktop.views.attendance.page",
        "AttendancePage",
    ),
    PageSpec(
        "certificates",
        QT_TRANSLATE_NOOP("pages", "時數證明"),
        "ISSUE_CERTIFICATES",  # certificate staff and the administrator, for every county
        "ntip_desktop.views.certificates.page",
        "CertificatesPage",
    ),
    PageSpec(
        "reports",
        QT_TRANSLATE_NOOP("pages", "月報傳報"),
        "REPORT_MONTHS",  # schools export their months, district offices import them and keep the months
        "ntip_desktop.views.reports.page",
        "ReportsPage",
    ),
    PageSpec(
        "audit", QT_TRANSLATE_NOOP("pages", "稽核紀錄"), "VIEW_AUDIT", "ntip_desktop.views.audit.page", "AuditPage"
    ),
    PageSpec("settings", QT_TRANSLATE_NOOP("pages", "設定"), None, "ntip_desktop.views.settings.page", "SettingsPage"),
    PageSpec(
        "stats",
        QT_TRANSLATE_NOOP("pages", "統計報表"),
        "VIEW_STATISTICS",  # district clerks for their district, the administrator for every county
        "ntip_desktop.views.stats.page",
        "StatsPage",
    ),
)


def spec(key: str) -> PageSpec:
    return next(s for s in PAGE_SPECS if s.key == key)
