"""The console's language choice: English (source) or 简体中文, remembered in the UI settings.

A choice made in the console (the status bar's language box) is stored in QSettings and wins over
the LANGUAGE setting, so it survives a restart. Qt strings are looked up once when a widget is
built, so a new choice takes effect when the console is started again (the box says so).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from console.views.settings_store import ui_settings

KEY = "ui/language"
# Each language is named in itself, so a person who cannot read the current one still finds theirs.
LANGUAGES = (("en", "English"), ("zh_CN", "简体中文"))
CODES = tuple(code for code, _ in LANGUAGES)
# The language whose translator console.app installed in this process (what the widgets show).
active = "en"


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
    """English / 简体中文; choosing one stores it and emits `chosen` with the restart message."""

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
        save_language(str(self.currentData()))
        self.chosen.emit(self.tr("Language saved; it takes effect when the console is restarted."))
