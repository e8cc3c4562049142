// Unit tests of the progress file format (version 2, and version 1 migrated), import merge, the refusal of
// insane timestamps and reset (overrides/assets/qa/progress-data.js).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const data = require("../../overrides/assets/qa/progress-data.js");
const schedule = require("../../overrides/assets/qa/schedule.js");

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 1);
const NOW = T0 + 30 * DAY;
const good = (at) => schedule.grade(undefined, 3, at);
const again = (at) => schedule.grade(undefined, 1, at);
const v1known = (at, box = 1) => ({ result: "known", at, box });
const v1review = (at) => ({ result: "review", at, box: 0 });
const doc = (version, results) => JSON.stringify({ format: "qa-study-progress", version, results });

test("an export is version 2 and reads back to the same results", () => {
  const results = { "t/a": good(T0), "t/b": again(T0 + 5), "t/c": schedule.grade(good(T0), 4, T0 + 20 * DAY) };
  const text = JSON.stringify(data.exportDocument(results, T0 + 10));
  const parsed = data.parseExport(text, NOW);
  assert.deepEqual(parsed, { results, skipped: 0 });
  const exported = JSON.parse(text);
  assert.equal(exported.format, "qa-study-progress");
  assert.equal(exported.version, 2);
  assert.equal(exported.exported, "2026-01-01T00:00:00.010Z");
});

test("a version 1 file still imports, migrated to version 2", () => {
  const parsed = data.parseExport(doc(1, { "t/a": v1known(T0, 3), "t/b": v1review(T0 + 5) }), NOW);
  assert.equal(parsed.skipped, 0);
  assert.deepEqual(parsed.results, { "t/a": schedule.migrate(v1known(T0, 3)), "t/b": schedule.migrate(v1review(T0 + 5)) });
  assert.equal(parsed.results["t/a"].card.due, T0 + 4 * DAY);
  // Stored version 1 results are cleaned and migrated the same way.
  assert.deepEqual(data.validResults({ "t/a": v1known(T0, 3) }, 1, NOW).results, { "t/a": schedule.migrate(v1known(T0, 3)) });
});

test("merging keeps the newest result of each question", () => {
  const current = { "t/a": good(T0 + 10), "t/b": again(T0 + 10), "t/c": good(T0) };
  const incoming = { "t/a": again(T0 + 5), "t/b": good(T0 + 20), "t/d": good(T0) };
  const merged = data.mergeResults(current, incoming);
  assert.deepEqual(merged.results, { "t/a": good(T0 + 10), "t/b": good(T0 + 20), "t/c": good(T0), "t/d": good(T0) });
  assert.equal(merged.added, 1);
  assert.equal(merged.updated, 1);
  assert.deepEqual(current["t/b"], again(T0 + 10), "the current results are not modified");
});

test("on a tie the current result stays", () => {
  const merged = data.mergeResults({ "t/a": good(T0) }, { "t/a": again(T0) });
  assert.deepEqual(merged.results, { "t/a": good(T0) });
  assert.equal(merged.updated, 0);
});

test("merging is the same in either direction when times differ", () => {
  const a = { "t/a": good(T0 + 1), "t/b": again(T0) };
  const b = { "t/a": again(T0), "t/b": good(T0 + 2), "t/c": good(T0) };
  assert.deepEqual(data.mergeResults(a, b).results, data.mergeResults(b, a).results);
});

test("files that are not progress exports are refused with a reason", () => {
  assert.throws(() => data.parseExport("not json", NOW), /not JSON/);
  assert.throws(() => data.parseExport("[]", NOW), /not a progress export/);
  assert.throws(() => data.parseExport('{"format":"other","version":2,"results":{}}', NOW), /not a progress export/);
  assert.throws(() => data.parseExport('{"format":"qa-study-progress","version":3,"results":{}}', NOW), /version 3/);
  assert.throws(() => data.parseExport('{"format":"qa-study-progress","version":2,"results":[]}', NOW), /no results/);
});

test("malformed entries are skipped and counted, in either version", () => {
  const v1 = doc(1, {
    "t/ok": v1known(T0, 5),
    "t/bad-result": { result: "maybe", at: T0, box: 1 },
    "t/bad-time": { result: "known", at: "yesterday", box: 1 },
    "t/bad-box": { result: "known", at: T0, box: 9 },
    "t/null": null,
  });
  assert.deepEqual(data.parseExport(v1, NOW), { results: { "t/ok": schedule.migrate(v1known(T0, 5)) }, skipped: 4 });
  const ok = good(T0);
  const v2 = doc(2, {
    "t/ok": ok,
    "t/v1-in-v2": v1known(T0),
    "t/bad-grade": { ...ok, grade: 5 },
    "t/no-card": { grade: 3, at: T0 },
    "t/bad-card": { ...ok, card: { ...ok.card, stability: "high" } },
    "t/bad-before": { ...ok, before: { due: 1 } },
    "t/bad-state": { ...ok, card: { ...ok.card, state: 7 } },
  });
  assert.deepEqual(data.parseExport(v2, NOW), { results: { "t/ok": ok }, skipped: 6 });
});

test("timestamps before 2000 or more than a day ahead are refused and counted", () => {
  const ok = good(T0);
  const results = {
    "t/ok": ok,
    "t/huge": { ...ok, at: 1e300 },
    "t/infinite-due": { ...ok, card: { ...ok.card, due: 1e300 } },
    "t/future": { ...good(NOW + 2 * DAY) },
    "t/ancient": { ...good(Date.UTC(1999, 11, 31)) },
    "t/negative": { ...ok, at: -1 },
    "t/tomorrow-ok": good(NOW + DAY / 2),
  };
  const parsed = data.parseExport(doc(2, results), NOW);
  assert.deepEqual(Object.keys(parsed.results).sort(), ["t/ok", "t/tomorrow-ok"]);
  assert.equal(parsed.skipped, 5);
  const v1 = data.parseExport(doc(1, { "t/huge": v1known(1e300), "t/zero": v1known(1), "t/ok": v1known(T0) }), NOW);
  assert.deepEqual(Object.keys(v1.results), ["t/ok"]);
  assert.equal(v1.skipped, 2);
});

test("extra fields are dropped", () => {
  const ok = good(T0);
  const parsed = data.parseExport(doc(2, { "t/a": { ...ok, note: "x", card: { ...ok.card, extra: 1 } } }), NOW);
  assert.deepEqual(parsed.results["t/a"], ok);
});

test("a topic reset drops only that topic's results", () => {
  const results = { "a/x": good(T0), "a/y": again(T0), "ab/z": good(T0), "b/a": good(T0) };
  assert.deepEqual(data.withoutTopic(results, "a"), { "ab/z": good(T0), "b/a": good(T0) });
  assert.equal(Object.keys(results).length, 4);
});
