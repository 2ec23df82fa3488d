"""The hash-chained audit log: record every state change, verify the chain, list entries, take checkpoints.

Writers take the chain's tip from ``audit_head`` with a row lock (``SELECT … FOR UPDATE`` on PostgreSQL;
SQLite serialises writers anyway), so concurrent clerks extend one chain and never fork it.

The chain is anchored outside the database twice over. Each entry and the head carry an HMAC of their hash
with the writing installation's key (``audit_keys``), so whoever holds only the database cannot edit an
entry and recompute the hashes after it, nor cut the tail off and move the head back. And a checkpoint
(:func:`checkpoint`: the head's position and hash, with its own code) goes into the office's paper file;
:func:`verify` given one proves that the log up to it is what it was then, whoever holds which key.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.models import AuditEntry, AuditHead, AuditSource
from ntip_desktop.models.base import table_of, utcnow
from ntip_desktop.services import audit_keys, audit_names, canonical_json
from ntip_desktop.services.driver_insert import insert_rows, json_text
from ntip_desktop.services.rules.rocdate import roc_moment
from ntip_desktop.vocabulary import Permission

if TYPE_CHECKING:
    from ntip_desktop.services.auth import CurrentUser

GENESIS = "0" * 64


def _now_ms() -> datetime:
    """Now, to the millisecond: what every engine stores and returns unchanged, so hashes recompute."""
    now = utcnow()
    return now.replace(microsecond=(now.microsecond // 1000) * 1000)


@dataclass(frozen=True)
class Actor:
    """Who is acting, and through which channel (ui, import, fax, cli, sync, system)."""

    user_id: str
    name: str
    source: AuditSource = AuditSource.UI

    @staticmethod
    def system(source: AuditSource = AuditSource.SYSTEM, name: str = "系統") -> Actor:
        return Actor(user_id="", name=name, source=source)


#: The program itself (first-run set-up, migrations, demo data when no person is named).
SYSTEM = Actor.system()


#: Types that are their own JSON form (exact types: a str-valued Enum member is not one of them).
_PLAIN_TYPES = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    """JSON-able form of a column value, stable across engines."""
    if type(value) in _PLAIN_TYPES:  # the common case first (a batch of imported records is mostly text)
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dict):
        return {str(k): v if type(v) in _PLAIN_TYPES else _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _canonical(entry: Any) -> str:
    return canonical_json.dumps(entry)


def _entry_fields(e: AuditEntry) -> dict[str, Any]:
    return {
        "seq": e.seq,
        "at": _plain(e.at),
        "actor_id": e.actor_id,
        "actor_name": e.actor_name,
        "source": _plain(e.source),
        "entity": e.entity,
        "entity_id": e.entity_id,
        "action": e.action,
        "old": e.old,
        "new": e.new,
        "reason": e.reason or "",
    }


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + _canonical(fields)).encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    entity: str,
    entity_id: object,
    action: str,
    *,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
    reason: str = "",
) -> AuditEntry:
    """Append one entry to the chain in the caller's transaction (flushed, not committed), signed with this
    installation's key (made now if this is its first write)."""
    key = audit_keys.load_or_create_key()
    # Claim the next position first: the UPDATE takes the write lock (SQLite) or the row lock (PostgreSQL,
    # where a concurrent writer waits and then sees the committed tip), so two writers never share a seq.
    seq, prev_hash = session.execute(
        update(AuditHead)
        .where(AuditHead.id == 1)
        .values(seq=AuditHead.seq + 1)
        .returning(AuditHead.seq, AuditHead.hash)
        .execution_options(synchronize_session=False)
    ).one()
    entry = AuditEntry(
        seq=seq,
        at=_now_ms(),
        actor_id=actor.user_id,
        actor_name=actor.name,
        source=actor.source,
        entity=entity,
        entity_id=str(entity_id),
        action=action,
        old=_plain(old) if old is not None else None,
        new=_plain(new) if new is not None else None,
        reason=reason or "",
        prev_hash=prev_hash,
        hash="",
    )
    entry.hash = entry_hash(prev_hash, _entry_fields(entry))
    entry.key_id, entry.mac = key.key_id, key.mac("entry", entry.hash)
    session.add(entry)
    _move_head(session, key, seq, entry.hash)
    session.flush()
    return entry


