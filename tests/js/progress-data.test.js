// Unit tests of the progress file format, import merge and reset (overrides/assets/qa/progress-data.js).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const data = require("../../overrides/assets/qa/progress-data.js");

const T0 = Date.UTC(2026, 0, 1);
const known = (at, box = 1) => ({ result: "known", at, box });
const review = (at) => ({ result: "review", at, box: 0 });

test("an export reads back to the same results", () => {
  const results = { "t/a": known(T0, 2), "t/b": review(T0 + 5) };
  const text = JSON.stringify(data.exportDocument(results, T0 + 10));
  const parsed = data.parseExport(text);
  assert.deepEqual(parsed, { results, skipped: 0 });
  const doc = JSON.parse(text);
  assert.equal(doc.format, "qa-study-progress");
  assert.equal(doc.version, 1);
  assert.equal(doc.exported, "2026-01-01T00:00:00.010Z");
});

test("merging keeps the newest result of each question", () => {
  const current = { "t/a": known(T0 + 10, 3), "t/b": review(T0 + 10), "t/c": known(T0) };
  const incoming = { "t/a": review(T0 + 5), "t/b": known(T0 + 20, 1), "t/d": known(T0, 4) };
  const merged = data.mergeResults(current, incoming);
  assert.deepEqual(merged.results, {
    "t/a": known(T0 + 10, 3),
    "t/b": known(T0 + 20, 1),
    "t/c": known(T0),
    "t/d": known(T0, 4),
  });
  assert.equal(merged.added, 1);
  assert.equal(merged.updated, 1);
  assert.deepEqual(current["t/b"], review(T0 + 10), "the current results are not modified");
});

test("on a tie the current result stays", () => {
  const merged = data.mergeResults({ "t/a": known(T0) }, { "t/a": review(T0) });
  assert.deepEqual(merged.results, { "t/a": known(T0) });
  assert.equal(merged.updated, 0);
});

test("merging is the same in either direction when times differ", () => {
  const a = { "t/a": known(T0 + 1), "t/b": review(T0) };
  const b = { "t/a": review(T0), "t/b": known(T0 + 2, 2), "t/c": known(T0) };
  assert.deepEqual(data.mergeResults(a, b).results, data.mergeResults(b, a).results);
});

test("files that are not progress exports are refused with a reason", () => {
  assert.throws(() => data.parseExport("not json"), /not JSON/);
  assert.throws(() => data.parseExport("[]"), /not a progress export/);
  assert.throws(() => data.parseExport('{"format":"other","version":1,"results":{}}'), /not a progress export/);
  assert.throws(() => data.parseExport('{"format":"qa-study-progress","version":2,"results":{}}'), /version 2/);
  assert.throws(() => data.parseExport('{"format":"qa-study-progress","version":1,"results":[]}'), /no results/);
});

test("malformed entries are skipped and counted", () => {
  const text = JSON.stringify({
    format: "qa-study-progress",
    version: 1,
    results: {
      "t/ok": known(T0, 5),
      "t/bad-result": { result: "maybe", at: T0, box: 1 },
      "t/bad-time": { result: "known", at: "yesterday", box: 1 },
      "t/bad-box": { result: "known", at: T0, box: 9 },
      "t/null": null,
    },
  });
  assert.deepEqual(data.parseExport(text), { results: { "t/ok": known(T0, 5) }, skipped: 4 });
});

test("a topic reset drops only that topic's results", () => {
  const results = { "a/x": known(T0), "a/y": review(T0), "ab/z": known(T0), "b/a": known(T0) };
  assert.deepEqual(data.withoutTopic(results, "a"), { "ab/z": known(T0), "b/a": known(T0) });
  assert.equal(Object.keys(results).length, 4);
});

test("stored results are cleaned the same way as imported ones", () => {
  const raw = { "t/ok": review(T0), "t/bad": { result: "known", at: T0 }, "": known(T0) };
  assert.deepEqual(data.validResults(raw), { results: { "t/ok": review(T0) }, skipped: 2 });
});
