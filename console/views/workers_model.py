"""Table model of the Workers page: one row per (process, worker), local ones live, others by heartbeat."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from console.services.workers_admin import WorkerRow
from console.views.labels import code_label, ui_text
from console.views.outbox_model import age_text
from console.views.rows_model import Column, RowsModel

STATE_COLOURS = {"RUNNING": "#1a7f37", "STARTING": "#9a6700", "STOPPED": "#57606a", "FAILED": "#cf222e"}


def _where(r: WorkerRow) -> str:
    if r.local:
        return ui_text("this console")
    return ui_text("gone quiet" if r.stale else "other process")


def worker_columns(now: Callable[[], dt.datetime]) -> list[Column[WorkerRow]]:
    def ago(r: WorkerRow) -> str:
        if r.last_activity is None:
            return ui_text("never")
        return ui_text("{age} ago").format(age=age_text((now() - r.last_activity).total_seconds()))

    return [
        Column("Worker", lambda r: r.name),
        Column("Process", lambda r: r.process, tooltip=_where),
        Column("Where", _where, colour=lambda r: "#cf222e" if r.stale else None),
        Column("State", lambda r: code_label(r.state) + (ui_text(" (stale)") if r.stale else ""), lambda r: r.state,
               colour=lambda r: "#57606a" if r.stale else STATE_COLOURS.get(r.state), tooltip=lambda r: r.state),
        Column("Last activity", ago, tooltip=lambda r: None if r.last_activity is None
               else f"{r.last_activity:%Y-%m-%d %H:%M:%S} UTC"),
        Column("Processed", lambda r: f"{r.processed:,}", lambda r: r.processed, numeric=True),
        Column("Failed", lambda r: f"{r.failed:,}", lambda r: r.failed, numeric=True,
               colour=lambda r: "#cf222e" if r.failed else None),
        Column("Last error", lambda r: r.last_error or "", tooltip=lambda r: r.last_error),
    ]


def workers_model(now: Callable[[], dt.datetime]) -> RowsModel[WorkerRow]:
    return RowsModel(worker_columns(now), key=lambda r: r.key)
