// Unit tests of the site search engine (overrides/assets/qa/search-engine.js).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const engine = require("../../overrides/assets/qa/search-engine.js");

// Material's search_index.json for this project: its config and documents as the search plugin writes them.
const CONFIG = {
  lang: ["en"],
  separator: "[\\s\\-]+",
  pipeline: ["stopWordFilter"],
  fields: { title: { boost: 1000.0 }, text: { boost: 1.0 }, tags: { boost: 1000000.0 } }
};
const DOCS = [
  { location: "", title: "Interview study notes", text: "<p>Every question of every bank has its own page.</p>" },
  {
    location: "topics/backend/what-is-caching/",
    title: "What is caching?",
    text:
      "<p>A <strong>cache</strong> keeps the results of expensive work close to where they are needed.</p>" +
      "<ul><li><p>Redis &amp; Memcached are in-memory caches.</p></li><li><p>Browsers cache HTTP responses.</p></li></ul>" +
      "<p>Invalidation is the hard part.</p>",
    tags: ["backend", "performance"]
  },
  {
    location: "topics/backend/what-is-a-load-balancer/",
    title: "What is a load balancer?",
    text: "<p>It spreads requests over servers; a health check takes broken servers out.</p>",
    tags: ["backend", "infrastructure"]
  },
  {
    location: "topics/python/what-does-the-gil-do/",
    title: "What does the GIL do?",
    text: "<p>The global interpreter lock lets one thread run Python bytecode at a time; <code>asyncio</code> avoids threads.</p>",
    tags: ["python"]
  },
  {
    location: "topics/python/generics/",
    title: "How do you write List&lt;T&gt; in Python?",
    text: "<p>Use <code>list[T]</code> with a <code>TypeVar</code>; x &lt; y compares.</p>",
    tags: ["python"]
  },
  { location: "guide/", title: "Study guide", text: "<p>How to use this site.</p>" },
  { location: "guide/#spaced-review", title: "Spaced review", text: "<p>Questions you knew come back after days, caching your memory.</p>" }
];

function index(options) {
  return engine.buildIndex({ config: CONFIG, docs: DOCS, options: options || { suggest: false } });
}

function locations(result) {
  return result.items.map((group) => group.map((item) => item.location));
}

function first(result) {
  return result.items[0][0];
}

test("words are lower-cased, split by the configured separator and trimmed of punctuation", () => {
  const words = engine.words("Redis & Memcached: in-memory (caches).", /[\s\-]+/g);
  assert.deepEqual(
    words.map((w) => w.term),
    ["redis", "memcached", "in", "memory", "caches"]
  );
  assert.deepEqual(words[1], { term: "memcached", start: 8, end: 17 });
});

test("HTML text becomes blocks of plain text, entities decoded", () => {
  assert.deepEqual(engine.textBlocks("<p>a <code>b</code> &amp; c</p><ul><li>x &lt; y</li></ul>"), ["a b & c", "x < y"]);
});

test("a word of an answer finds its question, highlighted in a teaser", () => {
  const result = engine.search(index(), "invalidation");
  assert.deepEqual(locations(result), [["topics/backend/what-is-caching/"]]);
  assert.equal(first(result).text, "<mark>Invalidation</mark> is the hard part.");
  assert.deepEqual(first(result).terms, { invalidation: true });
});

test("every term matches as a prefix, as Material appends *", () => {
  const result = engine.search(index(), "memc");
  assert.deepEqual(locations(result), [["topics/backend/what-is-caching/"]]);
  assert.match(first(result).text, /<mark>Memcached<\/mark>/);
});

test("a title match ranks above a text match, a tag above both", () => {
  assert.equal(first(engine.search(index(), "balancer")).location, "topics/backend/what-is-a-load-balancer/");
  const caching = engine.search(index(), "caching");
  assert.equal(first(caching).location, "topics/backend/what-is-caching/");
  assert.equal(first(engine.search(index(), "infrastructure")).location, "topics/backend/what-is-a-load-balancer/");
  assert.equal(first(engine.search(index(), "infrastructure")).tags[1], "<mark>infrastructure</mark>");
});

test("documents matching more of the terms come first; missing terms are reported", () => {
  const result = engine.search(index(), "servers python");
  assert.equal(result.items.length, 3);
  const balancer = result.items.flat().find((item) => item.location.includes("balancer"));
  assert.deepEqual(balancer.terms, { servers: true, python: false });
});

test("stop words are ignored, not reported missing", () => {
  const result = engine.search(index(), "what is the gil");
  assert.deepEqual(locations(result), [["topics/python/what-does-the-gil-do/"]]);
  assert.deepEqual(first(result).terms, { gil: true });
  assert.deepEqual(engine.search(index(), "what is the").items, []);
});

