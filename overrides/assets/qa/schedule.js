/* The schedule: FSRS through the vendored ts-fsrs library (vendor/ts-fsrs,
 * loaded before this script; under node, required), and the practice-run
 * order. Pure functions: no DOM, no storage.
 *
 * A result (storage version 2) is
 *   {grade: 1..4, at: <ms>, card: <card>, before: <card> | null}
 * grade: the last grade (1 Again, 2 Hard, 3 Good, 4 Easy); at: when it was
 * given; card: the FSRS card after it, its dates as ms since 1970; before: the
 * card before it (null for a question seen for the first time). A version 1
 * result (Leitner box) has no `before`: see migrate().
 *
 * A grade given before the question is due replaces the last grade: it is
 * computed from `before`, at the time of the grade it replaces, so a double
 * click or a second visit the same day never pushes the review out. */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory(require("./vendor/ts-fsrs/index.umd.js"));
  else (root.qa = root.qa || {}).schedule = factory(root.FSRS);
})(typeof self !== "undefined" ? self : this, function (FSRS) {
  "use strict";

  var DAY_MS = 24 * 60 * 60 * 1000;
  var GRADES = [
    { grade: 1, name: "Again", key: "1" },
    { grade: 2, name: "Hard", key: "2" },
    { grade: 3, name: "Good", key: "3" },
    { grade: 4, name: "Easy", key: "4" }
  ];
  /* Leitner intervals of storage version 1, for migrate(). */
  var V1_INTERVAL_DAYS = [1, 2, 4, 8, 16];
  var CARD_DATES = ["due", "last_review"];
  var CARD_NUMBERS = ["stability", "difficulty", "elapsed_days", "scheduled_days", "reps", "lapses", "learning_steps", "state"];

  /* Default FSRS parameters (request retention 0.9, learning steps 1 and 10
   * minutes, relearning 10 minutes); no fuzz, so that a preview is exactly
   * what the grade then schedules. */
  var scheduler = FSRS.fsrs(FSRS.generatorParameters({ enable_fuzz: false }));

  function toStored(card) {
    var out = {};
    CARD_NUMBERS.forEach(function (name) { out[name] = card[name]; });
    CARD_DATES.forEach(function (name) {
      if (card[name]) out[name] = new Date(card[name]).getTime();
    });
    return out;
  }

  function toLibrary(stored) {
    var card = {};
    CARD_NUMBERS.forEach(function (name) { card[name] = stored[name]; });
    card.due = new Date(stored.due);
    if (typeof stored.last_review === "number") card.last_review = new Date(stored.last_review);
    return card;
  }

  /* The card a new grade starts from, and when that grade counts as given. */
  function basis(previous, now) {
    if (!previous) return { card: null, at: now };
    if (previous.before !== undefined && now < previous.card.due) {
      var at = typeof previous.card.last_review === "number" ? previous.card.last_review : previous.at;
      return { card: previous.before, at: Math.min(at, now) };
    }
    return { card: previous.card, at: now };
  }

  function step(card, at, rating) {
    var from = card ? toLibrary(card) : FSRS.createEmptyCard(new Date(at));
    return toStored(scheduler.next(from, new Date(at), rating).card);
  }

  function checkGrade(rating) {
    if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) throw new Error("unknown grade: " + rating);
  }

  function grade(previous, rating, now) {
    checkGrade(rating);
    var from = basis(previous, now);
    return { grade: rating, at: now, card: step(from.card, from.at, rating), before: from.card };
  }

  /* For each grade, when it would make the question due and in how long:
   * {1: {due, interval}, ..., 4: {...}}, interval in ms from now. */
  function preview(previous, now) {
    var from = basis(previous, now);
    var out = {};
    GRADES.forEach(function (g) {
      var due = step(from.card, from.at, g.grade).due;
      out[g.grade] = { due: due, interval: Math.max(0, due - now) };
    });
    return out;
  }

  /* "1 min", "10 min", "5 h", "4 d", "3 mo", "1.5 y". */
  function formatInterval(ms) {
    var minutes = Math.round(ms / 60000);
    if (minutes < 60) return Math.max(minutes, 1) + " min";
    var hours = Math.round(ms / 3600000);
    if (hours < 24) return hours + " h";
    var days = Math.round(ms / DAY_MS);
    if (days < 100) return days + " d";
    if (days < 365) return Math.round(days / 30.4) + " mo";
    return Math.round((days / 365) * 10) / 10 + " y";
  }

  /* Known / to review / unseen, for progress bars: "to review" is a question
   * whose last grade was Again. */
  function stateOf(record) {
    if (!record) return "unseen";
    return record.grade === 1 ? "review" : "known";
  }

  function dueAt(record) {
    return record ? record.card.due : 0;
  }

  /* A graded question whose due time has come (not an unseen one). */
  function isDue(record, now) {
    return !!record && record.card.due <= now;
  }

  /* The end of the local day of `now`: "due today" means due before it. */
  function endOfDay(now) {
    var d = new Date(now);
    d.setHours(24, 0, 0, 0);
    return d.getTime();
  }

  function countStates(keys, results) {
    var counts = { known: 0, review: 0, unseen: 0, total: keys.length };
    keys.forEach(function (key) {
      counts[stateOf(results[key])] += 1;
    });
    return counts;
  }

  /* Graded questions due by `until` (for "N due today", endOfDay(now)). */
  function countDue(keys, results, until) {
    return keys.filter(function (key) { return isDue(results[key], until); }).length;
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

  /* "due": the questions due today shuffled, then the unseen ones shuffled,
   * then the rest, soonest due first. "cram": everything shuffled. */
  function runOrder(keys, results, options) {
    var random = options.random || Math.random;
    if (options.mode === "cram") return shuffled(keys, random);
    var until = endOfDay(options.now);
    var due = keys.filter(function (key) { return isDue(results[key], until); });
    var unseen = keys.filter(function (key) { return !results[key]; });
    var later = keys
      .filter(function (key) { return results[key] && !isDue(results[key], until); })
      .map(function (key, index) { return { key: key, index: index, at: dueAt(results[key]) }; })
      .sort(function (a, b) { return a.at - b.at || a.index - b.index; })
      .map(function (item) { return item.key; });
    return shuffled(due, random).concat(shuffled(unseen, random), later);
  }

  /* A version 1 result {result: "known" | "review", at, box: 0..5} as a
   * version 2 one. "review" becomes Again, due at once; box b becomes Good
   * in the review state, due when the Leitner schedule had it due, with the
   * stability that FSRS gives such an interval (at 90% retention, the
   * interval in days) and a middling difficulty. No `before`: a grade given
   * before it is due is an early review, not a replacement. */
  function migrate(v1) {
    var box = Math.min(Math.max(v1.box | 0, 0), V1_INTERVAL_DAYS.length);
    var card = {
      stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 0, reps: Math.max(box, 1),
      lapses: 0, learning_steps: 0, state: FSRS.State.Review, due: v1.at, last_review: v1.at
    };
    if (v1.result === "review" || box === 0) {
      card.state = FSRS.State.Relearning;
      card.lapses = 1;
      return { grade: 1, at: v1.at, card: card };
    }
    var days = V1_INTERVAL_DAYS[box - 1];
    card.stability = days;
    card.scheduled_days = days;
    card.due = v1.at + days * DAY_MS;
    return { grade: 3, at: v1.at, card: card };
  }

  return {
    DAY_MS: DAY_MS,
    GRADES: GRADES,
    V1_INTERVAL_DAYS: V1_INTERVAL_DAYS,
    CARD_NUMBERS: CARD_NUMBERS,
    grade: grade,
    preview: preview,
    formatInterval: formatInterval,
    stateOf: stateOf,
    dueAt: dueAt,
    isDue: isDue,
    endOfDay: endOfDay,
    countStates: countStates,
    countDue: countDue,
    shuffled: shuffled,
    runOrder: runOrder,
    migrate: migrate
  };
});
