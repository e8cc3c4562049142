/* Progress data: the export file, reading it back, merging, resetting.
 * Pure functions: no DOM, no storage.
 *
 * Results map a question key ("topic/question-id") to its latest grade
 * {result: "known" | "review", at: <ms since epoch>, box: 0..5}. */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else (root.qa = root.qa || {}).progressData = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var FORMAT = "qa-study-progress";
  var VERSION = 1;
  var MAX_BOX = 5;

  function exportDocument(results, now) {
    return {
      format: FORMAT,
      version: VERSION,
      exported: new Date(now).toISOString(),
      results: results
    };
  }

  function validRecord(record) {
    return (
      record !== null &&
      typeof record === "object" &&
      (record.result === "known" || record.result === "review") &&
      typeof record.at === "number" &&
      isFinite(record.at) &&
      record.at > 0 &&
      Number.isInteger(record.box) &&
      record.box >= 0 &&
      record.box <= MAX_BOX
    );
  }

  /* Reads an exported file. Throws an Error whose message can be shown to the
   * reader when the text is not a progress file; skips malformed entries. */
  function parseExport(text) {
    var data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new Error("the file is not JSON");
    }
    if (!data || data.format !== FORMAT) throw new Error("the file is not a progress export");
    if (data.version !== VERSION) throw new Error("unsupported progress file version " + data.version);
    if (!data.results || typeof data.results !== "object" || Array.isArray(data.results))
      throw new Error("the file has no results");
    return validResults(data.results);
  }

  /* The well-formed entries of a results object, and how many were not. */
  function validResults(raw) {
    var results = {};
    var skipped = 0;
    Object.keys(raw).forEach(function (key) {
      var record = raw[key];
      if (key && validRecord(record)) results[key] = { result: record.result, at: record.at, box: record.box };
      else skipped += 1;
    });
    return { results: results, skipped: skipped };
  }

  /* Newest result wins; on a tie the current one stays. */
  function mergeResults(current, incoming) {
    var merged = {};
    var added = 0;
    var updated = 0;
    Object.keys(current).forEach(function (key) {
      merged[key] = current[key];
    });
    Object.keys(incoming).forEach(function (key) {
      var mine = merged[key];
      var theirs = incoming[key];
      if (!mine) {
        merged[key] = theirs;
        added += 1;
      } else if (theirs.at > mine.at) {
        merged[key] = theirs;
        updated += 1;
      }
    });
    return { results: merged, added: added, updated: updated };
  }

  function withoutTopic(results, topic) {
    var kept = {};
    var prefix = topic + "/";
    Object.keys(results).forEach(function (key) {
      if (key.indexOf(prefix) !== 0) kept[key] = results[key];
    });
    return kept;
  }

  return {
    FORMAT: FORMAT,
    VERSION: VERSION,
    exportDocument: exportDocument,
    parseExport: parseExport,
    validResults: validResults,
    mergeResults: mergeResults,
    withoutTopic: withoutTopic
  };
});
