"""The JSON contract other tools and our own tests read. Unknown fields are null, not missing."""

from __future__ import annotations

import json

from .. import __version__
from ..coverage import empty_coverage
from ..findings import Severity
from ..run import RunResult
from .common import finding_dict
from .safe import json_safe
from .view import View


def render_json(result: RunResult, view: View | None = None) -> str:
    view = view or View()
    payload = {
        "tool": {"name": "lkjip-lint", "version": __version__},
        "files": [
            {"path": r.path, "format": r.format, "pages": r.pages, "error": r.error,
             "companions": list(r.companions), "institution": r.institution, "region": r.region,
             "year": r.year, "coverage": r.coverage or empty_coverage(r.pages)}
            for r in result.files
        ],
        "findings": [finding_dict(f, view.lang, view.rules_dirs) for f in result.findings],
        "summary": {
            "files": len(result.files),
            "errors": result.count(Severity.ERROR),
            "warnings": result.count(Severity.WARNING),
            "info": result.count(Severity.INFO),
            "unreadable": len(result.unreadable),
            "hidden": {"baseline": view.total_known_hidden, "below_show": view.total_not_shown},
        },
    }
    return json_safe(json.dumps(payload, ensure_ascii=False, indent=2)) + "\n"
