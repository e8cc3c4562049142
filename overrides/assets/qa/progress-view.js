/* Progress at a glance: bars (known / to review / not seen yet), "N due
 * today" and a state mark per listed question on topic pages, the home page
 * and the tags page; export, import and reset of the remembered results. */
(function () {
  "use strict";
  var qa = window.qa;
  var names = window.qaContract; /* class and attribute names shared with the pages: contract.js */
  var w = qa.widgets;
  var data = qa.progressData;

  function practiceHref(page, params) {
    var url = new URL(page.practiceUrl);
    Object.keys(params).forEach(function (name) { url.searchParams.set(name, params[name]); });
    return w.pageHref(url.href);
  }

  function confirmReset(what) {
    return window.confirm("Forget your results for " + what + "? This cannot be undone (export them first to keep a copy).");
  }

  /* One bar, due count and mark per item, refreshed whenever results change. */
  function tracker() {
    var bars = [];
    var marks = [];
    var dues = [];
    function refresh() {
      var results = qa.store.results();
      var until = qa.schedule.endOfDay(Date.now());
      bars.forEach(function (item) { w.fillProgressBar(item.box, qa.schedule.countStates(item.keys, results)); });
      marks.forEach(function (item) { w.setStateMark(item.mark, qa.schedule.stateOf(results[item.key])); });
      dues.forEach(function (item) {
        var n = qa.schedule.countDue(item.keys, results, until);
        item.el.setAttribute("data-due", String(n));
        item.el.querySelector("strong").textContent = String(n);
      });
    }
    return {
      bar: function (label, keys) {
        var box = w.progressBar(label);
        bars.push({ box: box, keys: keys });
        return box;
      },
      /* "7 due today": graded questions whose next review is today or overdue. */
      due: function (keys) {
        var el = w.element("p", "qa-due");
        el.appendChild(w.element("strong", "", "0"));
        el.appendChild(document.createTextNode(" due today"));
        dues.push({ el: el, keys: keys });
        return el;
      },
      mark: function (item, key) {
        var mark = w.stateMark();
        marks.push({ mark: mark, key: key });
        item.insertBefore(mark, item.firstChild);
      },
      refresh: refresh
    };
  }

  function topicPage(article, page, view) {
    var items = Array.prototype.slice.call(article.querySelectorAll("ol." + names.classes.questions + " > li[" + names.attributes.key + "]"));
    var keys = items.map(function (li) { return li.getAttribute(names.attributes.key); });
    items.forEach(function (li, i) { view.mark(li, keys[i]); });
    var panel = w.element("div", "qa-panel");
    panel.appendChild(view.bar("Your progress in this topic", keys));
    panel.appendChild(view.due(keys));
    var actions = w.element("div", "qa-panel__actions");
    actions.appendChild(w.link("Practice this topic", practiceHref(page, { topic: page.topic }), "md-button--primary"));
    actions.appendChild(w.button("Reset this topic", function () {
      if (!confirmReset("this topic")) return;
      var status = qa.store.replace(data.withoutTopic(qa.store.results(), page.topic));
      qa.page.announce("Progress for this topic was reset." + (status.saved ? "" : " " + w.notSaved(status)));
    }, { className: "qa-reset" }));
    panel.appendChild(actions);
    var summary = article.querySelector("." + names.classes.topic_summary) || article.querySelector("h1");
    summary.insertAdjacentElement("afterend", panel);
  }

  function exportProgress() {
    var now = Date.now();
    var text = JSON.stringify(data.exportDocument(qa.store.results(), now), null, 2);
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    link.download = "study-progress-" + new Date(now).toISOString().slice(0, 10) + ".json";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
    qa.page.announce("Progress exported.");
  }

  function importProgress(file, status) {
    var reader = new FileReader();
    reader.onload = qa.page.whileHere(function () {
      var message;
      try {
        var parsed = data.parseExport(String(reader.result), Date.now());
        var merged = data.mergeResults(qa.store.results(), parsed.results);
        var stored = qa.store.replace(merged.results);
        message = "Imported: " + merged.added + " new, " + merged.updated + " newer" +
          (parsed.skipped ? ", " + parsed.skipped + " unreadable entries skipped" : "") + "." +
          (stored.saved ? "" : " " + w.notSaved(stored));
      } catch (error) {
        message = "Nothing imported: " + error.message + ".";
      }
      status.textContent = message;
      qa.page.announce(message);
    });
    reader.readAsText(file);
  }

  function progressTools(page) {
    var tools = w.element("div", "qa-panel__actions");
    tools.appendChild(w.link("Practice everything", w.pageHref(page.practiceUrl), "md-button--primary"));
    tools.appendChild(w.button("Export progress", exportProgress, { className: "qa-export" }));
    var input = document.createElement("input");
    input.type = "file";
    input.accept = "application/json,.json";
    input.className = "qa-import-file";
    input.hidden = true;
    var status = w.element("p", "qa-panel__status");
    input.addEventListener("change", function () {
      if (input.files && input.files[0]) importProgress(input.files[0], status);
      input.value = "";
    });
    tools.appendChild(w.button("Import progress", function () { input.click(); }, { className: "qa-import" }));
    tools.appendChild(input);
    tools.appendChild(w.button("Reset all progress", function () {
      if (!confirmReset("every topic")) return;
      var status = qa.store.replace({});
      qa.page.announce("All progress was reset." + (status.saved ? "" : " " + w.notSaved(status)));
    }, { className: "qa-reset" }));
    return [tools, status];
  }

  function homePage(article, page, view, index) {
    var all = [];
    index.topics.forEach(function (topic) {
      var keys = topic.questions.map(function (q) { return q.key; });
      all = all.concat(keys);
      var marked = article.querySelector("[" + names.attributes.topic + '="' + CSS.escape(topic.slug) + '"]');
      var card = marked && (marked.closest("li") || marked);
      if (card) {
        card.appendChild(view.bar("Your progress in " + topic.title, keys));
        card.appendChild(view.due(keys));
      }
    });
    var panel = w.element("div", "qa-panel qa-panel--overall");
    panel.appendChild(w.element("h2", "qa-panel__title", "Your progress"));
    panel.appendChild(view.bar("Your progress overall", all));
    panel.appendChild(view.due(all));
    progressTools(page).forEach(function (el) { panel.appendChild(el); });
    var total = article.querySelector("." + names.classes.total) || article.lastElementChild;
    total.insertAdjacentElement("afterend", panel);
  }

  function tagsPage(article, page, view, index) {
    var keyByUrl = {};
    index.topics.forEach(function (topic) {
      topic.questions.forEach(function (q) { keyByUrl[new URL(q.url, page.root).href] = q.key; });
    });
    /* The tag headings: their id is the tag's anchor (page.tagAnchor, from
     * tags_slugify_format); failing that, the headings holding a tag chip. */
    var anchor = page.tagAnchor;
    var headings = Array.prototype.filter.call(article.querySelectorAll("h2"), function (h) {
      if (!anchor) return !!h.querySelector("." + names.theme.tag);
      var id = h.id || "";
      return id.length > anchor[0].length + anchor[1].length && id.indexOf(anchor[0]) === 0 &&
        id.slice(id.length - anchor[1].length) === anchor[1];
    });
    headings.forEach(function (heading) {
      var list = heading.nextElementSibling;
      while (list && list.tagName !== "UL" && list.tagName !== "H2") list = list.nextElementSibling;
      if (!list || list.tagName !== "UL") return;
      var keys = [];
      Array.prototype.forEach.call(list.querySelectorAll(":scope > li"), function (li) {
        var a = li.querySelector("a[href]");
        var key = a && keyByUrl[new URL(a.getAttribute("href"), location.href).href];
        if (!key) return;
        keys.push(key);
        view.mark(li, key);
      });
      if (!keys.length) return;
      /* The state mark is the line's marker: no list bullet besides it. */
      list.style.listStyleType = "none";
      var tag = (heading.querySelector("." + names.theme.tag) || heading).textContent.trim();
      var panel = w.element("div", "qa-panel qa-panel--tag");
      panel.appendChild(view.bar("Your progress in " + tag, keys));
      panel.appendChild(view.due(keys));
      var actions = w.element("div", "qa-panel__actions");
      actions.appendChild(w.link("Practice " + tag, practiceHref(page, { tag: tag })));
      panel.appendChild(actions);
      list.insertAdjacentElement("beforebegin", panel);
    });
  }

  qa.page.register(function (article, page) {
    var view = tracker();
    if (page.kind === "topic") {
      topicPage(article, page, view);
    } else if (page.kind === "home" || page.kind === "tags") {
      qa.page.loadIndex(page.indexUrl, qa.page.whileHere(function (index) {
        if (!index) return;
        (page.kind === "home" ? homePage : tagsPage)(article, page, view, index);
        view.refresh();
      }));
    } else {
      return;
    }
    qa.page.onChange(view.refresh);
    view.refresh();
  });
})();
