"""Write the table-shape PDFs of tests/extract/test_pdf_tables.py (needs only pdfminer,
which comes with pdfplumber, for the Helvetica widths):

    python tests/extract/data/make_table_pdfs.py

Each PDF is written by hand, operator by operator, the way office suites draw tables:
rules as stroked lines or as thin filled rectangles, shading as filled rectangles inset
from the cell borders, text in Helvetica (a standard font, not embedded). The shapes are
those real reports have: a header merged over two levels, a doubled border, an empty
spacer column, cells whose text wraps, rows stacked without a rule between them, a
program whose activities run onto the next page (header repeated with a "(1) (2) (3)"
row, running header and footer), a table without rules, and a scanned page inside a
text PDF.
"""

from __future__ import annotations

import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from pdfminer.fontmetrics import FONT_METRICS

HERE = Path(__file__).resolve().parent
WIDTH, HEIGHT = 595.0, 842.0
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold"}
LEFT = 70.0


def text_width(text: str, size: float, bold: bool = False) -> float:
    widths = FONT_METRICS["Helvetica-Bold" if bold else "Helvetica"][1]
    return sum(widths.get(ch, 556) for ch in text) * size / 1000


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


@dataclass
class Page:
    ops: list[str] = field(default_factory=list)
    images: int = 0

    # Coordinates are measured from the top of the page, as a reader of the page does.
    def text(self, x: float, top: float, text: str, size: float = 9.0, bold: bool = False) -> None:
        baseline = HEIGHT - top - size * 0.8
        font = "F2" if bold else "F1"
        self.ops.append(f"BT /{font} {size:g} Tf {x:.2f} {baseline:.2f} Td ({_escape(text)}) Tj ET")

    def text_right(self, right: float, top: float, text: str, size: float = 9.0, bold: bool = False) -> None:
        self.text(right - text_width(text, size, bold), top, text, size, bold)

    def line(self, x0: float, top0: float, x1: float, top1: float, width: float = 0.5) -> None:
        self.ops.append(f"{width:g} w {x0:.2f} {HEIGHT - top0:.2f} m {x1:.2f} {HEIGHT - top1:.2f} l S")

    def fill(self, x0: float, top: float, x1: float, bottom: float, gray: float = 0.85) -> None:
        self.ops.append(f"{gray:g} g {x0:.2f} {HEIGHT - bottom:.2f} {x1 - x0:.2f} {bottom - top:.2f} re f 0 g")

    def thin_rule(self, x0: float, top: float, x1: float, bottom: float) -> None:
        """A rule drawn as a thin filled rectangle, as Word prints table borders."""
        self.fill(x0, top, x1, bottom, gray=0)

    def picture(self, x0: float, top: float, x1: float, bottom: float) -> None:
        self.images += 1
        self.ops.append(f"q {x1 - x0:.2f} 0 0 {bottom - top:.2f} {x0:.2f} {HEIGHT - bottom:.2f} cm /Im{self.images} Do Q")


def write_pdf(path: Path, pages: list[Page]) -> None:
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font_ids = {name: add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding /WinAnsiEncoding >>".encode())
                for name, base in FONTS.items()}
    fonts = " ".join(f"/{name} {oid} 0 R" for name, oid in font_ids.items())
    pages_id = len(objects) + 1 + 2 * len(pages) + sum(p.images for p in pages)
    page_ids = []
    for page in pages:
        images = []
        for _ in range(page.images):
            pixels = zlib.compress(bytes(range(60, 124)))  # an 8 x 8 grey picture
            images.append(add(b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
                              b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(pixels)
                              + pixels + b"\nendstream"))
        stream = zlib.compress("\n".join(page.ops).encode("cp1252"))
        content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
        xobjects = " ".join(f"/Im{k + 1} {oid} 0 R" for k, oid in enumerate(images))
        resources = f"<< /Font << {fonts} >> /XObject << {xobjects} >> >>"
        page_ids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {WIDTH:g} {HEIGHT:g}] "
                            f"/Resources {resources} /Contents {content} 0 R >>".encode()))
    kids = " ".join(f"{pid} 0 R" for pid in page_ids)
    assert add(f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()) == pages_id
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    path.write_bytes(bytes(out))


# --- tables ---------------------------------------------------------------------------

