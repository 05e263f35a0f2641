"""Small text helpers shared by the extractors."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_CAPTION = re.compile(r"^\s*(tabel|table|gambar|grafik)\s+[0-9ivxlcdm]+([.\-][0-9a-z]+)*\b", re.I)


def clean_text(text: str | None) -> str:
    """Normalise Unicode, fold runs of spaces, and strip; keeps line breaks inside cells as spaces."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r", " ").replace("\n", " ")
    return _SPACES.sub(" ", text).strip()


def is_caption(text: str) -> bool:
    return bool(_CAPTION.match(text or ""))


def find_caption(preceding: list[str]) -> str | None:
    """The caption of a table from the paragraphs just before it (nearest last).

    A caption is a "Tabel 3.1"-style line; its title often follows on the next
    paragraph ("Tabel 3.1" / "Pengukuran Realisasi Kinerja"), so both are joined.
    Only the last three paragraphs are considered.
    """
    window = [p for p in preceding[-3:] if p.strip()]
    for i in range(len(window) - 1, -1, -1):
        if is_caption(window[i]):
            parts = [window[i].strip()] + [p.strip() for p in window[i + 1:]]
            return " ".join(parts)[:200]
    return None
