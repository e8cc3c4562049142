/* Keys: the "?" dialog listing every key, and the switch that turns single-key
 * shortcuts off (WCAG 2.1.4). The choice is remembered in localStorage under
 * "<site path>.qa.keys" (the key scheme of the progress storage) as "on" or
 * "off". While off, no single key does anything outside a text field: not ours
 * (a, 1-4, j, ?), whatever script registered them, and not Material's (f, s,
 * /, p, n, ",", "."): a listener on the document stops such a key before it
 * reaches the listeners on the window, where ours (page-lifecycle.js) and
 * Material's are. The dialog also opens from "Keyboard shortcuts" at the end of
 * every page, which works with shortcuts off. */
(function () {
  "use strict";
  var qa = (window.qa = window.qa || {});
  var STORAGE_KEY = "qa.keys";
  var memory = null; /* when storage is refused: the choice lasts while the page is open */
  var dialog = null;
  var returnFocus = null;

  var KEYS = [
    ["a", "Question page, practice run: show or hide the answer. Reading page: show all answers, or hide them all"],
    ["1 – 4", "Question page, practice run: grade the answer, once it is shown (each grade button shows its key)"],
    ["j", "Next question, after grading"],
    ["?", "This list of keys"],
    ["f s /", "Search (Material)"],
    ["p ,", "Previous page (Material)"],
    ["n .", "Next page (Material)"],
    ["Esc", "Close this list, or the search"]
  ];

  function storageKey() {
    var scope = typeof __md_scope !== "undefined" ? __md_scope : new URL(".", location.href);
    return scope.pathname + "." + STORAGE_KEY;
  }

  function enabled() {
    var value = memory;
    try {
      value = localStorage.getItem(storageKey()) || memory;
    } catch (error) {
      /* storage refused: keep the choice made on this page */
    }
    return value !== "off";
  }

  function setEnabled(on) {
    memory = on ? "on" : "off";
    try {
      localStorage.setItem(storageKey(), memory);
    } catch (error) {
      /* private browsing or a full quota: the choice lasts while the page is open */
    }
    showState();
  }

  /* The look of the page (keys.css hides the key hints) and what buttons tell screen readers: a
   * button shows its key in a .qa-button__key hint (widgets.js), and aria-keyshortcuts only while keys work. */
  function showState() {
    var on = enabled();
    document.documentElement.classList.toggle("qa-keys-off", !on);
    Array.prototype.forEach.call(document.querySelectorAll(".qa-button > .qa-button__key"), function (hint) {
      if (on) hint.parentNode.setAttribute("aria-keyshortcuts", hint.textContent);
      else hint.parentNode.removeAttribute("aria-keyshortcuts");
    });
  }

  function typingInto(target) {
    if (!(target instanceof Element)) return false;
    return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  }

  /* A printable key without Ctrl, Alt or Meta, outside a text field: a single-key shortcut. */
  function singleKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false;
    if (typeof event.key !== "string" || event.key.length !== 1 || event.key === " ") return false;
    return !typingInto(event.target) && !typingInto(document.activeElement);
  }

  document.addEventListener("keydown", function (event) {
    if (!singleKey(event)) return;
    if (!enabled() || (dialog && dialog.open)) event.stopPropagation();
  });

  function build() {
    var w = qa.widgets;
    var el = document.createElement("dialog");
    el.className = "qa-keys-dialog";
    el.id = "qa-keys-dialog";
    el.setAttribute("aria-modal", "true");
    el.setAttribute("aria-labelledby", "qa-keys-dialog-title");
    el.setAttribute("aria-describedby", "qa-keys-dialog-note");
    var title = w.element("h2", "qa-keys-dialog__title", "Keyboard shortcuts");
    title.id = "qa-keys-dialog-title";
    el.appendChild(title);

    var toggle = w.element("label", "qa-keys-dialog__switch");
    var input = document.createElement("input");
    input.type = "checkbox";
    input.setAttribute("role", "switch");
    input.id = "qa-keys-switch";
    input.addEventListener("change", function () {
      setEnabled(input.checked);
      state.textContent = input.checked ? "on" : "off";
      qa.page.announce(input.checked ? "Single-key shortcuts on." : "Single-key shortcuts off.");
    });
    var state = w.element("span", "qa-keys-dialog__state");
    state.setAttribute("aria-hidden", "true");
    toggle.appendChild(input);
    toggle.appendChild(document.createTextNode(" Single-key shortcuts: "));
    toggle.appendChild(state);
    el.appendChild(toggle);

    var note = w.element(
      "p",
      "qa-keys-dialog__note",
      "Keys do nothing while you type in a field. With single-key shortcuts off, no key below does " +
        "anything (Esc still closes); open this list with \u201cKeyboard shortcuts\u201d at the end of the page."
    );
    note.id = "qa-keys-dialog-note";
    el.appendChild(note);

    var table = document.createElement("table");
    table.className = "qa-keys-dialog__table";
    var head = table.createTHead().insertRow();
    ["Key", "What it does"].forEach(function (text) {
      var th = document.createElement("th");
      th.scope = "col";
      th.textContent = text;
      head.appendChild(th);
    });
    var body = table.createTBody();
    KEYS.forEach(function (entry) {
      var row = body.insertRow();
      var key = document.createElement("th");
      key.scope = "row";
      entry[0].split(" ").forEach(function (name, i) {
        if (name === "–") return key.appendChild(document.createTextNode(" – "));
        if (i && entry[0].split(" ")[i - 1] !== "–") key.appendChild(document.createTextNode(" "));
        key.appendChild(w.element("kbd", "", name));
      });
      row.appendChild(key);
      row.insertCell().textContent = entry[1];
    });
    el.appendChild(table);

    var close = w.button("Close", function () { el.close(); }, { className: "qa-keys-dialog__close" });
    el.appendChild(close);
    el.addEventListener("close", function () {
      var target = returnFocus;
      returnFocus = null;
      if (target && target.isConnected && typeof target.focus === "function") target.focus();
    });
    /* A click on the backdrop (outside the dialog's box) closes it too. */
    el.addEventListener("click", function (event) {
      if (event.target !== el) return;
      var box = el.getBoundingClientRect();
      var inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) el.close();
    });
    /* Tab and Shift+Tab go round inside the dialog rather than out to the browser. */
    el.addEventListener("keydown", function (event) {
      if (event.key !== "Tab") return;
      var stops = [input, close];
      var at = stops.indexOf(document.activeElement);
      var to = event.shiftKey ? (at <= 0 ? stops.length - 1 : at - 1) : (at + 1) % stops.length;
      event.preventDefault();
      stops[to].focus();
    });
    el.qaSwitch = input;
    el.qaState = state;
    document.body.appendChild(el);
    return el;
  }

  function open() {
    if (!dialog || !dialog.isConnected) dialog = build();
    if (dialog.open) return;
    var on = enabled();
    dialog.qaSwitch.checked = on;
    dialog.qaState.textContent = on ? "on" : "off";
    returnFocus = document.activeElement && document.activeElement !== document.body ? document.activeElement : null;
    dialog.showModal();
    dialog.qaSwitch.focus();
  }

  qa.keys = { enabled: enabled, setEnabled: setEnabled, open: open };
  showState();

  qa.page.register(function (article) {
    showState(); /* another tab may have changed it */
    qa.page.onKeys({ "?": open });
    var help = qa.widgets.element("p", "qa-keys-help");
    help.appendChild(qa.widgets.button("Keyboard shortcuts", open, { className: "qa-keys-help__open" }));
    article.appendChild(help);
  });
})();
