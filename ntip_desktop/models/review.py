"""Course review checklists (CRS) and their item outcomes and overrides."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ntip_desktop.models.base import Base, Timestamps, UuidPk, enum_type
from ntip_desktop.vocabulary import CheckOutcome


class CourseReview(UuidPk, Timestamps, Base):
    """The review of a course by its review unit (Art 11): one per course, its checklist re-run on each
    submission (earlier rounds live on in the audit log)."""

    __tablename__ = "course_reviews"

    #: The course reviewed.
    course_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"), index=True, unique=True)
    #: Rule set version the automatic checks used.
    rule_set_version: Mapped[str] = mapped_column(String(40))
    #: Reviewer.
    reviewer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("office_users.id"))
    #: Decision once made: approved, returned or rejected.
    decision: Mapped[str | None] = mapped_column(String(20))
    #: Reason given with the decision.
    decision_reason: Mapped[str | None] = mapped_column(Text)
    #: When decided.
    decided_at: Mapped[datetime | None]

    items: Mapped[list[ReviewItem]] = relationship(back_populates="review", cascade="all, delete-orphan")


class ReviewItem(UuidPk, Base):
    """One check of the checklist: the automatic outcome, and a clerk's override with its reason."""

    __tablename__ = "review_items"
    __table_args__ = (
        UniqueConstraint("review_id", "check_id"),
        Index("ix_review_items_check_id_outcome", "check_id", "outcome", "review_id"),
    )

    #: The review.
    review_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("course_reviews.id", ondelete="CASCADE"))
    #: Stable check id, e.g. ``art8.2.basis``.
    check_id: Mapped[str] = mapped_column(String(40))
    #: Outcome the rules suggested.
    auto_outcome: Mapped[CheckOutcome] = mapped_column(enum_type(CheckOutcome, "auto_outcome"))
    #: Outcome in force (the override if any).
    outcome: Mapped[CheckOutcome] = mapped_column(enum_type(CheckOutcome, "outcome"))
    #: Message naming the article.
    message: Mapped[str] = mapped_column(Text)
    #: The data the check looked at.
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: Why a clerk overrode the automatic outcome.
    override_reason: Mapped[str | None] = mapped_column(Text)
    #: Who overrode it.
    overridden_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("office_users.id"))
    #: When.
    overridden_at: Mapped[datetime | None]

    review: Mapped[CourseReview] = relationship(back_populates="items")


class ExternalCourse(UuidPk, Base):
    """A course listed on another site (a county system, the civil-service lifelong-learning portal, the
    special-education network), imported so that Art 12(1)'s duplicate check can compare against it."""

    __tablename__ = "external_courses"

    #: Which site's list: ``county``, ``civil_service`` or ``special_education``.
    source: Mapped[str] = mapped_column(String(20))
    #: The list it came from (file name), for the clerk's reference.
    list_name: Mapped[str] = mapped_column(String(200), default="")
    #: Organiser as the other site names it.
    organizer: Mapped[str] = mapped_column(String(200))
    #: First day.
    start_on: Mapped[date] = mapped_column(index=True)
    #: Title as listed.
    title: Mapped[str] = mapped_column(String(200))
    #: When imported.
    imported_at: Mapped[datetime]
