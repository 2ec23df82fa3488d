"""What each check of the CRS table is about, in a few words, for the checklist panel and the filter."""

from __future__ import annotations

from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.services.courses import check_title

CHECK_NAMES = {
    "art7.organizer": QT_TRANSLATE_NOOP("courses", "開辦資格"),
    "art8.focus": QT_TRANSLATE_NOOP("courses", "研習重點（人工判斷）"),
    "art8.1.title": QT_TRANSLATE_NOOP("courses", "名稱、場次與大綱"),
    "art8.2.basis": QT_TRANSLATE_NOOP("courses", "依據文號"),
    "art8.3.when_where": QT_TRANSLATE_NOOP("courses", "起迄時間與地點"),
    "art8.4.class_nature": QT_TRANSLATE_NOOP("courses", "班別性質"),
    "art8.5.audience": QT_TRANSLATE_NOOP("courses", "研習對象"),
    "art8.6.subsidy": QT_TRANSLATE_NOOP("courses", "經費補助"),
    "art8.7.contact": QT_TRANSLATE_NOOP("courses", "承辦人資訊"),
    "art9.restricted": QT_TRANSLATE_NOOP("courses", "須經同意的活動"),
    "art11.route": QT_TRANSLATE_NOOP("courses", "審核單位"),
    "art12.1.duplicate": QT_TRANSLATE_NOOP("courses", "重複登錄"),
    "art12.2.lead_time": QT_TRANSLATE_NOOP("courses", "登錄期限"),
}


def check_name(check_id: str) -> str:
    """「第8條第2款 依據文號」: the article and what the check is about."""
    name = CHECK_NAMES.get(check_id)
    return f"{check_title(check_id)} {translate('courses', name)}" if name else check_title(check_id)
