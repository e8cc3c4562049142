/* The search worker: Material's message protocol on our engine (search-engine.js).
 *
 * Material's search box starts this script as a Web Worker (overrides/main.html
 * points the theme's config at it), sends SETUP with the search index, then a
 * QUERY per keystroke; it answers READY and RESULT. Message types as in
 * Material's SearchMessageType: SETUP 0, READY 1, QUERY 2, RESULT 3. One of
 * ours: "qa-highlight" {query, locations} from search-config.js, answered
 * "qa-highlighted" {query, items}, for results shown after the first
 * (Material ignores message types it does not know).
 *
 * importScripts is a promise in the offline copy's worker shim
 * (iframe-worker-shim.js) and synchronous in a real worker: both are awaited
 * before the first message is handled.
 */
(function () {
  "use strict";
  var SETUP = 0;
  var READY = 1;
  var QUERY = 2;
  var RESULT = 3;
  var HIGHLIGHT = "qa-highlight";
  var HIGHLIGHTED = "qa-highlighted";

  var engineLoaded = Promise.resolve(self.importScripts("vendor/snowball-stemmers/snowball-stemmers.js", "search-engine.js"));
  var index = null;

  function handle(message) {
    var engine = self.qa.searchEngine;
    if (message.type === SETUP) {
      index = engine.buildIndex(message.data);
      return { type: READY };
    }
    if (message.type === QUERY) {
      try {
        return { type: RESULT, data: engine.search(index, message.data) };
      } catch (error) {
        console.warn("Search failed for " + JSON.stringify(message.data), error);
        return { type: RESULT, data: { items: [] } };
      }
    }
    // Ours, not Material's: highlight results search() left pending, as the list grows (search-config.js).
    if (message.type === HIGHLIGHT) {
      var items = [];
      try {
        items = engine.highlight(index, message.data.query, message.data.locations);
      } catch (error) {
        console.warn("Highlighting failed for " + JSON.stringify(message.data.query), error);
      }
      return { type: HIGHLIGHTED, data: { query: message.data.query, items: items } };
    }
    throw new TypeError("Invalid message type: " + message.type);
  }

  self.addEventListener("message", function (event) {
    var message = event.data;
    engineLoaded.then(function () {
      self.postMessage(handle(message));
    });
  });
})();
