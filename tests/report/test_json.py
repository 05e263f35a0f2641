from __future__ import annotations

import json

from budget_report import WRONG_PERCENT, write_report, report_config

from lkjip_lint.findings import ROLE_REFERENCE, Related, make_finding
from lkjip_lint.model import Location
from lkjip_lint.report.json_format import render_json
from lkjip_lint.report.view import View
from lkjip_lint.run import FileResult, RunResult, check_paths

COVERAGE_KEYS = {"pages", "pages_without_text", "tables_read", "tables_by_kind", "kinds_missing", "left_out"}
LOCATION_KEYS = {"page", "page_approximate", "table", "caption", "row", "column", "row_label", "column_label",
                 "paragraph", "line"}


def _payload(tmp_path, monkeypatch, lang: str = "en") -> dict:
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path, WRONG_PERCENT)
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    return json.loads(render_json(check_paths(["report.txt", "broken.docx"], (), report_config()), View(lang=lang)))


def test_top_level_contract(tmp_path, monkeypatch):
    payload = _payload(tmp_path, monkeypatch)
    assert set(payload) == {"tool", "files", "findings", "summary"}
    assert payload["tool"]["name"] == "lkjip-lint"
    assert payload["summary"] == {"files": 2, "errors": 1, "warnings": 0, "info": 0, "unreadable": 1,
                                  "hidden": {"baseline": 0, "below_show": 0}}


def test_file_entries(tmp_path, monkeypatch):
    report, broken = _payload(tmp_path, monkeypatch)["files"]
    coverage = report.pop("coverage")
    assert report == {"path": "report.txt", "format": "text", "pages": None, "error": None, "companions": [],
                      "institution": None, "region": None, "year": None}
    assert set(coverage) == COVERAGE_KEYS
    assert set(broken) == set(report) | {"coverage"}
    assert set(broken["coverage"]) == COVERAGE_KEYS and broken["coverage"]["tables_read"] == []
    assert broken["format"] is None and broken["pages"] is None
    assert broken["error"]


def test_finding_keys_and_null_fields(tmp_path, monkeypatch):
    [finding] = _payload(tmp_path, monkeypatch)["findings"]
    assert set(finding) == {"rule", "name", "category", "severity", "message", "file", "location", "quote",
                            "found", "expected", "evidence", "related"}
    assert set(finding["location"]) == LOCATION_KEYS
    assert finding["location"]["page"] is None
    assert finding["location"]["paragraph"] is None
    assert finding["location"]["row_label"] == "Program X"
    assert (finding["rule"], finding["name"], finding["category"], finding["severity"]) == \
        ("LKJ101", "percentage-mismatch", "percentage", "error")
    assert (finding["found"], finding["expected"]) == ("996.22 %", "100,74 %")
    assert finding["related"] == []


def test_message_language(tmp_path, monkeypatch):
    [finding] = _payload(tmp_path, monkeypatch, lang="id")["findings"]
    assert "tertulis 996.22 %" in finding["message"]


def test_every_finding_quotes_what_it_points_at(tmp_path, monkeypatch):
    [finding] = _payload(tmp_path, monkeypatch)["findings"]
    assert finding["quote"] == "II | Program X | 3.071.415.500 | 3.094.283.480 | 996.22 %"


def test_related_places_carry_their_role_and_docx_pages_are_marked_approximate():
    reference = Related(Location(file="pk.docx", page=3, table=1, row=2, column=4), "98 %", ROLE_REFERENCE)
    also = Related(Location(file="lkjip.pdf", page=14, table=9, row=4, column=4), "100%")
    finding = make_finding("LKJ201", Location(file="lkjip.pdf", page=12, table=4, row=4, column=4),
                           "measured-target-mismatch", found="100%", expected="98 %", related=[reference, also],
                           indicator="Prosentase rekomendasi", anchor="PK", places=2)
    payload = json.loads(render_json(RunResult(files=[FileResult(path="lkjip.pdf", findings=[finding])])))
    [entry] = payload["findings"]
    assert [(r["file"], r["role"], r["found"]) for r in entry["related"]] == \
        [("pk.docx", "reference", "98 %"), ("lkjip.pdf", "also", "100%")]
    assert entry["related"][0]["location"]["page_approximate"] is True
    assert entry["location"]["page_approximate"] is False


def test_hidden_counts_in_the_summary(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path, WRONG_PERCENT)
    result = check_paths(["report.txt"], (), report_config())
    view = View(known_hidden={"report.txt": 3}, not_shown={"report.txt": 2})
    assert json.loads(render_json(result, view))["summary"]["hidden"] == {"baseline": 3, "below_show": 2}
