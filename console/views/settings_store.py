"""Where the console remembers window geometry, column widths and sort (QSettings, INI file)."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings


def ui_settings() -> QSettings:
    path = os.environ.get("ORDER_CONSOLE_UI_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "order-console", "console")
