"""zh_CN across the whole console: every page opened offscreen with the Chinese translator, and no
visible label, button, tab, header, placeholder, combo item or nav entry left in English. Also the
language box: the choice is stored and wins over the LANGUAGE setting on the next start."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from console.app import install_translator
from console.services.context import ServiceContext
from console.services.rows import OperatorIdentity
from console.views import language
from console.views.api import ConsoleApi
from console.views.bridge import Bridge
from console.views.main_window import MainWindow
from console.views.pages import PAGE_NAMES
from console.views.pages.orders import OrdersPage
from tests.orders_seed import seed_orders
from tests.qt_async import aloop  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("aloop")

# Words that stay as they are in the Chinese UI: names, codes and units a Chinese merchant reads as-is.
ALLOWED = {"alipay", "redis", "csv", "utc", "sku", "id", "sql", "json", "english", "ok", "qps", "ms", "vs"}
WORD = re.compile(r"[A-Za-z]+")
TAG = re.compile(r"<[^>]+>|&[a-z]+;")


def english_words(text: str) -> list[str]:
    """Words that look like untranslated English: not a code in CAPS (stored status/kind values),
    not part of a token with digits (order numbers, SKUs, amounts), not whitelisted."""
    found = []
    for token in re.split(r"[\s,;:()/·|—\-\[\]{}'\"“”‘’，。：（）、]+", TAG.sub(" ", text)):
        if not token or any(ch.isdigit() for ch in token):
            continue
        for word in WORD.findall(token):
            if word.isupper() or word.lower() in ALLOWED or len(word) < 2:
                continue
            found.append(word)
    return found


def visible_texts(root: QWidget, skip: set[int]) -> Iterator[tuple[str, str]]:
    def shown(w: QWidget) -> bool:
        return w.isVisibleTo(root) and id(w) not in skip

    for w in root.findChildren(QLabel):
        if shown(w):
            yield "label " + w.objectName(), w.text()
    for w in root.findChildren(QAbstractButton):
        if shown(w):
            yield "button " + w.objectName(), w.text()
    for w in root.findChildren(QGroupBox):
        if shown(w):
            yield "group " + w.objectName(), w.title()
    for w in root.findChildren(QTabBar):
        if shown(w):
            for i in range(w.count()):
                yield "tab", w.tabText(i)
    for w in root.findChildren(QLineEdit):
        if shown(w):
            yield "placeholder " + w.objectName(), w.placeholderText()
    for w in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        if shown(w):
            yield "placeholder " + w.objectName(), w.placeholderText()
    for w in root.findChildren(QComboBox):
        if shown(w) and not w.isEditable():
            for i in range(w.count()):
                if w.objectName() == "warehouseFilter" and w.itemData(i) is not None:
                    continue  # a warehouse's code and name come from the database
                yield "combo " + w.objectName(), w.itemText(i)
    for w in root.findChildren(QAbstractItemView):
        if isinstance(w, QHeaderView):
            continue
        model = w.model()
        if shown(w) and model is not None:
            for c in range(model.columnCount()):
                yield "header " + w.objectName(), str(model.headerData(c, Qt.Orientation.Horizontal) or "")


@pytest.fixture(autouse=True)
def _ui_settings(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from console.views import settings_store

    monkeypatch.setattr(settings_store, "PATH_OVERRIDE", str(tmp_path / "ui.ini"))


@pytest.fixture
def zh(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = install_translator(qapp, "zh_CN")
    assert translator is not None, "resources/translations/console_zh_CN.qm did not load"
    yield
    qapp.removeTranslator(translator)
    language.active = "en"


@pytest.fixture
def ctx(sqlite_db, clock, settings) -> ServiceContext:  # type: ignore[no-untyped-def]
    seed_orders(sqlite_db, 12)
    return ServiceContext(db=sqlite_db, clock=clock, settings=settings, tokens=None, carts=None)  # type: ignore[arg-type]


def test_the_detector_flags_english_and_allows_codes() -> None:
    assert english_words("Refresh") == ["Refresh"]
    assert english_words("<b>Ship</b> 发货") == ["Ship"]
    assert english_words("已显示 12 个订单 · JD20260101000001 · PAID · ¥1,234.00 · Alipay · SKU-A1") == []


def test_every_page_in_zh_cn_has_no_english_left(qtbot, ctx, zh) -> None:  # type: ignore[no-untyped-def]
    api = ConsoleApi(ctx, {"database": lambda: True})
    api.identity = OperatorIdentity(1, "admin", "ADMIN")
    win = MainWindow(api, Bridge())
    qtbot.addWidget(win)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: all(p.is_loaded for p in win.pages.values()), timeout=15000)
    assert list(win.pages) == PAGE_NAMES
    skip = {id(win.health.user_label)}  # the operator's name and role code: data
    left: list[str] = []
    for name in PAGE_NAMES:
        page = win.select_page(name)
        assert page.last_error == "", (name, page.last_error)
        for where, text in visible_texts(page, skip):
            if english_words(text):
                left.append(f"{name}: {where}: {text!r}")
    for where, text in visible_texts(win.statusBar(), skip):
        if english_words(text):
            left.append(f"status bar: {where}: {text!r}")
    for i in range(win.nav.count()):
        if english_words(win.nav.item(i).text()):
            left.append(f"nav: {win.nav.item(i).text()!r}")
    if english_words(win.windowTitle().split(" — ")[0]):
        left.append(f"title: {win.windowTitle()!r}")
    assert not left, "still English in zh_CN:\n" + "\n".join(left)
    assert win.nav.item(0).text() == "订单"


def test_the_language_choice_is_stored_and_wins_over_the_setting(qtbot, qapp, ctx) -> None:  # type: ignore[no-untyped-def]
    assert language.saved_language() is None
    api = ConsoleApi(ctx, {"database": lambda: True})
    api.identity = OperatorIdentity(1, "admin", "ADMIN")
    win = MainWindow(api, Bridge())
    qtbot.addWidget(win)
    box = win.language_box
    assert box.currentData() == "en" and [box.itemText(i) for i in range(box.count())] == ["English", "简体中文"]
    with qtbot.waitSignal(box.chosen) as told:
        box.setCurrentIndex(box.findData("zh_CN"))
    assert "restart" in told.args[0]
    assert language.saved_language() == "zh_CN"
    # The next start: LANGUAGE=en in the settings, but the stored choice installs Chinese.
    translator = install_translator(qapp, "en")
    try:
        assert translator is not None and language.active == "zh_CN"
        assert QCoreApplication.translate("OrdersPage", "Search") == "搜索"
        again = MainWindow(api, Bridge())
        qtbot.addWidget(again)
        assert again.language_box.currentData() == "zh_CN"
        # And back: English chosen in the console beats LANGUAGE=zh_CN.
        again.language_box.setCurrentIndex(again.language_box.findData("en"))
    finally:
        qapp.removeTranslator(translator)
    assert install_translator(qapp, "zh_CN") is None and language.active == "en"
    with pytest.raises(ValueError):
        language.save_language("fr")


def test_the_order_detail_pane_is_chinese_in_zh_cn(qtbot, ctx, zh) -> None:  # type: ignore[no-untyped-def]
    """The HTML detail pane's labels are translated; the order's codes and names stay as stored."""
    api = ConsoleApi(ctx, {})
    api.identity = OperatorIdentity(1, "admin", "ADMIN")
    page = OrdersPage(api, Bridge())
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.start_refresh()
    page.select_row(0)
    sn = page.model.rows[0].order_sn
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.order.order_sn == sn, timeout=5000)
    text = page.detail_view.toPlainText()
    assert "会员" in text and "商品" in text, text
    assert "实付" in text  # the items' "Paid" column, told apart from the header's "Paid" (付款时间)
    assert sn in text
    labels = text.replace(page.detail.order.receiver_name, "")  # the seed names receivers "Receiver N": data
    assert "Payment attempts" not in labels and "Receiver" not in labels, text


def test_the_qm_is_written_without_lrelease(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """build.py's own .qm writer (used when pyside6-lrelease is missing) gives the same lookups."""
    spec = importlib.util.spec_from_file_location(
        "tr_build", Path(__file__).resolve().parent.parent / "resources" / "translations" / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    qm = tmp_path / "console_zh_CN.qm"
    build.write_qm(qm, build.ZH, build.CONTEXTS)
    translator = QTranslator()
    assert translator.load(str(qm))
    wrong = [(c, k) for c in build.CONTEXTS for k, v in build.ZH.items() if translator.translate(c, k) != v]
    assert wrong == []
    assert translator.translate("OrdersPage", "no such text") == ""
