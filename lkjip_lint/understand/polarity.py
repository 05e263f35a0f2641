"""Which way an indicator points: higher is better (positive) or lower is better (negative).

In order of authority:
1. what the report states: a polarity column ("Polaritas: Negatif") next to the
   indicator, or a sentence naming the indicator and its polarity ("… merupakan
   indikator dengan polaritas negatif"), in full or by the start of its name when no
   other indicator starts the same way;
2. the configuration: named indicators in the ``[indicators]`` section of
   ``rules/polarity.toml`` (extended by a user's rules directory);
3. the indicator's wording: a lower-is-better term ("angka kematian", "kemiskinan")
   makes it negative, unless a reversing word ("penurunan", "ditindaklanjuti") turns
   it around, in which case the polarity is unknown. A lower-is-better term right after
   a freeing word ("bebas banjir", "terbebas dari genangan") names freedom from it,
   which is higher-is-better. Wording with neither is positive.
"""

from __future__ import annotations

import re

from ..model import Paragraph
from ..textutil import fold, matches_any
from .identity import IdentitySettings, compare_words, content_words
from .sentences import prose_blocks, sentences

POSITIVE, NEGATIVE = "positive", "negative"


def _pack(facts_or_packs) -> dict:
    packs = getattr(facts_or_packs, "packs", facts_or_packs)
    return packs.get("polarity", {})


def _phrase_pattern(terms) -> re.Pattern | None:
    folded = sorted({fold(t) for t in terms if t.strip()}, key=len, reverse=True)
    if not folded:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in folded) + r")(?!\w)")


def _alternation(terms) -> str:
    return "|".join(re.escape(t) for t in sorted({fold(t) for t in terms if t.strip()}, key=len, reverse=True))


def _without_freed_terms(text: str, pack: dict) -> str:
    """``text`` (folded) without the phrases that name freedom from a lower-is-better
    thing: "desa bebas banjir" -> "desa  "."""
    freeing, negative = pack.get("freeing", {}), pack.get("negative", {}).get("terms", [])
    words, joiners = _alternation(freeing.get("terms", [])), _alternation(freeing.get("joiners", []))
    if not words or not negative:
        return text
    joiner = rf"(?:\s+(?:{joiners}))?" if joiners else ""
    return re.sub(rf"(?<!\w)(?:{words}){joiner}\s+(?:{_alternation(negative)})(?!\w)", " ", text)


def polarity_from_wording(indicator: str, pack: dict) -> str | None:
    """NEGATIVE for lower-is-better wording, POSITIVE for wording with no such term
    (or with each one named as freed from), None when a reversing word leaves it open."""
    text = _without_freed_terms(fold(indicator), pack)
    remainder = text
    # Remove the negative phrases, longest first, before looking for reversing words:
    # "waktu penyelesaian" is itself lower-is-better, whatever "penyelesaian" does elsewhere.
    for term in sorted({fold(t) for t in pack.get("negative", {}).get("terms", [])}, key=len, reverse=True):
        remainder = re.sub(r"(?<!\w)" + re.escape(term) + r"(?!\w)", " ", remainder)
    if remainder == text:
        return POSITIVE
    if matches_any(remainder, pack.get("reversing", {}).get("terms", [])):
        return None
    return NEGATIVE


def _stated_value(text: str, stated: dict) -> str | None:
    value = fold(text).strip(" .:;")
    if value in {fold(t) for t in stated.get("negative", [])}:
        return NEGATIVE
    if value in {fold(t) for t in stated.get("positive", [])}:
        return POSITIVE
    return None


def _from_polarity_columns(facts, stated: dict) -> list[tuple[str, str]]:
    found = []
    indicator_terms = facts.vocabulary.get("tables", {}).get("indicator", [])
    for layout in facts.layouts:
        polarity_cols = [c.index for c in layout.columns if matches_any(c.label, stated.get("columns", []))]
        name_cols = [c.index for c in layout.columns if matches_any(c.label, indicator_terms)]
        if not polarity_cols or not name_cols:
            continue
        for row in layout.data_rows:
            name_cell = layout.cell(row, name_cols[0])
            value_cell = layout.cell(row, polarity_cols[0])
            if name_cell is None or value_cell is None:
                continue
            polarity = _stated_value(value_cell.text, stated)
            if polarity and name_cell.text.strip():
                found.append((name_cell.text.strip(), polarity))
    return found


def _from_sentences(facts, stated: dict) -> list[tuple[str, str]]:
    """Sentences that state a polarity, with the text they state it for."""
    negative = _phrase_pattern(stated.get("negative_phrases", []))
    positive = _phrase_pattern(stated.get("positive_phrases", []))
    found = []
    for document in facts.documents:
        for paragraph in (b for b in prose_blocks(document) if isinstance(b, Paragraph)):
            for sentence in sentences(paragraph, facts.packs):
                text = fold(sentence.text)
                says_negative = bool(negative and negative.search(text))
                says_positive = bool(positive and positive.search(text))
                if says_negative != says_positive:
                    found.append((sentence.text, NEGATIVE if says_negative else POSITIVE))
    return found


