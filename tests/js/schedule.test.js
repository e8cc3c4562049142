// Unit tests of the Leitner schedule and the practice-run order (overrides/assets/qa/schedule.js).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const schedule = require("../../overrides/assets/qa/schedule.js");

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 1);

function seeded(seed) {
  // A small linear congruential generator: repeatable shuffles.
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

test("the intervals are 1, 2, 4, 8 and 16 days", () => {
  assert.deepEqual(schedule.INTERVAL_DAYS, [1, 2, 4, 8, 16]);
});

test("each 'knew it' moves a question one box up, to box 5 at most", () => {
  let record;
  const boxes = [];
  for (let i = 0; i < 7; i++) {
    record = schedule.grade(record, "known", T0 + i);
    boxes.push(record.box);
  }
  assert.deepEqual(boxes, [1, 2, 3, 4, 5, 5, 5]);
  assert.equal(record.result, "known");
  assert.equal(record.at, T0 + 6);
});

test("'review again' sends a question back to box 0, due at once", () => {
  const known = schedule.grade(schedule.grade(undefined, "known", T0), "known", T0);
  const review = schedule.grade(known, "review", T0 + DAY);
  assert.deepEqual(review, { result: "review", at: T0 + DAY, box: 0 });
  assert.ok(schedule.isDue(review, T0 + DAY));
  assert.equal(schedule.grade(review, "known", T0 + 2 * DAY).box, 1);
});

test("a known question is due when its box's interval has passed", () => {
  for (let box = 1; box <= 5; box++) {
    const record = { result: "known", at: T0, box };
    const due = T0 + schedule.INTERVAL_DAYS[box - 1] * DAY;
    assert.equal(schedule.dueAt(record), due);
    assert.equal(schedule.isDue(record, due - 1), false, `box ${box} just before`);
    assert.equal(schedule.isDue(record, due), true, `box ${box} at its time`);
  }
});

test("unseen questions are due", () => {
  assert.equal(schedule.isDue(undefined, T0), true);
  assert.equal(schedule.stateOf(undefined), "unseen");
});

test("an unknown result is refused", () => {
  assert.throws(() => schedule.grade(undefined, "maybe", T0), /unknown result/);
});

test("counts of known, to review and unseen cover only the given keys", () => {
  const results = {
    "t/a": { result: "known", at: T0, box: 1 },
    "t/b": { result: "review", at: T0, box: 0 },
    "gone/x": { result: "known", at: T0, box: 3 },
  };
  assert.deepEqual(schedule.countStates(["t/a", "t/b", "t/c"], results), { known: 1, review: 1, unseen: 1, total: 3 });
});

test("due first: due questions come before the others, which follow soonest first", () => {
  const now = T0 + 10 * DAY;
  const results = {
    "t/known-late": { result: "known", at: now, box: 5 }, // due in 16 days
    "t/known-soon": { result: "known", at: now, box: 1 }, // due in 1 day
    "t/overdue": { result: "known", at: T0, box: 2 }, // due since day 2
    "t/review": { result: "review", at: now, box: 0 },
  };
  const keys = ["t/known-late", "t/unseen", "t/known-soon", "t/overdue", "t/review"];
  const order = schedule.runOrder(keys, results, { mode: "due", now, random: seeded(7) });
  assert.deepEqual(new Set(order.slice(0, 3)), new Set(["t/unseen", "t/overdue", "t/review"]));
  assert.deepEqual(order.slice(3), ["t/known-soon", "t/known-late"]);
  assert.equal(schedule.countDue(keys, results, now), 3);
});

test("cram ignores the schedule: every question, shuffled", () => {
  const keys = Array.from({ length: 40 }, (_, i) => `t/q${i}`);
  const results = Object.fromEntries(keys.slice(0, 20).map((k) => [k, { result: "known", at: T0, box: 5 }]));
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
