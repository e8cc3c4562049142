/*
 * Site search for a copy of the site opened from disk (file://).
 *
 * Browsers refuse to start a Web Worker from a file:// page, and Material's
 * search runs in one. Material's offline plugin fixes that with a shim it
 * loads from the internet; this file is our own, shipped with the site, so the
 * offline copy fetches nothing. It runs the worker script in a hidden iframe
 * and passes messages both ways. Used only by the offline build
 * (tools/offline_zip.py lists it in extra.polyfills); it does nothing on http(s).
 */
(function () {
  "use strict";
  if (location.protocol !== "file:") return;

  class FileWorker extends EventTarget {
    constructor(url) {
      super();
      this.onmessage = null;
      this.onerror = null;
      this.url = new URL(String(url), document.baseURI).href;
      const frame = document.createElement("iframe");
      frame.hidden = true;
      frame.qaWorker = this;
      (document.body || document.documentElement).appendChild(frame);
      this.frame = frame;
      this.ready = new Promise((resolve) => {
        this.started = resolve;
      });
      const runtime =
        "var qaWorker = frameElement.qaWorker;" +
        "self.postMessage = function (data) { qaWorker.receive(data); };" +
        "self.importScripts = function () { return qaWorker.load(document, Array.prototype.slice.call(arguments)); };" +
        "addEventListener('error', function (event) { qaWorker.fail(event); });";
      const doc = frame.contentWindow.document;
      doc.open();
      doc.write(
        "<!DOCTYPE html><html><head><script>" + runtime + "</scr" + "ipt>" +
        '<script src="' + this.url.replace(/"/g, "&quot;") + '"></scr' + "ipt>" +
        "<script>frameElement.qaWorker.started();</scr" + "ipt></head></html>"
      );
      doc.close();
    }

    postMessage(data) {
      this.ready.then(() => {
        const scope = this.frame.contentWindow;
        if (scope) scope.dispatchEvent(new scope.MessageEvent("message", { data: data }));
      });
    }

    terminate() {
      this.frame.remove();
    }

    receive(data) {
      const event = new MessageEvent("message", { data: data });
      this.dispatchEvent(event);
      if (typeof this.onmessage === "function") this.onmessage(event);
    }

    fail(error) {
      const event = new ErrorEvent("error", { message: String(error && error.message), error: error && error.error });
      this.dispatchEvent(event);
      if (typeof this.onerror === "function") this.onerror(event);
    }

    load(doc, urls) {
      // importScripts for extra search languages: load in order, resolve when all ran.
      return urls.reduce(
        (previous, url) =>
          previous.then(
            () =>
              new Promise((resolve, reject) => {
                const script = doc.createElement("script");
                script.src = new URL(url, this.url).href;
                script.onload = resolve;
                script.onerror = reject;
                doc.head.appendChild(script);
              })
          ),
        Promise.resolve()
      );
    }
  }

  window.Worker = FileWorker;
})();
