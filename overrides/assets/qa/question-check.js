/* Question page: reveal the answer (click, Enter/Space on its summary, or the
 * "a" key), then grade it with "Knew it" (1) or "Review again" (2). The page
 * shows the question's remembered state. */
(function () {
  "use strict";
  var qa = window.qa;
  var w = qa.widgets;

  qa.page.register(function (article, page) {
    if (page.kind !== "question" || !page.key) return;
    var answer = article.querySelector("details.answer");

    var panel = w.element("section", "qa-check");
    panel.setAttribute("aria-label", "Self-check");
    var state = w.element("p", "qa-check__state");
    var grades = w.element("div", "qa-check__grades");
    grades.setAttribute("role", "group");
    grades.setAttribute("aria-label", "How did you do?");
    grades.appendChild(w.button("Knew it", function () { record("known"); }, { key: "1", className: "qa-grade qa-grade--known" }));
    grades.appendChild(w.button("Review again", function () { record("review"); }, { key: "2", className: "qa-grade qa-grade--review" }));
    var keys = w.element("p", "qa-keys");
    keys.innerHTML = answer
      ? "Keys: <kbd>a</kbd> show or hide the answer · <kbd>1</kbd> knew it · <kbd>2</kbd> review again"
      : "Keys: <kbd>1</kbd> knew it · <kbd>2</kbd> review again";
    panel.appendChild(state);
    panel.appendChild(grades);
    panel.appendChild(keys);

    var anchor = answer || article.querySelector(".admonition.note") || article.lastElementChild;
    anchor.insertAdjacentElement("afterend", panel);

    function revealed() {
      return !answer || answer.open;
    }

    function showState() {
      var record = qa.store.results()[page.key];
      state.textContent = "";
      state.appendChild(w.element("span", "qa-sr-only", "Your progress: "));
      var mark = w.stateMark();
      w.setStateMark(mark, qa.schedule.stateOf(record));
      state.appendChild(mark);
      state.appendChild(w.element("span", "qa-check__text", w.describeRecord(record, Date.now())));
      state.setAttribute("data-state", qa.schedule.stateOf(record));
      grades.hidden = !revealed();
    }

    function record(result) {
      if (!revealed()) return qa.page.announce("Show the answer first, then grade it.");
      var saved = qa.store.grade(page.key, result);
      var message = result === "known" ? "Recorded: knew it. Next review " + w.inDays(qa.schedule.dueAt(saved), Date.now()) + "."
        : "Recorded: review again.";
      qa.page.announce(message);
    }

    function toggleAnswer() {
      if (!answer) return;
      answer.open = !answer.open;
      answer.querySelector("summary").focus();
    }

    if (answer) {
      var onToggle = function () {
        showState();
        qa.page.announce(answer.open ? "Answer shown. Grade it with 1 or 2." : "Answer hidden.");
      };
      answer.addEventListener("toggle", onToggle);
      qa.page.onLeave(function () { answer.removeEventListener("toggle", onToggle); });
    }
    qa.page.onChange(showState);
    qa.page.onKeys({ a: toggleAnswer, 1: function () { record("known"); }, 2: function () { record("review"); } });
    showState();
  });
})();
