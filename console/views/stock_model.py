"""Table models of the Stock page: stock per warehouse (SQL sorted) and stock work orders (keyset paged)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from console.services.rows import Page
from console.services.stock_admin import WareStockRow, WorkOrderRow
from console.views.labels import code_label, ui_text
from console.views.rows_model import Column, PagedRowsModel, RowsModel, code_column

LOCK_COLOURS = {"LOCKED": "#9a6700", "RELEASED": "#57606a", "DEDUCTED": "#1a7f37"}

STOCK_COLUMNS: list[Column[WareStockRow]] = [
    Column("SKU", lambda r: r.sku_code, sql_sort="sku_code"),
    Column("Name", lambda r: r.sku_name, sql_sort="sku_name"),
    Column("Warehouse", lambda r: r.ware_code, sql_sort="ware"),
    Column("Stock", lambda r: str(r.stock), lambda r: r.stock, "stock", numeric=True),
    Column("Locked", lambda r: str(r.locked), lambda r: r.locked, "locked", numeric=True),
    Column("Available", lambda r: str(r.available), lambda r: r.available, "available", numeric=True,
           colour=lambda r: "#cf222e" if r.available <= 0 else None,
           tooltip=lambda r: ui_text("Sold out in this warehouse") if r.available <= 0 else None),
]
STOCK_SORT_COLUMN = {c.sql_sort: i for i, c in enumerate(STOCK_COLUMNS)}

TASK_COLUMNS: list[Column[WorkOrderRow]] = [
    Column("Work order", lambda r: f"#{r.id}", lambda r: r.id, numeric=True),
    Column("Order no.", lambda r: r.order_sn),
    Column("Order status", lambda r: code_label(r.order_status) or ui_text("— no order —"),
           lambda r: r.order_status or "",
           colour=lambda r: "#cf222e" if r.order_status in (None, "CANCELLED") and r.locked_units else None,
           tooltip=lambda r: r.order_status),
    code_column("Lock status", lambda r: r.task_status, colour=LOCK_COLOURS.get),
    Column("Locked units", lambda r: str(r.locked_units), lambda r: r.locked_units, numeric=True),
    Column("Created (UTC)", lambda r: r.created_at.strftime("%Y-%m-%d %H:%M")),
    Column("Lines", lambda r: ", ".join(f"{d.sku_code}@{d.ware_code}×{d.sku_num}" for d in r.details),
           tooltip=lambda r: "\n".join(f"{d.sku_code} @ {d.ware_code}: {d.sku_num} {d.lock_status}"
                                       for d in r.details)),
]


def stock_model() -> RowsModel[WareStockRow]:
    return RowsModel(STOCK_COLUMNS, key=lambda r: r.id)


def work_orders_model(lister: Callable[[Any, tuple[object, ...] | None, int], Page[WorkOrderRow]],
                      page_size: int = 100) -> PagedRowsModel[WorkOrderRow]:
    return PagedRowsModel(TASK_COLUMNS, key=lambda r: r.id, lister=lister, page_size=page_size)
