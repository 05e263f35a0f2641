import pytest

from lkjip_lint.text.stems import roots, same_root


@pytest.mark.parametrize("a, b", [
    ("pemerintah", "pemerintahan"), ("kelola", "pengelolaan"), ("dikelola", "pengelolaan"),
    ("meningkatnya", "peningkatan"), ("ditindaklanjuti", "tindaklanjuti"), ("penyelenggaraan", "penyelenggara"),
    ("perencanaan", "rencana"), ("pelayanan", "layanan"), ("kesehatan", "sehat"), ("penerimaan", "terima"),
    ("perizinan", "izin"), ("pemberdayaan", "berdaya"), ("menyusun", "penyusunan"), ("memukul", "pukul"),
])
def test_one_root(a, b):
    assert same_root(a, b)


@pytest.mark.parametrize("a, b", [
    ("perumahan", "perubahan"), ("pengelolaan", "pengolahan"), ("pendapatan", "pendataan"),
    ("pelayanan", "pelaksanaan"), ("pembantuan", "pembangunan"), ("pertanian", "pertanahan"),
])
def test_different_roots(a, b):
    assert not same_root(a, b)


def test_roots_keep_every_reading_of_a_nasal_prefix():
    assert {"kelola", "elola"} <= roots("pengelolaan")
    assert {"rumah", "umah"} <= roots("perumahan")
    assert roots("data") == frozenset({"data"})
