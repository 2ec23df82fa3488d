"""ACC-5: what each kind of account may do (Art 5), as a matrix by account kind and business subtype.

Art 5 lists the teacher account's functions and the business account's ten function groups, and says
business accounts get them 「依身分類別提供所需權限功能」 without saying how. Our reading, printed under
the matrix:

- A teacher account reaches only its holder's own records (本人).
- Every business account gets every group, with a *reach* that follows the unit's place in the network
  (Art 3, Art 11): a school, social-education body, subject center or training center acts for its own
  organisation (本機關); a subject center, training center or social-education body sees the teachers
  of the courses it runs (所辦研習學員), a school its own teachers; an education authority reaches the
  organisations under it (轄下, the review units of Art 11); a district management center its district
  (轄區, for account approval, ACC-4); the national center everything (全國).
- 教師專長證照管理 (teachers' expertise and licences) belongs to the teachers' employers and their
  authorities: social-education bodies, subject centers and training centers have none.
- 資源分享區 is shared nationwide; 個人資料 and Web Mail are the account holder's own.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ntip_desktop.i18n import tr, translate
from ntip_desktop.models import AccountKind, BusinessSubtype
from ntip_desktop.services.accounts.labels import kind_label, subtype_label


class Reach(enum.Enum):
    """How far one function reaches for one kind of account."""

    NONE = "none"  #: —
    SELF = "self"  #: 本人
    OWN = "own"  #: 本機關
    PARTICIPANTS = "participants"  #: 所辦研習學員
    JURISDICTION = "jurisdiction"  #: 轄下機關
    DISTRICT = "district"  #: 轄區
    ALL = "all"  #: 全國


REACH_LABELS = {
    Reach.NONE: "—",
    Reach.SELF: "本人",
    Reach.OWN: "本機關",
    Reach.PARTICIPANTS: "所辦研習學員",
    Reach.JURISDICTION: "轄下機關",
    Reach.DISTRICT: "轄區",
    Reach.ALL: "全國",
}

#: Columns of the matrix: the teacher account, then each business subtype.
COLUMNS: tuple[tuple[AccountKind, BusinessSubtype | None], ...] = (
    (AccountKind.TEACHER, None),
    (AccountKind.BUSINESS, BusinessSubtype.SCHOOL),
    (AccountKind.BUSINESS, BusinessSubtype.SOCIAL_EDU),
    (AccountKind.BUSINESS, BusinessSubtype.SUBJECT_CENTER),
    (AccountKind.BUSINESS, BusinessSubtype.TRAINING_CENTER),
    (AccountKind.BUSINESS, BusinessSubtype.AUTHORITY),
    (AccountKind.BUSINESS, BusinessSubtype.DISTRICT_CENTER),
    (AccountKind.BUSINESS, BusinessSubtype.NATIONAL_CENTER),
)

N, SE, OW, PA, JU, DI, AL = (
    Reach.NONE,
    Reach.SELF,
    Reach.OWN,
    Reach.PARTICIPANTS,
    Reach.JURISDICTION,
    Reach.DISTRICT,
    Reach.ALL,
)
_BUSINESS_NONE = (N,) * 7

#: (group, function, note, reach per column in COLUMNS order).
FUNCTIONS: tuple[tuple[str, str, str, tuple[Reach, ...]], ...] = (
    # Art 5 ¶1: the teacher account.
    ("教師個人帳號功能", "查詢個人研習紀錄", "", (SE, *_BUSINESS_NONE)),
    ("教師個人帳號功能", "公務人員終身學習網研習紀錄", "", (SE, *_BUSINESS_NONE)),
    ("教師個人帳號功能", "專長登錄申請", "", (SE, *_BUSINESS_NONE)),
    ("教師個人帳號功能", "專長瀏覽", "", (SE, *_BUSINESS_NONE)),
    ("教師個人帳號功能", "個人報名紀錄", "", (SE, *_BUSINESS_NONE)),
    ("教師個人帳號功能", "研習資訊訂閱", "", (SE, *_BUSINESS_NONE)),
    ("教師個人帳號功能", "變更登入密碼", "業務帳號於「個人資料」變更", (SE, *_BUSINESS_NONE)),
    ("教師個人帳號功能", "修改個人基本資料", "", (SE, *_BUSINESS_NONE)),
    ("教師個人帳號功能", "意見交流", "", (SE, *_BUSINESS_NONE)),
    ("教師個人帳號功能", "登出系統", "", (SE, SE, SE, SE, SE, SE, SE, SE)),
    # Art 5 ¶2: the business account, by subtype.
    (
        "業務帳號功能",
        "研習課程",
        "登錄本機關課程；審核單位依第11條審核其管理範圍內的課程",
        (N, OW, OW, OW, OW, JU, DI, AL),
    ),
    (
        "業務帳號功能",
        "帳號管理",
        "本機關承辦人異動；區管中心審核轄區業務帳號（第4條）",
        (N, OW, OW, OW, OW, OW, DI, AL),
    ),
    ("業務帳號功能", "教師專長證照管理", "審核所屬教師的專長登錄申請", (N, OW, N, N, N, JU, DI, AL)),
    ("業務帳號功能", "教師資料", "查詢教師研習紀錄", (N, OW, PA, PA, PA, JU, DI, AL)),
    ("業務帳號功能", "機關資料", "", (N, OW, OW, OW, OW, JU, DI, AL)),
    ("業務帳號功能", "資源分享區", "", (N, AL, AL, AL, AL, AL, AL, AL)),
    ("業務帳號功能", "個人資料", "含變更登入密碼", (N, SE, SE, SE, SE, SE, SE, SE)),
    ("業務帳號功能", "統計圖表", "", (N, OW, OW, OW, OW, JU, DI, AL)),
    ("業務帳號功能", "Web Mail", "", (N, SE, SE, SE, SE, SE, SE, SE)),
    ("業務帳號功能", "其他", "公告、意見交流等", (N, OW, OW, OW, OW, JU, DI, AL)),
)

READING = (
    "依第5條：教師個人帳號僅及於本人資料；業務帳號之功能「依身分類別提供」，本表為本程式之解讀：",
    "學校、社會教育機構或法人、學科中心、教師研習中心以本機關為範圍；後三者之「教師資料」限於所辦研習之學員。",
    "教育行政主管機關及於轄下機關（第11條審核單位）；區管中心及於轄區，並審核轄區業務帳號（第4條）；全國推廣中心及於全國。",
    "教師專長證照管理屬教師之服務學校及其主管機關；資源分享區全國共用；個人資料及 Web Mail 僅限本人。",
)


@dataclass(frozen=True)
class MatrixRow:
    group: str
    function: str
    note: str
    cells: tuple[str, ...]  #: reach label per column
    reach: tuple[Reach, ...]


@dataclass(frozen=True)
class PermissionMatrix:
    """The ACC-5 matrix as shown on screen and printed."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[MatrixRow, ...]
    legend: tuple[str, ...]
    reading: tuple[str, ...]


