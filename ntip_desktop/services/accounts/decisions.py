"""Account applications (docs/rules.md ACC-4): the one state machine, decisions, fax receipt and checklist.

Moves of an application (``WORKFLOW``, a transition table for :mod:`ntip_desktop.services.workflow`)::

    pending_fax  → fax_received (收件) | returned (退件補正) | rejected (駁回)
    fax_received → approved (核准) | returned | rejected
    returned     → pending_fax (applicant answers, saying what was supplied) | fax_received | rejected
    active, approved, rejected: final

Only the district center the organisation belongs to decides (ACC-4); the applicant's organisation (or its
district center) answers a return. The workflow helper checks permission and scope, refuses a stale copy
with who handled it and when, refuses an illegal move naming the state, and writes one audit row per move.
Functions flush and never commit: the caller owns the transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ntip_desktop.changes import Changes
from ntip_desktop.errors import ConflictError, PermissionDenied, UserError
from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.models import (
    Account,
    AccountApplication,
    AccountState,
    ApplicationPurpose,
    ApplicationState,
    AuditEntry,
    AuditSource,
    FaxCheck,
    FaxCheckItem,
    OfficeUser,
)
from ntip_desktop.models.base import utcnow
from ntip_desktop.services import audit
from ntip_desktop.services.accounts.access import (
    ENTITY,
    check_decide_scope,
    check_submit_scope,
    fresh_conflict,
    load_application,
    stale_copy,
)
from ntip_desktop.services.accounts.fields import validate_contact
from ntip_desktop.services.accounts.labels import FAX_CHECK_ORDER, fax_check_label, state_label
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.rules.rocdate import TAIWAN, format_roc, local_today, roc_moment
from ntip_desktop.services.workflow import Move, MoveContext, Related, Workflow

#: Largest page count a clerk may record for one fax.
MAX_FAX_PAGES = 99

S = ApplicationState

#: States that still wait for someone (the applicant or the clerk).
OPEN_STATES = frozenset({S.PENDING_FAX, S.FAX_RECEIVED, S.RETURNED})
#: What the clerk's 「待處理」 count means: applications whose next step is the district center's.
AWAITING_STATES = (S.PENDING_FAX, S.FAX_RECEIVED)


@dataclass(frozen=True)
class Transition:
    """What one move did, for the status bar and for refreshing views."""

    application_id: uuid.UUID
    number: str
    old_state: ApplicationState
    new_state: ApplicationState
    version: int
    message: str
    changes: Changes


# --- who may: scope checks in the table's shape ------------------------------------------------------


def _decide_scope(session: Session, user: CurrentUser, app: AccountApplication) -> None:
    check_decide_scope(session, user, app.organization)


def _submit_scope(session: Session, user: CurrentUser, app: AccountApplication) -> None:
    check_submit_scope(session, user, app.organization)


# --- guards and effects ---------------------------------------------------------------------------


def missing_fax_checks(app: AccountApplication) -> list[FaxCheckItem]:
    ticked = {c.item for c in app.fax_checks if c.ok}
    return [item for item in FAX_CHECK_ORDER if item not in ticked]


def _record_receipt(ctx: MoveContext[AccountApplication]) -> None:
    """收件: the fax's date (default today) and page count; every checklist item starts unticked."""
    received_on = ctx.params.get("received_on") or local_today()
    pages = ctx.params.get("pages")
    _check_fax_receipt(ctx.record, received_on, pages)
    ctx.values.update(fax_received_on=received_on, fax_pages=pages)
    ctx.after.append(lambda: _reset_fax_checks(ctx.record))


def _checklist_complete_or_explained(ctx: MoveContext[AccountApplication]) -> None:
    """核准 needs every fax check ticked, or ``checklist_override`` saying why not."""
    override = (ctx.params.get("checklist_override") or "").strip()
    ctx.session.execute(  # the marks as stored now (the move has claimed the application: no tick meanwhile)
        select(FaxCheck).where(FaxCheck.application_id == ctx.record.id).execution_options(populate_existing=True)
    ).all()
    missing = missing_fax_checks(ctx.record)
    if missing and not override:
        raise UserError(
            translate("accounts", "傳真檢核尚未完成：{items}。請逐項勾選，或填寫略過檢核的理由。").format(
                items="、".join(fax_check_label(i) for i in missing)
            ),
            field="fax_checks",
        )
    if missing:
        ctx.notes["checklist_override"] = override
        ctx.reason = "；".join(x for x in (ctx.reason, translate("accounts", "略過檢核：") + override) if x)


