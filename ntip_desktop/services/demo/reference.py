"""Reference data for the demo set: the 22 counties and cities, their district centers, names and numbers.

County names, education authorities, telephone area codes and national-ID letters are the real ones.
The two-digit school-code prefixes, which counties report through the back end (here 臺北市, 新北市,
臺中市 and 高雄市) and every school, person and telephone number are demo data: plausible, not real.
All randomness comes from the ``random.Random`` the caller passes, so a seed gives the same data again.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass

from ntip_desktop.models import ReportingMode


@dataclass(frozen=True)
class CountyInfo:
    """One of the 22 municipalities, counties and cities, with what the demo needs to invent its data."""

    #: Two-digit school-code prefix (demo).
    code: str
    #: Official name.
    name: str
    #: Education authority (教育局 for municipalities, 教育處 for counties and cities).
    authority: str
    #: 直轄市.
    municipality: bool
    #: How its schools put courses on the network (demo choice, see the module docstring).
    reporting_mode: ReportingMode
    #: Letters of national IDs issued there (the current one first).
    id_letters: tuple[str, ...]
    #: Telephone pattern: ``#`` is a random digit.
    phone_pattern: str
    #: Short code of its district center, e.g. ``TPE``.
    center_code: str
    #: Mail domain of its schools.
    mail_domain: str
    #: Abbreviation used in its document numbers, e.g. ``北市教研`` in 北市教研字第1140012345號.
    doc_issuer: str
    #: Relative population (millions), to size schools and teachers.
    weight: float
    #: Districts, townships and cities within it.
    districts: tuple[str, ...]

    @property
    def area_code(self) -> str:
        return self.phone_pattern.split("-", 1)[0]


_BACK = ReportingMode.BACK_END
_ON = ReportingMode.ONLINE

COUNTIES: tuple[CountyInfo, ...] = (
    CountyInfo(
        "38",
        "臺北市",
        "臺北市政府教育局",
        True,
        _BACK,
        ("A",),
        "02-2###-####",
        "TPE",
        "tp.edu.tw",
        "北市教研",
        2.5,
        (
            "中正區",
            "大同區",
            "中山區",
            "松山區",
            "大安區",
            "萬華區",
            "信義區",
            "士林區",
            "北投區",
            "內湖區",
            "南港區",
            "文山區",
        ),
    ),
    CountyInfo(
        "01",
        "新北市",
        "新北市政府教育局",
        True,
        _BACK,
        ("F",),
        "02-2###-####",
        "NTPC",
        "ntpc.edu.tw",
        "新北教研",
        4.0,
        (
            "板橋區",
            "三重區",
            "中和區",
            "永和區",
            "新莊區",
            "新店區",
            "土城區",
            "蘆洲區",
            "樹林區",
            "汐止區",
            "淡水區",
            "三峽區",
        ),
    ),
    CountyInfo(
        "03",
        "桃園市",
        "桃園市政府教育局",
        True,
        _ON,
        ("H",),
        "03-4##-####",
        "TYC",
        "tyc.edu.tw",
        "桃教研",
        2.3,
        ("桃園區", "中壢區", "平鎮區", "八德區", "楊梅區", "蘆竹區", "大溪區", "龜山區", "龍潭區"),
    ),
    CountyInfo(
        "06",
        "臺中市",
        "臺中市政府教育局",
        True,
        _BACK,
        ("B", "L"),
        "04-2###-####",
        "TXG",
        "tc.edu.tw",
        "中市教秘",
        2.8,
        ("中區", "西屯區", "南屯區", "北屯區", "豐原區", "大里區", "太平區", "沙鹿區", "清水區", "大甲區"),
    ),
    CountyInfo(
        "11",
        "臺南市",
        "臺南市政府教育局",
        True,
        _ON,
        ("D", "R"),
        "06-2##-####",
        "TNN",
        "tn.edu.tw",
        "南市教課(二)",
        1.8,
        ("中西區", "安平區", "安南區", "永康區", "新營區", "善化區", "佳里區", "麻豆區", "新化區"),
    ),
    CountyInfo(
        "55",
        "高雄市",
        "高雄市政府教育局",
        True,
        _BACK,
        ("E", "S"),
        "07-3##-####",
        "KHH",
        "kh.edu.tw",
        "高市教小",
        2.7,
        ("苓雅區", "三民區", "左營區", "鼓山區", "前鎮區", "鳳山區", "楠梓區", "岡山區", "旗山區", "小港區"),
    ),
    CountyInfo(
        "17",
        "基隆市",
        "基隆市政府教育處",
        False,
        _ON,
        ("C",),
        "02-24##-####",
        "KEL",
        "kl.edu.tw",
        "基府教國貳",
        0.36,
        ("仁愛區", "信義區", "中正區", "中山區", "安樂區", "暖暖區", "七堵區"),
    ),
    CountyInfo(
        "18",
        "新竹市",
        "新竹市政府教育處",
        False,
        _ON,
        ("O",),
        "03-5##-####",
        "HSZ",
        "hc.edu.tw",
        "府教研",
        0.45,
        ("東區", "北區", "香山區"),
    ),
    CountyInfo(
        "20",
        "嘉義市",
        "嘉義市政府教育處",
        False,
        _ON,
        ("I",),
        "05-2##-####",
        "CYI",
        "cy.edu.tw",
        "府教國",
        0.26,
        ("東區", "西區"),
    ),
    CountyInfo(
        "04",
        "新竹縣",
        "新竹縣政府教育處",
        False,
        _ON,
        ("J",),
        "03-5##-####",
        "HSQ",
        "hcc.edu.tw",
        "府教研",
        0.58,
        ("竹北市", "竹東鎮", "新埔鎮", "關西鎮", "湖口鄉", "新豐鄉", "芎林鄉", "寶山鄉"),
    ),
    CountyInfo(
        "05",
        "苗栗縣",
        "苗栗縣政府教育處",
        False,
        _ON,
        ("K",),
        "037-3#-####",
        "MIA",
        "mlc.edu.tw",
        "府教研",
        0.54,
        ("苗栗市", "頭份市", "竹南鎮", "通霄鎮", "苑裡鎮", "公館鄉", "銅鑼鄉", "三義鄉"),
    ),
    CountyInfo(
        "07",
        "彰化縣",
        "彰化縣政府教育處",
        False,
        _ON,
        ("N",),
        "04-7##-####",
        "CHA",
        "chc.edu.tw",
        "府教學",
        1.2,
        ("彰化市", "員林市", "和美鎮", "鹿港鎮", "溪湖鎮", "北斗鎮", "田中鎮", "二林鎮"),
    ),
    CountyInfo(
        "08",
        "南投縣",
        "南投縣政府教育處",
        False,
        _ON,
        ("M",),
        "049-2##-####",
        "NAN",
        "ntct.edu.tw",
        "府教國",
        0.48,
        ("南投市", "埔里鎮", "草屯鎮", "竹山鎮", "集集鎮", "名間鄉", "魚池鄉"),
    ),
    CountyInfo(
        "09",
        "雲林縣",
        "雲林縣政府教育處",
        False,
        _ON,
        ("P",),
        "05-5##-####",
        "YUN",
        "ylc.edu.tw",
        "府教國",
        0.66,
        ("斗六市", "斗南鎮", "虎尾鎮", "西螺鎮", "土庫鎮", "北港鎮", "麥寮鄉"),
    ),
    CountyInfo(
        "10",
        "嘉義縣",
        "嘉義縣政府教育處",
        False,
        _ON,
        ("Q",),
        "05-3##-####",
        "CYQ",
        "cyc.edu.tw",
        "府教國",
        0.49,
        ("太保市", "朴子市", "布袋鎮", "大林鎮", "民雄鄉", "水上鄉", "竹崎鄉"),
    ),
    CountyInfo(
        "13",
        "屏東縣",
        "屏東縣政府教育處",
        False,
        _ON,
        ("T",),
        "08-7##-####",
        "PIF",
        "ptc.edu.tw",
        "屏府教國",
        0.8,
        ("屏東市", "潮州鎮", "東港鎮", "恆春鎮", "萬丹鄉", "內埔鄉", "枋寮鄉"),
    ),
    CountyInfo(
        "02",
        "宜蘭縣",
        "宜蘭縣政府教育處",
        False,
        _ON,
        ("G",),
        "03-9##-####",
        "ILA",
        "ilc.edu.tw",
        "府教研",
        0.45,
        ("宜蘭市", "羅東鎮", "蘇澳鎮", "頭城鎮", "礁溪鄉", "冬山鄉", "五結鄉"),
    ),
    CountyInfo(
        "15",
        "花蓮縣",
        "花蓮縣政府教育處",
        False,
        _ON,
        ("U",),
        "03-8##-####",
        "HUA",
        "hlc.edu.tw",
        "府教國",
        0.32,
        ("花蓮市", "鳳林鎮", "玉里鎮", "吉安鄉", "壽豐鄉", "光復鄉"),
    ),
    CountyInfo(
        "14",
        "臺東縣",
        "臺東縣政府教育處",
        False,
        _ON,
        ("V",),
        "089-3#-####",
        "TTT",
        "ttct.edu.tw",
        "府教國",
        0.21,
        ("臺東市", "成功鎮", "關山鎮", "卑南鄉", "池上鄉", "太麻里鄉"),
    ),
    CountyInfo(
        "16",
        "澎湖縣",
        "澎湖縣政府教育處",
        False,
        _ON,
        ("X",),
        "06-92#-####",
        "PEN",
        "phc.edu.tw",
        "府教國",
        0.11,
        ("馬公市", "湖西鄉", "白沙鄉", "西嶼鄉", "望安鄉"),
    ),
    CountyInfo(
        "71",
        "金門縣",
        "金門縣政府教育處",
        False,
        _ON,
        ("W",),
        "082-3#-####",
        "KIN",
        "km.edu.tw",
        "府教國",
        0.14,
        ("金城鎮", "金湖鎮", "金沙鎮", "金寧鄉", "烈嶼鄉"),
    ),
    CountyInfo(
        "72",
        "連江縣",
        "連江縣政府教育處",
        False,
        _ON,
        ("Z",),
        "0836-2####",
        "LNN",
        "matsu.edu.tw",
        "連教",
        0.014,
        ("南竿鄉", "北竿鄉", "莒光鄉", "東引鄉"),
    ),
)

COUNTY_BY_NAME = {c.name: c for c in COUNTIES}

#: The national authority of senior high schools outside the municipalities (國教署), for document numbers.
K12EA_NAME = "教育部國民及學前教育署"
K12EA_DOC_ISSUER = "臺教國署國"
MOE_DOC_ISSUER = "臺教師(三)"
NATIONAL_CENTER_NAME = "全國教師在職進修資訊網及全國推廣中心"

ROADS = (
    "中山路",
    "中正路",
    "民生路",
    "民族路",
    "民權路",
    "復興路",
    "光復路",
    "建國路",
    "和平路",
    "仁愛路",
    "信義路",
    "忠孝路",
    "成功路",
    "自由路",
    "文化路",
    "中華路",
    "公園路",
    "大同路",
    "博愛路",
    "育英路",
    "學府路",
    "三民路",
)

#: Stems of school names (○○ in ○○國民小學).
SCHOOL_STEMS = tuple(
    dict.fromkeys(
        (
            "中山",
            "中正",
            "仁愛",
            "信義",
            "和平",
            "忠孝",
            "光復",
            "建國",
            "民生",
            "民權",
            "博愛",
            "復興",
            "自強",
            "育英",
            "文華",
            "明德",
            "永福",
            "長安",
            "東門",
            "西門",
            "南門",
            "北門",
            "新興",
            "福德",
            "興隆",
            "大同",
            "大成",
            "崇德",
            "崇文",
            "明道",
            "三民",
            "五福",
            "成功",
            "勝利",
            "光華",
            "華興",
            "清水",
            "溪口",
            "山腳",
            "竹林",
            "松山",
            "南湖",
            "東湖",
            "太平",
            "安和",
            "新生",
            "日新",
            "力行",
            "篤行",
            "正心",
            "誠正",
            "文昌",
            "龍山",
            "鳳鳴",
            "麗山",
            "雙溪",
            "清泉",
            "青山",
            "海山",
            "港西",
            "後山",
            "新民",
            "立人",
            "志清",
            "景美",
            "萬芳",
            "興華",
            "文山",
            "大安",
            "金華",
            "幸安",
            "永樂",
            "日新",
            "太平",
            "蓬萊",
            "延平",
            "雙蓮",
            "吉林",
            "長春",
            "中崙",
            "敦化",
            "民族",
            "西湖",
            "碧湖",
            "麗湖",
            "康寧",
            "明湖",
            "南港",
            "舊莊",
            "玉成",
            "成德",
            "東新",
            "修德",
            "仁德",
            "忠義",
            "興福",
            "永建",
            "溪山",
            "平等",
            "湖田",
            "湖山",
            "桃源",
            "泉源",
            "大屯",
            "石牌",
            "關渡",
            "文林",
            "百齡",
            "雨聲",
            "天母",
            "蘭雅",
            "士東",
            "福林",
            "芝山",
            "陽明",
            "華江",
            "大理",
            "萬大",
            "東園",
            "西園",
            "老松",
            "福星",
            "河堤",
            "螢橋",
            "國語",
            "南海",
            "北投",
            "桃園",
            "中壢",
            "龍潭",
            "楊梅",
            "大溪",
            "竹圍",
            "埔心",
            "頂社",
            "富岡",
            "瑞原",
            "新屋",
            "觀音",
            "草漯",
            "德興",
            "忠孝",
            "樹人",
            "集美",
            "大鵬",
            "新光",
            "育仁",
            "同安",
            "安平",
            "海東",
            "土城",
            "億載",
            "協進",
            "立德",
        )
    )
)

#: Stems of kindergarten names.
KINDERGARTEN_STEMS = (
    "小太陽",
    "彩虹",
    "快樂",
    "童心",
    "小天使",
    "蒲公英",
    "向日葵",
    "長頸鹿",
    "小星星",
    "小蜜蜂",
    "森林",
    "小橡樹",
    "愛心",
    "幸福",
    "小精靈",
    "哈佛",
    "啟智",
    "小書蟲",
    "小王子",
    "音樂盒",
    "藍天",
    "綠野",
    "小白兔",
    "可愛",
    "親親",
    "喜樂",
    "天真",
    "小牛頓",
    "小葉子",
    "好好",
    "陽光",
    "晨曦",
    "小樹苗",
    "青蛙",
    "雲朵",
    "小熊",
)

SUBJECT_CENTER_SUBJECTS = (
    "國文",
    "英文",
    "數學",
    "物理",
    "化學",
    "生物",
    "地球科學",
    "歷史",
    "地理",
    "公民與社會",
    "藝術生活",
    "音樂",
    "美術",
    "體育",
    "健康與護理",
    "資訊科技",
    "生活科技",
    "家政",
    "全民國防教育",
    "生涯規劃",
)

#: Real teacher-education universities (師資培育之大學).
TEACHER_UNIVERSITIES = (
    ("國立臺灣師範大學", "臺北市"),
    ("國立彰化師範大學", "彰化縣"),
    ("國立高雄師範大學", "高雄市"),
    ("國立臺北教育大學", "臺北市"),
    ("國立臺中教育大學", "臺中市"),
    ("臺北市立大學", "臺北市"),
    ("國立屏東大學", "屏東縣"),
    ("國立臺南大學", "臺南市"),
    ("國立嘉義大學", "嘉義縣"),
    ("國立東華大學", "花蓮縣"),
)

#: Stems of (invented) universities.
UNIVERSITY_STEMS = ("中和", "光啟", "東興", "明志", "育達", "南榮", "崇仁", "建業", "立德", "弘光", "永達", "大華")

FOUNDATION_STEMS = (
    "慈心",
    "書香",
    "星光",
    "快樂學習",
    "晨光",
    "未來",
    "臺灣閱讀",
    "科學探索",
    "海洋之心",
    "青少年成長",
    "藝術種子",
    "綠色家園",
    "數位希望",
    "愛與關懷",
    "和樂",
    "華山",
    "親子天地",
    "原鄉",
)

APPLICANT_TITLES_SCHOOL = ("校長", "教務主任", "教學組長", "研究組長", "設備組長", "資訊組長", "註冊組長", "幹事")
APPLICANT_TITLES_UNIT = ("組長", "專員", "科員", "秘書", "執行秘書", "研究助理")

# --- people ---------------------------------------------------------------------------------------------

#: Common surnames with rough relative frequencies (per mille) in Taiwan.
_SURNAMES = (
    ("陳", 112),
    ("林", 83),
    ("黃", 60),
    ("張", 53),
    ("李", 51),
    ("王", 41),
    ("吳", 40),
    ("劉", 32),
    ("蔡", 29),
    ("楊", 26),
    ("許", 23),
    ("鄭", 19),
    ("謝", 18),
    ("洪", 15),
    ("郭", 15),
    ("邱", 14),
    ("曾", 14),
    ("廖", 13),
    ("賴", 13),
    ("徐", 12),
    ("周", 11),
    ("葉", 11),
    ("蘇", 10),
    ("莊", 9),
    ("呂", 8),
    ("江", 8),
    ("何", 8),
    ("蕭", 7),
    ("羅", 7),
    ("高", 6),
    ("潘", 6),
    ("簡", 6),
    ("朱", 6),
    ("鍾", 6),
    ("游", 5),
    ("彭", 5),
    ("詹", 5),
    ("胡", 5),
    ("施", 5),
    ("沈", 5),
    ("余", 4),
    ("盧", 4),
    ("梁", 4),
    ("趙", 4),
    ("顏", 4),
    ("柯", 4),
    ("翁", 4),
    ("魏", 3),
    ("孫", 3),
    ("戴", 3),
    ("范", 3),
    ("方", 3),
    ("宋", 3),
    ("鄧", 3),
    ("杜", 2),
    ("傅", 2),
    ("侯", 2),
    ("曹", 2),
    ("薛", 2),
    ("丁", 2),
    ("卓", 2),
    ("馬", 2),
    ("阮", 2),
    ("董", 2),
    ("唐", 2),
    ("温", 2),
    ("藍", 1),
    ("蔣", 1),
    ("石", 1),
    ("古", 1),
    ("紀", 1),
    ("姚", 1),
    ("連", 1),
    ("馮", 1),
    ("歐陽", 1),
    ("程", 1),
    ("黎", 1),
)
SURNAMES = tuple(s for s, _ in _SURNAMES)
SURNAME_CUM_WEIGHTS = tuple(itertools.accumulate(w for _, w in _SURNAMES))

FEMALE_CHARS = (
    "怡",
    "雅",
    "淑",
    "美",
    "婷",
    "佳",
    "慧",
    "玲",
    "芳",
    "惠",
    "君",
    "文",
    "秀",
    "珍",
    "琪",
    "雯",
    "欣",
    "宜",
    "靜",
    "萍",
    "如",
    "筱",
    "思",
    "郁",
    "伶",
    "瑜",
    "馨",
    "蓉",
    "妤",
    "涵",
    "庭",
    "真",
    "玉",
    "娟",
    "麗",
    "華",
    "鈺",
    "瑩",
    "心",
    "安",
    "詩",
    "晴",
    "嘉",
    "若",
    "彤",
    "佩",
    "珮",
    "曉",
    "品",
    "姿",
)
MALE_CHARS = (
    "志",
    "建",
    "俊",
    "家",
    "明",
    "宏",
    "偉",
    "文",
    "冠",
    "承",
    "信",
    "嘉",
    "彥",
    "柏",
    "宇",
    "翔",
    "哲",
    "豪",
    "傑",
    "銘",
    "國",
    "正",
    "勝",
    "賢",
    "凱",
    "軒",
    "瑋",
    "智",
    "昌",
    "德",
    "仁",
    "政",
    "達",
    "榮",
    "安",
    "誠",
    "育",
    "祥",
    "峰",
    "昱",
    "鈞",
    "廷",
    "彬",
    "維",
    "宗",
    "耀",
    "聖",
    "振",
    "睿",
    "恩",
)

#: Foreign teachers (resident certificate numbers) have names written like this.
FOREIGN_NAMES = (
    "史密斯",
    "強森",
    "布朗",
    "泰勒",
    "威爾遜",
    "馬丁",
    "安德森",
    "湯普森",
    "懷特",
    "哈里斯",
    "克拉克",
    "路易斯",
    "阮氏梅",
    "陳氏蘭",
    "黎文雄",
    "山田花子",
    "金智英",
    "瑪麗亞",
    "桑托斯",
    "加西亞",
)


def person_name(rng: random.Random, female: bool) -> str:
    """A common Taiwanese name: surname plus one or (mostly) two given-name characters."""
    surname = rng.choices(SURNAMES, cum_weights=SURNAME_CUM_WEIGHTS)[0]
    chars = FEMALE_CHARS if female else MALE_CHARS
    if rng.random() < 0.05:
        return surname + rng.choice(chars)
    first, second = rng.sample(chars, 2)
    return surname + first + second


def phone(rng: random.Random, county: CountyInfo, extension: bool = False) -> str:
    """A telephone number in the county's area-code format, e.g. ``02-2771-3184`` (``#205`` extension)."""
    number = "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in county.phone_pattern)
    return f"{number}#{rng.randrange(100, 400)}" if extension else number


