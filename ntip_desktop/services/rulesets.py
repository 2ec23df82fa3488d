"""The rule set in force, and adjusted copies an admin saves with a reason (audited)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import RuleSetRecord
from ntip_desktop.models.base import utcnow
from ntip_desktop.services import audit
from ntip_desktop.services.auth import CurrentUser, Permission
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


def save_adjusted(session: Session, user: CurrentUser, adjustments: dict[str, Any], reason: str) -> SavedRuleSet:
    """Save a copy of the rule set in force with ``adjustments`` applied, and put it in force."""
    user.require(Permission.EDIT_RULE_SET)
    if not reason or not reason.strip():
        raise UserError(translate("services.rulesets", "調整規則參數必須填寫原因。"), field="reason")
    if "version" in adjustments:
        raise UserError(translate("services.rulesets", "版本由系統編定，不可自行指定。"), field="version")
    current = rule_set_in_force(session)
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
    session.execute(update(RuleSetRecord).where(RuleSetRecord.in_force.is_(True)).values(in_force=False))
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
    session.flush()
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
