"""What a statistics request asks for (school year, term, county, grouping) and who may see which part of it.

Years are 學年度 (school years, ROC, August to July), the year every course already carries
(``Course.school_year``) and the year bulk awarding works in (``attendance.county_year_course_ids``): a
district reports its year and terms as schools run them. Events with only a date (a certificate issued, a
code checked, an application submitted) count in the school year their local (Taiwan) date falls in.
Term 1 (上學期) is August to January, term 2 (下學期) February to July.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Date, Select, String, bindparam, cast, func, select
from sqlalchemy.orm import Session

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import County, Course, Delivery, Organization, Role
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.rules.rocdate import LATEST_ROC_YEAR, ROC_OFFSET, TAIWAN, local_today, school_year_of

CONTEXT = "services.stats"


class Grouping(enum.StrEnum):
    """What the rows of a figure are."""

    COUNTY = "county"  #: the organiser's (or applicant's, or teacher's school's) county
    ORGANIZER = "organizer"  #: the organiser (or applying organisation, or teacher's school)
    CATEGORY = "category"  #: Art 7 item of the organiser (courses only)
    DELIVERY = "delivery"  #: in person, credit class or online (courses only)
    MONTH = "month"  #: the month of the course's start, or of the event


#: The groupings whose names come from the database (the others are named from the key).
NAMED = frozenset({Grouping.COUNTY, Grouping.ORGANIZER})


def grouping_label(grouping: Grouping) -> str:
    return {
        Grouping.COUNTY: translate("services.stats", "縣市"),
        Grouping.ORGANIZER: translate("services.stats", "單位"),
        Grouping.CATEGORY: translate("services.stats", "辦理單位資格（第7條）"),
        Grouping.DELIVERY: translate("services.stats", "辦理方式"),
        Grouping.MONTH: translate("services.stats", "月份"),
    }[grouping]


@dataclass(frozen=True)
class StatsFilter:
    """The figures asked for: a school year (None: every year), a term of it, a county, the grouping."""

    year: int | None = None
    term: int | None = None  #: 1 上學期 (Aug–Jan), 2 下學期 (Feb–Jul); needs a year
    county_code: str | None = None
    by: Grouping = Grouping.COUNTY

    @classmethod
    def current(cls, **changes: Any) -> StatsFilter:
        """This school year, grouped by county, unless ``changes`` say otherwise."""
        values: dict[str, Any] = {"year": school_year_of(local_today())}
        values.update(changes)
        return cls(**values)

    def check(self) -> None:
        if self.year is not None and not 1 <= self.year <= LATEST_ROC_YEAR:
            raise UserError(
                translate("services.stats", "學年度須為 1 至 {latest}。").format(latest=LATEST_ROC_YEAR), field="year"
            )
        if self.term is not None:
            if self.term not in (1, 2):
                raise UserError(translate("services.stats", "學期須為 1（上學期）或 2（下學期）。"), field="term")
            if self.year is None:
                raise UserError(translate("services.stats", "指定學期時須一併指定學年度。"), field="term")

    def months(self) -> tuple[int, ...] | None:
        """The calendar months of the term, or None for the whole year."""
        if self.term == 1:
            return (8, 9, 10, 11, 12, 1)
        if self.term == 2:
            return (2, 3, 4, 5, 6, 7)
        return None

    def local_bounds(self) -> tuple[datetime, datetime] | None:
        """The term as local wall-clock times [start, end) (for a course's start), or None for a whole year."""
        if self.term is None or (b := self.bounds()) is None:
            return None
        return b[0].replace(tzinfo=None), b[1].replace(tzinfo=None)

    def bounds(self) -> tuple[datetime, datetime] | None:
        """The period as aware instants [start, end): local midnights of its first and following day."""
        if self.year is None:
            return None
        first = self.year + ROC_OFFSET
        if self.term == 2:
            return _local(first + 1, 2), _local(first + 1, 8)
        end = _local(first + 1, 2) if self.term == 1 else _local(first + 1, 8)
        return _local(first, 8), end

    def describe(self, county_name: str | None) -> str:
        """The filter in words, for a page heading and the workbook."""
        if self.year is None:
            period = translate("services.stats", "全部學年度")
        elif self.term is None:
            period = translate("services.stats", "{year}學年度").format(year=self.year)
        else:
            period = translate("services.stats", "{year}學年度第{term}學期").format(year=self.year, term=self.term)
        where = county_name or translate("services.stats", "全部縣市")
        return translate("services.stats", "{period}；{where}；依{by}分列").format(
            period=period, where=where, by=grouping_label(self.by)
        )


def _local(year: int, month: int) -> datetime:
    return datetime(year, month, 1, tzinfo=TAIWAN)


# --- who sees what -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    """Conditions on :class:`Organization` (the organiser, applicant or teacher's school) with bind parameters,
    their values, and their shape (what a cached statement must match)."""

    where: tuple[Any, ...]
    params: dict[str, Any]
    shape: tuple[str, ...]
    county_name: str | None


def organization_scope(session: Session, user: CurrentUser, wanted: StatsFilter) -> Scope:
    """What ``user`` may see of the filter's county (and that county's name). A district clerk sees the
    organisations of their district center; asking for a county outside it is refused. Other roles holding the
    permission see everything."""
    where: list[Any] = []
    params: dict[str, Any] = {}
    shape: list[str] = []
    county_name = None
    if wanted.county_code is not None:
        code = wanted.county_code.strip()
        county = session.execute(select(County.name, County.district_center_id).where(County.code == code)).first()
        if county is None:
            raise UserError(translate("services.stats", "找不到縣市代碼「{code}」。").format(code=code), field="county")
        if user.role is Role.DISTRICT_CLERK and county.district_center_id != user.district_center_id:
            raise PermissionDenied(
                translate("services.stats", "{county}不在您的區管中心（{scope}）轄區內，不能檢視其統計。").format(
                    county=county.name, scope=user.scope_label
                )
            )
        where.append(Organization.county_code == bindparam("county_code"))
        params["county_code"] = code
        shape.append("county")
        county_name = county.name
    if user.role is Role.DISTRICT_CLERK:
        where.append(Organization.district_center_id == bindparam("district_center_id"))
        params["district_center_id"] = user.district_center_id
        shape.append("district")
    elif user.role is Role.SCHOOL_COORDINATOR:
        where.append(Organization.id == bindparam("organization_id"))
        params["organization_id"] = user.organization_id
        shape.append("organization")
    return Scope(tuple(where), params, tuple(shape), county_name)


# --- the period as conditions with bind parameters -------------------------------------------------------------

Q = TypeVar("Q", bound=Select[*tuple[Any, ...]])


def period_shape(wanted: StatsFilter) -> tuple[bool, bool]:
    return wanted.year is not None, wanted.term is not None


def period_params(wanted: StatsFilter) -> dict[str, Any]:
    """The values of the period's bind parameters (see :func:`course_period` and :func:`instant_period`)."""
    params: dict[str, Any] = {}
    if wanted.year is not None:
        params["year"] = wanted.year
    if (bounds := wanted.bounds()) is not None:
        params["start"], params["end"] = bounds
    if (local := wanted.local_bounds()) is not None:
        params["local_start"], params["local_end"] = local
    return params


