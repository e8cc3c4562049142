/* Progress data: the export file, reading it back (and version 1 files,
 * migrated), merging, resetting. Pure functions: no DOM, no storage.
 *
 * Results map a question key ("topic/question-id") to its latest grade, a
 * version 2 result of schedule.js: {grade, at, card, before}. */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory(require("./schedule.js"));
  else (root.qa = root.qa || {}).progressData = factory(root.qa.schedule);
})(typeof self !== "undefined" ? self : this, function (schedule) {
  "use strict";

  var FORMAT = "qa-study-progress";
  var VERSION = 2;
  var MAX_BOX = 5;
  var DAY_MS = 24 * 60 * 60 * 1000;
  /* A time before this, or more than a day after now, is refused. */
  var EARLIEST = Date.UTC(2000, 0, 1);
  /* FSRS schedules at most 36,500 days ahead. */
  var LONGEST = 36501 * DAY_MS;

  function exportDocument(results, now) {
    return {
      format: FORMAT,
      version: VERSION,
      exported: new Date(now).toISOString(),
      results: results
    };
  }

  function saneTime(ms, now) {
    return typeof ms === "number" && isFinite(ms) && ms >= EARLIEST && ms <= now + DAY_MS;
  }

  function validV1(record, now) {
    return (
      record !== null &&
      typeof record === "object" &&
      (record.result === "known" || record.result === "review") &&
      saneTime(record.at, now) &&
      Number.isInteger(record.box) &&
      record.box >= 0 &&
      record.box <= MAX_BOX
    );
  }

  function validCard(card, now) {
    if (card === null || typeof card !== "object") return false;
    var numbers = schedule.CARD_NUMBERS.every(function (name) {
      return typeof card[name] === "number" && isFinite(card[name]) && card[name] >= 0;
    });
    return (
      numbers &&
      Number.isInteger(card.state) &&
      card.state <= 3 &&
      saneTime(card.last_review, now) &&
      typeof card.due === "number" &&
      card.due >= card.last_review &&
      card.due <= card.last_review + LONGEST
    );
  }

  function cleanCard(card) {
    var out = {};
    schedule.CARD_NUMBERS.concat(["due", "last_review"]).forEach(function (name) { out[name] = card[name]; });
    return out;
  }

  /* A well-formed version 2 result, copied, or null. */
  function validV2(record, now) {
    if (record === null || typeof record !== "object") return null;
    if (!(record.grade === 1 || record.grade === 2 || record.grade === 3 || record.grade === 4)) return null;
    if (!saneTime(record.at, now) || !validCard(record.card, now)) return null;
    var out = { grade: record.grade, at: record.at, card: cleanCard(record.card) };
    if (record.before === null) out.before = null;
    else if (record.before !== undefined) {
      if (!validCard(record.before, now)) return null;
      out.before = cleanCard(record.before);
    }
    return out;
  }

  /* Reads an exported file. Throws an Error whose message can be shown to the
   * reader when the text is not a progress file; skips malformed entries. */
  function parseExport(text, now) {
    var data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new Error("the file is not JSON");
    }
    if (!data || data.format !== FORMAT) throw new Error("the file is not a progress export");
    if (data.version !== 1 && data.version !== VERSION) throw new Error("unsupported progress file version " + data.version);
    if (!data.results || typeof data.results !== "object" || Array.isArray(data.results))
      throw new Error("the file has no results");
    return validResults(data.results, data.version, now);
  }

  /* The well-formed entries of a results object of the given version (1:
   * migrated to version 2), and how many were not: malformed ones, and those
   * with a time before 2000 or more than a day after `now`. */
  function validResults(raw, version, now) {
    var results = {};
    var skipped = 0;
    Object.keys(raw).forEach(function (key) {
      var record = raw[key];
      var clean = null;
      if (version === 1) clean = validV1(record, now) ? schedule.migrate(record) : null;
      else clean = validV2(record, now);
      if (key && clean) results[key] = clean;
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
    EARLIEST: EARLIEST,
    exportDocument: exportDocument,
    parseExport: parseExport,
    validResults: validResults,
    mergeResults: mergeResults,
    withoutTopic: withoutTopic
  };
});
