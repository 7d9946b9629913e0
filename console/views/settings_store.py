"""Where the console remembers window geometry, column widths and sort (QSettings, INI file)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

# Tests point this at a temporary file so they never touch the person's real settings.
PATH_OVERRIDE: str | None = None


def ui_settings() -> QSettings:
    if PATH_OVERRIDE:
        return QSettings(PATH_OVERRIDE, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "order-console", "console")
