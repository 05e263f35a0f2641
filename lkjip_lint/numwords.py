"""Indonesian number words: "tujuh ratus empat puluh dua" <-> 742.

    words                                       value
    nol                                         0
    satu … sembilan                             1 … 9
    sepuluh / sebelas / dua belas               10 / 11 / 12
    dua puluh / dua puluh lima                  20 / 25
    seratus / seribu / sejuta / semiliar        100 / 1000 / 10**6 / 10**9
    empat ratus empat puluh juta
      tujuh ratus enam puluh delapan ribu       440768000
    satu juta / satu miliar / satu triliun      the "satu" forms of the "se" forms

Reading is tolerant of case, extra spaces, hyphens ("dua-puluh"), glued words
("duapuluh"), "se" written apart ("se ratus") and a trailing "rupiah" or "persen".
Ordinals ("ketiga", "ke-3", "pertama") are read by ``ordinal_value``.
Fractions ("dua koma lima") are not numbers here: they return None.
"""

from __future__ import annotations

import re

from .text.units import NUMBER_SCALE_WORDS

DIGITS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
}
_DIGIT_WORDS = {value: word for word, value in DIGITS.items()}
# Within a group of three digits: "ratus" above "puluh"/"belas" above the digit.
_GROUP_MULTIPLIERS = {"ratus": 100, "puluh": 10}
SCALES = NUMBER_SCALE_WORDS
_SCALE_WORDS = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"))
_UNIT_WORDS = frozenset({"rupiah", "persen"})
_VOCABULARY = sorted(
    list(DIGITS) + list(_GROUP_MULTIPLIERS) + list(SCALES) + ["belas", "nol", "se"],
    key=len, reverse=True,
)
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015,]+")
_ORDINAL_DIGITS = re.compile(r"^ke\s*-?\s*(\d{1,2})$")


def _segment(token: str) -> list[str] | None:
    """Split a glued token ("duapuluh", "seratus") into vocabulary words, or None."""
    if not token:
        return []
    for word in _VOCABULARY:
        if token.startswith(word):
            rest = _segment(token[len(word):])
            if rest is not None:
                return [word] + rest
    return None


# No number word glued together is longer than this ("tujuhratussembilanpuluhsembilan").
_MAX_GLUED = 60


def _tokens(text: str) -> list[str] | None:
    tokens: list[str] = []
    for raw in _SEPARATORS.split(text.strip().lower()):
        if not raw:
            continue
        if len(raw) > _MAX_GLUED:
            return None
        if raw in _UNIT_WORDS or raw in DIGITS or raw in SCALES or raw in _GROUP_MULTIPLIERS:
            tokens.append(raw)
            continue
        pieces = _segment(raw)
        if pieces is None:
            return None
        tokens.extend(pieces)
    while tokens and tokens[-1] in _UNIT_WORDS:
        tokens.pop()
    return tokens if tokens and not any(t in _UNIT_WORDS for t in tokens) else None


def words_to_number(text: str) -> int | None:
    """The integer that ``text`` spells out entirely, or None if it is not only number words."""
    tokens = _tokens(text)
    if tokens is None:
        return None
    if tokens == ["nol"]:
        return 0
    total = 0
    group = 0
    group_floor = 1000  # the next part of a group must be smaller than this
    pending: int | None = None  # a digit waiting for its multiplier
    last_scale = None
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token == "nol":
            return None
        if token == "se":
            if pending is not None or i + 1 == len(tokens) or tokens[i + 1] in DIGITS or tokens[i + 1] == "se":
                return None
            pending = 1
        elif token in DIGITS:
            if pending is not None or group_floor <= 1:
                return None
            pending = DIGITS[token]
        elif token == "belas":
            if pending is None or group_floor <= 10:
                return None
            group += 10 + pending
            pending, group_floor = None, 1
        elif token in _GROUP_MULTIPLIERS:
            multiplier = _GROUP_MULTIPLIERS[token]
            if pending is None or multiplier >= group_floor:
                return None
            group += pending * multiplier
            pending, group_floor = None, multiplier
        else:  # a scale word closes the group
            scale = SCALES[token]
            value = group + (pending or 0)
            if value == 0 or (last_scale is not None and scale >= last_scale):
                return None
            total += value * scale
            group, pending, group_floor, last_scale = 0, None, 1000, scale
        i += 1
    return total + group + (pending or 0)


def _group_words(n: int) -> list[str]:
    """Words for 1 … 999."""
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += ["seratus"] if hundreds == 1 else [_DIGIT_WORDS[hundreds], "ratus"]
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif 12 <= rest <= 19:
        words += [_DIGIT_WORDS[rest - 10], "belas"]
    else:
        tens, units = divmod(rest, 10)
        if tens:
            words += [_DIGIT_WORDS[tens], "puluh"]
        if units:
            words.append(_DIGIT_WORDS[units])
    return words


def number_to_words(n: int) -> str:
    """742 -> "tujuh ratus empat puluh dua"; 1000 -> "seribu"; 0 -> "nol"."""
    if n < 0:
        raise ValueError("negative numbers have no number words here")
    if n == 0:
        return "nol"
    words: list[str] = []
    for scale, name in _SCALE_WORDS:
        count, n = divmod(n, scale)
        if not count:
            continue
        if count == 1 and scale == 1000:
            words.append("seribu")
        else:
            words += (["satu"] if count == 1 else number_to_words(count).split()) + [name]
    if n:
        words += _group_words(n)
    return " ".join(words)


def ordinal_value(text: str) -> int | None:
    """"pertama" -> 1, "ketiga" -> 3, "ke-3" / "ke 3" -> 3, "kedua belas" -> 12, else None."""
    lowered = text.strip().lower()
    if lowered == "pertama":
        return 1
    digits = _ORDINAL_DIGITS.match(lowered)
    if digits:
        return int(digits.group(1))
    if not lowered.startswith("ke"):
        return None
    return words_to_number(lowered[2:]) or None


def ordinal_words(n: int) -> str:
    """1 -> "pertama", 3 -> "ketiga", 12 -> "kedua belas"."""
    if n < 1:
        raise ValueError("ordinals start at 1")
    return "pertama" if n == 1 else "ke" + number_to_words(n)
