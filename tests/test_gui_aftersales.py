"""After-sales page (pytest-qt, offscreen): urgency order, the countdown driven by a FakeClock (no
sleeps), colours near the deadline, only countdown cells repainted, actions per role, bulk dry run;
qtmodeltester on the model."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.services.clock import FakeClock
from console.services.rows import OperatorIdentity
from console.views.aftersales_model import COL_COUNTDOWN, SECONDS_ROLE, AfterSalesModel, format_left
from console.views.api import ConsoleApi
from console.views.bridge import Bridge
from console.views.pages.aftersales import AfterSalesPage, summary_text
from tests.test_aftersales_support import ADMIN, MERCHANT, SUPPORT, make_ctx, sale, seed_requests

Run = Callable[[Any], Any]


@pytest.fixture
def run(qapp: QApplication) -> Iterator[Run]:
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop.run_until_complete
    loop.run_until_complete(asyncio.sleep(0))  # let spawned detail loads finish
    loop.close()
    asyncio.set_event_loop(None)


def make_page(qtbot: Any, db: Any, clock: FakeClock, settings: Any, who: OperatorIdentity) -> AfterSalesPage:
    api = ConsoleApi(make_ctx(db, clock, settings))
    api.identity = who
    page = AfterSalesPage(api, Bridge())
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    return page


@pytest.fixture
def seeded(sqlite_db: Any, clock: FakeClock) -> list[int]:
    now = clock.now()
    far = seed_requests(sqlite_db, now, 1, deadline=now + dt.timedelta(days=4))
    amber = seed_requests(sqlite_db, now, 1, deadline=now + dt.timedelta(hours=10))
    red = seed_requests(sqlite_db, now, 1, deadline=now + dt.timedelta(minutes=90))
    return [red[0], amber[0], far[0]]


def test_urgency_order_countdown_and_colours(qtbot: Any, run: Run, sqlite_db: Any, clock: FakeClock,
                                              settings: Any, seeded: list[int]) -> None:
    page = make_page(qtbot, sqlite_db, clock, settings, MERCHANT)
    run(page.refresh())
    m = page.model
    assert [m.row_at(i).id for i in range(m.rowCount())] == seeded  # type: ignore[union-attr]

    def cell(row: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return m.data(m.index(row, COL_COUNTDOWN), role)

    assert [cell(i) for i in range(3)] == ["01:30:00", "10:00:00", "4d 00:00:00"]
    assert cell(0, Qt.ItemDataRole.ForegroundRole).color().name() == "#a40e26"  # red: < 2 h
    assert cell(1, Qt.ItemDataRole.ForegroundRole).color().name() == "#7d4e00"  # amber: < 24 h
    assert cell(2, Qt.ItemDataRole.ForegroundRole) is None
    changes: list[tuple[int, int, int, int]] = []
    m.dataChanged.connect(lambda a, b, roles: changes.append((a.row(), b.row(), a.column(), b.column())))
    clock.advance(61)
    page.tick()  # what the 1 Hz timer calls
    assert changes == [(0, 2, COL_COUNTDOWN, COL_COUNTDOWN)]  # only countdown cells of visible rows
    assert cell(0) == "01:28:59" and cell(2) == "3d 23:58:59"
    clock.advance(2 * 3600)
    assert cell(0) == "due" and cell(0, SECONDS_ROLE) < 0
    assert page.timer.interval() == 1000 and page.timer.isActive()
    assert len(page.findChildren(type(page.timer))) == 1  # one timer per page, none per row


def test_merchant_approves_and_rejects(qtbot: Any, run: Run, sqlite_db: Any, clock: FakeClock, settings: Any,
                                       seeded: list[int]) -> None:
    page = make_page(qtbot, sqlite_db, clock, settings, MERCHANT)
    run(page.refresh())
    page.select_row(0)
    assert page.approve_btn.isEnabled() and page.reject_btn.isEnabled()
    run(page.load_detail(seeded[0]))
    assert "Order history" in page.detail.toHtml() or "history" in page.detail.toPlainText().lower()
    row = page.model.row_at(0)
    assert row is not None
    assert run(page.approve(row))
    assert sale(sqlite_db, seeded[0]).status == "REFUNDING"
    # The list reloads: the approved row has no countdown any more and sorts after the open ones.
    assert page.model.row_at(0).id == seeded[1]  # type: ignore[union-attr]
    row = page.model.row_at(0)
    assert row is not None
    assert not run(page.reject(row, "x" * 201))  # too long: the service says so, nothing changes
    assert "at most 200" in page.notice.text() and sale(sqlite_db, seeded[1]).status == "REQUESTED"
    assert run(page.reject(row, "Delivered, signed by the buyer"))
    assert sale(sqlite_db, seeded[1]).status == "REJECTED"


def test_support_sees_but_cannot_review(qtbot: Any, run: Run, sqlite_db: Any, clock: FakeClock, settings: Any,
                                        seeded: list[int]) -> None:
    page = make_page(qtbot, sqlite_db, clock, settings, SUPPORT)
    run(page.refresh())
    page.select_row(0)
    assert not page.approve_btn.isEnabled() and not page.bulk_reject_btn.isEnabled()
    row = page.model.row_at(0)
    assert row is not None
    assert not run(page.approve(row))  # enforced in the service, not only by the button
    assert "may not" in page.notice.text()
    assert sale(sqlite_db, seeded[0]).status == "REQUESTED"


def test_bulk_dry_run_then_apply(qtbot: Any, run: Run, sqlite_db: Any, clock: FakeClock, settings: Any,
                                 seeded: list[int]) -> None:
    page = make_page(qtbot, sqlite_db, clock, settings, ADMIN)
    run(page.refresh())
    page.table.selectAll()
    assert page.bulk_approve_btn.isEnabled()
    from console.services import aftersales

    aftersales.withdraw(page.api.ctx, 1, seeded[2])  # moved on after the page loaded
    summary = run(page.bulk_dry_run("REJECT", "outside policy"))
    assert summary is not None and len(summary.would_change) == 2 and summary.not_requested == (seeded[2],)
    assert "2 request(s) would be rejected" in summary_text(summary)
    assert "1 are no longer Requested and will be skipped." in summary_text(summary)  # the label, not the code
    result = run(page.bulk_apply("REJECT", list(summary.would_change), "outside policy"))
    assert result is not None and len(result.changed) == 2
    assert {sale(sqlite_db, i).status for i in seeded[:2]} == {"REJECTED"}


def test_model_passes_qtmodeltester(qtmodeltester: Any, sqlite_db: Any, clock: FakeClock, settings: Any,
                                    seeded: list[int]) -> None:
    from console.services import aftersales

    model = AfterSalesModel(clock.now)
    model.set_rows(aftersales.list_requests(make_ctx(sqlite_db, clock, settings), MERCHANT))
    qtmodeltester.check(model)
    empty = AfterSalesModel(clock.now, disputes=True)
    qtmodeltester.check(empty)


def test_format_left() -> None:
    assert format_left(0) == "due" and format_left(59) == "00:00:59" and format_left(86400 * 5) == "5d 00:00:00"
