"""Small text helpers shared by the extractors."""

from __future__ import annotations

import re
import unicodedata

from ..text.captions import find_caption, is_caption  # noqa: F401  (the extractors' caption reader)

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


def clean_text(text: str | None) -> str:
    """Normalise Unicode, fold runs of spaces, and strip; keeps line breaks inside cells as spaces."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r", " ").replace("\n", " ")
    return _SPACES.sub(" ", text).strip()
