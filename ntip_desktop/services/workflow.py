"""State machines as data: a transition table and the one helper that applies a move.

Each workflow (account applications today; course reviews, certificates and report months next) declares
its moves as rows of a table: from which states, by which action, to which state, who may (a permission
and a scope check), whether a reason is required, a guard that may refuse, and effects that change the
record beyond its state. :meth:`Workflow.move` then does, in this order and for every workflow alike:

1. find the move and check the acting user's permission and scope (services check; views only hide);
2. refuse a stale copy (the optimistic ``version`` the user saw) with who changed it and when;
3. refuse an illegal move with a message naming the current state;
4. require a reason where the table says so;
5. claim the record before anything is written (:meth:`Workflow.claim`): of two people moving one record
   at once, the second waits for the first to commit and then gets a
   :class:`~ntip_desktop.errors.ConflictError` naming who got there first;
6. run the guard and the effects, set the new state and the fields the effects changed;
7. flush, turning a lost race (``StaleDataError``) into a :class:`~ntip_desktop.errors.ConflictError`;
8. write exactly one audit entry for the move (old → new state and fields, reason, source), plus one for
   each related record an effect changed (e.g. the account an approval creates).

Functions flush and never commit: the caller owns the transaction. The table is plain data, so a test
can print it (:meth:`Workflow.table`) and a view can offer exactly the moves a record allows
(:meth:`Workflow.moves_from`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any, Generic, TypeVar

from sqlalchemy import Table, inspect, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ntip_desktop.changes import Changes
from ntip_desktop.errors import ConflictError, UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import AuditSource
from ntip_desktop.models.base import utcnow
from ntip_desktop.services import audit
from ntip_desktop.services.auth import CurrentUser, Permission

StateT = TypeVar("StateT", bound=Enum)


#: A record a workflow moves: an ORM object with an id, a state column and an optimistic ``version``.
RecordT = TypeVar("RecordT")


@dataclass(frozen=True)
class Related:
    """An audit entry for another record a move changed (e.g. the account an approval creates)."""

    entity: str
    entity_id: Any
    action: str
    old: dict[str, Any] | None
    new: dict[str, Any] | None
    reason: str  #: usually the moved record's human code, so the two entries can be found together


@dataclass
class MoveContext(Generic[RecordT]):
    """What a guard or an effect sees, and what it may add to the move."""

    session: Session
    user: CurrentUser
    record: RecordT
    action: str
    #: The reason as typed (stripped); an effect may extend it (e.g. with a skipped-check note).
    reason: str
    source: AuditSource
    #: The move's own parameters (e.g. ``received_on``, ``pages``), as the caller passed them.
    params: dict[str, Any]
    now: datetime
    #: Fields of the record to set with the state; audited old → new.
    values: dict[str, Any] = field(default_factory=dict)
    #: Extra facts for the move's audit entry that are not columns (e.g. ``checklist_override``).
    notes: dict[str, Any] = field(default_factory=dict)
    #: Audit entries for other records an effect changed.
    related: list[Related] = field(default_factory=list)
    #: Effects to run after the record's new values are set (e.g. resetting child rows).
    after: list[Callable[[], None]] = field(default_factory=list)


Step = Callable[[MoveContext[Any]], None]


@dataclass(frozen=True)
class Move(Generic[StateT]):
    """One row of a transition table."""

    action: str  #: audit action and the name callers use, e.g. ``"approve"``
    sources: frozenset[StateT]  #: states the move starts from
    target: StateT
    verb: str  #: zh-TW verb shown to people (translated when shown), e.g. ``"核准"``
    permission: Permission  #: what the acting user's role must allow
    #: Who may, beyond the role: ``scope(session, user, record)`` raises PermissionDenied.
    scope: Callable[[Session, CurrentUser, Any], None]
    #: zh-TW prompt when a reason is required and missing; empty when none is required.
    reason_prompt: str = ""
    #: Refuses with a UserError before anything changes.
    guard: Step | None = None
    #: Change the record beyond its state (``ctx.values``), related records (``ctx.related``).
    effects: tuple[Step, ...] = ()

    @property
    def reason_required(self) -> bool:
        return bool(self.reason_prompt)


@dataclass(frozen=True)
class Moved(Generic[StateT]):
    """What one move did."""

    record_id: Any
    action: str
    old_state: StateT
    new_state: StateT
    version: int
    changes: Changes


class Workflow(Generic[StateT, RecordT]):
    """A transition table for one kind of record, and the helper that applies its moves."""

    def __init__(
        self,
        *,
        entity: str,
        context: str,
        moves: Sequence[Move[StateT]],
        changes: Changes,
        state_label: Callable[[StateT], str],
        code: Callable[[RecordT], str] = lambda record: str(getattr(record, "id", "")),
        audit_by_code: bool = False,
        illegal: Callable[[Session, RecordT, Move[StateT]], UserError] | None = None,
        stale: Callable[[Session, RecordT], ConflictError] | None = None,
        lost_race: Callable[[Session, Any, str], ConflictError] | None = None,
        state_field: str = "state",
    ) -> None:
        self.entity = entity  #: the entity name in the audit log
        #: The translation context the table's verbs and prompts are marked in (``QT_TRANSLATE_NOOP``).
        self.context = context
        self.moves = tuple(moves)
        self.changes = changes  #: what every move of this workflow changes
        self.state_label = state_label
        #: The record's human code (application number, course code) for messages.
        self.code = code
        #: Whether the audit log names the record by its code (courses) rather than its id.
        self.audit_by_code = audit_by_code
        self._illegal = illegal
        self._stale = stale
        self._lost_race = lost_race
        self.state_field = state_field
        actions = [m.action for m in self.moves]
        if len(set(actions)) != len(actions):
            raise ValueError(f"{entity}: an action appears twice in the transition table")
        self._by_action = {m.action: m for m in self.moves}

    # --- reading the table ------------------------------------------------------------------------

    def move_named(self, action: str) -> Move[StateT]:
        try:
            return self._by_action[action]
        except KeyError:
            raise ValueError(f"{self.entity}: no move named {action!r}") from None

    def moves_from(self, state: StateT, user: CurrentUser | None = None) -> list[Move[StateT]]:
        """The moves a record in ``state`` allows (for ``user``'s role, when given), in table order."""
        return [m for m in self.moves if state in m.sources and (user is None or user.can(m.permission))]

    def targets_from(self, state: StateT) -> frozenset[StateT]:
        return frozenset(m.target for m in self.moves if state in m.sources)

    def table(self) -> list[tuple[str, str, str, str, str]]:
        """The table as text rows (from, action, to, permission, reason) for tests and documentation."""
        return [
            (
                " | ".join(sorted(s.value for s in m.sources)),
                m.action,
                m.target.value,
                m.permission.value,
                "reason" if m.reason_required else "",
            )
            for m in self.moves
        ]

    # --- applying a move --------------------------------------------------------------------------

    def move(
        self,
        session: Session,
        user: CurrentUser,
        record: RecordT,
        action: str,
        *,
        reason: str = "",
        expected_version: int | None = None,
        source: AuditSource | None = None,
        **params: Any,
    ) -> Moved[StateT]:
        """Apply the move named ``action`` to ``record`` for ``user`` (see the module's docstring)."""
        move = self.move_named(action)
        row: Any = record  # an ORM object: id, version and the state column are read by name
        user.require(move.permission)
        move.scope(session, user, record)
        if expected_version is not None and row.version != expected_version:
            raise (
                self._stale(session, record)
                if self._stale
                else ConflictError(translate("services.workflow", "資料已由他人變更，請重新開啟。"))
            )
        old_state: StateT = getattr(record, self.state_field)
        if old_state not in move.sources:
            raise self._illegal(session, record, move) if self._illegal else self._default_illegal(move, old_state)
        reason = (reason or "").strip()
        if move.reason_required and not reason:
            raise UserError(translate(self.context, move.reason_prompt), field="reason")
        record_id, code = row.id, self.code(record)  # readable after a failed flush, when the record is not
        self.claim(session, record, record_id, code)
        ctx: MoveContext[RecordT] = MoveContext(
            session, user, record, action, reason, source or user.source, params, utcnow()
        )
        if move.guard is not None:
            move.guard(ctx)
        for effect in move.effects:
            effect(ctx)

        values = {self.state_field: move.target, **ctx.values}
        old, new = audit.changed_fields(record, list(values), values)
        for name, value in values.items():
            setattr(record, name, value)
        for step in ctx.after:
            step()
        try:
            session.flush()
        except StaleDataError:
            raise self._lost(session, record_id, code) from None
        new.update(ctx.notes)
        actor = user.actor(ctx.source)
        audit_id = code if self.audit_by_code else record_id
        audit.record(session, actor, self.entity, audit_id, action, old=old, new=new, reason=ctx.reason)
        for r in ctx.related:
            audit.record(session, actor, r.entity, r.entity_id, r.action, old=r.old, new=r.new, reason=r.reason)
        return Moved(record_id, action, old_state, move.target, row.version, self.changes)

    def claim(self, session: Session, record: RecordT, record_id: Any, code: str) -> None:
        """Take ``record`` for a move before anything of the move is written, or lose the race cleanly.

        A no-op UPDATE of the version the mover read (``SET version = version WHERE id = … AND version = …``)
        takes the row's lock on PostgreSQL and the database's write lock on SQLite. Of two people moving one
        record at once, the second waits here until the first commits, then matches no row and gets a
        :class:`~ntip_desktop.errors.ConflictError` naming who got there first. Without the claim the flush
        writes an effect's rows before the versioned UPDATE, so the second approval of one application died
        on the unique login ID of the account the first had just created (a raw ``IntegrityError``), and an
        autoflush in an effect could raise a bare ``StaleDataError`` before the flush that translates it.
        Records without a version column, or not yet in the database, are not claimed.
        """
        state = inspect(record)
        mapper = state.mapper
        column = mapper.version_id_col
        if column is None or state.identity is None:
            return
        seen = getattr(record, mapper.get_property_by_column(column).key)
        table = mapper.local_table
        assert isinstance(table, Table)
        keys = [key == value for key, value in zip(mapper.primary_key, state.identity, strict=True)]
        claimed = session.connection().execute(update(table).where(*keys, column == seen).values({column.name: column}))
        if claimed.rowcount != 1:
            raise self._lost(session, record_id, code)

    def _lost(self, session: Session, record_id: Any, code: str) -> ConflictError:
        if self._lost_race is None:
            return ConflictError(translate("services.workflow", "資料已由他人變更，請重新開啟。"))
        return self._lost_race(session, record_id, code)

    def _default_illegal(self, move: Move[StateT], state: StateT) -> UserError:
        return UserError(
            translate("services.workflow", "目前為「{state}」，不能{verb}。").format(
                state=self.state_label(state), verb=translate(self.context, move.verb)
            ),
            field="state",
        )
