"""Demo data (``ntip demo seed``): a realistic, deterministic data set for trying the program and benchmarking.

Everything here is invented for demonstration; names, codes and numbers only look plausible.
"""

from __future__ import annotations

from ntip_desktop.services.demo.seed import DEMO_PASSWORD, DEMO_USERS, SCALES, SeedCancelled, SeedReport, seed

__all__ = ["DEMO_PASSWORD", "DEMO_USERS", "SCALES", "SeedCancelled", "SeedReport", "seed"]
