/* Remembered results, in localStorage under "<site path>.qa.progress" (the
 * key scheme of Material's __md_get/__md_set), as {version: 2, results: {key:
 * record}}; version 1 results (Leitner boxes) are migrated when read. Writes
 * go to localStorage directly, because __md_set hides a full or refused
 * storage: then the results live in memory for the open page, and the caller
 * is told (save, grade and replace return {saved, problem}). */
(function () {
  "use strict";
  var qa = (window.qa = window.qa || {});
  var STORAGE_KEY = "qa.progress";
  var VERSION = 2;
  var memory = null;
  var unsaved = false;
  var listeners = [];

  function scope() {
    return typeof __md_scope !== "undefined" ? __md_scope : new URL(".", location.href);
  }

  function load() {
    /* What could not be saved is newer than what storage holds. */
    if (unsaved && memory) return memory;
    var data = null;
    try {
      data = typeof __md_get === "function" ? __md_get(STORAGE_KEY) : JSON.parse(localStorage.getItem(scope().pathname + "." + STORAGE_KEY));
    } catch (error) {
      data = null;
    }
    if (data && (data.version === 1 || data.version === VERSION) && data.results && typeof data.results === "object")
      return qa.progressData.validResults(data.results, data.version, Date.now()).results;
    return memory || {};
  }

  /* Why a write failed, in words for the reader. */
  function problemOf(error) {
    var name = error && error.name;
    if (name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || (error && (error.code === 22 || error.code === 1014)))
      return "storage is full";
    return "the browser refused to store it";
  }

  function save(results) {
    memory = results;
    var data = { version: VERSION, results: results };
    var status = { saved: true, problem: "" };
    try {
      localStorage.setItem(scope().pathname + "." + STORAGE_KEY, JSON.stringify(data));
      unsaved = false;
    } catch (error) {
      /* Private browsing or a full quota: keep the results in memory. */
      unsaved = true;
      status = { saved: false, problem: problemOf(error) };
    }
    changed();
    return status;
  }

  function changed() {
    listeners.slice().forEach(function (listener) { listener(); });
  }

  /* Grades a question; returns {record, saved, problem}. */
  function grade(key, rating) {
    var results = load();
    var record = qa.schedule.grade(results[key], rating, Date.now());
    var next = Object.assign({}, results);
    next[key] = record;
    var status = save(next);
    return { record: record, saved: status.saved, problem: status.problem };
  }

  window.addEventListener("storage", function (event) {
    if (event.key === null || event.key === scope().pathname + "." + STORAGE_KEY) changed();
  });

  qa.store = {
    storageKey: function () { return scope().pathname + "." + STORAGE_KEY; },
    results: load,
    replace: save,
    grade: grade,
    /* Whether the results shown are only in memory (the last save failed). */
    unsaved: function () { return unsaved; },
    onChange: function (listener) { listeners.push(listener); },
    offChange: function (listener) { listeners = listeners.filter(function (l) { return l !== listener; }); }
  };
})();
