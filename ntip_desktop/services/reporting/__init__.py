"""Monthly reporting (docs/rules.md CRS back-end reporting): report months, uploads, confirmations, amendments.

The domain's public API: views and the command line import from here only. Today it holds the counts the
月報傳報 page shows until report packages land.
"""

from __future__ import annotations

from ntip_desktop.services.reporting.overview import reports_overview

__all__ = ["reports_overview"]
