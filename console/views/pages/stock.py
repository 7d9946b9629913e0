"""Stock page — placeholder until its owner replaces this file."""

from __future__ import annotations

from console.views.pages.base import PlaceholderPage


class StockPage(PlaceholderPage):
    name = "stock"
    title = "Stock"