def read_stated_polarities(facts) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(names from polarity columns, sentences stating a polarity), each with its polarity."""
    def compute():
        stated = _pack(facts).get("stated", {})
        return _from_polarity_columns(facts, stated), _from_sentences(facts, stated)
    return compute()


def _mentions(text: str, indicator_words: tuple[str, ...], settings: IdentitySettings) -> bool:
    """Whether a sentence names the indicator: every content word of it appears."""
    if len(indicator_words) < settings.min_shared_words:
        return False
    comparison = compare_words(indicator_words, content_words(text, settings), settings)
    return not comparison.only_a


def read_indicator_names(facts) -> list[tuple[str, ...]]:
    """The content words of every name in an indicator column of the dossier's tables."""
    def compute():
        settings = facts.identity
        indicator_terms = facts.vocabulary.get("tables", {}).get("indicator", [])
        names = set()
        for layout in facts.layouts:
            for col in (c.index for c in layout.columns if matches_any(c.label, indicator_terms)):
                cells = (layout.cell(row, col) for row in layout.data_rows)
                names.update(content_words(cell.text, settings) for cell in cells if cell is not None)
        return [words for words in names if words]
    return compute()


def _leading_part_named(sentence_words: tuple[str, ...], indicator_words: tuple[str, ...],
                        settings: IdentitySettings) -> int:
    """How many of the indicator's first content words the sentence gives in a row, in
    order ("Indikator Persentase Luas Serangan OPT merupakan …" for "Persentase Luas
    Serangan OPT terhadap Luas Tanam": 4); 0 when fewer than the identity minimum."""
    longest = 0
    for start in range(len(sentence_words)):
        length = 0
        while (length < len(indicator_words) and start + length < len(sentence_words)
               and sentence_words[start + length] == indicator_words[length]):
            length += 1
        longest = max(longest, length)
    return longest if longest >= max(3, settings.min_shared_words) else 0


def _names_by_leading_part(text: str, indicator_words: tuple[str, ...], facts, settings: IdentitySettings) -> bool:
    """Whether a sentence names the indicator by the start of its name: no other indicator
    of the dossier starts the same way or is named in full by the sentence."""
    sentence_words = content_words(text, settings)
    length = _leading_part_named(sentence_words, indicator_words, settings)
    if not length:
        return False
    others = [words for words in facts.indicator_names
              if not compare_words(words, indicator_words, settings).same]
    return not any(words[:length] == indicator_words[:length] or _mentions(text, words, settings)
                   for words in others)


def _stated_in_sentences(indicator_words: tuple[str, ...], statements, facts, settings: IdentitySettings) -> set[str]:
    """The polarities the sentences state for the indicator: those naming it in full, else
    those naming it by the start of its name."""
    stated = {polarity for text, polarity in statements if _mentions(text, indicator_words, settings)}
    if stated:
        return stated
    return {polarity for text, polarity in statements
            if _names_by_leading_part(text, indicator_words, facts, settings)}


STATED, CONFIGURED, WORDING, DEFAULT = "stated", "configured", "wording", "default"


def indicator_polarity(indicator: str, facts) -> str | None:
    """The polarity of an indicator, or None when it cannot be told."""
    return polarity_with_source(indicator, facts)[0]


def polarity_with_source(indicator: str, facts) -> tuple[str | None, str]:
    """The polarity of an indicator and where it comes from: STATED by the report,
    CONFIGURED in a rules pack, told by its WORDING, or the DEFAULT (positive: no
    lower-is-better word)."""
    settings = facts.identity
    words = content_words(indicator, settings)
    columns, statements = facts.stated_polarities
    for name, polarity in columns:
        if compare_words(words, content_words(name, settings), settings).same:
            return polarity, STATED
    stated = _stated_in_sentences(words, statements, facts, settings)
    if len(stated) == 1:
        return stated.pop(), STATED
    configured = _pack(facts).get("indicators", {})
    for polarity, names in ((NEGATIVE, configured.get("negative", [])), (POSITIVE, configured.get("positive", []))):
        if any(compare_words(words, content_words(name, settings), settings).same for name in names):
            return polarity, CONFIGURED
    if len(stated) > 1:
        return None, STATED
    polarity = polarity_from_wording(indicator, _pack(facts))
    if polarity == POSITIVE and fold(indicator) == _without_negative_terms(indicator, _pack(facts)):
        return polarity, DEFAULT
    return polarity, WORDING


def _without_negative_terms(indicator: str, pack: dict) -> str:
    text = _without_freed_terms(fold(indicator), pack)
    for term in sorted({fold(t) for t in pack.get("negative", {}).get("terms", [])}, key=len, reverse=True):
        text = re.sub(r"(?<!\w)" + re.escape(term) + r"(?!\w)", " ", text)
    return text


def says_decreasing(texts, facts) -> bool:
    """Whether any of ``texts`` (an indicator's name, its sasaran, its table's caption)
    says the figure is meant to go down: a ``[decreasing]`` or ``[negative]`` term (not
    one it is freed from: "desa bebas banjir")."""
    pack = _pack(facts)
    terms = list(pack.get("decreasing", {}).get("terms", [])) + list(pack.get("negative", {}).get("terms", []))
    return any(matches_any(_without_freed_terms(fold(text), pack), terms) for text in texts if text)
