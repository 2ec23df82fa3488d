"""Two people editing one record at once, in two real processes, on both engines (issue 12 item 4).

The records are the ones locked by 0012's versions (a fax check mark, an office setting: a seal or a printer
offset, the rule set in force) and the certificates (re-issuing one, issuing a course). For each: the first to
commit wins, the other is told in words what changed, who changed it and when (a ConflictError, never a raw
unique-key or stale-data error), the database holds exactly the winner's change, and only the winner has an
audit entry. Both the first write of a record (both insert the same key) and a change of an existing one.
"""

from __future__ import annotations

import base64
import io
import re

import pytest
from account_world import World, business_input
from certificate_world import COURSE, CertWorld, build_certificate_world
from processes import Edit, Outcome, edit_at_once
from sqlalchemy import delete, func, select

from ntip_desktop.errors import ConflictError
from ntip_desktop.models import (
    AccountApplication,
    ApplicationState,
    AuditEntry,
    Certificate,
    CertificateSerial,
    CertificateState,
    FaxCheck,
    FaxCheckItem,
    RuleSetRecord,
    Setting,
)
from ntip_desktop.services import accounts, audit, certificates, rulesets
from ntip_desktop.services.accounts.intake import submit_application
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.certificates import Selection
from ntip_desktop.services.db import Database

#: When, as a message says it (民國 date and time).
WHEN = r"\d+/\d\d/\d\d \d\d:\d\d"


@pytest.fixture
def cw(database: Database) -> CertWorld:
    return build_certificate_world(database)


def _one_winner(outcomes: list[Outcome]) -> tuple[Outcome, Outcome]:
    winners = [o for o in outcomes if not o.error]
    losers = [o for o in outcomes if o.error]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    assert losers[0].error == "ConflictError", losers[0].message
    return winners[0], losers[0]


def _audit(database: Database, entity: str, entity_id: str, action: str | None = None) -> list[tuple[str, str]]:
    """(action, who) of the record's audit entries, oldest first."""
    with database.session() as s:
        stmt = select(AuditEntry.action, AuditEntry.actor_name).where(
            AuditEntry.entity == entity, AuditEntry.entity_id == entity_id
        )
        if action is not None:
            stmt = stmt.where(AuditEntry.action == action)
        return [tuple(r) for r in s.execute(stmt.order_by(AuditEntry.seq))]  # type: ignore[misc]


def _chain_verifies(database: Database) -> bool:
    with database.session() as s:
        return audit.verify(s, console_user()).ok


def _png(size: int) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGBA", (size, size), (200, 0, 0, 255)).save(buffer, "PNG")
    return buffer.getvalue()


# --- fax check marks --------------------------------------------------------------------------------------


def _application_on_the_desk(database: Database, world: World, *, with_rows: bool) -> str:
    """A business application of 建國中學 whose fax arrived; ``with_rows=False``: its checklist has no rows
    yet (as an application brought in before the checklist was written at 收件)."""
    with database.session() as s:
        number = submit_application(s, world.coordinator, business_input(login_id="ckhs.check")).number
    with database.session() as s:
        accounts.record_fax_received(s, world.clerk, number, pages=2)
    if not with_rows:
        with database.session() as s:
            app_id = s.execute(select(AccountApplication.id).where(AccountApplication.number == number)).scalar_one()
            s.execute(delete(FaxCheck).where(FaxCheck.application_id == app_id))
    return number


@pytest.mark.parametrize("with_rows", [True, False], ids=["change", "first-write"])
def test_two_clerks_ticking_one_fax_check_at_once_one_is_told(
    database: Database, cw: CertWorld, with_rows: bool
) -> None:
    world = cw.world
    number = _application_on_the_desk(database, world, with_rows=with_rows)
    item = FaxCheckItem.SEAL
    label = accounts.fax_check_label(item)
    with database.session() as s:
        app_id = str(accounts.find_by_number(s, world.clerk, number).id)
    clerks = [world.clerk, world.admin]
    outcomes = edit_at_once(database.url, [Edit("fax_check", u, number, (item, True)) for u in clerks])

    winner, loser = _one_winner(outcomes)
    won_by = clerks[winner.n].display_name
    assert re.search(
        rf"傳真檢核「{label}」已由 {won_by} 於 {WHEN} 變更（目前：已勾選），您的勾選沒有寫入。請重新開啟 {number}",
        loser.message,
    ), loser.message
    with database.session() as s:
        check = s.execute(
            select(FaxCheck).join(AccountApplication).where(AccountApplication.number == number, FaxCheck.item == item)
        ).scalar_one()
        assert check.ok and check.version == (2 if with_rows else 1)
        assert check.checked_by_id == clerks[winner.n].office_user_id
    assert _audit(database, "account_application", app_id, "fax_check") == [("fax_check", won_by)]
    assert _chain_verifies(database)


