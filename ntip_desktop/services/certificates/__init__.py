"""Hour certificates (docs/rules.md HRS-8): issued from stored awards, superseded, never altered.

The domain's public API: views and the command line import from here only. Today it holds the counts the
時數證明 page shows until issuing lands.
"""

from __future__ import annotations

from ntip_desktop.services.certificates.overview import certificates_overview

__all__ = ["certificates_overview"]
