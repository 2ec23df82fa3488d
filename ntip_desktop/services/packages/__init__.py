"""Report packages (docs/packages.md): a coordinator's laptop exports a month of its organisation's courses,
segments, enrollments and attendance as one signed file; the office verifies it, previews what is new,
changed and conflicting, and imports it all or nothing.

The domain's public API: views and the command line import from here only.

- the page: :func:`own_organization` (a coordinator's own organisation, filled in for export)
- identity: :func:`installation_line` (this installation's id and public key, for the office to register)
- trust: :func:`trust_installation` (the office registers a coordinator installation, once)
- export: :func:`export_package` (with ``progress`` and ``cancel``; :class:`Period` for a range)
- import: :func:`verify_package`, :func:`preview_import`, :func:`import_package`
- a school computer's first start: :func:`starter_schools` (the schools and coordinators the office may make
  one for), :func:`export_starter` (the office writes the signed starter file),
  :func:`read_starter` (what it holds, the office key's fingerprint), :func:`start_from_starter` (an empty
  database filled from it, the coordinator signed in), :func:`refresh_from_starter` (a school computer in use
  takes the office's decisions and the courses entered there from a newer one)
"""

from __future__ import annotations

from ntip_desktop.services.packages.access import own_organization
from ntip_desktop.services.packages.container import NotAPackage
from ntip_desktop.services.packages.export import Exported, PackageCancelled, Period, export_package
from ntip_desktop.services.packages.importing import (
    Conflict,
    Imported,
    Preview,
    TableCounts,
    Verification,
    import_package,
    preview_import,
    verify_package,
)
from ntip_desktop.services.packages.refresh import StarterRefresh, StateChange, refresh_from_starter
from ntip_desktop.services.packages.starter import (
    StarterContents,
    StarterExported,
    StarterSchool,
    export_starter,
    fingerprint,
    installation_fingerprint,
    read_starter,
    start_from_starter,
    starter_schools,
)
from ntip_desktop.services.packages.trust import Trusted, installation_line, trust_installation

__all__ = [
    "Conflict",
    "Exported",
    "Imported",
    "NotAPackage",
    "PackageCancelled",
    "Period",
    "Preview",
    "StarterContents",
    "StarterExported",
    "StarterRefresh",
    "StarterSchool",
    "StateChange",
    "TableCounts",
    "Trusted",
    "Verification",
    "export_package",
    "export_starter",
    "fingerprint",
    "import_package",
    "installation_fingerprint",
    "installation_line",
    "own_organization",
    "preview_import",
    "read_starter",
    "refresh_from_starter",
    "start_from_starter",
    "starter_schools",
    "trust_installation",
    "verify_package",
]
