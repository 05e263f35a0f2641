"""The facts of one dossier (a report and its companion documents), each computed once,
on first use, as a named and typed property. Checks read these; none reads raw text for
something understood here.
"""

from __future__ import annotations

from functools import cached_property

from ..model import Document, Paragraph
from ..numbers import infer_style
from .layout import TableLayout


class Facts:
    def __init__(self, documents: tuple[Document, ...] | list[Document], packs: dict, config=None):
        self.documents = tuple(documents)
        self.packs = packs
        self.config = config  # settled run configuration; facts read only what the user stated in it
        self.vocabulary = packs.get("vocabulary", {})
        self._by_config: dict[tuple, object] = {}
        self._places: dict[int, tuple] = {}

    @property
    def report(self) -> Document:
        return self.documents[0]

    # --- tables ------------------------------------------------------------------------

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
    def layout_of(self) -> dict[int, TableLayout]:
        """Each table's layout, by ``id(table)``."""
        return {id(layout.table): layout for layout in self.layouts}

    @cached_property
    def tables(self):
        """Every table with its kind (``understand.tables.TableInfo``), in document order."""
        from .tables import catalog
        return catalog(self.documents, self.layouts, self.vocabulary)

    @cached_property
    def continued_tables(self) -> tuple[set[int], set[int]]:
        """``id`` of the tables whose rows may go on in the next table, and of those that may
        go on from the one before (``understand.continuation``)."""
        from .continuation import continued_tables
        return continued_tables(self.documents, self.layout_of)

    @cached_property
    def identity(self):
        """How names of indicators, programs and activities are compared (``understand.identity``)."""
        from .identity import IdentitySettings
        return IdentitySettings.from_packs(self.packs)

    # --- the report's year and plan period ------------------------------------------------

    @cached_property
    def weighed_report_year(self) -> int | None:
        """The year the report's own text supports best (``understand.period``)."""
        from .period import read_report_year
        return read_report_year(self)

    def report_year(self, config=None) -> int | None:
        """The configured report year, else the weighed one."""
        config = config if config is not None else self.config
        if config is not None and getattr(config, "report_year", None):
            return config.report_year
        return self.weighed_report_year

    @cached_property
    def renstra_period(self) -> tuple[int, int] | None:
        from .period import read_renstra_period
        return read_renstra_period(self)

    # --- text -----------------------------------------------------------------------------

    @cached_property
    def document_lines(self) -> tuple[tuple, ...]:
        """The lines of each document, in the order of ``documents`` (``mentions.text_lines``)."""
        from .mentions import text_lines
        return tuple(tuple(text_lines(doc)) for doc in self.documents)

    @cached_property
    def lines(self):
        """Every line of every document (``understand.mentions.TextLine``)."""
        return [line for lines in self.document_lines for line in lines]

    def text_places(self, document: Document) -> tuple:
        """Paragraphs and table cells of one of the documents with their places
        (``understand.places.text_places``), read once for every rule."""
        key = id(document)
        if key not in self._places:
            from .places import text_places
            places = tuple(text_places(document, self.layouts))
            if not any(doc is document for doc in self.documents):
                return places
            self._places[key] = places
        return self._places[key]

    @cached_property
    def prose(self) -> tuple:
        """The report's blocks with a PDF's printed lines joined into paragraphs."""
        from .sentences import prose_blocks
        return prose_blocks(self.report)

    @cached_property
    def outline(self):
        """The report's headings in reading order (``understand.outline.Heading``)."""
        from .outline import headings
        return headings(self.report)

    @cached_property
    def prose_paragraphs(self) -> list[Paragraph]:
        from .sentences import paragraphs_of
        return paragraphs_of(self.prose)

    # --- indicators, targets, budgets --------------------------------------------------------

    @cached_property
    def measurements(self):
        """Every achievement row of the report's tables (``understand.achievement.Measurement``)."""
        from .achievement import read_measurements
        return read_measurements(self)

    @cached_property
    def derived_columns(self):
        """Every derived column of the report's tables but capaian columns, with the reading
        its header and rows give it (``understand.relations.DerivedColumn``)."""
        from .relations import read_derived_columns
        return read_derived_columns(self)

    @cached_property
    def indicators(self):
        """The report year's indicators, one measurement each."""
        from .achievement import read_indicators
        return read_indicators(self)

    @cached_property
    def indicator_names(self) -> list[tuple[str, ...]]:
        """The content words of every name in an indicator column of the dossier's tables."""
        from .polarity import read_indicator_names
        return read_indicator_names(self)

    @cached_property
    def stated_polarities(self):
        from .polarity import read_stated_polarities
        return read_stated_polarities(self)

    @cached_property
    def targets(self):
        """Every target of every plan and measurement table (``understand.plans.TargetEntry``)."""
        from .plans import target_entries
        return target_entries(self.tables, self.vocabulary, self.report_year(), self.renstra_period)

    @cached_property
    def budget_lines(self):
        """Every amount stated as a program's or activity's budget (``understand.budgets.BudgetEntry``)."""
        from .budgets import budget_entries
        return budget_entries(self.documents, self.tables, self.vocabulary)

    # --- scale and claims ---------------------------------------------------------------------

    @cached_property
    def report_scales(self):
        from .scale import read_report_scales
        return read_report_scales(self)

    @cached_property
    def scale(self):
        """The scale predicates are judged by (``understand.scale.Scale``)."""
        from .scale import read_scale
        return read_scale(self)

    @cached_property
    def stated_totals(self):
        """The budget totals the prose states and the budget tables total (``understand.budget_mentions``)."""
        from .budget_mentions import stated_totals
        return stated_totals(self)

    @cached_property
    def breakdowns(self):
        from .breakdowns import read_breakdowns
        return read_breakdowns(self)

    @cached_property
    def share_claims(self):
        from .claims import read_share_claims
        return read_share_claims(self)

    @cached_property
    def average_claims(self):
        from .claims import read_average_claims
        return read_average_claims(self)

    @cached_property
    def band_count_claims(self):
        """"N indikator … dalam kategori Baik" (``understand.claims.BandCountClaim``)."""
        from .claims import read_band_count_claims
        return read_band_count_claims(self)

    @cached_property
    def achievement_claims(self):
        """A capaian the prose quotes for an indicator or a sasaran (``understand.claims.AchievementClaim``)."""
        from .claims import read_achievement_claims
        return read_achievement_claims(self)

    @cached_property
    def indicator_share_claims(self):
        """"N indikator … atau P % dari total" (``understand.claims.IndicatorShareClaim``)."""
        from .claims import read_indicator_share_claims
        return read_indicator_share_claims(self)

    @cached_property
    def count_claims(self):
        from .claims import read_count_claims
        return read_count_claims(self)

    # --- institution, officials, region -----------------------------------------------------------

    @cached_property
    def officials(self):
        from .officials import read_officials
        return read_officials(self)

    @cached_property
    def name_printings(self):
        """Every printing of a person's name given as a name (``understand.officials.NamePrinting``)."""
        from .officials import read_name_printings
        return read_name_printings(self)

    @cached_property
    def region(self):
        from .region import read_region
        return read_region(self)

    def institution_names(self, config):
        """The institution and every spelling of its name, for the names ``config`` states."""
        from .names import read_institution_names
        key = ("institution", config.institution, config.accepted_names)
        if key not in self._by_config:
            self._by_config[key] = read_institution_names(self, config)
        return self._by_config[key]

    def foreign_terms(self, config):
        """The terms of other regions printed in the dossier, for the names ``config`` accepts."""
        from .region_terms import read_foreign_terms
        key = ("foreign-terms", config.accepted_names)
        if key not in self._by_config:
            self._by_config[key] = read_foreign_terms(self, config)
        return self._by_config[key]
