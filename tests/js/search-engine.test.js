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

test("words split at white space, lower-cased, trimmed of punctuation, and with punctuation inside also in parts", () => {
  const words = engine.words("Redis & Memcached: in-memory (caches).");
  assert.deepEqual(
    words.map((w) => [w.term, w.part]),
    [
      ["redis", false],
      ["memcached", false],
      ["in-memory", false],
      ["in", true],
      ["memory", true],
      ["caches", false]
    ]
  );
  assert.deepEqual(words[1], { term: "memcached", start: 8, end: 17, part: false });
  assert.deepEqual(words[4], { term: "memory", start: 22, end: 28, part: true });
});

test("identifiers are words whole and in parts; operators are words", () => {
  assert.deepEqual(
    engine.words("functools.lru_cache").map((w) => w.term),
    ["functools.lru_cache", "functools", "lru_cache", "lru", "cache"]
  );
  assert.deepEqual(
    engine.words('line.rstrip("\\n")').map((w) => w.term),
    ['line.rstrip("\\n', "line", "rstrip", "n"]
  );
  assert.deepEqual(
    engine.words("a == b, x != y (->) -- and ==?").map((w) => w.term),
    ["a", "==", "b", "x", "!=", "y", "->", "and", "=="]
  );
});

test("curly and straight apostrophes are one character, dropped inside a word", () => {
  assert.deepEqual(
    engine.words("What\u2019s it's \u2018quoted\u2019").map((w) => w.term),
    ["whats", "its", "quoted"]
  );
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

test("words with punctuation inside are found by their parts, whatever the search plugin's separator", () => {
  const config = { ...CONFIG, separator: "[\\s\\-_.]+" };
  const docs = [{ location: "x/", title: "X", text: "<p>snake_case and dotted.names</p>" }];
  const built = engine.buildIndex({ config, docs });
  assert.equal(engine.search(built, "case").items.length, 1);
  assert.equal(engine.search(built, "names").items.length, 1);
  assert.equal(engine.search(built, "snake_case").items.length, 1);
  assert.equal(first(engine.search(built, "dotted.names")).text, "snake_case and <mark>dotted.names</mark>");
  assert.equal(first(engine.search(built, "names")).text, "snake_case and dotted.<mark>names</mark>");
});

test("code: lru_cache, rstrip and == find the answers that hold them, the part marked", () => {
  const docs = [
    { location: "d/", title: "Decorators", text: "<p>Caching (<code>functools.lru_cache</code>) and timing.</p>" },
    { location: "g/", title: "Generators", text: '<pre><code>yield line.rstrip("\\n")</code></pre>' },
    { location: "i/", title: "is and ==", text: "<p><code>a == b</code> compares values.</p>" },
    { location: "o/", title: "Other", text: "<p>a cache, equal values.</p>" }
  ];
  const built = engine.buildIndex({ config: CONFIG, docs });
  assert.deepEqual(locations(engine.search(built, "lru_cache")), [["d/"]]);
  assert.equal(first(engine.search(built, "lru_cache")).text, "Caching (functools.<mark>lru_cache</mark>) and timing.");
  assert.deepEqual(locations(engine.search(built, "functools.lru_cache")), [["d/"]]);
  assert.deepEqual(locations(engine.search(built, "rstrip")), [["g/"]]);
  assert.deepEqual(locations(engine.search(built, "==")), [["i/"]]);
  assert.equal(first(engine.search(built, "==")).title, "is and <mark>==</mark>");
});

test("word forms meet through the stemmer; exact and prefix matches rank above them", () => {
  const docs = [
    { location: "a/", title: "Alpha", text: "<p>Caching and indexing help when you scale horizontally.</p>" },
    { location: "b/", title: "Beta", text: "<p>A cache and an index.</p>" },
    { location: "c/", title: "Gamma", text: "<p>Cached results and a load balancer.</p>" },
    { location: "d/", title: "Delta", text: "<p>Horizontal scaling and load balancing.</p>" }
  ];
  const built = engine.buildIndex({ config: CONFIG, docs });
  const order = (query) => engine.search(built, query).items.map((group) => group[0].location);
  assert.deepEqual(order("cache"), ["b/", "c/", "a/"]); // exact, prefix (cached), stem (caching)
  assert.deepEqual(new Set(order("indexes")), new Set(["a/", "b/"]));
  assert.deepEqual(order("balancing"), ["d/", "c/"]);
  assert.deepEqual(order("scale horizontally")[0], "a/");
  assert.ok(order("scale horizontally").includes("d/"));
  assert.match(first(engine.search(built, "balancer")).text, /load <mark>balancer<\/mark>/);
  assert.match(engine.search(built, "balancer").items[1][0].text, /load <mark>balancing<\/mark>/);
});

test("typos: one edit from 5 letters, two from 9, ranked below words without a typo", () => {
  const docs = [
    { location: "a/", title: "Authorization", text: "<p>Who may do what.</p>" },
    { location: "b/", title: "Other", text: "<p>authorisation spelt the British way, and a redis cache.</p>" },
    { location: "c/", title: "Decorators", text: "<p>They wrap functions.</p>" }
  ];
  const built = engine.buildIndex({ config: CONFIG, docs });
  const order = (query) => engine.search(built, query).items.map((group) => group[0].location);
  assert.deepEqual(order("authorisation"), ["b/", "a/"]); // the exact word first, the title a typo away next
  assert.deepEqual(order("authorizaton"), ["a/", "b/"]); // 12 letters: two edits reach "authorisation"
  assert.deepEqual(order("decortors"), ["c/"]); // one deleted letter
  assert.deepEqual(order("decroators"), ["c/"]); // two letters swapped: one edit
  assert.deepEqual(order("rdis"), []); // 4 letters: no typo allowed
  assert.deepEqual(order("wrapz"), ["c/"]);
  assert.deepEqual(order("wrxpz"), []); // two edits for 5 letters
});

test("the trie walk finds exactly the terms a plain edit distance finds", () => {
  // Optimal string alignment distance: insert, delete, substitute, swap neighbours.
  function distance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 0; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    return d[a.length][b.length];
  }
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const letters = "abcde";
  const word = () => Array.from({ length: 1 + Math.floor(random() * 7) }, () => letters[Math.floor(random() * 5)]).join("");
  const terms = Array.from(new Set(Array.from({ length: 2000 }, word))).sort();
  for (let n = 0; n < 200; n++) {
    const query = word();
    for (const edits of [1, 2]) {
      const expected = terms.filter((term) => distance(query, term) <= edits);
      assert.deepEqual(engine.typos(terms, query, edits), expected, `${query} ${edits}`);
    }
  }
});

test("Chinese, Japanese and Korean text is split into words, with Intl.Segmenter or into pairs", () => {
  const docs = [
    { location: "zh/", title: "什么是缓存？", text: "<p>缓存保存昂贵计算的结果。</p>" },
    { location: "ja/", title: "キャッシュとは何ですか", text: "<p>Pythonのリストとタプルの違い。</p>" },
    { location: "ko/", title: "캐시란 무엇입니까?", text: "<p>서버는 결과를 저장합니다.</p>" }
  ];
  const config = { ...CONFIG, lang: ["zh"], pipeline: [] };
  const withSegmenter = engine.buildIndex({ config, docs });
  assert.deepEqual(locations(engine.search(withSegmenter, "缓存")), [["zh/"]]);
  assert.match(first(engine.search(withSegmenter, "缓存")).title, /<mark>缓存<\/mark>/);
  assert.deepEqual(locations(engine.search(withSegmenter, "リスト")), [["ja/"]]);
  assert.deepEqual(locations(engine.search(withSegmenter, "python")), [["ja/"]]);
  assert.deepEqual(locations(engine.search(withSegmenter, "서버")), [["ko/"]]);
  const segmenter = Intl.Segmenter;
  Intl.Segmenter = undefined;
  try {
    assert.deepEqual(engine.words("缓存保存").map((w) => w.term), ["缓存", "存保", "保存"]);
    const pairs = engine.buildIndex({ config, docs });
    assert.deepEqual(locations(engine.search(pairs, "缓存")), [["zh/"]]);
    assert.deepEqual(locations(engine.search(pairs, "保存结果")).flat(), ["zh/"]);
    assert.deepEqual(locations(engine.search(pairs, "서버")), [["ko/"]]);
  } finally {
    Intl.Segmenter = segmenter;
  }
});

test("the site's language picks the stemmer: German words meet, none for a language without one", () => {
  const docs = [
    { location: "de/", title: "Kind", text: "<p>Zwischenspeicherung</p>" },
    { location: "en/", title: "Caching", text: "<p>words</p>" }
  ];
  const german = engine.buildIndex({ config: { ...CONFIG, lang: ["de"], pipeline: [] }, docs });
  assert.deepEqual(locations(engine.search(german, "kindern")), [["de/"]]);
  assert.deepEqual(engine.search(german, "cache").items, []); // "caching" is not a German word form of "cache"
  const english = engine.buildIndex({ config: CONFIG, docs });
  assert.deepEqual(locations(engine.search(english, "cache")), [["en/"]]);
  assert.deepEqual(engine.search(english, "kindern").items, []);
  const chinese = engine.buildIndex({ config: { ...CONFIG, lang: ["zh"], pipeline: [] }, docs });
  assert.deepEqual(engine.search(chinese, "cache").items, []);
  // The page's language (theme.language, sent by search-config.js) wins over the search plugin's lang.
  const site = (language) => engine.buildIndex({ config: CONFIG, docs, language });
  assert.deepEqual(locations(engine.search(site("de"), "kindern")), [["de/"]]);
  assert.deepEqual(engine.search(site("zh"), "cache").items, []);
  assert.deepEqual(locations(engine.search(site(""), "cache")), [["en/"]]);
});

test("stemmerAlgorithm names the one stemmer script the worker loads, by the same language buildIndex uses", () => {
  assert.equal(engine.stemmerAlgorithm({ config: CONFIG }), "english");
  assert.equal(engine.stemmerAlgorithm({ config: { ...CONFIG, lang: ["de"] } }), "german");
  assert.equal(engine.stemmerAlgorithm({ config: CONFIG, language: "pt-BR" }), "portuguese");
  assert.equal(engine.stemmerAlgorithm({ config: CONFIG, language: "zh" }), null);
  assert.equal(engine.stemmerAlgorithm({ config: { lang: ["zh", "en"] } }), "english");
  assert.equal(engine.stemmerAlgorithm({}), "english");
  const docs = [{ location: "a/", title: "Kind", text: "<p>x</p>" }];
  assert.equal(engine.buildIndex({ config: CONFIG, docs, language: "de" }).algorithm, "german");
  assert.equal(engine.buildIndex({ config: CONFIG, docs, language: "ja" }).algorithm, null);
});

test("each language's stemmer script (tools/split_stemmers.py) stems as the whole vendored file does", () => {
  const fs = require("node:fs");
  const path = require("node:path");
  const vm = require("node:vm");
  const folder = path.join(__dirname, "../../overrides/assets/qa/vendor/snowball-stemmers");
  const whole = require(path.join(folder, "snowball-stemmers.js"));
  const words = (
    "caching cached caches indexes indexing balancer balancing authorization running generously nationalities " +
    "häuser kindern zwischenspeicherung nationalités mangeaient работа работающих çalışmalar kitaplarımızdan " +
    "trabajando cantaremos hyödyllisiä városokban ciudades mångfaldigheter tietokannoissa குழந்தைகள் كاتبون"
  ).split(" ");
  const seen = [];
  for (const name of whole.algorithms()) {
    // As the worker runs it: a classic script that defines the global snowballFactory.
    const scope = {};
    vm.runInNewContext(fs.readFileSync(path.join(folder, `${name}.js`), "utf8"), scope);
    assert.equal(scope.snowballFactory.algorithms().join(), name);
    const one = scope.snowballFactory.newStemmer(name);
    const all = whole.newStemmer(name);
    for (const word of words) assert.equal(one.stem(word), all.stem(word), `${name}: ${word}`);
    seen.push(name);
  }
  assert.equal(seen.length, 24);
});

test("a section of a highlighted group is highlighted too, even when it ranks below later groups", () => {
  const docs = [
    { location: "a/", title: "Zebra a", text: "<p>zebra zebra zebra</p>" },
    { location: "a/#more", title: "More", text: "<p>one zebra</p>" },
    { location: "b/", title: "Zebra b", text: "<p>zebra zebra</p>" }
  ];
  const result = engine.search(engine.buildIndex({ config: CONFIG, docs }), "zebra", 1);
  assert.deepEqual(locations(result), [["a/", "a/#more"], ["b/"]]);
  assert.deepEqual(
    result.items.map((group) => group.map((item) => [item.text, item.pending])),
    [[["<mark>zebra</mark> <mark>zebra</mark> <mark>zebra</mark>", undefined], ["one <mark>zebra</mark>", undefined]], [["", true]]]
  );
});

test("only the first groups are highlighted; highlight() does the others on demand", () => {
  const docs = ["a", "b", "c"].map((name, i) => ({ location: `${name}/`, title: `Zebra ${name}`, text: `<p>zebra ${"zebra ".repeat(3 - i)}</p>` }));
  const built = engine.buildIndex({ config: CONFIG, docs });
  const result = engine.search(built, "zebra", 1);
  assert.deepEqual(locations(result), [["a/"], ["b/"], ["c/"]]);
  assert.equal(result.items[0][0].title, "<mark>Zebra</mark> a");
  assert.equal(result.items[0][0].pending, undefined);
  assert.deepEqual(
    result.items.slice(1).map((group) => [group[0].title, group[0].text, group[0].pending, group[0].terms]),
    [
      ["Zebra b", "", true, { zebra: true }],
      ["Zebra c", "", true, { zebra: true }]
    ]
  );
  const filled = engine.highlight(built, "zebra", ["c/"]);
  assert.deepEqual(filled.map((item) => [item.location, item.title, item.text]), [["c/", "<mark>Zebra</mark> c", "<mark>zebra</mark> <mark>zebra</mark>"]]);
  assert.equal(engine.search(built, "zebra").items[2][0].pending, undefined);
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

// buildIndex reads a field in one pass (fieldTerms); fieldText then terms is the plain way, which
// it must match term for term, in order.
const fs = require("node:fs");
const path = require("node:path");
const TRAPS = [
  "What’s What's whats WHAT’S it‘s ʼtwas ＇quoted＇ don't'",
  "functools.lru_cache line.rstrip(\"\\n\") os.path.join() __init__ _private snake_case_name a.b-c.d",
  "a == b, x != y -> z ** 2 <= 3 >= 4 && || ... -- --- ==> (==) [->] \"!=\" :: @@ ++",
  "emoji 🚀 launch🚀 🚀🚀 ❤️ 👍🏽 thumbs👍🏽up",
  "numbers 42 3.14 1,000 10% -5 +7 0x1F 1e10 v2.0.1 (42) [7]. \"9\"!",
  "accents café naïve résumé Ångström São Paulo İstanbul ΣΊΣΥΦΟΣ ὈΔΥΣΣΕΎΣ straße Kelvin K",
  "CJK 中文分词 日本語のテキスト 한국어 텍스트 mixed中文text カタカナ",
  "astral 𝐀𝐁𝐂 math 𝑥 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 deseret 𐐷𐐨",
  "spaces\u00a0nbsp\u2003em\u3000ideographic\u200bzero-width\ufeffbom\tTab\nNew\r\nLine\u2028sep\u0085nel",
  "(caching) [redis] \"quoted\" end. end, end; end: end! end? (nested)). ((double)) \"(mixed)\"",
  "<p>Block</p><p>tags</p>part words<li>list</li>item<br>break<br/>x<hr>y",
  "in<code>line</code>code a<b>b</b>c <em>em</em>phasis word<strong>strong</strong>",
  "<a href=\"x y\">spans space</a>and<img alt=\"a b\" src=x>after <span\nclass=\"z\">nl</span>",
  "a<b<c>d e<p<b>f g<b>h<p>i <<double>> <p a=\"<\">q</p> r<",
  "lone < and > and a<b and x>y and <p and </p and <> and </> end<",
  "entities &amp; &lt;tag&gt; &quot;q&quot; &#39;s &#x27;s &hellip; &nbsp;nb &bogus; &#0; &#x110000; &am<b>p;",
  "UPPER lower MiXeD ÀÉÎ ﬁligature ǅ title-case ŉ",
  "final sigma ΟΔΟΣ\ufeffΑΒ ΟΣ\ufeffǅ &#65;ΟΣ\ufeffΑ: U+FEFF parts words and is case-ignorable",
  "",
  "   ",
  "<p></p><pre><code>def f(x):\n    return x ** 2\n</code></pre><table><tr><td>a|b</td><td>c</td></tr></table>"
];

test("the one-pass reading of a field gives the terms fieldText and terms give, on real and awkward text", () => {
  const checked = (name, value) => {
    assert.deepEqual(engine.fieldTerms(name, value), engine.fieldTermsPlain(name, value), `${name}: ${JSON.stringify(value)}`);
  };
  const site = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "search", "search_index.json"), "utf8"));
  for (const doc of site.docs) for (const name of ["title", "text", "tags"]) if (doc[name] != null) checked(name, doc[name]);
  const banks = path.join(__dirname, "..", "banks");
  const texts = [...TRAPS];
  for (const file of fs.readdirSync(banks).sort()) texts.push(fs.readFileSync(path.join(banks, file), "utf8"));
  texts.push(fs.readFileSync(path.join(__dirname, "..", "..", "docs", "topics", "backend-interview-questions.md"), "utf8"));
  for (const text of texts) {
    checked("text", text);
    checked("title", text);
    checked("tags", text.split(/\s+/));
  }
  // Random text from the pieces that matter to the reading: tags, entities, punctuation, spaces.
  const pieces = ["a", "Zz", "42", "é", "中文", "𝐀", "’", "'", "_", ".", "-", "(", ")", "[", "]", '"', ",", "!", "?", ":",
    "=", ">", "<", "<p>", "</p>", "<b>", "</b>", "<br/>", "<a href='x y'>", "&amp;", "&lt;", "&#39;", "&", ";", " ", "  ",
    "\n", "\u00a0", "\u3000", "\t", "Σ", "İ", "K", "<li", "p>", "<<", ">>", "\ufeff", "ΟΣ", "ǅ", "&#65;"];
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let n = 0; n < 3000; n++) {
    const text = Array.from({ length: 1 + Math.floor(random() * 14) }, () => pieces[Math.floor(random() * pieces.length)]).join("");
    checked("text", text);
    checked("title", text);
  }
});

test("titles and tags of results not highlighted yet are escaped as the others are", () => {
  const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  for (const text of [...TRAPS, "Plain title", "Title  with two spaces", " lead", "trail ", "a\u00a0b", "List&lt;T&gt;", "x < y", 'say "hi"', "<b>bold</b>", "vector<int>"]) {
    assert.equal(engine.shownTitle(text), escape(engine.plainText(text)), JSON.stringify(text));
    assert.equal(engine.shownTag(text), escape(engine.tagText(text)), JSON.stringify(text));
  }
});
