"""Real processes for the race and crash tests: clerks deciding at once, ``ntip`` commands run together or killed.

The processes are forks of a fork server (multiprocessing's ``forkserver``) that has imported the program
once, so starting one costs milliseconds, not the seconds of a new interpreter; each is still a separate
process with its own connections, as two desks or two terminals are. Processes started for one race wait
on a shared barrier and go at once.

Imported by the race and crash tests (not a test module itself); the fork server imports it too, so that
the functions below can be run in the children.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, select
from sqlalchemy.orm import configure_mappers

import ntip_desktop.models
from ntip_desktop.services.auth import CurrentUser

#: What the fork server imports before forking: the whole command line and the services the tests call.
_PRELOAD = [
    "ntip_desktop.cli.main",
    "ntip_desktop.cli.accounts_cmd",
    "ntip_desktop.cli.audit_cmd",
    "ntip_desktop.cli.db_cmd",
    "ntip_desktop.cli.demo_cmd",
    "ntip_desktop.cli.hours_cmd",
    "ntip_desktop.cli.hours_db_cmd",
    "ntip_desktop.services.accounts",
    "ntip_desktop.services.attendance",
    "ntip_desktop.services.certificates",
    "ntip_desktop.services.demo",
    "ntip_desktop.services.rulesets",
    "processes",
]
CONTEXT = multiprocessing.get_context("forkserver")
CONTEXT.set_forkserver_preload(_PRELOAD)
assert ntip_desktop.models.Base.metadata.tables
configure_mappers()  # once in the fork server (half a second), not in every process it forks

#: How long a process waits for the others at the barrier, and a test for a process, before giving up.
TIMEOUT = 120


# --- running ``ntip`` in a process ----------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """How an ``ntip`` process ended: its exit code (-9: killed) and what it wrote."""

    exitcode: int
    stdout: str
    stderr: str

    @property
    def killed(self) -> bool:
        return self.exitcode == -signal.SIGKILL


class KillPoints:
    """Kills this process with SIGKILL just before its ``kill_at``-th database statement or commit (1-based),
    as ``kill -9`` would at that moment; counts the points passed, and which of them were commits."""

    def __init__(self, kill_at: int | None) -> None:
        self.kill_at = kill_at
        self.passed = 0
        self.commits: list[int] = []
        event.listen(Engine, "before_cursor_execute", self._statement)
        event.listen(Engine, "commit", self._commit)

    def _point(self) -> None:
        self.passed += 1
        if self.passed == self.kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def _statement(self, *_args: object) -> None:
        self._point()

    def _commit(self, *_args: object) -> None:
        self._point()
        self.commits.append(self.passed)

    def write(self, path: str) -> None:
        Path(path).write_text(json.dumps({"points": self.passed, "commits": self.commits}))


def _ntip_child(
    argv: Sequence[str],
    out: str,
    err: str,
    barrier: Any,
    kill_at: int | None,
    points_file: str | None,
    prepare: Callable[[], None] | None,
) -> None:
    from ntip_desktop.cli.main import main

    for fd, path in ((1, out), (2, err)):
        target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(target, fd)
        os.close(target)
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    sys.stderr.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    if prepare is not None:
        prepare()
    points = KillPoints(kill_at)
    if barrier is not None:
        barrier.wait(TIMEOUT)
    try:
        code = main(list(argv))
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        if points_file is not None:
            points.write(points_file)
    sys.exit(code)


def run_ntip(
    tmp: Path,
    *argvs: Sequence[str],
    kill_at: int | None = None,
    kill_after: float | None = None,
    points_file: Path | None = None,
    prepare: Callable[[], None] | None = None,
) -> list[Run]:
    """Run ``ntip`` once per ``argv``, all at once (released together by a barrier), in processes.

    ``kill_at``: each process kills itself with SIGKILL just before its ``kill_at``-th statement or commit.
    ``kill_after``: each process still running that many seconds after its start is sent SIGKILL, wherever
    it is (inside SQLite's commit, say).
    ``points_file``: where a process that ends writes how many such points it passed, and which were
    commits (JSON ``{"points": n, "commits": [...]}``).
    ``prepare``: called in each process before it starts (a module-level function, for the fork server).
    """
    barrier = CONTEXT.Barrier(len(argvs)) if len(argvs) > 1 else None
    jobs = []
    for n, argv in enumerate(argvs):
        out, err = tmp / f"ntip-{n}.out", tmp / f"ntip-{n}.err"
        proc = CONTEXT.Process(
            target=_ntip_child,
            args=(list(argv), str(out), str(err), barrier, kill_at, str(points_file) if points_file else None, prepare),
        )
        proc.start()
        jobs.append((proc, out, err))
    if kill_after is not None:
        for proc, _, _ in jobs:
            proc.join(kill_after)
            if proc.exitcode is None:
                proc.kill()
    runs = []
    for proc, out, err in jobs:
        proc.join(TIMEOUT)
        if proc.exitcode is None:
            proc.kill()
            proc.join()
            raise AssertionError(f"ntip did not finish within {TIMEOUT} s: {err.read_text(encoding='utf-8')}")
        runs.append(Run(proc.exitcode, out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8")))
    return runs


def small_demo() -> None:
    """``prepare`` for ``demo seed``: the ``small`` scale shrunk to a few dozen rows per table (same code,
    same tables, a second instead of several)."""
    import dataclasses

    from ntip_desktop.models import OrgKind
    from ntip_desktop.services.demo.scales import SCALES

    SCALES["small"] = dataclasses.replace(
        SCALES["small"],
        schools=((OrgKind.ELEMENTARY, 22, 1), (OrgKind.JUNIOR_HIGH, 4, 0), (OrgKind.SENIOR_HIGH, 2, 0)),
        universities=1,
        teacher_universities=1,
        social_edu=1,
        subject_centers=1,
        teachers=60,
        courses=12,
        enrollments=240,
        applications=12,
        restricted_courses=1,
        awarded_courses=2,
    )


# --- clerks deciding one account application at once ----------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """One clerk's decision on an application: the move, who makes it, and whether the copy stays open.

    ``held``: the clerk's session keeps the copy it read before the barrier, so both clerks pass every check
    before either writes (the race at its narrowest). Otherwise the decision reads the application again
    after the barrier with the version the clerk saw, as the desk's task runner does (a fresh session).
    """

    action: str
    user: CurrentUser
    held: bool = True


@dataclass(frozen=True)
class Outcome:
    n: int  #: the decision's place in the list given to :func:`decide_at_once`
    action: str
    error: str  #: the exception's class name ("" when the decision was made)
    message: str  #: the transition's message, or the error's (with a traceback when unexpected)
    new_state: str = ""


def _decide(session: Any, decision: Decision, number: str, version: int) -> Any:
    from ntip_desktop.services import accounts

    user, action = decision.user, decision.action
    if action == "receive_fax":
        return accounts.record_fax_received(session, user, number, pages=2, expected_version=version)
    if action == "approve":
        return accounts.approve(session, user, number, expected_version=version)
    if action == "return":
        return accounts.return_for_correction(session, user, number, "缺機關印信", expected_version=version)
    if action == "reject":
        return accounts.reject(session, user, number, "資料不符", expected_version=version)
    if action == "answer_return":
        return accounts.answer_return(session, user, number, "已補印信", expected_version=version)
    if action == "bulk_approve":
        app_id = accounts.find_by_number(session, user, number).id
        targets = [accounts.BulkTarget(app_id, version)]
        return accounts.decide_many(session, user, targets, "approve").transitions[0]
    raise ValueError(action)


def _decision_child(url: str, number: str, n: int, decision: Decision, barrier: Any, results: Any) -> None:
    from ntip_desktop.errors import UserError
    from ntip_desktop.models import AccountApplication
    from ntip_desktop.services.db import Database

    db = Database(url)
    session = db.new_session()
    try:
        seen = session.execute(select(AccountApplication).where(AccountApplication.number == number)).scalar_one()
        version = seen.version
        if not decision.held:
            session.rollback()
            session.expunge_all()
            del seen
        barrier.wait(TIMEOUT)
        done = _decide(session, decision, number, version)
        session.commit()
        results.put(Outcome(n, decision.action, "", done.message, done.new_state.value))
    except UserError as exc:
        session.rollback()
        results.put(Outcome(n, decision.action, type(exc).__name__, exc.message))
    except Exception as exc:  # a bug: report it whole
        session.rollback()
        results.put(Outcome(n, decision.action, type(exc).__name__, traceback.format_exc()))
    finally:
        session.close()
        db.dispose()


def decide_at_once(url: str, number: str, decisions: Sequence[Decision]) -> list[Outcome]:
    """Each decision in its own process on the database at ``url``, released together; outcomes in order."""
    barrier = CONTEXT.Barrier(len(decisions))
    results = CONTEXT.Queue()
    procs = [
        CONTEXT.Process(target=_decision_child, args=(url, number, n, d, barrier, results))
        for n, d in enumerate(decisions)
    ]
    for proc in procs:
        proc.start()
    outcomes = [results.get(timeout=TIMEOUT) for _ in procs]
    for proc in procs:
        proc.join(TIMEOUT)
        assert proc.exitcode == 0, f"a clerk's process ended with {proc.exitcode}"
    return sorted(outcomes, key=lambda o: o.n)


# --- administrators changing office users at once --------------------------------------------------------


@dataclass(frozen=True)
class UserChange:
    """One administrator disabling (or demoting) another office user; the row is read before the barrier."""

    admin: CurrentUser
    target: Any  #: the office user's id
    action: str  #: ``disable`` or ``demote``


def _user_change_child(url: str, n: int, change: UserChange, barrier: Any, results: Any) -> None:
    from ntip_desktop.errors import UserError
    from ntip_desktop.models import OfficeUser, Role
    from ntip_desktop.services import users
    from ntip_desktop.services.db import Database

    db = Database(url)
    session = db.new_session()
    try:
        seen = session.get(OfficeUser, change.target)
        assert seen is not None
        barrier.wait(TIMEOUT)
        if change.action == "disable":
            users.set_user_active(
                session, change.admin, change.target, False, "同時停用", expected_version=seen.version
            )
        else:
            users.update_user(
                session,
                change.admin,
                change.target,
                display_name=seen.display_name,
                role=Role.CERTIFICATE_STAFF,
                expected_version=seen.version,
            )
        session.commit()
        results.put(Outcome(n, change.action, "", ""))
    except UserError as exc:
        session.rollback()
        results.put(Outcome(n, change.action, type(exc).__name__, exc.message))
    except Exception as exc:  # a bug (a deadlock, a raw database error): report it whole
        session.rollback()
        results.put(Outcome(n, change.action, type(exc).__name__, traceback.format_exc()))
    finally:
        session.close()
        db.dispose()


def change_users_at_once(url: str, changes: Sequence[UserChange]) -> list[Outcome]:
    """Each change in its own process on the database at ``url``, released together; outcomes in order."""
    barrier = CONTEXT.Barrier(len(changes))
    results = CONTEXT.Queue()
    procs = [
        CONTEXT.Process(target=_user_change_child, args=(url, n, c, barrier, results)) for n, c in enumerate(changes)
    ]
    for proc in procs:
        proc.start()
    outcomes = [results.get(timeout=TIMEOUT) for _ in procs]
    for proc in procs:
        proc.join(TIMEOUT)
        assert proc.exitcode == 0, f"an administrator's process ended with {proc.exitcode}"
    return sorted(outcomes, key=lambda o: o.n)


# --- clerks editing one setting, fax check, rule set or certificate at once -------------------------------


@dataclass(frozen=True)
class Edit:
    """One person's edit of a record others edit too, made against what they saw before the barrier.

    ``kind``: ``fax_check`` (``target`` an application number, ``value`` (item, ticked)), ``approve`` (``target``
    an application number), ``seal`` (``target`` a
    county code, ``value`` the PNG), ``offset`` (``target`` a printer, ``value`` (x, y)), ``rule_set``
    (``value`` the adjustments), ``reissue`` (``target`` a certificate number), ``issue`` (``target`` a course
    code), ``office_key`` (``target`` a county code), ``trust`` (``target`` an organisation code, ``value`` an installation's public line). What was seen (the version) is read before the barrier, in the session that then writes.
    """

    kind: str
    user: CurrentUser
    target: Any = None
    value: Any = None


def _seen(session: Any, edit: Edit) -> Any:
    """What the person looked at: the version their change is made against."""
    from ntip_desktop.models import AccountApplication, Certificate, FaxCheck
    from ntip_desktop.services import certificates
    from ntip_desktop.services.rulesets import rule_set_in_force

    if edit.kind == "fax_check":
        app = session.execute(select(AccountApplication).where(AccountApplication.number == edit.target)).scalar_one()
        check = session.execute(
            select(FaxCheck).where(FaxCheck.application_id == app.id, FaxCheck.item == edit.value[0])
        ).scalar_one_or_none()
        return check.version if check is not None else 0
    if edit.kind == "approve":
        app = session.execute(select(AccountApplication).where(AccountApplication.number == edit.target)).scalar_one()
        assert all(c.ok for c in app.fax_checks)  # the approving clerk's copy: the checklist complete
        return app.version
    if edit.kind == "seal":
        return certificates.seal_version(session, edit.user, edit.target)
    if edit.kind == "offset":
        found = [o.version for o in certificates.list_printer_offsets(session, edit.user) if o.printer == edit.target]
        return found[0] if found else 0
    if edit.kind == "rule_set":
        return rule_set_in_force(session).version
    if edit.kind == "reissue":  # the certificate is read as the page shows it, and kept in the session
        return session.execute(select(Certificate).where(Certificate.number == edit.target)).scalar_one()
    return None


def _edit(session: Any, edit: Edit, seen: Any) -> str:
    """Make the edit; what it did, in words the test can check."""
    from ntip_desktop.services import accounts, certificates, rulesets

    if edit.kind == "fax_check":
        item, ticked = edit.value
        accounts.set_fax_check(session, edit.user, edit.target, item, ticked, expected_version=seen)
        return str(ticked)
    if edit.kind == "approve":
        return accounts.approve(session, edit.user, edit.target, expected_version=seen).new_state.value
    if edit.kind == "seal":
        certificates.store_seal(session, edit.user, edit.target, edit.value, expected_version=seen)
        return edit.target
    if edit.kind == "offset":
        x, y = edit.value
        certificates.set_printer_offset(session, edit.user, edit.target, x, y, expected_version=seen)
        return f"{x},{y}"
    if edit.kind == "rule_set":
        return rulesets.save_adjusted(session, edit.user, edit.value, "同時調整", expected_version=seen).version
    if edit.kind == "reissue":
        result = certificates.reissue_certificate(session, edit.user, edit.target, "同時補發")
        return ",".join(c.number for c in result.issued)
    if edit.kind == "issue":
        result = certificates.issue_certificates(session, edit.user, certificates.Selection(course_code=edit.target))
        return ",".join(c.number for c in result.issued)
    if edit.kind == "office_key":  # the office's first issue needs its key (made once)
        import base64

        from ntip_desktop.services.certificates.codes import office_key_for_issue

        return base64.b64encode(office_key_for_issue(session, edit.user.actor(), edit.target)).decode("ascii")
    if edit.kind == "trust":
        from ntip_desktop.services import packages

        trusted = packages.trust_installation(session, edit.user, edit.value, edit.target)
        return "created" if trusted.created else "found"
    raise ValueError(edit.kind)


def _edit_child(url: str, n: int, edit: Edit, barrier: Any, results: Any) -> None:
    from ntip_desktop.errors import UserError
    from ntip_desktop.services.db import Database

    db = Database(url)
    session = db.new_session()
    try:
        seen = _seen(session, edit)
        barrier.wait(TIMEOUT)
        done = _edit(session, edit, seen)
        session.commit()
        results.put(Outcome(n, edit.kind, "", done))
    except UserError as exc:
        session.rollback()
        results.put(Outcome(n, edit.kind, type(exc).__name__, exc.message))
    except Exception as exc:  # a bug (a raw IntegrityError, a deadlock): report it whole
        session.rollback()
        results.put(Outcome(n, edit.kind, type(exc).__name__, traceback.format_exc()))
    finally:
        session.close()
        db.dispose()


def edit_at_once(url: str, edits: Sequence[Edit]) -> list[Outcome]:
    """Each edit in its own process on the database at ``url``, released together; outcomes in order."""
    barrier = CONTEXT.Barrier(len(edits))
    results = CONTEXT.Queue()
    procs = [CONTEXT.Process(target=_edit_child, args=(url, n, e, barrier, results)) for n, e in enumerate(edits)]
    for proc in procs:
        proc.start()
    outcomes = [results.get(timeout=TIMEOUT) for _ in procs]
    for proc in procs:
        proc.join(TIMEOUT)
        assert proc.exitcode == 0, f"a clerk's process ended with {proc.exitcode}"
    return sorted(outcomes, key=lambda o: o.n)
