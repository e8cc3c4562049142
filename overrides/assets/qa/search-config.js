/* Points Material's search box at our search worker (search-worker.js, next to
 * this file) instead of the theme's lunr worker. Loaded by overrides/main.html
 * before Material's bundle, which reads the #__config JSON once when it starts.
 *
 * The worker highlights only the first results of a query (the ones Material
 * shows at once) and marks the others "pending". When Material adds pending
 * results to the list (10 more each time it is scrolled to the end), this
 * script asks the worker for their highlighted title, teaser and tags and puts
 * them in place. The HTML comes from the engine, escaped like every result.
 *
 * The index: Material requests search/search_index.json when its bundle runs,
 * parses it and sends it to the worker once the page has done its other work
 * (SETUP): at 10,000 questions the worker then built its index well after the
 * page's load event. Here the download and the worker start in the page's head
 * (main.html, window.qaSearchEarly), the worker gets the file (a Blob: nothing
 * is copied) the moment it is loaded and parses and indexes it while the page
 * still loads, Material's request is answered with the same file, and SETUP
 * goes without its documents. With the file comes the index the site build
 * made of it (search/qa-prebuilt-index.bin, hooks/qabank/search_index.py),
 * which the worker reads instead of building its own. The offline copy reads
 * the index from a script, not a request: there SETUP is sent whole, as before,
 * and the worker builds the index. */
