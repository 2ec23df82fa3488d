"""Office users (clerks, coordinators, certificate staff, admins) with a role and a scope."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ntip_desktop.models.base import Base, Timestamps, UuidPk, enum_type
from ntip_desktop.models.organization import DistrictCenter, Organization
from ntip_desktop.vocabulary import Role


class OfficeUser(UuidPk, Timestamps, Base):
    __tablename__ = "office_users"
    __table_args__ = (
        CheckConstraint("role != 'district_clerk' OR district_center_id IS NOT NULL", name="clerk_has_district"),
        CheckConstraint("role != 'school_coordinator' OR organization_id IS NOT NULL", name="coordinator_has_org"),
    )

    #: Sign-in name.
    login: Mapped[str] = mapped_column(String(40), unique=True)
    #: Name shown in the status bar and the audit log.
    display_name: Mapped[str] = mapped_column(String(40))
    #: Role.
    role: Mapped[Role] = mapped_column(enum_type(Role, "role"))
    #: Scope of a district clerk.
    district_center_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("district_centers.id"))
    #: Scope of a school coordinator.
    organization_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organizations.id"))
    #: argon2 hash of the password.
    password_hash: Mapped[str] = mapped_column(String(200))
    #: May sign in.
    active: Mapped[bool] = mapped_column(default=True)
    #: Last successful sign-in.
    last_login_at: Mapped[datetime | None]
    #: Wrong passwords since the last successful sign-in (or unlock).
    failed_logins: Mapped[int] = mapped_column(default=0, server_default="0")
    #: Signing in is refused until then (after too many wrong passwords); None: not locked.
    locked_until: Mapped[datetime | None]
    #: An administrator reset the password: the user must choose a new one right after signing in.
    must_change_password: Mapped[bool] = mapped_column(default=False, server_default=false())
    #: Optimistic-lock counter (two administrators editing one user).
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    district_center: Mapped[DistrictCenter | None] = relationship()
    organization: Mapped[Organization | None] = relationship()

    __mapper_args__ = {"version_id_col": version}