@dataclass
class Box:
    """A cell: grid position, span, and its lines of text."""

    row: int
    col: int
    lines: tuple[str, ...]
    colspan: int = 1
    rowspan: int = 1
    bold: bool = False
    right: bool = False  # numbers: aligned right


def draw_table(page: Page, xs: list[float], ys: list[float], boxes: list[Box], size: float = 8.0,
               rules: str = "stroke", shade_rows: tuple[int, ...] = (), inner_rules: bool = True) -> None:
    """Cells with their own borders (a merged cell draws none inside it); a shaded row
    gets a grey fill inset from its borders, as paragraph shading is."""
    for box in boxes:
        x0, x1 = xs[box.col], xs[box.col + box.colspan]
        top, bottom = ys[box.row], ys[box.row + box.rowspan]
        if box.row in shade_rows:
            page.fill(x0 + 4, top + 2, x1 - 4, bottom - 2)
        for k, line in enumerate(box.lines):
            line_top = top + 3 + k * size * 1.2
            if box.right:
                page.text_right(x1 - 4, line_top, line, size, box.bold)
            else:
                page.text(x0 + 4, line_top, line, size, box.bold)
        sides = [(x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom)]
        for a, b, c, d in sides:
            horizontal = b == d
            if horizontal and not inner_rules and b not in (ys[0], ys[1], ys[-1]):
                continue
            if rules == "stroke":
                page.line(a, b, c, d)
            elif horizontal:
                page.thin_rule(a, b - 0.25, c, b + 0.25)
            else:
                page.thin_rule(a - 0.25, b, a + 0.25, d)


def rows_at(top: float, heights: list[float]) -> list[float]:
    ys = [top]
    for h in heights:
        ys.append(ys[-1] + h)
    return ys


def measurement_page() -> Page:
    """Tabel 3.1: NO / INDIKATOR / TARGET over two header rows, REALISASI over 2020 and
    2021, CAPAIAN (%); an empty spacer column between INDIKATOR and TARGET; the whole
    table framed by a doubled border; the header shaded inset from its borders;
    indicator names wrapping over two and three lines."""
    page = Page()
    page.text(LEFT, 60, "BAB III AKUNTABILITAS KINERJA", 11, bold=True)
    page.text(LEFT, 90, "Tabel 3.1 Pengukuran Kinerja Tahun 2021", 10, bold=True)
    xs = [LEFT, 100, 250, 258, 310, 365, 420, 490]
    ys = rows_at(110, [14, 14, 26, 36, 16])
    boxes = [
        Box(0, 0, ("NO",), rowspan=2, bold=True), Box(0, 1, ("INDIKATOR",), rowspan=2, bold=True),
        Box(0, 2, (), rowspan=2), Box(0, 3, ("TARGET",), rowspan=2, bold=True),
        Box(0, 4, ("REALISASI",), colspan=2, bold=True), Box(0, 6, ("CAPAIAN (%)",), rowspan=2, bold=True),
        Box(1, 4, ("2020",), bold=True), Box(1, 5, ("2021",), bold=True),
    ]
    body = [
        ("1", ("Persentase pelayanan administrasi", "terpadu kecamatan"), "80", "72,10", "75,30", "94,13"),
        ("2", ("Indeks kepuasan masyarakat", "terhadap layanan perizinan", "non usaha"), "85", "82,00", "86,70", "102,00"),
        ("3", ("Jumlah desa tertib administrasi",), "18", "15", "18", "100,00"),
    ]
    for r, (no, name, target, r2020, r2021, pct) in enumerate(body, start=2):
        boxes += [Box(r, 0, (no,)), Box(r, 1, name), Box(r, 2, ()), Box(r, 3, (target,), right=True),
                  Box(r, 4, (r2020,), right=True), Box(r, 5, (r2021,), right=True), Box(r, 6, (pct,), right=True)]
    page.fill(LEFT + 4, ys[0] + 2, xs[-1] - 4, ys[2] - 2)  # header shading, inset
    draw_table(page, xs, ys, boxes)
    # The doubled border: a second frame 3.5 points outside the first.
    d = 3.5
    for a, b, c, e in ((xs[0] - d, ys[0] - d, xs[-1] + d, ys[0] - d), (xs[0] - d, ys[-1] + d, xs[-1] + d, ys[-1] + d),
                       (xs[0] - d, ys[0] - d, xs[0] - d, ys[-1] + d), (xs[-1] + d, ys[0] - d, xs[-1] + d, ys[-1] + d)):
        page.line(a, b, c, e)
    page.text(LEFT, ys[-1] + 20, "Capaian dihitung dari realisasi dibagi target.", 10)
    return page


