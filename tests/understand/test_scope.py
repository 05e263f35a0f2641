from lkjip_lint.understand.scope import APBD, CEILING, DAK, Scope, is_cumulative, names_realisation, row_scope, years_named
from lkjip_lint.vocab import load_packs

VOCABULARY = load_packs()["vocabulary"]


def test_the_years_a_title_names_as_its_own():
    assert years_named("Tabel 3.1.7a. Rencana Program dan Kegiatan Tahun 2017") == {2017}
    assert years_named("Rencana Tindak Lanjut 2017/2018") == {2017, 2018}
    # a plan period referred to is not the table's year
    assert years_named("Pengukuran Kinerja s.d Tahun 2016 Terhadap Target Renstra 2013-2018") == {2016}


def test_scopes_of_another_year_stage_or_source_are_not_compared():
    this_year = Scope(years=frozenset({2016}))
    assert not this_year.compatible(Scope(years=frozenset({2017})))
    assert this_year.compatible(Scope())  # a scope that says nothing is compatible
    assert not Scope().compatible(Scope(stage=CEILING))
    assert not Scope(source="apbn").compatible(Scope(source=APBD))


def test_a_source_named_on_a_row_narrows_its_tables_scope():
    table = Scope(source=APBD)
    assert row_scope(table, "Kegiatan Peningkatan Sarana Kantor UPTD (DAK)", VOCABULARY).source == DAK
    assert row_scope(table, "Kegiatan Peningkatan Sarana Kantor UPTD", VOCABULARY).source == APBD


def test_cumulative_columns_need_a_year_or_period_after_the_word():
    assert is_cumulative("Realisasi s.d Tahun 2016 (2014+2015+ 2016)", VOCABULARY)
    assert is_cumulative("Realisasi s/d TW IV", VOCABULARY)
    assert not is_cumulative("APM SD", VOCABULARY)
    assert not is_cumulative("Target 2021", VOCABULARY)


def test_a_realisation_header_broken_by_a_narrow_cell_is_still_one():
    assert names_realisation("REALISA SI Th. 2021", VOCABULARY)
    assert not names_realisation("TARGET AKHIR RENSTRA", VOCABULARY)
