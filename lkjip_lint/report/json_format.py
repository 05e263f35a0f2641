"""The JSON contract other tools and our own tests read. Unknown fields are null, not missing."""

from __future__ import annotations

import json

from .. import __version__
from ..findings import Severity
from ..run import RunResult
from .common import finding_dict


def render_json(result: RunResult, lang: str = "en", rules_dirs: tuple[str, ...] = ()) -> str:
    payload = {
        "tool": {"name": "lkjip-lint", "version": __version__},
        "files": [
            {"path": r.path, "format": r.format, "pages": r.pages, "error": r.error,
             "companions": list(r.companions)}
            for r in result.files
        ],
        "findings": [finding_dict(f, lang, rules_dirs) for f in result.findings],
        "summary": {
            "files": len(result.files),
            "errors": result.count(Severity.ERROR),
            "warnings": result.count(Severity.WARNING),
            "info": result.count(Severity.INFO),
            "unreadable": len(result.unreadable),
        },
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
