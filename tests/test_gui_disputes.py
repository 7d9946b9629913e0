"""Disputes page (pytest-qt, offscreen): support's queue by SLA, both sides and notes, decisions;
merchants may not open it (the service refuses, the page says so)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from console.services import aftersales
from console.services.clock import FakeClock
from console.services.rows import OperatorIdentity
from console.views.aftersales_model import COL_COUNTDOWN
from console.views.api import ConsoleApi
from console.views.bridge import Bridge
from console.views.pages.disputes import REFUND, REJECT, DisputesPage
from tests.test_aftersales_support import ADMIN, BUYER, MERCHANT, SUPPORT, make_ctx, sale, seed_order
from tests.test_gui_aftersales import Run, run  # noqa: F401 - the fixture


def make_page(qtbot: Any, db: Any, clock: FakeClock, settings: Any, who: OperatorIdentity) -> DisputesPage:
    api = ConsoleApi(make_ctx(db, clock, settings))
    api.identity = who
    page = DisputesPage(api, Bridge())
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    return page


def disputes(db: Any, clock: FakeClock, settings: Any, n: int) -> list[int]:
    ctx = make_ctx(db, clock, settings)
    ids = []
    for i in range(n):
        sn = seed_order(db, clock.now())
        sid = aftersales.request_refund(ctx, BUYER, sn, "NOT_AS_DESCRIBED", reason_text="wrong colour",
                                        evidence="photo", links=["https://img.example/p.jpg"])
        aftersales.reject(ctx, MERCHANT, sid, "colour matches the listing")
        aftersales.escalate(ctx, BUYER, sid, f"the listing said blue ({i})")
        ids.append(sid)
        clock.advance(3600)
    return ids


def test_support_queue_notes_and_decisions(qtbot: Any, run: Run, sqlite_db: Any, clock: FakeClock,  # noqa: F811
                                           settings: Any) -> None:
    ids = disputes(sqlite_db, clock, settings, 3)
    page = make_page(qtbot, sqlite_db, clock, settings, SUPPORT)
    run(page.refresh())
    m = page.model
    assert [m.row_at(i).id for i in range(3)] == ids  # type: ignore[union-attr]  # oldest SLA first
    sla = m.data(m.index(0, COL_COUNTDOWN), Qt.ItemDataRole.DisplayRole)
    assert sla == "1d 21:00:00"  # 48 h SLA, opened 3 h ago by the FakeClock
    page.select_row(0)
    run(page.load_detail(ids[0]))
    text = page.detail.toPlainText()
    assert "the listing said blue (0)" in text and "colour matches the listing" in text
    assert page.refund_btn.isEnabled() and page.note_btn.isEnabled()
    assert run(page.add_note("asked the merchant for the listing screenshot"))
    assert "asked the merchant" in page.detail.toPlainText()
    assert not run(page.add_note(""))  # empty: refused by the service
    assert run(page.decide(REFUND, "listing showed blue"))
    assert sale(sqlite_db, ids[0]).status == "REFUNDING"
    assert [m.row_at(i).id for i in range(m.rowCount())] == ids[1:]  # type: ignore[union-attr]
    page.select_row(0)
    assert run(page.decide(REJECT, "photos show the listed colour"))
    assert sale(sqlite_db, ids[1]).status == "ARBITRATED_REJECT"
    page.show_closed.setChecked(True)
    run(page.refresh())
    assert m.rowCount() == 3


def test_merchant_may_not_open_disputes(qtbot: Any, run: Run, sqlite_db: Any, clock: FakeClock,  # noqa: F811
                                        settings: Any) -> None:
    disputes(sqlite_db, clock, settings, 1)
    page = make_page(qtbot, sqlite_db, clock, settings, MERCHANT)
    run(page._refresh_and_report())
    assert not page.banner.isHidden() and "may not" in page.banner_text.text()
    assert page.model.rowCount() == 0


def test_admin_decides_stale_row_is_refused(qtbot: Any, run: Run, sqlite_db: Any, clock: FakeClock,  # noqa: F811
                                            settings: Any) -> None:
    (sid,) = disputes(sqlite_db, clock, settings, 1)
    page = make_page(qtbot, sqlite_db, clock, settings, ADMIN)
    run(page.refresh())
    page.select_row(0)
    # Someone else decides first: this page's row is stale and its decision is refused.
    aftersales.arbitrate(make_ctx(sqlite_db, clock, settings), SUPPORT, sid, REJECT, "done elsewhere")
    assert not run(page.decide(REFUND, "too late"))
    assert sale(sqlite_db, sid).status == "ARBITRATED_REJECT"
    assert "ARBITRATED_REJECT" in page.notice.text() or "refresh" in page.notice.text()
