"""Derived columns: a row that breaks its column's reading is reported; a change column
whose rows follow one wrong formula has each such row reported naming that formula."""

from lkjip_lint.checks import derived
from lkjip_lint.config import Config
from lkjip_lint.engine import lint_documents
from lkjip_lint.extract import extract
from lkjip_lint.messages import render


def lint(tmp_path, text: str):
    path = tmp_path / "laporan.txt"
    path.write_text(text, encoding="utf-8")
    return [f for f in lint_documents([extract(str(path))], Config(select=("LKJ105",))) if f.rule == "LKJ105"]


def report(*rows: str, header: str = "NO\tINDIKATOR\tTAHUN N-1\tTAHUN N\tPERUBAHAN %") -> str:
    return "\n".join(["LAPORAN KINERJA DAERAH TAHUN 2020", "Capaian Kinerja Makro Tahun 2020", header, *rows]) + "\n"


MINUS_HUNDRED = report(
    "1\tIndeks Pembangunan Manusia\t71,43\t71,61\t- 28,39%",
    "2\tAngka Kemiskinan\t9,57\t9,53\t- 90,47%",
    "3\tAngka Pengangguran\t5,84\t6,82\t- 93,18%",
    "4\tIndeks Gini\t0,267\t0,262\t- 99,738%",
    "5\tAngka Harapan Hidup\t70,12\t70,45\t- 29,55%",
)


def test_every_row_following_the_value_less_a_hundred_is_reported_naming_it(tmp_path):
    findings = lint(tmp_path, MINUS_HUNDRED)
    assert [f.found for f in findings] == ["- 28,39%", "- 90,47%", "- 93,18%", "- 99,738%", "- 29,55%"]
    assert {f.message_id for f in findings} == {derived.CHANGE_FORMULA_ERROR}
    first = findings[0]
    assert first.expected == "0,25 %" and first.evidence == "(71,61 − 71,43) / 71,43 × 100 = 0,25"
    params = first.param_dict()
    assert (params["slip"], params["slip_evidence"], params["slip_holding"]) == \
        ("TAHUN N − 100", "71,61 − 100 = -28,39", 5)
    text = render(first, "en")
    assert "follows TAHUN N − 100 (5 of 5 rows) instead of the change" in text
    assert "mengikuti TAHUN N − 100 (5 dari 5 baris)" in render(first, "id")


def test_a_ratio_printed_for_the_change_over_three_years_is_read_as_that_slip(tmp_path):
    # Two earlier columns make the change's operands uncertain; the rows show the ratio
    # of the last two, printed in every row.
    text = report(
        "1\tIndikator A\t70\t80\t90\t112,50",
        "2\tIndikator B\t50\t60\t75\t125,00",
        "3\tIndikator C\t40\t50\t45\t90,00",
        "4\tIndikator D\t30\t40\t48\t120,00",
        header="NO\tINDIKATOR\t2018\t2019\t2020\tKENAIKAN (%)",
    )
    findings = lint(tmp_path, text)
    assert [f.expected for f in findings] == ["12,50 %", "25,00 %", "-10,00 %", "20,00 %"]
    assert {f.param_dict()["slip"] for f in findings} == {"2020 / 2019 × 100"}


def test_a_row_of_such_a_column_that_follows_neither_formula_gets_the_plain_message(tmp_path):
    text = MINUS_HUNDRED.replace("- 93,18%", "7,00%")
    findings = lint(tmp_path, text)
    plain = [f for f in findings if f.found == "7,00%"]
    assert [f.message_id for f in plain] == ["change-mismatch"]
    assert len([f for f in findings if f.message_id == derived.CHANGE_FORMULA_ERROR]) == 4


def test_a_right_change_column_is_clean(tmp_path):
    text = report("1\tIndeks Pembangunan Manusia\t71,43\t71,61\t0,25%", "2\tAngka Kemiskinan\t9,57\t9,53\t- 0,42%",
                  "3\tAngka Pengangguran\t5,84\t6,82\t16,78%", "4\tIndeks Gini\t0,267\t0,262\t- 1,87%")
    assert lint(tmp_path, text) == []
