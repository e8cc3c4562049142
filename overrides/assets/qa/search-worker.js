/* The search worker: Material's message protocol on our engine (search-engine.js).
 *
 * Material's search box starts this script as a Web Worker (overrides/main.html
 * points the theme's config at it), sends SETUP with the search index, then a
 * QUERY per keystroke; it answers READY and RESULT. Message types as in
 * Material's SearchMessageType: SETUP 0, READY 1, QUERY 2, RESULT 3. Ours,
 * which Material never sends and ignores when they come back:
 * - "qa-index" {index, prebuilt, language}: search_index.json as a Blob, sent
 *   by search-config.js the moment the page has downloaded it (main.html's head
 *   starts the download), so that the index is read here while the page still
 *   loads; with it the index the site build made of that file (a Blob, or null),
 *   which is loaded rather than built when it stands for the same documents
 *   (loadIndex). SETUP then comes without its documents ({qaIndexSent: true})
 *   and is answered once that index is made. Without it (the offline copy reads
 *   the index from a script, not a request) SETUP's documents are indexed as sent.
 * - "qa-index-made" {prebuilt, documents, ms}, from here once the index is made:
 *   whether it was the build's, and how long reading or building it took.
 * - "qa-highlight" {query, locations} from search-config.js, answered
 *   "qa-highlighted" {query, items}, for results shown after the first.
 *
 * Messages are handled one after the other, in the order they came.
 * importScripts is a promise in the offline copy's worker shim
 * (iframe-worker-shim.js) and synchronous in a real worker.
 */
(function () {
  "use strict";
  var SETUP = 0;
  var READY = 1;
  var QUERY = 2;
  var RESULT = 3;
  var INDEX = "qa-index";
  var INDEX_MADE = "qa-index-made";
  var HIGHLIGHT = "qa-highlight";
  var HIGHLIGHTED = "qa-highlighted";

  var loaded = Promise.resolve(self.importScripts("search-engine.js", "search-results.js"));
  var index = null;
  var sent = null; // the index built from a "qa-index" message: a promise

  function engine() {
    return self.qa.searchEngine;
  }

  var stemmers = {}; // algorithm: the promise of its script

  // The stemmer of a SETUP message's data: that one stemmer's script
  // (vendor/snowball-stemmers/<algorithm>.js, tools/split_stemmers.py), not all 24, loaded once.
  function stemmer(setup) {
    var algorithm = engine().stemmerAlgorithm(setup);
    if (algorithm && !stemmers[algorithm])
      stemmers[algorithm] = Promise.resolve(self.importScripts("vendor/snowball-stemmers/" + algorithm + ".js"));
    return algorithm ? stemmers[algorithm] : Promise.resolve();
  }

  // The index of a SETUP message's data, with the stemmer of its language. Read from the build's
  // prebuilt index (an ArrayBuffer) when it stands for these documents, else built.
  function build(setup, prebuilt) {
    return stemmer(setup).then(function () {
      var started = performance.now();
      var made = (prebuilt && engine().loadIndex(setup, prebuilt)) || null;
      var read = Boolean(made);
      if (!made) made = engine().buildIndex(setup);
      self.postMessage({
        type: INDEX_MADE,
        data: { prebuilt: read, documents: made.docs.length, ms: Math.round(performance.now() - started) }
      });
      return made;
    });
  }

  // main.html's head names its worker after the page's language ("qa-search en"). Once the engine is
  // loaded, and unless the index has come already, the worker loads that language's stemmer and runs
  // the engine once on a two-document index while the index file is on its way: the first query
  // then runs on code the browser has compiled (on the 37-page site a first query took 8 ms instead
  // of 11 to 13 cold, and the first result showed 13.6 ms sooner at the median of 50 loads).
  var named = /^qa-search (.+)$/.exec(self.name || "");
  if (named)
    loaded.then(function () {
      setTimeout(function () {
        if (sent) return;
        var setup = {
          config: { lang: ["en"], pipeline: ["stopWordFilter"] }, // the engine's default fields
          docs: [
            { location: "a/", title: "Warming up: caching, indexes", text: "<p>Load balancing with <code>functools.lru_cache</code>, what&rsquo;s next?</p>", tags: ["warm-up"] },
            { location: "a/#b", title: "Scaling horizontally", text: "<ul><li>Sharding the database</li></ul>" }
          ],
          language: named[1]
        };
        try {
          stemmer(setup).then(function () {
            if (!sent) engine().search(engine().buildIndex(setup), "cachng database");
          });
        } catch (error) {} // a stemmer that does not load is reported when the index is built
      });
    });

  // The bytes of the build's index file: gzip, unless a server has already unpacked it.
  function prebuiltBytes(file) {
    if (!file) return null;
    return file.slice(0, 2).arrayBuffer().then(function (head) {
      var bytes = new Uint8Array(head);
      if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return file.arrayBuffer();
      if (typeof DecompressionStream !== "function") return null;
      return new Response(file.stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
    }).catch(function (error) {
      console.warn("The site's prebuilt search index cannot be read; building it here", error);
      return null;
    });
  }

  function fromBlob(data) {
    return Promise.all([data.index.text(), prebuiltBytes(data.prebuilt)]).then(function (files) {
      var json = JSON.parse(files[0]);
      return build({ config: json.config, docs: json.docs, language: data.language }, files[1]);
    });
  }

  function handle(message) {
    if (message.type === INDEX) {
      sent = fromBlob(message.data);
      return sent.then(function () {
        return null;
      });
    }
    if (message.type === SETUP) {
      var setup = message.data;
      return (setup.qaIndexSent && sent ? sent : build(setup)).then(function (built) {
        index = built;
        index.suggest = Boolean(setup.options && setup.options.suggest);
        return { type: READY };
      });
    }
    if (message.type === QUERY) {
      try {
        // The groups past the highlighted ones as columns (search-results.js), which search-config.js
        // turns back into Material's items.
        return { type: RESULT, data: self.qa.searchResults.compact(engine().search(index, message.data), engine().HIGHLIGHTED) };
      } catch (error) {
        console.warn("Search failed for " + JSON.stringify(message.data), error);
        return { type: RESULT, data: { items: [] } };
      }
    }
    // Ours, not Material's: highlight results search() left pending, as the list grows (search-config.js).
    if (message.type === HIGHLIGHT) {
      var items = [];
      try {
        items = engine().highlight(index, message.data.query, message.data.locations);
      } catch (error) {
        console.warn("Highlighting failed for " + JSON.stringify(message.data.query), error);
      }
      return { type: HIGHLIGHTED, data: { query: message.data.query, items: items } };
    }
    throw new TypeError("Invalid message type: " + message.type);
  }

  var queue = loaded;
  self.addEventListener("message", function (event) {
    var message = event.data;
    queue = queue
      .then(function () {
        return handle(message);
      })
      .then(function (answer) {
        if (answer) self.postMessage(answer);
      })
      .catch(function (error) {
        // Reported as before, and the next messages are still handled.
        setTimeout(function () {
          throw error;
        });
      });
  });
})();
