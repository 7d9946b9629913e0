"""The console's language choice: English (source) or 简体中文, remembered in the UI settings.

A choice made in the console (the status bar's language box) is stored in QSettings and wins over
the LANGUAGE setting, so it survives a restart. It also applies at once: `install` swaps the
application's translator, and the box's `switched` signal tells the main window to rebuild what
shows text (Qt strings are looked up when a widget is built; table cells at paint time).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from console.views.settings_store import ui_settings

log = logging.getLogger(__name__)
KEY = "ui/language"
TRANSLATIONS = Path(__file__).resolve().parent.parent.parent / "resources" / "translations"
# Each language is named in itself, so a person who cannot read the current one still finds theirs.
LANGUAGES = (("en", "English"), ("zh_CN", "简体中文"))
CODES = tuple(code for code, _ in LANGUAGES)
# The language whose translator is installed in this process (what the widgets show).
active = "en"
_installed: QTranslator | None = None


def install(app: QCoreApplication, code: str) -> QTranslator | None:
    """Make `code` the application's language: the translator installed before (if any) goes, the
    new one (resources/translations/console_<code>.qm; none for English, the source) comes.
    Returns the installed translator, None for English or when the translation is missing."""
    global active, _installed
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    active = "en"
    if code == "en":
        QLocale.setDefault(QLocale.system())
        return None
    translator = QTranslator(app)
    if not translator.load(f"console_{code}", str(TRANSLATIONS)):  # a memory-mapped file: ~1 ms
        log.warning("no translation for %s in %s", code, TRANSLATIONS)
        return None
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(code))
    _installed = translator
    active = code
    return translator


def saved_language() -> str | None:
    value = ui_settings().value(KEY)
    return value if isinstance(value, str) and value in CODES else None


def save_language(code: str) -> None:
    if code not in CODES:
        raise ValueError(f"unknown language {code!r}; one of {', '.join(CODES)}")
    s = ui_settings()
    s.setValue(KEY, code)
    s.sync()


def effective_language(configured: str) -> str:
    """The console's own choice when one was made, else the LANGUAGE setting."""
    return saved_language() or configured


class LanguageBox(QComboBox):
    """English / 简体中文; choosing one stores it, installs its translator, emits `switched` with the
    language now shown (the main window rebuilds its texts) and then `chosen` with a message."""

    switched = Signal(str)
    chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageBox")
        self.setToolTip(self.tr("Language"))
        for code, name in LANGUAGES:
            self.addItem(name, code)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.currentIndexChanged.connect(self._chosen)

    def _chosen(self, _index: int) -> None:
        code = str(self.currentData())
        save_language(code)
        app = QCoreApplication.instance()
        if app is not None:
            install(app, code)
        self.setToolTip(self.tr("Language"))
        self.switched.emit(active)
        if active == code:
            self.chosen.emit(self.tr("Language switched; the console starts in it next time too."))
        else:
            self.chosen.emit(self.tr("No translation found for {name}; the console stays in English.").format(
                name=self.currentText()))