def stacked_page() -> Page:
    """Tabel 2.5: a budget table drawn with thin filled rectangles, where a program and
    its activities share one ruled row (no rule between them), values stacked line by
    line; one activity name wraps, its amount printed on its first line."""
    page = Page()
    page.text(LEFT, 60, "Tabel 2.5 Pagu Program/Kegiatan Tahun 2021", 10, bold=True)
    xs = [LEFT, 95, 380, 470]
    ys = rows_at(80, [14, 12, 58, 24])
    boxes = [
        Box(0, 0, ("No",), bold=True), Box(0, 1, ("Program/ Kegiatan",), bold=True),
        Box(0, 2, ("Jml Anggaran (Rp)",), bold=True),
        Box(1, 0, ("1",)), Box(1, 1, ("2",)), Box(1, 2, ("3",)),
        Box(2, 0, ("1", "", "2", "")),
        Box(2, 1, ("Program Pelayanan Administrasi Perkantoran", "1. Penyediaan Jasa Kebersihan Kantor",
                   "Program Peningkatan Sarana dan Prasarana", "2. Pemeliharaan Rutin/Berkala Kendaraan Dinas",
                   "    dan Gedung Kantor")),
        Box(2, 2, ("186.500.000", "186.500.000", "643.750.000", "643.750.000"), right=True),
        Box(3, 0, ()), Box(3, 1, ("JUMLAH",), bold=True), Box(3, 2, ("830.250.000",), right=True, bold=True),
    ]
    draw_table(page, xs, ys, boxes, rules="fill")
    return page


def continued_pages(faulty: bool = False) -> list[Page]:
    """Tabel 3.4: Program I with seven activities, four at the bottom of the first page
    and three on the next, where the header is printed again with its "(1) (2) (3) (4)"
    row; a running header on every page and a chapter page number ("III- 15") in the
    footer; on the second page a sentence running on to the third. ``faulty``: the
    sixth activity's budget misprinted (75.000.000 for 57.000.000), so that the
    program's total no longer adds up."""
    xs = [LEFT, 95, 330, 420, 510]
    header = [Box(0, 0, ("No",), bold=True), Box(0, 1, ("Program / Kegiatan",), bold=True),
              Box(0, 2, ("Anggaran (Rp)",), bold=True), Box(0, 3, ("Realisasi (Rp)",), bold=True)]
    numbers = [Box(1, c, (f"({c + 1})",)) for c in range(4)]
    activities = [
        ("1", "Penyediaan Jasa Surat Menyurat", "12.000.000", "11.500.000"),
        ("2", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "312.000.000", "287.453.210"),
        ("3", "Penyediaan Jasa Kebersihan Kantor", "186.500.000", "184.200.000"),
        ("4", "Penyediaan Alat Tulis Kantor", "45.000.000", "44.100.000"),
        ("5", "Penyediaan Barang Cetakan dan Penggandaan", "38.000.000", "36.900.000"),
        ("6", "Penyediaan Makanan dan Minuman", "75.000.000" if faulty else "57.000.000", "55.950.000"),
        ("7", "Rapat-rapat Koordinasi dan Konsultasi ke Luar Daerah", "95.000.000", "41.380.000"),
    ]
    total = ("I", "Program Pelayanan Administrasi Perkantoran", "745.500.000", "661.483.210")

    def row(r: int, values: tuple[str, str, str, str], bold: bool = False) -> list[Box]:
        no, name, budget, spent = values
        return [Box(r, 0, (no,), bold=bold), Box(r, 1, (name,), bold=bold),
                Box(r, 2, (budget,), right=True, bold=bold), Box(r, 3, (spent,), right=True, bold=bold)]

    pages = [Page(), Page(), Page()]
    for number, page in enumerate(pages, start=1):
        page.text(330, 30, "Laporan Kinerja Dinas Contoh Tahun 2021", 8)
        page.text(LEFT, 800, "Laporan Kinerja Dinas Contoh", 8)
        page.text_right(525, 800, f"III- {14 + number}", 8)
    first, second, third = pages
    first.text(LEFT, 60, "C. Realisasi Anggaran", 11, bold=True)
    first.text(LEFT, 80, "Realisasi anggaran belanja langsung disajikan pada tabel berikut.", 10)
    first.text(LEFT, 620, "Tabel 3.4 Realisasi Anggaran Belanja Langsung Tahun 2021", 10, bold=True)
    body = [row(2, total, bold=True)] + [row(3 + k, activities[k]) for k in range(4)]
    draw_table(first, xs, rows_at(640, [14, 12] + [14] * len(body)), header + numbers + [b for r in body for b in r],
               rules="fill")
    body = [row(2 + k, activities[4 + k]) for k in range(3)]
    ys = rows_at(60, [14, 12] + [14] * len(body))
    draw_table(second, xs, ys, header + numbers + [b for r in body for b in r], rules="fill")
    second.text(LEFT, ys[-1] + 20, "Seluruh kegiatan program dilaksanakan sesuai rencana.", 10)
    second.text(LEFT, 760, "Realisasi anggaran program pelayanan administrasi perkantoran mencapai", 10)
    second.text(LEFT, 774, "88,73 persen dari pagu yang", 10)
    third.text(LEFT, 60, "ditetapkan dalam dokumen pelaksanaan anggaran.", 10)
    return pages


