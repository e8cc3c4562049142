// Unit tests of the schedule (FSRS through the vendored ts-fsrs) and the practice-run order
// (overrides/assets/qa/schedule.js).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const schedule = require("../../overrides/assets/qa/schedule.js");
const FSRS = require("../../overrides/assets/qa/vendor/ts-fsrs/index.umd.js");

const DAY = 24 * 60 * 60 * 1000;
const MIN = 60 * 1000;
const T0 = Date.UTC(2026, 0, 1, 9);
const [AGAIN, HARD, GOOD, EASY] = [1, 2, 3, 4];

function seeded(seed) {
  // A small linear congruential generator: repeatable shuffles.
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

// Good each time the question comes due: the record after each review.
function goodWhenDue(times) {
  let record;
  let now = T0;
  const out = [];
  for (let i = 0; i < times; i++) {
    record = schedule.grade(record, GOOD, now);
    out.push(record);
    now = record.card.due;
  }
  return out;
}

test("the schedule is the library's: a first grade gives what ts-fsrs gives a new card", () => {
  const library = FSRS.fsrs(FSRS.generatorParameters({ enable_fuzz: false }));
  const expected = library.repeat(FSRS.createEmptyCard(new Date(T0)), new Date(T0));
  for (const g of [AGAIN, HARD, GOOD, EASY]) {
    const record = schedule.grade(undefined, g, T0);
    assert.equal(record.card.due, expected[g].card.due.getTime(), `grade ${g}`);
    assert.equal(record.card.stability, expected[g].card.stability);
    assert.equal(record.card.state, expected[g].card.state);
    assert.equal(record.grade, g);
    assert.equal(record.at, T0);
    assert.equal(record.before, null, "a first grade replaces nothing");
  }
});

test("four grades, named Again, Hard, Good, Easy, on keys 1 to 4", () => {
  assert.deepEqual(
    schedule.GRADES.map((g) => [g.grade, g.name, g.key]),
    [[1, "Again", "1"], [2, "Hard", "2"], [3, "Good", "3"], [4, "Easy", "4"]],
  );
  assert.throws(() => schedule.grade(undefined, 5, T0), /unknown grade/);
  assert.throws(() => schedule.grade(undefined, "known", T0), /unknown grade/);
});

test("intervals grow with Good given when due", () => {
  const records = goodWhenDue(6);
  const intervals = records.map((r) => r.card.due - r.at);
  for (let i = 2; i < intervals.length; i++) assert.ok(intervals[i] > intervals[i - 1], `interval ${i} grows: ${intervals}`);
  assert.ok(intervals[5] > 30 * DAY, "after six good reviews the next one is more than a month away");
  assert.equal(records[5].card.reps, 6);
});

test("Again resets: a known question comes due within minutes, as a lapse", () => {
  const records = goodWhenDue(5);
  const last = records[4];
  const now = last.card.due;
  const again = schedule.grade(last, AGAIN, now);
  assert.ok(again.card.due - now <= 10 * MIN, "due again within ten minutes");
  assert.equal(again.card.lapses, last.card.lapses + 1);
  assert.ok(again.card.stability < last.card.stability);
  assert.equal(schedule.stateOf(again), "review");
  assert.equal(schedule.stateOf(last), "known");
});

test("a grade given again before the question is due replaces the last one", () => {
  const first = schedule.grade(undefined, GOOD, T0);
  // A double click, a second visit, pressing 3 four times: never pushed out.
  let record = first;
  for (let i = 1; i <= 4; i++) record = schedule.grade(record, GOOD, T0 + i * 1000);
  assert.equal(record.card.due, first.card.due);
  assert.deepEqual(record.card, first.card);
  assert.equal(record.at, T0 + 4000, "the time of the last grade is kept for merging");
  assert.equal(record.before, null);

  // On a question in review: Good again the same day keeps its due date...
  const reviewed = goodWhenDue(4)[3];
  const sameDay = schedule.grade(reviewed, GOOD, reviewed.at + 2 * 3600 * 1000);
  assert.equal(sameDay.card.due, reviewed.card.due);
  assert.deepEqual(sameDay.before, reviewed.before);
  // ...Easy instead of Good replaces it as if Easy had been given then...
  const easy = schedule.grade(reviewed, EASY, reviewed.at + 3600 * 1000);
  const direct = schedule.grade({ ...reviewed, card: reviewed.before, before: undefined }, EASY, reviewed.at);
  assert.equal(easy.card.due, direct.card.due);
  assert.ok(easy.card.due > reviewed.card.due);
  // ...and Again instead makes it due at once.
  const again = schedule.grade(reviewed, AGAIN, reviewed.at + 3600 * 1000);
  assert.ok(schedule.isDue(again, reviewed.at + 3600 * 1000 + 10 * MIN));
  assert.equal(again.card.reps, reviewed.card.reps, "a replaced grade is not one more review");
});

test("a grade once the question is due is a new review", () => {
  const first = schedule.grade(undefined, GOOD, T0);
  const second = schedule.grade(first, GOOD, first.card.due);
  assert.deepEqual(second.before, first.card);
  assert.equal(second.card.reps, 2);
  assert.ok(second.card.due > first.card.due);
});

test("preview: what each grade would schedule, the same as grading", () => {
  const reviewed = goodWhenDue(3)[2];
  for (const now of [reviewed.card.due, reviewed.at + 1000]) {
    const shown = schedule.preview(reviewed, now);
    for (const g of [AGAIN, HARD, GOOD, EASY]) {
      const due = schedule.grade(reviewed, g, now).card.due;
      assert.equal(shown[g].due, due);
      assert.equal(shown[g].interval, Math.max(0, due - now));
    }
    assert.ok(shown[1].interval < shown[2].interval && shown[2].interval < shown[3].interval && shown[3].interval < shown[4].interval);
  }
  const fresh = schedule.preview(undefined, T0);
  assert.deepEqual(
    [1, 2, 3, 4].map((g) => schedule.formatInterval(fresh[g].interval)),
    ["1 min", "6 min", "10 min", schedule.formatInterval(8 * DAY)],
  );
});

test("intervals read as minutes, hours, days, months and years", () => {
  assert.equal(schedule.formatInterval(0), "1 min");
  assert.equal(schedule.formatInterval(10 * MIN), "10 min");
  assert.equal(schedule.formatInterval(5 * 3600 * 1000), "5 h");
  assert.equal(schedule.formatInterval(4 * DAY), "4 d");
  assert.equal(schedule.formatInterval(91 * DAY), "91 d");
  assert.equal(schedule.formatInterval(182 * DAY), "6 mo");
  assert.equal(schedule.formatInterval(548 * DAY), "1.5 y");
});

test("a version 1 result migrates to a card due when the Leitner box had it due", () => {
  for (let box = 1; box <= 5; box++) {
    const record = schedule.migrate({ result: "known", at: T0, box });
    assert.equal(record.grade, GOOD);
    assert.equal(record.at, T0);
    assert.equal(record.card.due, T0 + schedule.V1_INTERVAL_DAYS[box - 1] * DAY);
    assert.equal(record.card.state, FSRS.State.Review);
    assert.equal("before" in record, false);
    assert.equal(schedule.stateOf(record), "known");
    // The library takes it from there: Good when due schedules further out.
    const next = schedule.grade(record, GOOD, record.card.due);
    assert.ok(next.card.due - record.card.due > schedule.V1_INTERVAL_DAYS[box - 1] * DAY);
  }
  const review = schedule.migrate({ result: "review", at: T0, box: 0 });
  assert.equal(review.grade, AGAIN);
  assert.ok(schedule.isDue(review, T0));
  assert.equal(schedule.stateOf(review), "review");
});

test("unseen questions are not due but come in a due-first run after the due ones", () => {
  assert.equal(schedule.isDue(undefined, T0), false);
  assert.equal(schedule.stateOf(undefined), "unseen");
});

test("counts of known, to review and unseen cover only the given keys", () => {
  const results = {
    "t/a": schedule.grade(undefined, GOOD, T0),
    "t/b": schedule.grade(undefined, AGAIN, T0),
    "gone/x": schedule.grade(undefined, EASY, T0),
  };
  assert.deepEqual(schedule.countStates(["t/a", "t/b", "t/c"], results), { known: 1, review: 1, unseen: 1, total: 3 });
});

test("due today: graded questions due before the end of the local day", () => {
  const now = T0 + 10 * DAY;
  const results = {
    "t/overdue": schedule.migrate({ result: "known", at: T0, box: 2 }),
    "t/again": schedule.grade(undefined, AGAIN, now - 5 * MIN), // due a minute after
    "t/later-today": schedule.grade(undefined, GOOD, schedule.endOfDay(now) - 20 * MIN), // due 10 minutes before midnight
    "t/tomorrow": schedule.migrate({ result: "known", at: now, box: 1 }),
  };
  const keys = ["t/overdue", "t/again", "t/later-today", "t/tomorrow", "t/unseen"];
  assert.equal(schedule.countDue(keys, results, schedule.endOfDay(now)), 3);
  assert.equal(schedule.countDue(keys, results, now), 2, "due now: the later-today one is not yet");
  const end = schedule.endOfDay(now);
  assert.ok(end > now && end - now <= DAY);
  assert.equal(new Date(end).getHours(), 0);
});

test("due first: due questions, then unseen ones, then the others soonest first", () => {
  const now = T0 + 10 * DAY;
  const results = {
    "t/known-late": schedule.migrate({ result: "known", at: now, box: 5 }), // due in 16 days
    "t/known-soon": schedule.migrate({ result: "known", at: now, box: 2 }), // due in 2 days
    "t/overdue": schedule.migrate({ result: "known", at: T0, box: 2 }), // due since day 2
    "t/review": schedule.migrate({ result: "review", at: now, box: 0 }),
  };
  const keys = ["t/known-late", "t/unseen", "t/known-soon", "t/overdue", "t/review"];
  const order = schedule.runOrder(keys, results, { mode: "due", now, random: seeded(7) });
  assert.deepEqual(new Set(order.slice(0, 2)), new Set(["t/overdue", "t/review"]));
  assert.deepEqual(order.slice(2), ["t/unseen", "t/known-soon", "t/known-late"]);
});

test("cram ignores the schedule: every question, shuffled", () => {
  const keys = Array.from({ length: 40 }, (_, i) => `t/q${i}`);
  const results = Object.fromEntries(keys.slice(0, 20).map((k) => [k, schedule.migrate({ result: "known", at: T0, box: 5 })]));
  const order = schedule.runOrder(keys, results, { mode: "cram", now: T0, random: seeded(3) });
  assert.deepEqual([...order].sort(), [...keys].sort());
  assert.notDeepEqual(order, keys);
  const notDueFirst = order.slice(0, 20).filter((k) => results[k]).length;
  assert.ok(notDueFirst > 0, "cram must mix questions that are not due among the first ones");
});

test("a shuffle is a permutation and leaves its input alone", () => {
  const keys = ["a", "b", "c", "d", "e"];
  const copy = keys.slice();
  const out = schedule.shuffled(keys, seeded(11));
  assert.deepEqual(keys, copy);
  assert.deepEqual([...out].sort(), copy);
  assert.deepEqual(schedule.shuffled([], Math.random), []);
});
