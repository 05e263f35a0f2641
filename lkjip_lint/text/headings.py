"""Chapter headings and titles printed with spaced capitals.

"P E N U T U P" is "PENUTUP" and "B A B  I V" is "BAB IV": single capitals joined by
single spaces make one word, and a wider gap separates words. A chapter heading starts
with "BAB" and a roman or arabic number ("BAB III", "Bab 3", "B A B  I I I").
"""

from __future__ import annotations

import re

_SPACED_RUN = re.compile(r"(?<![\w.])[A-Z](?: [A-Z]){2,}(?![\w.])")
_WIDE_SPACED_RUN = re.compile(r"(?<![\w.])[A-Z](?: {1,2}[A-Z])+(?![\w.])")
_CHAPTER = re.compile(r"^\s*bab\s+([ivxlc]+|\d+)\b[.:]?", re.I)
# "B A B I I I" with single spaces collapses to one run, "BABIII"; only capitals read so.
_JOINED_CHAPTER = re.compile(r"^\s*BAB([IVX]{1,5})\b[.:]?")


def collapse_spaced_capitals(text: str) -> str:
    """"P E N U T U P" -> "PENUTUP", "B A B  I V" -> "BAB IV", "I S W A N D I" -> "ISWANDI".

    Runs of three or more single capitals joined by single spaces are one word; in a line
    that is nothing but spaced capitals, two spaces separate words.
    """
    stripped = text.strip()
    if stripped and _WIDE_SPACED_RUN.fullmatch(stripped) and "  " in stripped:
        return " ".join(word.replace(" ", "") for word in re.split(r" {2,}", stripped))
    return _SPACED_RUN.sub(lambda m: m.group().replace(" ", ""), text)


def chapter_number(text: str | None) -> str | None:
    """"III" for "BAB III AKUNTABILITAS", "IV" for "B A B  I V"; None for other text."""
    match = _chapter_match(collapse_spaced_capitals(text or ""))
    return match.group(1).upper() if match else None


def _chapter_match(collapsed: str) -> re.Match | None:
    return _CHAPTER.match(collapsed) or _JOINED_CHAPTER.match(collapsed)


def is_chapter(text: str | None) -> bool:
    return chapter_number(text) is not None


def split_chapter(text: str) -> tuple[str | None, str]:
    """("III", "AKUNTABILITAS KINERJA") for "BAB III. AKUNTABILITAS KINERJA"; (None, text)
    for a text that is no chapter heading."""
    collapsed = collapse_spaced_capitals(text)
    match = _chapter_match(collapsed)
    if not match:
        return None, text
    return match.group(1).upper(), collapsed[match.end():].strip()


def is_bare_chapter(text: str) -> bool:
    """A "BAB I" line whose title is printed on the next line."""
    number, rest = split_chapter(text)
    return number is not None and not rest.strip(" .:")
