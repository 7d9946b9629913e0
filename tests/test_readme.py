"""The README stays true: its role table is the one the services enforce, CI runs its test command."""

from __future__ import annotations

import re
from pathlib import Path

from console.services.operators import permissions_markdown

ROOT = Path(__file__).resolve().parent.parent


def test_role_table_is_the_enforced_one() -> None:
    assert permissions_markdown().strip() in (ROOT / "README.md").read_text(encoding="utf-8")


def test_exactly_two_setup_commands_and_ci_runs_the_test_one() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)\n```", setup, flags=re.S)
    assert len(commands) == 2, commands
    assert "--demo" in commands[0] and "pytest" in commands[1]
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
