"""Captions of tables and figures, in the forms published reports print them.

    Tabel 3.1 Pengukuran …      number "3.1"
    Tabel: 3.3 / Tabel. 3.3     "3.3"
    Tabel 2.3a / Tabel 2.3b     "2.3a" / "2.3b" (two numbers)
    Tabel III.2 / Gambar II     "III.2" / "II"
    TABEL 3 .1 / Tabel 3. 1     "3.1" (stray spaces inside the number)
    Tabel 3.1. …                "3.1"

The word may be Tabel, Table, Gambar, Grafik or Diagram, in any case. A roman numeral
counts in capitals (a lower-case one only before ".n"), so "Tabel di bawah ini" is no
caption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = r"(?:tabel|table|gambar|grafik|diagram)"
_ROMAN = r"(?-i:[IVXL]+)|[ivxl]+(?=\s*\.\s*\d)"
_PART = r"\s?[.\-]\s?\d+"
_CAPTION = re.compile(
    rf"^\s*(?P<word>{_WORD})\s*[:.]?\s*(?P<number>(?:\d+|{_ROMAN})(?>(?:{_PART})*)(?-i:[a-z](?![a-z]))?)"
    r"(?!\d)(?-i:(?![a-z_]))\.?",
    re.I,
)


@dataclass(frozen=True)
class Caption:
    word: str  # "tabel", "gambar" … lower-case
    number: str  # "3.1", "2.3a", "III.2"
    end: int  # where the number (and a closing dot) ends in the text

    @property
    def is_table(self) -> bool:
        return self.word in ("tabel", "table")

    @property
    def parts(self) -> tuple[str, ...]:
        """"2.3a" -> ("2", "3a")."""
        return tuple(re.split(r"[.\-]", self.number))

    @property
    def sequence(self) -> tuple[str, int] | None:
        """(prefix, n) of a number whose last part is a number, its letter left out:
        "3.2" -> ("3", 2), "2.3b" -> ("2", 3); None for a roman last part ("Tabel II")."""
        parts = self.parts
        last = parts[-1].rstrip("abcdefghijklmnopqrstuvwxyz")
        if not last.isdigit():
            return None
        return ".".join(parts[:-1]), int(last)

    @property
    def base(self) -> str:
        """The number without its letter: "2.3b" -> "2.3"."""
        return self.number.rstrip("abcdefghijklmnopqrstuvwxyz")


def read_caption(text: str | None) -> Caption | None:
    """The caption ``text`` starts with, or None."""
    match = _CAPTION.match(text or "")
    if not match:
        return None
    number = re.sub(r"\s+", "", match.group("number"))
    return Caption(match.group("word").lower(), number, match.end())


def caption_number(text: str | None) -> str | None:
    """"3.1" for "Tabel 3.1 Pengukuran …", None for text that is not a caption."""
    caption = read_caption(text)
    return caption.number if caption else None


def is_caption(text: str | None) -> bool:
    return read_caption(text) is not None


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
