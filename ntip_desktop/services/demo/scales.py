"""How big a demo data set is: ``small`` to try the program, ``county`` to measure it."""

from __future__ import annotations

from dataclasses import dataclass

from ntip_desktop.models import OrgKind


@dataclass(frozen=True)
class Scale:
    """Target sizes; the generators come close (they round per county and per course)."""

    name: str
    #: Schools of each kind across all counties (shared out by population, at least ``min`` per county).
    schools: tuple[tuple[OrgKind, int, int], ...]
    #: Invented universities (besides the real teacher-education universities).
    universities: int
    #: Teacher-education universities taken from the real list.
    teacher_universities: int
    #: Social-education foundations and associations.
    social_edu: int
    #: Subject centers (學科中心).
    subject_centers: int
    teachers: int
    courses: int
    #: Enrollments (attendance entries) across all courses.
    enrollments: int
    #: Account applications of every state and purpose.
    applications: int
    #: Courses whose title hits an Art 9 restricted category (for the review screens).
    restricted_courses: int
    #: Ended courses whose hours the seed awards for real (besides the demo coordinator's own); the
    #: others stay approved (seed._award_some says why).
    awarded_courses: int


SCALES: dict[str, Scale] = {
    "small": Scale(
        name="small",
        schools=(
            (OrgKind.ELEMENTARY, 80, 2),
            (OrgKind.JUNIOR_HIGH, 40, 1),
            (OrgKind.SENIOR_HIGH, 22, 1),
            (OrgKind.VOCATIONAL, 6, 0),
            (OrgKind.SPECIAL_EDUCATION, 3, 0),
            (OrgKind.KINDERGARTEN, 50, 1),
            (OrgKind.PRESCHOOL, 3, 0),
        ),
        universities=4,
        teacher_universities=6,
        social_edu=6,
        subject_centers=8,
        teachers=2_000,
        courses=200,
        enrollments=10_000,
        applications=300,
        restricted_courses=6,
        awarded_courses=8,
    ),
    "county": Scale(
        name="county",
        schools=(
            (OrgKind.ELEMENTARY, 620, 3),
            (OrgKind.JUNIOR_HIGH, 230, 2),
            (OrgKind.SENIOR_HIGH, 110, 1),
            (OrgKind.VOCATIONAL, 45, 0),
            (OrgKind.SPECIAL_EDUCATION, 14, 0),
            (OrgKind.KINDERGARTEN, 700, 2),
            (OrgKind.PRESCHOOL, 30, 0),
        ),
        universities=12,
        teacher_universities=10,
        social_edu=18,
        subject_centers=20,
        teachers=40_000,
        courses=4_000,
        enrollments=1_000_000,
        applications=3_000,
        restricted_courses=40,
        awarded_courses=2,
    ),
}
