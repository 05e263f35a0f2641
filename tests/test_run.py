from lkjip_lint.config import Config
from lkjip_lint.run import check_paths, expand_paths


def test_a_document_that_is_not_a_report_is_refused(tmp_path):
    recipe = tmp_path / "resep.txt"
    recipe.write_text("Resep nasi goreng\nBahan: nasi, telur, kecap.\n", encoding="utf-8")
    result = check_paths([str(recipe)], (), Config())
    assert result.files[0].error.startswith("not a performance report")


def test_folders_are_walked_for_supported_files_only(tmp_path):
    (tmp_path / "a.txt").write_text("Laporan Kinerja", encoding="utf-8")
    (tmp_path / "b.xlsx").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("Laporan Kinerja", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.md").write_text("Laporan Kinerja", encoding="utf-8")
    (tmp_path / "~$lock.docx").write_text("x", encoding="utf-8")
    assert expand_paths([str(tmp_path)]) == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "d.md")]


def test_files_are_never_written(tmp_path):
    report = tmp_path / "laporan.txt"
    report.write_text("No\tUraian\tAnggaran\tRealisasi\t%\nI\tProgram A\t100\t50\t60 %\n", encoding="utf-8")
    before = (report.read_bytes(), report.stat().st_mtime_ns)
    result = check_paths([str(tmp_path)], (), Config())
    assert [f.found for f in result.findings] == ["60 %"]
    assert (report.read_bytes(), report.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laporan.txt"]