def _move_head(session: Session, key: audit_keys.AuditKey, seq: int, digest: str) -> None:
    session.execute(
        update(AuditHead)
        .where(AuditHead.id == 1)
        .values(hash=digest, key_id=key.key_id, mac=key.mac("head", str(seq), digest))
        .execution_options(synchronize_session=False)
    )


@dataclass(frozen=True)
class Change:
    """One entry for :func:`record_many`: what :func:`record` takes besides the session and the actor."""

    entity: str
    entity_id: object
    action: str
    old: dict[str, Any] | None = None
    new: dict[str, Any] | None = None
    reason: str = ""
    #: ``new``'s canonical JSON when the caller has it already (a package's record: the text its digest
    #: covers), for the hash in place of encoding ``new`` again, and stored as it is (keys sorted: the audit
    #: page lists a package record's fields in the package's order, ``audit_words.change_lines``); ``new``
    #: is then made of JSON values only.
    new_json: str | None = None


def record_many(session: Session, actor: Actor, changes: Sequence[Change]) -> int:
    """Append many entries at once (a batch of a thousand certificates): the same chain as calling
    :func:`record` for each, but one claim of positions, one INSERT and one update of the tip."""
    if not changes:
        return 0
    key = audit_keys.load_or_create_key()
    session.flush()
    last, prev_hash = session.execute(
        update(AuditHead)
        .where(AuditHead.id == 1)
        .values(seq=AuditHead.seq + len(changes))
        .returning(AuditHead.seq, AuditHead.hash)
        .execution_options(synchronize_session=False)
    ).one()
    at = _now_ms()
    # Each entry's canonical JSON (what ``_canonical(fields)`` gives, keys in sorted order) is put together
    # from pieces: the fields every entry of the batch shares are encoded once, the short texts that repeat
    # (action, entity, reason) once each. ``verify`` recomputes the hash the general way.
    encode = canonical_json.dumps
    shared = ",".join(
        f"{encode(k)}:{encode(v)}"
        for k, v in (("actor_id", actor.user_id), ("actor_name", actor.name), ("at", _plain(at)))
    )
    tail_source = encode(_plain(actor.source)) + "}"
    texts: dict[str, str] = {}

    def text(value: str) -> str:
        found = texts.get(value)
        if found is None:
            found = texts[value] = encode(value)
        return found

    sign = key.signer("entry")
    common = {"at": at, "actor_id": actor.user_id, "actor_name": actor.name, "source": actor.source}
    common["key_id"] = key.key_id
    # ``old`` and ``new`` are stored as the compact JSON the engine's own converter would make (db.make_engine),
    # made here and handed to the driver as it is where the driver allows.
    stored = json_text(session.connection().dialect)
    compact = canonical_json.compact
    rows = []
    for seq, change in enumerate(changes, start=last - len(changes) + 1):
        old_value = _plain(change.old) if change.old is not None else None
        if change.new_json is not None:
            new_value, new = change.new, change.new_json
        else:
            new_value = _plain(change.new) if change.new is not None else None
            new = encode(new_value)
        old = encode(old_value)
        entity_id = str(change.entity_id)
        # a UUID's text needs no escaping: quoted as it is
        quoted = f'"{entity_id}"' if type(change.entity_id) is uuid.UUID else encode(entity_id)
        reason = change.reason or ""
        canonical = (
            f'{{"action":{text(change.action)},{shared},"entity":{text(change.entity)},'
            f'"entity_id":{quoted},"new":{new},"old":{old},'
            f'"reason":{text(reason)},"seq":{seq},"source":'
        )
        digest = hashlib.sha256((prev_hash + canonical + tail_source).encode("utf-8")).hexdigest()
        rows.append(
            {
                "seq": seq,
                "entity": change.entity,
                "entity_id": entity_id,
                "action": change.action,
                "old": stored(compact(old_value)) if stored else old_value,
                "new": stored(compact(new_value) if change.new_json is None else new) if stored else new_value,
                "reason": reason,
                "prev_hash": prev_hash,
                "hash": digest,
                "mac": sign(digest),
            }
        )
        prev_hash = digest
    # Core's executemany, the values the batch shares converted once (driver_insert)
    insert_rows(session, table_of(AuditEntry), rows, common, ready=("old", "new") if stored else ())
    _move_head(session, key, last, prev_hash)
    return len(rows)


