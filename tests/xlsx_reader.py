"""A strict little .xlsx reader for the tests, on zipfile and xml.etree only (no openpyxl): it follows
the package's relationships from _rels/.rels as a spreadsheet application does, checks every part has
a content type, and returns each cell with its type, its raw text and its number format."""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree as ET

M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
SHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
BUILTIN_FORMATS = {0: "General", 1: "0", 2: "0.00", 14: "mm-dd-yy", 22: "m/d/yy h:mm"}
REF = re.compile(r"([A-Z]+)([0-9]+)$")


@dataclass(frozen=True)
class Cell:
    kind: str  # "s" text, "n" number, "b" boolean
    text: str  # the string (OOXML _xHHHH_ escapes decoded) or the number exactly as stored
    number_format: str = "General"
    bold: bool = False

    @property
    def value(self) -> str | Decimal | bool | dt.datetime:
        if self.kind == "s":
            return self.text
        if self.kind == "b":
            return self.text == "1"
        if "yy" in self.number_format:
            return excel_date(self.text)
        return Decimal(self.text)


@dataclass
class Sheet:
    name: str
    rows: list[list[Cell | None]]
    frozen_rows: int = 0
    widths: dict[int, float] = field(default_factory=dict)
    parts: dict[str, str] = field(default_factory=dict)  # part name -> content type

    def values(self) -> list[list[object]]:
        return [[None if c is None else c.value for c in row] for row in self.rows]


def excel_date(serial: str) -> dt.datetime:
    """Excel's serial day (1900 system, after 1900-03-01) back to a datetime, to the microsecond."""
    days = Decimal(serial)
    whole = int(days)
    micros = round((days - whole) * 86_400_000_000)
    return dt.datetime(1899, 12, 30) + dt.timedelta(days=whole, microseconds=micros)


def column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def decode(text: str) -> str:
    return re.sub("_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m[1], 16)), text)


def _rels(z: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, target part name) of `part` ("" for the package)."""
    folder, name = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", name + ".rels")
    out = {}
    for rel in ET.fromstring(z.read(rels_name)).iter(PR + "Relationship"):
        target = rel.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        out[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], target)
    return out


def _content_types(z: zipfile.ZipFile) -> dict[str, str]:
    root = ET.fromstring(z.read("[Content_Types].xml"))
    defaults = {d.get("Extension", "").lower(): d.get("ContentType", "") for d in root.iter(CT + "Default")}
    overrides = {o.get("PartName", "").lstrip("/"): o.get("ContentType", "") for o in root.iter(CT + "Override")}
    types = {}
    for name in z.namelist():
        if name == "[Content_Types].xml":
            continue
        ctype = overrides.get(name) or defaults.get(name.rsplit(".", 1)[-1].lower())
        assert ctype, f"part {name} has no content type"
        types[name] = ctype
    assert set(overrides) <= set(types), f"content types name missing parts: {set(overrides) - set(types)}"
    return types


def read_xlsx(path: str | Path) -> Sheet:
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        types = _content_types(z)
        (workbook,) = [t for kind, t in _rels(z, "").values() if kind == "officeDocument"]
        assert types[workbook] == SHEET_MAIN
        wb_rels = _rels(z, workbook)
        wb = ET.fromstring(z.read(workbook))
        sheets = wb.findall(f"{M}sheets/{M}sheet")
        assert len(sheets) == 1
        kind, sheet_part = wb_rels[sheets[0].get(R + "id", "")]
        assert kind == "worksheet" and types[sheet_part] == WORKSHEET
        formats: list[str] = []
        bold: list[bool] = []
        styles = [t for k, t in wb_rels.values() if k == "styles"]
        if styles:
            assert types[styles[0]] == STYLES
            st = ET.fromstring(z.read(styles[0]))
            custom = {int(f.get("numFmtId", "")): f.get("formatCode", "") for f in st.iter(M + "numFmt")}
            fonts = [f.find(M + "b") is not None for f in st.iter(M + "font")]
            for xf in st.findall(f"{M}cellXfs/{M}xf"):
                fmt_id = int(xf.get("numFmtId", "0"))
                formats.append(custom.get(fmt_id) or BUILTIN_FORMATS[fmt_id])
                bold.append(fonts[int(xf.get("fontId", "0"))])
        ws = ET.fromstring(z.read(sheet_part))
    sheet = Sheet(name=sheets[0].get("name", ""), rows=[], parts=types)
    pane = ws.find(f"{M}sheetViews/{M}sheetView/{M}pane")
    if pane is not None and pane.get("state") == "frozen":
        sheet.frozen_rows = int(float(pane.get("ySplit", "0")))
    for col in ws.iter(M + "col"):
        for i in range(int(col.get("min", "")), int(col.get("max", "")) + 1):
            sheet.widths[i - 1] = float(col.get("width", ""))
    for expected_r, row in enumerate(ws.iter(M + "row"), start=1):
        assert row.get("r") == str(expected_r), "rows are written in order, none skipped"
        cells: list[Cell | None] = []
        for c in row.iter(M + "c"):
            m = REF.match(c.get("r", ""))
            assert m and m[2] == str(expected_r)
            col = column_index(m[1])
            assert col >= len(cells), "cells are in column order"
            cells.extend([None] * (col - len(cells)))
            style = int(c.get("s", "0"))
            fmt, is_bold = (formats[style], bold[style]) if formats else ("General", False)
            t = c.get("t", "n")
            if t == "inlineStr":
                text = "".join(x.text or "" for x in c.iter(M + "t"))
                cells.append(Cell("s", decode(text), fmt, is_bold))
            elif t in ("n", "b"):
                v = c.find(M + "v")
                assert v is not None and v.text is not None
                cells.append(Cell(t, v.text, fmt, is_bold))
            else:
                raise AssertionError(f"unexpected cell type {t!r}")
        sheet.rows.append(cells)
    return sheet
