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
 * - English stop words when the pipeline has stopWordFilter;
 * - every term matches as a prefix (Material appends "*"), "+term" is
 *   required, "-term" excluded, "a phrase" requires each word, "title:term"
 *   searches one field, a leading "*" matches word endings;
 * - Material's ranking (a page above its sections, documents that match more
 *   terms first), results grouped by page, <mark> around matched words, a
 *   teaser of at most two matching blocks of text, missing terms, suggestions.
 *
 * What it adds (issue 14):
 * - words: text splits at white space; a word is indexed whole and, when it
 *   holds punctuation, in parts ("functools.lru_cache": functools.lru_cache,
 *   functools, lru_cache, lru, cache); apostrophes inside a word are dropped
 *   ("What’s" and "What's" are "whats"); operators such as == are words;
 *   Chinese, Japanese and Korean text is split with Intl.Segmenter, or into
 *   character pairs where a browser has none. The search plugin's separator
 *   is not used: its default, [\s\-]+, cut -> and in-memory apart.
 * - word forms: the Snowball stemmer of the site's language
 *   (vendor/snowball-stemmers; setup.language, theme.language as
 *   search-config.js sends it, else the search plugin's config.lang), so cache
 *   finds caching; typos: a word of 5 letters or more matches words one edit
 *   away (two from 9 letters). Exact words score 1, prefix matches
 *   PREFIX_WEIGHT, same stem STEM_WEIGHT, typos TYPO_WEIGHT.
 * - only the first HIGHLIGHTED groups of results get marks and teasers, the
 *   ones Material shows first; highlight(index, query, locations) does the
 *   others when the list grows (search-config.js asks the worker for them).
 *
 * buildIndex(setup) takes the SETUP message's data ({config, docs, options});
 * search(index, query) returns the RESULT message's data ({items, suggest}).
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports)
    module.exports = factory(function () {
      return require("./vendor/snowball-stemmers/snowball-stemmers.js");
    });
  else
    (root.qa = root.qa || {}).searchEngine = factory(function () {
      return root.snowballFactory; // the site language's stemmer script, loaded by the worker when it knows it
    });
})(typeof self !== "undefined" ? self : this, function (snowballFactory) {
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
  var HIGHLIGHTED = 20; // result groups highlighted at once: Material shows 10, then 10 more per scroll

  var PREFIX_WEIGHT = 0.8;
  var STEM_WEIGHT = 0.5;
  var TYPO_WEIGHT = 0.25;
  var TYPO_MIN = 5; // letters for one edit
  var TYPO_TWO = 9; // letters for two edits

  // Snowball algorithm of each language code Material's search knows (config.lang).
  var STEMMERS = {
    ar: "arabic", hy: "armenian", eu: "basque", ca: "catalan", cs: "czech", da: "danish", nl: "dutch",
    en: "english", fi: "finnish", fr: "french", de: "german", hu: "hungarian", ga: "irish", it: "italian",
    no: "norwegian", nb: "norwegian", nn: "norwegian", pt: "portuguese", ro: "romanian", ru: "russian",
    sl: "slovene", es: "spanish", sv: "swedish", ta: "tamil", tr: "turkish"
  };

  var REQUIRED = "required";
  var OPTIONAL = "optional";
  var PROHIBITED = "prohibited";

  // -- text -------------------------------------------------------------------------------------

  var BLOCK_TAG =
    /<\/?(?:p|li|ul|ol|dl|dt|dd|pre|table|thead|tbody|tfoot|tr|td|th|caption|h[1-6]|blockquote|div|details|summary|figure|figcaption|section|article|aside|nav|header|footer|hr|br)\b[^>]*>/gi;
  var TAG = /<[^>]*>/g;
  var ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+[0-9]*);/gi;
  var NAMED_ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", hellip: "\u2026" };
  var WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
  var ASCII_WORD = /^[a-z0-9]+$/;
  var ASCII_WORD_IN_PUNCTUATION = /^[(["]*[a-z0-9]+[)\]".,;:!?]*$/;
  var ASCII_PUNCTUATION = /[()[\]".,;:!?]/g;
  var ASCII_DOTTED = /^[a-z0-9]+(?:[-.][a-z0-9]+)+$/;
  var NOT_ASCII = /[^\x00-\x7f]/;
  var CHUNK = /\S+/g;
  var APOSTROPHES = /['\u2018\u2019\u02bc\uff07]/g;
  var PART_SEPARATOR = /[^\p{L}\p{N}\p{M}_'\u2018\u2019\u02bc\uff07]+/gu;
  var UNDERSCORES = /_+/g;
  var INNER_PUNCTUATION = /[^\p{L}\p{N}\p{M}'\u2018\u2019\u02bc\uff07]/u;
  var OPERATOR = /^[=!<>+*/%&|^~:@-]{2,3}$/;
  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  var CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

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

  function normalise(word) {
    return word.toLowerCase().replace(APOSTROPHES, "");
  }

  // -- words --------------------------------------------------------------------------------------

  // A tokenizer for one language: words(text) gives [{term, start, end, part}] in text order, a
  // whole word before its parts (part: true); a word's parts lie inside it.
  function Tokenizer(language) {
    this.language = language || "en";
    this.segmenter = undefined;
  }

  // Intl.Segmenter (null where there is none), made when the first Chinese, Japanese or Korean
  // text comes: making one takes some 15 ms, a site without such text does not need it.
  Tokenizer.prototype.wordSegmenter = function () {
    if (this.segmenter !== undefined) return this.segmenter;
    this.segmenter = null;
    if (typeof Intl === "object" && typeof Intl.Segmenter === "function") {
      try {
        this.segmenter = new Intl.Segmenter(this.language, { granularity: "word" });
      } catch (error) {
        this.segmenter = null;
      }
    }
    return this.segmenter;
  };

  Tokenizer.prototype.words = function (text) {
    var out = [];
    var match;
    CHUNK.lastIndex = 0;
    while ((match = CHUNK.exec(text)) !== null) this.chunk(match[0], match.index, out);
    return out;
  };

  // The terms of a text without their places, the plain way: buildIndex reads fields in one pass
  // (scan), which the tests hold to these terms. Each chunk is lower-cased alone, as a query's
  // words are: a final sigma before U+FEFF (white space, but case-ignorable) stays final.
  Tokenizer.prototype.terms = function (text) {
    var out = [];
    var chunks = text.split(/\s+/);
    for (var i = 0; i < chunks.length; i++) if (chunks[i]) this.chunkTerms(chunks[i].toLowerCase(), out);
    return out;
  };

  Tokenizer.prototype.chunk = function (chunk, offset, out) {
    if (NOT_ASCII.test(chunk) && CJK.test(chunk)) return this.cjk(chunk, offset, out);
    var bounds = trimmedBounds(chunk);
    if (bounds[0] === bounds[1]) {
      var from = chunk.search(/[^([{"'\u201c\u2018]/);
      var operator = chunk.slice(from).replace(/[)\]}"'\u201d\u2019,.;?]+$/, "");
      if (from >= 0 && OPERATOR.test(operator) && !/^-+$/.test(operator))
        out.push({ term: operator, start: offset + from, end: offset + from + operator.length, part: false });
      return;
    }
    var word = chunk.slice(bounds[0], bounds[1]);
    var start = offset + bounds[0];
    out.push({ term: normalise(word), start: start, end: start + word.length, part: false });
    if (INNER_PUNCTUATION.test(word)) parts(word, start, out);
  };

  // Chinese, Japanese, Korean: the segmenter's words, or pairs of characters; other scripts
  // in the chunk as other words.
  Tokenizer.prototype.cjk = function (chunk, offset, out) {
    var segmenter = this.wordSegmenter();
    if (segmenter) {
      var segments = segmenter.segment(chunk);
      for (var segment of segments) {
        if (!segment.isWordLike) continue;
        if (CJK.test(segment.segment))
          out.push({ term: segment.segment.toLowerCase(), start: offset + segment.index, end: offset + segment.index + segment.segment.length, part: false });
        else this.chunk(segment.segment, offset + segment.index, out);
      }
      return;
    }
    var last = 0;
    var match;
    CJK_RUN.lastIndex = 0;
    while ((match = CJK_RUN.exec(chunk)) !== null) {
      if (match.index > last) this.chunk(chunk.slice(last, match.index), offset + last, out);
      var run = match[0];
      var at = offset + match.index;
      if (run.length === 1) out.push({ term: run, start: at, end: at + 1, part: false });
      for (var i = 0; i + 1 < run.length; i++) out.push({ term: run.slice(i, i + 2), start: at + i, end: at + i + 2, part: false });
      last = match.index + run.length;
    }
    if (last < chunk.length) this.chunk(chunk.slice(last), offset + last, out);
  };

  // The parts of a word with punctuation inside: split at punctuation, then at underscores.
  function parts(word, offset, out) {
    var split = splitWithPlaces(word, PART_SEPARATOR);
    for (var i = 0; i < split.length; i++) {
      var part = split[i];
      var bounds = trimmedBounds(part.text);
      if (bounds[0] === bounds[1]) continue;
      var text = part.text.slice(bounds[0], bounds[1]);
      var start = offset + part.start + bounds[0];
      if (split.length > 1) out.push({ term: normalise(text), start: start, end: start + text.length, part: true });
      if (text.indexOf("_") < 0) continue;
      var pieces = splitWithPlaces(text, UNDERSCORES);
      for (var j = 0; j < pieces.length; j++) {
        var piece = pieces[j];
        var inner = trimmedBounds(piece.text);
        if (inner[0] === inner[1]) continue;
        var at = start + piece.start + inner[0];
        out.push({ term: normalise(piece.text.slice(inner[0], inner[1])), start: at, end: at + inner[1] - inner[0], part: true });
      }
    }
  }

  function splitWithPlaces(text, pattern) {
    var out = [];
    pattern.lastIndex = 0;
    var last = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      if (match.index > last) out.push({ text: text.slice(last, match.index), start: last });
      last = match.index + match[0].length;
    }
    if (last < text.length) out.push({ text: text.slice(last), start: last });
    return out;
  }

  // -- word forms and typos -----------------------------------------------------------------------

  // The languages of an index: the site's (theme.language, sent by search-config.js) before the
  // search plugin's config.lang.
  function languagesOf(setup) {
    if (typeof setup.language === "string" && setup.language) return [setup.language];
    var config = setup.config || {};
    return Array.isArray(config.lang) && config.lang.length ? config.lang : ["en"];
  }

  // The Snowball algorithm of an index's language ("english"), null for none: the worker loads
  // vendor/snowball-stemmers/<algorithm>.js before buildIndex.
  function stemmerAlgorithm(setup) {
    var languages = languagesOf(setup);
    for (var i = 0; i < languages.length; i++) {
      var algorithm = STEMMERS[String(languages[i]).toLowerCase().split(/[-_]/)[0]];
      if (algorithm) return algorithm;
    }
    return null;
  }

  function stemmerFor(algorithm) {
    var snowball = snowballFactory();
    if (!algorithm || !snowball || typeof snowball.newStemmer !== "function") return null;
    return snowball.algorithms().indexOf(algorithm) >= 0 ? snowball.newStemmer(algorithm) : null;
  }

  function stemOf(index, term) {
    var stem = index.stems.get(term);
    if (stem === undefined) {
      stem = /^[\p{L}\p{M}]+$/u.test(term) ? index.stemmer.stem(term) : term;
      index.stems.set(term, stem);
    }
    return stem;
  }

  // The indexed terms with the stem of term: candidates share its first letters (stems only
  // cut and change endings), so only a short run of the sorted terms is stemmed.
  function sameStem(index, term) {
    if (!index.stemmer || term.length < 3) return [];
    var stem = stemOf(index, term);
    var prefix = term.slice(0, Math.max(3, Math.min(stem.length, term.length) - 1));
    var out = [];
    for (var i = firstAtLeast(index.terms, prefix); i < index.terms.length; i++) {
      var candidate = index.terms[i];
      if (!candidate.startsWith(prefix)) break;
      if (stemOf(index, candidate) === stem) out.push(candidate);
    }
    return out;
  }

  // The indexed terms at most `edits` edits (insert, delete, substitute, swap two neighbours) from
  // word: a walk of the sorted terms as a trie, one edit-distance row per letter, that skips
  // every term under a prefix already too far away.
  function typos(terms, word, edits) {
    var n = word.length;
    var rows = [new Int32Array(n + 1)];
    for (var j = 0; j <= n; j++) rows[0][j] = j;
    var out = [];
    var previous = "";
    var i = 0;
    while (i < terms.length) {
      var term = terms[i];
      var common = 0;
      var limit = Math.min(previous.length, term.length);
      while (common < limit && previous.charCodeAt(common) === term.charCodeAt(common)) common++;
      var depth = common;
      var pruned = false;
      for (; depth < term.length; depth++) {
        if (!rows[depth + 1]) rows[depth + 1] = new Int32Array(n + 1);
        var above = rows[depth];
        var row = rows[depth + 1];
        var ch = term.charCodeAt(depth);
        row[0] = depth + 1;
        var best = row[0];
        for (j = 1; j <= n; j++) {
          var cost = word.charCodeAt(j - 1) === ch ? 0 : 1;
          var value = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + cost);
          if (depth > 0 && j > 1 && ch === word.charCodeAt(j - 2) && term.charCodeAt(depth - 1) === word.charCodeAt(j - 1))
            value = Math.min(value, rows[depth - 1][j - 2] + 1);
          row[j] = value;
          if (value < best) best = value;
        }
        if (best > edits) {
          pruned = true;
          break;
        }
      }
      if (pruned) {
        i = firstAtLeast(terms, term.slice(0, depth + 1) + "\uffff", i + 1);
        previous = term.slice(0, depth);
        continue;
      }
      if (rows[term.length][n] <= edits) out.push(term);
      previous = term;
      i++;
    }
    return out;
  }

  // -- index --------------------------------------------------------------------------------------

  function fieldText(name, value) {
    if (Array.isArray(value)) return value.map(tagText).join(" ");
    if (name !== "text") return plainText(value);
    var text = String(value).replace(BLOCK_TAG, " ").replace(TAG, "");
    return text.indexOf("&") >= 0 ? decodeEntities(text) : text;
  }

  // A growable typed array: (kind, length), grown to twice its length when full.
  function grown(array, needed) {
    if (needed <= array.length) return array;
    var larger = new array.constructor(Math.max(needed, array.length * 2));
    larger.set(array);
    return larger;
  }

  // -- the words of an index, fast ---------------------------------------------------------------

  // A hash table of the index's terms, each numbered on first sight; a word of a field is looked up
  // by its place in the field's text, so the common word (letters and digits, maybe in brackets
  // or before a full stop) is never cut out of the text as a string of its own.
  function Vocabulary() {
    this.terms = []; // by number
    this.hashes = new Int32Array(1 << 12); // by number
    this.slots = new Int32Array(1 << 14); // 1 + number, 0: free
  }

  // FNV-1a over UTF-16 code units; a term's code units are lower case already.
  function hashOf(text) {
    var hash = FNV_OFFSET;
    for (var i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
    return hash;
  }

  // The number of text[from, to) lower-cased (ASCII letters only: the fast path's words are
  // ASCII), of hash `hash`, -1 when it has none yet.
  Vocabulary.prototype.find = function (text, from, to, hash) {
    var slots = this.slots;
    var mask = slots.length - 1;
    var length = to - from;
    for (var slot = hash & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      var number = slots[slot] - 1;
      if (this.hashes[number] !== hash) continue;
      var term = this.terms[number];
      if (term.length !== length) continue;
      var i = 0;
      while (i < length) {
        var code = text.charCodeAt(from + i);
        if (code >= 65 && code <= 90) code += 32;
        if (code !== term.charCodeAt(i)) break;
        i++;
      }
      if (i === length) return number;
    }
    return -1;
  };

  Vocabulary.prototype.add = function (term, hash) {
    var number = this.terms.length;
    this.terms.push(term);
    if (number >= this.hashes.length) {
      var hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[number] = hash;
    if (this.terms.length * 2 > this.slots.length) this.grow();
    else this.place(number);
    return number;
  };

  Vocabulary.prototype.place = function (number) {
    var slots = this.slots;
    var mask = slots.length - 1;
    var slot = this.hashes[number] & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = number + 1;
  };

  Vocabulary.prototype.grow = function () {
    this.slots = new Int32Array(this.slots.length * 2);
    for (var number = 0; number < this.terms.length; number++) this.place(number);
  };

  Vocabulary.prototype.number = function (term) {
    var hash = hashOf(term);
    var number = this.find(term, 0, term.length, hash);
    return number >= 0 ? number : this.add(term, hash);
  };

  Vocabulary.prototype.numberOfRange = function (text, from, to, hash) {
    var number = this.find(text, from, to, hash);
    return number >= 0 ? number : this.add(text.slice(from, to).toLowerCase(), hash);
  };

  function isSpace(code) {
    if (code < 128) return code === 32 || (code >= 9 && code <= 13);
    return (
      code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
      code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
    );
  }

  var BLOCK_TAG_AT = new RegExp(BLOCK_TAG.source.replace("[^>]*>", ""), "iy");

  // The terms of one white-space chunk, lower case.
  Tokenizer.prototype.chunkTerms = function (lower, out) {
    if (ASCII_WORD.test(lower)) out.push(lower);
    else if (ASCII_WORD_IN_PUNCTUATION.test(lower)) out.push(lower.replace(ASCII_PUNCTUATION, ""));
    else if (ASCII_DOTTED.test(lower)) {
      out.push(lower);
      Array.prototype.push.apply(out, lower.split(/[-.]/));
    } else {
      var found = [];
      this.chunk(lower, 0, found);
      for (var j = 0; j < found.length; j++) out.push(found[j].term);
    }
  };

  // The numbers of the terms of a field's value, in order, into out (cleared first): the terms
  // tokenizer.terms(fieldText(name, value)) gives, without cutting each out of the text. The text
  // field's HTML is read in place when it has no entities: a block tag (a paragraph, a cell) parts
  // words, another tag is dropped (a<code>b</code> is one word), as fieldText's two replaces do.
  function fieldNumbers(tokenizer, vocabulary, name, value, out) {
    out.length = 0;
    var text;
    var html = false;
    if (name === "text" && !Array.isArray(value)) {
      text = String(value);
      html = text.indexOf("&") < 0;
      if (!html) text = fieldText(name, value);
    } else text = fieldText(name, value);
    if (html && !scan(tokenizer, vocabulary, text, true, out)) {
      out.length = 0;
      scan(tokenizer, vocabulary, fieldText(name, value), false, out);
    } else if (!html) scan(tokenizer, vocabulary, text, false, out);
    return out;
  }

  // What each ASCII character is to the one-pass reading of a field.
  var K_OTHER = 0;
  var K_SPACE = 1;
  var K_LOWER = 2; // a-z, 0-9
  var K_UPPER = 3; // A-Z
  var K_LEAD = 4; // ( [ may come before a word
  var K_TRAIL = 5; // ) ] . , ; : ! ? after it
  var K_QUOTE = 6; // " before or after
  var K_TAG = 7; // <
  var KINDS = new Uint8Array(128);
  (function () {
    var code;
    for (code = 9; code <= 13; code++) KINDS[code] = K_SPACE;
    KINDS[32] = K_SPACE;
    for (code = 48; code <= 57; code++) KINDS[code] = K_LOWER;
    for (code = 97; code <= 122; code++) KINDS[code] = K_LOWER;
    for (code = 65; code <= 90; code++) KINDS[code] = K_UPPER;
    "([".split("").forEach(function (ch) {
      KINDS[ch.charCodeAt(0)] = K_LEAD;
    });
    ")].,;:!?".split("").forEach(function (ch) {
      KINDS[ch.charCodeAt(0)] = K_TRAIL;
    });
    KINDS[34] = K_QUOTE;
    KINDS[60] = K_TAG;
  })();

  // The shape of a chunk read so far: ASCII_WORD_IN_PUNCTUATION's ( [ " before a word (LEAD), its
  // letters and digits (WORD), ) ] " . , ; : ! ? after it (TRAIL), or else (OTHER: the slow way).
  var LEAD = 0;
  var WORD = 1;
  var TRAIL = 2;
  var OTHER = 3;
  var FNV_OFFSET = -2128831035;

  // false: HTML that fieldText's two replaces would read otherwise than one pass (a tag with a
  // "<" inside), for the caller to read the slow way.
  function scan(tokenizer, vocabulary, text, html, out) {
    var length = text.length;
    var from = -1; // the chunk's first character
    var end = 0; // after its last character
    var shape = LEAD;
    var wordFrom = 0;
    var wordTo = 0;
    var hash = 0;
    var tagged = false; // a tag since the chunk's last character
    var spliced = false; // characters after a tag inside the chunk
    var slow = [];
    for (var i = 0; i <= length; i++) {
      var code = i < length ? text.charCodeAt(i) : 32;
      var kind = code < 128 ? KINDS[code] : isSpace(code) ? K_SPACE : K_OTHER;
      if (kind === K_TAG && html) {
        var close = text.indexOf(">", i + 1);
        if (close >= 0) {
          BLOCK_TAG_AT.lastIndex = i;
          if (BLOCK_TAG_AT.test(text)) kind = K_SPACE;
          else {
            var inner = text.indexOf("<", i + 1);
            if (inner >= 0 && inner < close) return false;
            if (from >= 0) tagged = true;
            i = close;
            continue;
          }
          i = close;
        }
      }
      if (kind !== K_SPACE) {
        if (from < 0) {
          from = i;
          shape = LEAD;
          spliced = false;
        } else if (tagged) spliced = true;
        tagged = false;
        end = i + 1;
        if (shape === WORD) {
          if (kind === K_LOWER || kind === K_UPPER) {
            hash = Math.imul(hash ^ (kind === K_UPPER ? code + 32 : code), 16777619);
            wordTo = i + 1;
          } else shape = kind === K_TRAIL || kind === K_QUOTE ? TRAIL : OTHER;
        } else if (shape === LEAD) {
          if (kind === K_LOWER || kind === K_UPPER) {
            shape = WORD;
            hash = Math.imul(FNV_OFFSET ^ (kind === K_UPPER ? code + 32 : code), 16777619);
            wordFrom = i;
            wordTo = i + 1;
          } else if (kind !== K_LEAD && kind !== K_QUOTE) shape = OTHER;
        } else if (shape === TRAIL && kind !== K_TRAIL && kind !== K_QUOTE) shape = OTHER;
        continue;
      }
      if (from < 0) continue;
      if (!spliced && (shape === WORD || shape === TRAIL)) out.push(vocabulary.numberOfRange(text, wordFrom, wordTo, hash));
      else {
        var chunk = text.slice(from, end);
        if (spliced) chunk = chunk.replace(TAG, "");
        slow.length = 0;
        tokenizer.chunkTerms(chunk.toLowerCase(), slow);
        for (var s = 0; s < slow.length; s++) out.push(vocabulary.number(slow[s]));
      }
      from = -1;
      tagged = false;
    }
    return true;
  }

  // As Material: the first document of a page is the page, later ones are its sections.
  function addDocument(docs, byLocation, raw) {
    var location = String(raw.location);
    var anchor = location.indexOf("#");
    var page = anchor < 0 ? location : location.slice(0, anchor);
    var parent = byLocation.get(page);
    if (parent === undefined) parent = -1;
    byLocation.set(parent === -1 ? page : location, docs.length);
    docs.push({ raw: raw, parent: parent, title: undefined, tags: undefined });
  }

  function indexSettings(setup) {
    var config = setup.config || {};
    var fields = config.fields && Object.keys(config.fields).length ? config.fields : DEFAULT_FIELDS;
    var pluginLanguages = Array.isArray(config.lang) && config.lang.length ? config.lang : ["en"];
    return {
      fields: fields,
      names: Object.keys(fields),
      stopWords: (config.pipeline || []).indexOf("stopWordFilter") >= 0 && pluginLanguages.indexOf("en") >= 0
    };
  }

  function buildIndex(setup) {
    var settings = indexSettings(setup);
    var fields = settings.fields;
    var names = settings.names;
    var stopWords = settings.stopWords;
    var tokenizer = new Tokenizer(languagesOf(setup)[0]);
    var docs = [];
    var byLocation = new Map();

    var boosts = names.map(function (name) {
      return fields[name] && typeof fields[name].boost === "number" ? fields[name].boost : 1;
    });
    // Each term gets a number on first sight (the stop words first, below indexedFrom). A field's
    // term frequencies are counted in tf by term, a document's score and field bits of each term in
    // score and bits, and each (term, document, score, bits) of a document recorded once it is read;
    // the records then become each term's postings, in one typed array for the whole index:
    // documents postingIds[starts[n], starts[n + 1]) of term n, their scores and field bits.
    var vocabulary = new Vocabulary();
    if (stopWords) STOP_WORDS.forEach(function (word) {
      vocabulary.number(word);
    });
    var indexedFrom = vocabulary.terms.length;
    var tf = new Int32Array(1 << 12);
    var score = new Float64Array(1 << 12);
    var bits = new Int32Array(1 << 12);
    var touched = [];
    var inDocument = [];
    var found = [];
    var recordTerms = new Int32Array(1 << 16);
    var recordIds = new Int32Array(1 << 16);
    var recordScores = new Float64Array(1 << 16);
    var recordBits = new Int32Array(1 << 16);
    var records = 0;
    var all = setup.docs || [];
    for (var id = 0; id < all.length; id++) {
      var raw = all[id];
      addDocument(docs, byLocation, raw);
      var boost = typeof raw.boost === "number" ? raw.boost : 1;
      inDocument.length = 0;
      for (var bit = 0; bit < names.length; bit++) {
        var value = raw[names[bit]];
        if (value === undefined || value === null) continue;
        fieldNumbers(tokenizer, vocabulary, names[bit], value, found);
        var terms = vocabulary.terms.length - indexedFrom;
        if (terms > tf.length) {
          tf = grown(tf, terms);
          score = grown(score, terms);
          bits = grown(bits, terms);
        }
        touched.length = 0;
        for (var i = 0; i < found.length; i++) {
          var number = found[i] - indexedFrom;
          if (number >= 0 && tf[number]++ === 0) touched.push(number);
        }
        var fieldBoost = boost * boosts[bit];
        for (var t = 0; t < touched.length; t++) {
          var term = touched[t];
          var count = tf[term];
          if (bits[term] === 0) inDocument.push(term);
          // BM25 without length normalisation (b = 0), as lunr with Material's settings.
          score[term] += (fieldBoost * count * (K1 + 1)) / (count + K1);
          bits[term] |= 1 << bit;
          tf[term] = 0;
        }
      }
      if (records + inDocument.length > recordIds.length) {
        recordTerms = grown(recordTerms, records + inDocument.length);
        recordIds = grown(recordIds, records + inDocument.length);
        recordScores = grown(recordScores, records + inDocument.length);
        recordBits = grown(recordBits, records + inDocument.length);
      }
      for (var d = 0; d < inDocument.length; d++) {
        term = inDocument[d];
        recordTerms[records] = term;
        recordIds[records] = id;
        recordScores[records] = score[term];
        recordBits[records] = bits[term];
        records++;
        score[term] = 0;
        bits[term] = 0;
      }
    }
    var termCount = vocabulary.terms.length - indexedFrom;
    var starts = new Int32Array(termCount + 1);
    for (var r = 0; r < records; r++) starts[recordTerms[r] + 1]++;
    for (var n = 0; n < termCount; n++) starts[n + 1] += starts[n];
    var next = starts.slice(0, termCount);
    var postingIds = new Int32Array(records);
    var postingScores = new Float64Array(records);
    var postingBits = new Int32Array(records);
    for (r = 0; r < records; r++) {
      var at = next[recordTerms[r]]++;
      postingIds[at] = recordIds[r];
      postingScores[at] = recordScores[r];
      postingBits[at] = recordBits[r];
    }

    return searchIndex(setup, settings, docs, {
      numberOf: function (term) {
        return vocabulary.find(term, 0, term.length, hashOf(term)) - indexedFrom;
      },
      starts: starts,
      postingIds: postingIds,
      postingScores: postingScores,
      postingBits: postingBits,
      terms: vocabulary.terms.slice(indexedFrom).sort(),
      tokenizer: tokenizer
    });
  }

  // The index the search runs on: its documents, each term's postings (numberOf(term) gives a
  // term's number n, its documents are postingIds[starts[n], starts[n + 1]), with their scores and
  // field bits), every term in sorted order, and the stemmer of its language.
  function searchIndex(setup, settings, docs, postings) {
    var algorithm = stemmerAlgorithm(setup);
    return {
      docs: docs,
      numberOf: postings.numberOf,
      starts: postings.starts,
      postingIds: postings.postingIds,
      postingScores: postings.postingScores,
      postingBits: postings.postingBits,
      terms: postings.terms,
      fields: settings.names,
      tokenizer: postings.tokenizer || new Tokenizer(languagesOf(setup)[0]),
      stemmer: stemmerFor(algorithm),
      algorithm: algorithm,
      stems: new Map(),
      tagLists: new Map(),
      stopWords: settings.stopWords,
      suggest: Boolean(setup.options && setup.options.suggest)
    };
  }

  // -- an index the site build made (hooks/qabank/search_index.py) ---------------------------------

  var PREBUILT_MAGIC = "QAIX";
  var PREBUILT_VERSION = 1;

  // The index of setup's documents from the prebuilt file `buffer` (an ArrayBuffer): what
  // buildIndex(setup) gives, read rather than built. null when the file cannot stand for these
  // documents (another version or settings, other documents, or the build left the index to the
  // browser: Chinese, Japanese or Korean text, or the file is cut short or garbled), so that the
  // caller builds the index itself.
  function loadIndex(setup, buffer) {
    try {
      return readIndex(setup, buffer);
    } catch (error) {
      return null;
    }
  }

  function readIndex(setup, buffer) {
    var bytes = new Uint8Array(buffer);
    if (bytes.length < 12 || String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) !== PREBUILT_MAGIC) return null;
    var view = new DataView(buffer);
    if (view.getUint32(4, true) !== PREBUILT_VERSION) return null;
    var headerEnd = 12 + view.getUint32(8, true);
    var decoder = new TextDecoder();
    var header = JSON.parse(decoder.decode(bytes.subarray(12, headerEnd)));
    var all = setup.docs || [];
    var settings = indexSettings(setup);
    if (
      header.refused ||
      header.documents !== all.length ||
      (all.length && (header.first !== String(all[0].location) || header.last !== String(all[all.length - 1].location))) ||
      header.stopWords !== settings.stopWords ||
      header.fields.join("\n") !== settings.names.join("\n")
    )
      return null;
    var at = headerEnd;
    var terms = header.terms ? decoder.decode(bytes.subarray(at, at + header.termBytes)).split("\n") : [];
    at += header.termBytes;
    var termCount = terms.length;
    // The varints: each document's distance to its page (0: a page), each term's posting count,
    // each posting's document as the gap from the one before.
    var varints = new Int32Array(all.length + termCount + header.postings);
    var count = 0;
    var end = at + header.varintBytes;
    while (at < end) {
      var byte = bytes[at++];
      var value = byte & 127;
      for (var shift = 7; byte & 128; shift += 7) {
        byte = bytes[at++];
        value |= (byte & 127) << shift;
      }
      varints[count++] = value;
    }
    if (count !== varints.length || at !== end) return null;
    var docs = new Array(all.length);
    for (var d = 0; d < all.length; d++) {
      var gap = varints[d];
      docs[d] = { raw: all[d], parent: gap ? d - gap : -1, title: undefined, tags: undefined };
    }
    var starts = new Int32Array(termCount + 1);
    for (var n = 0; n < termCount; n++) starts[n + 1] = starts[n] + varints[all.length + n];
    var postingIds = new Int32Array(header.postings);
    var v = all.length + termCount;
    for (n = 0; n < termCount; n++) {
      var id = 0;
      for (var p = starts[n]; p < starts[n + 1]; p++) postingIds[p] = id += varints[v++];
    }
    var table = header.scores;
    var tableScores = new Float64Array(table.length);
    var tableBits = new Int32Array(table.length);
    for (var t = 0; t < table.length; t++) {
      tableScores[t] = table[t][0];
      tableBits[t] = table[t][1];
    }
    var width = header.codeBytes;
    if (at + width * header.postings !== bytes.length) return null;
    // Little-endian, as every browser's typed arrays are.
    var codes = new (width === 1 ? Uint8Array : width === 2 ? Uint16Array : Uint32Array)(buffer.slice(at));
    var postingScores = new Float64Array(header.postings);
    var postingBits = new Int32Array(header.postings);
    for (p = 0; p < header.postings; p++) {
      var code = codes[p];
      postingScores[p] = tableScores[code];
      postingBits[p] = tableBits[code];
    }
    return searchIndex(setup, settings, docs, {
      numberOf: function (term) {
        var number = firstAtLeast(terms, term, 0);
        return terms[number] === term ? number : -1;
      },
      starts: starts,
      postingIds: postingIds,
      postingScores: postingScores,
      postingBits: postingBits,
      terms: terms
    });
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
      var rest = (field ? match[3] : (match[2] ? match[2] + ":" : "") + match[3]).replace(/[~^][0-9]*$/, "");
      var suffix = /^\*/.test(rest) && !OPERATOR.test(rest);
      if (!OPERATOR.test(rest)) rest = rest.replace(/^\*+|\*+$/g, "");
      index.tokenizer.words(rest).forEach(function (word) {
        if (word.part) return;
        var term = OPERATOR.test(word.term) ? word.term : word.term.replace(/\*/g, "");
        if (!term || (index.stopWords && STOP_WORDS.has(term))) return;
        var key = [presence, field, suffix, term].join("\u0000");
        if (seen.has(key)) return;
        seen.add(key);
        clauses.push({ term: term, presence: presence, field: field, suffix: suffix });
      });
    });
    return clauses;
  }

  function firstAtLeast(sorted, value, from) {
    var low = from || 0;
    var high = sorted.length;
    while (low < high) {
      var middle = (low + high) >>> 1;
      if (sorted[middle] < value) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  // The indexed terms a clause matches, each with its weight: the term itself, terms it starts
  // (or with "*term", ends), terms of the same stem, terms a typo away.
  function expand(index, clause) {
    var weights = new Map();
    if (clause.suffix) {
      index.terms.forEach(function (term) {
        if (term.endsWith(clause.term)) weights.set(term, term === clause.term ? 1 : PREFIX_WEIGHT);
      });
      return weights;
    }
    for (var i = firstAtLeast(index.terms, clause.term); i < index.terms.length; i++) {
      var term = index.terms[i];
      if (!term.startsWith(clause.term)) break;
      weights.set(term, term === clause.term ? 1 : PREFIX_WEIGHT);
    }
    sameStem(index, clause.term).forEach(function (term) {
      if (!weights.has(term)) weights.set(term, STEM_WEIGHT);
    });
    var letters = Array.from(clause.term).length;
    if (letters >= TYPO_MIN && /^[\p{L}\p{M}]+$/u.test(clause.term))
      typos(index.terms, clause.term, letters >= TYPO_TWO ? 2 : 1).forEach(function (term) {
        if (!weights.has(term)) weights.set(term, TYPO_WEIGHT);
      });
    return weights;
  }

  // Documents a clause matches: their ids (in the order first hit), their score for it (points, by
  // id) and whether it matches them at all (HIT) and with more than a typo (SURE), by id. Arrays
  // as long as the index rather than maps: a broad query hits most documents on every keystroke.
  var HIT = 1;
  var SURE = 2;
  function clauseHits(index, clause) {
    var total = index.docs.length;
    var points = new Float64Array(total);
    var state = new Uint8Array(total);
    var ids = [];
    var bit = clause.field ? 1 << index.fields.indexOf(clause.field) : -1;
    var postingIds = index.postingIds;
    var postingScores = index.postingScores;
    var postingBits = index.postingBits;
    clause.matched.forEach(function (weight, term) {
      var number = index.numberOf(term);
      var start = index.starts[number];
      var end = index.starts[number + 1];
      var count = end - start;
      var idf = weight * Math.log(1 + Math.abs((total - count + 0.5) / (count + 0.5)));
      var mark = weight === TYPO_WEIGHT ? HIT : HIT | SURE;
      for (var i = start; i < end; i++) {
        if (!(postingBits[i] & bit)) continue;
        var id = postingIds[i];
        if (state[id] === 0) ids.push(id);
        points[id] += idf * postingScores[i];
        state[id] |= mark;
      }
    });
    clause.ids = ids;
    clause.points = points;
    clause.state = state;
  }

  function matchedBy(clauses, term) {
    for (var c = 0; c < clauses.length; c++) if (clauses[c].matched.has(term)) return true;
    return false;
  }

  // -- results ------------------------------------------------------------------------------------

  function markWords(text, tokenizer, clauses) {
    var out = "";
    var last = 0;
    var marked = false;
    tokenizer.words(text).forEach(function (word) {
      if (word.start < last || !matchedBy(clauses, word.term)) return;
      // Words that touch (Chinese, Japanese) share one mark.
      if (marked && word.start === last) out = out.slice(0, -"</mark>".length) + escapeHtml(text.slice(word.start, word.end));
      else out += escapeHtml(text.slice(last, word.start)) + "<mark>" + escapeHtml(text.slice(word.start, word.end));
      out += "</mark>";
      last = word.end;
      marked = true;
    });
    return { html: out + escapeHtml(text.slice(last)), marked: marked };
  }

  function cutAroundFirstMatch(block, tokenizer, clauses) {
    if (block.length <= TEASER_CHARS) return block;
    var found = tokenizer.words(block).find(function (word) {
      return matchedBy(clauses, word.term);
    });
    var start = Math.max(0, (found ? found.start : 0) - TEASER_CHARS / 4);
    var end = Math.min(block.length, start + TEASER_CHARS);
    return (start > 0 ? "\u2026" : "") + block.slice(start, end) + (end < block.length ? "\u2026" : "");
  }

  function teaser(html, tokenizer, clauses) {
    var out = [];
    var blocks = String(html).split(BLOCK_TAG);
    for (var i = 0; i < blocks.length && out.length < TEASER_BLOCKS; i++) {
      var block = plainText(blocks[i]);
      if (!block) continue;
      var marked = markWords(block, tokenizer, clauses);
      if (!marked.marked) continue;
      if (block.length > TEASER_CHARS) marked = markWords(cutAroundFirstMatch(block, tokenizer, clauses), tokenizer, clauses);
      out.push(marked.html);
    }
    return out.join(" \u2026 ");
  }

  function highlighted(index, doc, result) {
    var raw = doc.raw;
    var clauses = result.clauses;
    var tokenizer = index.tokenizer;
    var item = { location: raw.location, title: markWords(plainText(raw.title || ""), tokenizer, clauses).html };
    item.text = teaser(raw.text || "", tokenizer, clauses);
    if (Array.isArray(raw.tags))
      item.tags = raw.tags.map(function (tag) {
        return markWords(tagText(tag), tokenizer, clauses).html;
      });
    item.score = result.score;
    item.terms = result.terms;
    return item;
  }

  // Text without < > & " and with single spaces between words only (most titles and tags): the
  // same after plainText or tagText and escapeHtml, so neither runs.
  var UNCHANGED_AS_TEXT = /^(?:[^\s<>&"]+ )*[^\s<>&"]+$/;

  function shownTitle(title) {
    title = String(title);
    return title === "" || UNCHANGED_AS_TEXT.test(title) ? title : escapeHtml(plainText(title));
  }

  function shownTag(tag) {
    tag = String(tag);
    return UNCHANGED_AS_TEXT.test(tag) ? tag : escapeHtml(tagText(tag));
  }

  // A result not highlighted yet (below the first HIGHLIGHTED groups): its title as text, no
  // teaser; search-config.js has the worker fill it in when Material shows it.
  function pending(index, doc, result) {
    if (doc.title === undefined) {
      // Escaped once per document: a broad query lists thousands of them on every keystroke.
      doc.title = shownTitle(doc.raw.title || "");
      if (Array.isArray(doc.raw.tags)) {
        var tags = doc.raw.tags.map(shownTag);
        // Documents with the same tags share one list, which the copy to the page then makes once.
        var key = tags.join("\u0000");
        if (!index.tagLists.has(key)) index.tagLists.set(key, tags);
        doc.tags = index.tagLists.get(key);
      }
    }
    var item = { location: doc.raw.location, title: doc.title, text: "" };
    if (doc.tags) item.tags = doc.tags;
    item.score = result.score;
    item.terms = result.terms;
    item.pending = true;
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
    for (var r = 0; r < ranked.length && r < 50; r++) {
      var titleWords = index.tokenizer.words(plainText(index.docs[ranked[r].id].raw.title || ""));
      var found = [];
      var complete = clauses.every(function (clause) {
        var word = titleWords.find(function (candidate) {
          return !candidate.part && clause.matched.has(candidate.term);
        });
        if (word) found.push(word.term);
        return Boolean(word);
      });
      if (complete) return found;
    }
    return [];
  }

  // Ranked matches of a query: [{id, score, terms, clauses}], best first.
  function rank(index, query) {
    var clauses = parseQuery(query, index);
    var positive = clauses.filter(function (clause) {
      return clause.presence !== PROHIBITED;
    });
    if (positive.length === 0) return { ranked: [], positive: positive };

    clauses.forEach(function (clause) {
      clause.matched = expand(index, clause);
      clauseHits(index, clause);
    });
    var required = positive.filter(function (clause) {
      return clause.presence === REQUIRED;
    });
    var candidates = [];
    var listed = new Uint8Array(index.docs.length);
    (required.length ? required.slice(0, 1) : positive).forEach(function (clause) {
      clause.ids.forEach(function (id) {
        if (listed[id]) return;
        listed[id] = 1;
        candidates.push(id);
      });
    });

    var ranked = [];
    // Results matching the same words share their terms object (and list of clauses): a broad
    // query's thousands of results are cloned to the page once per distinct object.
    var shared = new Map();
    candidates.forEach(function (id) {
      for (var c = 0; c < clauses.length; c++) {
        var hit = clauses[c].state[id] !== 0;
        if (clauses[c].presence === REQUIRED ? !hit : clauses[c].presence === PROHIBITED && hit) return;
      }
      var score = 0;
      var sure = 0;
      var pattern = "";
      for (c = 0; c < positive.length; c++) {
        var state = positive[c].state[id];
        pattern += state === 0 ? "0" : "1";
        if (state === 0) continue;
        score += positive[c].points[id];
        if (state & SURE) sure++;
      }
      var same = shared.get(pattern);
      if (!same) {
        var terms = {};
        var found = [];
        positive.forEach(function (clause, i) {
          var hit = pattern[i] === "1";
          if (hit) found.push(clause);
          terms[clause.term] = terms[clause.term] === true || hit;
        });
        var keys = Object.keys(terms);
        same = { terms: terms, found: found, ratio: keys.filter(function (term) { return terms[term]; }).length / keys.length };
        shared.set(pattern, same);
      }
      // Material's ranking: pages above their sections, more query terms matched first.
      var boost = (index.docs[id].parent === -1 ? 1 : 0) + same.ratio;
      ranked.push({ id: id, score: score * (1 + boost * boost), terms: same.terms, clauses: same.found, sure: sure });
    });
    // Typos rank below: documents matching more query words without one come first.
    ranked.sort(function (a, b) {
      return b.sure - a.sure || b.score - a.score || a.id - b.id;
    });
    return { ranked: ranked, positive: positive };
  }

  function search(index, query, highlightGroups) {
    if (!index) return { items: [] };
    var limit = typeof highlightGroups === "number" ? highlightGroups : HIGHLIGHTED;
    var found = rank(index, query);
    if (found.positive.length === 0) return { items: [] };
    var ranked = found.ranked;

    // Results grouped by page, in the order of each page's best result; a page not matched itself
    // is listed in its group after its sections.
    var items = [];
    var pages = [];
    var listed = [];
    var slot = new Int32Array(index.docs.length); // by page: 1 + the number of its group
    ranked.forEach(function (result) {
      var doc = index.docs[result.id];
      var page = doc.parent === -1 ? result.id : doc.parent;
      var n = slot[page] - 1;
      if (n < 0) {
        n = items.length;
        slot[page] = n + 1;
        items.push([]);
        pages.push(page);
        listed.push(false);
      }
      if (doc.raw.location === index.docs[page].raw.location) listed[n] = true;
      items[n].push(n < limit ? highlighted(index, doc, result) : pending(index, doc, result));
    });
    for (var n = 0; n < items.length; n++) if (!listed[n]) items[n].push(unmatched(index.docs[pages[n]]));

    var result = { items: items };
    if (index.suggest) result.suggest = titleSuggestion(index, ranked, found.positive);
    return result;
  }

  // Highlighted results of a query for some locations (results search() left pending).
  function highlight(index, query, locations) {
    if (!index) return [];
    var wanted = new Set(locations);
    var out = [];
    rank(index, query).ranked.forEach(function (result) {
      var doc = index.docs[result.id];
      if (wanted.has(doc.raw.location)) out.push(highlighted(index, doc, result));
    });
    return out;
  }

  function words(text, language) {
    return new Tokenizer(language).words(text);
  }

  // The terms buildIndex indexes for a field's value (the one-pass reading), and the same by the
  // plain way (fieldText, then terms): the tests hold them equal.
  function fieldTerms(name, value, language) {
    var vocabulary = new Vocabulary();
    return fieldNumbers(new Tokenizer(language), vocabulary, name, value, []).map(function (number) {
      return vocabulary.terms[number];
    });
  }

  function fieldTermsPlain(name, value, language) {
    return new Tokenizer(language).terms(fieldText(name, value));
  }

  return {
    STOP_WORDS: STOP_WORDS,
    HIGHLIGHTED: HIGHLIGHTED,
    plainText: plainText,
    tagText: tagText,
    textBlocks: textBlocks,
    words: words,
    fieldTerms: fieldTerms,
    fieldTermsPlain: fieldTermsPlain,
    shownTitle: shownTitle,
    shownTag: shownTag,
    typos: typos,
    buildIndex: buildIndex,
    loadIndex: loadIndex,
    stemmerAlgorithm: stemmerAlgorithm,
    parseQuery: parseQuery,
    search: search,
    highlight: highlight
  };
});
