"""The ordinal scale a report judges achievement by: bands of capaian and their names.

A report usually prints its scale as a small table:

    No  CAPAIAN KINERJA      KETERANGAN
    1.  Lebih dari 100 %     SANGAT BAIK
    2.  76 % s/d 100 %       BAIK
    3.  55 % s/d 75 %        CUKUP
    4.  Kurang dari 55 %     KURANG

A band is read from its range text ("76 % s/d 100 %", "≥ 91", "76 – 90", "> 100",
"< 55", "x ≤ 50", "90 < x ≤ 100"), its name from the label column, recognised by the
band names in ``rules/scales.toml``. Without a scale table, the default scale of that
pack applies.

Bands written in whole numbers cover everything up to the next band: "55 – 75" and
"76 – 100" leave no gap at 75.5, which a report would round or truncate into one of
them. Such a value belongs to both neighbours as far as a predicate is concerned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..model import Cell, Location
from ..numbers import find_numbers
from ..textutil import fold, matches_any
from .layout import TableLayout

REPORT, DEFAULT = "report", "default"

_NUMBER = "N"
# Each template is matched against the range text with its numbers replaced by "N" and
# percent signs dropped: "Lebih dari 100 %" -> "lebih dari N".
_AT_LEAST = re.compile(r"""^(?:x\s*)?(?:≥|>=|=>|⩾)\s*N$
    | ^N\s*(?:ke\s*atas|keatas)$
    | ^(?:minimal | paling\s+sedikit | sama\s+dengan\s+atau\s+lebih\s+dari
         | lebih\s+dari\s+atau\s+sama\s+dengan)\s*N$""", re.X)
_ABOVE = re.compile(r"""^(?:x\s*)?>\s*N$
    | ^(?:lebih\s+dari|lebih\s+besar\s+dari|di\s*atas|melebihi)\s*N$""", re.X)
_AT_MOST = re.compile(r"""^(?:x\s*)?(?:≤|<=|=<|⩽)\s*N$
    | ^N\s*(?:ke\s*bawah|kebawah)$
    | ^(?:maksimal | paling\s+banyak | sama\s+dengan\s+atau\s+kurang\s+dari
         | kurang\s+dari\s+atau\s+sama\s+dengan)\s*N$""", re.X)
_BELOW = re.compile(r"""^(?:x\s*)?<\s*N$
    | ^(?:kurang\s+dari|lebih\s+kecil\s+dari|di\s*bawah)\s*N$""", re.X)
_BETWEEN = re.compile(r"""^(?:antara\s+)?N\s*
    (?:-|–|—|s\s*/\s*d\.?|s\.\s*d\.?|sd|sampai(?:\s+dengan)?|hingga|dan)
    \s*N$""", re.X)
_INEQUALITY = re.compile(r"^N\s*(<|≤|<=)\s*x\s*(<|≤|<=)\s*N$")


@dataclass(frozen=True)
class Bounds:
    """A range of achievement values; None is unbounded. ``decimals`` is the finest
    precision its bounds were printed with."""

    low: Decimal | None
    high: Decimal | None
    low_open: bool = False
    high_open: bool = False
    decimals: int = 0

    @property
    def step(self) -> Decimal:
        """The smallest difference the bounds' precision can express (1 for whole numbers)."""
        return Decimal(1).scaleb(-self.decimals)

    def contains(self, value: Decimal) -> bool:
        if self.low is not None and (value < self.low or (self.low_open and value == self.low)):
            return False
        if self.high is not None and (value > self.high or (self.high_open and value == self.high)):
            return False
        return True

    def sort_key(self) -> tuple:
        low = self.low if self.low is not None else Decimal("-Infinity")
        high = self.high if self.high is not None else Decimal("Infinity")
        return (low, self.low_open, high)


@dataclass(frozen=True)
class Band:
    bounds: Bounds
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
    source: str  # REPORT or DEFAULT
    where: str  # the scale table's caption or line, or the pack it comes from
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


