"""Accessibility in a real browser: axe-core on every page type, in the light and the dark palette.

axe-core comes from the pinned PyPI package ``axe-playwright-python``, which
bundles axe.min.js (MPL-2.0); it is injected into each page and run with the
WCAG 2.0 and 2.1 A and AA rules plus axe's best practices. A page passes when
axe reports no violation of impact "critical" or "serious": Material's own
markup and colours included (fixed through overrides/).

The project is built once for this module with ``site_url`` at the local
server, as in test_browser_self_check.py, so that instant navigation is on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect
from sitebuild import local_context, page_without_errors

TOPIC = "backend-interview-questions"
QUESTION = f"topics/{TOPIC}/what-are-http-methods-and-when-do-you-use-each/"
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
    "resultTypes": ["violations"],
}
AXE_VERSION = "4.11.0"  # bundled by axe-playwright-python 0.1.7 (requirements-dev.txt)
BLOCKING = {"critical", "serious"}
PALETTES = {"light": "default", "dark": "slate"}  # prefers-color-scheme → Material's data-md-color-scheme

_axe = Axe()


@pytest.fixture(scope="module")
def site(served_example) -> str:
    return served_example[0]


@pytest.fixture(params=list(PALETTES))
def page(request, browser: Browser, site: str) -> Iterator[Page]:
    """A fresh page in the palette Material picks for the reader's system setting."""
    context = local_context(browser, site, color_scheme=request.param)
    with page_without_errors(context) as page:
        page.qa_scheme = PALETTES[request.param]  # type: ignore[attr-defined]
        yield page


def blocking_violations(page: Page, state: str) -> list[str]:
    """axe's critical and serious violations on the page as it is now, one line per element."""
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", page.qa_scheme)  # type: ignore[attr-defined]
    # Material's buttons fade their colours in on hover and focus: measure the end state, not a mix.
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    results = _axe.run(page, options=AXE_OPTIONS)
    lines = []
    for violation in results.response["violations"]:
        if violation["impact"] not in BLOCKING:
            continue
        for node in violation["nodes"]:
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"[{state}] {violation['id']} ({violation['impact']}) {node['target']}: {summary}")
    return lines


def check(page: Page, states: dict[str, Callable[[Page], None]]) -> None:
    """Brings the page into each state in turn and runs axe on it; fails listing every violation."""
    found: list[str] = []
    for state, enter in states.items():
        enter(page)
        found += blocking_violations(page, f"{page.qa_scheme} {state}")  # type: ignore[attr-defined]
    assert not found, "axe-core found critical or serious violations:\n" + "\n".join(found)


def goto(url: str) -> Callable[[Page], None]:
    def enter(page: Page) -> None:
        page.goto(url)
        expect(page.locator(".md-content article h1")).to_be_visible()

    return enter


def test_home(page: Page):
    def progress_shown(page: Page) -> None:
        goto("./")(page)
        expect(page.locator(".qa-panel--overall")).to_be_visible()

    check(page, {"home": progress_shown})


def test_topic(page: Page):
    def progress_shown(page: Page) -> None:
        goto(f"topics/{TOPIC}/")(page)
        expect(page.locator(".qa-panel .qa-progress")).to_have_count(1)

    check(page, {"topic": progress_shown})


def test_question_closed_and_open(page: Page):
    def closed(page: Page) -> None:
        goto(QUESTION)(page)
        expect(page.locator(".qa-check")).to_have_count(1)

    def open_by_key(page: Page) -> None:
        page.keyboard.press("a")
        expect(page.locator("details.answer")).to_have_attribute("open", "")
        expect(page.locator(".qa-grade").first).to_be_visible()

    def grade_focused(page: Page) -> None:
        page.locator(".qa-grade").first.focus()
        page.keyboard.press("Tab")  # keyboard focus: the highlighted (focus-visible) second grade
        expect(page.locator(".qa-grade").nth(1)).to_be_focused()

    def grade_hovered(page: Page) -> None:
        page.locator(".qa-grade").first.hover()

    def tag_hovered(page: Page) -> None:
        page.locator(".md-content .md-tag").first.hover()

    def graded(page: Page) -> None:
        page.keyboard.press("2")
        expect(page.locator(".qa-check__state")).not_to_have_attribute("data-state", "unseen")

    check(
        page,
        {
            "question closed": closed,
            "question open": open_by_key,
            "grade focused": grade_focused,
            "grade hovered": grade_hovered,
            "tag hovered": tag_hovered,
            "graded": graded,
        },
    )


def test_palette_switched_with_materials_toggle(page: Page):
    """The reader's own choice (Material's toggle, kept in localStorage) gives the same result."""
    other = {"default": "slate", "slate": "default"}[page.qa_scheme]  # type: ignore[attr-defined]

    def switched(page: Page) -> None:
        goto("./")(page)
        page.locator('label[for^="__palette_"]:visible').click()
        expect(page.locator("body")).to_have_attribute("data-md-color-scheme", other)
        page.qa_scheme = other  # type: ignore[attr-defined]

    def reloaded(page: Page) -> None:
        goto(f"topics/{TOPIC}/")(page)

    check(page, {"switched by the toggle": switched, "next page": reloaded})


def test_tags(page: Page):
    check(page, {"tags": goto("tags/")})


