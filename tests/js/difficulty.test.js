// Unit tests of the difficulty choices and filter (overrides/assets/qa/difficulty.js).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const difficulty = require("../../overrides/assets/qa/difficulty.js");

test("choices: fewest marks first, then as text, 'none' last when a question has none", () => {
  assert.deepEqual(difficulty.choices(["⭐⭐⭐", "", "⭐", "⭐⭐", "⭐", "🔥"]), ["⭐", "🔥", "⭐⭐", "⭐⭐⭐", "none"]);
  assert.deepEqual(difficulty.choices(["⭐⭐", "⭐"]), ["⭐", "⭐⭐"]);
});

test("choices: no filter when no question has marks", () => {
  assert.deepEqual(difficulty.choices(["", ""]), []);
  assert.deepEqual(difficulty.choices([]), []);
});

test("level counts marks, not joiners or variation selectors", () => {
  assert.equal(difficulty.level("⭐\ufe0f⭐\ufe0f"), 2);
  assert.equal(difficulty.level("👨\u200d💻"), 2);
});

test("matches: exact marks, 'none' for unmarked, '' for every question", () => {
  assert.equal(difficulty.matches("⭐⭐⭐", "⭐⭐⭐"), true);
  assert.equal(difficulty.matches("⭐⭐", "⭐⭐⭐"), false);
  assert.equal(difficulty.matches("", "none"), true);
  assert.equal(difficulty.matches("⭐", "none"), false);
  assert.equal(difficulty.matches("⭐", ""), true);
  assert.equal(difficulty.label("none"), "No marks");
});