def last_change(session: Session, entity: str, entity_id: object) -> tuple[str, datetime] | None:
    """Who last changed a record and when, from its newest audit entry (None when it has none).

    After a lost race the session is spent: pass a fresh one (``fresh_session``) to read the winner.
    """
    row = session.execute(
        select(AuditEntry.actor_name, AuditEntry.at)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()
    return (str(row[0]), row[1]) if row else None


def changed_fields(obj: object, names: list[str], new_values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(old, new) restricted to the names whose value really changes."""
    old, new = {}, {}
    for name in names:
        if name in new_values and getattr(obj, name) != new_values[name]:
            old[name] = _plain(getattr(obj, name))
            new[name] = _plain(new_values[name])
    return old, new


#: What each kind of break in the chain means, for the person reading the message (zh-TW source text).
CHAIN_PROBLEMS = {
    "missing": QT_TRANSLATE_NOOP("audit", "序號 {seq} 的紀錄不見了（遭刪除）"),
    "prev_hash": QT_TRANSLATE_NOOP("audit", "序號 {seq} 與前一筆的雜湊接不上（前一筆遭竄改或刪除）"),
    "altered": QT_TRANSLATE_NOOP("audit", "序號 {seq} 的內容與其雜湊值不符（遭竄改）"),
    "truncated": QT_TRANSLATE_NOOP("audit", "序號 {seq} 起的紀錄不見了（最後幾筆遭刪除）"),
    "unsigned": QT_TRANSLATE_NOOP("audit", "序號 {seq} 沒有金鑰驗證碼（紀錄遭改寫）"),
    "forged": QT_TRANSLATE_NOOP("audit", "序號 {seq} 的金鑰驗證碼不符（內容遭改寫，或自此以後的雜湊鏈被重新計算）"),
    "head": QT_TRANSLATE_NOOP(
        "audit", "紀錄結尾（序號 {seq}）的金鑰驗證碼不符或不見了（結尾遭移動：最後幾筆可能遭刪除）"
    ),
    "checkpoint_missing": QT_TRANSLATE_NOOP(
        "audit", "檢查點記載紀錄已到序號 {checkpoint}，現在只到序號 {last}（序號 {seq} 起遭刪除或整個清空）"
    ),
    "checkpoint_differs": QT_TRANSLATE_NOOP("audit", "序號 {seq} 與檢查點記載的雜湊不符（此序號以前的紀錄遭改寫）"),
    "checkpoint_forged": QT_TRANSLATE_NOOP("audit", "檢查點的驗證碼不符（檢查點抄錯，或遭偽造）"),
    "foreign_key": QT_TRANSLATE_NOOP(
        "audit",
        "序號 {seq} 起由本機沒有的金鑰（{key}）簽署：若此資料庫檔是從另一台電腦搬來的，請把那台電腦的稽核金鑰檔"
        "複製到本機設定資料夾的 audit-keys 中再驗證；否則表示紀錄遭改寫",
    ),
}

#: The first word of a checkpoint's machine-readable line (its format version after the slash).
CHECKPOINT_MARK = "NTIP-AUDIT-CHECKPOINT/1"
_CHECKPOINT = re.compile(
    r"seq=(?P<seq>\d{1,18})at=(?P<at>\d{8}t\d{4}z)hash=(?P<hash>[0-9a-f]{64})"
    r"key=(?P<key>[0-9a-f]{16})mac=(?P<mac>[0-9a-f]{64})"
)


@dataclass(frozen=True)
class Checkpoint:
    """The chain's head at one moment, signed by the installation that took it: for the office's paper file."""

    seq: int
    hash: str
    key_id: str
    mac: str
    at: str  #: UTC, ``20261210T0605Z``

    @property
    def taken_at(self) -> datetime:
        return datetime.strptime(self.at, "%Y%m%dT%H%MZ").replace(tzinfo=UTC)

    def line(self) -> str:
        """The one line ``ntip audit verify --checkpoint`` reads back (spaces and line breaks inside it are ignored)."""
        return f"{CHECKPOINT_MARK} seq={self.seq} at={self.at} hash={self.hash} key={self.key_id} mac={self.mac}"

    def signed_by(self, key: audit_keys.AuditKey) -> bool:
        return hmac.compare_digest(self.mac, key.mac("checkpoint", str(self.seq), self.hash, self.at))


def parse_checkpoint(text: str) -> Checkpoint:
    """A checkpoint from the text ``ntip audit checkpoint`` printed (all of it, or just its last line)."""
    _, mark, rest = text.partition(CHECKPOINT_MARK)
    found = _CHECKPOINT.search("".join(rest.split()).lower()) if mark else None
    if found is None:
        raise UserError(
            translate(
                "audit",
                "讀不出檢查點：請提供 ntip audit checkpoint 輸出的檔案，或其最後一行（以 {mark} 開頭）。",
            ).format(mark=CHECKPOINT_MARK),
            field="--checkpoint",
        )
    return Checkpoint(int(found["seq"]), found["hash"], found["key"], found["mac"], found["at"].upper())


@dataclass(frozen=True)
class ChainReport:
    """What :func:`verify` found: the first break (if any), and how much of the log it could authenticate."""

    entries: int
    ok: bool
    first_bad_seq: int | None = None
    problem: str = ""
    #: Entries whose code was checked with a key this computer holds.
    authenticated: int = 0
    #: (key id, entries) written by installations whose key this computer does not hold: hash chain only.
    unverifiable: tuple[tuple[str, int], ...] = ()
    #: This installation's key id ("" when it has never written).
    own_key: str = ""
    #: The checkpoint the log was compared with, and whether its code was checked here.
    checkpoint: Checkpoint | None = None
    checkpoint_authenticated: bool = False
    #: The last position of the log as found, and the key a ``foreign_key`` problem names (for the messages).
    last_seq: int = 0
    key_id: str = ""

    def explanation(self) -> str:
        """The break in plain Chinese, naming the first bad entry (empty when the chain is intact)."""
        if self.ok:
            return ""
        text = translate("audit", CHAIN_PROBLEMS.get(self.problem, QT_TRANSLATE_NOOP("audit", "序號 {seq} 有誤")))
        return text.format(
            seq=self.first_bad_seq,
            last=self.last_seq,
            key=self.key_id,
            checkpoint=self.checkpoint.seq if self.checkpoint else "",
        )

    def notes(self) -> list[str]:
        """For an intact log: what was proven beyond the hash chain, and what could not be checked here."""
        notes = []
        if self.authenticated:
            notes.append(
                translate("audit", "其中 {n} 筆的金鑰驗證碼已用本機持有的金鑰核對無誤。").format(n=self.authenticated)
            )
        if self.unverifiable:
            notes.append(
                translate(
                    "audit",
                    "另有 {n} 筆由其他電腦（金鑰 {keys}）寫入，本機沒有其金鑰，只核對了雜湊鏈；"
                    "請在那些電腦上也執行驗證，並定期比對紙本檢查點。",
                ).format(n=sum(n for _, n in self.unverifiable), keys="、".join(k for k, _ in self.unverifiable))
            )
        if self.checkpoint is not None:
            notes.append(
                translate("audit", "與檢查點（序號 {seq}，{at}）相符：此序號以前的紀錄與當時完全相同。").format(
                    seq=self.checkpoint.seq, at=roc_moment(self.checkpoint.taken_at)
                )
            )
            if not self.checkpoint_authenticated:
                notes.append(
                    translate("audit", "檢查點由金鑰 {key} 簽發，本機沒有此金鑰，未核對檢查點本身的驗證碼。").format(
                        key=self.checkpoint.key_id
                    )
                )
        return notes


def _require_audit_reader(user: CurrentUser) -> None:
    user.require(Permission.VIEW_AUDIT)


def _signed(key: audit_keys.AuditKey | None, mac: str | None, *parts: str) -> bool:
    return key is not None and mac is not None and hmac.compare_digest(mac, key.mac(*parts))


def verify(
    session: Session, user: CurrentUser, *, checkpoint: Checkpoint | None = None, batch: int = 5000
) -> ChainReport:
    """Recompute the chain from the first entry and check every code this computer can: report the first
    entry that was altered, removed or re-signed; with a ``checkpoint``, also that the log still holds it.

    The head is read first and the entries up to it are walked, so that clerks writing meanwhile (each
    commit moves the head and adds entries beyond it) are not mistaken for a cut.

    An SQLite file is one installation's database: an entry signed with a key this computer does not hold is
    a problem there (``foreign_key``). A shared PostgreSQL database has entries of every clerk's installation:
    those are counted in ``unverifiable``, their hash chain checked, their codes left to their own computers.
    """
    _require_audit_reader(user)
    keys = audit_keys.keyring()
    own = audit_keys.load_key()
    single_installation = session.get_bind().dialect.name == "sqlite"
    head = session.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one()
    head_seq, head_hash, head_key, head_mac = head.seq, head.hash, head.key_id, head.mac
    session.expunge_all()
    found: dict[str, Any] = {"own_key": own.key_id if own else "", "checkpoint": checkpoint}

    def broken(count: int, seq: int | None, problem: str, last: int = 0, key_id: str = "") -> ChainReport:
        return ChainReport(count, False, seq, problem, last_seq=last, key_id=key_id, **found)

    if checkpoint is not None and checkpoint.key_id in keys:
        if not checkpoint.signed_by(keys[checkpoint.key_id]):
            return broken(0, None, "checkpoint_forged")
        found["checkpoint_authenticated"] = True
    prev = GENESIS
    count = authenticated = last_seq = 0
    last_key: str | None = None
    foreign: Counter[str] = Counter()
    while True:
        rows = (
            session.execute(
                select(AuditEntry)
                .where(AuditEntry.seq > last_seq, AuditEntry.seq <= head_seq)
                .order_by(AuditEntry.seq)
                .limit(batch)
            )
            .scalars()
            .all()
        )
        if not rows:
            break
        for e in rows:
            count += 1
            expected_seq = last_seq + 1
            if e.seq != expected_seq:
                return broken(count, expected_seq, "missing", last_seq)
            if e.prev_hash != prev:
                return broken(count, e.seq, "prev_hash", last_seq)
            if entry_hash(prev, _entry_fields(e)) != e.hash:
                return broken(count, e.seq, "altered", last_seq)
            if not e.key_id or not e.mac:
                return broken(count, e.seq, "unsigned", last_seq)
            key = keys.get(e.key_id)
            if key is None and single_installation:
                return broken(count, e.seq, "foreign_key", last_seq, e.key_id)
            if key is None:
                foreign[e.key_id] += 1
            elif _signed(key, e.mac, "entry", e.hash):
                authenticated += 1
            else:
                return broken(count, e.seq, "forged", last_seq)
            if checkpoint is not None and e.seq == checkpoint.seq and e.hash != checkpoint.hash:
                return broken(count, e.seq, "checkpoint_differs", last_seq)
            prev, last_seq, last_key = e.hash, e.seq, e.key_id
        session.expunge_all()
    if checkpoint is not None and last_seq < checkpoint.seq:
        return broken(count, last_seq + 1, "checkpoint_missing", last_seq)
    if last_seq != head_seq or head_hash != prev:
        return broken(count, last_seq + 1, "truncated", last_seq)
    if head_seq == 0:
        later = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
        if later and session.execute(select(AuditHead.seq).where(AuditHead.id == 1)).scalar_one() == 0:
            return broken(0, 1, "head")  # entries, but the head says the log is empty: it was moved back
    elif (
        not head_key
        or head_key != last_key
        or not head_mac
        or (head_key in keys and not _signed(keys[head_key], head_mac, "head", str(head_seq), head_hash))
    ):
        return broken(count, head_seq, "head", last_seq)
    return ChainReport(
        count,
        True,
        authenticated=authenticated,
        unverifiable=tuple(sorted(foreign.items())),
        last_seq=last_seq,
        **found,
    )


class BrokenChain(UserError):
    """:func:`checkpoint` refused: the log does not verify (``report`` says where)."""

    def __init__(self, report: ChainReport) -> None:
        super().__init__(
            translate("audit", "稽核紀錄有誤，不能建立檢查點：{problem}。").format(problem=report.explanation()),
            field="audit",
        )
        self.report = report


def checkpoint(session: Session, user: CurrentUser) -> Checkpoint:
    """The head as it stands, signed with this installation's key, after verifying the log up to it.

    A log that does not verify gets no checkpoint (:class:`BrokenChain`): the paper must never vouch for a
    broken chain.
    """
    report = verify(session, user)
    if not report.ok:
        raise BrokenChain(report)
    key = audit_keys.load_or_create_key()
    seq = report.last_seq
    digest = session.execute(select(AuditEntry.hash).where(AuditEntry.seq == seq)).scalar_one() if seq else GENESIS
    at = utcnow().strftime("%Y%m%dT%H%MZ")
    return Checkpoint(seq, digest, key.key_id, key.mac("checkpoint", str(seq), digest, at), at)


@dataclass(frozen=True)
class AuditRow:
    """An audit entry as a view shows it (plain data, no ORM object)."""

    seq: int
    at: datetime
    actor_name: str
    source: str
    entity: str
    entity_id: str
    action: str
    old: dict[str, Any] | None
    new: dict[str, Any] | None
    reason: str
    #: The record's human code (application number, login, a teacher's name …) where its id is a UUID.
    code: str = ""
    #: Names of the ids the values mention (the decider's id → 「林書記（clerk）」).
    names: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AuditFilter:
    entity: str | None = None
    entity_id: str | None = None
    actor: str | None = None
    source: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    #: A number, login, course code, name or words of the reason (:func:`.audit_names.text_condition`).
    text: str | None = None
    #: Only entries older than this one (paging an export by position: entries written meanwhile stay out).
    before_seq: int | None = None


def _filtered(stmt: Any, f: AuditFilter) -> Any:
    if f.entity:
        stmt = stmt.where(AuditEntry.entity == f.entity)
    if f.entity_id:
        stmt = stmt.where(AuditEntry.entity_id == f.entity_id)
    if f.actor:
        stmt = stmt.where(AuditEntry.actor_name.contains(f.actor))
    if f.source:
        stmt = stmt.where(AuditEntry.source == AuditSource(f.source))
    if f.since:
        stmt = stmt.where(AuditEntry.at >= f.since)
    if f.until:
        stmt = stmt.where(AuditEntry.at < f.until)
    if f.text and f.text.strip():
        stmt = stmt.where(audit_names.text_condition(f.text))
    if f.before_seq is not None:
        stmt = stmt.where(AuditEntry.seq < f.before_seq)
    return stmt


def count_entries(session: Session, user: CurrentUser, f: AuditFilter = AuditFilter()) -> int:
    """How many entries match ``f``: for those who may read the log."""
    _require_audit_reader(user)
    return session.execute(_filtered(select(func.count()).select_from(AuditEntry), f)).scalar_one()


def _rows(session: Session, stmt: Any) -> list[AuditRow]:
    """The entries ``stmt`` selects, each with its record's code and the names its values mention
    (:mod:`.audit_names`)."""
    rows = [
        AuditRow(e.seq, e.at, e.actor_name, e.source.value, e.entity, e.entity_id, e.action, e.old, e.new, e.reason)
        for e in session.execute(stmt).scalars()
    ]
    found = audit_names.codes_and_names(session, rows)
    return [
        replace(
            r,
            code=found.codes.get((r.entity, r.entity_id), ""),
            names={k: v for k, v in found.names.items() if _mentions(r, k)},
        )
        for r in rows
    ]


def _mentions(row: AuditRow, text: str) -> bool:
    return any(isinstance(v, dict) and text in v.values() for v in (row.old, row.new))


def list_entries(
    session: Session, user: CurrentUser, f: AuditFilter = AuditFilter(), *, offset: int = 0, limit: int = 200
) -> list[AuditRow]:
    """Newest first, filtered and paged in SQL, with codes and names: for those who may read the log."""
    _require_audit_reader(user)
    return _rows(session, _filtered(select(AuditEntry), f).order_by(AuditEntry.seq.desc()).offset(offset).limit(limit))


def entity_history(session: Session, entity: str, entity_id: object, *, limit: int = 200) -> list[AuditRow]:
    """One record's entries, oldest first (at most the newest ``limit``): the history a detail pane shows, for
    use cases that have checked that their user may see the record."""
    stmt = (
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.seq.desc())
        .limit(limit)
    )
    return list(reversed(_rows(session, stmt)))


__all__ = [
    "CHECKPOINT_MARK",
    "Actor",
    "AuditFilter",
    "AuditRow",
    "BrokenChain",
    "ChainReport",
    "Change",
    "Checkpoint",
    "changed_fields",
    "checkpoint",
    "count_entries",
    "entity_history",
    "list_entries",
    "parse_checkpoint",
    "record",
    "record_many",
    "verify",
]
