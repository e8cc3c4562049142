/* Small DOM builders shared by the self-check features: buttons, progress
 * bars, state marks and wording. */
(function () {
  "use strict";
  var qa = (window.qa = window.qa || {});

  var STATE_LABELS = { known: "Known", review: "To review", unseen: "Not seen yet" };

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  /* A real button; `key` adds a visible shortcut hint and aria-keyshortcuts. */
  function button(label, onClick, options) {
    options = options || {};
    var el = element("button", "md-button qa-button" + (options.className ? " " + options.className : ""));
    el.type = "button";
    el.appendChild(element("span", "qa-button__label", label));
    if (options.key) {
      if (!qa.keys || qa.keys.enabled()) el.setAttribute("aria-keyshortcuts", options.key); /* keys.js */
      var hint = element("kbd", "qa-button__key", options.key);
      hint.setAttribute("aria-hidden", "true");
      el.appendChild(hint);
    }
    if (options.primary) el.classList.add("md-button--primary");
    el.addEventListener("click", onClick);
    return el;
  }

  function link(label, href, className) {
    var el = element("a", "md-button qa-button" + (className ? " " + className : ""), label);
    el.href = href;
    return el;
  }

  /* On file:// a folder URL shows a listing, not the page: point at its index.html. */
  function pageHref(href) {
    var url = new URL(href, location.href);
    if (url.protocol === "file:" && /\/$/.test(url.pathname)) url.pathname += "index.html";
    return url.href;
  }

  function countsSentence(counts) {
    return (
      counts.known + " known, " + counts.review + " to review, " + counts.unseen + " not seen yet, of " +
      counts.total + " question" + (counts.total === 1 ? "" : "s")
    );
  }

  function progressBar(label) {
    var box = element("div", "qa-progress");
    var bar = element("div", "qa-progress__bar");
    bar.setAttribute("role", "img");
    ["known", "review", "unseen"].forEach(function (state) {
      bar.appendChild(element("span", "qa-progress__part qa-progress__part--" + state));
    });
    var legend = element("p", "qa-progress__legend");
    ["known", "review", "unseen"].forEach(function (state, i) {
      if (i) legend.appendChild(document.createTextNode(" · "));
      var item = element("span", "qa-progress__count qa-progress__count--" + state);
      item.setAttribute("data-state", state);
      item.appendChild(element("strong", "", "0"));
      item.appendChild(document.createTextNode(" " + STATE_LABELS[state].toLowerCase()));
      legend.appendChild(item);
    });
    box.appendChild(bar);
    box.appendChild(legend);
    box.setAttribute("data-label", label);
    return box;
  }

  function fillProgressBar(box, counts) {
    var bar = box.querySelector(".qa-progress__bar");
    bar.setAttribute("aria-label", box.getAttribute("data-label") + ": " + countsSentence(counts));
    ["known", "review", "unseen"].forEach(function (state) {
      var part = bar.querySelector(".qa-progress__part--" + state);
      part.style.flexGrow = String(counts[state]);
      part.hidden = counts[state] === 0;
      box.querySelector('[data-state="' + state + '"] strong').textContent = String(counts[state]);
    });
  }

  /* A coloured mark with the state spelled out for screen readers. */
  function stateMark() {
    var mark = element("span", "qa-mark");
    mark.appendChild(element("span", "qa-sr-only"));
    return mark;
  }

  function setStateMark(mark, state) {
    mark.setAttribute("data-state", state);
    mark.title = STATE_LABELS[state];
    mark.firstChild.textContent = STATE_LABELS[state] + ": ";
  }

  function formatDay(ms) {
    return new Date(ms).toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" });
  }

  /* "now", "in 10 minutes", "in 5 hours", "in 1 day", "in 4 days". */
  function inDays(ms, now) {
    if (ms <= now) return "now";
    var minutes = Math.ceil((ms - now) / 60000);
    if (minutes < 60) return "in " + minutes + " minute" + (minutes === 1 ? "" : "s");
    var hours = Math.round((ms - now) / 3600000);
    if (hours < 24) return "in " + hours + " hour" + (hours === 1 ? "" : "s");
    var days = Math.round((ms - now) / qa.schedule.DAY_MS);
    return "in " + days + " day" + (days === 1 ? "" : "s");
  }

  var GRADE_NAMES = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };

  /* "Known · graded Good on 24 Nov 2026 · next review in 4 days" and the like. */
  function describeRecord(record, now) {
    if (!record) return STATE_LABELS.unseen;
    return STATE_LABELS[qa.schedule.stateOf(record)] + " · graded " + GRADE_NAMES[record.grade] + " on " +
      formatDay(record.at) + " · next review " + inDays(qa.schedule.dueAt(record), now);
  }

  /* The four grade buttons, Again · Hard · Good · Easy, keys 1 to 4, each
   * showing the interval it would schedule ("Good · 4 d"). The group itself
   * takes focus after a reveal (tabindex -1): no button looks chosen, and
   * Enter does nothing until the reader picks one. */
  function gradeGroup(onGrade) {
    var group = element("div", "qa-check__grades");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "How did you do? Grade 1 to 4");
    group.tabIndex = -1;
    var buttons = qa.schedule.GRADES.map(function (g) {
      var el = button(g.name, function () { onGrade(g.grade); }, {
        key: g.key,
        className: "qa-grade qa-grade--" + (g.grade === 1 ? "review" : "known") + " qa-grade--" + g.name.toLowerCase()
      });
      el.setAttribute("data-grade", String(g.grade));
      el.setAttribute("aria-pressed", "false");
      group.appendChild(el);
      return el;
    });
    return {
      group: group,
      buttons: buttons,
      /* Mark the grade just given (pressed, ticked), or none: a look apart from focus. */
      choose: function (grade) {
        buttons.forEach(function (el) {
          el.setAttribute("aria-pressed", String(Number(el.getAttribute("data-grade")) === grade));
        });
      },
      /* Labels from the schedule each grade would give `record` now. */
      update: function (record, now) {
        var preview = qa.schedule.preview(record, now);
        buttons.forEach(function (el, i) {
          var g = qa.schedule.GRADES[i];
          var interval = qa.schedule.formatInterval(preview[g.grade].interval);
          el.querySelector(".qa-button__label").textContent = g.name + " · " + interval;
          el.title = g.name + ": next review " + inDays(preview[g.grade].due, now);
        });
      }
    };
  }

  /* The sentence for a grade that could not be saved. */
  function notSaved(status) {
    return "Not saved: " + status.problem + ". It is kept on this page only; export your progress to keep it.";
  }

  qa.widgets = {
    STATE_LABELS: STATE_LABELS,
    element: element,
    button: button,
    link: link,
    pageHref: pageHref,
    progressBar: progressBar,
    fillProgressBar: fillProgressBar,
    countsSentence: countsSentence,
    stateMark: stateMark,
    setStateMark: setStateMark,
    describeRecord: describeRecord,
    gradeGroup: gradeGroup,
    GRADE_NAMES: GRADE_NAMES,
    notSaved: notSaved,
    inDays: inDays
  };
})();
