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

  var QUERY = 2;
  var RESULT = 3;
  var base = new URL(app.base || ".", location.href);
  var Native = window.Worker; // Material's Worker, or the offline copy's shim (iframe-worker-shim.js)
  if (typeof Native !== "function") return;

  function key(href) {
    var url = new URL(href, base);
    return url.origin + url.pathname + url.hash;
  }

  function watch(worker) {
    var query = null;
    var pending = new Set(); // keys (URL without ?h=) of results not highlighted yet
    var locationOfKey = new Map(); // their locations in search_index.json
    var post = worker.postMessage.bind(worker);
    worker.postMessage = function (message) {
      if (message && message.type === QUERY) query = message.data;
      return post.apply(null, arguments);
    };

    function shown() {
      var links = document.querySelectorAll(".md-search-result__list a.md-search-result__link:not([data-qa-filled])");
      var out = [];
      for (var i = 0; i < links.length; i++) if (pending.has(key(links[i].href))) out.push(links[i]);
      return out;
    }

    function ask() {
      var links = shown();
      if (!links.length || query === null) return;
      var locations = links.map(function (link) {
        link.setAttribute("data-qa-filled", "");
        return locationOfKey.get(key(link.href));
      });
      post({ type: "qa-highlight", data: { query: query, locations: locations } });
    }

    function fill(items) {
      items.forEach(function (item) {
        var links = document.querySelectorAll(".md-search-result__list a.md-search-result__link");
        for (var i = 0; i < links.length; i++) {
          if (key(links[i].href) !== key(item.location)) continue;
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
        locationOfKey = new Map();
        (message.data.items || []).forEach(function (group) {
          group.forEach(function (item) {
            if (!item.pending) return;
            pending.add(key(item.location));
            locationOfKey.set(key(item.location), item.location);
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
