"""The rule set in force, and adjusted copies an admin saves with a reason (audited).

Putting an adjusted copy in force is locked optimistically: an admin passes the version label of the rule set
they adjusted (``expected_version``), and a save made on a rule set no longer in force — or the loser of two
admins saving at once (the row in force changed under it, or both took the same new label) — is refused with
a :class:`~ntip_desktop.errors.ConflictError` naming who put which rule set in force and when.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ntip_desktop.changes import Changes
from ntip_desktop.errors import ConflictError, UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import RuleSetRecord
from ntip_desktop.models.base import utcnow
from ntip_desktop.services import audit
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.rules.rocdate import roc_moment
from ntip_desktop.services.rules.ruleset import DEFAULT_RULE_SET, RuleSet


def rule_set_in_force(session: Session) -> RuleSet:
    """The saved rule set marked in force, else the regulation as filed (2009-10-08)."""
    row = session.execute(select(RuleSetRecord).where(RuleSetRecord.in_force.is_(True))).scalar_one_or_none()
    if row is None:
        return DEFAULT_RULE_SET
    return RuleSet.from_dict({**row.params, "version": row.version})


def known_rule_set(session: Session, version: str) -> RuleSet:
    """The rule set of ``version`` (the default or a saved one), e.g. to explain an old award."""
    if version == DEFAULT_RULE_SET.version:
        return DEFAULT_RULE_SET
    row = session.execute(select(RuleSetRecord).where(RuleSetRecord.version == version)).scalar_one_or_none()
    if row is None:
        raise UserError(translate("services.rulesets", "找不到規則版本 {v}").replace("{v}", version), field="version")
    return RuleSet.from_dict({**row.params, "version": row.version})


@dataclass(frozen=True)
class SavedRuleSet:
    version: str
    based_on: str
    reason: str
    created_at: datetime
    changed: dict[str, Any]
    changes: Changes


def _changed_meanwhile(session: Session, seen: str) -> ConflictError:
    """The rule set in force is no longer ``seen``: say which is, who put it in force and when (read in a fresh
    session, since after a lost race this one may be spent)."""
    with Session(bind=session.get_bind()) as fresh:
        now = rule_set_in_force(fresh).version
        handled = audit.last_change(fresh, "rule_set", now)
    who, when = (handled[0], roc_moment(handled[1])) if handled else (translate("services.rulesets", "其他人"), "—")
    return ConflictError(
        translate(
            "services.rulesets",
            "規則參數已由 {who} 於 {when} 調整（目前施行版本：{now}，您調整的是 {seen}），您的調整沒有寫入。請重新載入後再試。",
        ).format(who=who, when=when, now=now, seen=seen),
        field="version",
    )


def save_adjusted(
    session: Session,
    user: CurrentUser,
    adjustments: dict[str, Any],
    reason: str,
    *,
    expected_version: str | None = None,
) -> SavedRuleSet:
    """Save a copy of the rule set in force with ``adjustments`` applied, and put it in force.

    ``expected_version``: the version label of the rule set the admin adjusted (as shown), None not to check.
    """
    user.require(Permission.EDIT_RULE_SET)
    if not reason or not reason.strip():
        raise UserError(translate("services.rulesets", "調整規則參數必須填寫原因。"), field="reason")
    if "version" in adjustments:
        raise UserError(translate("services.rulesets", "版本由系統編定，不可自行指定。"), field="version")
    in_force = session.execute(
        select(RuleSetRecord).where(RuleSetRecord.in_force.is_(True)).execution_options(populate_existing=True)
    ).scalar_one_or_none()
    current = rule_set_in_force(session)
    if expected_version is not None and current.version != expected_version:
        raise _changed_meanwhile(session, expected_version)
    base = current.to_dict()
    try:
        adjusted = RuleSet.from_dict({**base, **adjustments})
    except UserError:
        raise
    except (TypeError, ValueError, KeyError) as exc:
        raise UserError(
            translate("services.rulesets", "規則參數格式不正確：{e}").replace("{e}", str(exc)), field="params"
        ) from exc
    for name, value in adjustments.items():
        if isinstance(getattr(DEFAULT_RULE_SET, name), int) and (not isinstance(value, int) or value <= 0):
            raise UserError(
                translate("services.rulesets", "「{name}」必須是正整數。").replace("{name}", name), field=name
            )
    new_params = adjusted.to_dict()
    changed = {k: new_params[k] for k in new_params if k != "version" and new_params[k] != base[k]}
    if not changed:
        raise UserError(translate("services.rulesets", "參數沒有任何變更。"), field="params")
    root = DEFAULT_RULE_SET.version
    n = session.execute(select(func.count()).select_from(RuleSetRecord)).scalar_one() + 1
    version = f"{root}+{n}"
    if in_force is not None:
        in_force.in_force = False  # versioned: of two admins replacing it at once, the second is refused
    row = RuleSetRecord(
        version=version,
        based_on=current.version,
        params={k: v for k, v in new_params.items() if k != "version"},
        reason=reason.strip(),
        in_force=True,
        created_by_id=user.id,
        created_at=utcnow(),
    )
    session.add(row)
    try:
        session.flush()
    except (StaleDataError, IntegrityError):  # another admin's rule set went in force first (or took the label)
        raise _changed_meanwhile(session, current.version) from None
    audit.record(
        session,
        user.actor(),
        "rule_set",
        version,
        "adjust",
        old={"version": current.version, **{k: base[k] for k in changed}},
        new={"version": version, **changed},
        reason=reason.strip(),
    )
    return SavedRuleSet(
        version, current.version, row.reason, row.created_at, changed, Changes(rule_sets=True, audit=True)
    )
