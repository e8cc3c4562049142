/* Holds the browser's index build to the site build's prebuilt index (tests/test_search_prebuilt.py).
 *
 *   node tests/search/compare_prebuilt.js SEARCH_INDEX_JSON PREBUILT_BIN [QUERY ...]
 *
 * Builds the index of the search_index.json as the search worker does (buildIndex), loads the
 * prebuilt file (loadIndex) and prints, as JSON: whether the file was loaded, the terms and
 * postings of each, the first difference between them (a term, its documents, their scores to
 * the last bit, their fields) or null, and for each query whether the two give the same results.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const engine = require(path.join(__dirname, "..", "..", "overrides", "assets", "qa", "search-engine.js"));

const [jsonPath, binPath, ...queries] = process.argv.slice(2);
const json = JSON.parse(fs.readFileSync(jsonPath, "utf8"));
const zlib = require("zlib");
const packed = fs.readFileSync(binPath);
const file = packed[0] === 0x1f && packed[1] === 0x8b ? zlib.gunzipSync(packed) : packed;
const setup = { config: json.config, docs: json.docs, language: "en" };
const built = engine.buildIndex(setup);
const loaded = engine.loadIndex(setup, file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));

function postingsOf(index, term) {
  const number = index.numberOf(term);
  const out = [];
  for (let i = index.starts[number]; i < index.starts[number + 1]; i++)
    out.push([index.postingIds[i], index.postingScores[i], index.postingBits[i]]);
  return out;
}

function firstDifference() {
  const parent = built.docs.findIndex((doc, i) => doc.parent !== loaded.docs[i].parent);
  if (built.docs.length !== loaded.docs.length || parent >= 0)
    return { documents: "differ", at: parent, built: built.docs.length, loaded: loaded.docs.length };
  if (built.terms.length !== loaded.terms.length || built.terms.some((term, i) => term !== loaded.terms[i])) {
    const i = built.terms.findIndex((term, i) => term !== loaded.terms[i]);
    return { terms: "differ", at: i, built: built.terms.slice(Math.max(0, i - 2), i + 3), loaded: loaded.terms.slice(Math.max(0, i - 2), i + 3) };
  }
  for (const term of built.terms) {
    const a = postingsOf(built, term);
    const b = postingsOf(loaded, term);
    const same = a.length === b.length && a.every((p, i) => p[0] === b[i][0] && Object.is(p[1], b[i][1]) && p[2] === b[i][2]);
    if (!same) return { term, built: a.slice(0, 5), loaded: b.slice(0, 5) };
  }
  return null;
}

const out = { loaded: Boolean(loaded), terms: built.terms.length, postings: built.postingIds.length };
if (loaded) {
  out.loadedTerms = loaded.terms.length;
  out.loadedPostings = loaded.postingIds.length;
  out.difference = firstDifference();
  out.queries = queries.map((query) => ({
    query,
    same: JSON.stringify(engine.search(built, query)) === JSON.stringify(engine.search(loaded, query)),
    results: engine.search(built, query).items.length
  }));
}
process.stdout.write(JSON.stringify(out) + "\n");
