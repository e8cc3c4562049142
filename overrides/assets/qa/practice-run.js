/* Practice page: a run over a topic, a tag or everything, one question at a
 * time. Questions come from the practice index (keys, titles, URLs, tags);
 * a question's page is fetched only when the run reaches it.
 * Keys: a show/hide answer, 1 knew it, 2 review again, j next question. */
(function () {
  "use strict";
  var qa = window.qa;
  var w = qa.widgets;

  function allQuestions(index) {
    var out = [];
    index.topics.forEach(function (topic) {
      topic.questions.forEach(function (q) {
        out.push({
          key: q.key,
          title: q.title,
          url: q.url,
          topic: topic.slug,
          topicTitle: topic.title,
          tags: q.tags.map(function (i) { return index.tags[i]; }),
          unanswered: !!q.unanswered
        });
      });
    });
    return out;
  }

  function scopes(index, questions) {
    var list = [{ value: "", label: "Everything", questions: questions }];
    index.topics.forEach(function (topic) {
      list.push({
        value: "topic:" + topic.slug,
        label: "Topic: " + topic.title,
        questions: questions.filter(function (q) { return q.topic === topic.slug; })
      });
    });
    index.tags.slice().sort().forEach(function (tag) {
      list.push({
        value: "tag:" + tag,
        label: "Tag: " + tag,
        questions: questions.filter(function (q) { return q.tags.indexOf(tag) >= 0; })
      });
    });
    return list;
  }

  function scopeFromUrl() {
    var params = new URL(location.href).searchParams;
    if (params.get("topic")) return "topic:" + params.get("topic");
    if (params.get("tag")) return "tag:" + params.get("tag");
    return "";
  }

  function urlForScope(value, mode) {
    var url = new URL(location.href);
    url.search = "";
    if (value.indexOf("topic:") === 0) url.searchParams.set("topic", value.slice(6));
    if (value.indexOf("tag:") === 0) url.searchParams.set("tag", value.slice(4));
    if (mode === "cram") url.searchParams.set("mode", "cram");
    return url.href;
  }

  /* The prompt and answer of a question page, with links made absolute. */
  function fetchQuestion(url) {
    return fetch(url, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var article = doc.querySelector("article.md-content__inner");
        if (!article) throw new Error("no article");
        Array.prototype.forEach.call(article.querySelectorAll("[href], [src]"), function (el) {
          ["href", "src"].forEach(function (name) {
            var value = el.getAttribute(name);
            if (value && !/^(?:[a-z]+:|#)/i.test(value)) el.setAttribute(name, new URL(value, url).href);
          });
        });
        Array.prototype.forEach.call(article.querySelectorAll(".headerlink, .qa-page, script"), function (el) { el.remove(); });
        Array.prototype.forEach.call(article.querySelectorAll("[id]"), function (el) { el.removeAttribute("id"); });
        var prompt = [];
        var title = article.querySelector("h1");
        var answer = article.querySelector("details.answer");
        for (var el = title && title.nextElementSibling; el && el !== answer; el = el.nextElementSibling) {
          if (!answer && el.matches("div.admonition.note")) break;
          prompt.push(el);
        }
        var answerParts = [];
        if (answer) {
          Array.prototype.forEach.call(answer.children, function (child) {
            if (child.tagName !== "SUMMARY") answerParts.push(child);
          });
        } else {
          var note = article.querySelector(".admonition.note");
          if (note) answerParts.push(note);
        }
        return { prompt: prompt, answer: answerParts };
      });
  }

  function pageHref(url, root) {
    return w.pageHref(new URL(url, root).href);
  }

  function Run(root, page, questions, mode, scopeLabel, restart) {
    var order = qa.schedule.runOrder(questions.map(function (q) { return q.key; }), qa.store.results(), {
      mode: mode,
      now: Date.now()
    });
    var byKey = {};
    questions.forEach(function (q) { byKey[q.key] = q; });
    var position = -1;
    var grades = {};
    var current = null;

    var view = w.element("section", "qa-run");
    view.setAttribute("aria-label", "Practice run");
    var where = w.element("p", "qa-run__position");
    var title = w.element("h2", "qa-run__title");
    title.tabIndex = -1;
    var prompt = w.element("div", "qa-run__prompt");
    var answer = w.element("div", "qa-run__answer");
    answer.hidden = true;
    answer.id = "qa-run-answer";
    var reveal = w.button("Show answer", toggleAnswer, { key: "a", primary: true, className: "qa-run__reveal" });
    reveal.setAttribute("aria-controls", answer.id);
    var gradeGroup = w.element("div", "qa-check__grades");
    gradeGroup.setAttribute("role", "group");
    gradeGroup.setAttribute("aria-label", "How did you do?");
    var known = w.button("Knew it", function () { grade("known"); }, { key: "1", className: "qa-grade qa-grade--known" });
    var review = w.button("Review again", function () { grade("review"); }, { key: "2", className: "qa-grade qa-grade--review" });
    gradeGroup.appendChild(known);
    gradeGroup.appendChild(review);
    var next = w.button("Next question", advance, { key: "j", className: "qa-run__next" });
    var finish = w.button("End run", summary, { className: "qa-run__end" });
    var status = w.element("p", "qa-run__status");
    var controls = w.element("div", "qa-run__controls");
    [reveal, gradeGroup, next, finish].forEach(function (el) { controls.appendChild(el); });
    var keys = w.element("p", "qa-keys");
    keys.innerHTML = "Keys: <kbd>a</kbd> show or hide the answer · <kbd>1</kbd> knew it · <kbd>2</kbd> review again · <kbd>j</kbd> next question";
    [where, title, prompt, answer, controls, status, keys].forEach(function (el) { view.appendChild(el); });
    root.textContent = "";
    root.appendChild(view);

    function render(target, parts) {
      target.textContent = "";
      parts.forEach(function (part) { target.appendChild(document.importNode(part, true)); });
    }

    function fallback(q) {
      var p = w.element("p", "qa-run__offline", "The answer could not be loaded here. ");
      var a = w.element("a", "", "Open the question's page");
      a.href = pageHref(q.url, page.root);
      a.target = "_blank";
      a.rel = "noopener";
      p.appendChild(a);
      p.appendChild(document.createTextNode(" to read it, then grade it here."));
      return [p];
    }

    function show(index) {
      position = index;
      var q = byKey[order[position]];
      current = { question: q, loaded: null };
      view.setAttribute("data-qa-key", q.key);
      where.textContent = "Question " + (position + 1) + " of " + order.length + " · " + q.topicTitle;
      title.textContent = "";
      var link = w.element("a", "", q.title);
      link.href = pageHref(q.url, page.root);
      title.appendChild(link);
      prompt.textContent = "";
      answer.textContent = "";
      answer.hidden = true;
      reveal.hidden = false;
      reveal.setAttribute("aria-expanded", "false");
      reveal.querySelector(".qa-button__label").textContent = "Show answer";
      gradeGroup.hidden = true;
      next.hidden = true;
      status.textContent = w.describeRecord(qa.store.results()[q.key], Date.now());
      var mine = current;
      current.loaded = fetchQuestion(link.href).then(
        qa.page.whileHere(function (parts) {
          if (current !== mine) return;
          render(prompt, parts.prompt);
          render(answer, parts.answer.length ? parts.answer : [w.element("p", "", "No answer yet.")]);
        }),
        qa.page.whileHere(function () {
          if (current !== mine) return;
          render(answer, fallback(q));
        })
      );
      answer.appendChild(w.element("p", "qa-run__loading", "Loading…"));
      reveal.focus();
      qa.page.announce(where.textContent + ": " + q.title);
    }

    function revealed() {
      return current && !answer.hidden;
    }

    function toggleAnswer() {
      if (!current) return;
      answer.hidden = !answer.hidden;
      reveal.setAttribute("aria-expanded", String(!answer.hidden));
      reveal.querySelector(".qa-button__label").textContent = answer.hidden ? "Show answer" : "Hide answer";
      if (!answer.hidden) {
        gradeGroup.hidden = false;
        known.focus();
        qa.page.announce("Answer shown. Grade it with 1 or 2.");
      }
    }

    function grade(result) {
      if (!revealed()) return qa.page.announce("Show the answer first, then grade it.");
      var q = current.question;
      qa.store.grade(q.key, result);
      grades[q.key] = result;
      status.textContent = w.describeRecord(qa.store.results()[q.key], Date.now());
      next.hidden = false;
      next.querySelector(".qa-button__label").textContent = position + 1 < order.length ? "Next question" : "See results";
      next.focus();
      qa.page.announce("Recorded: " + (result === "known" ? "knew it" : "review again") + ". Press j for the next question.");
    }

    function advance() {
      if (!current) return;
      if (position + 1 < order.length) show(position + 1);
      else summary();
    }

    function summary() {
      current = null;
      var knownKeys = order.filter(function (key) { return grades[key] === "known"; });
      var reviewKeys = order.filter(function (key) { return grades[key] === "review"; });
      var skipped = order.length - knownKeys.length - reviewKeys.length;
      var done = w.element("section", "qa-run qa-run--summary");
      done.setAttribute("aria-label", "Practice results");
      var heading = w.element("h2", "qa-run__title", "Run finished: " + scopeLabel);
      heading.tabIndex = -1;
      done.appendChild(heading);
      var counts = w.element("p", "qa-run__counts");
      counts.innerHTML = "";
      [["known", knownKeys.length, "known"], ["review", reviewKeys.length, "to review"]].forEach(function (item, i) {
        if (i) counts.appendChild(document.createTextNode(" · "));
        var span = w.element("span", "qa-progress__count qa-progress__count--" + item[0]);
        span.setAttribute("data-state", item[0]);
        span.appendChild(w.element("strong", "", String(item[1])));
        span.appendChild(document.createTextNode(" " + item[2]));
        counts.appendChild(span);
      });
      if (skipped) counts.appendChild(document.createTextNode(" · " + skipped + " not graded"));
      done.appendChild(counts);
      if (reviewKeys.length) {
        done.appendChild(w.element("h3", "", "To review"));
        var list = w.element("ul", "qa-run__review");
        reviewKeys.forEach(function (key) {
          var li = document.createElement("li");
          var a = w.element("a", "", byKey[key].title);
          a.href = pageHref(byKey[key].url, page.root);
          li.appendChild(a);
          list.appendChild(li);
        });
        done.appendChild(list);
      }
      var actions = w.element("div", "qa-panel__actions");
      actions.appendChild(w.button("Practice again", restart, { primary: true }));
      done.appendChild(actions);
      root.textContent = "";
      root.appendChild(done);
      heading.focus();
      qa.page.announce("Run finished. " + knownKeys.length + " known, " + reviewKeys.length + " to review.");
    }

    qa.page.onKeys({
      a: toggleAnswer,
      1: function () { if (current) grade("known"); },
      2: function () { if (current) grade("review"); },
      j: function () { if (current && !next.hidden) advance(); }
    });
    if (order.length) show(0);
    else summary();
  }

  function setup(root, page, index) {
    var questions = allQuestions(index);
    var choices = scopes(index, questions);
    var form = w.element("form", "qa-practice__setup");
    form.setAttribute("aria-label", "Choose a practice run");

    var scopeLabel = w.element("label", "qa-practice__label", "Questions");
    scopeLabel.htmlFor = "qa-practice-scope";
    var select = document.createElement("select");
    select.id = "qa-practice-scope";
    choices.forEach(function (choice) {
      var option = document.createElement("option");
      option.value = choice.value;
      option.textContent = choice.label + " (" + choice.questions.length + ")";
      select.appendChild(option);
    });
    var wanted = scopeFromUrl();
    select.value = choices.some(function (c) { return c.value === wanted; }) ? wanted : "";

    var modes = w.element("fieldset", "qa-practice__modes");
    modes.appendChild(w.element("legend", "", "Order"));
    var cram = new URL(location.href).searchParams.get("mode") === "cram";
    [["due", "Due first: questions to review, not seen yet or due by the schedule come first, shuffled"],
     ["cram", "Cram: every question, shuffled, schedule ignored"]].forEach(function (mode) {
      var label = document.createElement("label");
      var input = document.createElement("input");
      input.type = "radio";
      input.name = "qa-practice-mode";
      input.value = mode[0];
      input.checked = (mode[0] === "cram") === cram;
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + mode[1]));
      modes.appendChild(label);
    });
    var due = w.element("p", "qa-practice__due");
    due.setAttribute("aria-live", "polite");
    var start = w.element("button", "md-button md-button--primary qa-button qa-practice__start", "Start practice");
    start.type = "submit";

    function chosen() {
      return choices.filter(function (c) { return c.value === select.value; })[0];
    }
    function showDue() {
      var keys = chosen().questions.map(function (q) { return q.key; });
      due.textContent = qa.schedule.countDue(keys, qa.store.results(), Date.now()) + " of " + keys.length + " due now.";
    }
    select.addEventListener("change", showDue);

    [scopeLabel, select, modes, due, start].forEach(function (el) { form.appendChild(el); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var choice = chosen();
      var mode = form.querySelector('input[name="qa-practice-mode"]:checked').value;
      history.replaceState(history.state, "", urlForScope(choice.value, mode));
      Run(root, page, choice.questions, mode, choice.label, function () { setup(root, page, index); });
    });
    root.textContent = "";
    root.appendChild(form);
    showDue();
    start.focus();
  }

  qa.page.register(function (article, page) {
    var root = article.querySelector("[data-qa-practice]");
    if (!root) return;
    root.textContent = "";
    root.appendChild(w.element("p", "", "Loading the questions…"));
    qa.page.loadIndex(page.indexUrl, qa.page.whileHere(function (index) {
      if (!index) {
        root.textContent = "";
        root.appendChild(w.element("p", "", "The list of questions could not be loaded."));
        return;
      }
      setup(root, page, index);
    }));
  });
})();
