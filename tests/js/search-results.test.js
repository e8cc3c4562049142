// Results sent from the search worker as columns (search-results.js) are Material's items again on the page.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const engine = require(path.join(__dirname, "..", "..", "overrides", "assets", "qa", "search-engine.js"));
const results = require(path.join(__dirname, "..", "..", "overrides", "assets", "qa", "search-results.js"));

// 400 questions over 40 pages with sections, some tagged (shared lists), some with markup to escape.
function site() {
  const docs = [{ location: "", title: "Home", text: "<p>Questions about caching.</p>" }];
  for (let p = 0; p < 40; p++) {
    const tags = p % 3 === 0 ? ["caching", "redis"] : p % 3 === 1 ? ["vector<int>"] : undefined;
    docs.push({ location: `topics/t${p}/`, title: `Topic ${p}: caching & more`, text: "<p>Caching topic.</p>", tags });
    for (let q = 0; q < 10; q++)
      docs.push({ location: `topics/t${p}/q${q}/`, title: `Why cache <b>${p}.${q}</b>?`, text: `<p>Cache line ${q}.</p>`, tags });
    docs.push({ location: `topics/t${p}/#section`, title: "Caching section", text: "<p>caching</p>" });
  }
  return engine.buildIndex({ config: { lang: ["en"], pipeline: ["stopWordFilter"] }, docs, language: "en" });
}

test("results past the highlighted groups go as columns and come back as the same items", () => {
  const index = site();
  for (const query of ["cache", "caching", "cach", "redis", "why", "vector", "topic section", "zzz"]) {
    const result = engine.search(index, query);
    const sent = structuredClone(results.compact(result, engine.HIGHLIGHTED));
    assert.equal(results.count(sent), result.items.length, query);
    if (result.items.length > engine.HIGHLIGHTED) {
      assert.equal(sent.items.length, engine.HIGHLIGHTED, query);
      assert.ok(sent.qaRest.titles.length >= result.items.length - engine.HIGHLIGHTED, query);
    } else assert.equal(sent.qaRest, undefined, query);
    assert.deepEqual(results.expand(sent), structuredClone(result), query);
  }
});

test("a result whose later groups are not all pending items is sent as it is", () => {
  const index = site();
  const result = engine.search(index, "cache");
  assert.ok(result.items.length > engine.HIGHLIGHTED + 1);
  const changed = structuredClone(result);
  changed.items[engine.HIGHLIGHTED + 1][0].text = "<p>highlighted</p>";
  assert.equal(results.compact(changed, engine.HIGHLIGHTED), changed);
  const unmatched = structuredClone(result);
  delete unmatched.items[engine.HIGHLIGHTED + 2][0].pending;
  assert.equal(results.compact(unmatched, engine.HIGHLIGHTED), unmatched);
});

test("shared tag lists and terms are sent once", () => {
  const index = site();
  const sent = results.compact(engine.search(index, "cache"), engine.HIGHLIGHTED);
  assert.ok(sent.qaRest.tagTable.length <= 2, JSON.stringify(sent.qaRest.tagTable));
  assert.equal(sent.qaRest.termTable.length, 1);
});
