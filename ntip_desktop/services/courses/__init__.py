"""Courses (docs/rules.md CRS): submission, the review checklist and its decisions.

The domain's public API: views and the command line import from here only. Today it holds the counts the
課程審核 page shows until its review desk lands.
"""

from __future__ import annotations

from ntip_desktop.services.courses.overview import courses_overview

__all__ = ["courses_overview"]