def test_an_approval_and_an_untick_at_once_never_approve_with_an_item_unticked(
    database: Database, cw: CertWorld
) -> None:
    """One clerk approves a complete checklist while another unticks 印信: either the untick comes first and
    the approval is refused for the incomplete checklist, or the approval comes first and the untick is
    refused for the application's new state. Never both."""
    world = cw.world
    number = _application_on_the_desk(database, world, with_rows=True)
    with database.session() as s:
        for item in FaxCheckItem:
            accounts.set_fax_check(s, world.clerk, number, item, True)
    outcomes = edit_at_once(
        database.url,
        [Edit("approve", world.clerk, number), Edit("fax_check", world.admin, number, (FaxCheckItem.SEAL, False))],
    )

    approve, untick = outcomes
    assert [bool(approve.error), bool(untick.error)].count(True) == 1, outcomes
    with database.session() as s:
        app = s.execute(select(AccountApplication).where(AccountApplication.number == number)).scalar_one()
        seal = next(c for c in app.fax_checks if c.item is FaxCheckItem.SEAL)
        if approve.error:
            assert approve.error == "UserError" and "傳真檢核尚未完成：" in approve.message, approve.message
            assert app.state is ApplicationState.FAX_RECEIVED and not seal.ok
        else:
            assert untick.error == "ConflictError" and "處理（目前狀態：已核准）" in untick.message, untick.message
            assert app.state is ApplicationState.APPROVED and seal.ok
    assert _chain_verifies(database)


def test_a_tick_on_a_stale_copy_of_the_checklist_is_refused(database: Database, cw: CertWorld) -> None:
    """The clerk looked (version 1); another clerk ticked and unticked it since: nothing is written."""
    world = cw.world
    number = _application_on_the_desk(database, world, with_rows=True)
    item = FaxCheckItem.HEAD_SIGNATURE
    with database.session() as s:
        app_id = accounts.find_by_number(s, world.clerk, number).id
        [seen] = [c for c in accounts.application_detail(s, world.clerk, app_id).fax_checks if c.item is item]
    with database.session() as s:
        accounts.set_fax_check(s, world.admin, number, item, True, expected_version=seen.version)
    with database.session() as s:
        accounts.set_fax_check(s, world.admin, number, item, False, expected_version=seen.version + 1)
    with pytest.raises(ConflictError, match=r"已由 陳主任 於 .* 變更（目前：未勾選）"), database.session() as s:
        accounts.set_fax_check(s, world.clerk, number, item, True, expected_version=seen.version)
    with database.session() as s:
        [now] = [c for c in accounts.application_detail(s, world.clerk, app_id).fax_checks if c.item is item]
    assert (now.ok, now.version) == (False, seen.version + 2)


# --- office settings: seals and printer offsets ------------------------------------------------------------


@pytest.mark.parametrize("stored_before", [True, False], ids=["change", "first-write"])
def test_two_staff_storing_one_offices_seal_at_once_one_is_told(
    database: Database, cw: CertWorld, stored_before: bool
) -> None:
    world = cw.world
    if stored_before:
        with database.session() as s:
            certificates.store_seal(s, world.admin, "63", _png(48))
    before = _audit(database, "setting", "certificates.seal.63")
    staff = [world.certificate_staff, world.admin]
    pngs = [_png(64), _png(80)]
    outcomes = edit_at_once(database.url, [Edit("seal", u, "63", png) for u, png in zip(staff, pngs, strict=True)])

    winner, loser = _one_winner(outcomes)
    won_by = staff[winner.n].display_name
    assert re.search(
        rf"臺北市政府教育局的印信圖檔已由 {won_by} 於 {WHEN} 更新，您的修改沒有寫入。請重新載入後再試。", loser.message
    ), loser.message
    with database.session() as s:
        info = certificates.seal_info(s, "63")
        assert info is not None and info.width_px == (64, 80)[winner.n]  # the winner's image, not a mix
        assert info.version == (2 if stored_before else 1)
    assert _audit(database, "setting", "certificates.seal.63") == [*before, ("set", won_by)]
    assert _chain_verifies(database)


