/* Question page: reveal the answer (click, Enter/Space on its summary, or the
 * "a" key), then grade it Again (1), Hard (2), Good (3) or Easy (4), each
 * button showing the interval it would schedule. After a grade, "Next
 * question" (or j) goes on to the topic's next question, and from its last
 * one to the first question of the next topic. The page shows the question's
 * remembered state. */
(function () {
  "use strict";
  var qa = window.qa;
  var names = window.qaContract; /* class and attribute names shared with the pages: contract.js */
  var w = qa.widgets;

  /* The question after `key` in the practice index: the next one of its
   * topic, else the first one of the next topic; null after the last. */
  function following(index, key) {
    for (var t = 0; t < index.topics.length; t++) {
      var questions = index.topics[t].questions;
      for (var i = 0; i < questions.length; i++) {
        if (questions[i].key !== key) continue;
        if (i + 1 < questions.length) return { question: questions[i + 1], topic: null };
        for (var u = t + 1; u < index.topics.length; u++) {
          if (index.topics[u].questions.length) return { question: index.topics[u].questions[0], topic: index.topics[u] };
        }
        return null;
      }
    }
    return null;
  }

  qa.page.register(function (article, page) {
    if (page.kind !== "question" || !page.key) return;
    var answer = article.querySelector("details." + names.classes.answer);

    var panel = w.element("section", "qa-check");
    panel.setAttribute("aria-label", "Self-check");
    var state = w.element("p", "qa-check__state");
    var grades = w.gradeGroup(record);
    var warning = w.element("p", "qa-check__warning");
    warning.setAttribute("role", "alert");
    warning.hidden = true;
    var nextBox = w.element("p", "qa-check__next");
    nextBox.hidden = true;
    var nextLink = w.element("a", "md-button md-button--primary qa-button qa-next");
    nextLink.appendChild(w.element("span", "qa-button__label", "Next question"));
    var nextKey = w.element("kbd", "qa-button__key", "j");
    nextKey.setAttribute("aria-hidden", "true");
    nextLink.appendChild(nextKey);
    nextLink.setAttribute("aria-keyshortcuts", "j");
    nextBox.appendChild(nextLink);
    var keys = w.element("p", "qa-keys");
    keys.innerHTML = (answer ? "Keys: <kbd>a</kbd> show or hide the answer · " : "Keys: ") +
      "<kbd>1</kbd> again · <kbd>2</kbd> hard · <kbd>3</kbd> good · <kbd>4</kbd> easy · <kbd>j</kbd> next question (after grading)";
    [state, grades.group, warning, nextBox, keys].forEach(function (el) { panel.appendChild(el); });

    var anchor = answer || article.querySelector("." + names.classes.admonition + "." + names.classes.no_answer) || article.lastElementChild;
    anchor.insertAdjacentElement("afterend", panel);

    var graded = false;
    // A grade given right after opening can come before the browser fires the details' toggle
    // event: that late event must not replace the grade's announcement with "Answer shown".
    var gradeAnnounced = false;
    var hasNext = false;

    qa.page.loadIndex(page.indexUrl, qa.page.whileHere(function (index) {
      var next = index && following(index, page.key);
      if (!next) {
        /* The last question of the last topic: back to the list of topics. */
        nextLink.querySelector(".qa-button__label").textContent = "Back to all topics";
        nextLink.href = w.pageHref(page.root);
      } else {
        nextLink.querySelector(".qa-button__label").textContent = next.topic
          ? "Next topic: " + next.topic.title + " (first question)" : "Next question";
        nextLink.href = w.pageHref(new URL(next.question.url, page.root).href);
      }
      hasNext = true;
      showNext();
    }));

    function revealed() {
      return !answer || answer.open;
    }

    function showNext() {
      nextBox.hidden = !(graded && hasNext);
    }

    function showState() {
      var results = qa.store.results();
      var saved = results[page.key];
      var now = Date.now();
      state.textContent = "";
      state.appendChild(w.element("span", "qa-sr-only", "Your progress: "));
      var mark = w.stateMark();
      w.setStateMark(mark, qa.schedule.stateOf(saved));
      state.appendChild(mark);
      state.appendChild(w.element("span", "qa-check__text", w.describeRecord(saved, now)));
      state.setAttribute("data-state", qa.schedule.stateOf(saved));
      grades.update(saved, now);
      grades.group.hidden = !revealed();
    }

    // Announcements name keys only while single-key shortcuts are on (keys.js, loaded later).
    function keysOn() {
      return !(qa.keys && !qa.keys.enabled());
    }

    function record(rating) {
      if (!revealed()) return qa.page.announce("Show the answer first, then grade it.");
      var outcome = qa.store.grade(page.key, rating);
      grades.choose(rating);
      var message = "Recorded: " + w.GRADE_NAMES[rating] + ". Next review " + w.inDays(qa.schedule.dueAt(outcome.record), Date.now()) + ".";
      warning.hidden = outcome.saved;
      warning.textContent = outcome.saved ? "" : w.notSaved(outcome);
      if (!outcome.saved) message += " " + w.notSaved(outcome);
      graded = true;
      gradeAnnounced = true;
      showNext();
      qa.page.announce(message + (hasNext && keysOn() ? " Press j for the next question." : ""));
    }

    function toggleAnswer() {
      if (!answer) return;
      answer.open = !answer.open;
      answer.querySelector("summary").focus();
    }

    function goNext() {
      if (!graded || nextBox.hidden) return;
      nextLink.click();
    }

    if (answer) {
      var onToggle = function () {
        showState();
        var late = gradeAnnounced && answer.open;
        gradeAnnounced = false;
        if (late) return;
        var how = keysOn() ? "with 1 (again) to 4 (easy)" : "with the buttons below the answer";
        qa.page.announce(answer.open ? "Answer shown. Grade it " + how + "." : "Answer hidden.");
      };
      answer.addEventListener("toggle", onToggle);
      qa.page.onLeave(function () { answer.removeEventListener("toggle", onToggle); });
    }
    qa.page.onChange(showState);
    var handlers = { a: toggleAnswer, j: goNext };
    qa.schedule.GRADES.forEach(function (g) {
      handlers[g.key] = function () { record(g.grade); };
    });
    qa.page.onKeys(handlers);
    showState();
  });
})();
