"""The ordinal scale a report judges achievement by: bands of capaian and their names.

A report usually prints its scale as a small table:

    No  CAPAIAN KINERJA      KETERANGAN
    1.  Lebih dari 100 %     SANGAT BAIK
    2.  76 % s/d 100 %       BAIK
    3.  55 % s/d 75 %        CUKUP
    4.  Kurang dari 55 %     KURANG

A band is read from its range text ("76 % s/d 100 %", "≥ 91", "76 – 90", "> 100",
"< 55", "x ≤ 50", "90 < x ≤ 100", "91 ≤ x", "76 ≤ x < 91"; the words and signs are the
[bounds] lists of ``rules/scales.toml``), its name from the label column, recognised by
the band names of that pack. Without a scale table, predicates are judged only by the
scale of a regulation the report cites ("Permendagri Nomor 86 Tahun 2017": its bands are
in the [[regulations]] of that pack), named the way the report names its predicates
("Sangat Tinggi … Sangat Rendah" or "Sangat Baik … Sangat Kurang"); a report that
prints no scale and cites none has no scale, and its predicates are left alone.

Bands written in whole numbers cover everything up to the next band: "55 – 75" and
"76 – 100" leave no gap at 75.5, which a report would round or truncate into one of
them. Such a value belongs to both neighbours as far as a predicate is concerned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..catalog import options
from ..model import Cell, Location
from ..text.ranges import Range, read_range
from ..textutil import fold, matches_any
from .layout import TableLayout

REPORT, REGULATION = "report", "regulation"

@dataclass(frozen=True)
class Band:
    bounds: Range  # read by text.ranges
    label: str  # as printed: "BAIK", "Sangat Baik"
    text: str  # the range as printed
    row: int | None = None
    range_cell: Cell | None = None
    label_cell: Cell | None = None

    @property
    def name(self) -> str:
        return fold(self.label)

    @property
    def display(self) -> str:
        """The label as a person would write it in a sentence: "SANGAT BAIK" -> "Sangat Baik"."""
        label = " ".join(self.label.split())
        return label.title() if label.isupper() else label


@dataclass(frozen=True)
class Scale:
    bands: tuple[Band, ...]  # in the order printed
    source: str  # REPORT or REGULATION
    where: str  # the scale table's caption or line, or the regulation's name
    layout: TableLayout | None = None
    location: Location | None = None

    @property
    def summary(self) -> str:
        """The bands as one line: "Lebih dari 100 % Sangat Baik; 76 % s/d 100 % Baik; …"."""
        return "; ".join(f"{band.text} {band.display}" for band in self.bands)

    @property
    def names(self) -> frozenset[str]:
        return frozenset(band.name for band in self.bands)

    def ordered(self) -> list[Band]:
        return sorted(self.bands, key=lambda b: b.bounds.sort_key())

    def bands_for(self, value: Decimal) -> list[Band]:
        """The bands a value belongs to: one, or two when it falls in the seam between
        whole-number bands ("75" | "76") or on a bound both neighbours include."""
        inside = [band for band in self.bands if band.bounds.contains(value)]
        if inside:
            return inside
        ordered = self.ordered()
        for lower, upper in zip(ordered, ordered[1:]):
            a, b = lower.bounds, upper.bounds
            if a.high is None or b.low is None:
                continue
            step = max(a.step, b.step)
            if a.high < value < b.low and b.low - a.high <= step:
                return [lower, upper]
        return []


def band_names(packs: dict) -> list[str]:
    """Every band name of every series in the scales pack, folded."""
    series = packs.get("scales", {}).get("predicates", {}).get("series", [])
    return sorted({fold(name) for names in series for name in names}, key=len, reverse=True)


def _is_band_name(text: str, names: set[str]) -> bool:
    return fold(text).strip(" .:;") in names


def _looks_like_skm_table(layout: TableLayout, packs: dict, context: tuple[str, ...]) -> bool:
    scales = packs.get("scales", {})
    terms = scales.get("scale_tables", {}).get("skip_terms", []) + scales.get("skm", {}).get("terms", [])
    texts = [layout.table.caption or "", *(c.label for c in layout.columns), *context[-1:]]
    return any(matches_any(text, terms) for text in texts)


def _band_label_columns(layout: TableLayout, packs: dict, context: tuple[str, ...]) -> list[tuple[int, list[int]]]:
    """(column, rows) of each column that names a band in (nearly) every data row."""
    names = set(band_names(packs))
    min_bands = options.SCALE_MIN_BANDS.value(packs)
    rows = [r for r in layout.data_rows if any(c.text.strip() for c in layout.table.rows[r])]
    if len(rows) < min_bands or _looks_like_skm_table(layout, packs, context):
        return []
    found = []
    for label_col in range(layout.table.n_cols):
        labelled = [r for r in rows if (cell := layout.cell(r, label_col)) and _is_band_name(cell.text, names)]
        if len(labelled) >= min_bands and len(labelled) >= len(rows) - 1:
            found.append((label_col, labelled))
    return found


def looks_like_scale_table(layout: TableLayout, packs: dict, context: tuple[str, ...] = ()) -> bool:
    """Whether a table lists bands by name, each once, whether or not its ranges can be
    read (a measurement table repeats its predicates)."""
    for label_col, rows in _band_label_columns(layout, packs, context):
        names = [fold(layout.cell(r, label_col).text).strip(" .:;") for r in rows]
        if len(set(names)) == len(names):
            return True
    return False


def _bands_in_column(layout: TableLayout, labelled: list[int], label_col: int, range_col: int,
                     words: dict) -> list[Band] | None:
    bands = []
    for r in labelled:
        range_cell = layout.cell(r, range_col)
        bounds = read_range(range_cell.text, words) if range_cell else None
        if bounds is None:
            return None
        label_cell = layout.cell(r, label_col)
        bands.append(Band(bounds, label_cell.text.strip(), range_cell.text.strip(), r, range_cell, label_cell))
    return bands


def scale_from_table(layout: TableLayout, packs: dict, context: tuple[str, ...] = ()) -> Scale | None:
    """The scale a table prints, or None when it is not a scale table.

    Every data row that names a band must give a readable range; one that does not
    makes the table unreadable as a scale (a check would see a gap that is not there).
    """
    words = packs.get("scales", {}).get("bounds", {})
    for label_col, labelled in _band_label_columns(layout, packs, context):
        for range_col in range(layout.table.n_cols):
            if range_col == label_col:
                continue
            bands = _bands_in_column(layout, labelled, label_col, range_col, words)
            if bands is not None:
                location = layout.table.location
                where = layout.table.caption or (f"line {location.line}" if location.line else
                                                 f"table {layout.table.index}")
                return Scale(tuple(bands), REPORT, where, layout, location)
    return None


def read_report_scales(facts) -> list[Scale]:
    """Every scale table of the report, in document order."""
    def compute():
        scales = []
        for info in facts.tables:
            if info.document is not facts.report:
                continue
            scale = scale_from_table(info.layout, facts.packs, info.context)
            if scale is not None:
                scales.append(scale)
        return scales

    return compute()


def _pack_scale(bands_text: list, words: dict, source: str, where: str) -> Scale:
    bands = []
    for text, label in bands_text:
        bounds = read_range(text, words)
        if bounds is None:
            raise ValueError(f"rules/scales.toml: cannot read the band {text!r}")
        bands.append(Band(bounds, label, text))
    return Scale(tuple(bands), source, where)


@dataclass(frozen=True)
class Regulation:
    """A regulation that sets a scale, as ``rules/scales.toml`` describes it."""

    name: str  # "Permendagri 86/2017"
    citation: re.Pattern  # how a report cites it
    namings: tuple[Scale, ...]  # its bands under each way of naming them


def _citation_pattern(kinds: list[str], number: str, year: int) -> re.Pattern:
    kind = "|".join(r"\s+".join(map(re.escape, k.split())) for k in sorted(kinds, key=len, reverse=True))
    return re.compile(
        rf"(?<!\w)(?:{kind})(?:\s+r\.?\s*i\.?)?\s*(?:no(?:mor|mer)?\.?\s*:?\s*)?{re.escape(str(number))}"
        rf"\s*(?:tahun|th\.?|/)\s*{year}(?!\d)", re.I)


def regulations(packs: dict) -> list[Regulation]:
    scales = packs.get("scales", {})
    words = scales.get("bounds", {})
    found = []
    for entry in scales.get("regulations", []):
        name = entry["name"]
        namings = tuple(_pack_scale(bands, words, REGULATION, name) for bands in entry.get("namings", []))
        found.append(Regulation(name, _citation_pattern(entry.get("kinds", []), entry["number"], entry["year"]),
                                namings))
    return found


def cited_regulations(facts) -> list[Regulation]:
    """The regulations with a scale that the report cites, in the pack's order."""
    text = facts.report.text()
    return [r for r in regulations(facts.packs) if r.citation.search(text)]


