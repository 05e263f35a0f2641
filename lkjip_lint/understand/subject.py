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


_CONNECTORS = frozenset(("dan", "di", "ke", "dari", "pada", "yang", "serta"))
_VOWELS = frozenset("AEIOU")


def _display(institution) -> str:
    """"Dinas Pendidikan dan Kebudayaan" for a cover that prints "DINAS PENDIDIKAN DAN
    KEBUDAYAAN"; short words and words without vowels stay capitals ("Badan POM", "BPBD")."""
    name = institution.name
    if name.isupper():
        name = " ".join(_word(word) for word in name.split())
    return f"{institution.unit.label} {name}" if institution.unit else name


def _word(word: str) -> str:
    if word.casefold() in _CONNECTORS:
        return word.casefold()
    if len(word) <= 3 or not _VOWELS & set(word):
        return word
    return word.capitalize()
