"""Saved rule sets: an office's adjusted copy of the rule parameters, with the reason."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ntip_desktop.models.base import Base, UuidPk


class RuleSetRecord(UuidPk, Base):
    __tablename__ = "rule_sets"

    #: Version label, unique (e.g. ``2009-10-08`` or ``2009-10-08+台中市-1``).
    version: Mapped[str] = mapped_column(String(40), unique=True)
    #: The version it adjusts.
    based_on: Mapped[str] = mapped_column(String(40))
    #: All parameters as JSON (RuleSet.to_dict()).
    params: Mapped[dict[str, Any]]
    #: Why it was adjusted.
    reason: Mapped[str] = mapped_column(Text)
    #: The rule set in force (at most one).
    in_force: Mapped[bool] = mapped_column(default=False)
    #: Who saved it.
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("office_users.id"))
    #: When.
    created_at: Mapped[datetime]
    #: Optimistic-lock counter (``version`` is the label): two admins putting rule sets in force at once
    #: cannot both succeed.
    row_version: Mapped[int] = mapped_column(default=1, server_default="1")

    __mapper_args__ = {"version_id_col": row_version}