def column_label(kind: AccountKind, subtype: BusinessSubtype | None) -> str:
    return kind_label(kind) if subtype is None else subtype_label(subtype)


def reach(kind: AccountKind, subtype: BusinessSubtype | None, function: str) -> Reach:
    """What ``function`` reaches for an account of ``kind``/``subtype`` (Reach.NONE: not available)."""
    index = COLUMNS.index((kind, subtype if kind is AccountKind.BUSINESS else None))
    for _group, name, _note, cells in FUNCTIONS:
        if name == function:
            return cells[index]
    raise KeyError(function)


def functions_of(kind: AccountKind, subtype: BusinessSubtype | None = None) -> list[tuple[str, Reach]]:
    """The functions an account of this kind and subtype has, with their reach."""
    index = COLUMNS.index((kind, subtype if kind is AccountKind.BUSINESS else None))
    return [(tr(name), cells[index]) for _g, name, _n, cells in FUNCTIONS if cells[index] is not Reach.NONE]


def permission_matrix() -> PermissionMatrix:
    rows = tuple(
        MatrixRow(tr(group), tr(name), tr(note), tuple(tr(REACH_LABELS[c]) for c in cells), cells)
        for group, name, note, cells in FUNCTIONS
    )
    legend = tuple(
        f"{tr(REACH_LABELS[r])}：{tr(text)}"
        for r, text in (
            (Reach.SELF, "帳號持有人本人的資料"),
            (Reach.OWN, "申請帳號的機關（學校）"),
            (Reach.PARTICIPANTS, "本機關所辦研習的參加教師"),
            (Reach.JURISDICTION, "主管之學校及機關"),
            (Reach.DISTRICT, "區管中心所轄縣市之機關"),
            (Reach.ALL, "全國"),
            (Reach.NONE, "無此功能"),
        )
    )
    return PermissionMatrix(
        title=translate("services.accounts.functions", "帳號功能權限對照表（第5條）"),
        columns=tuple(column_label(k, s) for k, s in COLUMNS),
        rows=rows,
        legend=legend,
        reading=tuple(tr(x) for x in READING),
    )
