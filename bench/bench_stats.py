"""How fast are the 統計報表 figures on the ``county`` demo database?

Uses the SQLite file ``NTIP_BENCH_DB`` names (copied to a temporary file first: the bench never writes to it),
or else seeds ``ntip demo seed --scale county`` into a temporary file (minutes). For a school year (the one with
the most courses, or ``--year``) and a grouping (``--by``, default county), signed in as the console user
(every county), times each figure ``--runs`` times, in turn with its bare statement, each run in a fresh session:

(a) the service: the figure's function in ``services/stats`` (the user's scope, its one grouped statement —
    built on the first call of its shape and kept —, the total row and the dataclasses built from it);
(b) the bare ``SELECT … GROUP BY`` that computes the same numbers (without the total row), as plain SQL text
    through the same connection, rows left as tuples.

Prints each figure's groups and total, the medians of (a) and (b) and their ratio, and checks that (b)'s numbers
are (a)'s. Targets (issue 15): (a) < 1 s median for every figure, (a)/(b) ≤ 1.5. Prints figures, asserts nothing.
Run: ``python bench/bench_stats.py [--runs 15] [--year ROC_YEAR] [--by county|organizer|month]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from ntip_desktop.models import Course
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database
from ntip_desktop.services.demo import seed
from ntip_desktop.services.stats import Figure, Grouping, StatsFilter
from ntip_desktop.services.stats.accounts import applications_figure
from ntip_desktop.services.stats.courses import review_figure
from ntip_desktop.services.stats.hours import awards_figure, certificates_figure, teachers_figure, verifications_figure
from ntip_desktop.services.stats.period import organization_scope

TARGET_SECONDS = 1.0
TARGET_RATIO = 1.5

#: The group key of each grouping in the bare SQL (``o`` is the organisation placing the row).
_KEYS = {"county": "o.county_code", "organizer": "o.code"}


def _month(column: str, instant: bool) -> str:
    return f"strftime('%Y-%m', {column}, '+8 hours')" if instant else f"strftime('%Y-%m', {column})"


def _key(by: str, month_column: str, *, instant: bool) -> str:
    return _month(month_column, instant) if by == "month" else _KEYS[by]


def _median_sql(source: str) -> str:
    """Per key ``k``, the median of ``x`` over ``source`` (a query of ``k, x``), the SQLite window way."""
    return (
        "SELECT k, avg(x) AS med FROM (SELECT k, x, row_number() OVER (PARTITION BY k ORDER BY x) AS rn, "
        f"count(*) OVER (PARTITION BY k) AS n FROM ({source}) WHERE x IS NOT NULL) "
        "WHERE rn * 2 >= n AND rn * 2 <= n + 2 GROUP BY k"
    )


def bare_statements(by: str) -> dict[str, str]:
    """figure id → the bare SQL of its groups (parameters :year, :start, :end)."""
    course_key = _key(by, "c.start_at", instant=False)
    review_base = (
        f"SELECT {course_key} AS k, c.state AS state, CASE WHEN r.decided_at IS NOT NULL THEN "
        "round((julianday(r.decided_at) - julianday(r.created_at)) * 86400) END AS x "
        "FROM courses c LEFT JOIN course_reviews r ON r.course_id = c.id JOIN organizations o ON o.id = c.organizer_id "
        "WHERE c.state != 'draft' AND c.school_year = :year"
    )
    fax_key = _key(by, "p.submitted_at", instant=True)
    fax_base = (
        f"SELECT {fax_key} AS k, p.state AS state, CASE WHEN p.fax_received_on IS NOT NULL AND p.decided_at IS NOT NULL "
        "THEN round(julianday(date(p.decided_at, '+8 hours')) - julianday(p.fax_received_on)) END AS x "
        "FROM account_applications p JOIN organizations o ON o.id = p.organization_id "
        "WHERE p.submitted_at >= :start AND p.submitted_at < :end"
    )
    teacher_key = _KEYS["organizer" if by == "organizer" else "county"]
    issued_key = _key(by, "ce.issued_at", instant=True)
    checked_key = _key(by, "v.at", instant=True)
    return {
        "courses.review": (
            f"WITH b AS ({review_base}), m AS ({_median_sql('SELECT k, x FROM b')}) "
            "SELECT b.k, count(*), sum(state IN ('submitted', 'in_review')), sum(state IN ('approved', 'awarded')), "
            "sum(state = 'returned'), sum(state = 'rejected'), sum(state = 'cancelled'), count(x), max(m.med) "
            "FROM b LEFT JOIN m ON m.k IS b.k GROUP BY b.k"
        ),
        "hours.awards": (
            f"SELECT {course_key}, count(*), count(DISTINCT CASE WHEN a.hours > 0 AND a.status IN ('awarded', 'capped') "
            "THEN a.teacher_id END), sum(a.hours), sum(a.status = 'capped'), sum(a.status = 'void_unexcused'), "
            "sum(a.status = 'not_completed') FROM hour_awards a JOIN courses c ON c.id = a.course_id "
            "JOIN organizations o ON o.id = c.organizer_id WHERE c.school_year = :year GROUP BY 1"
        ),
        "hours.teachers": (
            "SELECT k, count(*), sum(total), sum(total = 0), sum(total BETWEEN 1 AND 5), sum(total BETWEEN 6 AND 11), "
            "sum(total BETWEEN 12 AND 17), sum(total BETWEEN 18 AND 35), sum(total >= 36), sum(total < 18) FROM ("
            f"SELECT {teacher_key} AS k, t.id, coalesce(sum(a.hours), 0) AS total FROM teachers t "
            "LEFT JOIN organizations o ON o.id = t.organization_id LEFT JOIN (SELECT a.teacher_id, a.hours "
            "FROM hour_awards a JOIN courses c ON c.id = a.course_id WHERE c.school_year = :year) a "
            "ON a.teacher_id = t.id GROUP BY t.id) GROUP BY k"
        ),
        "certificates.issued": (
            f"SELECT {issued_key}, count(*), sum(ce.state = 'issued'), sum(ce.state = 'superseded'), "
            "sum(ce.state = 'revoked'), sum(CASE WHEN ce.state = 'issued' THEN ce.hours ELSE 0 END) "
            "FROM certificates ce JOIN hour_awards a ON a.id = ce.award_id JOIN courses c ON c.id = a.course_id "
            "JOIN organizations o ON o.id = c.organizer_id WHERE ce.issued_at >= :start AND ce.issued_at < :end "
            "GROUP BY 1"
        ),
        "certificates.verified": (
            f"SELECT {checked_key}, count(*), sum(v.outcome = 'genuine'), sum(v.outcome = 'superseded'), "
            "sum(v.outcome = 'revoked'), sum(v.outcome = 'unknown'), sum(v.outcome = 'altered') "
            "FROM certificate_verifications v LEFT JOIN certificates ce ON ce.id = v.certificate_id "
            "LEFT JOIN hour_awards a ON a.id = ce.award_id LEFT JOIN courses c ON c.id = a.course_id "
            "LEFT JOIN organizations o ON o.id = c.organizer_id WHERE v.at >= :start AND v.at < :end GROUP BY 1"
        ),
        "accounts.applications": (
            f"WITH b AS ({fax_base}), m AS ({_median_sql('SELECT k, x FROM b')}) "
            "SELECT b.k, count(*), sum(state IN ('pending_fax', 'fax_received')), sum(state IN ('approved', 'active')), "
            "sum(state = 'returned'), sum(state = 'rejected'), count(x), max(m.med) "
            "FROM b LEFT JOIN m ON m.k IS b.k GROUP BY b.k"
        ),
    }


def service_figures() -> dict[str, Callable[[Any, Any, StatsFilter], Figure]]:
    """figure id → a call of the service that computes it (the user's scope read as the public functions do)."""

    def scoped(compute: Callable[..., Figure], *extra: Any) -> Callable[[Any, Any, StatsFilter], Figure]:
        return lambda s, u, f: compute(s, f, organization_scope(s, u, f), *extra)

    return {
        "courses.review": scoped(review_figure),
        "hours.awards": scoped(awards_figure),
        "hours.teachers": scoped(teachers_figure, 18),
        "certificates.issued": scoped(certificates_figure),
        "certificates.verified": scoped(verifications_figure),
        "accounts.applications": scoped(applications_figure),
    }


def _bare_values(row: Any, figure: Figure) -> tuple[Any, ...]:
    """The bare row's numbers in the service's units (medians in days, shares left out)."""
    values = list(row[1:])
    if figure.id == "courses.review" and values[-1] is not None:
        values[-1] = round(float(values[-1]) / 86400, 1)
    if figure.id == "accounts.applications" and values[-1] is not None:
        values[-1] = round(float(values[-1]), 1)
    return tuple(values)


def _service_values(values: tuple[Any, ...], figure: Figure) -> tuple[Any, ...]:
    if figure.id == "hours.awards":
        return values[:6]
    return values


def open_copy(tmp: Path) -> Database:
    """A temporary copy of ``NTIP_BENCH_DB``, or a newly seeded county demo database."""
    given = os.environ.get("NTIP_BENCH_DB")
    target = tmp / "county.sqlite3"
    if given:
        shutil.copyfile(given, target)
        return Database(str(target))
    db = Database(str(target))
    db.upgrade(backup=False)
    started = time.perf_counter()
    report = seed(db, "county")
    print(f"seeded the county demo ({report.total_rows:,} rows) in {time.perf_counter() - started:.1f} s")
    return db


def _median_times(first: Callable[[], Any], second: Callable[[], Any], runs: int) -> tuple[float, float, Any, Any]:
    """Medians of ``first`` and ``second`` run in turn (so that a load on the machine weighs on both alike),
    after one warm-up run of each; and their last results."""
    a, b = first(), second()
    times_a, times_b = [], []
    for _ in range(runs):
        started = time.perf_counter()
        a = first()
        times_a.append(time.perf_counter() - started)
        started = time.perf_counter()
        b = second()
        times_b.append(time.perf_counter() - started)
    return statistics.median(times_a), statistics.median(times_b), a, b


def _show(figure: Figure) -> None:
    print(f"  {figure.title}（{figure.group_header}）")
    print("    " + " | ".join(c.header for c in figure.columns))
    for row in (*figure.rows[:8], figure.total):
        print(f"    {row.name}: " + ", ".join("—" if v is None else str(v) for v in row.values))
    if len(figure.rows) > 8:
        print(f"    … {len(figure.rows) - 8} more groups")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--year", type=int)
    parser.add_argument("--by", choices=("county", "organizer", "month"), default="county")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ntip-bench-stats-") as folder:
        db = open_copy(Path(folder))
        try:
            if db.engine.dialect.name != "sqlite":
                print("the bare statements are SQLite's: give a SQLite file", file=sys.stderr)
                return 2
            with db.session() as s:
                year = (
                    args.year
                    or s.execute(
                        select(Course.school_year).group_by(Course.school_year).order_by(func.count().desc()).limit(1)
                    ).scalar_one()
                )
            wanted = StatsFilter(year=year, by=Grouping(args.by))
            start, end = (b.astimezone(UTC).replace(tzinfo=None) for b in (wanted.bounds() or ()))
            params = {"year": year, "start": str(start), "end": str(end)}
            print(f"school year {year}, by {args.by}, {args.runs} runs each (median); SQLite {db.describe()}")
            user = console_user()
            bare = bare_statements(args.by)
            failures = []
            summary = []
            for figure_id, compute in service_figures().items():

                def service(compute: Callable[..., Figure] = compute) -> Figure:
                    with db.session() as s:
                        return compute(s, user, wanted)

                def plain(sql: str = bare[figure_id]) -> list[Any]:
                    with db.engine.connect() as conn:
                        return list(conn.execute(text(sql), params))

                service_s, bare_s, figure, rows = _median_times(service, plain, args.runs)
                _show(figure)
                ratio = service_s / bare_s if bare_s else float("inf")
                summary.append((figure_id, service_s, bare_s, ratio))
                got = {r.key: _service_values(r.values, figure) for r in figure.rows}
                want = {("" if r[0] is None else str(r[0])): _bare_values(r, figure) for r in rows}
                if got != want:
                    failures.append(figure_id)
                    print(f"    ! differs from the bare query: service {got} bare {want}")
            print()
            print(f"  {'figure':<24}{'service ms':>12}{'bare ms':>10}{'ratio':>8}")
            for figure_id, service_s, bare_s, ratio in summary:
                marks = ("" if service_s < TARGET_SECONDS else " > 1 s") + ("" if ratio <= TARGET_RATIO else " > 1.5")
                print(f"  {figure_id:<24}{service_s * 1000:>12.1f}{bare_s * 1000:>10.1f}{ratio:>8.2f}{marks}")
            if failures:
                print(f"numbers differ from the bare statements: {', '.join(failures)}")
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
