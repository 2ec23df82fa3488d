"""The account-application state machine (ACC-4): decisions, scope, audit, conflicts — on both engines."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from account_world import SCHOOL_KHH, World, build_world, business_input, teacher_input
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from ntip_desktop.errors import ConflictError, PermissionDenied, UserError
from ntip_desktop.models import (
    Account,
    AccountApplication,
    AccountKind,
    ApplicationState,
    AuditEntry,
    BusinessSubtype,
    FaxCheckItem,
)
from ntip_desktop.services import accounts, audit
from ntip_desktop.services.accounts import BulkTarget
from ntip_desktop.services.accounts.intake import ContactChangeInput, submit_application, submit_contact_change
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database
from ntip_desktop.services.rules.rocdate import local_today

S = ApplicationState


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


def _submit(db: Database, w: World, **changes: object) -> str:
    with db.session() as s:
        return submit_application(s, w.coordinator, business_input(**changes)).number


def _receive(db: Database, w: World, number: str, *, tick: bool = True) -> None:
    with db.session() as s:
        accounts.record_fax_received(s, w.clerk, number, pages=2)
        if tick:
            for item in FaxCheckItem:
                accounts.set_fax_check(s, w.clerk, number, item, True)


def _app(db: Database, number: str) -> AccountApplication:
    with db.session() as s:
        app = s.execute(select(AccountApplication).where(AccountApplication.number == number)).scalar_one()
        s.expunge(app)
        return app


def _history(db: Database, number: str) -> list[tuple[str, dict | None, dict | None, str, str]]:
    app = _app(db, number)
    with db.session() as s:
        rows = audit.list_entries(
            s, console_user(), audit.AuditFilter(entity="account_application", entity_id=str(app.id))
        )
    return [(r.action, r.old, r.new, r.reason, r.source) for r in reversed(rows)]


def _audit_count(db: Database) -> int:
    with db.session() as s:
        return s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()


def test_business_application_is_received_checked_and_approved_into_an_account(
    database: Database, world: World
) -> None:
    number = _submit(database, world)
    assert _app(database, number).state is S.PENDING_FAX
    with database.session() as s:
        assert s.execute(select(Account)).first() is None  # not usable before the fax is approved (Art 4)
    _receive(database, world, number)
    with database.session() as s:
        done = accounts.approve(s, world.clerk, number)
    assert done.new_state is S.APPROVED and "已核准" in done.message and number in done.message
    app = _app(database, number)
    assert app.state is S.APPROVED and app.decided_by_id == world.clerk.id and app.account_id is not None
    with database.session() as s:
        account = s.get(Account, app.account_id)
        assert (account.login_id, account.kind, account.subtype) == (
            "ckhs.train",
            AccountKind.BUSINESS,
            BusinessSubtype.SCHOOL,
        )
        assert (account.contact_name, account.contact_email) == ("王小明", "train@ck.tp.edu.tw")
        assert audit.verify(s, console_user()).ok
    history = _history(database, number)
    assert [h[0] for h in history] == ["submit", "receive_fax"] + ["fax_check"] * 5 + ["approve"]
    receive = history[1]
    assert receive[1]["state"] == "pending_fax" and receive[2] == {
        "state": "fax_received",
        "fax_received_on": local_today().isoformat(),
        "fax_pages": 2,
    }
    assert receive[4] == "fax"
    approve = history[-1]
    assert (approve[1]["state"], approve[2]["state"], approve[4]) == ("fax_received", "approved", "ui")


def test_approval_needs_every_fax_check_or_a_stated_override(database: Database, world: World) -> None:
    number = _submit(database, world)
    _receive(database, world, number, tick=False)
    with database.session() as s:
        accounts.set_fax_check(s, world.clerk, number, FaxCheckItem.SEAL, True)
    with pytest.raises(UserError) as refused, database.session() as s:
        accounts.approve(s, world.clerk, number)
    assert refused.value.field == "fax_checks"
    assert "承辦人簽章、單位主管簽章、機關代碼正確、傳真內容與線上資料相符" in refused.value.message
    assert "機關印信" not in refused.value.message
    assert _app(database, number).state is S.FAX_RECEIVED
    with database.session() as s:
        accounts.approve(s, world.clerk, number, checklist_override="主管簽章於電話中確認，正本隨後寄達")
    approve = _history(database, number)[-1]
    assert approve[2]["checklist_override"] == "主管簽章於電話中確認，正本隨後寄達"
    assert "略過檢核" in approve[3]


def test_unticking_a_check_is_audited_and_blocks_approval_again(database: Database, world: World) -> None:
    number = _submit(database, world)
    _receive(database, world, number)
    with database.session() as s:
        accounts.set_fax_check(s, world.clerk, number, FaxCheckItem.HEAD_SIGNATURE, False)
    assert _history(database, number)[-1][:3] == ("fax_check", {"head_signature": True}, {"head_signature": False})
    with pytest.raises(UserError, match="單位主管簽章"), database.session() as s:
        accounts.approve(s, world.clerk, number)


def test_reject_needs_a_reason_and_a_second_decision_is_refused_naming_the_state(
    database: Database, world: World
) -> None:
    number = _submit(database, world)
    _receive(database, world, number)
    with pytest.raises(UserError, match="駁回必須填寫原因") as no_reason, database.session() as s:
        accounts.reject(s, world.clerk, number, "   ")
    assert no_reason.value.field == "reason"
    with database.session() as s:
        accounts.reject(s, world.clerk, number, "機關代碼與傳真不符")
    before = _audit_count(database)
    for decide in (
        lambda s: accounts.approve(s, world.clerk, number),
        lambda s: accounts.reject(s, world.clerk, number, "再駁回一次"),
        lambda s: accounts.return_for_correction(s, world.clerk, number, "補印信"),
    ):
        with pytest.raises(UserError) as again, database.session() as s:
            decide(s)
        assert (
            "已經處理完畢" in again.value.message
            and "已駁回" in again.value.message
            and "林書記" in again.value.message
        )
    assert _audit_count(database) == before  # nothing written, no silent success
    app = _app(database, number)
    assert (app.state, app.decision_reason) == (S.REJECTED, "機關代碼與傳真不符")


def test_pending_application_cannot_be_approved_before_its_fax(database: Database, world: World) -> None:
    number = _submit(database, world)
    with pytest.raises(UserError, match=r"尚未收到傳真.*請先「收件」再核准"), database.session() as s:
        accounts.approve(s, world.clerk, number)
    with database.session() as s:  # but it can be rejected outright (e.g. a duplicate)
        accounts.reject(s, world.clerk, number, "重複申請")
    assert _app(database, number).state is S.REJECTED


def test_return_for_correction_and_the_applicants_answer(database: Database, world: World) -> None:
    number = _submit(database, world)
    _receive(database, world, number)
    with pytest.raises(UserError, match="寫明缺少"), database.session() as s:
        accounts.return_for_correction(s, world.clerk, number, "")
    with database.session() as s:
        accounts.return_for_correction(s, world.clerk, number, "缺機關印信")
    assert (_app(database, number).state, _app(database, number).decision_reason) == (S.RETURNED, "缺機關印信")
    with pytest.raises(UserError, match="已補正的內容"), database.session() as s:
        accounts.answer_return(s, world.coordinator, number, " ")
    with database.session() as s:
        accounts.answer_return(
            s, world.coordinator, number, "已補蓋印信並更正承辦人電話", contact={"contact_phone": "02-2303-4381#216"}
        )
    app = _app(database, number)
    assert (app.state, app.contact_phone) == (S.PENDING_FAX, "02-2303-4381#216")
    answer = _history(database, number)[-1]
    assert answer[0] == "answer_return" and answer[3] == "已補蓋印信並更正承辦人電話"
    assert answer[1] == {"state": "returned", "contact_phone": "02-2303-4381#215"}
    _receive(database, world, number)  # the new fax: a fresh, unticked checklist, ticked again
    with database.session() as s:
        accounts.approve(s, world.clerk, number)
    assert [h[0] for h in _history(database, number)][-3:] == ["fax_check", "fax_check", "approve"]


def test_the_answer_cannot_change_the_login_id_kind_or_subtype(database: Database, world: World) -> None:
    number = _submit(database, world)
    with database.session() as s:
        accounts.return_for_correction(s, world.clerk, number, "帳號名稱不妥")
    for key in ("login_id", "kind", "subtype"):
        with pytest.raises(UserError, match="帳號、類別不能變更"), database.session() as s:
            accounts.answer_return(s, world.coordinator, number, "改帳號", contact={key: "other"})
    assert _app(database, number).login_id == "ckhs.train"


def test_the_database_refuses_an_identity_change_too(database: Database, world: World) -> None:
    number = _submit(database, world)
    _receive(database, world, number)
    with database.session() as s:
        accounts.approve(s, world.clerk, number)
    for table in ("account_applications", "accounts"):
        for column, value in (("login_id", "'renamed'"), ("kind", "'teacher'"), ("subtype", "'authority'")):
            with pytest.raises(DBAPIError, match="ACC-3"), database.engine.begin() as conn:
                conn.execute(text(f"UPDATE {table} SET {column} = {value}"))
    with database.session() as s:
        assert s.execute(select(Account.login_id)).scalar_one() == "ckhs.train"


def test_a_clerk_decides_only_in_their_own_district(database: Database, world: World) -> None:
    number = _submit(database, world)
    with (
        pytest.raises(PermissionDenied, match="屬於臺北市區管中心，不在您的轄區（高雄市區管中心）"),
        database.session() as s,
    ):
        accounts.record_fax_received(s, world.other_clerk, number, pages=1)
    with pytest.raises(PermissionDenied, match="審核業務帳號"), database.session() as s:
        accounts.reject(s, world.coordinator, number, "自己駁回")
    with pytest.raises(PermissionDenied), database.session() as s:
        accounts.reject(s, world.certificate_staff, number, "無權限")
    assert _app(database, number).state is S.PENDING_FAX
    with database.session() as s:  # the administrator decides everywhere
        accounts.record_fax_received(s, world.admin, number, pages=1)
    with database.session() as s:
        khh = submit_application(s, world.admin, business_input(organization_code=SCHOOL_KHH, login_id="khhs.train"))
    with database.session() as s:
        accounts.record_fax_received(s, world.other_clerk, khh.number, pages=1)
    assert _app(database, khh.number).state is S.FAX_RECEIVED


def test_fax_receipt_is_checked(database: Database, world: World) -> None:
    number = _submit(database, world)
    with pytest.raises(UserError, match="在未來") as future, database.session() as s:
        accounts.record_fax_received(s, world.clerk, number, local_today() + timedelta(days=1), 1)
    assert future.value.field == "received_on"
    with pytest.raises(UserError, match="早於申請日期"), database.session() as s:
        accounts.record_fax_received(s, world.clerk, number, local_today() - timedelta(days=3), 1)
    with pytest.raises(UserError, match="1 到 99 頁"), database.session() as s:
        accounts.record_fax_received(s, world.clerk, number, local_today(), 0)
    with pytest.raises(UserError, match="只有已收傳真的申請可以勾選"), database.session() as s:
        accounts.set_fax_check(s, world.clerk, number, FaxCheckItem.SEAL, True)
    assert _app(database, number).state is S.PENDING_FAX


def test_a_stale_copy_is_refused_with_who_handled_it(database: Database, world: World) -> None:
    number = _submit(database, world)
    _receive(database, world, number)
    seen = _app(database, number).version
    with database.session() as s:
        accounts.return_for_correction(s, world.admin, number, "請補主管簽章", expected_version=seen)
    with pytest.raises(ConflictError) as conflict, database.session() as s:
        accounts.approve(s, world.clerk, number, expected_version=seen)
    assert "此申請已由 陳主任 於" in conflict.value.message and "退件補正" in conflict.value.message
    assert _app(database, number).state is S.RETURNED


def test_teacher_accounts_are_active_at_once_and_never_decided(database: Database, world: World) -> None:
    with database.session() as s:
        done = submit_application(s, world.coordinator, teacher_input())
    assert done.state is S.ACTIVE and "已開通教師個人帳號 teacher.lin" in done.message
    app = _app(database, done.number)
    with database.session() as s:
        account = s.get(Account, app.account_id)
        assert (account.kind, account.state.value, account.login_id) == (AccountKind.TEACHER, "active", "teacher.lin")
    with pytest.raises(UserError, match="已經處理完畢（目前狀態：已啟用"), database.session() as s:
        accounts.reject(s, world.clerk, done.number, "不可")


def test_contact_change_updates_only_the_accounts_contact(database: Database, world: World) -> None:
    number = _submit(database, world)
    _receive(database, world, number)
    with database.session() as s:
        accounts.approve(s, world.clerk, number)
    change = ContactChangeInput(
        login_id="CKHS.TRAIN",
        applicant_name="李校長",
        contact_name="陳大文",
        contact_phone="02-2303-4381#300",
        contact_email="chen@ck.tp.edu.tw",
        change_reason="原承辦人調職",
        agreement_version="98.07.08",
        agreement_accepted_at=_app(database, number).agreement_accepted_at,
    )
    with database.session() as s:
        submitted = submit_contact_change(s, world.coordinator, change)
    assert submitted.number.startswith("C") and submitted.state is S.PENDING_FAX
    with pytest.raises(UserError, match="已有承辦人異動申請 C"), database.session() as s:
        submit_contact_change(s, world.coordinator, change)
    _receive(database, world, submitted.number)
    with database.session() as s:
        accounts.approve(s, world.clerk, submitted.number)
    with database.session() as s:
        accounts_rows = s.execute(select(Account)).scalars().all()
        assert len(accounts_rows) == 1
        account = accounts_rows[0]
        assert (account.login_id, account.subtype, account.contact_name, account.contact_email) == (
            "ckhs.train",
            BusinessSubtype.SCHOOL,
            "陳大文",
            "chen@ck.tp.edu.tw",
        )
        entry = audit.list_entries(s, console_user(), audit.AuditFilter(entity="account"))[0]
    assert (
        entry.action == "change_contact"
        and entry.old["contact_name"] == "王小明"
        and entry.new["contact_name"] == "陳大文"
    )
    assert entry.reason == submitted.number


def test_bulk_decisions_are_all_or_nothing(database: Database, world: World) -> None:
    ready = [_submit(database, world, login_id=f"ckhs.unit{i}") for i in range(3)]
    for number in ready:
        _receive(database, world, number)
    unchecked = _submit(database, world, login_id="ckhs.unchecked")
    _receive(database, world, unchecked, tick=False)
    ids = {n: _app(database, n).id for n in [*ready, unchecked]}
    before = _audit_count(database)
    with pytest.raises(UserError) as refused, database.session() as s:
        accounts.decide_many(s, world.clerk, [BulkTarget(ids[n]) for n in [*ready, unchecked]], "approve")
    assert "批次核准未執行" in refused.value.message and "傳真檢核尚未完成" in refused.value.message
    assert all(_app(database, n).state is S.FAX_RECEIVED for n in ids)
    assert _audit_count(database) == before
    with database.session() as s:
        done = accounts.decide_many(s, world.clerk, [BulkTarget(ids[n]) for n in ready], "approve")
    assert [d.number for d in done.transitions] == ready and done.changes.accounts
    assert all(_app(database, n).state is S.APPROVED for n in ready)
    with pytest.raises(UserError, match="駁回必須填寫原因"), database.session() as s:
        accounts.decide_many(s, world.clerk, [BulkTarget(ids[unchecked])], "reject")


def test_a_bulk_refusal_names_each_application_and_its_problem(database: Database, world: World) -> None:
    ready = _submit(database, world, login_id="ckhs.ready")
    _receive(database, world, ready)
    unchecked = _submit(database, world, login_id="ckhs.unchecked")
    _receive(database, world, unchecked, tick=False)
    pending = _submit(database, world, login_id="ckhs.pending")
    ids = {n: _app(database, n).id for n in (ready, unchecked, pending)}
    with pytest.raises(UserError) as refused, database.session() as s:
        accounts.decide_many(s, world.clerk, [BulkTarget(ids[n]) for n in (ready, unchecked, pending)], "approve")
    assert refused.value.message.splitlines() == [
        "批次核准未執行：以下 2 件無法核准，其餘 1 件也沒有變更。",
        f"{unchecked}：傳真檢核尚未完成：機關印信、承辦人簽章、單位主管簽章、機關代碼正確、傳真內容與線上資料相符。"
        "請逐項勾選，或填寫略過檢核的理由。",
        f"申請 {pending} 尚未收到傳真（目前：待傳真），請先「收件」再核准。",
    ]
    assert refused.value.field is None  # the lines name the applications; no field of a form is meant
    with pytest.raises(UserError) as refused, database.session() as s:
        accounts.decide_many(s, world.clerk, [BulkTarget(ids[n]) for n in (ready, pending)], "reject")
    assert refused.value.message == "駁回必須填寫原因。"  # said once, not once per application

    with database.session() as s:  # the reason to skip checks, as for one application; the ticked one needs none
        done = accounts.decide_many(
            s,
            world.clerk,
            [BulkTarget(ids[n]) for n in (ready, unchecked)],
            "approve",
            checklist_override="主管電話確認",
        )
    assert [t.new_state for t in done.transitions] == [S.APPROVED, S.APPROVED]
    action, _old, new, reason, _source = _history(database, unchecked)[-1]
    assert (action, new["checklist_override"], reason) == ("approve", "主管電話確認", "略過檢核：主管電話確認")
    assert "checklist_override" not in _history(database, ready)[-1][2]


def test_two_clerks_deciding_at_once_on_postgresql_one_wins(database: Database, world: World) -> None:
    if database.dialect != "postgresql":
        pytest.skip("SQLite serialises writers; the race is a PostgreSQL matter")
    number = _submit(database, world)
    _receive(database, world, number)
    clerk2 = world.admin  # a second decider of the same district (the administrator)
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def decide(name: str, act) -> None:
        session = database.new_session()
        try:
            seen = session.execute(select(AccountApplication).where(AccountApplication.number == number)).scalar_one()
            assert seen.version == 2
            barrier.wait()  # both hold the same version (held: the identity map is weak)
            outcomes[name] = act(session)
            session.commit()
        except Exception as exc:
            session.rollback()
            outcomes[name] = exc
        finally:
            session.close()

    threads = [
        threading.Thread(target=decide, args=("approve", lambda s: accounts.approve(s, world.clerk, number))),
        threading.Thread(target=decide, args=("reject", lambda s: accounts.reject(s, clerk2, number, "資料不符"))),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    errors = [o for o in outcomes.values() if isinstance(o, Exception)]
    wins = [o for o in outcomes.values() if isinstance(o, accounts.Transition)]
    assert len(wins) == 1 and len(errors) == 1, outcomes
    assert isinstance(errors[0], ConflictError), errors[0]
    winner = wins[0]
    who = "林書記" if winner.new_state is S.APPROVED else "陳主任"
    assert f"此申請已由 {who} 於" in errors[0].message
    app = _app(database, number)
    assert app.state is winner.new_state
    decisions = [h[0] for h in _history(database, number) if h[0] in ("approve", "reject")]
    assert len(decisions) == 1
    with database.session() as s:
        assert s.execute(select(func.count()).select_from(Account)).scalar_one() == (
            1 if winner.new_state is S.APPROVED else 0
        )
        assert audit.verify(s, console_user()).ok


def test_a_decision_made_on_a_copy_read_before_anothers_commit_is_refused(database: Database, world: World) -> None:
    """The lost update the version column guards against, step by step: read, other commits, write."""
    number = _submit(database, world)
    _receive(database, world, number)
    late = database.new_session()
    try:
        seen = late.execute(select(AccountApplication).where(AccountApplication.number == number)).scalar_one()
        assert seen.state is S.FAX_RECEIVED  # the copy on this clerk's screen (held: the identity map is weak)
        with database.session() as s:
            accounts.reject(s, world.admin, number, "主管未簽章")
        with pytest.raises(ConflictError, match=r"此申請已由 陳主任 於 .* 處理（目前狀態：已駁回）"):
            accounts.approve(late, world.clerk, number)
        late.rollback()
    finally:
        late.close()
    app = _app(database, number)
    assert (app.state, app.account_id) == (S.REJECTED, None)
    assert [h[0] for h in _history(database, number)][-1] == "reject"


@pytest.mark.parametrize(
    ("moves", "action", "old", "new", "reason", "source"),
    [
        ([], "receive_fax", "pending_fax", "fax_received", "", "fax"),
        (["receive"], "approve", "fax_received", "approved", "", "ui"),
        (["receive"], "reject", "fax_received", "rejected", "資料不符", "ui"),
        ([], "reject", "pending_fax", "rejected", "重複申請", "cli"),
        (["receive"], "return", "fax_received", "returned", "缺機關印信", "ui"),
        (["receive", "return"], "answer_return", "returned", "pending_fax", "已補印信", "ui"),
        (["receive", "return"], "receive_fax", "returned", "fax_received", "", "fax"),
    ],
)
def test_every_move_writes_one_audit_row_with_old_and_new_state(
    database: Database, world: World, moves: list[str], action: str, old: str, new: str, reason: str, source: str
) -> None:
    from ntip_desktop.models import AuditSource

    number = _submit(database, world)
    with database.session() as s:
        if "receive" in moves:
            accounts.record_fax_received(s, world.clerk, number, pages=1)
            for item in FaxCheckItem:
                accounts.set_fax_check(s, world.clerk, number, item, True)
        if "return" in moves:
            accounts.return_for_correction(s, world.clerk, number, "缺機關印信")
    before = len(_history(database, number))
    with database.session() as s:
        how = AuditSource(source)
        {
            "receive_fax": lambda: accounts.record_fax_received(s, world.clerk, number, pages=1, source=how),
            "approve": lambda: accounts.approve(s, world.clerk, number, source=how),
            "reject": lambda: accounts.reject(s, world.clerk, number, reason, source=how),
            "return": lambda: accounts.return_for_correction(s, world.clerk, number, reason, source=how),
            "answer_return": lambda: accounts.answer_return(s, world.coordinator, number, reason, source=how),
        }[action]()
    history = _history(database, number)
    assert len(history) == before + 1
    got_action, got_old, got_new, got_reason, got_source = history[-1]
    assert (got_action, got_old["state"], got_new["state"], got_reason, got_source) == (
        action,
        old,
        new,
        reason,
        source,
    )
    assert _app(database, number).state.value == new
