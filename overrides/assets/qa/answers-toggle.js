/* "Show all answers" / "Hide all answers" on any page with more than one answer. */
(function () {
  "use strict";
  var qa = window.qa;
  var w = qa.widgets;

  qa.page.register(function (article) {
    var answers = article.querySelectorAll("details.answer");
    if (answers.length < 2) return;
    function setAll(open) {
      Array.prototype.forEach.call(answers, function (details) { details.open = open; });
      qa.page.announce((open ? "Showing all " : "Hid all ") + answers.length + " answers.");
    }
    var bar = w.element("div", "qa-answers-toggle");
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", "All answers on this page");
    bar.appendChild(w.button("Show all answers", function () { setAll(true); }, { className: "qa-show-all" }));
    bar.appendChild(w.button("Hide all answers", function () { setAll(false); }, { className: "qa-hide-all" }));
    var heading = article.querySelector("h1");
    if (heading) heading.insertAdjacentElement("afterend", bar);
    else article.insertBefore(bar, article.firstChild);
  });
})();
