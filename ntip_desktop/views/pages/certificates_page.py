"""時數證明: for now, hour awards by outcome and certificates by state in scope."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ntip_desktop.views.pages.overview import OverviewPage
from ntip_desktop.services.overview import Overview, certificates_overview


class CertificatesPage(OverviewPage):
    watches = ("awards", "certificates")

    def heading_text(self) -> str:
        return self.tr("時數證明：時數與證明概況")

    def later_text(self) -> str:
        return self.tr("核算時數、批次列印研習時數證明的作業畫面將在之後的版本提供。")

    def overview_function(self) -> Callable[[Any, Any], Overview]:
        return certificates_overview