def _band_names_used(facts) -> frozenset[str]:
    """The band names the report gives as predicates: after a cue in its text, or alone in
    a predicate column ("Kategori") of its tables. Verdict words ("berhasil") are left
    out: every common scale admits them."""
    from .predicates import find_predicates, is_predicate_text  # predicates builds on this module

    packs = facts.packs
    section = packs.get("scales", {}).get("predicates", {})
    columns = section.get("columns", [])
    verdicts = frozenset(fold(v) for v in section.get("verdicts", {}))
    used = {p.name for paragraph in facts.report.paragraphs() for p in find_predicates(paragraph.text, packs)}
    for info in facts.tables:
        if info.document is not facts.report:
            continue
        layout = info.layout
        for column in (c for c in layout.columns if matches_any(c.label, columns)):
            cells = (layout.cell(r, column.index) for r in layout.data_rows)
            used |= {p.name for cell in cells if cell and (p := is_predicate_text(cell.text, packs))}
    return (frozenset(used) & frozenset(band_names(packs))) - verdicts


def _has_unread_scale_table(facts) -> bool:
    return any(looks_like_scale_table(info.layout, facts.packs, info.context)
               for info in facts.tables if info.document is facts.report)


def _cited_scale(facts) -> Scale | None:
    """The scale of a regulation the report cites, named the way the report names its
    predicates; None when it cites none, when its predicates use words no naming has, or
    when it prints a scale table that cannot be read (its own scale, unread)."""
    if _has_unread_scale_table(facts):
        return None
    used = _band_names_used(facts)
    for regulation in cited_regulations(facts):
        for naming in regulation.namings:
            if used <= naming.names:
                return naming
    return None


def read_scale(facts) -> Scale | None:
    """The scale predicates are judged by: the report's own (the first, when it prints
    several), else that of a regulation the report cites, else none."""
    scales = facts.report_scales
    if scales:
        return scales[0]
    return _cited_scale(facts)
