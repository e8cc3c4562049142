/* Full-text search for Material's search box. Pure functions: no DOM, no worker.
 *
 * Material's own worker builds a lunr index of every page on every full page
 * load: 1.2 s before the first result at 10,000 questions on a 2-CPU machine
 * (bench/site_benchmark.py). This engine takes the same search_index.json
 * (config, docs) and answers the same queries with an inverted index that
 * builds in a fraction of that: one pass over each document's words, no
 * per-word position records, no lunr pipeline objects.
 *
 * What it keeps from Material and lunr:
 * - the fields and their boosts (title 1000, text 1, tags 1000000 by default)
 *   and BM25 scores without length normalisation (lunr's b = 0, k1 = 1.2);
 * - the separator of the search plugin's config, English stop words when the
 *   pipeline has stopWordFilter (no stemmer: Material removes it by default);
 * - every term matches as a prefix (Material appends "*"), "+term" is
 *   required, "-term" excluded, "a phrase" requires each word, "title:term"
 *   searches one field, a leading "*" matches word endings;
 * - Material's ranking (a page above its sections, documents that match more
 *   terms first), results grouped by page, <mark> around matched words, a
 *   teaser of at most two matching blocks of text, missing terms, suggestions.
 *
 * buildIndex(setup) takes the SETUP message's data ({config, docs, options});
 * search(index, query) returns the RESULT message's data ({items, suggest}).
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else (root.qa = root.qa || {}).searchEngine = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  // lunr's English stop words (lunr.stopWordFilter), which Material keeps by default.
  var STOP_WORDS = new Set(
    (
      "a able about across after all almost also am among an and any are as at be because been but by can " +
      "cannot could dear did do does either else ever every for from get got had has have he her hers him his " +
      "how however i if in into is it its just least let like likely may me might most must my neither no nor " +
      "not of off often on only or other our own rather said say says she should since so some than that the " +
      "their them then there these they this tis to too twas us wants was we were what when where which while " +
      "who whom why will with would yet you your"
    ).split(" ")
  );
  var DEFAULT_FIELDS = { title: { boost: 1000 }, text: { boost: 1 }, tags: { boost: 1000000 } };
  var K1 = 1.2;
  var TEASER_BLOCKS = 2; // as Material: at most two blocks of text around the matches
  var TEASER_CHARS = 320; // longer blocks (code, long paragraphs) are cut around the first match

  var REQUIRED = "required";
  var OPTIONAL = "optional";
  var PROHIBITED = "prohibited";

  // -- text -------------------------------------------------------------------------------------

  var BLOCK_TAG =
    /<\/?(?:p|li|ul|ol|dl|dt|dd|pre|table|thead|tbody|tfoot|tr|td|th|caption|h[1-6]|blockquote|div|details|summary|figure|figcaption|section|article|aside|nav|header|footer|hr|br)\b[^>]*>/gi;
  var TAG = /<[^>]*>/g;
  var ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+[0-9]*);/gi;
  var NAMED_ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", hellip: "\u2026" };
  var WORD_CHARACTER = /[\p{L}\p{N}]/u;

  function decodeEntities(text) {
    return text.replace(ENTITY, function (entity, name) {
      if (name[0] === "#") {
        var code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : entity;
      }
      var named = NAMED_ENTITIES[name.toLowerCase()];
      return named === undefined ? entity : named;
    });
  }

  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  // The text of an HTML fragment (a title).
  function plainText(html) {
    return decodeEntities(String(html).replace(TAG, "")).replace(/\s+/g, " ").trim();
  }

  // A tag: plain text in search_index.json (the search plugin writes the page's tags as they
  // are), so "vector<int>" is a tag to show as written, never markup.
  function tagText(tag) {
    return String(tag).replace(/\s+/g, " ").trim();
  }

  // The blocks of an HTML text (paragraphs, list items, cells, code), as plain text.
  function textBlocks(html) {
    return String(html)
      .split(BLOCK_TAG)
      .map(plainText)
      .filter(function (block) {
        return block.length > 0;
      });
  }

  function isWordCharacter(ch) {
    var code = ch.charCodeAt(0);
    if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    return WORD_CHARACTER.test(ch);
  }

  // [from, to) of a word without the punctuation around it; from === to: no word.
  function trimmedBounds(word) {
    var from = 0;
    var to = word.length;
    while (from < to && !isWordCharacter(word[from])) from++;
    while (to > from && !isWordCharacter(word[to - 1])) to--;
    return [from, to];
  }

  // The words of a plain text: [{term, start, end}], lower-cased, punctuation trimmed.
  function words(text, separator) {
    var out = [];
    var last = 0;
    var match;
    separator.lastIndex = 0;
    while ((match = separator.exec(text)) !== null) {
      addWord(text, last, match.index, out);
      last = match.index + match[0].length;
      if (match[0].length === 0) separator.lastIndex++;
    }
    addWord(text, last, text.length, out);
    return out;
  }

  function addWord(text, start, end, out) {
    var bounds = trimmedBounds(text.slice(start, end));
    if (bounds[0] === bounds[1]) return;
    out.push({ term: text.slice(start + bounds[0], start + bounds[1]).toLowerCase(), start: start + bounds[0], end: start + bounds[1] });
  }

  // The terms of a plain text, as words() finds them, without their places: for indexing.
  function terms(text, separator) {
    var out = [];
    var parts = text.toLowerCase().split(separator);
    for (var i = 0; i < parts.length; i++) {
      var part = parts[i];
      if (!part) continue;
      if (isWordCharacter(part[0]) && isWordCharacter(part[part.length - 1])) out.push(part);
      else {
        var bounds = trimmedBounds(part);
        if (bounds[0] < bounds[1]) out.push(part.slice(bounds[0], bounds[1]));
      }
    }
    return out;
  }

  // -- index --------------------------------------------------------------------------------------

  function separatorOf(config) {
    try {
      return new RegExp(config.separator || "[\\s\\-]+", "g");
    } catch (error) {
      return /[\s\-]+/g;
    }
  }

  function fieldText(name, value) {
    if (Array.isArray(value)) return value.map(tagText).join(" ");
    if (name !== "text") return plainText(value);
    var text = String(value).replace(BLOCK_TAG, " ").replace(TAG, "");
    return text.indexOf("&") >= 0 ? decodeEntities(text) : text;
  }

  // Adds a document's term frequencies in one field to the postings; a document's
  // fields add up in its one posting per term.
  function addPosting(postings, id, boost, bit) {
    return function (tf, term) {
      var score = (boost * tf * (K1 + 1)) / (tf + K1);
      var posting = postings.get(term);
      if (!posting) postings.set(term, (posting = { ids: [], scores: [], fields: [] }));
      var last = posting.ids.length - 1;
      if (last >= 0 && posting.ids[last] === id) {
        posting.scores[last] += score;
        posting.fields[last] |= bit;
      } else {
        posting.ids.push(id);
        posting.scores.push(score);
        posting.fields.push(bit);
      }
    };
  }

  function buildIndex(setup) {
    var config = setup.config || {};
    var fields = config.fields && Object.keys(config.fields).length ? config.fields : DEFAULT_FIELDS;
    var names = Object.keys(fields);
    var separator = separatorOf(config);
    var languages = config.lang || ["en"];
    var stopWords = (config.pipeline || []).indexOf("stopWordFilter") >= 0 && languages.indexOf("en") >= 0;
    var docs = [];
    var byLocation = new Map();
    var postings = new Map();

    var boosts = names.map(function (name) {
      return fields[name] && typeof fields[name].boost === "number" ? fields[name].boost : 1;
    });
    var counts = new Map();
    var all = setup.docs || [];
    for (var id = 0; id < all.length; id++) {
      var raw = all[id];
      var location = String(raw.location);
      var page = location.split("#")[0];
      // As Material: the first document of a page is the page, later ones are its sections.
      var parent = byLocation.has(page) ? byLocation.get(page) : -1;
      byLocation.set(parent === -1 ? page : location, id);
      docs.push({ raw: raw, parent: parent });
      var boost = typeof raw.boost === "number" ? raw.boost : 1;
      for (var bit = 0; bit < names.length; bit++) {
        var value = raw[names[bit]];
        if (value === undefined || value === null) continue;
        counts.clear();
        var found = terms(fieldText(names[bit], value), separator);
        for (var i = 0; i < found.length; i++) {
          if (stopWords && STOP_WORDS.has(found[i])) continue;
          counts.set(found[i], (counts.get(found[i]) || 0) + 1);
        }
        counts.forEach(addPosting(postings, id, boost * boosts[bit], 1 << bit));
      }
    }

    return {
      docs: docs,
      byLocation: byLocation,
      postings: postings,
      terms: Array.from(postings.keys()).sort(),
      fields: names,
      separator: separator,
      stopWords: stopWords,
      suggest: Boolean(setup.options && setup.options.suggest)
    };
  }

  // -- query --------------------------------------------------------------------------------------

  // Clauses of a query, as Material's transformSearchQuery and lunr's parser read it.
  function parseQuery(query, index) {
    var text = String(query)
      .trim()
      .split(/"([^"]+)"/g)
      .map(function (part, i) {
        return i % 2 ? part.replace(/^\b|^(?![^\x00-\x7F]|$)|\s+/g, " +") : part;
      })
      .join("")
      .replace(/"|(?:^|\s+)[*+\-:^~]+(?=\s+|$)/g, "");
    var clauses = [];
    var seen = new Set();
    text.split(/\s+/).forEach(function (token) {
      var match = /^([+-]?)(?:([a-z]+):(?=.))?(.*)$/.exec(token);
      var presence = match[1] === "+" ? REQUIRED : match[1] === "-" ? PROHIBITED : OPTIONAL;
      var field = match[2] && index.fields.indexOf(match[2]) >= 0 ? match[2] : null;
      var rest = (field ? match[3] : (match[2] ? match[2] + " " : "") + match[3]).replace(/[~^][0-9]*$/, "");
      var suffix = /^\*/.test(rest);
      words(rest.replace(/^\*+|\*+$/g, ""), index.separator).forEach(function (word) {
        var term = word.term.replace(/\*/g, "");
        if (!term || (index.stopWords && STOP_WORDS.has(term))) return;
        var key = [presence, field, suffix, term].join("\u0000");
        if (seen.has(key)) return;
        seen.add(key);
        clauses.push({ term: term, presence: presence, field: field, suffix: suffix });
      });
    });
    return clauses;
  }

  function firstAtLeast(sorted, value) {
    var low = 0;
    var high = sorted.length;
    while (low < high) {
      var middle = (low + high) >>> 1;
      if (sorted[middle] < value) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  // The indexed terms a clause matches: those starting (or with "*term", ending) with it.
  function expand(index, clause) {
    if (clause.suffix)
      return index.terms.filter(function (term) {
        return term.endsWith(clause.term);
      });
    var out = [];
    for (var i = firstAtLeast(index.terms, clause.term); i < index.terms.length; i++) {
      if (!index.terms[i].startsWith(clause.term)) break;
      out.push(index.terms[i]);
    }
    return out;
  }

  function matches(clause, term) {
    return clause.suffix ? term.endsWith(clause.term) : term.startsWith(clause.term);
  }

  // Documents a clause matches, with their score for it.
  function clauseHits(index, clause) {
    var hits = new Map();
    var total = index.docs.length;
    var bit = clause.field ? 1 << index.fields.indexOf(clause.field) : -1;
    expand(index, clause).forEach(function (term) {
      var posting = index.postings.get(term);
      var count = posting.ids.length;
      var idf = Math.log(1 + Math.abs((total - count + 0.5) / (count + 0.5)));
      for (var i = 0; i < count; i++) {
        if (!(posting.fields[i] & bit)) continue;
        var id = posting.ids[i];
        hits.set(id, (hits.get(id) || 0) + idf * posting.scores[i]);
      }
    });
    return hits;
  }

  // -- results ------------------------------------------------------------------------------------

  function markWords(text, separator, clauses) {
    var out = "";
    var last = 0;
    var marked = false;
    words(text, separator).forEach(function (word) {
      for (var c = 0; c < clauses.length; c++) {
        if (matches(clauses[c], word.term)) {
          out += escapeHtml(text.slice(last, word.start)) + "<mark>" + escapeHtml(text.slice(word.start, word.end));
          out += "</mark>";
          last = word.end;
          marked = true;
          return;
        }
      }
    });
    return { html: out + escapeHtml(text.slice(last)), marked: marked };
  }

  function cutAroundFirstMatch(block, separator, clauses) {
    if (block.length <= TEASER_CHARS) return block;
    var found = words(block, separator).find(function (word) {
      return clauses.some(function (clause) {
        return matches(clause, word.term);
      });
    });
    var start = Math.max(0, (found ? found.start : 0) - TEASER_CHARS / 4);
    var end = Math.min(block.length, start + TEASER_CHARS);
    return (start > 0 ? "\u2026" : "") + block.slice(start, end) + (end < block.length ? "\u2026" : "");
  }

  // A quick test for blocks that may hold a match: the clause terms anywhere, case-insensitive.
  function mayMatch(clauses) {
    var escaped = clauses.map(function (clause) {
      return clause.term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    });
    return new RegExp(escaped.join("|"), "i");
  }

  function teaser(html, separator, clauses, candidate) {
    var out = [];
    var blocks = String(html).split(BLOCK_TAG);
    for (var i = 0; i < blocks.length && out.length < TEASER_BLOCKS; i++) {
      if (!candidate.test(blocks[i])) continue;
      var block = plainText(blocks[i]);
      var marked = markWords(block, separator, clauses);
      if (!marked.marked) continue;
      if (block.length > TEASER_CHARS) marked = markWords(cutAroundFirstMatch(block, separator, clauses), separator, clauses);
      out.push(marked.html);
    }
    return out.join(" \u2026 ");
  }

  function highlighted(index, doc, result, candidate) {
    var raw = doc.raw;
    var clauses = result.clauses;
    var item = { location: raw.location, title: markWords(plainText(raw.title || ""), index.separator, clauses).html };
    item.text = teaser(raw.text || "", index.separator, clauses, candidate);
    if (Array.isArray(raw.tags))
      item.tags = raw.tags.map(function (tag) {
        return markWords(tagText(tag), index.separator, clauses).html;
      });
    item.score = result.score;
    item.terms = result.terms;
    return item;
  }

  // A page listed for its matching sections: Material shows title, text and tags as HTML, so
  // they are escaped text here as in every other result, never the index's HTML or raw tags.
  function unmatched(doc) {
    var raw = doc.raw;
    var text = textBlocks(raw.text || "").slice(0, TEASER_BLOCKS).map(escapeHtml).join(" \u2026 ");
    var item = { location: raw.location, title: escapeHtml(plainText(raw.title || "")), text: text };
    if (Array.isArray(raw.tags))
      item.tags = raw.tags.map(function (tag) {
        return escapeHtml(tagText(tag));
      });
    item.score = 0;
    item.terms = {};
    return item;
  }

  function titleSuggestion(index, ranked, clauses) {
    for (var r = 0; r < ranked.length; r++) {
      var titleWords = words(plainText(index.docs[ranked[r].id].raw.title || ""), index.separator);
      var found = [];
      var complete = clauses.every(function (clause) {
        var word = titleWords.find(function (candidate) {
          return matches(clause, candidate.term);
        });
        if (word) found.push(word.term);
        return Boolean(word);
      });
      if (complete) return found;
    }
    return [];
  }

  function search(index, query) {
    if (!index) return { items: [] };
    var clauses = parseQuery(query, index);
    var positive = clauses.filter(function (clause) {
      return clause.presence !== PROHIBITED;
    });
    if (positive.length === 0) return { items: [] };

    clauses.forEach(function (clause) {
      clause.hits = clauseHits(index, clause);
    });
    var required = positive.filter(function (clause) {
      return clause.presence === REQUIRED;
    });
    var candidates = new Set();
    (required.length ? required.slice(0, 1) : positive).forEach(function (clause) {
      clause.hits.forEach(function (_, id) {
        candidates.add(id);
      });
    });

    var ranked = [];
    candidates.forEach(function (id) {
      for (var c = 0; c < clauses.length; c++) {
        var hit = clauses[c].hits.has(id);
        if (clauses[c].presence === REQUIRED ? !hit : clauses[c].presence === PROHIBITED && hit) return;
      }
      var score = 0;
      var terms = {};
      var found = [];
      positive.forEach(function (clause) {
        var hit = clause.hits.get(id);
        if (hit !== undefined) {
          score += hit;
          found.push(clause);
        }
        terms[clause.term] = terms[clause.term] === true || hit !== undefined;
      });
      var keys = Object.keys(terms);
      var matched = keys.filter(function (term) {
        return terms[term];
      }).length;
      // Material's ranking: pages above their sections, more query terms matched first.
      var boost = (index.docs[id].parent === -1 ? 1 : 0) + matched / keys.length;
      ranked.push({ id: id, score: score * (1 + boost * boost), terms: terms, clauses: found });
    });
    ranked.sort(function (a, b) {
      return b.score - a.score || a.id - b.id;
    });

    var groups = new Map();
    var candidate = mayMatch(positive);
    ranked.forEach(function (result) {
      var doc = index.docs[result.id];
      var page = doc.parent === -1 ? result.id : doc.parent;
      if (!groups.has(page)) groups.set(page, []);
      groups.get(page).push(highlighted(index, doc, result, candidate));
    });
    var items = [];
    groups.forEach(function (group, page) {
      if (!group.some(function (item) { return item.location === index.docs[page].raw.location; }))
        group.push(unmatched(index.docs[page]));
      items.push(group);
    });

    var result = { items: items };
    if (index.suggest) result.suggest = titleSuggestion(index, ranked, positive);
    return result;
  }

  return {
    STOP_WORDS: STOP_WORDS,
    plainText: plainText,
    tagText: tagText,
    textBlocks: textBlocks,
    words: words,
    buildIndex: buildIndex,
    parseQuery: parseQuery,
    search: search
  };
});
