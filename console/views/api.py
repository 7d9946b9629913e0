"""ConsoleApi: the facade the views talk to. Plain Python, blocking calls — views run them through
run_service(). It holds the service context and the signed-in operator, and never exposes an ORM
object: everything it returns is a frozen row.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from console.services import operators, order_actions, queries
from console.services.context import ServiceContext
from console.services.errors import Forbidden, InvalidInput
from console.services.order_actions import ActionState
from console.services.queries import OrderFilter, Sort
from console.services.rows import OperatorIdentity, OrderDetail, OrderRow, Page


class ConsoleApi:
    def __init__(self, ctx: ServiceContext, health: dict[str, Callable[[], bool]] | None = None,
                 workers: Any = None) -> None:
        self.ctx = ctx
        self.health = dict(health or {})
        self.workers = workers
        self.identity: OperatorIdentity | None = None

    # --- session ---------------------------------------------------------------------------
    def sign_in(self, username: str, password: str) -> OperatorIdentity:
        self.identity = operators.authenticate(self.ctx, username, password)
        return self.identity

    def _who(self) -> OperatorIdentity:
        if self.identity is None:
            raise Forbidden("not signed in")
        return self.identity

    def allowed(self, action: str) -> bool:
        return self.identity is not None and operators.allowed(self.identity, action)

    def workers_state(self) -> str:
        """"off" (no worker host in this process), "down" if any worker FAILED, else "n/m running"."""
        host = self.workers
        if host is None or not hasattr(host, "snapshot"):
            return "off"
        infos = host.snapshot()
        if not infos:
            return "off"
        if any(str(i.state) == "FAILED" for i in infos):
            return "down"
        running = sum(1 for i in infos if str(i.state) == "RUNNING")
        return f"{running}/{len(infos)} running" if running else "stopped"

    # --- orders ----------------------------------------------------------------------------
    def list_orders(self, filt: OrderFilter, sort: Sort, after_key: tuple[object, ...] | None,
                    limit: int) -> Page[OrderRow]:
        operators.require(self._who(), "view_orders")
        return queries.list_orders(self.ctx.db, filt, sort, after_key, limit)

    def order_row(self, order_sn: str) -> OrderRow:
        return queries.get_order_row(self.ctx.db, order_sn)

    def order_detail(self, order_sn: str) -> OrderDetail:
        operators.require(self._who(), "view_orders")
        return queries.order_detail(self.ctx.db, order_sn)

    def warehouses(self) -> list[tuple[int, str]]:
        return queries.list_warehouses(self.ctx.db)

    def export_orders(self, filt: OrderFilter, sort: Sort, path: str, fmt: str = "csv") -> int:
        """Write the filtered list to `path` as "csv" or "xlsx"; returns the number of orders."""
        operators.require(self._who(), "view_orders")
        writers = {"csv": queries.export_orders_csv, "xlsx": queries.export_orders_xlsx}
        if fmt not in writers:
            raise InvalidInput(f"cannot export as {fmt!r}")
        return writers[fmt](self.ctx.db, filt, sort, path)

    def actions_for(self, status: str) -> list[ActionState]:
        return order_actions.available_actions(self._who(), status)

    def ship(self, order_sn: str, carrier: str, tracking_no: str) -> None:
        order_actions.ship(self.ctx, self._who(), order_sn, carrier, tracking_no)

    def add_note(self, order_sn: str, text: str) -> None:
        order_actions.add_note(self.ctx, self._who(), order_sn, text)

    def modify_order(self, order_sn: str, expected_version: int, reason: str, *,
                     address: dict[str, str] | None = None, note: str | None = None,
                     adjust_by: Decimal | str | None = None) -> None:
        order_actions.modify_order(self.ctx, self._who(), order_sn, expected_version=expected_version,
                                   reason=reason, address=address, note=note, adjust_by=adjust_by)

    def close_order(self, order_sn: str, reason: str, *, close_trade: bool = False) -> None:
        order_actions.close_by_hand(self.ctx, self._who(), order_sn, reason, close_trade=close_trade)

    # --- stock, outbox, workers pages (admin tools) ----------------------------------------
    def list_stock(self, filt: Any, sort: str, descending: bool, limit: int = 500) -> list[Any]:
        from console.services import stock_admin

        return stock_admin.list_stock(self.ctx.db, self._who(), filt, sort, descending, limit)

    def list_work_orders(self, filt: Any, after_key: tuple[object, ...] | None, limit: int) -> Page[Any]:
        from console.services import stock_admin

        return stock_admin.list_work_orders(self.ctx.db, self._who(), filt, after_key, limit)

    def check_stock_drift(self) -> Any:
        from console.services import stock_admin

        return stock_admin.check_drift(self.ctx.db, self._who())

    def repair_stock_drift(self, reason: str) -> Any:
        from console.services import stock_admin

        return stock_admin.repair_drift(self.ctx, self._who(), reason)

    def list_messages(self, filt: Any, after_key: tuple[object, ...] | None, limit: int) -> Page[Any]:
        from console.services import outbox_admin

        return outbox_admin.list_messages(self.ctx, self._who(), filt, after_key, limit)

    def get_messages(self, message_ids: list[str]) -> list[Any]:
        from console.services import outbox_admin

        return outbox_admin.get_messages(self.ctx, self._who(), message_ids)

    def message_payload(self, message_id: str) -> str:
        from console.services import outbox_admin

        return outbox_admin.payload_text(self.ctx, self._who(), message_id)

    def outbox_backlog(self) -> Any:
        from console.services import outbox_admin

        return outbox_admin.backlog(self.ctx, self._who())

    def resend_messages(self, message_ids: list[str], reason: str = "") -> int:
        from console.services import outbox_admin

        return outbox_admin.resend(self.ctx, self._who(), message_ids, reason)

    def count_resend_matching(self, filt: Any) -> int:
        from console.services import outbox_admin

        return outbox_admin.count_matching(self.ctx, self._who(), filt)

    def resend_matching(self, filt: Any, expected: int, reason: str) -> int:
        from console.services import outbox_admin

        return outbox_admin.resend_matching(self.ctx, self._who(), filt, expected=expected, reason=reason)

    def dead_letters(self, include_requeued: bool = False) -> list[Any]:
        from console.services import outbox_admin

        return outbox_admin.dead_letters(self.ctx, self._who(), include_requeued=include_requeued)

    def requeue_dead_letter(self, dead_letter_id: int, reason: str = "") -> str:
        from console.services import outbox_admin

        return outbox_admin.requeue(self.ctx, self._who(), dead_letter_id, reason)

    def worker_fleet(self) -> list[Any]:
        from console.services import workers_admin

        return workers_admin.fleet(self.ctx, self._who(), self.workers)

    def start_worker(self, name: str, reason: str = "") -> Any:
        from console.services import workers_admin

        return workers_admin.start_worker(self.ctx, self._who(), self.workers, name, reason)

    def stop_worker(self, name: str, reason: str = "") -> Any:
        from console.services import workers_admin

        return workers_admin.stop_worker(self.ctx, self._who(), self.workers, name, reason)

    def local_worker_rows(self) -> list[Any]:
        """This process's workers from the live host: memory only, so safe on the GUI thread."""
        from console.services import workers_admin

        host = self.workers
        if host is None or self.identity is None or not self.allowed("view_workers"):
            return []
        return [workers_admin.local_row(host.process, info) for info in host.snapshot()]

    def now(self) -> Any:
        """The injected clock's now (aware UTC), for ages shown on pages."""
        return self.ctx.clock.now()

    # --- after-sales and disputes (reverse flows) -------------------------------------------
    def list_aftersales(self, status: str | None = None, limit: int = 500) -> list[Any]:
        from console.services import aftersales

        return aftersales.list_requests(self.ctx, self._who(), status=status, limit=limit)

    def aftersale_detail(self, after_sale_id: int) -> Any:
        from console.services import aftersales

        return aftersales.get_detail(self.ctx, self._who(), after_sale_id)

    def approve_aftersale(self, after_sale_id: int, expected_version: int | None = None) -> int:
        from console.services import aftersales

        return aftersales.approve(self.ctx, self._who(), after_sale_id, expected_version=expected_version)

    def reject_aftersale(self, after_sale_id: int, reason: str, expected_version: int | None = None) -> None:
        from console.services import aftersales

        aftersales.reject(self.ctx, self._who(), after_sale_id, reason, expected_version=expected_version)

    def bulk_preview(self, ids: list[int], decision: str, reason: str = "") -> Any:
        from console.services import aftersales

        return aftersales.bulk_preview(self.ctx, self._who(), ids, decision, reason)

    def bulk_review(self, ids: list[int], decision: str, reason: str = "") -> Any:
        from console.services import aftersales

        return aftersales.bulk_review(self.ctx, self._who(), ids, decision, reason)

    def list_disputes(self, open_only: bool = True) -> list[Any]:
        from console.services import aftersales

        return aftersales.list_disputes(self.ctx, self._who(), open_only=open_only)

    def add_dispute_note(self, after_sale_id: int, text: str) -> int:
        from console.services import aftersales

        return aftersales.add_note(self.ctx, self._who(), after_sale_id, text)

    def arbitrate(self, after_sale_id: int, decision: str, note: str, expected_version: int | None = None) -> Any:
        from console.services import aftersales

        return aftersales.arbitrate(self.ctx, self._who(), after_sale_id, decision, note,
                                    expected_version=expected_version)

    # --- payments and reconciliation ---------------------------------------------------------
    def payment_attempts(self, filt: Any, after_key: tuple[object, ...] | None, limit: int) -> Page[Any]:
        from console.services import payments_admin

        return payments_admin.list_attempts(self.ctx, self._who(), filt, after_key, limit)

    def payment_notifies(self, filt: Any, after_key: tuple[object, ...] | None, limit: int) -> Page[Any]:
        from console.services import payments_admin

        return payments_admin.list_notifies(self.ctx, self._who(), filt, after_key, limit)

    def notify_detail(self, notify_row_id: int) -> Any:
        from console.services import payments_admin

        return payments_admin.notify_detail(self.ctx, self._who(), notify_row_id)

    def notify_row(self, notify_row_id: int) -> Any:
        from console.services import payments_admin

        return payments_admin.notify_row(self.ctx, self._who(), notify_row_id)

    def replay_notify(self, notify_row_id: int, reason: str = "") -> Any:
        from console.services import payments_admin

        return payments_admin.replay(self.ctx, self._who(), notify_row_id, reason)

    def run_reconciliation(self, bill_date: Any) -> Any:
        from console.services import payments_admin

        return payments_admin.run(self.ctx, self._who(), bill_date)

    def recon_runs(self, limit: int = 100) -> list[Any]:
        from console.services import payments_admin

        return payments_admin.list_runs(self.ctx, self._who(), limit)

    def recon_exceptions(self, filt: Any, after_key: tuple[object, ...] | None, limit: int) -> Page[Any]:
        from console.services import payments_admin

        return payments_admin.list_exceptions(self.ctx, self._who(), filt, after_key, limit)

    def resolve_recon(self, exc_id: int, resolution: str, note: str) -> Any:
        from console.services import payments_admin

        return payments_admin.resolve(self.ctx, self._who(), exc_id, resolution, note)
