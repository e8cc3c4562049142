"""The tiers of tests/conftest.py: which ``-m`` expressions select the pure tier alone, the only runs
that may leave out the modules importing Playwright when it is not installed."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import _imports_playwright, _selects_only_pure

TESTS = Path(__file__).parent


class _Config:
    def __init__(self, markexpr: str) -> None:
        self.markexpr = markexpr

    def getoption(self, name: str) -> str:
        assert name == "markexpr"
        return self.markexpr


@pytest.mark.parametrize(
    ("markexpr", "only_pure"),
    [
        ("pure", True),
        ("pure and not slow", True),
        ("not (build or pdf or browser)", True),
        ("", False),
        ("not browser", False),
        ("pure or build", False),
        ("browser", False),
        ("not pure", False),
    ],
)
def test_only_a_run_that_cannot_select_another_tier_is_pure_alone(markexpr: str, only_pure: bool):
    assert _selects_only_pure(_Config(markexpr)) is only_pure


def test_the_browser_modules_are_found_by_their_playwright_import():
    found = {path.name for path in TESTS.glob("test_*.py") if _imports_playwright(path)}
    assert {"test_browser_search.py", "test_accessibility.py", "test_offline_zip.py"} <= found
    assert "test_tiers.py" not in found
    assert "test_parse_rules.py" not in found