def _decided(ctx: MoveContext[AccountApplication]) -> None:
    """Who decided, why, and (for a final decision) when."""
    ctx.values.update(decided_by_id=ctx.user.office_user_id, decision_reason=ctx.reason or None)
    if ctx.action in ("approve", "reject"):
        ctx.values["decided_at"] = ctx.now


def _approve_effects(ctx: MoveContext[AccountApplication]) -> None:
    """Create the business account, or give the account its new contact person (never its identity)."""
    session, app = ctx.session, ctx.record
    contact = {"contact_name": app.contact_name, "contact_phone": app.contact_phone, "contact_email": app.contact_email}
    if app.purpose is ApplicationPurpose.CONTACT_CHANGE:
        account = session.get(Account, app.account_id) if app.account_id else None
        if account is None:
            raise UserError(
                translate("accounts", "找不到此承辦人異動申請所指的帳號 {login}。").format(login=app.login_id),
                field="login_id",
            )
        old, new = audit.changed_fields(account, list(contact), contact)
        for name, value in contact.items():
            setattr(account, name, value)
        ctx.related.append(Related("account", account.id, "change_contact", old, new, app.number))
        return
    clash = session.execute(
        select(Account.login_id).where(func.lower(Account.login_id) == app.login_id.lower())
    ).scalar_one_or_none()
    if clash is not None:
        raise UserError(
            translate("accounts", "帳號「{login}」已被使用，不能核准。請駁回此申請並請申請人改用其他帳號。").format(
                login=clash
            ),
            field="login_id",
        )
    account = Account(
        id=uuid.uuid4(),
        login_id=app.login_id,
        kind=app.kind,
        subtype=app.subtype,
        state=AccountState.ACTIVE,
        organization_id=app.organization_id,
        teacher_id=app.teacher_id,
        **contact,
    )
    session.add(account)
    app.account_id = account.id
    new = {"login_id": account.login_id, "kind": account.kind, "subtype": account.subtype, **contact}
    ctx.related.append(Related("account", account.id, "create", None, new, app.number))


def _correct_contact(ctx: MoveContext[AccountApplication]) -> None:
    """The applicant's answer may correct the contact person; login ID, kind and subtype never (ACC-3)."""
    contact = ctx.params.get("contact")
    if contact:
        ctx.values.update(validate_contact(contact))


# --- refusals in the desk's words -------------------------------------------------------------------


def _illegal(session: Session, app: AccountApplication, move: Move[ApplicationState]) -> UserError:
    verb = translate("accounts", move.verb)
    if not WORKFLOW.moves_from(app.state):
        when = roc_moment(app.decided_at) if app.decided_at else ""
        who = app.decided_by_id and session.get(OfficeUser, app.decided_by_id)
        by = "，".join(x for x in (who.display_name if who else "", when) if x)
        return UserError(
            translate("accounts", "申請 {number} 已經處理完畢（目前狀態：{state}{by}），不能再{verb}。").format(
                number=app.number, state=state_label(app.state), by=f"，{by}" if by else "", verb=verb
            ),
            field="state",
        )
    if move.target is S.APPROVED and app.state in (S.PENDING_FAX, S.RETURNED):
        return UserError(
            translate("accounts", "申請 {number} 尚未收到傳真（目前：{state}），請先「收件」再核准。").format(
                number=app.number, state=state_label(app.state)
            ),
            field="state",
        )
    return UserError(
        translate("accounts", "申請 {number} 目前為「{state}」，不能{verb}。").format(
            number=app.number, state=state_label(app.state), verb=verb
        ),
        field="state",
    )


def _stale(session: Session, app: AccountApplication) -> ConflictError:
    return stale_copy(session, app)


# --- the transition table -------------------------------------------------------------------------

