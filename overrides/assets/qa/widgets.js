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

  function inDays(ms, now) {
    var days = Math.ceil((ms - now) / qa.schedule.DAY_MS);
    if (days <= 0) return "now";
    return "in " + days + " day" + (days === 1 ? "" : "s");
  }

  /* "Known · graded 24 Nov 2026 · next review in 2 days" and the like. */
  function describeRecord(record, now) {
    if (!record) return STATE_LABELS.unseen;
    var text = STATE_LABELS[record.result] + " · graded " + formatDay(record.at);
    if (record.result === "known") text += " · next review " + inDays(qa.schedule.dueAt(record), now);
    return text;
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
    inDays: inDays
  };
})();
