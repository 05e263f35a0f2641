"""What a report is about, as the reader of a batch wants it named: the institution, its
region and the report year, read from the facts (``names``, ``region``, ``period``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReportSubject:
    institution: str | None = None  # "Kecamatan Sumbersari"
    region: str | None = None  # "Kabupaten Jember"
    year: int | None = None


def read_subject(facts, config) -> ReportSubject:
    """The report's institution, region and year; each None when the report does not say."""
    names = facts.institution_names(config)
    institution = _display(names.institution) if names is not None else None
    region = facts.region.label
    if region and institution and region.casefold() in institution.casefold():
        region = None  # "Dinas Pendidikan Kota Bandung" already names its region
    return ReportSubject(institution=institution, region=region, year=facts.report_year(config))


def _display(institution) -> str:
    """"Dinas Pendidikan" for a cover that prints "DINAS PENDIDIKAN"."""
    name = institution.name.title() if institution.name.isupper() else institution.name
    return f"{institution.unit.label} {name}" if institution.unit else name
