"""Rules of ``checks.region_terms``: Words of another region: a sign that text was copied from another region's report."""

from __future__ import annotations

from ..findings import Severity
from ..rule import Rule

REGION_TERM = Rule(
    check="region_terms",
    code="LKJ611",
    name="region-term",
    category="region-term",
    severity=Severity.WARNING,
    summary="A word that belongs to another region (Qanun in a Jember report).",
    doc="""
    Some words are used in one region only: Qanun, Gampong, Mukim, DPRK, APBA (Aceh);
    Nagari, Jorong, Wali Nagari (Sumatera Barat); Distrik for a kecamatan (Tanah Papua);
    Kapanewon, Kemantren, Kalurahan, Panewu (DI Yogyakarta); Pekon, Tiyuh (Lampung).
    In a kabupaten, "Perwali" and "Wali Kota" belong to a kota; in a kota, "Perbup" and
    "Bupati" belong to a kabupaten ("Bupati/Wali Kota" is not counted), when the report's
    own words outnumber them. The lists are in rules/region_terms.toml.

    The report's region comes from its own text: the most frequent "Kabupaten X" /
    "Kota X" / "Provinsi X", and the province of X from the pack, or a stated province.
    A word of the report's own region is fine: an Aceh report may say Qanun. So is a
    word in a sentence that names its own region (the province, or one of its kabupaten
    and kota): "studi komparasi ke Biro Organisasi Sekretariat Daerah Aceh, … Qanun Aceh
    Nomor 13 Tahun 2016" speaks of Aceh. When the report names no region at all, nothing
    is reported.

    Each foreign word is reported once, at its first place, with every other place.
    "Kampung" is used for villages in several provinces, so it is reported as
    information only.

    Example: "Koordinasi penerapan dan penegakan Qanun" in a Kabupaten Jember report.
    """,
)

RULES = (REGION_TERM,)
