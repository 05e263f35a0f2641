from pathlib import Path

import pytest

from lkjip_lint.config_file import ConfigError, config_from_table
from lkjip_lint.limits import KEYS, LimitExceeded, Limits, Tally, check_document, parse_setting, with_settings
from lkjip_lint.model import Cell, Document, Location, Paragraph, Table


def test_settings_by_key():
    limits = with_settings(Limits(), {"pages": 5000, "seconds-per-file": 30.5, "unpacked-size-mb": 100})
    assert (limits.pages, limits.seconds_per_file, limits.unpacked_size_mb) == (5000, 30.5, 100)
    assert limits.rows == Limits().rows


@pytest.mark.parametrize("settings, message", [
    ({"page": 5}, "unknown limit 'page'"),
    ({"pages": 0}, "limit 'pages' must be a number above 0 (got 0)"),
    ({"pages": "many"}, "limit 'pages' must be a number above 0 (got 'many')"),
    ({"pages": True}, "limit 'pages' must be a number above 0 (got True)"),
])
def test_bad_settings_name_the_key(settings, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        with_settings(Limits(), settings)


def test_a_setting_from_the_command_line():
    assert parse_setting("pages=3000") == ("pages", 3000)
    assert parse_setting(" seconds-per-file = 2.5") == ("seconds-per-file", 2.5)
    with pytest.raises(ValueError, match="not KEY=NUMBER"):
        parse_setting("pages")


def test_every_key_names_a_field():
    assert set(KEYS.values()) == set(vars(Limits()))


def test_the_limits_table_of_a_configuration_file():
    config = config_from_table({"limits": {"pages": 4000}, "cache": False, "cache-dir": "simpan"},
                               Path("/proyek/lkjip-lint.toml"))
    assert config.limits == Limits(pages=4000)
    assert config.cache is False
    assert Path(config.cache_dir) == Path("/proyek/simpan")
    with pytest.raises(ConfigError, match="lkjip-lint.toml: unknown limit 'halaman'"):
        config_from_table({"limits": {"halaman": 4000}}, Path("lkjip-lint.toml"))
    with pytest.raises(ConfigError, match="'cache' must be true or false"):
        config_from_table({"cache": "no"}, Path("lkjip-lint.toml"))


def _table(rows: int, text: str = "1") -> Table:
    cells = tuple(tuple(Cell(text, r, c) for c in range(2)) for r in range(rows))
    return Table(index=0, rows=cells, n_cols=2, location=Location(file="a"))


def test_a_finished_document_is_counted_nested_tables_included():
    nested = _table(3, "abc")
    outer = Table(index=0, rows=((Cell("x", 0, 0, nested=(nested,)),),), n_cols=1, location=Location(file="a"))
    document = Document(path="a", format="docx", pages=2,
                        blocks=(Paragraph(text="Laporan", index=0, location=Location(file="a")), outer))
    check_document(document, Limits(tables=2, rows=4, characters=26, pages=2))
    for bound, key in [(Limits(tables=1), "tables"), (Limits(rows=3), "rows"),
                       (Limits(characters=25), "characters"), (Limits(pages=1), "pages")]:
        with pytest.raises(LimitExceeded) as refused:
            check_document(document, bound)
        assert refused.value.key == key


def test_a_tally_refuses_as_soon_as_a_count_passes():
    tally = Tally("a.pdf", Limits(rows=10))
    tally.rows(10)
    with pytest.raises(LimitExceeded, match=r"more than 10 table rows \(the 'rows' limit\)"):
        tally.rows(1)
