"""The one way the console's list pages build a table view: whole-row single selection, no row
numbers, no wrapping, columns sized to their contents when rows arrive."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimerEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

# Up to this width a stretched last column is fitted to its values; wider ones are elided in it.
LAST_FIT_MAX = 200


def row_table(model: QAbstractItemModel, name: str, *, sortable: bool = False, stretch: int = -1,
              elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> QTableView:
    """`stretch` is the free-text column that takes the spare width; -1 stretches the last one."""
    t = QTableView()
    t.setObjectName(name)
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setAlternatingRowColors(True)
    t.verticalHeader().hide()
    t.setSortingEnabled(sortable)
    t.setWordWrap(False)
    t.setTextElideMode(elide)
    fit_columns_when_rows_arrive(t, stretch=stretch)
    return t


def fit_columns_when_rows_arrive(table: QTableView, *, stretch: int = -1) -> None:
    """Size the columns to their contents when rows arrive (reset, insert, new headers), not on
    every in-place change.

    QHeaderView.ResizeToContents re-measures every cell of every column on each dataChanged, hidden
    view or not: one Python data() call per cell and role, each taking the GIL back from the worker
    threads (one row update of the 11-row Workers table cost 616 calls hidden, 1,344 shown; 11,200
    at 200 rows). With the workers busy that was the GUI stall over 50 ms
    (benchmarks/console_speed.py). Now an in-place update only repaints its row.
    """
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    _ColumnFitter(table)


class _ColumnFitter(QObject):
    """One deferred fit per burst of row arrivals (a reset then an insert is one). A plain timer id,
    not a QTimer child: a page's timers stay the ones it made."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self._timer_id = 0
        model = table.model()
        model.modelReset.connect(self._arrived)
        model.rowsInserted.connect(self._arrived)
        model.layoutChanged.connect(self._arrived)
        model.headerDataChanged.connect(self._arrived)
        self._arrived()  # the headers at least, if no rows ever come

    def _arrived(self, *_: object) -> None:
        if not self._timer_id:
            self._timer_id = self.startTimer(0)

    def timerEvent(self, event: QTimerEvent) -> None:
        if event.timerId() != self._timer_id:
            super().timerEvent(event)
            return
        self.killTimer(self._timer_id)
        self._timer_id = 0
        self.fit()

    def fit(self) -> None:
        # The stretched last section takes the spare width; without any it keeps its header whole and
        # short values (a date: "2026-12-02 00:55", not the default 100 px's "2026-12-02 0…"), while
        # long ones (ids, errors) are elided there rather than widening the table into a scroll.
        # A Stretch-mode column takes what is left.
        header = self.table.horizontalHeader()
        last = header.count() - 1
        stretch_last = last >= 0 and header.stretchLastSection()
        used = 0
        for c in range(last + 1):
            if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch or (c == last and stretch_last):
                continue
            width = max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c))  # resizeColumnToContents
            header.resizeSection(c, width)
            used += width
        # The header is as wide as the viewport. Not table.viewport(): wrapping it for Python made the view
        # repaint every visible cell once more after the next in-place update (tests/test_gui_tables.py).
        if stretch_last and header.width() - used < LAST_FIT_MAX:
            content = self.table.sizeHintForColumn(last)
            least = max(header.sectionSizeHint(last), content if content <= LAST_FIT_MAX else 0)
            if least > header.width() - used:
                header.resizeSection(last, least)


class EmptyHint(QObject):
    """A grey line in the middle of a table that has no rows, saying why the white space is empty
    ("No open exceptions."), so nobody waits for rows that are not coming. The page calls `loaded`
    once its rows are in (before that, empty means not loaded yet); it hides as soon as a row arrives
    and comes back when the rows go."""

    def __init__(self, table: QTableView, text: str) -> None:
        super().__init__(table)
        self.table = table
        self.viewport = table.viewport()
        self._loaded = False
        self.label = QLabel(text, self.viewport)
        self.label.setObjectName("emptyHint")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #57606a; background: transparent;")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.hide()
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self._update)
        self.viewport.installEventFilter(self)

    def loaded(self, text: str | None = None) -> None:
        """The rows are in (an empty load changes no model signal); `text`: what "none" means now."""
        if text is not None:
            self.label.setText(text)
        self._loaded = True
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport and event.type() == QEvent.Type.Resize and shiboken6.isValid(self.label):
            self._place()
        return False

    def _place(self) -> None:
        self.label.setGeometry(self.viewport.rect().adjusted(12, 0, -12, 0))

    def _update(self, *_: object) -> None:
        if not shiboken6.isValid(self.table) or not shiboken6.isValid(self.label):
            return  # the model outlived its view
        self._place()
        self.label.setVisible(self._loaded and self.table.model().rowCount() == 0)
