/* Points Material's search box at our search worker (search-worker.js, next to
 * this file) instead of the theme's lunr worker. Loaded by overrides/main.html
 * before Material's bundle, which reads the #__config JSON once when it starts. */
(function (script) {
  "use strict";
  var element = document.getElementById("__config");
  if (!element || !script) return;
  var app = JSON.parse(element.textContent);
  app.search = new URL("search-worker.js", script.src).href;
  element.textContent = JSON.stringify(app);
})(document.currentScript);
