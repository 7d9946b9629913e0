"""row_table: columns fit their contents when rows arrive, and an in-place update costs one row's repaint.

With QHeaderView.ResizeToContents every dataChanged re-measured every cell of every column (12,600
Python data() calls for one row update of a 200-row table), each call taking the GIL back from the
worker threads: the GUI stall over 50 ms that benchmarks/console_speed.py measured.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import pytest
from PySide6.QtWidgets import QHeaderView, QStackedWidget, QWidget

from console.views.rows_model import Column, RowsModel
from console.views.tables import EmptyHint, row_table

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints")]


@dataclass(frozen=True)
class Item:
    key: int
    name: str
    amount: int
    note: str


COLUMNS = [Column("No.", lambda r: str(r.key)), Column("Name", lambda r: r.name),
           Column("Amount", lambda r: f"{r.amount:,}", numeric=True), Column("Note", lambda r: r.note)]


class CountingModel(RowsModel[Item]):
    def __init__(self, columns: list[Column[Item]] = COLUMNS) -> None:
        super().__init__(columns, key=lambda r: r.key)
        self.calls = 0

    def data(self, index: Any, role: int = 0) -> Any:
        self.calls += 1
        return super().data(index, role)


def items(n: int, name: str = "short") -> list[Item]:
    return [Item(i, name, i * 1000, "free text") for i in range(n)]


def shown(qtbot: Any, model: CountingModel, *, visible: bool = True, stretch: int = -1) -> Any:
    """The table in a stack, as on the main window: on the current page or behind another one."""
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    table = row_table(model, "t", stretch=stretch)
    other = QWidget()
    stack.addWidget(other)
    stack.addWidget(table)
    stack.setCurrentWidget(table if visible else other)
    stack.resize(900, 600)
    stack.show()
    qtbot.waitExposed(stack)
    table.stack = stack  # keep the window alive as long as the test holds the table
    return table


@pytest.mark.parametrize("visible", [True, False], ids=["shown", "hidden"])
def test_an_in_place_update_does_not_remeasure_the_table(qtbot, visible) -> None:  # type: ignore[no-untyped-def]
    model = CountingModel()
    table = shown(qtbot, model, visible=visible)
    model.set_rows(items(200))
    qtbot.wait(50)
    model.calls = 0
    model.upsert(replace(model.rows[3], amount=123_456_789))
    qtbot.wait(50)
    cells = len(model.rows) * len(COLUMNS)
    # One row's repaint (a call per role of its cells) at most; re-measuring was ~15 calls per cell.
    assert model.calls < cells / 4, f"{model.calls} data() calls for one changed row of {cells} cells"
    assert table.horizontalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive


def test_columns_fit_their_contents_when_rows_arrive(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = CountingModel()
    table = shown(qtbot, model)
    model.set_rows(items(5))
    qtbot.waitUntil(lambda: table.columnWidth(1) > 0)
    narrow = table.columnWidth(1)
    long_name = "a much longer customer name than before"
    model.set_rows([replace(r, key=r.key + 100, name=long_name) for r in items(5)])  # new keys: a reset
    text_width = table.fontMetrics().horizontalAdvance(long_name)
    qtbot.waitUntil(lambda: table.columnWidth(1) >= text_width)
    assert table.columnWidth(1) > narrow
    # Rows fetched later (keyset paging) are measured too.
    longer = long_name + " and then some more words"
    model.append_rows([Item(999, longer, 1, "")])
    qtbot.waitUntil(lambda: table.columnWidth(1) >= table.fontMetrics().horizontalAdvance(longer))
    # The last column still takes the spare width.
    header = table.horizontalHeader()
    assert header.sectionPosition(3) + header.sectionSize(3) == header.viewport().width()


def test_the_last_column_keeps_header_and_short_values_whole_when_the_table_is_too_narrow(qtbot) -> None:  # type: ignore[no-untyped-def]
    """No spare width to stretch into: the last column is as wide as its header and its short values
    (the table scrolls to it), not cut to the default section size; long values are elided in it."""
    long_header = "Requested (UTC), a header wider than a default section"
    columns = [COLUMNS[0], COLUMNS[1], Column(long_header, lambda r: r.note), Column("When", lambda r: r.note)]
    for shown_note, last in ((("x" * 200), 2), ("2026-12-02 00:55:31 UTC", 3)):
        model = CountingModel(columns[:last + 1])
        table = row_table(model, "t")
        qtbot.addWidget(table)
        table.resize(300, 400)  # narrow from the start (a section stretched once stays wide when shrunk)
        table.show()
        qtbot.waitExposed(table)
        model.set_rows([replace(r, name="n" * 60, note=shown_note) for r in items(3)])
        header = table.horizontalHeader()
        text = table.fontMetrics().horizontalAdvance(shown_note)
        if last == 2:  # a long value: the header whole, the value elided in it
            qtbot.waitUntil(lambda h=header: h.sectionSize(2) >= h.fontMetrics().horizontalAdvance(long_header))
            assert header.sectionSize(2) < text
        else:  # a short value (a date) under a short header: the value whole
            qtbot.waitUntil(lambda h=header, t=text: h.sectionSize(3) >= t)
        assert header.length() > header.viewport().width()  # it scrolls rather than cut them
    # Room again: the last column takes the spare width as before.
    table.resize(2400, 400)
    qtbot.waitUntil(lambda: header.sectionPosition(3) + header.sectionSize(3) == header.viewport().width())


def test_the_stretch_column_takes_the_spare_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = CountingModel()
    table = shown(qtbot, model, stretch=1)
    model.set_rows(items(5))
    qtbot.wait(50)
    header = table.horizontalHeader()
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    assert table.columnWidth(1) > table.fontMetrics().horizontalAdvance("short") * 3
    assert header.sectionPosition(3) + header.sectionSize(3) == header.viewport().width()


def test_an_empty_table_fits_its_headers(qtbot) -> None:  # type: ignore[no-untyped-def]
    long_header = "Dead since (UTC), a header wider than a default section"
    model = CountingModel([COLUMNS[0], Column(long_header, lambda r: r.name), COLUMNS[3]])
    table = shown(qtbot, model)
    header = table.horizontalHeader()
    assert header.fontMetrics().horizontalAdvance(long_header) > header.defaultSectionSize()
    qtbot.waitUntil(lambda: header.sectionSize(1) >= header.fontMetrics().horizontalAdvance(long_header))


def test_an_empty_table_says_so_once_loaded(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = CountingModel()
    table = shown(qtbot, model)
    hint = EmptyHint(table, "No rows.")
    assert not hint.label.isVisible()  # not loaded yet: empty says nothing
    model.set_rows([])  # an empty load emits no model signal: the page says it is done
    hint.loaded("Nothing matches.")
    assert hint.label.isVisible() and hint.label.text() == "Nothing matches."
    assert hint.label.geometry().center().y() == pytest.approx(table.viewport().rect().center().y(), abs=1)
    model.set_rows(items(2))
    assert not hint.label.isVisible()
    model.set_rows([])
    assert hint.label.isVisible()


def test_an_in_place_update_repaints_the_cells_that_look_different() -> None:
    model = CountingModel()
    model.set_rows(items(3))
    spans: list[tuple[int, int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: spans.append((a.row(), a.column(), b.column())))
    model.upsert(replace(model.rows[1], amount=5))
    model.set_rows([replace(r, note="changed" if r.key == 2 else r.note) for r in model.rows])
    model.upsert(replace(model.rows[0], name="other", note="other"))
    assert spans == [(1, 2, 2), (2, 3, 3), (0, 1, 3)]
    # A change no cell shows (the amount, in a table without that column) repaints the whole row.
    narrow = CountingModel([COLUMNS[0], COLUMNS[1]])
    narrow.set_rows(items(2))
    narrow.dataChanged.connect(lambda a, b, *_: spans.append((a.row(), a.column(), b.column())))
    narrow.upsert(replace(narrow.rows[1], amount=7))
    assert spans[-1] == (1, 0, 1)
