"""Which paragraphs are headings or table captions, whatever the extractor knew about styles."""

from __future__ import annotations

import re

from ..model import Paragraph

_CAPTION = re.compile(
    r"^\s*(?:tabel|table|gambar|grafik|diagram)\s+((?:[0-9]+|[IVXLC]+)(?:[.\-][0-9]+)*)\b\.?", re.I
)
_CHAPTER = re.compile(r"^\s*bab\s+(?:[ivxlc]+|\d+)\b", re.I)
HEADING_MAX_CHARS = 100
_MIN_LETTERS = 3


def caption_number(text: str | None) -> str | None:
    """"3.1" for "Tabel 3.1 Pengukuran …", None for text that is not a caption."""
    match = _CAPTION.match(text or "")
    return match.group(1) if match else None


def is_caption(text: str | None) -> bool:
    return caption_number(text) is not None


def is_chapter(text: str | None) -> bool:
    return bool(_CHAPTER.match(text or ""))


def is_heading_like(paragraph: Paragraph) -> bool:
    """A styled heading, a "BAB …" line, or a short line in capitals ("C. PERJANJIAN KINERJA")."""
    if paragraph.heading_level is not None:
        return True
    text = paragraph.text.strip()
    if not text or len(text) > HEADING_MAX_CHARS:
        return False
    if is_chapter(text):
        return True
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= _MIN_LETTERS and all(c.isupper() for c in letters)
