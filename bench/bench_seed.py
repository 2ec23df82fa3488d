"""How fast is ``ntip demo seed --scale county``?

Seeds a fresh SQLite file in a temporary folder (and PostgreSQL when ``NTIP_BENCH_PG_URL`` is set: a
database the benchmark may wipe; its ``public`` schema is dropped and re-created) and prints, per table,
the rows written, the seconds spent writing them and rows/s, then the total wall time of ``seed()``
(generation included) and the peak memory of the process.

Targets (SQLite): county scale under 20 s, small under 10 s. Run: ``python bench/bench_seed.py [--scale county] [--runs N]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from ntip_desktop.services.db import Database
from ntip_desktop.services.demo import SeedReport, seed

TARGET_SECONDS = {"county": 20.0, "small": 10.0}


def fresh_sqlite(folder: Path, n: int) -> Database:
    db = Database(str(folder / f"bench-{n}.sqlite3"))
    db.upgrade(backup=False)
    return db


def fresh_postgres(url: str) -> Database:
    db = Database(url)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    db.upgrade(backup=False)
    return db


def show(engine: str, report: SeedReport) -> None:
    print(f"\n{engine}: scale {report.scale}, seed {report.rng_seed}")
    print(f"  {'table':<22}{'rows':>12}{'write s':>10}{'rows/s':>12}")
    for table, rows in sorted(report.counts.items(), key=lambda kv: -kv[1]):
        seconds = report.table_seconds.get(table, 0.0)
        rate = f"{rows / seconds:,.0f}" if seconds > 0 else "-"
        print(f"  {table:<22}{rows:>12,}{seconds:>10.2f}{rate:>12}")
    written = sum(report.table_seconds.values())
    print(f"  {'writing (sum)':<22}{report.total_rows:>12,}{written:>10.2f}{report.total_rows / written:>12,.0f}")
    print(f"  {'seed() total':<22}{report.total_rows:>12,}{report.seconds:>10.2f}{report.rows_per_second:>12,.0f}")
    target = TARGET_SECONDS.get(report.scale) if engine == "SQLite" else None
    if target:
        verdict = "within" if report.seconds < target else "OVER"
        print(f"  target < {target:.0f} s: {verdict} ({report.seconds:.1f} s, commit included)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="county", choices=("small", "county"))
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ntip-bench-") as tmp:
        for n in range(args.runs):
            db = fresh_sqlite(Path(tmp), n)
            report = seed(db, args.scale)
            db.dispose()
            show("SQLite", report)
            size = sum(p.stat().st_size for p in Path(tmp).glob(f"bench-{n}.sqlite3*"))
            print(f"  file size: {size / 2**20:,.0f} MiB")
    pg_url = os.environ.get("NTIP_BENCH_PG_URL")
    if pg_url:
        for _ in range(args.runs):
            db = fresh_postgres(pg_url)
            report = seed(db, args.scale)
            db.dispose()
            show("PostgreSQL", report)
    else:
        print("\nPostgreSQL: skipped (set NTIP_BENCH_PG_URL to a database the benchmark may wipe)")
    try:
        import resource  # Unix only
    except ImportError:  # pragma: no cover
        return 0
    print(f"\npeak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
