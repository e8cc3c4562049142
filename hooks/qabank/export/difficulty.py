"""Difficulty from the marks a bank writes after a question's title (``⭐⭐``, ``🔥``)."""

from __future__ import annotations

_JOINERS = "\u200d\ufe0e\ufe0f"
_STARS = "\u2b50\u2605"


def difficulty(marks: str) -> dict | None:
    """``{"marks": "⭐⭐", "level": 2}``: the marks as written and, when they are stars alone, how many;
    ``level`` is ``None`` for other marks. ``None`` without marks."""
    if not marks:
        return None
    bare = "".join(ch for ch in marks if ch not in _JOINERS)
    stars = bool(bare) and all(ch in _STARS for ch in bare)
    return {"marks": marks, "level": len(bare) if stars else None}
