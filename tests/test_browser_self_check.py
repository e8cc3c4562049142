"""Self-check in a real browser: Debian's Chromium, driven by Playwright, against the built site.

The site is built once for this module, with ``site_url`` pointing at the local
server so that Material's instant navigation (which only follows URLs listed in
the sitemap) is active, as it is on the published site.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from qabank.parse import parse_bank
from sitebuild import SEED, build_site, copy_project, disk_context, local_context, page_without_errors, served

TOPIC = "backend-interview-questions"
HTTP_METHODS = f"{TOPIC}/what-are-http-methods-and-when-do-you-use-each"
CACHING = f"{TOPIC}/what-is-caching-and-why-is-it-used"
PYTHON_GIL = "python-interview-questions/what-is-the-global-interpreter-lock-gil-and-how-does-it-affect-threading"
STORAGE_KEY = "/.qa.progress"
DAY_MS = 24 * 60 * 60 * 1000
TWO_ANSWERS_PAGE = """# Two answers

??? answer "Show answer"

    First answer.

??? answer "Show answer"

    Second answer.
"""

SEED_KEYS = [f"{TOPIC}/{q.id}" for q in parse_bank(SEED.read_text(encoding="utf-8"), "x.md", slug=TOPIC).questions]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    """(base URL, site folder): the project built with an extra page of two answers, served on 127.0.0.1."""
    project = copy_project(tmp_path_factory.mktemp("browser-project"))
    (project / "docs" / "two-answers.md").write_text(TWO_ANSWERS_PAGE, encoding="utf-8")
    with served(project / "site") as base:
        with pytest.MonkeyPatch.context() as env:
            env.setenv("QA_PDF", "0")  # the PDF editions are not what these tests look at
            built = build_site(project, site_url=base)
        yield base, built


@pytest.fixture
def page(browser: Browser, site) -> Iterator[Page]:
    """A fresh page with empty storage; JavaScript errors fail the test."""
    context = local_context(browser, site[0])
    with page_without_errors(context) as page:
        yield page


def question_url(key: str) -> str:
    return f"topics/{key}/"


def stored_results(page: Page) -> dict:
    raw = page.evaluate("key => localStorage.getItem(key)", STORAGE_KEY)
    return json.loads(raw)["results"] if raw else {}


def counts(panel) -> dict[str, int]:
    return {
        state: int(panel.locator(f'.qa-progress__count[data-state="{state}"] strong').first.inner_text())
        for state in ("known", "review", "unseen")
    }


def grade_button(page: Page, name: str):
    """The grade button "Again · 1 min", "Good · 4 d" and the like."""
    return page.get_by_role("button", name=re.compile(rf"^{name} · "))


def grade_on_question_page(page: Page, key: str, button: str) -> None:
    page.goto(question_url(key))
    page.locator("details.answer > summary").click()
    grade_button(page, button).click()
    state = "review" if button == "Again" else "known"
    expect(page.locator(".qa-check__state")).to_have_attribute("data-state", state)


def fetched_question_pages(page: Page) -> int:
    return page.evaluate(
        "pattern => performance.getEntriesByType('resource').filter(e => new RegExp(pattern).test(e.name)).length",
        rf"/topics/{TOPIC}/[^/]+/$",
    )


def counts_in_summary(summary) -> dict[str, int]:
    return {state: int(summary.locator(f'[data-state="{state}"] strong').inner_text()) for state in ("known", "review")}


def practice_index_of(folder: Path) -> dict:
    script = (folder / "assets" / "qa" / "practice-index.js").read_text(encoding="utf-8")
    return json.loads(script[script.index("=") + 1 : script.rindex(";")])


def test_reveal_by_click_then_grade_records_result_with_time(page: Page):
    page.goto(question_url(HTTP_METHODS))
    details = page.locator("details.answer")
    expect(details).not_to_have_attribute("open", "")
    expect(page.locator(".qa-check__state")).to_contain_text("Not seen yet")
    good = grade_button(page, "Good")
    expect(good).to_be_hidden()

    details.locator("summary").click()
    expect(details).to_have_attribute("open", "")
    expect(good).to_be_visible()
    expect(grade_button(page, "Again")).to_be_visible()
    before = page.evaluate("Date.now()")
    good.click()

    expect(page.locator(".qa-check__state")).to_contain_text("Known")
    expect(page.locator(".qa-check__state")).to_contain_text("next review in 10 minutes")
    expect(page.locator("#qa-live")).to_have_text(re.compile("Recorded: Good"))
    record = stored_results(page)[HTTP_METHODS]
    assert record["grade"] == 3 and record["card"]["reps"] == 1 and record["before"] is None
    assert before <= record["at"] <= page.evaluate("Date.now()")
    assert record["card"]["due"] == record["card"]["last_review"] + 10 * 60 * 1000

    page.reload()
    expect(page.locator(".qa-check__state")).to_contain_text("Known")
    expect(page.locator("details.answer")).not_to_have_attribute("open", "")


def test_reveal_and_grade_by_keyboard(page: Page):
    page.goto(question_url(HTTP_METHODS))
    details = page.locator("details.answer")
    summary = details.locator("summary")
    summary.focus()
    page.keyboard.press("Enter")
    expect(details).to_have_attribute("open", "")
    page.keyboard.press("Space")
    expect(details).not_to_have_attribute("open", "")

    page.keyboard.press("1")
    assert stored_results(page) == {}, "grading needs the answer revealed first"
    page.keyboard.press("a")
    expect(details).to_have_attribute("open", "")
    page.keyboard.press("1")
    expect(page.locator(".qa-check__state")).to_contain_text("To review")
    assert stored_results(page)[HTTP_METHODS]["grade"] == 1
    for key, grade in (("2", 2), ("3", 3), ("4", 4)):
        page.keyboard.press(key)
        expect(page.locator(".qa-check__state")).to_contain_text("Known")
        assert stored_results(page)[HTTP_METHODS]["grade"] == grade


def test_keys_are_ignored_while_typing_in_search(page: Page):
    page.goto(question_url(HTTP_METHODS))
    details = page.locator("details.answer")
    page.keyboard.press("s")  # Material's own key: opens search
    search = page.locator("input.md-search__input")
    expect(search).to_be_focused()
    page.keyboard.type("a1")
    expect(search).to_have_value("a1")
    expect(details).not_to_have_attribute("open", "")
    page.keyboard.press("Escape")
    page.locator("h1").click()
    page.keyboard.press("a")
    expect(details).to_have_attribute("open", "")
    page.keyboard.press("1")
    # The grade is written once the key is handled: wait for it, then check it is the only one.
    page.wait_for_function("key => localStorage.getItem(key) !== null", arg=STORAGE_KEY)
    assert list(stored_results(page)) == [HTTP_METHODS]


def test_progress_on_topic_home_and_tags_pages_after_reload(page: Page):
    grade_on_question_page(page, HTTP_METHODS, "Good")
    grade_on_question_page(page, CACHING, "Again")
    grade_on_question_page(page, PYTHON_GIL, "Good")

    page.goto(f"topics/{TOPIC}/")
    page.reload()
    panel = page.locator(".qa-panel").first
    assert counts(panel) == {"known": 1, "review": 1, "unseen": 23}
    expect(panel.locator(".qa-progress__bar")).to_have_attribute(
        "aria-label", re.compile("1 known, 1 to review, 23 not seen yet, of 25 questions")
    )
    marks = page.locator("ol.qa-questions > li .qa-mark")
    expect(marks).to_have_count(25)
    states = {
        li.get_attribute("data-qa-key"): li.locator(".qa-mark").get_attribute("data-state")
        for li in page.locator("ol.qa-questions > li").all()
    }
    assert states[HTTP_METHODS] == "known" and states[CACHING] == "review"
    assert sorted(set(states.values())) == ["known", "review", "unseen"]
    assert list(states.values()).count("unseen") == 23

    page.goto("./")
    page.reload()
    backend = page.locator(f'li:has([data-qa-topic="{TOPIC}"])')
    expect(backend.locator(".qa-progress")).to_have_count(1)
    assert counts(backend) == {"known": 1, "review": 1, "unseen": 23}
    python = page.locator('li:has([data-qa-topic="python-interview-questions"])')
    assert counts(python) == {"known": 1, "review": 0, "unseen": 7}
    assert counts(page.locator(".qa-panel--overall")) == {"known": 2, "review": 1, "unseen": 30}

    page.goto("tags/")
    concurrency = page.locator(".qa-panel--tag").filter(has=page.get_by_role("link", name="Practice concurrency"))
    assert counts(concurrency) == {"known": 1, "review": 0, "unseen": 0}
    backend_marks = page.locator('h2[id="tag:backend"] + .qa-panel--tag + ul .qa-mark')
    expect(backend_marks).to_have_count(25)
    expect(backend_marks.and_(page.locator('[data-state="review"]'))).to_have_count(1)


def test_export_reset_import_restores_progress(page: Page, tmp_path: Path):
    grade_on_question_page(page, HTTP_METHODS, "Good")
    grade_on_question_page(page, PYTHON_GIL, "Again")
    saved = stored_results(page)
    page.goto("./")
    overall = page.locator(".qa-panel--overall")
    assert counts(overall) == {"known": 1, "review": 1, "unseen": 31}

    with page.expect_download() as download:
        page.get_by_role("button", name="Export progress").click()
    exported = tmp_path / download.value.suggested_filename
    download.value.save_as(exported)
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["format"] == "qa-study-progress" and document["version"] == 2
    assert document["results"] == saved

    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Reset all progress").click()
    assert stored_results(page) == saved, "dismissing the confirmation keeps everything"

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Reset all progress").click()
    expect(overall.locator('[data-state="known"] strong')).to_have_text("0")
    assert stored_results(page) == {}
    page.reload()
    assert counts(page.locator(".qa-panel--overall")) == {"known": 0, "review": 0, "unseen": 33}

    page.locator("input.qa-import-file").set_input_files(str(exported))
    expect(page.locator(".qa-panel__status")).to_have_text("Imported: 2 new, 0 newer.")
    assert stored_results(page) == saved
    page.reload()
    assert counts(page.locator(".qa-panel--overall")) == {"known": 1, "review": 1, "unseen": 31}

    bad = tmp_path / "not-progress.json"
    bad.write_text('{"hello": "world"}', encoding="utf-8")
    page.locator("input.qa-import-file").set_input_files(str(bad))
    expect(page.locator(".qa-panel__status")).to_have_text("Nothing imported: the file is not a progress export.")
    assert stored_results(page) == saved


def test_reset_one_topic_keeps_the_others(page: Page):
    grade_on_question_page(page, HTTP_METHODS, "Good")
    grade_on_question_page(page, PYTHON_GIL, "Good")
    page.goto(f"topics/{TOPIC}/")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Reset this topic").click()
    expect(page.locator('.qa-panel [data-state="known"] strong').first).to_have_text("0")
    assert list(stored_results(page)) == [PYTHON_GIL]


def test_practice_run_over_a_topic_visits_every_question_once(page: Page):
    page.goto(f"topics/{TOPIC}/")
    page.get_by_role("link", name="Practice this topic").click()
    expect(page.locator("#qa-practice-scope")).to_have_value(f"topic:{TOPIC}")
    expect(page.get_by_role("button", name="Start practice")).to_be_focused()
    page.keyboard.press("Enter")

    run = page.locator(".qa-run")
    visited: list[str] = []
    for step in range(25):
        expect(run).to_have_attribute("data-qa-key", re.compile("."))
        key = run.get_attribute("data-qa-key")
        visited.append(key)
        expect(run.locator(".qa-run__position")).to_contain_text(f"Question {step + 1} of 25")
        expect(page.get_by_role("button", name="Show answer")).to_be_focused()
        page.keyboard.press("a")
        answer = run.locator(".qa-run__answer")
        expect(answer).to_be_visible()
        expect(answer.locator(".qa-run__loading")).to_have_count(0)
        expect(answer).not_to_be_empty()
        assert fetched_question_pages(page) == step + 1, "only the current question's page is fetched"
        page.keyboard.press("3" if step % 2 == 0 else "1")
        expect(page.locator(".qa-run__next")).to_be_focused()
        page.keyboard.press("j")

    assert sorted(visited) == sorted(SEED_KEYS)
    assert len(set(visited)) == 25
    summary = page.locator(".qa-run--summary")
    expect(summary).to_be_visible()
    assert counts_in_summary(summary) == {"known": 13, "review": 12}
    review_links = summary.locator(".qa-run__review a")
    expect(review_links).to_have_count(12)
    expected = {page.url.split("practice/")[0] + question_url(k) for k in visited[1::2]}
    assert {a.get_attribute("href") for a in review_links.all()} == expected
    results = stored_results(page)
    assert len(results) == 25 and sum(r["grade"] == 1 for r in results.values()) == 12


def test_practice_due_first_starts_with_due_questions(page: Page):
    page.goto("practice/")
    now = page.evaluate("Date.now()")
    not_due = {key: {"result": "known", "at": now, "box": 5} for key in SEED_KEYS[3:]}
    due = {
        SEED_KEYS[0]: {"result": "review", "at": now, "box": 0},
        SEED_KEYS[1]: {"result": "known", "at": now - 30 * DAY_MS, "box": 1},
    }
    page.evaluate(
        "([key, value]) => localStorage.setItem(key, value)",
        [STORAGE_KEY, json.dumps({"version": 1, "results": {**not_due, **due}})],
    )
    page.goto(f"practice/?topic={TOPIC}")
    expect(page.locator(".qa-practice__due")).to_have_text("2 due today, 1 not seen yet, of 25.")
    page.get_by_role("button", name="Start practice").click()
    run = page.locator(".qa-run")
    first = []
    for _ in range(3):
        first.append(run.get_attribute("data-qa-key"))
        page.keyboard.press("a")
        page.keyboard.press("3")
        page.keyboard.press("j")
        expect(run).not_to_have_attribute("data-qa-key", first[-1])
    assert sorted(first) == sorted(SEED_KEYS[:3])


def test_practice_by_tag_in_cram_mode_ignores_the_schedule(page: Page, site):
    index = practice_index_of(site[1])
    python_keys = [
        q["key"] for topic in index["topics"] for q in topic["questions"] if index["tags"].index("python") in q["tags"]
    ]
    page.goto("tags/")
    now = page.evaluate("Date.now()")
    not_due = {key: {"result": "known", "at": now, "box": 5} for key in python_keys}
    page.evaluate(
        "([key, value]) => localStorage.setItem(key, value)",
        [STORAGE_KEY, json.dumps({"version": 1, "results": not_due})],
    )
    page.get_by_role("link", name="Practice python").click()
    expect(page.locator("#qa-practice-scope")).to_have_value("tag:python")
    expect(page.locator(".qa-practice__due")).to_have_text("0 due today, 0 not seen yet, of 8.")
    page.get_by_label("Cram").check()
    page.get_by_role("button", name="Start practice").click()
    assert "mode=cram" in page.url and "tag=python" in page.url
    run = page.locator(".qa-run")
    visited = []
    for _ in range(8):
        expect(run).not_to_have_attribute("data-qa-key", visited[-1] if visited else "")
        visited.append(run.get_attribute("data-qa-key"))
        page.keyboard.press("a")
        page.keyboard.press("1")
        page.keyboard.press("j")
    assert sorted(visited) == sorted(python_keys)
    expect(page.locator(".qa-run--summary .qa-run__review a")).to_have_count(8)


def test_instant_navigation_keeps_everything_working(page: Page):
    page.goto("./")
    expect(page.locator(".qa-panel--overall")).to_be_visible()
    page.evaluate("window.notReloaded = true")

    page.locator(".qa-topics").get_by_role("link", name="Backend interview questions").click()
    expect(page).to_have_url(re.compile(f"topics/{TOPIC}/$"))
    expect(page.locator(".qa-panel .qa-progress")).to_have_count(1)
    page.locator(f'li[data-qa-key="{HTTP_METHODS}"] a').click()
    expect(page).to_have_url(re.compile(f"{HTTP_METHODS}/$"))
    expect(page.locator(".qa-check")).to_have_count(1)
    page.keyboard.press("a")
    page.keyboard.press("3")
    expect(page.locator(".qa-check__state")).to_contain_text("Known")

    page.keyboard.press("n")  # Material's own key: next page
    expect(page).to_have_url(re.compile(f"{TOPIC}/what-are-middleware-functions-and-why-are-they-important/$"))
    expect(page.locator(".qa-check")).to_have_count(1)
    expect(page.locator(".qa-check__state")).to_contain_text("Not seen yet")
    page.keyboard.press("a")
    page.keyboard.press("1")
    expect(page.locator(".qa-check__state")).to_contain_text("To review")

    page.locator(".qa-context a").click()
    expect(page).to_have_url(re.compile(f"topics/{TOPIC}/$"))
    expect(page.locator(f'li[data-qa-key="{HTTP_METHODS}"] .qa-mark')).to_have_attribute("data-state", "known")
    assert counts(page.locator(".qa-panel").first) == {"known": 1, "review": 1, "unseen": 23}

    page.get_by_role("link", name="Practice this topic").click()
    page.get_by_role("button", name="Start practice").click()
    expect(page.locator(".qa-run")).to_have_attribute("data-qa-key", re.compile("."))
    assert page.evaluate("window.notReloaded") is True, "navigation must have stayed instant"


def test_show_all_and_hide_all_answers(page: Page):
    page.goto("two-answers/")
    answers = page.locator("details.answer")
    expect(answers).to_have_count(2)
    page.get_by_role("button", name="Show all answers").click()
    for i in range(2):
        expect(answers.nth(i)).to_have_attribute("open", "")
    page.get_by_role("button", name="Hide all answers").click()
    for i in range(2):
        expect(answers.nth(i)).not_to_have_attribute("open", "")

    page.goto(question_url(HTTP_METHODS))
    expect(page.locator(".qa-check")).to_have_count(1)
    expect(page.get_by_role("button", name="Show all answers")).to_have_count(0)


def test_without_javascript_answers_still_toggle_and_no_controls(browser: Browser, site):
    context = local_context(browser, site[0], java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(question_url(HTTP_METHODS))
        details = page.locator("details.answer")
        expect(details).not_to_have_attribute("open", "")
        details.locator("summary").click()
        expect(details).to_have_attribute("open", "")
        expect(details).to_contain_text("PATCH")
        expect(page.locator(".qa-check, .qa-button")).to_have_count(0)
        page.goto("practice/")
        expect(page.locator(".qa-nojs")).to_contain_text("Practice runs need JavaScript")
        page.goto(f"topics/{TOPIC}/")
        expect(page.locator("ol.qa-questions > li")).to_have_count(25)
        expect(page.locator(".qa-mark, .qa-progress")).to_have_count(0)
    finally:
        context.close()


def test_works_from_file_urls(browser: Browser, site):
    folder = site[1]
    with page_without_errors(disk_context(browser)) as page:
        page.goto((folder / "topics" / HTTP_METHODS / "index.html").as_uri())
        page.locator("details.answer > summary").click()
        grade_button(page, "Good").click()
        page.reload()
        expect(page.locator(".qa-check__state")).to_contain_text("Known")
        page.goto((folder / "index.html").as_uri())
        assert counts(page.locator(f'li:has([data-qa-topic="{TOPIC}"])')) == {"known": 1, "review": 0, "unseen": 24}
        page.goto((folder / "practice" / "index.html").as_uri() + f"?topic={TOPIC}")
        page.get_by_role("button", name="Start practice").click()
        page.keyboard.press("a")
        answer = page.locator(".qa-run__answer")
        expect(answer).to_be_visible()
        expect(answer.locator(".qa-run__loading")).to_have_count(0)
        link = answer.get_by_role("link", name="Open the question's page")
        expect(link).to_have_attribute("href", re.compile(rf"^file://.*/topics/{TOPIC}/[^/]+/index\.html$"))
        page.keyboard.press("1")
        expect(page.locator(".qa-run__next")).to_be_focused()


# Issue 13: FSRS grades, regrading, next question, due counts, runs that survive, storage failures.

MINUTE_MS = 60 * 1000
FULL_STORAGE = """
(() => {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (key.endsWith(".qa.progress")) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    return setItem.call(this, key, value);
  };
})();
"""


def set_stored(page: Page, document: dict) -> None:
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [STORAGE_KEY, json.dumps(document)])


def index_order(folder: Path) -> list[tuple[str, list[dict]]]:
    return [(topic["slug"], topic["questions"]) for topic in practice_index_of(folder)["topics"]]


def test_four_grade_buttons_show_the_interval_each_would_schedule(page: Page):
    page.goto(question_url(HTTP_METHODS))
    page.locator("details.answer > summary").click()
    buttons = page.locator(".qa-check__grades .qa-grade")
    expect(buttons).to_have_count(4)
    # A new question, FSRS defaults: learning steps of 1 and 10 minutes, Easy graduates at once.
    expect(buttons).to_have_text(
        [
            re.compile(r"^Again · 1 min"),
            re.compile(r"^Hard · 6 min"),
            re.compile(r"^Good · 10 min"),
            re.compile(r"^Easy · 8 d"),
        ]
    )
    assert [b.get_attribute("aria-keyshortcuts") for b in buttons.all()] == ["1", "2", "3", "4"]
    grade_button(page, "Easy").click()
    record = stored_results(page)[HTTP_METHODS]
    assert record["card"]["due"] - record["at"] == 8 * DAY_MS
    expect(page.locator(".qa-check__state")).to_contain_text("next review in 8 days")


def test_regrading_before_due_replaces_the_last_grade(page: Page):
    page.goto(question_url(HTTP_METHODS))
    page.keyboard.press("a")
    page.keyboard.press("3")
    first = stored_results(page)[HTTP_METHODS]
    for _ in range(3):  # pressing Good again, as the old schedule's "1 four times" did
        page.keyboard.press("3")
        expect(page.locator("#qa-live")).to_have_text(re.compile("Recorded: Good"))
    again = stored_results(page)[HTTP_METHODS]
    assert again["card"] == first["card"], "a regrade before due must not push the review out"
    assert again["card"]["reps"] == 1 and again["before"] is None
    # A second visit the same day: Easy replaces Good (8 days), Good again brings it back.
    page.reload()
    page.keyboard.press("a")
    page.keyboard.press("4")
    expect(page.locator(".qa-check__state")).to_contain_text("next review in 8 days")
    assert stored_results(page)[HTTP_METHODS]["card"]["reps"] == 1
    page.keyboard.press("3")
    expect(page.locator(".qa-check__state")).to_contain_text("next review in 10 minutes")
    assert stored_results(page)[HTTP_METHODS]["card"]["due"] == first["card"]["due"]


def test_next_question_after_grading_and_on_to_the_next_topic(page: Page, site):
    topics = index_order(site[1])
    (first_topic, questions), (second_topic, second_questions) = topics[0], topics[1]
    page.goto(question_url(questions[0]["key"]))
    next_link = page.locator(".qa-next")
    expect(next_link).to_be_hidden()
    page.keyboard.press("j")
    expect(page).to_have_url(re.compile(re.escape(questions[0]["url"]) + "$"))
    page.keyboard.press("a")
    page.keyboard.press("3")
    expect(next_link).to_be_visible()
    expect(next_link).to_have_text(re.compile("^Next question"))
    page.keyboard.press("j")
    expect(page).to_have_url(re.compile(re.escape(questions[1]["url"]) + "$"))
    expect(page.locator(".qa-check")).to_have_count(1)

    page.goto(questions[-1]["url"])
    page.locator("details.answer > summary").click()
    grade_button(page, "Hard").click()
    expect(next_link).to_contain_text("Next topic: Python interview questions")
    next_link.click()
    expect(page).to_have_url(re.compile(re.escape(second_questions[0]["url"]) + "$"))
    assert first_topic != second_topic

    page.goto(second_questions[-1]["url"])
    page.keyboard.press("a")
    page.keyboard.press("1")
    expect(next_link).to_have_text(re.compile("^Back to all topics"))
    page.keyboard.press("j")
    expect(page).to_have_url(re.compile(r"127\.0\.0\.1:\d+/$"))


def test_due_counts_on_home_topic_and_tags_pages(page: Page, site):
    page.goto("./")
    now = page.evaluate("Date.now()")
    python_key = index_order(site[1])[1][1][0]["key"]
    set_stored(
        page,
        {
            "version": 1,
            "results": {
                SEED_KEYS[0]: {"result": "review", "at": now - MINUTE_MS, "box": 0},  # due now
                SEED_KEYS[1]: {"result": "known", "at": now - 5 * DAY_MS, "box": 2},  # due 3 days ago
                SEED_KEYS[2]: {"result": "known", "at": now, "box": 3},  # due in 4 days
                python_key: {"result": "known", "at": now - 20 * DAY_MS, "box": 5},  # due 4 days ago
            },
        },
    )
    page.reload()
    due = ".qa-due"
    expect(page.locator(f".qa-panel--overall {due}")).to_have_text("3 due today")
    expect(page.locator(f'li:has([data-qa-topic="{TOPIC}"]) {due}')).to_have_text("2 due today")
    expect(page.locator(f'li:has([data-qa-topic="python-interview-questions"]) {due}')).to_have_text("1 due today")
    page.goto(f"topics/{TOPIC}/")
    expect(page.locator(f".qa-panel {due}")).to_have_text("2 due today")
    page.goto("tags/")
    backend = page.locator(".qa-panel--tag").filter(has=page.get_by_role("link", name="Practice backend"))
    expect(backend.locator(due)).to_have_text("2 due today")
    # One marker per line: the state mark, not a list bullet as well.
    backend_list = page.locator('h2[id="tag:backend"] + .qa-panel--tag + ul')
    assert backend_list.evaluate("ul => getComputedStyle(ul.querySelector('li')).listStyleType") == "none"
    page.goto(f"practice/?topic={TOPIC}")
    expect(page.locator(".qa-practice__due")).to_have_text("2 due today, 22 not seen yet, of 25.")
    page.get_by_role("button", name="Start practice").click()
    run = page.locator(".qa-run")
    expect(run).to_have_attribute("data-qa-key", re.compile("."))
    assert run.get_attribute("data-qa-key") in SEED_KEYS[:2], "a due-first run starts with the due ones"


def test_focus_after_reveal_selects_no_grade(page: Page):
    page.goto(f"practice/?topic={TOPIC}")
    page.get_by_role("button", name="Start practice").click()
    page.keyboard.press("a")
    group = page.locator(".qa-run .qa-check__grades")
    expect(group).to_be_focused()
    assert page.evaluate("document.activeElement.tagName") == "DIV"
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    assert stored_results(page) == {}, "Enter after a reveal must not record a grade"
    grade_button(page, "Good").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".qa-run__next")).to_be_focused()
    assert [r["grade"] for r in stored_results(page).values()] == [3]
    # The grade given is marked chosen (a look apart from focus); the next question starts with none.
    pressed = page.locator(".qa-run .qa-grade").evaluate_all("els => els.map(e => e.getAttribute('aria-pressed'))")
    assert pressed == ["false", "false", "true", "false"]
    page.keyboard.press("j")
    expect(page.locator(".qa-run__position")).to_contain_text("Question 2 of 25")
    pressed = page.locator(".qa-run .qa-grade").evaluate_all("els => els.map(e => e.getAttribute('aria-pressed'))")
    assert pressed == ["false"] * 4


def test_the_grade_given_on_a_question_page_is_marked_chosen(page: Page):
    grade_on_question_page(page, HTTP_METHODS, "Hard")
    buttons = page.locator(".qa-check .qa-grade")
    assert buttons.evaluate_all("els => els.map(e => e.getAttribute('aria-pressed'))") == [
        "false",
        "true",
        "false",
        "false",
    ]


def test_run_resumes_after_reload_and_navigation_then_offers_the_missed(page: Page):
    page.goto(f"practice/?topic={TOPIC}")
    page.get_by_role("button", name="Start practice").click()
    run = page.locator(".qa-run")
    graded = []
    for step in range(5):
        expect(run.locator(".qa-run__position")).to_contain_text(f"Question {step + 1} of 25")
        graded.append(run.get_attribute("data-qa-key"))
        page.keyboard.press("a")
        page.keyboard.press("1" if step in (1, 3) else "3")
        page.keyboard.press("j")
    expect(run.locator(".qa-run__position")).to_contain_text("Question 6 of 25")
    sixth = run.get_attribute("data-qa-key")

    page.reload()
    resume = page.get_by_role("button", name="Resume: 6 of 25")
    expect(resume).to_be_focused()
    resume.click()
    expect(run).to_have_attribute("data-qa-key", sixth)
    expect(run.locator(".qa-run__position")).to_contain_text("Question 6 of 25")

    # Away to the question's page and back: the run is still there.
    run.locator(".qa-run__title a").click()
    expect(page).to_have_url(re.compile(re.escape(sixth) + "/$"))
    page.go_back()
    page.get_by_role("button", name="Resume: 6 of 25").click()
    expect(run).to_have_attribute("data-qa-key", sixth)
    page.keyboard.press("a")
    page.keyboard.press("1")
    page.get_by_role("button", name="End run").click()

    summary = page.locator(".qa-run--summary")
    expect(summary.locator("h2")).to_have_text("Run finished: Backend interview questions")
    assert counts_in_summary(summary) == {"known": 3, "review": 3}
    page.get_by_role("button", name="Practice the 3 you missed").click()
    seen = []
    for step in range(3):
        expect(run.locator(".qa-run__position")).to_contain_text(f"Question {step + 1} of 3")
        seen.append(run.get_attribute("data-qa-key"))
        page.keyboard.press("a")
        page.keyboard.press("3")
        page.keyboard.press("j")
    assert sorted(seen) == sorted([graded[1], graded[3], sixth])
    expect(summary.locator("h2")).to_have_text("Run finished: the 3 you missed")
    page.reload()  # a finished run is not offered again
    expect(page.get_by_role("button", name=re.compile("^Resume"))).to_have_count(0)
    expect(page.get_by_role("button", name="Start practice")).to_be_focused()


def test_full_storage_is_reported_and_the_grade_kept_for_the_page(page: Page, tmp_path: Path):
    page.context.add_init_script(FULL_STORAGE)
    page.goto(question_url(HTTP_METHODS))
    page.keyboard.press("a")
    page.keyboard.press("3")
    warning = page.locator(".qa-check__warning")
    expect(warning).to_be_visible()
    expect(warning).to_contain_text("Not saved: storage is full")
    expect(page.locator("#qa-live")).to_contain_text("Not saved: storage is full")
    expect(page.locator(".qa-check__state")).to_contain_text("Known")
    assert stored_results(page) == {}

    page.locator(".qa-context a").click()  # instant navigation: the grade is still in memory
    expect(page).to_have_url(re.compile(f"topics/{TOPIC}/$"))
    expect(page.locator('.qa-panel [data-state="known"] strong').first).to_have_text("1")

    page.goto("./")
    exported = tmp_path / "progress.json"
    now = page.evaluate("Date.now()")
    exported.write_text(
        json.dumps(
            {
                "format": "qa-study-progress",
                "version": 1,
                "results": {
                    CACHING: {"result": "known", "at": now, "box": 2},
                    PYTHON_GIL: {"result": "known", "at": 1e300, "box": 2},
                },
            }
        ),
        encoding="utf-8",
    )
    page.locator("input.qa-import-file").set_input_files(str(exported))
    status = page.locator(".qa-panel__status")
    expect(status).to_contain_text("Imported: 1 new, 0 newer, 1 unreadable entries skipped.")
    expect(status).to_contain_text("Not saved: storage is full")
    assert counts(page.locator(".qa-panel--overall"))["known"] == 1


def test_unknown_tag_on_the_practice_page_is_said(page: Page):
    page.goto("practice/?tag=nosuchtag")
    expect(page.get_by_role("alert").filter(has_text="No questions are tagged nosuchtag")).to_be_visible()
    expect(page.locator("#qa-practice-scope")).to_be_focused()
    page.goto("practice/?tag=python")
    expect(page.locator(".qa-practice__missing")).to_have_count(0)


def test_tag_progress_with_a_customised_tags_slugify_format(browser: Browser, tmp_path: Path):
    project = copy_project(tmp_path)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\n  - tags\n" in text
    config.write_text(text.replace("\n  - tags\n", '\n  - tags:\n      tags_slugify_format: "label-{slug}-x"\n', 1))
    folder = build_site(project)
    with page_without_errors(disk_context(browser)) as page:
        page.goto((folder / "tags" / "index.html").as_uri())
        expect(page.locator('h2[id="label-backend-x"]')).to_have_count(1)
        expect(page.locator('h2[id^="tag:"]')).to_have_count(0)
        backend = page.locator(".qa-panel--tag").filter(has=page.get_by_role("link", name="Practice backend"))
        expect(backend).to_have_count(1)
        expect(page.locator('h2[id="label-backend-x"] + .qa-panel--tag + ul .qa-mark')).to_have_count(25)
