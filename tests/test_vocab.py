import pytest

from lkjip_lint.catalog import options
from lkjip_lint.registry import all_rules
from lkjip_lint.vocab import PackError, load_packs


def pack(tmp_path, name, text):
    folder = tmp_path / "pack"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    return (str(folder),)


def test_a_list_in_a_user_pack_replaces_the_bundled_one(tmp_path):
    packs = load_packs(pack(tmp_path, "vocabulary", '[rows]\ntotal = ["grand total"]\n'))
    assert packs["vocabulary"]["rows"]["total"] == ["grand total"]
    assert packs["vocabulary"]["rows"]["subtotal"] == load_packs()["vocabulary"]["rows"]["subtotal"]


def test_extend_adds_to_the_bundled_list(tmp_path):
    packs = load_packs(pack(tmp_path, "vocabulary", '[rows]\nextend-total = ["jumlah akhir", "total"]\n'))
    bundled = load_packs()["vocabulary"]["rows"]["total"]
    assert packs["vocabulary"]["rows"]["total"] == bundled + ["jumlah akhir"]


def test_a_scale_in_a_user_pack_replaces_the_bundled_regulations(tmp_path):
    text = ('[[regulations]]\nname = "Perbup 5/2020"\nkinds = ["perbup"]\nnumber = "5"\nyear = 2020\n'
            'namings = [[["≥ 90", "Baik"], ["< 90", "Kurang"]]]\n')
    packs = load_packs(pack(tmp_path, "scales", text))
    assert [r["name"] for r in packs["scales"]["regulations"]] == ["Perbup 5/2020"]
    assert packs["scales"]["regulations"][0]["namings"] == [[["≥ 90", "Baik"], ["< 90", "Kurang"]]]


@pytest.mark.parametrize("text, problem", [
    ('[rows]\ntotl = ["x"]\n', "unknown key 'rows.totl'"),
    ('[rowz]\ntotal = ["x"]\n', "unknown key 'rowz'"),
    ('[rows]\ntotal = "jumlah"\n', "'rows.total' must be a list, not a text"),
    ('[rows]\nextend-totl = ["x"]\n', "there is no list 'totl' to extend"),
    ('[identity]\nword_similarity = "high"\n', "'identity.word_similarity' must be a number, not a text"),
    ('[identity]\nmin_shared_words = 2.5\n', "'identity.min_shared_words' must be a whole number"),
])
def test_a_misspelt_or_mistyped_key_is_an_error_naming_file_and_key(tmp_path, text, problem):
    folder = pack(tmp_path, "vocabulary", text)
    with pytest.raises(PackError) as error:
        load_packs(folder)
    assert str(error.value).startswith(str(tmp_path / "pack" / "vocabulary.toml") + ":")
    assert problem in str(error.value)


def test_an_unknown_pack_file_is_an_error(tmp_path):
    with pytest.raises(PackError, match="unknown rules pack"):
        load_packs(pack(tmp_path, "vocabulary_extra", "x = 1\n"))


def test_data_tables_take_any_key(tmp_path):
    packs = load_packs(pack(tmp_path, "misspellings", '[words]\nanalisa = "analisis"\n'))
    assert packs["misspellings"]["words"]["analisa"] == "analisis"
    assert packs["misspellings"]["words"]["prosentase"] == "persentase"


def test_options_are_declared_once_and_read_from_a_pack(tmp_path):
    assert options.YEAR_STRICT_AFTER.value(load_packs()) == 10
    packs = load_packs(pack(tmp_path, "structure", "[years]\nstrict_after = 2\n"))
    assert options.YEAR_STRICT_AFTER.value(packs) == 2
    bundled = load_packs()
    for rule in all_rules():
        for option in rule.options:
            section = bundled[option.pack]
            for key in option.section:
                section = section[key]
            assert option.name not in section, f"{option.key} is written in the bundled pack too"


def test_packs_are_read_once_however_no_rules_folder_is_given():
    assert load_packs() is load_packs(()) is load_packs([])
