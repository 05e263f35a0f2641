"""The facts of one dossier (a report and its companion documents), computed lazily, once."""

from __future__ import annotations

from functools import cached_property

from ..model import Document
from ..numbers import infer_style
from .layout import TableLayout


class Facts:
    def __init__(self, documents: tuple[Document, ...] | list[Document], packs: dict, config=None):
        self.documents = tuple(documents)
        self.packs = packs
        self.config = config  # settled run configuration; facts read only what the user stated in it
        self.vocabulary = packs.get("vocabulary", {})

    def memo(self, key: str, compute):
        """Compute a derived fact once per dossier: ``facts.memo("report_year", lambda: ...)``."""
        cache = self.__dict__.setdefault("_memo", {})
        if key not in cache:
            cache[key] = compute()
        return cache[key]

    @property
    def report(self) -> Document:
        return self.documents[0]

    @cached_property
    def document_styles(self) -> dict[str, str | None]:
        return {doc.path: infer_style(doc.text().split()) for doc in self.documents}

    @cached_property
    def layouts(self) -> list[TableLayout]:
        return [
            TableLayout(table, self.vocabulary, self.document_styles.get(doc.path))
            for doc in self.documents
            for table in doc.tables()
        ]

    @cached_property
    def tables(self):
        """Every table with its kind (see ``understand.tables``), in document order."""
        from .tables import catalog
        return catalog(self.documents, self.layouts, self.vocabulary)
