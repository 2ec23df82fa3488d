"""The two JSON texts the program writes: canonical (for hashes) and compact (for JSON columns).

Canonical: keys sorted, no spaces, every character kept as it is (UTF-8, no ``\\u`` escapes). One text per
value, so that a hash over it means one thing: the audit chain hashes each entry's canonical JSON, a report
package's record digest is the SHA-256 of its content's.

Compact: the same without sorting, so that a stored value keeps its keys in the order they were given (an
audit entry's fields are listed to people in that order). Both database engines store JSON columns in this
form (``db.make_engine``), which lets a batch write hand the driver the text it made itself and still store
exactly what the ordinary insert stores.
"""

from __future__ import annotations

import json

#: One encoder for every call (``json.dumps`` with options builds a new one each time).
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))

#: ``value`` as canonical JSON text.
dumps = _CANONICAL.encode

#: ``value`` as compact JSON text, keys in their order.
compact = _COMPACT.encode