def address(rng: random.Random, county: CountyInfo, district: str | None = None) -> str:
    """A street address in the county, e.g. ``臺北市大安區和平路二段118號``."""
    district = district or rng.choice(county.districts)
    section = rng.choice(("一段", "二段", "三段")) if rng.random() < 0.3 else ""
    lane = f"{rng.randrange(1, 300)}巷" if rng.random() < 0.15 else ""
    return f"{county.name}{district}{rng.choice(ROADS)}{section}{lane}{rng.randrange(1, 400)}號"


def district_center_name(county: CountyInfo) -> str:
    return f"{county.name}教師在職進修資訊網區管中心"


class UniqueNames:
    """Hands out names not used before, trying a few candidates and then numbering (第二, 第三 …)."""

    _NUMERALS = ("第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九")

    def __init__(self) -> None:
        self._used: set[str] = set()

    def take(self, rng: random.Random, make: Callable[[random.Random], str], tries: int = 12) -> str:
        """``make(rng)`` until the result is new; as a last resort insert an ordinal before the kind."""
        name = ""
        for _ in range(tries):
            name = make(rng)
            if name not in self._used:
                self._used.add(name)
                return name
        for numeral in self._NUMERALS:
            for suffix in ("國民小學", "國民中學", "高級中學", "幼兒園", "托兒所", "學校", "大學", "基金會"):
                if name.endswith(suffix):
                    candidate = name[: -len(suffix)] + numeral + suffix
                    break
            else:
                candidate = name + numeral
            if candidate not in self._used:
                self._used.add(candidate)
                return candidate
        raise RuntimeError(f"no unique name near {name}")  # pragma: no cover - pools are far larger than needed