def parse_bounds(text: str) -> Bounds | None:
    """The range a band's text describes, or None when it is not a range."""
    folded = fold(text).replace("persen", "%")
    numbers = [n for n in find_numbers(folded) if n.value is not None]
    if not numbers or len(numbers) > 2:
        return None
    pattern = ""
    last = 0
    for number in numbers:
        pattern += folded[last:number.start] + _NUMBER
        last = number.end
    pattern += folded[last:]
    pattern = re.sub(r"\s+", " ", pattern.replace("%", " ")).strip(" .:")
    values = [n.value for n in numbers]
    decimals = max(n.decimals for n in numbers)
    if len(values) == 1:
        value = values[0]
        if _AT_LEAST.match(pattern):
            return Bounds(value, None, decimals=decimals)
        if _ABOVE.match(pattern):
            return Bounds(value, None, low_open=True, decimals=decimals)
        if _AT_MOST.match(pattern):
            return Bounds(None, value, decimals=decimals)
        if _BELOW.match(pattern):
            return Bounds(None, value, high_open=True, decimals=decimals)
        return None
    low, high = values
    if low > high:
        return None
    if _BETWEEN.match(pattern):
        return Bounds(low, high, decimals=decimals)
    match = _INEQUALITY.match(pattern)
    if match:
        return Bounds(low, high, low_open=match.group(1) == "<", high_open=match.group(2) == "<",
                      decimals=decimals)
    return None


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


def scale_from_table(layout: TableLayout, packs: dict, context: tuple[str, ...] = ()) -> Scale | None:
    """The scale a table prints, or None when it is not a scale table.

    Every data row that names a band must give a readable range; one that does not
    makes the table unreadable as a scale (a check would see a gap that is not there).
    """
    names = set(band_names(packs))
    min_bands = int(packs.get("scales", {}).get("scale_tables", {}).get("min_bands", 3))
    rows = [r for r in layout.data_rows if any(c.text.strip() for c in layout.table.rows[r])]
    if len(rows) < min_bands or _looks_like_skm_table(layout, packs, context):
        return None
    for label_col in range(layout.table.n_cols):
        labelled = [r for r in rows if (cell := layout.cell(r, label_col)) and _is_band_name(cell.text, names)]
        if len(labelled) < min_bands or len(labelled) < len(rows) - 1:
            continue
        for range_col in range(layout.table.n_cols):
            if range_col == label_col:
                continue
            bands = []
            for r in labelled:
                range_cell = layout.cell(r, range_col)
                bounds = parse_bounds(range_cell.text) if range_cell else None
                if bounds is None:
                    break
                label_cell = layout.cell(r, label_col)
                bands.append(Band(bounds, label_cell.text.strip(), range_cell.text.strip(), r, range_cell, label_cell))
            else:
                location = layout.table.location
                where = layout.table.caption or (f"line {location.line}" if location.line else
                                                 f"table {layout.table.index}")
                return Scale(tuple(bands), REPORT, where, layout, location)
    return None


def report_scales(facts) -> list[Scale]:
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

    return facts.memo("scale.report_scales", compute)


def _pack_scale(section: dict) -> Scale:
    bands = []
    for text, label in section.get("bands", []):
        bounds = parse_bounds(text)
        if bounds is None:
            raise ValueError(f"rules/scales.toml: cannot read the band {text!r}")
        bands.append(Band(bounds, label, text))
    return Scale(tuple(bands), DEFAULT, "rules/scales.toml")


def default_scale(packs: dict) -> Scale:
    return _pack_scale(packs.get("scales", {}).get("default", {}))


def default_alternatives(packs: dict) -> list[Scale]:
    """Other common scales a report without its own may follow."""
    return [_pack_scale(section) for section in packs.get("scales", {}).get("default", {}).get("alternatives", [])]


def active_scale(facts) -> Scale:
    """The scale predicates are judged by: the report's own (the first, when it prints
    several), else the default."""
    scales = report_scales(facts)
    return scales[0] if scales else default_scale(facts.packs)
