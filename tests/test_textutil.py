import pytest

from lkjip_lint.textutil import contains_term, matches_any, starts_with_any

TERMS = ("realisasi", "sub kegiatan", "%", "rp.")


@pytest.mark.parametrize("text, expected", [
    ("Realisasi Anggaran", True),
    ("realisasinya", False),  # a term is a whole word, not the start of one
    ("Kegiatan", False),
    ("Sub  Kegiatan", True),  # spaces folded
    ("Capaian (%)", True),  # a term of signs only needs no word boundary
    ("Rp. 100", True),
    ("Rp 100", False),
    ("", False),
])
def test_any_term_matches_as_each_term_alone_would(text, expected):
    assert matches_any(text, TERMS) is expected
    assert matches_any(text, TERMS) == any(contains_term(text, term) for term in TERMS)


def test_no_terms_match_nothing_and_any_iterable_of_terms_is_taken():
    assert not matches_any("Realisasi", [])
    assert matches_any("Realisasi", (t for t in ["x", "realisasi"]))
    assert matches_any("Realisasi", {"realisasi"})


def test_starting_with_any_term():
    assert starts_with_any("Sub Kegiatan Penyediaan", TERMS)
    assert not starts_with_any("Penyediaan Sub Kegiatan", TERMS)