_DECIDE = Permission.DECIDE_ACCOUNTS
WORKFLOW: Workflow[ApplicationState, AccountApplication] = Workflow(
    entity=ENTITY,
    context="accounts",
    changes=Changes(accounts=True, audit=True),
    state_label=state_label,
    illegal=_illegal,
    stale=_stale,
    code=lambda app: app.number,
    lost_race=fresh_conflict,
    moves=(
        Move(
            "receive_fax",
            frozenset({S.PENDING_FAX, S.RETURNED}),
            S.FAX_RECEIVED,
            QT_TRANSLATE_NOOP("accounts", "收件"),
            _DECIDE,
            _decide_scope,
            effects=(_record_receipt,),
        ),
        Move(
            "approve",
            frozenset({S.FAX_RECEIVED}),
            S.APPROVED,
            QT_TRANSLATE_NOOP("accounts", "核准"),
            _DECIDE,
            _decide_scope,
            guard=_checklist_complete_or_explained,
            effects=(_decided, _approve_effects),
        ),
        Move(
            "return",
            frozenset({S.PENDING_FAX, S.FAX_RECEIVED}),
            S.RETURNED,
            QT_TRANSLATE_NOOP("accounts", "退件補正"),
            _DECIDE,
            _decide_scope,
            reason_prompt=QT_TRANSLATE_NOOP("accounts", "退件補正必須寫明缺少或需更正的項目。"),
            effects=(_decided,),
        ),
        Move(
            "reject",
            frozenset({S.PENDING_FAX, S.FAX_RECEIVED, S.RETURNED}),
            S.REJECTED,
            QT_TRANSLATE_NOOP("accounts", "駁回"),
            _DECIDE,
            _decide_scope,
            reason_prompt=QT_TRANSLATE_NOOP("accounts", "駁回必須填寫原因。"),
            effects=(_decided,),
        ),
        Move(
            "answer_return",
            frozenset({S.RETURNED}),
            S.PENDING_FAX,
            QT_TRANSLATE_NOOP("accounts", "補正回覆"),
            Permission.SUBMIT_APPLICATIONS,
            _submit_scope,
            reason_prompt=QT_TRANSLATE_NOOP("accounts", "補正回覆必須寫明已補正的內容。"),
            effects=(_correct_contact,),
        ),
    ),
)


def decide(
    session: Session,
    user: CurrentUser,
    ref: uuid.UUID | str,
    action: str,
    *,
    reason: str = "",
    expected_version: int | None = None,
    source: AuditSource | None = None,
    **params: Any,
) -> Transition:
    """Apply the move ``action`` of :data:`WORKFLOW` to the application ``ref`` (id or number as typed)."""
    app = load_application(session, ref)
    moved = WORKFLOW.move(
        session, user, app, action, reason=reason, expected_version=expected_version, source=source, **params
    )
    if action == "answer_return":
        message = translate("accounts", "已送出補正：{number}，請重新傳真").format(number=app.number)
    else:
        message = translate("accounts", "已{verb}：{number}（{org}，{login}）").format(
            verb=translate("accounts", WORKFLOW.move_named(action).verb),
            number=app.number,
            org=app.organization.name,
            login=app.login_id,
        )
    return Transition(app.id, app.number, moved.old_state, moved.new_state, moved.version, message, moved.changes)


def _check_fax_receipt(app: AccountApplication, received_on: date, pages: int | None) -> None:
    if received_on > local_today():
        raise UserError(
            translate("accounts", "收件日期 {date} 在未來，請更正。").format(date=format_roc(received_on)),
            field="received_on",
        )
    submitted = app.submitted_at.astimezone(TAIWAN).date()
    if received_on < submitted:
        raise UserError(
            translate("accounts", "收件日期 {date} 早於申請日期 {submitted}，請更正。").format(
                date=format_roc(received_on), submitted=format_roc(submitted)
            ),
            field="received_on",
        )
    if pages is None or not 1 <= pages <= MAX_FAX_PAGES:
        raise UserError(
            translate("accounts", "傳真頁數須為 1 到 {max} 頁。").format(max=MAX_FAX_PAGES),
            field="pages",
        )


def _reset_fax_checks(app: AccountApplication) -> None:
    """A (new) fax arrived: every checklist item starts unticked."""
    existing = {c.item: c for c in app.fax_checks}
    for item in FAX_CHECK_ORDER:
        check = existing.get(item)
        if check is None:
            app.fax_checks.append(FaxCheck(item=item, ok=False))
        else:
            check.ok, check.checked_by_id, check.checked_at = False, None, None


# --- the named moves --------------------------------------------------------------------------------


def record_fax_received(
    session: Session,
    user: CurrentUser,
    ref: uuid.UUID | str,
    received_on: date | None = None,
    pages: int | None = 1,
    *,
    expected_version: int | None = None,
    source: AuditSource = AuditSource.FAX,
) -> Transition:
    """收件: the signed fax arrived on ``received_on`` (default today) with ``pages`` pages."""
    return decide(
        session,
        user,
        ref,
        "receive_fax",
        received_on=received_on,
        pages=pages,
        expected_version=expected_version,
        source=source,
    )


def approve(
    session: Session,
    user: CurrentUser,
    ref: uuid.UUID | str,
    *,
    note: str = "",
    checklist_override: str = "",
    expected_version: int | None = None,
    source: AuditSource | None = None,
) -> Transition:
    """核准: needs every fax check ticked, or ``checklist_override`` saying why not."""
    return decide(
        session,
        user,
        ref,
        "approve",
        reason=note,
        checklist_override=checklist_override,
        expected_version=expected_version,
        source=source,
    )