def course_period(stmt: Q, wanted: StatsFilter) -> Q:
    """Rows of the courses of the period: their school year, and their start within the term."""
    if wanted.year is not None:
        stmt = stmt.where(Course.school_year == bindparam("year"))
    if wanted.term is not None:
        stmt = stmt.where(Course.start_at >= bindparam("local_start"), Course.start_at < bindparam("local_end"))
    return stmt


def instant_period(stmt: Q, column: Any, wanted: StatsFilter) -> Q:
    """Rows whose UTC moment ``column`` falls in the period (by Taiwan's date)."""
    if wanted.year is not None:
        stmt = stmt.where(column >= bindparam("start"), column < bindparam("end"))
    return stmt


# --- SQL pieces that differ between the engines --------------------------------------------------------------


def dialect_of(session: Session) -> str:
    return session.get_bind().dialect.name


def month_of_local(session: Session, column: Any) -> Any:
    """``'YYYY-MM'`` of a local wall-clock timestamp column (a course's start)."""
    if dialect_of(session) == "postgresql":
        return func.to_char(column, "YYYY-MM")
    return func.strftime("%Y-%m", column)


def month_of_instant(session: Session, column: Any) -> Any:
    """``'YYYY-MM'`` in Taiwan of a UTC timestamp column (stored naive UTC on SQLite)."""
    if dialect_of(session) == "postgresql":
        return func.to_char(func.timezone("Asia/Taipei", column), "YYYY-MM")
    return func.strftime("%Y-%m", column, "+8 hours")


