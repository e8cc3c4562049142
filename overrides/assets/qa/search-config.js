/* Points Material's search box at our search worker (search-worker.js, next to
 * this file) instead of the theme's lunr worker. Loaded by overrides/main.html
 * before Material's bundle, which reads the #__config JSON once when it starts.
 *
 * The worker highlights only the first results of a query (the ones Material
 * shows at once) and marks the others "pending". When Material adds pending
 * results to the list (10 more each time it is scrolled to the end), this
 * script asks the worker for their highlighted title, teaser and tags and puts
 * them in place. The HTML comes from the engine, escaped like every result. */
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

  // search_index.json's location of a result's link: its URL from the base, without ?h=.
  function locationOf(link) {
    var url = new URL(link.href);
    url.search = "";
    return url.href.indexOf(base.href) === 0 ? url.href.slice(base.href.length) : null;
  }

  function watch(worker) {
    var query = null;
    var pending = new Set(); // locations of the results not highlighted yet
    var post = worker.postMessage.bind(worker);
    worker.postMessage = function (message) {
      if (message && message.type === QUERY) query = message.data;
      // The site's theme.language (Material's <html lang>) picks the stemmer and word splitting:
      // the search plugin's lang can differ (it is "en" for a site in Chinese).
      if (message && message.type === SETUP && message.data) message.data.language = document.documentElement.lang;
      return post.apply(null, arguments);
    };

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
    var worker = new Native(url, options);
    if (String(url) === app.search) watch(worker);
    return worker;
  };
  window.Worker.prototype = Native.prototype;
})(document.currentScript);
