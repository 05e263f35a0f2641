"""What each table is: a Renstra matrix, an RKT, a PK, a measurement table, an
evaluation table, a budget realisation table, or something else.

Decided from the column roles (header vocabulary) and, for plan tables that look
alike, from the nearest mention of a plan in the paragraphs before the table.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..catalog import options
from ..model import Document, Paragraph, Table
from ..textutil import fold, matches_any
from .layout import TableLayout

RENSTRA, RKT, PK, MEASUREMENT, EVALUATION, BUDGET, OTHER = (
    "renstra", "rkt", "pk", "measurement", "evaluation", "budget", "other")


@dataclass(frozen=True)
class TableInfo:
    layout: TableLayout
    document: Document
    kind: str
    context: tuple[str, ...]  # paragraph texts before the table, nearest last

    @property
    def table(self) -> Table:
        return self.layout.table


def _contexts(document: Document, size: int) -> dict[int, tuple[str, ...]]:
    """For each table (by id), the texts of up to ``size`` paragraphs between it and the
    table before it."""
    contexts: dict[int, tuple[str, ...]] = {}
    recent: list[str] = []
    for block in document.blocks:
        if isinstance(block, Paragraph):
            recent.append(block.text)
            recent = recent[-size:]
        else:
            contexts[id(block)] = tuple(recent)
            recent = []
    return contexts


def plan_named_in(texts: tuple[str, ...], tables_vocab: dict) -> str | None:
    """The plan (pk, rkt, renstra) mentioned last in ``texts``."""
    best: tuple[int, int, str] | None = None
    for distance, text in enumerate(reversed(texts)):
        folded = fold(text)
        for kind in (PK, RKT, RENSTRA):
            terms = tables_vocab.get(kind, [])
            positions = [folded.rfind(fold(t)) for t in terms if matches_any(text, [t])]
            if positions:
                candidate = (distance, -max(positions), kind)
                if best is None or candidate < best:
                    best = candidate
        if best is not None:
            return best[2]
    return None


def _year_columns(layout: TableLayout) -> list[int]:
    return [c.index for c in layout.columns if c.year is not None and "realisation" not in c.roles]


def _has_evaluation_rows(layout: TableLayout, tables_vocab: dict) -> bool:
    terms = tables_vocab.get("evaluation_rows", [])
    for row in layout.data_rows:
        first = [c.text for c in layout.table.rows[row] if c.text.strip()][:1]
        if first and matches_any(first[0].split(":")[0], terms) and len(first[0].split()) <= 3:
            return True
    return False


def classify(layout: TableLayout, context: tuple[str, ...], vocabulary: dict) -> str:
    tables_vocab = vocabulary.get("tables", {})
    roles = {role for column in layout.columns for role in column.roles}
    if {"target", "realisation"} <= roles and _has_evaluation_rows(layout, tables_vocab):
        return EVALUATION
    if {"budget", "realisation"} <= roles:
        return BUDGET
    if {"target", "realisation"} <= roles:
        return MEASUREMENT
    years = _year_columns(layout)
    plan = plan_named_in(context + ((layout.table.caption or ""),), tables_vocab)
    if len(years) >= 3 and ("target" in roles or plan == RENSTRA):
        return RENSTRA
    if "target" not in roles:
        # A PK or RKT annex listing programs with their budgets only.
        return plan if "budget" in roles and plan in (PK, RKT) else OTHER
    if plan in (PK, RKT, RENSTRA):
        return plan
    if "budget" in roles:
        return RKT
    return OTHER


def catalog(documents, layouts: list[TableLayout], vocabulary: dict) -> list[TableInfo]:
    size = options.CONTEXT_PARAGRAPHS.value({"vocabulary": vocabulary})
    by_table = {id(layout.table): layout for layout in layouts}
    infos = []
    for document in documents:
        contexts = _contexts(document, size)
        for table in document.tables():
            layout = by_table[id(table)]
            context = contexts.get(id(table), ())
            infos.append(TableInfo(layout, document, classify(layout, context, vocabulary), context))
    return infos