test("+term is required, -term excluded, a phrase requires each word", () => {
  assert.deepEqual(locations(engine.search(index(), "+python +thread")), [["topics/python/what-does-the-gil-do/"]]);
  assert.deepEqual(locations(engine.search(index(), "python -thread")), [["topics/python/generics/"]]);
  assert.deepEqual(locations(engine.search(index(), '"health check"')), [["topics/backend/what-is-a-load-balancer/"]]);
  assert.deepEqual(engine.search(index(), "-python").items, []);
});

test("field:term searches one field, *term matches word endings", () => {
  assert.deepEqual(locations(engine.search(index(), "title:python")), [["topics/python/generics/"]]);
  assert.deepEqual(
    engine.search(index(), "*ompares").items.map((group) => group[0].location),
    ["topics/python/generics/"]
  );
});

test("titles and teasers are escaped HTML", () => {
  const result = engine.search(index(), "typevar");
  assert.equal(first(result).title, "How do you write List&lt;T&gt; in Python?");
  assert.equal(first(result).text, "Use list[T] with a <mark>TypeVar</mark>; x &lt; y compares.");
});

test("a teaser shows at most two matching blocks, long blocks cut around the match", () => {
  const result = engine.search(index(), "cache");
  assert.equal(first(result).text.split(" \u2026 ").length, 2);
  assert.match(first(result).text, /^A <mark>cache<\/mark> keeps/);
  const long = "word ".repeat(200) + "needle " + "word ".repeat(200);
  const big = engine.buildIndex({ config: CONFIG, docs: [{ location: "x/", title: "X", text: `<p>${long}</p>` }] });
  const text = first(engine.search(big, "needle")).text;
  assert.ok(text.length < 400, text.length);
  assert.match(text, /^\u2026word .*<mark>needle<\/mark>.*\u2026$/);
});

test("sections are grouped under their page, which is listed even when only a section matches", () => {
  const result = engine.search(index(), "memory");
  const group = result.items.find((g) => g.some((item) => item.location === "guide/#spaced-review"));
  assert.deepEqual(
    group.map((item) => [item.location, item.score > 0]),
    [
      ["guide/#spaced-review", true],
      ["guide/", false]
    ]
  );
  assert.deepEqual(group[1].terms, {});
});

test("a page ranks above its own sections for the same match", () => {
  const docs = [
    { location: "a/", title: "Alpha", text: "<p>zebra</p>" },
    { location: "a/#s", title: "Section", text: "<p>zebra</p>" }
  ];
  const result = engine.search(engine.buildIndex({ config: CONFIG, docs }), "zebra");
  assert.deepEqual(locations(result), [["a/", "a/#s"]]);
});

test("suggestions complete the last word from the best matching title", () => {
  const result = engine.search(index({ suggest: true }), "load bal");
  assert.deepEqual(result.suggest, ["load", "balancer"]);
  assert.equal(engine.search(index(), "load bal").suggest, undefined);
});

test("an empty query, or one before the index is set up, has no results", () => {
  assert.deepEqual(engine.search(index(), "   "), { items: [] });
  assert.deepEqual(engine.search(null, "cache"), { items: [] });
});

test("a custom separator from the search plugin's config is used", () => {
  const config = { ...CONFIG, separator: "[\\s\\-_.]+" };
  const docs = [{ location: "x/", title: "X", text: "<p>snake_case and dotted.names</p>" }];
  const built = engine.buildIndex({ config, docs });
  assert.equal(engine.search(built, "case").items.length, 1);
  assert.equal(engine.search(built, "names").items.length, 1);
});

test("tags are text: shown escaped and as written, also on a page listed only for its sections", () => {
  const hostile = '"><img src=x onerror=alert(1)>';
  const docs = [
    { location: "t/", title: "Trap &lt;b&gt;", text: "<p>intro &lt;i&gt;</p>", tags: ["vector<int>", hostile] },
    { location: "t/#part", title: "Part", text: "<p>zebra</p>" },
    { location: "u/", title: "Other", text: "<p>giraffe</p>", tags: ["vector<int>", hostile] }
  ];
  const built = engine.buildIndex({ config: CONFIG, docs });
  const page = first(engine.search(built, "giraffe"));
  assert.deepEqual(page.tags, ["vector&lt;int&gt;", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"]);
  const group = engine.search(built, "zebra").items[0];
  const parent = group.find((item) => item.location === "t/");
  assert.equal(parent.score, 0);
  assert.equal(parent.title, "Trap &lt;b&gt;");
  assert.equal(parent.text, "intro &lt;i&gt;");
  assert.deepEqual(parent.tags, ["vector&lt;int&gt;", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"]);
  assert.match(first(engine.search(built, "vector")).tags[0], /^<mark>vector&lt;int<\/mark>&gt;$/);
});