@pytest.mark.parametrize("stored_before", [True, False], ids=["change", "first-write"])
def test_two_staff_calibrating_one_printer_at_once_one_is_told(
    database: Database, cw: CertWorld, stored_before: bool
) -> None:
    world = cw.world
    printer = "HP LaserJet 4F"
    if stored_before:
        with database.session() as s:
            certificates.set_printer_offset(s, world.admin, printer, 1.0, 1.0)
    key = "certificates.printer_offset." + printer
    before = _audit(database, "setting", key)
    staff = [world.certificate_staff, world.admin]
    moves = [(2.5, -1.0), (-3.0, 4.5)]
    outcomes = edit_at_once(database.url, [Edit("offset", u, printer, m) for u, m in zip(staff, moves, strict=True)])

    winner, loser = _one_winner(outcomes)
    won_by = staff[winner.n].display_name
    assert re.search(rf"印表機「{printer}」的位移已由 {won_by} 於 {WHEN} 更新", loser.message), loser.message
    with database.session() as s:
        assert certificates.printer_offset(s, printer) == moves[winner.n]
        assert s.get(Setting, key).version == (2 if stored_before else 1)  # type: ignore[union-attr]
    assert _audit(database, "setting", key) == [*before, ("set", won_by)]
    assert _chain_verifies(database)


def test_a_change_of_a_seal_someone_removed_or_replaced_since_is_refused(database: Database, cw: CertWorld) -> None:
    world, staff = cw.world, cw.world.certificate_staff
    with database.session() as s:
        seen = certificates.seal_version(s, staff, "64")  # none yet
    with database.session() as s:
        certificates.store_seal(s, world.admin, "64", _png(48), expected_version=seen)
    with pytest.raises(ConflictError, match="高雄市政府教育局的印信圖檔已由 陳主任 於"), database.session() as s:
        certificates.store_seal(s, staff, "64", _png(64), expected_version=seen)
    with database.session() as s:
        shown = certificates.seal_version(s, staff, "64")
    with database.session() as s:
        certificates.remove_seal(s, world.admin, "64", expected_version=shown)
    with pytest.raises(ConflictError, match="已由 陳主任 於"), database.session() as s:
        certificates.remove_seal(s, staff, "64", expected_version=shown)
    with database.session() as s:
        assert certificates.seal_info(s, "64") is None


# --- the rule set in force --------------------------------------------------------------------------------


@pytest.mark.parametrize("saved_before", [True, False], ids=["change", "first-write"])
def test_two_admins_adjusting_the_rules_at_once_one_is_told(
    database: Database, cw: CertWorld, saved_before: bool
) -> None:
    admin = cw.world.admin
    if saved_before:
        with database.session() as s:
            rulesets.save_adjusted(s, admin, {"daily_cap_hours": 8}, "本縣專案")
    with database.session() as s:
        basis = rulesets.rule_set_in_force(s)
        saved = s.execute(select(func.count()).select_from(RuleSetRecord)).scalar_one()
    adjustments = [{"daily_cap_hours": 9}, {"daily_cap_hours": 10}]
    outcomes = edit_at_once(database.url, [Edit("rule_set", admin, None, a) for a in adjustments])

    winner, loser = _one_winner(outcomes)
    assert re.search(
        rf"規則參數已由 陳主任 於 {WHEN} 調整（目前施行版本：{re.escape(winner.message)}，"
        rf"您調整的是 {re.escape(basis.version)}），您的調整沒有寫入。",
        loser.message,
    ), loser.message
    with database.session() as s:
        in_force = rulesets.rule_set_in_force(s)
        assert in_force.version == winner.message and in_force.daily_cap_hours == (9, 10)[winner.n]
        assert s.execute(select(func.count()).select_from(RuleSetRecord)).scalar_one() == saved + 1
        assert s.execute(select(func.count()).where(RuleSetRecord.in_force.is_(True))).scalar_one() == 1
    assert [a for a, _ in _audit(database, "rule_set", winner.message)] == ["adjust"]
    with database.session() as s:
        adjusted = s.execute(select(func.count()).where(AuditEntry.action == "adjust")).scalar_one()
    assert adjusted == saved + 1
    assert _chain_verifies(database)


