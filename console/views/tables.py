"""The one way the console's list pages build a table view: whole-row single selection, no row
numbers, no wrapping, columns sized to their contents."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


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
    header = t.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return t
