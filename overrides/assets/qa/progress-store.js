/* Remembered results, in localStorage under "<site path>.qa.progress" (the
 * key scheme of Material's __md_get/__md_set), as {version: 1, results: {key:
 * record}}. Writes go to localStorage directly, because __md_set hides a full
 * or refused storage: then results live in memory for the open page. */
(function () {
  "use strict";
  var qa = (window.qa = window.qa || {});
  var STORAGE_KEY = "qa.progress";
  var VERSION = 1;
  var memory = null;
  var listeners = [];

  function scope() {
    return typeof __md_scope !== "undefined" ? __md_scope : new URL(".", location.href);
  }

  function load() {
    var data = null;
    try {
      data = typeof __md_get === "function" ? __md_get(STORAGE_KEY) : JSON.parse(localStorage.getItem(scope().pathname + "." + STORAGE_KEY));
    } catch (error) {
      data = null;
    }
    if (data && data.version === VERSION && data.results && typeof data.results === "object")
      return qa.progressData.validResults(data.results).results;
    return memory || {};
  }

  function save(results) {
    memory = results;
    var data = { version: VERSION, results: results };
    try {
      localStorage.setItem(scope().pathname + "." + STORAGE_KEY, JSON.stringify(data));
    } catch (error) {
      /* Private browsing or a full quota: keep the results in memory. */
    }
    changed();
  }

  function changed() {
    listeners.slice().forEach(function (listener) { listener(); });
  }

  function grade(key, result) {
    var results = load();
    var record = qa.schedule.grade(results[key], result, Date.now());
    var next = Object.assign({}, results);
    next[key] = record;
    save(next);
    return record;
  }

  window.addEventListener("storage", function (event) {
    if (event.key === null || event.key === scope().pathname + "." + STORAGE_KEY) changed();
  });

  qa.store = {
    storageKey: function () { return scope().pathname + "." + STORAGE_KEY; },
    results: load,
    replace: save,
    grade: grade,
    onChange: function (listener) { listeners.push(listener); },
    offChange: function (listener) { listeners = listeners.filter(function (l) { return l !== listener; }); }
  };
})();
