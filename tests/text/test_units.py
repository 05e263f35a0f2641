from lkjip_lint.text.units import NUMBER_SCALE_WORDS, SCALE_EXPONENTS, canonical_unit


def test_units_through_their_synonyms():
    assert canonical_unit("Org.") == "orang" and canonical_unit("jiwa") == "orang"
    assert canonical_unit("Dokumen Perencanaan") == "dokumen"
    assert canonical_unit("Berkas") == "berkas" and canonical_unit(None) is None


def test_scale_words():
    assert SCALE_EXPONENTS["milyar"] == SCALE_EXPONENTS["miliar"] == 9
    assert NUMBER_SCALE_WORDS["juta"] == 10**6 and "jt" not in NUMBER_SCALE_WORDS
