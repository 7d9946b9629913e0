"""The .xlsx writer on its own: read back with zipfile and xml.etree (tests/xlsx_reader.py), never
with openpyxl, so this passes on a clean install."""

from __future__ import annotations

import datetime as dt
import tracemalloc
import zipfile
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from console.services import xlsx
from console.services.xlsx import XlsxWriter
from tests.xlsx_reader import M, read_xlsx

SN = "2026010112345678901234"  # 22 digits, as order numbers are


def write(path: Path, rows: list[list[xlsx.Cell]], **kw: object) -> Path:
    with XlsxWriter(path, **kw) as w:  # type: ignore[arg-type]
        for r in rows:
            w.write_row(r)
    return path


def test_package_has_workbook_sheet_styles_and_content_types(tmp_path: Path) -> None:
    sheet = read_xlsx(write(tmp_path / "a.xlsx", [["x", 1]], sheet_name="Orders 订单"))
    assert sheet.name == "Orders 订单"
    assert set(sheet.parts) == {"_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                "xl/worksheets/sheet1.xml", "xl/styles.xml"}
    with zipfile.ZipFile(tmp_path / "a.xlsx") as z:
        for name in z.namelist():  # every part is well-formed UTF-8 XML with a declaration
            assert z.read(name).startswith(b'<?xml version="1.0" encoding="UTF-8"')
            ET.fromstring(z.read(name))
        assert z.getinfo("xl/worksheets/sheet1.xml").compress_type == zipfile.ZIP_DEFLATED


def test_order_number_is_text_and_amounts_are_exact_numbers(tmp_path: Path) -> None:
    amounts = [Decimal("0.10"), Decimal("12345678.99"), Decimal("-3.5"), Decimal("0"), Decimal("1E+3"),
               Decimal("999999999999.99")]
    sheet = read_xlsx(write(tmp_path / "a.xlsx", [[SN, *amounts], ["00123", 7, 2.5, True]]))
    sn, *nums = sheet.rows[0]
    assert sn is not None and (sn.kind, sn.text) == ("s", SN)
    assert [(c.kind, c.text) for c in nums if c] == [
        ("n", "0.10"), ("n", "12345678.99"), ("n", "-3.5"), ("n", "0"), ("n", "1000"), ("n", "999999999999.99")]
    assert [Decimal(c.text) for c in nums if c] == amounts
    # Shown with the places the Decimal has, so 0.10 reads 0.10 and not 0.1.
    assert [c.number_format for c in nums if c] == ["0.00", "0.00", "0.0", "General", "General", "0.00"]
    assert sheet.values()[1] == ["00123", Decimal(7), Decimal("2.5"), True]  # a str of digits stays text


def test_text_round_trips_and_illegal_characters_are_dropped(tmp_path: Path) -> None:
    texts = ["收货人 张三", "<a&b>", 'say "hi" & \'bye\'', "  padded  ", "two\nlines\r\nand\ttab", "_x0041_",
             "=1+1", "emoji 🍵"]
    sheet = read_xlsx(write(tmp_path / "a.xlsx", [[t] for t in texts]
                            + [["a\x00b\x07c\x0bd\x1fe\ufffef\ud800g\x7f"]]))
    assert [r[0].text for r in sheet.rows if r[0]] == [*texts, "abcdefg\x7f"]
    assert all(r[0] and r[0].kind == "s" for r in sheet.rows)  # "=1+1" is a string, never a formula
    with zipfile.ZipFile(tmp_path / "a.xlsx") as z:
        raw = z.read("xl/worksheets/sheet1.xml").decode()
    assert "&lt;a&amp;b&gt;" in raw and "_x005F_x0041_" in raw and "\x00" not in raw


def test_dates_are_real_excel_dates(tmp_path: Path) -> None:
    at = dt.datetime(2026, 1, 1, 8, 0, 30)
    rows = [[at, dt.date(2026, 2, 28), dt.datetime(2026, 3, 1), dt.datetime(1900, 3, 1, 12)]]
    sheet = read_xlsx(write(tmp_path / "a.xlsx", rows))
    cells = [c for c in sheet.rows[0] if c]
    assert [c.kind for c in cells] == ["n"] * 4
    assert cells[0].number_format == "yyyy-mm-dd hh:mm:ss" and cells[1].number_format == "yyyy-mm-dd"
    assert cells[1].text == "46081" and cells[2].text == "46082" and cells[3].text == "61.5"
    assert [c.value for c in cells] == [at, dt.datetime(2026, 2, 28), dt.datetime(2026, 3, 1),
                                         dt.datetime(1900, 3, 1, 12)]
    micro = dt.datetime(2030, 6, 15, 23, 59, 59, 999_000)
    assert read_xlsx(write(tmp_path / "b.xlsx", [[micro]])).rows[0][0].value == micro  # type: ignore[union-attr]


def test_header_is_bold_and_frozen_and_widths_are_set(tmp_path: Path) -> None:
    sheet = read_xlsx(write(tmp_path / "a.xlsx", [["x", None, "", Decimal("1.00")]],
                            header=["order_sn", "b", "c", "d"], widths=[24, 8]))
    assert [c.text for c in sheet.rows[0] if c] == ["order_sn", "b", "c", "d"]
    assert all(c and c.bold for c in sheet.rows[0]) and not any(c and c.bold for c in sheet.rows[1])
    assert sheet.frozen_rows == 1 and sheet.widths == {0: 24.0, 1: 8.0}
    assert sheet.values()[1] == ["x", None, None, Decimal("1.00")]  # None and "" are empty cells
    plain = read_xlsx(write(tmp_path / "b.xlsx", [["x"]]))
    assert plain.frozen_rows == 0 and not plain.rows[0][0].bold  # type: ignore[union-attr]


def test_column_letters() -> None:
    assert [xlsx.column_letter(i) for i in (0, 25, 26, 51, 52, 701, 702, 16383)] == [
        "A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]
    with pytest.raises(ValueError):
        xlsx.column_letter(16384)


@pytest.mark.parametrize("value, message", [
    (1234567890123456, "significant digits"),  # Excel would round it: write identifiers as str
    (Decimal("12345678901234.56"), "significant digits"),
    (Decimal("NaN"), "not a number"),
    (float("inf"), "not a number"),
    (dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "time zone"),
    (dt.date(1900, 2, 28), "before 1900-03-01"),
    ("x" * 32_768, "32,767"),
    (b"bytes", "cannot write a bytes"),
])
def test_values_excel_cannot_hold_are_refused_and_leave_no_file(tmp_path: Path, value: object,
                                                                  message: str) -> None:
    path = tmp_path / "a.xlsx"
    with pytest.raises((ValueError, TypeError), match=message), XlsxWriter(path) as w:
        w.write_row(["ok", value])  # type: ignore[list-item]
    assert not path.exists()


def test_a_full_sheet_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx, "MAX_ROWS", 3)
    path = tmp_path / "a.xlsx"
    with pytest.raises(xlsx.SheetFull), XlsxWriter(path, header=["h"]) as w:
        for i in range(5):
            w.write_row([i])
    assert not path.exists()


def test_bad_sheet_names_and_unwritable_paths(tmp_path: Path) -> None:
    for name in ("", "a" * 32, "a/b", "x[1]", "'quoted'"):
        with pytest.raises(ValueError, match="sheet name"):
            XlsxWriter(tmp_path / "a.xlsx", sheet_name=name)
    assert not (tmp_path / "a.xlsx").exists()
    with pytest.raises(FileNotFoundError):
        XlsxWriter(tmp_path / "missing" / "a.xlsx")
    (tmp_path / "dir.xlsx").mkdir()
    with pytest.raises(IsADirectoryError):
        XlsxWriter(tmp_path / "dir.xlsx")
    assert (tmp_path / "dir.xlsx").is_dir()  # a failed open removes nothing


def test_rows_stream_to_disk_in_bounded_memory(tmp_path: Path) -> None:
    """30,000 rows are ~10 MB of sheet XML; the writer holds one small buffer of it."""
    path = tmp_path / "big.xlsx"
    row: list[xlsx.Cell] = [SN, dt.datetime(2026, 1, 1, 8), "SHIPPED", None, 12345, "买家一号",
                            Decimal("1234.56"), Decimal("1234.56"), 2, "收货人 张三", dt.datetime(2026, 1, 1, 9)]
    tracemalloc.start()
    try:
        with XlsxWriter(path, header=[f"c{i}" for i in range(len(row))]) as w:
            for _ in range(30_000):
                w.write_row(row)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    with zipfile.ZipFile(path) as z:
        size = z.getinfo("xl/worksheets/sheet1.xml").file_size
        with z.open("xl/worksheets/sheet1.xml") as fh:
            rows = sum(1 for _, el in ET.iterparse(fh) if el.tag == M + "row")
    assert rows == 30_001 and size > 8_000_000
    assert peak < 4_000_000, f"peak {peak:,} bytes traced while writing {size:,} bytes of XML"
