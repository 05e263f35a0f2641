"""Scale words and units of count, as printed after a number.

Scale words multiply: "Rp 1,2 miliar" is 1.2 × 10^9. Unit words name what is counted:
"13.000 Berkas", "742 org". Units are compared through their synonyms ("org" = "orang").
"""

from __future__ import annotations

SCALE_EXPONENTS = {
    "ribu": 3, "rb": 3,
    "juta": 6, "jt": 6,
    "miliar": 9, "milyar": 9,
    "triliun": 12, "trilyun": 12,
}
SCALE_WORDS = tuple(SCALE_EXPONENTS)
# The scale words that are also number words ("empat ratus ribu"), not abbreviations.
NUMBER_SCALE_WORDS = {word: 10 ** exponent for word, exponent in SCALE_EXPONENTS.items() if word not in ("rb", "jt")}
SCALE_PATTERN = "|".join(SCALE_WORDS)

# Words a number in running text takes as its unit. "tahun" is left out on purpose:
# "Nomor 53 Tahun 2014" is a regulation number followed by a year.
UNIT_WORDS = frozenset({
    "orang", "org", "jiwa", "pegawai", "asn", "peserta", "siswa", "kk", "rumah",
    "berkas", "dokumen", "dok", "laporan", "lembar", "eksemplar", "judul",
    "kegiatan", "program", "paket", "sasaran", "indikator", "inovasi", "aplikasi",
    "layanan", "rekomendasi", "temuan", "pengaduan", "kasus", "perkara",
    "unit", "buah", "bh", "set", "kali", "titik", "lokasi", "ruas",
    "desa", "kelurahan", "kecamatan", "kabupaten", "sekolah", "kelompok", "koperasi", "umkm", "opd",
    "hari", "minggu", "bulan", "jam", "menit",
    "ha", "hektar", "km", "m", "meter", "ton", "kg", "liter", "ekor",
})

UNIT_SYNONYMS = {
    "org": "orang", "orang": "orang", "jiwa": "orang", "peserta": "orang",
    "dok": "dokumen", "dokumen": "dokumen", "berkas": "berkas",
    "bh": "buah", "buah": "buah", "keg": "kegiatan", "kegiatan": "kegiatan",
    "lap": "laporan", "laporan": "laporan", "kali": "kali", "x": "kali",
}


def canonical_unit(unit: str | None) -> str | None:
    """The unit a printed unit stands for: "Org." -> "orang", "Dokumen Perencanaan" -> "dokumen"."""
    if not unit:
        return None
    first = unit.split()[0].strip(".").lower()
    return UNIT_SYNONYMS.get(first, first)
