/* Search results, cheap to copy from the search worker to the page.
 *
 * A broad query at 50,000 questions has 50,000 results, and Material wants
 * them all in one RESULT message: {items: [[item, ...], ...]}, a group per
 * page, each item {location, title, text, tags, score, terms, pending}. The
 * structured copy of so many small objects cost more than the search itself
 * (74 ms against 35 ms in node for `synthetic`), once in the worker and once
 * on the page. Past the first groups (the ones the worker highlighted) every
 * item is "pending" and alike, so the worker sends those as columns (compact:
 * arrays of locations, titles and scores, and numbers into tables of the
 * shared tag lists and terms), and search-config.js turns them back into
 * Material's items before Material reads the message (expand).
 *
 * Loaded by search-worker.js (importScripts) and by the page before
 * search-config.js (overrides/main.html); node's tests require it.
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else (root.qa = root.qa || {}).searchResults = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  // An item search-engine.js's pending() made: {location, title, text: "", tags?, score, terms,
  // pending: true}, nothing else (tests/js/search-results.test.js holds the round trip equal).
  function isPending(item) {
    return item.pending === true && item.text === "";
  }

  // The result with its groups past the first `full` as columns (qaRest); the result as it is
  // when there are no more groups, or when one of them holds an item that is not pending.
  function compact(result, full) {
    var items = result && result.items;
    if (!items || items.length <= full) return result;
    var sizes = new Int32Array(items.length - full);
    var locations = [];
    var titles = [];
    var scores = [];
    var tags = [];
    var terms = [];
    var tagTable = [];
    var termTable = [];
    var tagNumbers = new Map(); // a shared list of tags (the engine's tagLists) → its number
    var termNumbers = new Map();
    for (var g = full; g < items.length; g++) {
      var group = items[g];
      sizes[g - full] = group.length;
      for (var k = 0; k < group.length; k++) {
        var item = group[k];
        if (!isPending(item)) return result;
        locations.push(item.location);
        titles.push(item.title);
        scores.push(item.score);
        var tag = -1;
        if (item.tags) {
          tag = tagNumbers.get(item.tags);
          if (tag === undefined) {
            tag = tagTable.push(item.tags) - 1;
            tagNumbers.set(item.tags, tag);
          }
        }
        tags.push(tag);
        var term = termNumbers.get(item.terms);
        if (term === undefined) {
          term = termTable.push(item.terms) - 1;
          termNumbers.set(item.terms, term);
        }
        terms.push(term);
      }
    }
    var out = {};
    for (var key in result) if (key !== "items") out[key] = result[key];
    out.items = items.slice(0, full);
    out.qaRest = {
      sizes: sizes,
      locations: locations,
      titles: titles,
      scores: Float64Array.from(scores),
      tags: Int32Array.from(tags),
      tagTable: tagTable,
      terms: Int32Array.from(terms),
      termTable: termTable
    };
    return out;
  }

  // A RESULT message's data with its columns back as Material's items, in place.
  function expand(data) {
    var rest = data && data.qaRest;
    if (!rest) return data;
    var items = data.items;
    var n = 0;
    for (var g = 0; g < rest.sizes.length; g++) {
      var group = new Array(rest.sizes[g]);
      for (var k = 0; k < group.length; k++, n++) {
        var item = { location: rest.locations[n], title: rest.titles[n], text: "" };
        if (rest.tags[n] >= 0) item.tags = rest.tagTable[rest.tags[n]];
        item.score = rest.scores[n];
        item.terms = rest.termTable[rest.terms[n]];
        item.pending = true;
        group[k] = item;
      }
      items.push(group);
    }
    delete data.qaRest;
    return data;
  }

  // How many results (groups) a RESULT message's data holds, compact or not.
  function count(data) {
    return data.items.length + (data.qaRest ? data.qaRest.sizes.length : 0);
  }

  return { compact: compact, expand: expand, count: count };
});
