"""The pages registry: one line per page (name for --page, module:class, permission to see it).

Pages are imported by name when the main window is built, so adding a page is one line here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from console.views.pages.base import BasePage


@dataclass(frozen=True)
class PageSpec:
    name: str
    target: str  # "module:Class"
    permission: str

    def load(self) -> type[BasePage]:
        module, _, cls = self.target.partition(":")
        page: type[BasePage] = getattr(importlib.import_module(module), cls)
        return page


PAGES: list[PageSpec] = [
    PageSpec("orders", "console.views.pages.orders:OrdersPage", "view_orders"),
    PageSpec("aftersales", "console.views.pages.aftersales:AfterSalesPage", "view_aftersales"),
    PageSpec("disputes", "console.views.pages.disputes:DisputesPage", "view_disputes"),
    PageSpec("stock", "console.views.pages.stock:StockPage", "view_stock"),
    PageSpec("outbox", "console.views.pages.outbox:OutboxPage", "view_outbox"),
    PageSpec("payments", "console.views.pages.payments:PaymentsPage", "view_payments"),
    PageSpec("reconciliation", "console.views.pages.reconciliation:ReconciliationPage",
             "view_reconciliation"),
    PageSpec("workers", "console.views.pages.workers:WorkersPage", "view_workers"),
]

PAGE_NAMES = [p.name for p in PAGES]