def reject(
    session: Session,
    user: CurrentUser,
    ref: uuid.UUID | str,
    reason: str,
    *,
    expected_version: int | None = None,
    source: AuditSource | None = None,
) -> Transition:
    """駁回 with a reason (required)."""
    return decide(session, user, ref, "reject", reason=reason, expected_version=expected_version, source=source)


def return_for_correction(
    session: Session,
    user: CurrentUser,
    ref: uuid.UUID | str,
    missing: str,
    *,
    expected_version: int | None = None,
    source: AuditSource | None = None,
) -> Transition:
    """退件補正: ``missing`` says what the applicant must supply or correct."""
    return decide(session, user, ref, "return", reason=missing, expected_version=expected_version, source=source)


def answer_return(
    session: Session,
    user: CurrentUser,
    ref: uuid.UUID | str,
    supplied: str,
    *,
    contact: dict[str, str] | None = None,
    expected_version: int | None = None,
    source: AuditSource | None = None,
) -> Transition:
    """The applicant answers a return (back to 待傳真), saying what was supplied; may correct the contact.

    Login ID, kind and subtype cannot be corrected (ACC-3).
    """
    return decide(
        session,
        user,
        ref,
        "answer_return",
        reason=supplied,
        contact=contact,
        expected_version=expected_version,
        source=source,
    )


def set_fax_check(
    session: Session,
    user: CurrentUser,
    ref: uuid.UUID | str,
    item: FaxCheckItem,
    ok: bool,
    *,
    expected_version: int | None = None,
    source: AuditSource | None = None,
) -> Changes:
    """Tick or untick one item of the fax checklist (only while the fax is on the desk); audited.

    ``expected_version``: the item's version the clerk saw (``FaxCheckRow.version``; 0 when the item had no
    row yet), None not to check. A tick on a stale copy, and the loser of two clerks ticking one item at
    once, is refused with a :class:`ConflictError` naming the item, who changed it and when.
    """
    app = load_application(session, ref)
    check_decide_scope(session, user, app.organization)
    if app.state is not S.FAX_RECEIVED:
        raise UserError(
            translate("accounts", "申請 {number} 目前為「{state}」，只有已收傳真的申請可以勾選檢核項目。").format(
                number=app.number, state=state_label(app.state)
            ),
            field="fax_checks",
        )
    app_id, number = app.id, app.number  # for a refusal after a lost race, when the session is spent
    # Take the application's row while the fax is still on the desk (its version unchanged: the clerk's open
    # copy stays current). An approval claims the same row before it looks at the checklist, so a tick and
    # an approval at once are one after the other: never an approval with an item unticked meanwhile.
    claimed = session.connection().execute(
        update(AccountApplication.__table__)  # type: ignore[arg-type]
        .where(
            AccountApplication.__table__.c.id == app_id, AccountApplication.__table__.c.state == S.FAX_RECEIVED.value
        )
        .values(version=AccountApplication.__table__.c.version)
    )
    if claimed.rowcount != 1:
        raise fresh_conflict(session, app_id, number)
    check = session.execute(
        select(FaxCheck)
        .where(FaxCheck.application_id == app_id, FaxCheck.item == item)
        .execution_options(populate_existing=True)  # the row as stored now, not a copy the session kept
    ).scalar_one_or_none()
    if expected_version is not None and (check.version if check is not None else 0) != expected_version:
        raise _fax_check_changed(session, app_id, number, item)
    if check is None:
        check = FaxCheck(item=item, ok=False)
        app.fax_checks.append(check)
    if check.ok == ok:
        return Changes()
    old = {item.value: check.ok}
    check.ok = ok
    check.checked_by_id = user.office_user_id if ok else None
    check.checked_at = utcnow() if ok else None
    try:
        session.flush()
    except (StaleDataError, IntegrityError):  # another clerk's tick (or first row of the item) committed first
        raise _fax_check_changed(session, app_id, number, item) from None
    audit.record(
        session,
        user.actor(source),
        ENTITY,
        app.id,
        "fax_check",
        old=old,
        new={item.value: ok},
        reason=fax_check_label(item),
    )
    return Changes(accounts=True, audit=True)


