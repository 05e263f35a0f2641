"""Characters into lines of words, the way pdfplumber's text functions group them
(``x_tolerance`` and ``y_tolerance`` 3), in one pass over sorted characters.

A line is a chain of characters whose tops lie within 3 points of the next; in a line,
a word ends at a space character or where the next character starts before the previous
one starts or more than a tenth of the font size after it ends (3 points at most). The
tenth matters where a file has no space characters between words (PDFium leaves out
some that pdfminer reports): letters of one word lie closer than 0.05 of the size,
words 0.17 of it apart or more. Turned characters (vertical text) make lines down the
page, read top to bottom.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0
# A gap wider than this share of the font size separates two words.
WORD_GAP = 0.1

_LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}
_HAS_LIGATURE = re.compile("[" + "".join(_LIGATURES) + "]")


@dataclass(frozen=True)
class TextLine:
    text: str
    top: float
    bottom: float
    x0: float
    x1: float
    chars: tuple[dict, ...]  # the visible characters, in reading order
    words: tuple[tuple[float, float, str], ...] = ()  # (x0, x1, text) of each word


def _chains(chars: list[dict], key: str) -> list[list[dict]]:
    ordered = sorted(chars, key=lambda ch: ch[key])
    groups: list[list[dict]] = []
    last = None
    for ch in ordered:
        value = ch[key]
        if last is None or value > last + Y_TOLERANCE:
            groups.append([ch])
        else:
            groups[-1].append(ch)
        last = value
    return groups


def _words(line: list[dict], along: str, end: str, across: str) -> list[tuple[list[dict], float, float]]:
    """The words of a line: their characters, and where they start and end along it."""
    words: list[tuple[list[dict], float, float]] = []
    current: list[dict] = []
    start = stop = 0.0
    previous = None
    for ch in line:
        if ch["text"].isspace():
            if current:
                words.append((current, start, stop))
                current = []
            previous = None
            continue
        if previous is not None:
            gap = min(X_TOLERANCE, WORD_GAP * previous["size"])
            if ch[along] < previous[along] or ch[along] > previous[end] + gap \
                    or abs(ch[across] - previous[across]) > Y_TOLERANCE:
                words.append((current, start, stop))
                current = []
        if not current:
            start, stop = ch[along], ch[end]
        else:
            stop = max(stop, ch[end])
        current.append(ch)
        previous = ch
    if current:
        words.append((current, start, stop))
    return words


def _unligated(text: str) -> str:
    return "".join(_LIGATURES.get(ch, ch) for ch in text)


def _make_line(words: list[tuple[list[dict], float, float]], upright: bool = True) -> TextLine:
    visible = [ch for chars, _, _ in words for ch in chars]
    texts = ["".join(ch["text"] for ch in chars) for chars, _, _ in words]
    if _HAS_LIGATURE.search("".join(texts)):
        texts = [_unligated(text) for text in texts]
    if upright:
        spans = tuple((start, stop, text) for (_, start, stop), text in zip(words, texts))
    else:
        spans = tuple((min(ch["x0"] for ch in chars), max(ch["x1"] for ch in chars), text)
                      for (chars, _, _), text in zip(words, texts))
    return TextLine(
        text=" ".join(texts),
        top=min(ch["top"] for ch in visible),
        bottom=max(ch["bottom"] for ch in visible),
        x0=min(span[0] for span in spans) if upright else min(ch["x0"] for ch in visible),
        x1=max(span[1] for span in spans) if upright else max(ch["x1"] for ch in visible),
        chars=tuple(visible),
        words=spans,
    )


def lines_of(chars: list[dict]) -> list[TextLine]:
    """The lines the characters make, top to bottom (vertical lines after, left to right)."""
    upright = [ch for ch in chars if ch["upright"]]
    turned = [ch for ch in chars if not ch["upright"]] if len(upright) != len(chars) else []
    lines = []
    for chain in _chains(upright, "top"):
        chain.sort(key=lambda ch: ch["x0"])
        words = _words(chain, "x0", "x1", "top")
        if words:
            lines.append(_make_line(words))
    for chain in _chains(turned, "x0"):
        chain.sort(key=lambda ch: ch["top"])
        words = _words(chain, "top", "bottom", "x0")
        if words:
            lines.append(_make_line(words, upright=False))
    return lines


def text_of(chars: list[dict]) -> str:
    """The text of some characters, one line per printed line."""
    return "\n".join(line.text for line in lines_of(chars))
