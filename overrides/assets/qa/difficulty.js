/* Difficulty filter: the marks a bank writes after a title ("⭐⭐", "🔥") as a
 * filter on topic pages and in practice runs ("only ⭐⭐⭐"). The choices and
 * the filter are pure (unit-tested with node); the topic page's filter is a
 * row of toggle buttons above its list that hides the other questions. */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else (root.qa = root.qa || {}).difficulty = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var NONE = "none"; /* the choice of questions without marks */

  function level(marks) {
    return Array.from(marks.replace(/[\u200d\ufe0e\ufe0f]/g, "")).length;
  }

  /* The marks found, fewest first (then as text), and NONE last when some
   * question has none; [] when no question has marks (no filter to offer). */
  function choices(marksList) {
    var seen = {};
    var unmarked = false;
    marksList.forEach(function (marks) {
      if (marks) seen[marks] = true;
      else unmarked = true;
    });
    var list = Object.keys(seen).sort(function (a, b) {
      return level(a) - level(b) || (a < b ? -1 : a > b ? 1 : 0);
    });
    if (!list.length) return [];
    if (unmarked) list.push(NONE);
    return list;
  }

  /* Does a question with `marks` pass the choice ("" passes everything)? */
  function matches(marks, choice) {
    if (!choice) return true;
    if (choice === NONE) return !marks;
    return marks === choice;
  }

  function label(choice) {
    return choice === NONE ? "No marks" : choice;
  }

  return { NONE: NONE, choices: choices, matches: matches, label: label, level: level };
});

(function () {
  "use strict";
  var qa = typeof window !== "undefined" ? window.qa : null;
  if (!qa || !qa.page || !qa.widgets) return;
  var d = qa.difficulty;
  var w = qa.widgets;
  var names = window.qaContract; /* class and attribute names shared with the pages: contract.js */
  var list = "ol." + names.classes.questions;
  var marksOf = function (li) { return li.getAttribute(names.attributes.marks) || ""; };

  qa.page.register(function (article, page) {
    if (page.kind !== "topic") return;
    var items = Array.prototype.slice.call(article.querySelectorAll(list + " > li"));
    var found = d.choices(items.map(marksOf));
    var first = article.querySelector(list);
    if (!found.length || !first) return;
    var group = w.element("div", "qa-difficulty");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Difficulty");
    group.appendChild(w.element("span", "qa-difficulty__label", "Difficulty:"));
    var status = w.element("span", "qa-difficulty__status");
    status.setAttribute("aria-live", "polite");
    var buttons = [];
    function choose(choice) {
      var shown = 0;
      items.forEach(function (li) {
        li.hidden = !d.matches(marksOf(li), choice);
        if (!li.hidden) shown += 1;
      });
      buttons.forEach(function (button, index) {
        button.setAttribute("aria-pressed", String(choices[index] === choice));
      });
      status.textContent = choice ? shown + " of " + items.length + " questions shown" : "";
    }
    var choices = [""].concat(found);
    choices.forEach(function (choice) {
      var button = w.button(choice ? d.label(choice) : "All", function () { choose(choice); },
        { className: "qa-difficulty__choice" });
      buttons.push(button);
      group.appendChild(button);
    });
    group.appendChild(status);
    first.parentNode.insertBefore(group, first);
    choose("");
  });
})();