def test_practice_setup_run_and_summary(page: Page):
    run = page.locator(".qa-run")

    def setup(page: Page) -> None:
        goto(f"practice/?topic={TOPIC}")(page)
        expect(page.get_by_role("button", name="Start practice")).to_be_visible()

    def question(page: Page) -> None:
        page.get_by_role("button", name="Start practice").click()
        expect(run).to_have_attribute("data-qa-key", re.compile("."))

    def answer_shown(page: Page) -> None:
        page.keyboard.press("a")
        expect(run.locator(".qa-run__answer")).to_be_visible()
        expect(run.locator(".qa-run__loading")).to_have_count(0)

    def grade_hovered(page: Page) -> None:
        page.locator(".qa-run .qa-grade").nth(1).hover()

    def summary(page: Page) -> None:
        page.keyboard.press("2")
        page.keyboard.press("j")
        expect(run).to_have_attribute("data-qa-key", re.compile("."))
        page.get_by_role("button", name="End run").click()
        expect(page.locator(".qa-run--summary")).to_be_visible()

    check(
        page,
        {
            "practice set-up": setup,
            "run question": question,
            "run answer": answer_shown,
            "run grade hovered": grade_hovered,
            "run summary": summary,
        },
    )


def test_search_open(page: Page):
    def results(page: Page) -> None:
        goto("./")(page)
        search = page.locator("input.md-search__input")
        search.click()
        search.press_sequentially("bcrypt", delay=20)
        expect(page.locator(".md-search-result__item").first).to_be_visible()
        expect(page.locator(".md-search-result__item mark").first).to_be_visible()

    def no_results(page: Page) -> None:
        search = page.locator("input.md-search__input")
        search.press("Control+a")
        search.press_sequentially("qwxzkj", delay=20)
        expect(page.locator(".md-search-result__meta")).to_have_text("No matching documents")

    check(page, {"search results": results, "search without results": no_results})


def _rgba(css: str) -> tuple[float, float, float, float]:
    numbers = [float(n) for n in re.findall(r"[\d.]+", css)]
    return (*numbers[:3], numbers[3] if len(numbers) > 3 else 1.0)  # type: ignore[return-value]


def _over(top: str, *below: str) -> tuple[float, float, float]:
    """The opaque colour of ``top`` painted over ``below`` (nearest first; the last one opaque)."""
    *layers, bottom = (top, *below)
    r, g, b, _ = _rgba(bottom)
    for layer in reversed(layers):
        lr, lg, lb, alpha = _rgba(layer)
        r, g, b = (lr * alpha + r * (1 - alpha), lg * alpha + g * (1 - alpha), lb * alpha + b * (1 - alpha))
    return r, g, b


def _contrast(one: tuple[float, float, float], other: tuple[float, float, float]) -> float:
    """WCAG 2 contrast ratio of two opaque sRGB colours (0-255)."""

    def luminance(rgb: tuple[float, float, float]) -> float:
        linear = [c / 255 / 12.92 if c / 255 <= 0.04045 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


STYLE = """el => { const s = getComputedStyle(el); return {
  focusVisible: el.matches(':focus-visible'), background: s.backgroundColor, color: s.color,
  outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth), outlineColor: s.outlineColor,
  page: getComputedStyle(document.body).backgroundColor } }"""


def test_focus_is_a_ring_and_hover_a_fill_with_readable_key_hints(page: Page):
    """A focused grade button is not mistaken for a chosen one, and the key hints of filled ones read at 4.5:1.

    axe leaves one-letter text such as the key hints "needs review": measured here instead.
    """
    page.goto(QUESTION)
    page.keyboard.press("a")
    grades = page.locator(".qa-check .qa-grade")
    expect(grades.first).to_be_visible()
    grades.first.focus()
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    focused = grades.first.evaluate(STYLE)
    assert focused["focusVisible"]
    assert focused["outlineStyle"] == "solid" and focused["outlineWidth"] >= 2
    assert _rgba(focused["background"])[3] == 0, "focus must not fill the button as hover and a choice do"
    ring = _over(focused["outlineColor"], focused["page"])
    assert _contrast(ring, _over(focused["page"])) >= 3, "the focus ring stands out from the page (WCAG 1.4.11)"
    assert _contrast(_over(focused["color"], focused["page"]), _over(focused["page"])) >= 4.5

    for index in range(grades.count()):
        grades.nth(index).hover()
        page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
        button = grades.nth(index).evaluate(STYLE)
        assert _rgba(button["background"])[3] == 1, "a hovered grade is filled"
        assert _contrast(_over(button["color"], button["background"]), _over(button["background"])) >= 4.5
        key = grades.nth(index).locator(".qa-button__key").evaluate(STYLE)
        behind = _over(key["background"], button["background"])
        ratio = _contrast(_over(key["color"], key["background"], button["background"]), behind)
        assert ratio >= 4.5, f"key hint of grade {index + 1} at {ratio:.2f}:1 ({page.qa_scheme})"  # type: ignore[attr-defined]

    # A chosen grade (aria-pressed, the contract for the grading scripts) is filled and ticked, with the mouse away.
    page.mouse.move(0, 0)
    grades.last.evaluate("el => el.setAttribute('aria-pressed', 'true')")
    grades.first.focus()
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    chosen = grades.last.evaluate(STYLE)
    assert _rgba(chosen["background"])[3] == 1
    tick = grades.last.locator(".qa-button__label").evaluate("el => getComputedStyle(el, '::before').content")
    assert tick.startswith('"✓ "'), tick
    assert _rgba(grades.first.evaluate(STYLE)["background"])[3] == 0


def test_the_axe_core_injected_is_the_bundled_release():
    """The axe.min.js inside the pinned axe-playwright-python: a newer axe may bring new rules (README)."""
    assert _axe.axe_script.startswith(f"/*! axe v{AXE_VERSION}\n")