def borderless_page() -> Page:
    """Tabel 3.2 without any rule: columns only from the alignment of the text; one
    indicator name wraps, the Kriteria wraps, Capaian (%) is a header on two lines."""
    page = Page()
    page.text(LEFT, 60, "Hasil pengukuran kinerja Tahun 2020 adalah sebagai berikut:", 10)
    page.text(190, 85, "Tabel 3.2 Pengukuran Kinerja Tahun 2020", 10, bold=True)
    columns = [LEFT, 107, 267, 313, 360, 422, 474]
    header = ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian", "Kriteria"]
    top = 110
    for x, title in zip(columns, header):
        page.text(x, top, title, 8, bold=True)
    page.text(columns[5], top + 11, "(%)", 8, bold=True)
    rows = [
        ["1", "Produktivitas Padi", "ku/ha", "57,50", "59,12", "102,82", "Sangat"],
        ["2", "Pertumbuhan PDRB Sektor Pertanian", "%", "3,20", "2,32", "72,50", "Cukup"],
        ["3", "Persentase Luas Serangan OPT", "%", "3,50", "2,80", "80,00", "Sangat"],
    ]
    wrapped = {0: {6: "Berhasil"}, 1: {6: "Berhasil"}, 2: {1: "terhadap Luas Tanam", 6: "Berhasil"}}
    y = top + 33
    for r, values in enumerate(rows):
        for x, value in zip(columns, values):
            page.text(x, y, value, 8)
        for c, value in wrapped[r].items():
            page.text(columns[c], y + 11, value, 8)
        y += 33
    page.text(LEFT, y + 15, "Dari 3 (tiga) indikator kinerja, 2 (dua) indikator mencapai target.", 10)
    return page


def scanned_inside_pages() -> list[Page]:
    """A text page, a scanned page (one picture, no text: a signed agreement), a text page."""
    first, scan, last = Page(), Page(), Page()
    first.text(LEFT, 60, "BAB I PENDAHULUAN", 11, bold=True)
    first.text(LEFT, 90, "Perjanjian kinerja yang ditandatangani dilampirkan pada halaman berikut.", 10)
    scan.picture(40, 40, WIDTH - 40, HEIGHT - 40)
    last.text(LEFT, 60, "BAB II PERENCANAAN KINERJA", 11, bold=True)
    last.text(LEFT, 90, "Rencana strategis disusun untuk lima tahun.", 10)
    return [first, scan, last]


def build_all(out_dir: Path) -> None:
    write_pdf(out_dir / "measurement.pdf", [measurement_page()])
    write_pdf(out_dir / "stacked.pdf", [stacked_page()])
    write_pdf(out_dir / "continued.pdf", continued_pages())
    write_pdf(out_dir / "continued-faulty.pdf", continued_pages(faulty=True))
    write_pdf(out_dir / "borderless.pdf", [borderless_page()])
    write_pdf(out_dir / "scanned-inside.pdf", scanned_inside_pages())


if __name__ == "__main__":
    build_all(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
