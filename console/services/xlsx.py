"""A small streaming writer of one-sheet Office Open XML workbooks (.xlsx): zipfile plus XML escaping.

Rows go into the zip as they are written (nothing is held but a small buffer), so a sheet of a million
rows costs what a sheet of a thousand does in memory. What a cell becomes:

- ``str``: an inline string, always text, never read as a number, date or formula (a 22-digit order
  number stays every digit). Characters XML 1.0 cannot carry (control characters other than tab,
  newline and carriage return, lone surrogates, U+FFFE/U+FFFF) are dropped; a literal ``_xHHHH_`` is
  escaped so Excel does not decode it.
- ``Decimal``: a numeric cell whose text is the Decimal's own digits (``format(d, "f")``, never through
  float), shown with as many decimal places as it has (``0.10`` shows as 0.10).
- ``int`` / ``float``: numeric cells; ``bool``: a boolean cell.
- naive ``datetime`` / ``date``: real Excel dates (serial days since 1899-12-30) with a
  ``yyyy-mm-dd hh:mm:ss`` / ``yyyy-mm-dd`` number format. Excel has no time zones, so an aware datetime
  is refused: convert it to the wall clock you mean first.
- ``None`` or ``""``: an empty cell.

Excel keeps 15 significant digits of a number, so an int or Decimal with more is refused (write it as
``str``); so are NaN and infinities, dates before 1900-03-01 (Excel's 1900 leap-year bug), strings over
32,767 characters and rows past 1,048,576 (`SheetFull`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import os
import re
import zipfile
from collections.abc import Iterable, Sequence
from decimal import Decimal
from types import TracebackType
from typing import IO
from xml.sax.saxutils import escape, quoteattr

Cell = str | int | float | Decimal | bool | dt.datetime | dt.date | None

MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
MAX_STRING = 32_767
MAX_DIGITS = 15  # Excel's precision: more significant digits than this are rounded on load

DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
DATE_FORMAT = "yyyy-mm-dd"

_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Everything outside XML 1.0's Char production.
_ILLEGAL_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Excel decodes _xHHHH_ in cell text as the character HHHH; a literal one is written with _x005F_.
_EXCEL_ESCAPE = re.compile("_(x[0-9A-Fa-f]{4}_)")
# Any character that is illegal, needs an entity (& < > and CR) or may start an _xHHHH_ escape.
_SPECIAL = re.compile("[^\t\n\x20-\x25\x27-\x3b\x3d\x3f-\x5e\x60-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_INT_LIMIT = 10**MAX_DIGITS
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
_EPOCH = dt.datetime(1899, 12, 30)
_FIRST_DATE = dt.date(1900, 3, 1)
_FLUSH_AT = 1 << 16  # characters buffered before they go to the deflater


class SheetFull(ValueError):
    """More rows than an Excel worksheet holds."""


def clean_text(text: str) -> str:
    """`text` as it is stored in a cell: XML-illegal characters dropped, literal _xHHHH_ protected."""
    return _EXCEL_ESCAPE.sub(r"_x005F_\1", _ILLEGAL_XML.sub("", text))


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA, ..."""
    if not 0 <= index < MAX_COLUMNS:
        raise ValueError(f"column {index + 1} is past Excel's last column ({MAX_COLUMNS})")
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def excel_serial(value: dt.datetime | dt.date) -> str:
    """Days since 1899-12-30 as Excel stores a date: an integer for a date, a fraction for the time."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            raise ValueError("Excel dates carry no time zone: convert the datetime to a naive wall clock first")
        if value.date() < _FIRST_DATE:
            raise ValueError(f"Excel cannot show dates before {_FIRST_DATE.isoformat()}: {value.isoformat()}")
        delta = value - _EPOCH
        micros = delta.seconds * 1_000_000 + delta.microseconds
        return repr(delta.days + micros / 86_400_000_000) if micros else str(delta.days)
    if value < _FIRST_DATE:
        raise ValueError(f"Excel cannot show dates before {_FIRST_DATE.isoformat()}: {value.isoformat()}")
    return str((value - _EPOCH.date()).days)


def _too_many_digits(value: Decimal | int) -> ValueError:
    return ValueError(f"{value} has more than {MAX_DIGITS} significant digits, which Excel rounds: "
                      "write it as text")


class XlsxWriter:
    """One worksheet, written row by row. Use as a context manager; on an exception the partial file
    is removed (a truncated zip is no workbook).

    ``header`` is written as the first row in bold and kept in view (frozen pane); ``widths`` sets
    column widths in characters.
    """

    def __init__(self, path: str | os.PathLike[str], *, sheet_name: str = "Sheet1",
                 header: Sequence[str] | None = None, widths: Sequence[float] | None = None) -> None:
        self._check_sheet_name(sheet_name)
        self.path = os.fspath(path)
        self.rows_written = 0
        self._styles: dict[tuple[bool, int], int] = {(False, 0): 0}  # (bold, numFmtId) -> cellXfs index
        self._formats: dict[str, int] = {}  # custom format code -> numFmtId
        self._decimal_styles: dict[int, int] = {}  # exponent of a Decimal -> its style
        self._letters: list[str] = []  # column letters by index, as far as rows have gone
        self._buffer: list[str] = []
        self._buffered = 0
        self._closed = False
        self._sheet: IO[bytes] | None = None
        # Opening is the first thing done, so an unwritable path fails here, before anything exists.
        self._zip = zipfile.ZipFile(self.path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6)
        try:
            self._write_package(sheet_name)
            self._sheet = self._zip.open("xl/worksheets/sheet1.xml", "w")
            self._sheet.write(self._sheet_start(header is not None, widths or ()).encode())
            if header is not None:
                bold = self._style(True, 0)
                self._row([(h, bold) for h in header])
        except BaseException:
            self.abort()
            raise

    # --- public --------------------------------------------------------------------------------
    def write_row(self, values: Iterable[Cell]) -> None:
        self._row([(v, None) for v in values])

    def close(self) -> None:
        """Finish the sheet and the package. The file is a workbook only after this."""
        if self._closed:
            return
        assert self._sheet is not None
        try:
            self._flush()
            self._sheet.write(b"</sheetData></worksheet>")
            self._sheet.close()
            self._zip.writestr("xl/styles.xml", self._styles_xml())
            self._zip.close()
        except BaseException:
            self.abort()
            raise
        self._closed = True

    def abort(self) -> None:
        """Stop without finishing: the partial file is removed."""
        if self._closed:
            return
        self._closed = True
        for close in (() if self._sheet is None else (self._sheet.close,)) + (self._zip.close,):
            with contextlib.suppress(Exception):  # already broken (disk full, ...): removing the file matters
                close()
        if self._zip.fp is not None:  # close() refused: let go of the file handle
            self._zip.fp.close()
        with contextlib.suppress(FileNotFoundError):
            os.remove(self.path)

    def __enter__(self) -> XlsxWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    # --- rows and cells ------------------------------------------------------------------------
    def _row(self, cells: Sequence[tuple[Cell, int | None]]) -> None:
        if self._closed:
            raise ValueError("the workbook is closed")
        if self.rows_written >= MAX_ROWS:
            raise SheetFull(f"an Excel sheet holds at most {MAX_ROWS:,} rows")
        letters = self._letters
        if len(cells) > len(letters):
            letters.extend(column_letter(i) for i in range(len(letters), len(cells)))
        r = self.rows_written + 1
        parts = [f'<row r="{r}">']
        for i, (value, style) in enumerate(cells):
            if value is not None:
                cell = self._cell(f"{letters[i]}{r}", value, style)
                if cell:
                    parts.append(cell)
        parts.append("</row>")
        text = "".join(parts)
        self.rows_written += 1
        self._buffer.append(text)
        self._buffered += len(text)
        if self._buffered >= _FLUSH_AT:
            self._flush()

    def _cell(self, ref: str, value: Cell, style: int | None) -> str:
        # The common types first (text, amounts): a million rows pass through here eleven times each.
        if isinstance(value, str):
            if len(value) > MAX_STRING:
                raise ValueError(f"cell {ref}: {len(value):,} characters, an Excel cell holds {MAX_STRING:,}")
            text = value
            if _SPECIAL.search(text):  # something to drop, escape or protect: the slow path
                text = clean_text(text)
            if not text:
                return ""
            space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
            return f'<c r="{ref}"{_s(style)} t="inlineStr"><is><t{space}>{_escape_text(text)}</t></is></c>'
        if isinstance(value, Decimal):
            _, digits, exponent = value.as_tuple()
            if not isinstance(exponent, int):
                raise ValueError(f"cell {ref}: {value} is not a number Excel can hold")
            if len(digits) > MAX_DIGITS:
                raise _too_many_digits(value)
            if style is None and exponent < 0:
                style = self._decimal_styles.get(exponent)
                if style is None:
                    style = self._decimal_styles[exponent] = self._style(False, self._format("0." + "0" * -exponent))
            return f'<c r="{ref}"{_s(style)}><v>{value:f}</v></c>'
        if isinstance(value, bool):
            return f'<c r="{ref}"{_s(style)} t="b"><v>{int(value)}</v></c>'
        if isinstance(value, int):
            if not -_INT_LIMIT < value < _INT_LIMIT:
                raise _too_many_digits(value)
            return f'<c r="{ref}"{_s(style)}><v>{value}</v></c>'
        if isinstance(value, dt.datetime):
            if style is None:
                style = self._style(False, self._format(DATETIME_FORMAT))
            return f'<c r="{ref}"{_s(style)}><v>{excel_serial(value)}</v></c>'
        if isinstance(value, dt.date):
            if style is None:
                style = self._style(False, self._format(DATE_FORMAT))
            return f'<c r="{ref}"{_s(style)}><v>{excel_serial(value)}</v></c>'
        if isinstance(value, float):
            if not math.isfinite(value):
                raise ValueError(f"cell {ref}: {value} is not a number Excel can hold")
            return f'<c r="{ref}"{_s(style)}><v>{value!r}</v></c>'
        raise TypeError(f"cell {ref}: cannot write a {type(value).__name__} to a worksheet")

    def _flush(self) -> None:
        if self._buffer and self._sheet is not None:
            self._sheet.write("".join(self._buffer).encode())
            self._buffer.clear()
            self._buffered = 0

    # --- styles --------------------------------------------------------------------------------
    def _format(self, code: str) -> int:
        if code not in self._formats:
            self._formats[code] = 164 + len(self._formats)  # 0-163 are Excel's built-in formats
        return self._formats[code]

    def _style(self, bold: bool, num_fmt: int) -> int:
        return self._styles.setdefault((bold, num_fmt), len(self._styles))

    def _styles_xml(self) -> str:
        fmts = "".join(f'<numFmt numFmtId="{i}" formatCode={quoteattr(code)}/>' for code, i in self._formats.items())
        xfs = "".join(
            f'<xf numFmtId="{fmt}" fontId="{int(bold)}" fillId="0" borderId="0" xfId="0"'
            + (' applyNumberFormat="1"' if fmt else "") + (' applyFont="1"' if bold else "") + "/>"
            for (bold, fmt), _ in sorted(self._styles.items(), key=lambda kv: kv[1]))
        font = '<sz val="11"/><name val="Calibri"/><family val="2"/>'
        return (
            f'{_XML_DECL}<styleSheet xmlns="{_MAIN_NS}">'
            + (f'<numFmts count="{len(self._formats)}">{fmts}</numFmts>' if self._formats else "")
            + f'<fonts count="2"><font>{font}</font><font><b/>{font}</font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(self._styles)}">{xfs}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            "</styleSheet>")

    # --- package parts -------------------------------------------------------------------------
    @staticmethod
    def _check_sheet_name(name: str) -> None:
        if not 1 <= len(name) <= 31 or _SHEET_NAME_BAD.search(name) or name.startswith("'") \
                or name.endswith("'") or clean_text(name) != name:
            raise ValueError(f"{name!r} is not a valid sheet name (1-31 characters, none of []:*?/\\)")

    def _write_package(self, sheet_name: str) -> None:
        ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        self._zip.writestr("[Content_Types].xml", (
            f'{_XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{ct}.styles+xml"/>'
            "</Types>"))
        self._zip.writestr("_rels/.rels", (
            f'{_XML_DECL}<Relationships xmlns="{_PKG_REL_NS}">'
            f'<Relationship Id="rId1" Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"))
        self._zip.writestr("xl/workbook.xml", (
            f'{_XML_DECL}<workbook xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">'
            "<bookViews><workbookView/></bookViews>"
            f'<sheets><sheet name={quoteattr(sheet_name)} sheetId="1" r:id="rId1"/></sheets>'
            "</workbook>"))
        self._zip.writestr("xl/_rels/workbook.xml.rels", (
            f'{_XML_DECL}<Relationships xmlns="{_PKG_REL_NS}">'
            f'<Relationship Id="rId1" Type="{_REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{_REL_NS}/styles" Target="styles.xml"/>'
            "</Relationships>"))

    @staticmethod
    def _sheet_start(frozen_header: bool, widths: Sequence[float]) -> str:
        pane = ('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>') if frozen_header else ""
        cols = "".join(f'<col min="{i}" max="{i}" width="{float(w):g}" customWidth="1"/>'
                       for i, w in enumerate(widths, start=1))
        return (f'{_XML_DECL}<worksheet xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">'
                f'<sheetViews><sheetView workbookViewId="0">{pane}</sheetView></sheetViews>'
                '<sheetFormatPr defaultRowHeight="15"/>'
                + (f"<cols>{cols}</cols>" if cols else "")
                + "<sheetData>")


def _s(style: int | None) -> str:
    return "" if style is None or style == 0 else f' s="{style}"'


def _escape_text(text: str) -> str:
    # & < > as entities; a carriage return as a character reference, or the XML parser turns it into \n.
    return escape(text).replace("\r", "&#13;")
