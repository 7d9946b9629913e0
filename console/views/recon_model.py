"""Table models of the Reconciliation page: runs (newest first) and exceptions (keyset paged)."""

from __future__ import annotations

from console.services.reconciliation import ReconExceptionRow, ReconRunRow
from console.views.labels import code_label, ui_text
from console.views.payments_model import Lister, money, when
from console.views.rows_model import Column, PagedRowsModel, RowsModel, code_column

RUN_COLOURS = {"DONE": "#1a7f37", "RUNNING": "#9a6700", "FAILED": "#cf222e"}

RUN_COLUMNS: list[Column[ReconRunRow]] = [
    Column("#", lambda r: str(r.id), lambda r: r.id, numeric=True),
    Column("Bill date", lambda r: r.bill_date),
    code_column("Status", lambda r: r.status, colour=RUN_COLOURS.get),
    Column("Matched", lambda r: str(r.matched), lambda r: r.matched, numeric=True),
    Column("Exceptions", lambda r: str(r.exceptions), lambda r: r.exceptions, numeric=True,
           colour=lambda r: "#cf222e" if r.exceptions else None),
    Column("Started (UTC)", lambda r: when(r.started_at), lambda r: r.started_at.isoformat()),
    Column("Detail", lambda r: r.detail, tooltip=lambda r: r.detail or None),
]


def resolution_text(r: ReconExceptionRow) -> str:
    if r.resolution is None:
        return ui_text("Open")
    done = ui_text("{res} by {who}").format(res=code_label(r.resolution), who=r.resolved_by or "")
    return done + (f" ({when(r.resolved_at)})" if r.resolved_at else "")


EXCEPTION_COLUMNS: list[Column[ReconExceptionRow]] = [
    Column("Bill date", lambda r: r.bill_date),
    code_column("Kind", lambda r: r.kind),
    Column("Out trade no.", lambda r: r.out_trade_no or "",
           tooltip=lambda r: f"Alipay trade no. {r.trade_no}" if r.trade_no else None),
    Column("Refund request", lambda r: r.out_request_no or ""),
    Column("Our amount", lambda r: money(r.our_amount), lambda r: r.our_amount if r.our_amount is not None else -1,
           numeric=True),
    Column("Their amount", lambda r: money(r.their_amount),
           lambda r: r.their_amount if r.their_amount is not None else -1, numeric=True),
    Column("Detail", lambda r: r.detail, tooltip=lambda r: r.detail or None),
    Column("Resolution", lambda r: resolution_text(r), colour=lambda r: "#cf222e" if r.resolution is None else None,
           tooltip=lambda r: " · ".join(x for x in (r.resolution, r.note) if x) or None),
]


def runs_model() -> RowsModel[ReconRunRow]:
    return RowsModel(RUN_COLUMNS, key=lambda r: r.id)


def exceptions_model(lister: Lister, page_size: int = 200) -> PagedRowsModel[ReconExceptionRow]:
    return PagedRowsModel(EXCEPTION_COLUMNS, key=lambda r: r.id, lister=lister, page_size=page_size)
