/* Practice page: a run over a topic, a tag or everything, one question at a
 * time. Questions come from the practice index (keys, titles, URLs, tags);
 * a question's page is fetched only when the run reaches it. A run is kept in
 * sessionStorage: leave the page or reload it and the set-up offers "Resume:
 * 6 of 20". It ends with the counts and "Practice the N you missed".
 * Keys: a show/hide answer, 1-4 again/hard/good/easy, j next question. */
(function () {
  "use strict";
  var qa = window.qa;
  var names = window.qaContract; /* class and attribute names shared with the pages: contract.js */
  var noAnswerNote = "div." + names.classes.admonition + "." + names.classes.no_answer;
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
          marks: q.marks || "",
          unanswered: !!q.unanswered
        });
      });
    });
    return out;
  }

  /* label: in the list of choices; title: in "Run finished: <title>". */
  function scopes(index, questions) {
    var list = [{ value: "", label: "Everything", title: "every question", questions: questions }];
    index.topics.forEach(function (topic) {
      list.push({
        value: "topic:" + topic.slug,
        label: "Topic: " + topic.title,
        title: topic.title,
        questions: questions.filter(function (q) { return q.topic === topic.slug; })
      });
    });
    index.tags.slice().sort().forEach(function (tag) {
      list.push({
        value: "tag:" + tag,
        label: "Tag: " + tag,
        title: "questions tagged " + tag,
        questions: questions.filter(function (q) { return q.tags.indexOf(tag) >= 0; })
      });
    });
    return list;
  }

  /* The run in progress, in sessionStorage (this tab only), keyed like the
   * results: {title, mode, order: [key], position, grades: {key: 1..4}}. */
  var RUN_KEY = "qa.run";

  function runStorageKey() {
    return qa.store.storageKey().replace(/qa\.progress$/, RUN_KEY);
  }

  function savedRun(byKey) {
    var run = null;
    try {
      run = JSON.parse(sessionStorage.getItem(runStorageKey()));
    } catch (error) {
      run = null;
    }
    if (!run || !Array.isArray(run.order) || !run.order.length || typeof run.position !== "number") return null;
    if (!run.order.every(function (key) { return byKey[key]; })) return null;
    if (!run.grades || typeof run.grades !== "object") run.grades = {};
    return run;
  }

  function keepRun(run) {
    try {
      if (run) sessionStorage.setItem(runStorageKey(), JSON.stringify(run));
      else sessionStorage.removeItem(runStorageKey());
    } catch (error) {
      /* No sessionStorage: the run lives as long as the page. */
    }
  }

  /* Where a kept run goes on: its current question, or the one after it once graded. */
  function resumePosition(run) {
    var at = Math.max(0, Math.min(run.position, run.order.length));
    if (at < run.order.length && run.grades[run.order[at]]) at += 1;
    return at;
  }

  function scopeFromUrl() {
    var params = new URL(location.href).searchParams;
    if (params.get("topic")) return "topic:" + params.get("topic");
    if (params.get("tag")) return "tag:" + params.get("tag");
    return "";
  }

  function urlForScope(value, mode, difficulty) {
    var url = new URL(location.href);
    url.search = "";
    if (value.indexOf("topic:") === 0) url.searchParams.set("topic", value.slice(6));
    if (value.indexOf("tag:") === 0) url.searchParams.set("tag", value.slice(4));
    if (difficulty) url.searchParams.set("difficulty", difficulty);
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
        var article = doc.querySelector(names.theme.content);
        if (!article) throw new Error("no article");
        Array.prototype.forEach.call(article.querySelectorAll("[href], [src]"), function (el) {
          ["href", "src"].forEach(function (name) {
            var value = el.getAttribute(name);
            if (value && !/^(?:[a-z]+:|#)/i.test(value)) el.setAttribute(name, new URL(value, url).href);
          });
        });
        Array.prototype.forEach.call(article.querySelectorAll("." + names.theme.headerlink + ", ." + names.classes.page + ", script"), function (el) { el.remove(); });
        Array.prototype.forEach.call(article.querySelectorAll("[id]"), function (el) { el.removeAttribute("id"); });
        var prompt = [];
        var title = article.querySelector("h1");
        var answer = article.querySelector("details." + names.classes.answer);
        for (var el = title && title.nextElementSibling; el && el !== answer; el = el.nextElementSibling) {
          if (!answer && el.matches(noAnswerNote)) break;
          prompt.push(el);
        }
        var answerParts = [];
        if (answer) {
          Array.prototype.forEach.call(answer.children, function (child) {
            if (child.tagName !== "SUMMARY") answerParts.push(child);
          });
        } else {
          var note = article.querySelector(noAnswerNote);
          if (note) answerParts.push(note);
        }
        return { prompt: prompt, answer: answerParts };
      });
  }

  function pageHref(url, root) {
    return w.pageHref(new URL(url, root).href);
  }

  /* A run over `questions`, or the kept run `resume` ({title, mode, order,
   * position, grades}). byKey: every question of the index by key. */
  function Run(root, page, byKey, questions, mode, scopeTitle, restart, resume) {
    var state = resume || {
      title: scopeTitle,
      mode: mode,
      order: qa.schedule.runOrder(questions.map(function (q) { return q.key; }), qa.store.results(), {
        mode: mode,
        now: Date.now()
      }),
      position: 0,
      grades: {}
    };
    var order = state.order;
    var grades = state.grades;
    var position = -1;
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
    var grading = w.gradeGroup(grade);
    var gradeGroup = grading.group;
    var next = w.button("Next question", advance, { key: "j", className: "qa-run__next" });
    var finish = w.button("End run", summary, { className: "qa-run__end" });
    var status = w.element("p", "qa-run__status");
    var warning = w.element("p", "qa-check__warning");
    warning.setAttribute("role", "alert");
    warning.hidden = true;
    var controls = w.element("div", "qa-run__controls");
    [reveal, gradeGroup, next, finish].forEach(function (el) { controls.appendChild(el); });
    var keys = w.element("p", "qa-keys");
    keys.innerHTML = "Keys: <kbd>a</kbd> show or hide the answer · <kbd>1</kbd> again · <kbd>2</kbd> hard · " +
      "<kbd>3</kbd> good · <kbd>4</kbd> easy · <kbd>j</kbd> next question";
    [where, title, prompt, answer, controls, status, warning, keys].forEach(function (el) { view.appendChild(el); });
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
      state.position = index;
      keepRun(state);
      var q = byKey[order[position]];
      current = { question: q, loaded: null };
      view.setAttribute(names.attributes.key, q.key);
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
      var saved = qa.store.results()[q.key];
      status.textContent = w.describeRecord(saved, Date.now());
      grading.update(saved, Date.now());
      grading.choose(grades[q.key] || 0);
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
        /* The group, not a button: nothing looks chosen, Enter grades nothing. */
        gradeGroup.focus();
        qa.page.announce("Answer shown. Grade it with 1 (again) to 4 (easy).");
      }
    }

    function grade(rating) {
      if (!revealed()) return qa.page.announce("Show the answer first, then grade it.");
      var q = current.question;
      var outcome = qa.store.grade(q.key, rating);
      grades[q.key] = rating;
      keepRun(state);
      var now = Date.now();
      status.textContent = w.describeRecord(outcome.record, now);
      grading.update(outcome.record, now);
      grading.choose(rating);
      warning.hidden = outcome.saved;
      warning.textContent = outcome.saved ? "" : w.notSaved(outcome);
      next.hidden = false;
      next.querySelector(".qa-button__label").textContent = position + 1 < order.length ? "Next question" : "See results";
      next.focus();
      qa.page.announce("Recorded: " + w.GRADE_NAMES[rating] + "." + (outcome.saved ? "" : " " + w.notSaved(outcome)) +
        " Press j for the next question.");
    }

    function advance() {
      if (!current) return;
      if (position + 1 < order.length) show(position + 1);
      else summary();
    }

    function summary() {
      current = null;
      keepRun(null);
      var knownKeys = order.filter(function (key) { return grades[key] >= 2; });
      var reviewKeys = order.filter(function (key) { return grades[key] === 1; });
      var skipped = order.length - knownKeys.length - reviewKeys.length;
      var done = w.element("section", "qa-run qa-run--summary");
      done.setAttribute("aria-label", "Practice results");
      var heading = w.element("h2", "qa-run__title", "Run finished: " + state.title);
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
      if (reviewKeys.length) {
        var missed = reviewKeys.map(function (key) { return byKey[key]; });
        var title = reviewKeys.length === 1 ? "the one you missed" : "the " + reviewKeys.length + " you missed";
        actions.appendChild(w.button("Practice " + title, function () {
          Run(root, page, byKey, missed, "cram", title, restart);
        }, { primary: true, className: "qa-run__missed" }));
      }
      actions.appendChild(w.button("Practice again", restart, { primary: !reviewKeys.length }));
      done.appendChild(actions);
      root.textContent = "";
      root.appendChild(done);
      heading.focus();
      qa.page.announce("Run finished. " + knownKeys.length + " known, " + reviewKeys.length + " to review.");
    }

    var handlers = {
      a: toggleAnswer,
      j: function () { if (current && !next.hidden) advance(); }
    };
    qa.schedule.GRADES.forEach(function (g) {
      handlers[g.key] = function () { if (current) grade(g.grade); };
    });
    qa.page.onKeys(handlers);
    var start = resume ? resumePosition(state) : 0;
    if (start < order.length) show(start);
    else summary();
  }

  /* "Print my review pile": the questions whose last grade was Again, each
   * with its answer, fetched from their pages into a sheet that only the
   * printout shows (study.css). */
  function printPile(page, questions, status) {
    var results = qa.store.results();
    var pile = questions.filter(function (q) { return qa.schedule.stateOf(results[q.key]) === "review"; });
    if (!pile.length) {
      status.textContent = "Nothing to print: no question is marked to review (graded Again).";
      return;
    }
    status.textContent = "Preparing " + pile.length + " question" + (pile.length === 1 ? "" : "s") + " to print…";
    Promise.all(pile.map(function (q) {
      return fetchQuestion(pageHref(q.url, page.root)).then(
        function (parts) { return { q: q, parts: parts }; },
        function () { return { q: q, parts: null }; }
      );
    })).then(qa.page.whileHere(function (items) {
      var sheet = w.element("section", "qa-print-pile");
      sheet.appendChild(w.element("h1", "", "Review pile: " + items.length + " question" + (items.length === 1 ? "" : "s")));
      var missing = 0;
      items.forEach(function (item) {
        var block = w.element("article", "qa-print-pile__question");
        block.appendChild(w.element("h2", "", item.q.topicTitle + ": " + item.q.title));
        var answer = w.element("div", "qa-print-pile__answer");
        if (item.parts) {
          item.parts.prompt.forEach(function (el) { block.appendChild(el); });
          (item.parts.answer.length ? item.parts.answer : [w.element("p", "", "No answer yet.")])
            .forEach(function (el) { answer.appendChild(el); });
        } else {
          missing += 1;
          answer.appendChild(w.element("p", "", "The answer could not be loaded: " + pageHref(item.q.url, page.root)));
        }
        block.appendChild(answer);
        sheet.appendChild(block);
      });
      Array.prototype.forEach.call(sheet.querySelectorAll("details"), function (d) { d.open = true; });
      document.body.appendChild(sheet);
      document.documentElement.classList.add("qa-printing-pile");
      var done = function () {
        window.removeEventListener("afterprint", done);
        document.documentElement.classList.remove("qa-printing-pile");
        sheet.remove();
      };
      window.addEventListener("afterprint", done);
      qa.page.onLeave(done);
      status.textContent = "Printing " + items.length + " question" + (items.length === 1 ? "" : "s") +
        (missing ? " (" + missing + " without their answer: their pages could not be loaded)" : "") + ".";
      window.print();
    }));
  }

  function setup(root, page, index) {
    var questions = allQuestions(index);
    var byKey = {};
    questions.forEach(function (q) { byKey[q.key] = q; });
    var choices = scopes(index, questions);
    var form = w.element("form", "qa-practice__setup");
    form.setAttribute("aria-label", "Choose a practice run");
    function again() { setup(root, page, index); }

    var kept = savedRun(byKey);
    var resumeBox = null;
    if (kept) {
      resumeBox = w.element("div", "qa-panel__actions qa-practice__resume");
      var at = resumePosition(kept);
      var label = at < kept.order.length ? "Resume: " + (at + 1) + " of " + kept.order.length : "Resume: see the results";
      resumeBox.appendChild(w.button(label, function () {
        Run(root, page, byKey, null, kept.mode, kept.title, again, kept);
      }, { primary: true, className: "qa-practice__resume-button" }));
      resumeBox.appendChild(w.element("span", "qa-practice__resume-what", " (" + kept.title + ")"));
    }

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
    var known = choices.some(function (c) { return c.value === wanted; });
    select.value = known ? wanted : "";
    var missing = null;
    if (!known) {
      var what = wanted.indexOf("tag:") === 0 ? "tagged " + wanted.slice(4) : "in the topic " + wanted.slice(6);
      missing = w.element("p", "qa-practice__missing", "No questions are " + what + ". Choose what to practise:");
      missing.setAttribute("role", "alert");
    }

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
    /* Difficulty: "only ⭐⭐⭐" (qa.difficulty, difficulty.js), offered when some question has marks. */
    var levels = qa.difficulty.choices(questions.map(function (q) { return q.marks; }));
    var levelLabel = null;
    var levelSelect = null;
    if (levels.length) {
      levelLabel = w.element("label", "qa-practice__label", "Difficulty");
      levelLabel.htmlFor = "qa-practice-difficulty";
      levelSelect = document.createElement("select");
      levelSelect.id = "qa-practice-difficulty";
      [""].concat(levels).forEach(function (level) {
        var option = document.createElement("option");
        option.value = level;
        option.textContent = level ? "Only " + qa.difficulty.label(level) : "Any difficulty";
        levelSelect.appendChild(option);
      });
      var wantedLevel = new URL(location.href).searchParams.get("difficulty") || "";
      levelSelect.value = levels.indexOf(wantedLevel) >= 0 ? wantedLevel : "";
    }
    function level() {
      return levelSelect ? levelSelect.value : "";
    }
    var due = w.element("p", "qa-practice__due");
    due.setAttribute("aria-live", "polite");
    var start = w.element("button", "md-button md-button--primary qa-button qa-practice__start", "Start practice");
    start.type = "submit";

    function chosen() {
      var choice = choices.filter(function (c) { return c.value === select.value; })[0];
      var only = level();
      if (!only) return choice;
      return {
        value: choice.value,
        title: choice.title + " (only " + qa.difficulty.label(only) + ")",
        questions: choice.questions.filter(function (q) { return qa.difficulty.matches(q.marks, only); })
      };
    }
    function showDue() {
      var keys = chosen().questions.map(function (q) { return q.key; });
      var results = qa.store.results();
      var counts = qa.schedule.countStates(keys, results);
      var dueToday = qa.schedule.countDue(keys, results, qa.schedule.endOfDay(Date.now()));
      due.textContent = dueToday + " due today, " + counts.unseen + " not seen yet, of " + keys.length + ".";
    }
    select.addEventListener("change", showDue);
    if (levelSelect) levelSelect.addEventListener("change", showDue);

    [missing, scopeLabel, select, levelLabel, levelSelect, modes, due, start].forEach(function (el) { if (el) form.appendChild(el); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var choice = chosen();
      if (!choice.questions.length) {
        due.textContent = "No question of " + choice.title + ": choose another difficulty.";
        return;
      }
      var mode = form.querySelector('input[name="qa-practice-mode"]:checked').value;
      history.replaceState(history.state, "", urlForScope(choice.value, mode, level()));
      Run(root, page, byKey, choice.questions, mode, choice.title, again);
    });
    var printBox = w.element("div", "qa-panel__actions qa-practice__print");
    var printStatus = w.element("p", "qa-practice__print-status");
    printStatus.setAttribute("aria-live", "polite");
    printBox.appendChild(w.button("Print my review pile", function () {
      printPile(page, questions, printStatus);
    }, { className: "qa-practice__print-button" }));
    printBox.appendChild(printStatus);

    root.textContent = "";
    if (resumeBox) root.appendChild(resumeBox);
    root.appendChild(form);
    root.appendChild(printBox);
    showDue();
    if (resumeBox) resumeBox.querySelector("button").focus();
    else if (missing) select.focus();
    else start.focus();
  }

  qa.page.register(function (article, page) {
    var root = article.querySelector("[" + names.attributes.practice + "]");
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