def seconds_between(session: Session, start: Any, end: Any) -> Any:
    """Whole seconds from ``start`` to ``end`` (two UTC timestamp columns), the same integer on both engines."""
    if dialect_of(session) == "postgresql":
        return func.round(func.extract("epoch", end - start))
    return func.round((func.julianday(end) - func.julianday(start)) * 86400)


def days_from_date_to_local_day(session: Session, day: Any, instant: Any) -> Any:
    """Whole days from a date column to the Taiwan date of a UTC timestamp column."""
    if dialect_of(session) == "postgresql":
        return cast(func.timezone("Asia/Taipei", instant), Date) - day
    return func.round(func.julianday(func.date(instant, "+8 hours")) - func.julianday(day))


def roc_month_name(key: str) -> str:
    """``'2026-03'`` → ``115年3月``."""
    year, month = key.split("-")
    return translate("services.stats", "{year}年{month}月").format(year=int(year) - ROC_OFFSET, month=int(month))


def group_columns(by: Grouping, *, month: Any, category: Any = None, delivery: Any = None) -> tuple[list[Any], bool]:
    """The ``gkey`` column of a base query for ``by`` (a list of one), and whether a name comes from SQL.

    The base query joins the :class:`Organization` that places a row (organiser, applicant, teacher's school);
    ``month`` is the row's ``'YYYY-MM'``. ``category`` and ``delivery`` are the
    course's columns where the rows have a course: without one those groupings are refused.
    """
    if by is Grouping.COUNTY:
        return [Organization.county_code.label("gkey")], True
    if by is Grouping.ORGANIZER:
        return [Organization.code.label("gkey")], True
    if by is Grouping.MONTH:
        return [month.label("gkey")], False
    column = category if by is Grouping.CATEGORY else delivery
    if column is None:
        raise UserError(
            translate("services.stats", "這項統計不能依「{by}」分列：請改依縣市、單位或月份。").format(
                by=grouping_label(by)
            ),
            field="by",
        )
    return [cast(column, String).label("gkey")], False


def group_names(by: Grouping) -> tuple[Any, Any] | None:
    """The (key, name) columns that name a group of ``by`` in the database, looked up after grouping."""
    if by is Grouping.COUNTY:
        return County.code, County.name
    if by is Grouping.ORGANIZER:
        return Organization.code, Organization.name
    return None


def group_name(by: Grouping, key: str, sql_name: str | None) -> str:
    """What people read for the group ``key`` (``""``: rows that no group of this kind holds)."""
    if not key:
        return translate("services.stats", "（未歸屬）")
    if sql_name:
        return sql_name
    if by is Grouping.MONTH:
        return roc_month_name(key)
    if by is Grouping.CATEGORY:
        return translate("services.stats", "第7條第{n}款").format(n=key)
    if by is Grouping.DELIVERY:
        return label(Delivery(key))
    return key
