// Everyday queries on this project's own banks (tests/search/queries.yml) rank the question they
// must: first, or in the top 3. The index is the project site's search_index.json, kept in
// tests/search/ (tests/test_browser_search.py checks that it is the one a build writes).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const engine = require("../../overrides/assets/qa/search-engine.js");

const HERE = path.join(__dirname, "..", "search");

// The YAML of queries.yml: a list of flat maps of plain or double-quoted strings, # comments.
function readQueries(text) {
  const out = [];
  text.split("\n").forEach((line, number) => {
    if (!line.trim() || line.trim().startsWith("#")) return;
    const match = /^(- |  )([a-z0-9]+): (.*)$/.exec(line);
    if (!match) throw new Error(`queries.yml:${number + 1}: not "- key: value" or "  key: value"`);
    if (match[1] === "- ") out.push({ line: number + 1 });
    const raw = match[3].trim();
    out[out.length - 1][match[2]] = raw.startsWith('"') ? JSON.parse(raw) : raw;
  });
  return out;
}

const QUERIES = readQueries(fs.readFileSync(path.join(HERE, "queries.yml"), "utf8"));
const SETUP = JSON.parse(fs.readFileSync(path.join(HERE, "search_index.json"), "utf8"));
const INDEX = engine.buildIndex({ config: SETUP.config, docs: SETUP.docs, options: { suggest: true } });
const TITLES = new Set(SETUP.docs.map((doc) => engine.plainText(doc.title)));

// Titles of the results as Material lists them: one per page, best first.
function titles(query) {
  return engine.search(INDEX, query).items.map((group) => engine.plainText(group[0].title));
}

test("queries.yml has queries, each with a title of the site to find first or in the top 3", () => {
  assert.ok(QUERIES.length >= 40, QUERIES.length);
  for (const entry of QUERIES) {
    assert.equal(typeof entry.query, "string", `line ${entry.line}`);
    const wanted = entry.first || entry.top3;
    assert.ok(TITLES.has(wanted), `queries.yml:${entry.line}: no question titled ${JSON.stringify(wanted)}`);
  }
});

for (const entry of QUERIES) {
  const wanted = entry.first || entry.top3;
  test(`${JSON.stringify(entry.query)} finds ${JSON.stringify(wanted)} ${entry.first ? "first" : "in the top 3"}`, () => {
    const found = titles(entry.query);
    const rank = found.indexOf(wanted) + 1;
    assert.ok(rank >= 1 && rank <= (entry.first ? 1 : 3), `rank ${rank || "none"}: ${found.slice(0, 3).join(" | ")}`);
  });
}