def test_an_adjustment_of_a_rule_set_no_longer_in_force_is_refused(database: Database, cw: CertWorld) -> None:
    """One admin adjusts what they saw; another put a new rule set in force since: it is not overwritten."""
    admin = cw.world.admin
    with database.session() as s:
        seen = rulesets.rule_set_in_force(s).version
    with database.session() as s:
        theirs = rulesets.save_adjusted(s, admin, {"daily_cap_hours": 8}, "本縣專案", expected_version=seen)
    with pytest.raises(ConflictError, match=f"目前施行版本：{re.escape(theirs.version)}"), database.session() as s:
        rulesets.save_adjusted(s, admin, {"daily_cap_hours": 10}, "另案", expected_version=seen)
    with database.session() as s:
        assert rulesets.rule_set_in_force(s).daily_cap_hours == 8


# --- certificates -----------------------------------------------------------------------------------------


def _certificates(database: Database) -> list[tuple[str, object, CertificateState]]:
    with database.session() as s:
        return [
            tuple(r)  # type: ignore[misc]
            for r in s.execute(
                select(Certificate.number, Certificate.award_id, Certificate.state).order_by(Certificate.serial)
            )
        ]


def test_two_staff_reissuing_one_certificate_at_once_make_one_new_certificate(
    database: Database, cw: CertWorld
) -> None:
    world = cw.world
    with database.session() as s:
        old = certificates.issue_certificates(s, world.certificate_staff, Selection(course_code=COURSE)).issued[0]
    staff = [world.certificate_staff, world.admin]
    outcomes = edit_at_once(database.url, [Edit("reissue", u, old.number) for u in staff])

    winner, loser = _one_winner(outcomes)
    won_by = staff[winner.n].display_name
    new_number = winner.message
    assert re.search(
        rf"證明 {old.number} 已由 {won_by} 於 {WHEN} 換發為 {new_number}，未再換發。請重新查詢後再試。", loser.message
    ), loser.message
    rows = _certificates(database)
    numbers = [number for number, _, _ in rows]
    assert len(numbers) == len(set(numbers)) == 3  # two issued, one re-issue: no duplicate number
    award = next(a for n, a, _ in rows if n == old.number)
    assert [(n, st) for n, a, st in rows if a == award] == [
        (old.number, CertificateState.SUPERSEDED),
        (new_number, CertificateState.ISSUED),  # one current certificate for the award
    ]
    with database.session() as s:
        assert s.execute(select(func.max(CertificateSerial.last_serial))).scalar_one() == 3
    assert _audit(database, "certificate", old.number) == [
        ("issue", world.certificate_staff.display_name),
        ("supersede", won_by),
    ]
    assert _audit(database, "certificate", new_number) == [("issue", won_by)]
    assert _chain_verifies(database)


def test_two_staff_issuing_one_course_at_once_issue_each_certificate_once(database: Database, cw: CertWorld) -> None:
    world = cw.world
    staff = [world.certificate_staff, world.admin]
    outcomes = edit_at_once(database.url, [Edit("issue", u, COURSE) for u in staff])

    assert [o.error for o in outcomes] == ["", ""], outcomes  # the second finds the first's: nothing to do
    issued = sorted((o.message for o in outcomes), key=len)
    assert issued[0] == "" and len(issued[1].split(",")) == 2
    rows = _certificates(database)
    assert [n for n, _, _ in rows] == issued[1].split(",")
    assert len({a for _, a, _ in rows}) == 2 and all(st is CertificateState.ISSUED for _, _, st in rows)
    with database.session() as s:
        issues = s.execute(select(func.count()).where(AuditEntry.action == "issue")).scalar_one()
    assert issues == 2
    assert _chain_verifies(database)


def test_a_reissue_racing_a_revocation_never_writes_over_it(database: Database, cw: CertWorld) -> None:
    """Revoking takes no counter: a re-issue that read the certificate as current before it was revoked must
    not then mark it superseded over the revocation (sequentially: the revocation was first)."""
    world = cw.world
    with database.session() as s:
        old = certificates.issue_certificates(s, world.certificate_staff, Selection(course_code=COURSE)).issued[0]
    s = database.new_session()
    try:
        seen = s.execute(select(Certificate).where(Certificate.number == old.number)).scalar_one()
        assert seen.state is CertificateState.ISSUED  # the re-issuing clerk's copy
        with database.session() as other:
            certificates.revoke_certificate(other, world.admin, old.number, "誤發")
        result = certificates.reissue_certificate(s, world.certificate_staff, old.number, "補發")
        s.commit()
    finally:
        s.close()
    assert result.issued[0].supersedes == old.number  # a revoked certificate may be re-issued …
    with database.session() as s:
        kept = s.execute(select(Certificate).where(Certificate.number == old.number)).scalar_one()
        assert kept.state is CertificateState.REVOKED and kept.end_reason == "誤發"  # … its revocation stands


