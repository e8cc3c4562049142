/* Answers on any page: the header of an answer says "Show answer" while it is
 * closed and "Hide answer" while it is open; a page with more than one answer
 * (the "Read the topic" page) gets "Show all answers" / "Hide all answers",
 * and there the key "a" shows them all, or hides them all when all are open.
 * Printing the page prints every answer open. */
(function () {
  "use strict";
  var qa = window.qa;
  var names = window.qaContract; /* class and attribute names shared with the pages: contract.js */
  var w = qa.widgets;
  var SHOW = "Show answer";
  var HIDE = "Hide answer";

  /* Only our own label changes; a header the bank wrote stays as it is. The
   * HTML (and so the search index) keeps "Show answer". */
  function label(details) {
    var summary = details.querySelector(":scope > summary");
    if (!summary || summary.children.length) return;
    var text = summary.textContent.trim();
    if (text === SHOW || text === HIDE) summary.textContent = details.open ? HIDE : SHOW;
  }

  qa.page.register(function (article, page) {
    var answers = article.querySelectorAll("details." + names.classes.answer);
    Array.prototype.forEach.call(answers, label);
    /* "toggle" does not bubble: one listener in the capture phase serves every answer. */
    var onToggle = function (event) {
      var target = event.target;
      if (target instanceof HTMLDetailsElement && target.classList.contains("answer")) label(target);
    };
    article.addEventListener("toggle", onToggle, true);
    qa.page.onLeave(function () { article.removeEventListener("toggle", onToggle, true); });

    /* Printing shows every answer; those the reader had closed close again afterwards. */
    var closed = [];
    var beforePrint = function () {
      closed = Array.prototype.filter.call(article.querySelectorAll("details"), function (d) { return !d.open; });
      closed.forEach(function (d) { d.open = true; });
    };
    var afterPrint = function () {
      closed.forEach(function (d) { d.open = false; });
      closed = [];
    };
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", afterPrint);
    qa.page.onLeave(function () {
      window.removeEventListener("beforeprint", beforePrint);
      window.removeEventListener("afterprint", afterPrint);
    });

    if (answers.length < 2) return;
    function setAll(open) {
      Array.prototype.forEach.call(answers, function (details) { details.open = open; });
      qa.page.announce((open ? "Showing all " : "Hid all ") + answers.length + " answers.");
    }
    function allOpen() {
      return Array.prototype.every.call(answers, function (details) { return details.open; });
    }
    var reading = page.kind === "read";
    var bar = w.element("div", "qa-answers-toggle");
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", "All answers on this page");
    bar.appendChild(w.button("Show all answers", function () { setAll(true); }, { className: "qa-show-all" }));
    bar.appendChild(w.button("Hide all answers", function () { setAll(false); }, { className: "qa-hide-all" }));
    if (reading) {
      var keys = w.element("p", "qa-keys");
      keys.innerHTML = "Keys: <kbd>a</kbd> show all answers, or hide them all when all are shown";
      bar.appendChild(keys);
      qa.page.onKeys({ a: function () { setAll(!allOpen()); } });
    }
    var anchor = article.querySelector(reading ? "." + names.classes.read_summary : "h1") || article.querySelector("h1");
    if (anchor) anchor.insertAdjacentElement("afterend", bar);
    else article.insertBefore(bar, article.firstChild);
  });
})();
