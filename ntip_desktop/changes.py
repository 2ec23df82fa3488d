"""What a write changed, so that each view can decide alone whether to refresh (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    """Kinds of records a write touched. Returned by every use case that writes."""

    accounts: bool = False
    organizations: bool = False
    teachers: bool = False
    courses: bool = False
    attendance: bool = False
    awards: bool = False
    certificates: bool = False
    reports: bool = False
    users: bool = False
    rule_sets: bool = False
    audit: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


NOTHING = Changes()
