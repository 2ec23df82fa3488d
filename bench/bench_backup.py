"""How fast are ``ntip backup`` and ``ntip restore`` on the county demo database (SQLite)?

Seeds ``ntip demo seed --scale county`` into a temporary SQLite file (a few minutes), or uses the file named by
``NTIP_BENCH_DB`` as it is (it is only read), then backs it up to a ZIP, checks the ZIP (hashes, sizes, row
counts: what a restore does before it writes) and restores it into a fresh SQLite file, printing seconds and
rows/s for each step (and the process's CPU seconds: the machine may be shared), the backup's size, and the tables with the most rows. With ``NTIP_BENCH_PG_URL`` (a
database the benchmark may wipe: its ``public`` schema is dropped and re-created) the backup is also restored
into PostgreSQL.

Run: ``python bench/bench_backup.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from ntip_desktop.services import backup
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database, open_database
from ntip_desktop.services.demo import seed


def _county(folder: Path) -> Path:
    given = os.environ.get("NTIP_BENCH_DB")
    if given:
        return Path(given)
    path = folder / "county.sqlite3"
    db = open_database(str(path))
    started = time.perf_counter()
    report = seed(db, "county")
    db.dispose()
    print(f"seeded the county demo database: {report.total_rows:,} rows in {time.perf_counter() - started:.0f} s")
    return path


def _fresh_postgres(url: str) -> Database:
    db = Database(url)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    db.upgrade(backup=False)
    return db


def _line(what: str, rows: int, seconds: float, cpu: float) -> None:
    print(f"  {what:<44}{rows:>12,}{seconds:>10.2f}{cpu:>10.2f}{rows / seconds:>14,.0f}")


class _Clock:
    """Wall and process CPU seconds since the last reading (CPU: a fairer figure on a shared machine)."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        lap = (wall - self.wall, cpu - self.cpu)
        self.wall, self.cpu = wall, cpu
        return lap


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    user = console_user()
    with tempfile.TemporaryDirectory(prefix="ntip-bench-") as tmp:
        folder = Path(tmp)
        source_path = _county(folder)
        source = open_database(str(source_path), read_only=True)
        for n in range(args.runs):
            out = folder / f"backup-{n}.zip"
            print(f"\nrun {n + 1}: {source_path.name} ({source_path.stat().st_size / 2**20:,.0f} MiB)")
            print(f"  {'step':<44}{'rows':>12}{'seconds':>10}{'CPU s':>10}{'rows/s':>14}")
            clock = _Clock()
            made = backup.backup_database(source, user, out)
            rows = made.manifest.rows
            _line("backup (SQLite → ZIP)", rows, *clock.lap())
            backup.read_backup(out)
            _line("check the ZIP (hashes, counts)", rows, *clock.lap())
            target = open_database(str(folder / f"restored-{n}.sqlite3"))
            clock.lap()
            restored = backup.restore_database(target, user, out)
            _line("restore (ZIP → SQLite, checked, verified)", rows, *clock.lap())
            target.dispose()
            pg_url = os.environ.get("NTIP_BENCH_PG_URL")
            if pg_url:
                pg = _fresh_postgres(pg_url)
                clock.lap()
                backup.restore_database(pg, user, out)
                _line("restore (ZIP → PostgreSQL, ...)", rows, *clock.lap())  # (its server's CPU not counted)
                pg.dispose()
            print(
                f"  backup file: {out.stat().st_size / 2**20:,.1f} MiB; audit log: {restored.audit.entries:,} entries"
            )
            biggest = sorted(made.manifest.tables, key=lambda t: -t.rows)[:5]
            print("  largest tables: " + ", ".join(f"{t.table} {t.rows:,}" for t in biggest))
        source.dispose()
        if not os.environ.get("NTIP_BENCH_PG_URL"):
            print("\nPostgreSQL: skipped (set NTIP_BENCH_PG_URL to a database the benchmark may wipe)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
