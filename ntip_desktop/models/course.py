"""Courses with every Art 8 field, their segments (時段), enrollments and absences (HRS-1…3)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ntip_desktop.models.base import Base, Synced, Timestamps, UuidPk, enum_type
from ntip_desktop.models.organization import Organization
from ntip_desktop.models.teacher import Teacher
from ntip_desktop.vocabulary import AbsenceReason, CourseState, Delivery, SegmentKind

#: Course and segment times are local wall-clock times (Asia/Taipei), as organisers write them.
LocalDateTime = DateTime(timezone=False)


class Course(UuidPk, Synced, Timestamps, Base):
    __tablename__ = "courses"
    __table_args__ = (
        CheckConstraint("end_at > start_at", name="ends_after_start"),
        CheckConstraint("subsidy_amount IS NULL OR subsidy_amount > 0", name="subsidy_positive"),
        CheckConstraint("credits IS NULL OR credits > 0", name="credits_positive"),
        CheckConstraint("certified_hours IS NULL OR certified_hours >= 0", name="certified_hours_nonneg"),
        CheckConstraint("organizer_category BETWEEN 1 AND 8", name="organizer_category_range"),
        Index("ix_courses_state_start", "state", "start_at"),
        Index("ix_courses_review_unit_state_start", "review_unit", "state", "start_at"),
    )

    #: Course code people type (e.g. ``"1150001234"``).
    code: Mapped[str] = mapped_column(String(20), unique=True)
    #: 研習名稱 (Art 8(1)).
    title: Mapped[str] = mapped_column(String(200), index=True)
    #: Session marker within a series, e.g. 第2場 (Art 8(1)).
    session_label: Mapped[str] = mapped_column(String(40), default="")
    #: 課程內容大綱 (Art 8(1)).
    outline: Mapped[str] = mapped_column(Text, default="")
    #: Organising unit.
    organizer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id"), index=True)
    #: Art 7 qualification item 1–8.
    organizer_category: Mapped[int] = mapped_column(Integer)
    #: Approving authority's document number (Art 7 items 3 and 5).
    approval_doc: Mapped[str | None] = mapped_column(String(80))
    #: Accreditation reference (Art 7 item 6).
    accreditation_ref: Mapped[str | None] = mapped_column(String(80))
    #: Whether a school course is cross-school (Art 7 item 4).
    cross_school: Mapped[bool] = mapped_column(default=False)
    #: 依據文號 (Art 8(2)).
    basis_doc: Mapped[str | None] = mapped_column(String(80))
    #: Start, local wall-clock (Art 8(3)).
    start_at: Mapped[datetime] = mapped_column(LocalDateTime)
    #: End, local wall-clock (Art 8(3)).
    end_at: Mapped[datetime] = mapped_column(LocalDateTime)
    #: Venue (Art 8(3)); empty for online courses.
    venue: Mapped[str] = mapped_column(String(120), default="")
    #: In person, credit class, or online.
    delivery: Mapped[Delivery] = mapped_column(enum_type(Delivery, "delivery"))
    #: 班別性質 from the rule set's controlled list (Art 8(4)).
    class_nature: Mapped[str | None] = mapped_column(String(20))
    #: Audience codes, ``k12_teacher`` among them (Art 8(5)).
    audience: Mapped[list[Any]] = mapped_column(default=list)
    #: 補助單位 (Art 8(6)).
    subsidy_unit: Mapped[str | None] = mapped_column(String(80))
    #: 補助金額 in NT$ (Art 8(6)).
    subsidy_amount: Mapped[int | None] = mapped_column(Integer)
    #: 承辦人 name (Art 8(7)).
    contact_name: Mapped[str] = mapped_column(String(40), default="")
    #: 承辦人 telephone.
    contact_phone: Mapped[str] = mapped_column(String(30), default="")
    #: 承辦人 e-mail.
    contact_email: Mapped[str] = mapped_column(String(120), default="")
    #: Date registered on the network (Art 12(2) lead time).
    registered_on: Mapped[date | None]
    #: Declared as registered on another site (Art 12(1)).
    registered_elsewhere: Mapped[bool] = mapped_column(default=False)
    #: Competent authority's consent document for an Art 9 activity.
    consent_doc: Mapped[str | None] = mapped_column(String(80))
    #: 專案核准 document number lifting the day/week caps (Art 10(2)).
    special_approval_doc: Mapped[str | None] = mapped_column(String(80))
    #: Credits of a credit class (HRS-6).
    credits: Mapped[int | None] = mapped_column(Integer)
    #: Hours certified by the organiser for an online course (HRS-7).
    certified_hours: Mapped[int | None] = mapped_column(Integer)
    #: Reference of that certification.
    certified_ref: Mapped[str | None] = mapped_column(String(80))
    #: Workflow state.
    state: Mapped[CourseState] = mapped_column(enum_type(CourseState, "course_state"))
    #: Review unit derived by Art 11 (e.g. ``authority:38``, ``national_center``).
    review_unit: Mapped[str | None] = mapped_column(String(40), index=True)
    #: School year (學年度) in ROC years.
    school_year: Mapped[int] = mapped_column(Integer, index=True)
    #: Optimistic-lock counter.
    version: Mapped[int] = mapped_column(default=1)

    organizer: Mapped[Organization] = relationship()
    segments: Mapped[list[Segment]] = relationship(
        back_populates="course", cascade="all, delete-orphan", order_by="Segment.start_at"
    )
    enrollments: Mapped[list[Enrollment]] = relationship(back_populates="course", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}


class Segment(UuidPk, Synced, Base):
    """A 時段 of a course on one calendar day."""

    __tablename__ = "segments"
    __table_args__ = (
        CheckConstraint("end_at > start_at", name="ends_after_start"),
        UniqueConstraint("course_id", "label"),
    )

    #: The course.
    course_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"), index=True)
    #: Short label unique in the course, e.g. ``s1``.
    label: Mapped[str] = mapped_column(String(20))
    #: Start, local wall-clock.
    start_at: Mapped[datetime] = mapped_column(LocalDateTime)
    #: End, local wall-clock, same day.
    end_at: Mapped[datetime] = mapped_column(LocalDateTime)
    #: Instruction or a non-creditable kind (Art 10(4)).
    kind: Mapped[SegmentKind] = mapped_column(enum_type(SegmentKind, "segment_kind"))
    #: Topic or speaker, for the timetable.
    topic: Mapped[str] = mapped_column(String(120), default="")
    #: The roll of this segment is complete: unmarked teachers are shown as present (「其餘出席」).
    roll_taken: Mapped[bool] = mapped_column(default=False)

    course: Mapped[Course] = relationship(back_populates="segments")


class Enrollment(UuidPk, Synced, Timestamps, Base):
    """A teacher's place in a course; no absence rows means attended in full (HRS-3)."""

    __tablename__ = "enrollments"
    __table_args__ = (
        UniqueConstraint("course_id", "teacher_id"),
        UniqueConstraint("course_id", "seat_no"),
        CheckConstraint("seat_no > 0", name="seat_no_positive"),
    )

    #: The course.
    course_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"))
    #: The teacher.
    teacher_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("teachers.id"), index=True)
    #: Seat number in the course (1, 2, …), given on enrolment and never reused: the row code printed
    #: on the sign-in sheet, so that marks on paper go back to the right row of the grid.
    seat_no: Mapped[int] = mapped_column(Integer)
    #: Completed (credit and online courses, HRS-6/7).
    completed: Mapped[bool] = mapped_column(default=True)

    course: Mapped[Course] = relationship(back_populates="enrollments")
    teacher: Mapped[Teacher] = relationship()
    absences: Mapped[list[Absence]] = relationship(back_populates="enrollment", cascade="all, delete-orphan")


class Absence(UuidPk, Synced, Base):
    """Minutes of one segment a teacher missed, and why."""

    __tablename__ = "absences"
    __table_args__ = (
        UniqueConstraint("enrollment_id", "segment_id"),
        CheckConstraint("minutes > 0", name="minutes_positive"),
    )

    #: The enrollment.
    enrollment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("enrollments.id", ondelete="CASCADE"))
    #: The segment missed (in part or whole).
    segment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"))
    #: Minutes missed (≤ the segment's length).
    minutes: Mapped[int] = mapped_column(Integer)
    #: Leave or unexcused.
    reason: Mapped[AbsenceReason] = mapped_column(enum_type(AbsenceReason, "absence_reason"))

    enrollment: Mapped[Enrollment] = relationship(back_populates="absences")