def test_two_first_issues_of_an_office_at_once_use_the_one_key_stored(database: Database, cw: CertWorld) -> None:
    """The office's verification key is made on its first issue: of two made at once, both use the one stored
    (a certificate coded with a key that was not stored would never verify), audited once."""
    from ntip_desktop.services.certificates.codes import KEY_PREFIX, office_key

    world = cw.world
    staff = [world.certificate_staff, world.admin]
    outcomes = edit_at_once(database.url, [Edit("office_key", u, "64") for u in staff])

    assert [o.error for o in outcomes] == ["", ""], outcomes
    with database.session() as s:
        stored = office_key(s, "64")
    assert stored is not None and {o.message for o in outcomes} == {base64.b64encode(stored).decode("ascii")}
    assert [a for a, _ in _audit(database, "setting", KEY_PREFIX + "64")] == ["create_key"]


def test_two_clerks_registering_one_installation_at_once_register_it_once(database: Database, cw: CertWorld) -> None:
    """A registration is made once and never edited: the second clerk finds the first's (no unique-key error)."""
    from account_world import SCHOOL_TPE

    from ntip_desktop.models import TrustedInstallation
    from ntip_desktop.services import packages

    world = cw.world
    line = packages.installation_line()
    clerks = [world.clerk, world.admin]
    outcomes = edit_at_once(database.url, [Edit("trust", u, SCHOOL_TPE, line) for u in clerks])

    assert [o.error for o in outcomes] == ["", ""], outcomes
    assert sorted(o.message for o in outcomes) == ["created", "found"]
    winner = next(o for o in outcomes if o.message == "created")
    with database.session() as s:
        assert s.execute(select(func.count()).select_from(TrustedInstallation)).scalar_one() == 1
        registered = s.execute(select(AuditEntry.actor_name).where(AuditEntry.action == "register")).scalars().all()
    assert registered == [clerks[winner.n].display_name]
    assert _chain_verifies(database)


# --- the migration ----------------------------------------------------------------------------------------


def test_revision_0012_adds_the_versions_at_1_and_down_removes_them_keeping_every_row(
    database: Database, cw: CertWorld
) -> None:
    from sqlalchemy import inspect

    from ntip_desktop.services.db import migrate

    world = cw.world
    number = _application_on_the_desk(database, world, with_rows=True)
    with database.session() as s:
        certificates.store_seal(s, world.admin, "63", _png(48))
        certificates.store_seal(s, world.admin, "63", _png(64))  # version 2
        rulesets.save_adjusted(s, world.admin, {"daily_cap_hours": 8}, "本縣專案")
        accounts.set_fax_check(s, world.clerk, number, FaxCheckItem.SEAL, True)

    def counts() -> tuple[int, int, int]:
        with database.engine.connect() as conn:
            return tuple(  # type: ignore[return-value]
                conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
                for t in ("fax_checks", "settings", "rule_sets")
            )

    rows = counts()
    migrate(database.engine, "0011", down=True)
    columns = {t: {c["name"] for c in inspect(database.engine).get_columns(t)} for t in ("fax_checks", "settings")}
    assert "version" not in columns["fax_checks"] and "version" not in columns["settings"]
    assert "row_version" not in {c["name"] for c in inspect(database.engine).get_columns("rule_sets")}
    assert counts() == rows
    database.upgrade(backup=False)
    assert counts() == rows
    with database.session() as s:
        assert {r.version for r in s.execute(select(Setting)).scalars()} == {1}  # every row starts again at 1
        assert {r.version for r in s.execute(select(FaxCheck)).scalars()} == {1}
        assert {r.row_version for r in s.execute(select(RuleSetRecord)).scalars()} == {1}
        certificates.store_seal(s, world.admin, "63", _png(80), expected_version=1)  # and locking works again
