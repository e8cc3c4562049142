"""Run pytest with Playwright unimportable, as on a machine without it: ``python tests/without_playwright.py -m pure``.

Proves that the pure tier needs neither Playwright nor a browser (.ci/run runs it this way).
"""

from __future__ import annotations

import importlib.abc
import sys

import pytest

_BLOCKED = ("playwright", "axe_playwright_python")


class _NoPlaywright(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: object, target: object = None) -> None:
        if fullname.split(".", 1)[0] in _BLOCKED:
            raise ModuleNotFoundError(f"No module named {fullname!r} (blocked by tests/without_playwright.py)")
        return None


if __name__ == "__main__":
    if any(name.split(".", 1)[0] in _BLOCKED for name in sys.modules):
        sys.exit("tests/without_playwright.py: Playwright was imported before it could be blocked")
    sys.meta_path.insert(0, _NoPlaywright())
    sys.exit(pytest.main(sys.argv[1:]))
