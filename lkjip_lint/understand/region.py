"""The region a report belongs to: its kabupaten, kota or province, by frequency.

The most frequent "Kabupaten X" / "Kota X" / "Provinsi X" of the dossier is the region; its
province comes from ``rules/region_terms.toml`` (region kinds, provinces and their regions),
else from the province the text states most often.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .mentions import NameReader, letters_key, printed_span, words_in, words_joined


@dataclass(frozen=True)
class Region:
    kind: str | None  # "kabupaten" | "kota" | "provinsi"
    name: str | None  # as printed most often: "Jember"
    province: str | None  # a key of [provinces] in rules/region_terms.toml

    @property
    def label(self) -> str | None:
        if not self.name:
            return None
        return f"{self.kind.capitalize()} {self.name}" if self.kind else self.name


def _province_listing(name: str, provinces: dict, field: str) -> str | None:
    """The province whose ``field`` ("names" or "regions") lists ``name``."""
    def folded(text: str) -> str:
        return " ".join(text.casefold().split())

    wanted = folded(name)
    for key, province in provinces.items():
        if wanted in (folded(listed) for listed in province.get(field, [])):
            return key
    return None


def read_region(facts) -> Region:
    pack = facts.packs.get("region_terms", {})
    provinces = pack.get("provinces", {})
    kinds = {kind: [w.casefold() for w in words] for kind, words in pack.get("kinds", {}).items()}
    reader = NameReader(facts.packs)
    unit_words = {p[-1] for u in reader.units for p in u.slot_phrases()}
    counts: Counter = Counter()
    printed: dict = {}
    stated_provinces: Counter = Counter()
    for line in facts.lines:
        words = words_in(line.text)
        for i, word in enumerate(words):
            kind = next((k for k, ws in kinds.items() if word.text.casefold() in ws), None)
            if not kind or not word.capitalised or i + 1 >= len(words):
                continue
            if i and words[i - 1].text.casefold() in unit_words:
                continue  # "Kecamatan Kota Baru" names a kecamatan, not a kota
            if not words_joined(words[i:i + 2], line.text, allow_abbreviation_dot=True):
                continue
            taken = reader.name_at(words, line.text, i + 1)[:3]
            if not taken:
                continue
            name = printed_span(line.text, taken)
            if kind == "provinsi":
                province = _province_listing(name, provinces, "names")
                if province:
                    stated_provinces[province] += 1
            key = (kind, letters_key(name))
            counts[key] += 1
            printed.setdefault(key, Counter())[name] += 1
    if not counts:
        return Region(None, None, None)
    best = max(counts.values())
    kind, key = next(k for k in counts if counts[k] == best)
    name = printed[(kind, key)].most_common(1)[0][0]
    name = name if not name.isupper() else name.title()
    province = _province_listing(name, provinces, "names" if kind == "provinsi" else "regions")
    if province is None and stated_provinces:
        province = stated_provinces.most_common(1)[0][0]
    return Region(kind, name, province)


def province_label(packs: dict, province: str | None) -> str | None:
    if province is None:
        return None
    return packs.get("region_terms", {}).get("provinces", {}).get(province, {}).get("label", province)
