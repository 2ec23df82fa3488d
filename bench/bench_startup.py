"""How fast does NTIP Desk put its window on screen?

Times, in fresh subprocesses, from process start to a window shown and painted (an event-loop turn after
its first paint event):

(a) a bare PySide6 program that only opens a QMainWindow;
(b) ``ntip-desktop`` (``ntip_desktop.views.app.main``) on ``--db URL`` (default: a new SQLite file each run);
(c) for (b) also: the sign-in dialog (or, on a new database, the first-run dialog) painted, i.e. the
    database opened and migrated on the worker thread and its users counted.

Runs alternate between (a) and (b); medians are reported. Targets: (b)/(a) ≤ 1.5; (c) under 0.5 s on the
county demo database (1M enrollments; issue 14): after the first paint a look with the standard library finds
the file up to date and with users, and the sign-in dialog shows while SQLAlchemy loads behind it; Alembic,
the ORM and the models are not loaded for it. Without a display the children use Qt's offscreen platform.

Run: ``python bench/bench_startup.py [--db URL] [--runs 5]`` (the county demo database comes from
``ntip --db county.sqlite3 demo seed --scale county``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 1.5
#: Seconds from process start to the sign-in dialog painted, on the county demo database.
TARGET_DIALOG = 0.5


# --- the child processes ------------------------------------------------------------------------------


def _paint_probe(targets: dict[str, str], on_report=None):  # type: ignore[no-untyped-def]
    """An event filter printing ``<label> <monotonic>`` one event-loop turn after the first paint of each
    watched object named in ``targets`` (object name → label); ``on_report(label)`` is called then.

    Install it on the window itself, not app-wide: a Python filter called for every event of every widget
    would slow the program with more widgets and skew the comparison."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Probe(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen: set[str] = set()

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                label = targets.get(obj.objectName())
                if label is not None and label not in self.seen:
                    self.seen.add(label)
                    QTimer.singleShot(0, lambda: self.report(label))
            return False

        def report(self, label: str) -> None:
            print(label, time.monotonic(), flush=True)
            if on_report is not None:
                on_report(label)

    return Probe()


def child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    probe = _paint_probe({"bare": "window"}, lambda _label: os._exit(0))
    window = QMainWindow()
    window.setObjectName("bare")
    window.installEventFilter(probe)
    window.resize(1180, 740)
    window.show()
    app.exec()


def child_app(db: str) -> None:
    from PySide6.QtWidgets import QApplication

    from ntip_desktop.views import app as desk_app
    from ntip_desktop.views.main_window import MainWindow

    dialogs = _paint_probe({"loginDialog": "dialog", "firstRunDialog": "dialog"}, lambda _label: os._exit(0))

    def window_painted(_label: str) -> None:  # now watch the whole app for the sign-in dialog
        QApplication.instance().installEventFilter(dialogs)

    window = _paint_probe({"mainWindow": "window"}, window_painted)
    build = MainWindow.__init__

    def build_and_watch(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        build(self, *args, **kwargs)
        self.installEventFilter(window)

    MainWindow.__init__ = build_and_watch
    desk_app.main(["--db", db])


# --- the parent -----------------------------------------------------------------------------------------


def _run(args: list[str], env: dict[str, str]) -> dict[str, float]:
    started = time.monotonic()
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, env=env, timeout=300)
    if proc.returncode != 0:
        raise SystemExit(f"child {args} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    times = {}
    for line in proc.stdout.splitlines():
        label, _, stamp = line.partition(" ")
        times[label] = float(stamp) - started
    return times


def _fmt(values: list[float]) -> str:
    return f"median {statistics.median(values):.3f} s  (runs: {', '.join(f'{v:.3f}' for v in values)})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", metavar="URL", help="database to open (default: a new SQLite file for each run)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", choices=["bare", "app"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "bare":
        child_bare()
        return 0
    if args.child == "app":
        child_app(args.db)
        return 0

    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    platform = env.get("QT_QPA_PLATFORM") or "default display"
    bare: list[float] = []
    window: list[float] = []
    dialog: list[float] = []
    with tempfile.TemporaryDirectory(prefix="ntip-bench-startup-") as tmp:
        env.setdefault("XDG_CONFIG_HOME", str(Path(tmp) / "config"))  # QSettings of the runs stay here
        env.setdefault("XDG_STATE_HOME", str(Path(tmp) / "state"))
        _run(["--child", "bare"], env)  # warm the file cache once for both
        _run(["--child", "app", "--db", args.db or str(Path(tmp) / "warm.sqlite3")], env)
        for i in range(args.runs):
            bare.append(_run(["--child", "bare"], env)["window"])
            db = args.db or str(Path(tmp) / f"run{i}.sqlite3")
            times = _run(["--child", "app", "--db", db], env)
            window.append(times["window"])
            dialog.append(times["dialog"])
    ratio = statistics.median(window) / statistics.median(bare)
    where = args.db or "a new SQLite file each run (created and migrated at start)"
    print(f"platform: {platform}; runs: {args.runs}; database: {where}")
    print(f"(a) bare PySide6 QMainWindow painted:   {_fmt(bare)}")
    print(f"(b) NTIP Desk main window painted:      {_fmt(window)}")
    print(f"    ratio (b)/(a): {ratio:.2f}  (target ≤ {TARGET_RATIO}: {'met' if ratio <= TARGET_RATIO else 'NOT met'})")
    print(f"(c) NTIP Desk sign-in dialog painted:   {_fmt(dialog)}")
    met = statistics.median(dialog) < TARGET_DIALOG
    print(f"    target (c) < {TARGET_DIALOG} s (on the county database): {'met' if met else 'NOT met'}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
