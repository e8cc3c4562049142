/* Page lifecycle for the self-check features: runs every registered feature on
 * each page (Material's document$ emits on load and after each instant
 * navigation), routes shortcut keys, announces changes to screen readers and
 * loads the practice index on demand. */
(function () {
  "use strict";
  var qa = (window.qa = window.qa || {});
  var names = window.qaContract; /* class and attribute names shared with the pages: contract.js */
  var attrs = names.attributes;
  var features = [];
  var keyHandlers = {};
  var cleanups = [];
  var generation = 0;
  var indexRequest = null;

  function info() {
    var el = document.querySelector("." + names.classes.page);
    if (!el) return { kind: "other", key: "", topic: "" };
    return {
      kind: el.getAttribute(attrs.page),
      key: el.getAttribute(attrs.key),
      topic: el.getAttribute(attrs.topic),
      root: new URL(el.getAttribute(attrs.root), location.href).href,
      practiceUrl: new URL(el.getAttribute(attrs.practice_url), location.href).href,
      indexUrl: new URL(el.getAttribute(attrs.index_url), location.href).href,
      /* Tags page: a tag heading's id is prefix + slug + suffix (tags_slugify_format). */
      tagAnchor: el.hasAttribute(attrs.tag_anchor_prefix)
        ? [el.getAttribute(attrs.tag_anchor_prefix), el.getAttribute(attrs.tag_anchor_suffix) || ""]
        : null
    };
  }

  function liveRegion() {
    var region = document.getElementById("qa-live");
    if (!region) {
      region = document.createElement("div");
      region.id = "qa-live";
      region.className = "qa-sr-only";
      region.setAttribute("role", "status");
      region.setAttribute("aria-live", "polite");
      document.body.appendChild(region);
    }
    return region;
  }

  function announce(message) {
    var region = liveRegion();
    region.textContent = "";
    /* A fresh text node after a tick makes screen readers repeat equal messages. */
    setTimeout(function () { region.textContent = message; }, 50);
  }

  function typingInto(target) {
    if (!(target instanceof Element)) return false;
    if (target.isContentEditable) return true;
    return /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  }

  function searchOpen() {
    var toggle = document.getElementById("__search");
    return !!(toggle && toggle.checked);
  }

  window.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || event.defaultPrevented) return;
    if (event.isComposing || searchOpen() || typingInto(event.target) || typingInto(document.activeElement)) return;
    var handler = keyHandlers[event.key];
    if (handler) {
      event.preventDefault();
      handler(event);
    }
  });

  function mountAll() {
    generation += 1;
    cleanups.forEach(function (cleanup) { cleanup(); });
    cleanups = [];
    keyHandlers = {};
    var context = info();
    var article = document.querySelector(names.theme.content);
    if (!article) return;
    features.forEach(function (feature) {
      try {
        feature(article, context);
      } catch (error) {
        if (window.console) console.error("self-check feature failed", error);
      }
    });
  }

  /* Calls back with window.qaPracticeIndex, or null when it cannot be loaded. */
  function loadIndex(url, callback) {
    if (window.qaPracticeIndex) return callback(window.qaPracticeIndex);
    if (!indexRequest) {
      indexRequest = { waiting: [] };
      var script = document.createElement("script");
      script.src = url;
      script.onload = script.onerror = function () {
        var waiting = indexRequest.waiting;
        indexRequest = null;
        script.remove();
        waiting.forEach(function (cb) { cb(window.qaPracticeIndex || null); });
      };
      document.head.appendChild(script);
    }
    indexRequest.waiting.push(callback);
  }

  qa.page = {
    register: function (feature) { features.push(feature); },
    onKeys: function (handlers) { Object.assign(keyHandlers, handlers); },
    onLeave: function (cleanup) { cleanups.push(cleanup); },
    onChange: function (listener) {
      qa.store.onChange(listener);
      cleanups.push(function () { qa.store.offChange(listener); });
    },
    /* Wraps a callback so that it does nothing once the reader has left the page. */
    whileHere: function (callback) {
      var mounted = generation;
      return function () {
        if (mounted === generation) return callback.apply(this, arguments);
      };
    },
    announce: announce,
    loadIndex: loadIndex
  };

  /* Started after every feature script has registered itself. */
  function start() {
    if (!window.document$ || typeof window.document$.subscribe !== "function") return mountAll();
    var seen = false;
    window.document$.subscribe({
      next: function () {
        seen = true;
        mountAll();
      },
      /* On file:// Material turns instant navigation off by completing document$ before it emits. */
      complete: function () {
        if (!seen) mountAll();
      }
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else setTimeout(start, 0);
})();