def _fax_check_changed(session: Session, app_id: uuid.UUID, number: str, item: FaxCheckItem) -> ConflictError:
    """Someone ticked or unticked ``item`` since the clerk looked: say who, when and how it stands now (read
    in a fresh session, since after a lost race this one may be spent)."""
    label = fax_check_label(item)
    with Session(bind=session.get_bind()) as fresh:
        ok = fresh.execute(
            select(FaxCheck.ok).where(FaxCheck.application_id == app_id, FaxCheck.item == item)
        ).scalar_one_or_none()
        handled = fresh.execute(
            select(AuditEntry.actor_name, AuditEntry.at)
            .where(
                AuditEntry.entity == ENTITY,
                AuditEntry.entity_id == str(app_id),
                AuditEntry.action == "fax_check",
                AuditEntry.reason == label,
            )
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        ).first()
    now = translate("accounts", "已勾選") if ok else translate("accounts", "未勾選")
    who, when = (str(handled[0]), roc_moment(handled[1])) if handled else (translate("accounts", "其他人"), "—")
    return ConflictError(
        translate(
            "accounts",
            "傳真檢核「{item}」已由 {who} 於 {when} 變更（目前：{now}），您的勾選沒有寫入。請重新開啟 {number} 確認後再試。",
        ).format(item=label, who=who, when=when, now=now, number=number),
        field="fax_checks",
    )


@dataclass(frozen=True)
class BulkDecision:
    """What a bulk decision did: one move per application, in the order given."""

    transitions: tuple[Transition, ...]
    changes: Changes = Changes(accounts=True, audit=True)  # noqa: RUF009 - frozen, shared safely


@dataclass(frozen=True)
class BulkTarget:
    """One application of a bulk decision, with the version the clerk saw."""

    application_id: uuid.UUID
    version: int | None = None


def decide_many(
    session: Session,
    user: CurrentUser,
    targets: Sequence[BulkTarget],
    action: str,
    *,
    reason: str = "",
    checklist_override: str = "",
    source: AuditSource | None = None,
) -> BulkDecision:
    """Approve or reject several applications: all of them, or (on any refusal) none — the caller rolls back.

    ``checklist_override`` is the reason for approving those whose fax checklist is not complete (as for
    one application); those complete need none. A refusal names every application that could not be
    decided and why, one line each (``B1150000013：…``).
    """
    user.require(Permission.DECIDE_ACCOUNTS)
    if action not in ("approve", "reject"):
        raise UserError(translate("accounts", "批次作業只能核准或駁回。"))
    if not targets:
        raise UserError(translate("accounts", "請先選取要處理的申請。"))
    move = WORKFLOW.move_named(action)
    if move.reason_required and not reason.strip():
        raise UserError(translate("accounts", move.reason_prompt), field="reason")
    params = {"checklist_override": checklist_override} if action == "approve" else {}
    ids = [t.application_id for t in targets]
    # Read first: after a lost race the session cannot be asked any more.
    numbers: dict[uuid.UUID, str] = {
        row.id: row.number
        for row in session.execute(
            select(AccountApplication.id, AccountApplication.number).where(AccountApplication.id.in_(ids))
        )
    }
    done: list[Transition] = []
    problems: list[str] = []
    refused = False  # one of them is outside the clerk's district: the whole batch is a refusal of permission
    lost_race = False
    for target in targets:
        # decide() refuses before it changes anything, so the loop can go on collecting refusals;
        # a ConflictError (a stale copy, or a lost race) means someone else is deciding these: stop there.
        try:
            done.append(
                decide(
                    session,
                    user,
                    target.application_id,
                    action,
                    reason=reason,
                    source=source,
                    expected_version=target.version,
                    **params,
                )
            )
        except ConflictError as exc:
            problems.append(_named(numbers.get(target.application_id), exc))
            lost_race = True
            break
        except UserError as exc:
            refused = refused or isinstance(exc, PermissionDenied)
            problems.append(_named(numbers.get(target.application_id), exc))
    if problems:
        verb, rest = translate("accounts", move.verb), len(targets) - len(problems)
        heading = (
            translate("accounts", "批次{verb}未執行：以下 {n} 件無法{verb}，其餘 {rest} 件也沒有變更。")
            if rest
            else translate("accounts", "批次{verb}未執行：以下 {n} 件無法{verb}。")
        )
        message = "\n".join([heading.format(verb=verb, n=len(problems), rest=rest), *problems])
        if lost_race:  # someone else deciding one of them first is a conflict (reopen and look), not bad input
            raise ConflictError(message)
        raise PermissionDenied(message) if refused else UserError(message)
    return BulkDecision(tuple(done))


def _named(number: str | None, exc: UserError) -> str:
    """A bulk refusal as one line that starts with the application's number (unless it already names it)."""
    if number is None or number in exc.message:
        return exc.message
    return translate("accounts", "{number}：{problem}").format(number=number, problem=exc.message)
