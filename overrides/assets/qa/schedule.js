/* Leitner schedule and practice-run order. Pure functions: no DOM, no storage.
 *
 * A result is {result: "known" | "review", at: <ms since epoch>, box: 0..5}.
 * "Review again" puts a question in box 0: due at once. "Knew it" moves it up
 * one box; box b is due INTERVAL_DAYS[b - 1] days after it was graded. */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else (root.qa = root.qa || {}).schedule = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var DAY_MS = 24 * 60 * 60 * 1000;
  var INTERVAL_DAYS = [1, 2, 4, 8, 16];
  var TOP_BOX = INTERVAL_DAYS.length;

  function grade(previous, result, now) {
    if (result !== "known" && result !== "review") throw new Error("unknown result: " + result);
    var box = 0;
    if (result === "known") box = Math.min((previous ? previous.box : 0) + 1, TOP_BOX);
    return { result: result, at: now, box: box };
  }

  function stateOf(record) {
    return record ? record.result : "unseen";
  }

  function dueAt(record) {
    if (!record || record.box <= 0) return record ? record.at : 0;
    return record.at + INTERVAL_DAYS[Math.min(record.box, TOP_BOX) - 1] * DAY_MS;
  }

  function isDue(record, now) {
    return !record || record.result === "review" || dueAt(record) <= now;
  }

  function countStates(keys, results) {
    var counts = { known: 0, review: 0, unseen: 0, total: keys.length };
    keys.forEach(function (key) {
      counts[stateOf(results[key])] += 1;
    });
    return counts;
  }

  function shuffled(items, random) {
    var out = items.slice();
    for (var i = out.length - 1; i > 0; i--) {
      var j = Math.floor(random() * (i + 1));
      var swap = out[i];
      out[i] = out[j];
      out[j] = swap;
    }
    return out;
  }

  /* "due": due questions (unseen, to review, interval over) shuffled, then the
   * rest, soonest due first. "cram": everything shuffled, schedule ignored. */
  function runOrder(keys, results, options) {
    var random = options.random || Math.random;
    if (options.mode === "cram") return shuffled(keys, random);
    var now = options.now;
    var due = keys.filter(function (key) { return isDue(results[key], now); });
    var later = keys
      .filter(function (key) { return !isDue(results[key], now); })
      .map(function (key, index) { return { key: key, index: index, at: dueAt(results[key]) }; })
      .sort(function (a, b) { return a.at - b.at || a.index - b.index; })
      .map(function (item) { return item.key; });
    return shuffled(due, random).concat(later);
  }

  function countDue(keys, results, now) {
    return keys.filter(function (key) { return isDue(results[key], now); }).length;
  }

  return {
    DAY_MS: DAY_MS,
    INTERVAL_DAYS: INTERVAL_DAYS,
    grade: grade,
    stateOf: stateOf,
    dueAt: dueAt,
    isDue: isDue,
    countStates: countStates,
    countDue: countDue,
    shuffled: shuffled,
    runOrder: runOrder
  };
});
