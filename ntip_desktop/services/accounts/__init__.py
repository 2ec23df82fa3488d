"""Business and teacher accounts (docs/rules.md ACC-1…5): applications, the fax desk's decisions, forms.

This module is the accounts domain's public API: views, the command line and other domains import these
names from here, never from the modules of this folder (an import-linter contract checks it).

- ``decisions``: the application state machine (``WORKFLOW``) and its named moves, bulk decisions;
- ``intake``: checking and storing new applications and contact changes;
- ``importing``: the web site's CSV/XLSX export, all or nothing; its columns and a template to fill in;
- ``export``: the queue as the filter shows it, to XLSX;
- ``queries``: the clerk's queue, one application's detail, choosers;
- ``forms``: the faxed application form as a PDF;
- ``functions``: which account may use which function (ACC-5), the permission matrix;
- ``access``: scope checks and loading; ``fields``, ``labels``, ``appno``: field checks, names, numbers.
"""

from __future__ import annotations

from ntip_desktop.services.accounts.appno import (
    PREFIX_BUSINESS,
    PREFIX_CONTACT_CHANGE,
    check_application_number,
    make_application_number,
    normalize_application_number,
)
from ntip_desktop.services.accounts.decisions import (
    AWAITING_STATES,
    MAX_FAX_PAGES,
    OPEN_STATES,
    WORKFLOW,
    BulkDecision,
    BulkTarget,
    Transition,
    answer_return,
    approve,
    decide,
    decide_many,
    missing_fax_checks,
    record_fax_received,
    reject,
    return_for_correction,
    set_fax_check,
)
from ntip_desktop.services.accounts.export import ExportedApplications, export_applications_xlsx
from ntip_desktop.services.accounts.fields import FIELD_LABELS, validate_email, validate_login_id, validate_phone
from ntip_desktop.services.accounts.forms import RenderedForm, render_application_form
from ntip_desktop.services.accounts.functions import PermissionMatrix, permission_matrix
from ntip_desktop.services.accounts.importing import (
    ImportColumn,
    ImportPreview,
    ImportRejected,
    ImportResult,
    columns_help,
    import_applications,
    import_columns,
    import_template_xlsx,
    preview_import,
    read_file,
)
from ntip_desktop.services.accounts.intake import (
    AGREEMENT_VERSION,
    SUBTYPE_ORDER,
    ApplicationInput,
    ContactChangeInput,
    Problem,
    Submitted,
    check_application,
    submit_application,
    submit_contact_change,
    subtypes_for,
)
from ntip_desktop.services.accounts.labels import (
    FAX_CHECK_ORDER,
    fax_check_label,
    kind_label,
    purpose_label,
    source_label,
    state_label,
    subtype_label,
)
from ntip_desktop.services.accounts.queries import (
    SORT_KEYS,
    ApplicationDetail,
    ApplicationFilter,
    ApplicationRow,
    CountyChoice,
    OrganizationChoice,
    application_detail,
    count_applications,
    count_awaiting,
    counties_in_scope,
    find_by_number,
    list_applications,
    organization_by_code,
)

__all__ = [
    "AGREEMENT_VERSION",
    "AWAITING_STATES",
    "FAX_CHECK_ORDER",
    "FIELD_LABELS",
    "MAX_FAX_PAGES",
    "OPEN_STATES",
    "PREFIX_BUSINESS",
    "PREFIX_CONTACT_CHANGE",
    "SORT_KEYS",
    "SUBTYPE_ORDER",
    "WORKFLOW",
    "ApplicationDetail",
    "ApplicationFilter",
    "ApplicationInput",
    "ApplicationRow",
    "BulkDecision",
    "BulkTarget",
    "ContactChangeInput",
    "CountyChoice",
    "ExportedApplications",
    "ImportColumn",
    "ImportPreview",
    "ImportRejected",
    "ImportResult",
    "OrganizationChoice",
    "PermissionMatrix",
    "Problem",
    "RenderedForm",
    "Submitted",
    "Transition",
    "answer_return",
    "application_detail",
    "approve",
    "check_application",
    "check_application_number",
    "columns_help",
    "count_applications",
    "count_awaiting",
    "counties_in_scope",
    "decide",
    "decide_many",
    "export_applications_xlsx",
    "fax_check_label",
    "find_by_number",
    "import_applications",
    "import_columns",
    "import_template_xlsx",
    "kind_label",
    "list_applications",
    "make_application_number",
    "missing_fax_checks",
    "normalize_application_number",
    "organization_by_code",
    "permission_matrix",
    "preview_import",
    "purpose_label",
    "read_file",
    "record_fax_received",
    "reject",
    "render_application_form",
    "return_for_correction",
    "set_fax_check",
    "source_label",
    "state_label",
    "submit_application",
    "submit_contact_change",
    "subtype_label",
    "subtypes_for",
    "validate_email",
    "validate_login_id",
    "validate_phone",
]
