"""Accounts and account applications (docs/rules.md ACC-1…5)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ntip_desktop.models.base import Base, Timestamps, UuidPk, enum_type
from ntip_desktop.models.organization import Organization
from ntip_desktop.vocabulary import (
    AccountKind,
    AccountState,
    ApplicationPurpose,
    ApplicationSource,
    ApplicationState,
    BusinessSubtype,
    FaxCheckItem,
)


class AccountApplication(UuidPk, Timestamps, Base):
    """An application for an account, or for a change of an account's contact person (承辦人)."""

    __tablename__ = "account_applications"
    __table_args__ = (
        CheckConstraint("kind = 'business' OR subtype IS NULL", name="teacher_has_no_subtype"),
        CheckConstraint("fax_pages IS NULL OR fax_pages > 0", name="fax_pages_positive"),
        # The clerk's queue: one state in submission order, and counts per organisation and state.
        Index("ix_account_applications_state_submitted_at", "state", "submitted_at"),
        Index("ix_account_applications_organization_id_state", "organization_id", "state", "submitted_at"),
    )

    #: Application number with check digit, printed as text and barcode on the fax form.
    number: Mapped[str] = mapped_column(String(16), unique=True)
    #: New account or contact-person change.
    purpose: Mapped[ApplicationPurpose] = mapped_column(enum_type(ApplicationPurpose, "application_purpose"))
    #: Teacher or business (immutable once submitted, ACC-3).
    kind: Mapped[AccountKind] = mapped_column(enum_type(AccountKind, "account_kind"))
    #: Business subtype (immutable once submitted, ACC-3).
    subtype: Mapped[BusinessSubtype | None] = mapped_column(enum_type(BusinessSubtype, "business_subtype"))
    #: Requested login ID (immutable once submitted, ACC-3).
    login_id: Mapped[str] = mapped_column(String(40), index=True)
    #: Workflow state.
    state: Mapped[ApplicationState] = mapped_column(enum_type(ApplicationState, "application_state"), index=True)
    #: Where the application came from.
    source: Mapped[ApplicationSource] = mapped_column(enum_type(ApplicationSource, "application_source"))
    #: Applying organisation.
    organization_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id"), index=True)
    #: The account created by this application, or the account a contact change is about.
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"))
    #: Teacher (teacher accounts only).
    teacher_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teachers.id"))
    #: Applicant's name.
    applicant_name: Mapped[str] = mapped_column(String(40))
    #: Applicant's job title.
    applicant_title: Mapped[str] = mapped_column(String(40), default="")
    #: Contact person (承辦人) name.
    contact_name: Mapped[str] = mapped_column(String(40))
    #: Contact person's telephone.
    contact_phone: Mapped[str] = mapped_column(String(30))
    #: Contact person's e-mail.
    contact_email: Mapped[str] = mapped_column(String(120))
    #: Version of the account usage agreement accepted (ACC-2).
    agreement_version: Mapped[str] = mapped_column(String(20))
    #: When the agreement was accepted (ACC-2).
    agreement_accepted_at: Mapped[datetime]
    #: When the application was submitted.
    submitted_at: Mapped[datetime] = mapped_column(index=True)
    #: Date the signed fax arrived.
    fax_received_on: Mapped[date | None]
    #: Pages of the fax.
    fax_pages: Mapped[int | None] = mapped_column(Integer)
    #: When it was decided.
    decided_at: Mapped[datetime | None]
    #: Office user who decided.
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("office_users.id"))
    #: Reason given with a rejection, a return (what is missing) or an approval note.
    decision_reason: Mapped[str | None] = mapped_column(Text)
    #: Why the contact changes (contact-change applications).
    change_reason: Mapped[str | None] = mapped_column(Text)
    #: Optimistic-lock counter: a second decision on a stale copy is refused.
    version: Mapped[int] = mapped_column(default=1)

    organization: Mapped[Organization] = relationship()
    fax_checks: Mapped[list[FaxCheck]] = relationship(
        back_populates="application", cascade="all, delete-orphan", order_by="FaxCheck.item"
    )

    __mapper_args__ = {"version_id_col": version}


class FaxCheck(UuidPk, Base):
    """One ticked (or unticked) item of the fax checklist of an application."""

    __tablename__ = "fax_checks"
    __table_args__ = (UniqueConstraint("application_id", "item"),)

    #: The application.
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account_applications.id", ondelete="CASCADE"))
    #: Which item.
    item: Mapped[FaxCheckItem] = mapped_column(enum_type(FaxCheckItem, "fax_check_item"))
    #: Ticked as present / correct.
    ok: Mapped[bool] = mapped_column(default=False)
    #: Who ticked it.
    checked_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("office_users.id"))
    #: When.
    checked_at: Mapped[datetime | None]
    #: Optimistic-lock counter: a tick on a stale copy of the checklist is refused.
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    application: Mapped[AccountApplication] = relationship(back_populates="fax_checks")

    __mapper_args__ = {"version_id_col": version}


class Account(UuidPk, Timestamps, Base):
    """An account on the network. Login ID, kind and subtype never change (ACC-3; a trigger guards it)."""

    __tablename__ = "accounts"

    #: Login ID (immutable).
    login_id: Mapped[str] = mapped_column(String(40), unique=True)
    #: Teacher or business (immutable).
    kind: Mapped[AccountKind] = mapped_column(enum_type(AccountKind, "account_kind"))
    #: Business subtype (immutable).
    subtype: Mapped[BusinessSubtype | None] = mapped_column(enum_type(BusinessSubtype, "business_subtype"))
    #: Usable or suspended.
    state: Mapped[AccountState] = mapped_column(enum_type(AccountState, "account_state"))
    #: Owning organisation.
    organization_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id"), index=True)
    #: Teacher (teacher accounts).
    teacher_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teachers.id"))
    #: Current contact person (承辦人), changed only through an approved contact-change form.
    contact_name: Mapped[str] = mapped_column(String(40), default="")
    #: Current contact's telephone.
    contact_phone: Mapped[str] = mapped_column(String(30), default="")
    #: Current contact's e-mail.
    contact_email: Mapped[str] = mapped_column(String(120), default="")

    organization: Mapped[Organization] = relationship()
