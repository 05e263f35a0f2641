"""Which paragraphs are headings, whatever the extractor knew about styles."""

from __future__ import annotations

from functools import lru_cache

from ..model import Paragraph
from ..text.headings import collapse_spaced_capitals, is_chapter

HEADING_MAX_CHARS = 100
_MIN_LETTERS = 3


def is_heading_like(paragraph: Paragraph) -> bool:
    """A styled heading, a "BAB …" line (also "B A B  I V"), or a short line in capitals
    ("C. PERJANJIAN KINERJA", "P E N U T U P")."""
    return paragraph.heading_level is not None or _heading_like_text(paragraph.text)


@lru_cache(maxsize=16384)
def _heading_like_text(text: str) -> bool:
    text = collapse_spaced_capitals(text.strip())
    if not text or len(text) > HEADING_MAX_CHARS:
        return False
    if is_chapter(text):
        return True
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= _MIN_LETTERS and all(c.isupper() for c in letters)
