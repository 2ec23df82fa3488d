"""Account applications (RULES.md ACC-4): the one state machine, decisions, fax receipt and checklist.

Moves of an application (``TRANSITIONS``)::

    pending_fax  → fax_received (收件) | returned (退件補正) | rejected (駁回)
    fax_received → approved (核准) | returned | rejected
    returned     → pending_fax (applicant answers, saying what was supplied) | fax_received | rejected
    active, approved, rejected: final

Every move goes through :func:`transition`: it checks permission and scope (only the district center
the organisation belongs to decides, ACC-4), refuses an illegal move with a message naming the state,
refuses a stale copy (the optimistic ``version``) with who handled it and when, and writes one audit
row (old → new state, reason, source). Functions flush and never commit: the caller owns the transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ntip_desktop.changes import Changes
from ntip_desktop.errors import ConflictError, UserError
from ntip_desktop.i18n import tr, translate
from ntip_desktop.models import (
    Account,
    AccountApplication,
    AccountState,
    ApplicationPurpose,
    ApplicationState,
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
    check_version,
    fresh_conflict,
    load_application,
)
from ntip_desktop.services.accounts.fields import validate_contact
from ntip_desktop.services.accounts.labels import FAX_CHECK_ORDER, fax_check_label, state_label
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.rules.rocdate import TAIWAN, format_roc, local_today, roc_moment

#: Largest page count a clerk may record for one fax.
MAX_FAX_PAGES = 99

S = ApplicationState

TRANSITIONS: dict[ApplicationState, frozenset[ApplicationState]] = {
    S.PENDING_FAX: frozenset({S.FAX_RECEIVED, S.RETURNED, S.REJECTED}),
    S.FAX_RECEIVED: frozenset({S.APPROVED, S.RETURNED, S.REJECTED}),
    S.RETURNED: frozenset({S.PENDING_FAX, S.FAX_RECEIVED, S.REJECTED}),
    S.ACTIVE: frozenset(),
    S.APPROVED: frozenset(),
    S.REJECTED: frozenset(),
}
#: States that still wait for someone (the applicant or the clerk).
OPEN_STATES = frozenset({S.PENDING_FAX, S.FAX_RECEIVED, S.RETURNED})
#: What the clerk's 「待處理」 count means: applications whose next step is the district center's.
AWAITING_STATES = (S.PENDING_FAX, S.FAX_RECEIVED)
#: Moves the district center makes; the other one (returned → pending_fax) is the applicant's answer.
DECIDED_BY_OFFICE = frozenset({S.FAX_RECEIVED, S.APPROVED, S.REJECTED, S.RETURNED})

#: Audit action and the verb shown to users, per target state.
ACTIONS = {
    S.FAX_RECEIVED: ("receive_fax", "收件"),
    S.APPROVED: ("approve", "核准"),
    S.REJECTED: ("reject", "駁回"),
    S.RETURNED: ("return", "退件補正"),
    S.PENDING_FAX: ("answer_return", "補正回覆"),
}
_REASON_PROMPTS = {
    S.REJECTED: "駁回必須填寫原因。",
    S.RETURNED: "退件補正必須寫明缺少或需更正的項目。",
    S.PENDING_FAX: "補正回覆必須寫明已補正的內容。",
}


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


# --- the state machine ----------------------------------------------------------------------------


def _illegal(session: Session, app: AccountApplication, to: ApplicationState) -> UserError:
    verb = tr(ACTIONS[to][1])
    if not TRANSITIONS[app.state]:
        when = roc_moment(app.decided_at) if app.decided_at else ""
        who = app.decided_by_id and session.get(OfficeUser, app.decided_by_id)
        by = "，".join(x for x in (who.display_name if who else "", when) if x)
        return UserError(
            translate(
                "services.accounts.decisions", "申請 {number} 已經處理完畢（目前狀態：{state}{by}），不能再{verb}。"
            ).format(number=app.number, state=state_label(app.state), by=f"，{by}" if by else "", verb=verb),
            field="state",
        )
    if to is S.APPROVED and app.state in (S.PENDING_FAX, S.RETURNED):
        return UserError(
            translate(
                "services.accounts.decisions", "申請 {number} 尚未收到傳真（目前：{state}），請先「收件」再核准。"
            ).format(number=app.number, state=state_label(app.state)),
            field="state",
        )
    return UserError(
        translate("services.accounts.decisions", "申請 {number} 目前為「{state}」，不能{verb}。").format(
            number=app.number, state=state_label(app.state), verb=verb
        ),
        field="state",
    )


def missing_fax_checks(app: AccountApplication) -> list[FaxCheckItem]:
    ticked = {c.item for c in app.fax_checks if c.ok}
    return [item for item in FAX_CHECK_ORDER if item not in ticked]


def transition(
    session: Session,
    user: CurrentUser,
    ref: uuid.UUID | str,
    to: ApplicationState,
    *,
    reason: str = "",
    source: AuditSource = AuditSource.UI,
    expected_version: int | None = None,
    checklist_override: str = "",
    received_on: date | None = None,
    pages: int | None = None,
) -> Transition:
    """Move one application to ``to`` (the only place where ``state`` changes after submission)."""
    app = load_application(session, ref)
    org = app.organization
    if to in DECIDED_BY_OFFICE:
        check_decide_scope(session, user, org)
    else:
        check_submit_scope(session, user, org)
    check_version(session, app, expected_version)
    if to not in TRANSITIONS[app.state]:
        raise _illegal(session, app, to)
    reason = (reason or "").strip()
    if to in _REASON_PROMPTS and not reason:
        raise UserError(tr(_REASON_PROMPTS[to]), field="reason")
    old_state = app.state
    new_values: dict[str, object] = {"state": to}
    extra_audit: list[tuple[str, object, str, dict[str, object] | None, dict[str, object] | None]] = []
    now = utcnow()

    if to is S.FAX_RECEIVED:
        received_on = received_on or local_today()
        _check_fax_receipt(app, received_on, pages)
        new_values.update(fax_received_on=received_on, fax_pages=pages)
    elif to is S.APPROVED:
        override = (checklist_override or "").strip()
        missing = missing_fax_checks(app)
        if missing and not override:
            raise UserError(
                translate(
                    "services.accounts.decisions", "傳真檢核尚未完成：{items}。請逐項勾選，或填寫略過檢核的理由。"
                ).format(items="、".join(fax_check_label(i) for i in missing)),
                field="fax_checks",
            )
        if missing:
            new_values["checklist_override"] = override
            reason = "；".join(
                x for x in (reason, translate("services.accounts.decisions", "略過檢核：") + override) if x
            )
        new_values.update(decided_at=now, decided_by_id=user.id, decision_reason=reason or None)
        extra_audit.extend(_approve_effects(session, app))
    elif to in (S.REJECTED, S.RETURNED):
        new_values.update(decision_reason=reason, decided_by_id=user.id)
        if to is S.REJECTED:
            new_values["decided_at"] = now

    override_note = new_values.pop("checklist_override", None)
    old_audit, new_audit = audit.changed_fields(app, list(new_values), new_values)
    for name, value in new_values.items():
        setattr(app, name, value)
    if to is S.FAX_RECEIVED:
        _reset_fax_checks(app)
    app_id, number = app.id, app.number  # readable after a failed flush, when the object is not
    try:
        session.flush()
    except StaleDataError:
        raise fresh_conflict(session, app_id, number) from None
    if override_note:
        new_audit["checklist_override"] = override_note
    audit.record(
        session, user.actor(source), ENTITY, app.id, ACTIONS[to][0], old=old_audit, new=new_audit, reason=reason
    )
    for entity, entity_id, action, old, new in extra_audit:
        audit.record(session, user.actor(source), entity, entity_id, action, old=old, new=new, reason=app.number)
    return Transition(
        application_id=app.id,
        number=app.number,
        old_state=old_state,
        new_state=to,
        version=app.version,
        message=translate("services.accounts.decisions", "已{verb}：{number}（{org}，{login}）").format(
            verb=tr(ACTIONS[to][1]), number=app.number, org=org.name, login=app.login_id
        ),
        changes=Changes(accounts=True, audit=True),
    )


def _check_fax_receipt(app: AccountApplication, received_on: date, pages: int | None) -> None:
    if received_on > local_today():
        raise UserError(
            translate("services.accounts.decisions", "收件日期 {date} 在未來，請更正。").format(
                date=format_roc(received_on)
            ),
            field="received_on",
        )
    submitted = app.submitted_at.astimezone(TAIWAN).date()
    if received_on < submitted:
        raise UserError(
            translate("services.accounts.decisions", "收件日期 {date} 早於申請日期 {submitted}，請更正。").format(
                date=format_roc(received_on), submitted=format_roc(submitted)
            ),
            field="received_on",
        )
    if pages is None or not 1 <= pages <= MAX_FAX_PAGES:
        raise UserError(
            translate("services.accounts.decisions", "傳真頁數須為 1 到 {max} 頁。").format(max=MAX_FAX_PAGES),
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


def _approve_effects(
    session: Session, app: AccountApplication
) -> list[tuple[str, object, str, dict[str, object] | None, dict[str, object] | None]]:
    """Create the business account, or give the account its new contact person (never its identity)."""
    contact = {"contact_name": app.contact_name, "contact_phone": app.contact_phone, "contact_email": app.contact_email}
    if app.purpose is ApplicationPurpose.CONTACT_CHANGE:
        account = session.get(Account, app.account_id) if app.account_id else None
        if account is None:
            raise UserError(
                translate("services.accounts.decisions", "找不到此承辦人異動申請所指的帳號 {login}。").format(
                    login=app.login_id
                ),
                field="login_id",
            )
        old, new = audit.changed_fields(account, list(contact), contact)
        for name, value in contact.items():
            setattr(account, name, value)
        return [("account", account.id, "change_contact", old, new)]
    clash = session.execute(
        select(Account.login_id).where(func.lower(Account.login_id) == app.login_id.lower())
    ).scalar_one_or_none()
    if clash is not None:
        raise UserError(
            translate(
                "services.accounts.decisions", "帳號「{login}」已被使用，不能核准。請駁回此申請並請申請人改用其他帳號。"
            ).format(login=clash),
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
    return [("account", account.id, "create", None, new)]


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
    return transition(
        session,
        user,
        ref,
        S.FAX_RECEIVED,
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
    source: AuditSource = AuditSource.UI,
) -> Transition:
    """核准: needs every fax check ticked, or ``checklist_override`` saying why not."""
    return transition(
        session,
        user,
        ref,
        S.APPROVED,
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
    source: AuditSource = AuditSource.UI,
) -> Transition:
    """駁回 with a reason (required)."""
    return transition(session, user, ref, S.REJECTED, reason=reason, expected_version=expected_version, source=source)


def return_for_correction(
    session: Session,
    user: CurrentUser,
    ref: uuid.UUID | str,
    missing: str,
    *,
    expected_version: int | None = None,
    source: AuditSource = AuditSource.UI,
) -> Transition:
    """退件補正: ``missing`` says what the applicant must supply or correct."""
    return transition(session, user, ref, S.RETURNED, reason=missing, expected_version=expected_version, source=source)


def answer_return(
    session: Session,
    user: CurrentUser | None,
    ref: uuid.UUID | str,
    supplied: str,
    *,
    contact: dict[str, str] | None = None,
    expected_version: int | None = None,
    source: AuditSource = AuditSource.UI,
) -> Transition:
    """The applicant answers a return (back to 待傳真), saying what was supplied; may correct the contact.

    ``user`` None is the command line. Login ID, kind and subtype cannot be corrected (ACC-3).
    """
    app = load_application(session, ref)
    check_submit_scope(session, user, app.organization)
    check_version(session, app, expected_version)
    if app.state is not S.RETURNED:
        raise _illegal(session, app, S.PENDING_FAX)
    supplied = (supplied or "").strip()
    if not supplied:
        raise UserError(tr(_REASON_PROMPTS[S.PENDING_FAX]), field="reason")
    values = validate_contact(contact) if contact else {}
    old, new = audit.changed_fields(app, list(values), values)
    for name, value in values.items():
        setattr(app, name, value)
    actor = (
        user.actor(source)
        if user
        else audit.Actor.system(AuditSource.CLI, translate("services.accounts.decisions", "命令列"))
    )
    app.state = S.PENDING_FAX
    app_id, number = app.id, app.number  # readable after a failed flush, when the object is not
    try:
        session.flush()
    except StaleDataError:
        raise fresh_conflict(session, app_id, number) from None
    old["state"], new["state"] = S.RETURNED.value, S.PENDING_FAX.value
    audit.record(session, actor, ENTITY, app.id, ACTIONS[S.PENDING_FAX][0], old=old, new=new, reason=supplied)
    return Transition(
        app.id,
        app.number,
        S.RETURNED,
        S.PENDING_FAX,
        app.version,
        translate("services.accounts.decisions", "已送出補正：{number}，請重新傳真").format(number=app.number),
        Changes(accounts=True, audit=True),
    )


def set_fax_check(
    session: Session,
    user: CurrentUser,
    ref: uuid.UUID | str,
    item: FaxCheckItem,
    ok: bool,
    *,
    source: AuditSource = AuditSource.UI,
) -> Changes:
    """Tick or untick one item of the fax checklist (only while the fax is on the desk); audited."""
    app = load_application(session, ref)
    check_decide_scope(session, user, app.organization)
    if app.state is not S.FAX_RECEIVED:
        raise UserError(
            translate(
                "services.accounts.decisions", "申請 {number} 目前為「{state}」，只有已收傳真的申請可以勾選檢核項目。"
            ).format(number=app.number, state=state_label(app.state)),
            field="fax_checks",
        )
    check = next((c for c in app.fax_checks if c.item is item), None)
    if check is None:
        check = FaxCheck(item=item, ok=False)
        app.fax_checks.append(check)
    if check.ok == ok:
        return Changes()
    old = {item.value: check.ok}
    check.ok = ok
    check.checked_by_id = user.id if ok else None
    check.checked_at = utcnow() if ok else None
    session.flush()
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
    to: ApplicationState,
    *,
    reason: str = "",
    source: AuditSource = AuditSource.UI,
) -> BulkDecision:
    """Approve or reject several applications: all of them, or (on any refusal) none — the caller rolls back.

    A refusal names every application that could not be decided and why.
    """
    if to not in (S.APPROVED, S.REJECTED):
        raise UserError(translate("services.accounts.decisions", "批次作業只能核准或駁回。"), field="state")
    if not targets:
        raise UserError(translate("services.accounts.decisions", "請先選取要處理的申請。"), field="selection")
    done: list[Transition] = []
    problems: list[str] = []
    for target in targets:
        # transition() refuses before it changes anything, so the loop can go on collecting refusals;
        # a lost race (ConflictError from the flush) leaves the session spent, so it stops there.
        try:
            done.append(
                transition(
                    session,
                    user,
                    target.application_id,
                    to,
                    reason=reason,
                    source=source,
                    expected_version=target.version,
                )
            )
        except ConflictError as exc:
            problems.append(exc.message)
            break
        except UserError as exc:
            problems.append(exc.message)
    if problems:
        raise UserError(
            translate(
                "services.accounts.decisions", "批次作業未執行，以下 {n} 件無法處理（其餘亦未變更）：\n{items}"
            ).format(n=len(problems), items="\n".join(problems)),
            field="selection",
        )
    return BulkDecision(tuple(done))