(function (script) {
  "use strict";
  var element = document.getElementById("__config");
  if (!element || !script) return;
  var app = JSON.parse(element.textContent);
  app.search = new URL("search-worker.js", script.src).href;
  element.textContent = JSON.stringify(app);

  var SETUP = 0;
  var QUERY = 2;
  var RESULT = 3;
  var base = new URL(app.base || ".", location.href);
  var Native = window.Worker; // Material's Worker, or the offline copy's shim (iframe-worker-shim.js)
  if (typeof Native !== "function") return;

  // The index file (a Blob) goes to the worker the moment it is loaded, whichever of the two comes
  // last. main.html's head starts its download and the worker (window.qaSearchEarly); Material's
  // own request for the file is then answered with that download. Without them (a template without
  // main.html's head) the file is taken from Material's request when it ends.
  var indexUrl = new URL("search/search_index.json", base).href;
  var early = window.qaSearchEarly && window.qaSearchEarly.index === indexUrl ? window.qaSearchEarly : null;
  var loadedIndex = null;
  var prebuilt = null; // the index the build made of the file (a Blob), when downloaded
  var handTo = null;
  function handOver() {
    if (!loadedIndex || !handTo || handTo.sent) return;
    handTo.sent = true;
    handTo.post({ type: "qa-index", data: { index: loadedIndex, prebuilt: prebuilt, language: document.documentElement.lang } });
  }
  // Both early downloads, done (each a Blob, or null when it failed).
  var downloaded = early
    ? Promise.all([early.file, early.prebuilt]).then(function (files) {
        loadedIndex = files[0];
        prebuilt = files[1];
        handOver();
      })
    : null;
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    var request = this;
    if (String(url) === indexUrl && early) {
      // Material's request, answered with the early download: the file is fetched once.
      request.send = function () {
        var args = arguments;
        early.file.then(function (file) {
          if (!file || request.responseType !== "blob") return send.apply(request, args);
          Object.defineProperty(request, "readyState", { value: 4 });
          Object.defineProperty(request, "status", { value: 200 });
          Object.defineProperty(request, "response", { value: file });
          request.dispatchEvent(new ProgressEvent("load"));
          request.dispatchEvent(new ProgressEvent("loadend"));
        });
      };
    } else if (String(url) === indexUrl && !loadedIndex) {
      request.addEventListener("load", function () {
        if (request.status < 200 || request.status >= 300 || !(request.response instanceof Blob)) return;
        loadedIndex = request.response;
        handOver();
      });
    }
    return open.apply(this, arguments);
  };

  // search_index.json's location of a result's link: its URL from the base, without ?h=.
  function locationOf(link) {
    var url = new URL(link.href);
    url.search = "";
    return url.href.indexOf(base.href) === 0 ? url.href.slice(base.href.length) : null;
  }

  function watch(worker) {
    // First of the worker's listeners, before Material's: results sent as columns become Material's
    // items again (search-results.js), in the message itself, which every listener then reads.
    worker.addEventListener("message", function (event) {
      if (event.data && event.data.type === RESULT) window.qa.searchResults.expand(event.data.data);
    });
    var query = null;
    var pending = new Set(); // locations of the results not highlighted yet
    var post = worker.postMessage.bind(worker);
    var handed = { post: post, sent: false };
    function setup(message) {
      // The worker has the documents already (handOver): the rest of SETUP only.
      if (handed.sent)
        return post({ type: SETUP, data: { config: message.data.config, docs: [], options: message.data.options, qaIndexSent: true } });
      // The site's theme.language (Material's <html lang>) picks the stemmer and word splitting:
      // the search plugin's lang can differ (it is "en" for a site in Chinese).
      message.data.language = document.documentElement.lang;
      return post(message);
    }
    worker.postMessage = function (message) {
      if (message && message.type === QUERY) query = message.data;
      if (message && message.type === SETUP && message.data) {
        // Material has the index file once the early download has it; the prebuilt index may
        // still be on its way: SETUP waits for the hand-over (queries after it wait in the worker).
        if (downloaded && !handed.sent)
          return void downloaded.then(function () {
            setup(message);
          });
        return setup(message);
      }
      return post.apply(null, arguments);
    };
    handTo = handed;
    handOver();

    function shown() {
      var links = document.querySelectorAll(".md-search-result__list a.md-search-result__link:not([data-qa-filled])");
      var out = [];
      for (var i = 0; i < links.length; i++) if (pending.has(locationOf(links[i]))) out.push(links[i]);
      return out;
    }

    function ask() {
      var links = shown();
      if (!links.length || query === null) return;
      var locations = links.map(function (link) {
        link.setAttribute("data-qa-filled", "");
        return locationOf(link);
      });
      post({ type: "qa-highlight", data: { query: query, locations: locations } });
    }

    function fill(items) {
      items.forEach(function (item) {
        var links = document.querySelectorAll(".md-search-result__list a.md-search-result__link");
        for (var i = 0; i < links.length; i++) {
          if (locationOf(links[i]) !== item.location) continue;
          var article = links[i].querySelector("article");
          var heading = article && article.querySelector("h1, h2");
          if (!heading) continue;
          heading.innerHTML = item.title;
          if (item.text) heading.insertAdjacentHTML("afterend", item.text);
          var tags = article.querySelectorAll(".md-tags .md-tag");
          if (item.tags) for (var t = 0; t < tags.length && t < item.tags.length; t++) tags[t].innerHTML = item.tags[t];
        }
      });
    }

    worker.addEventListener("message", function (event) {
      var message = event.data;
      if (!message) return;
      if (message.type === RESULT) {
        pending = new Set();
        (message.data.items || []).forEach(function (group) {
          group.forEach(function (item) {
            if (item.pending) pending.add(item.location);
          });
        });
        if (pending.size) setTimeout(ask);
      } else if (message.type === "qa-highlighted" && message.data.query === query) fill(message.data.items);
    });

    var list = document.querySelector(".md-search-result__list");
    if (list)
      new MutationObserver(function () {
        if (pending.size) ask();
      }).observe(list, { childList: true });
  }

  window.Worker = function (url, options) {
    var ours = String(url) === app.search;
    var worker = ours && early && early.worker ? early.worker : new Native(url, options);
    if (ours && early) early.worker = null; // the early worker serves Material's first one only
    if (ours) watch(worker);
    return worker;
  };
  window.Worker.prototype = Native.prototype;
})(document.currentScript);
