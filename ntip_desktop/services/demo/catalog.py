"""Course vocabulary for the demo: titles, outlines, venues, document numbers and Art 9 problem titles.

Ordinary titles are built so that none of them contains a term of the Art 9 lists (說明會, 參訪, 理財 …):
only the deliberate problem titles of :data:`RESTRICTED_TITLES` should trip the review check.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ntip_desktop.models import Delivery


@dataclass(frozen=True)
class CourseFormat:
    """A kind of course: the word ending its title, its 班別性質, delivery and usual number of participants."""

    suffix: str
    class_nature: str
    delivery: Delivery
    size: tuple[int, int]
    weight: float


FORMATS: tuple[CourseFormat, ...] = (
    CourseFormat("工作坊", "工作坊", Delivery.IN_PERSON, (24, 45), 16),
    CourseFormat("增能研習", "研習班", Delivery.IN_PERSON, (30, 90), 22),
    CourseFormat("知能研習", "研習班", Delivery.IN_PERSON, (40, 120), 14),
    CourseFormat("研討會", "研討會", Delivery.IN_PERSON, (80, 300), 6),
    CourseFormat("專題講座", "專題講座", Delivery.IN_PERSON, (40, 200), 12),
    CourseFormat("教師專業社群讀書會", "讀書會", Delivery.IN_PERSON, (8, 20), 6),
    CourseFormat("公開授課觀摩會", "觀摩會", Delivery.IN_PERSON, (15, 60), 6),
    CourseFormat("教育訓練", "其他", Delivery.IN_PERSON, (30, 80), 4),
    CourseFormat("學分班", "學分班", Delivery.CREDIT, (25, 45), 3),
    CourseFormat("碩士學位班", "學位班", Delivery.CREDIT, (15, 30), 1),
    CourseFormat("數位課程", "數位學習", Delivery.ONLINE, (150, 1500), 7),
)

LEVELS = ("國小", "國中", "高中", "高職", "幼兒園")

SUBJECTS = {
    "國小": ("國語文", "英語文", "數學", "自然科學", "社會", "藝術", "健康與體育", "綜合活動", "本土語文"),
    "國中": ("國語文", "英語文", "數學", "自然科學", "社會", "藝術", "健康與體育", "綜合活動", "科技"),
    "高中": ("國文", "英文", "數學", "物理", "化學", "生物", "地球科學", "歷史", "地理", "公民與社會", "資訊科技"),
    "高職": ("國文", "英文", "數學", "專業科目", "實習科目", "商業與管理", "機械", "電機與電子", "餐旅"),
    "幼兒園": ("語文", "身體動作與健康", "認知", "美感", "情緒", "社會"),
}

TOPICS = (
    "素養導向教學",
    "素養導向評量設計",
    "差異化教學",
    "探究與實作",
    "閱讀理解策略",
    "學習共同體",
    "提問教學",
    "分組合作學習",
    "跨領域課程設計",
    "數位學習融入教學",
    "生生用平板教學應用",
    "雙語教學",
    "專題式學習",
    "教材教法",
    "補救教學",
    "適性教學",
    "自主學習",
    "桌遊融入教學",
    "課程與教學創新",
    "學習扶助",
)

#: Themes that stand alone in a title (特殊教育 + 知能研習).
THEMES = (
    "特殊教育",
    "性別平等教育",
    "家庭教育",
    "生命教育",
    "品德教育",
    "人權教育",
    "環境教育",
    "海洋教育",
    "戶外教育",
    "食農教育",
    "國際教育",
    "能源教育",
    "防災教育",
    "資訊安全",
    "兒少保護",
    "正向管教與班級經營",
    "學生輔導",
    "學生自我傷害防治",
    "藥物濫用防制",
    "校園霸凌防制",
    "數位性別暴力防治",
    "新住民教育",
    "原住民族教育",
    "人工智慧教育應用",
    "程式設計教學",
    "閱讀推動",
    "美感教育",
    "永續發展教育(SDGs)",
    "心肺復甦術(CPR)及AED急救",
    "教師專業發展",
    "十二年國教課綱",
)

#: Art 9 problem titles with the category they fall under (for the review screens).
RESTRICTED_TITLES: tuple[tuple[str, int], ...] = (
    ("教職員瑜珈紓壓", 4),
    ("教職員養生保健講座", 4),
    ("退休理財規劃講座", 4),
    ("國際標準舞研習", 4),
    ("插花藝術研習", 4),
    ("校慶籌備會", 1),
    ("教科書選購會議", 1),
    ("期初學年會議", 1),
    ("課程計畫說明會", 2),
    ("童軍露營活動", 3),
    ("戶外教學行前準備", 3),
    ("佛經導讀", 5),
    ("風水與居家環境", 5),
    ("標竿學校參訪", 6),
    ("選務工作說明會", 7),
)

_PURPOSES = (
    "提升教師{theme}專業知能",
    "增進教師{theme}教學成效",
    "協助教師掌握十二年國教課綱中{theme}的精神",
    "深化教師對{theme}的理解與實踐",
    "建立校際{theme}教師專業社群",
)
_METHODS = (
    "專題演講與實作演練",
    "案例分析與分組討論",
    "教學示例觀摩與共同備課",
    "實作工作坊與成果分享",
    "講述、實作與綜合座談",
)
_OUTCOMES = (
    "將所學轉化為課堂教學策略",
    "設計適合學生的學習活動與評量",
    "提升學生學習動機與成效",
    "在校內推動相關課程並分享經驗",
    "精進課程設計與教學實踐能力",
)

SESSION_TOPICS = (
    "專題演講",
    "課程設計實作",
    "教學示例分享",
    "分組討論與共同備課",
    "綜合座談",
    "成果發表與回饋",
    "案例研討",
    "教材教具實作",
)

ROOMS = ("第一會議室", "視聽教室", "圖書館簡報室", "多功能教室", "演講廳", "電腦教室", "教師研習室", "會議室")

SPEAKER_TITLES = ("教授", "副教授", "助理教授", "校長", "主任", "老師", "輔導員")

#: What a returned course was returned for: the field the demo leaves wrong.
RETURN_DEFECTS = ("basis_doc", "subsidy", "contact_phone")


def subject_title(rng: random.Random, fmt: CourseFormat) -> str:
    """e.g. 國中數學素養導向教學工作坊, 特殊教育知能研習, 114學年度高中物理探究與實作增能研習."""
    roll = rng.random()
    if roll < 0.45:
        level = rng.choice(LEVELS)
        return f"{level}{rng.choice(SUBJECTS[level])}{rng.choice(TOPICS)}{fmt.suffix}"
    if roll < 0.85:
        return f"{rng.choice(THEMES)}{fmt.suffix}"
    return f"{rng.choice(TOPICS)}{fmt.suffix}"


def theme_of(title: str) -> str:
    for theme in THEMES:
        if theme in title:
            return theme
    for topic in TOPICS:
        if topic in title:
            return topic
    return "教學"


def outline(rng: random.Random, title: str) -> str:
    """A course outline in a few sentences (always well over the 20 characters Art 8(1) asks for)."""
    theme = theme_of(title)
    return (
        f"本研習旨在{rng.choice(_PURPOSES).format(theme=theme)}，透過{rng.choice(_METHODS)}，"
        f"協助教師{rng.choice(_OUTCOMES)}。"
    )


def doc_number(issuer: str, roc_year: int, rng: random.Random) -> str:
    """An official document number, e.g. 北市教研字第1140012345號 (year + seven digits)."""
    return f"{issuer}字第{roc_year:03d}{rng.randrange(10_000_000):07d}號"
