// A plan's progress followed live through its server-sent events (the API's GET .../plans/{id}/events), on the screens
// whose plan section names that stream: <section id="plan" data-progress-events="/api/v1/.../events" data-status=…>.
// Each "progress" message (status, best score so far, elapsed seconds, place in the queue) is written into the
// section's elements marked data-progress="status|elapsed|score|queued|bar"; once the plan is final the section is
// fetched again from the page (htmx), which shows the plan itself. Some screens also fetch the section again, at most
// every few seconds, when the best score changes (data-progress-refresh="score": the dispatcher's routes improve while
// they are solved). The section's own polling (htmx) is held back while the stream answers, and takes over again if
// the stream fails or the browser has no EventSource: the page then works as it did before. The section says which of
// the two it follows in data-progress-source ("events" or "polling").
(function () {
  "use strict";

  const HEADER = "X-Prossima-Progress";
  const REFRESH_EVERY_MS = 3000;
  const ACTIVE = ["QUEUED", "SOLVING"];

  // One plan per page: the stream, what it said last and when.
  const state = { source: null, stream: null, last: null, receivedAt: 0, refreshedAt: 0, pending: null, ticker: null };

  function section() {
    return document.querySelector("[data-progress-events]");
  }

  function format(template, values) {
    return template.replace(/\{(\d+)}/g, (all, i) => (values[i] === undefined || values[i] === null ? "" : values[i]));
  }

  function mark(element) {
    if (element && state.source) {
      element.dataset.progressSource = state.source;
    }
  }

  // Fetches the section from the page again, as the polling would: htmx swaps it in and draws its map.
  function refresh() {
    const element = section();
    if (!element || !window.htmx) {
      return;
    }
    state.refreshedAt = Date.now();
    const headers = {};
    headers[HEADER] = state.source || "polling";
    window.htmx.ajax("GET", element.dataset.progressPage || window.location.pathname,
      { source: element, target: element, select: "#" + element.id, swap: "outerHTML", headers });
  }

  function refreshSoon() {
    const wait = state.refreshedAt + REFRESH_EVERY_MS - Date.now();
    if (wait <= 0) {
      refresh();
    } else if (!state.pending) {
      state.pending = window.setTimeout(() => {
        state.pending = null;
        if (state.stream) {
          refresh();
        }
      }, wait);
    }
  }

  function elapsedNow() {
    const last = state.last;
    if (!last || last.elapsedSeconds === undefined || last.elapsedSeconds === null) {
      return null;
    }
    // Between two messages the seconds go on on the browser's clock, from the last figure the service gave.
    const running = last.status === "SOLVING" ? Math.floor((Date.now() - state.receivedAt) / 1000) : 0;
    return last.elapsedSeconds + running;
  }

  // Writes the last message into the section's marked elements, with the words the page gave them.
  function show() {
    const element = section();
    const last = state.last;
    if (!element || !last) {
      return;
    }
    element.querySelectorAll("[data-progress]").forEach((part) => {
      const kind = part.dataset.progress;
      if (kind === "status") {
        const words = part.getAttribute("data-text-" + last.status.toLowerCase());
        if (words) {
          part.textContent = words;
        }
      } else if (kind === "elapsed") {
        const seconds = elapsedNow();
        if (seconds !== null) {
          part.textContent = format(part.dataset.text, [seconds, part.dataset.limit]);
          part.hidden = false;
        }
      } else if (kind === "bar") {
        const seconds = elapsedNow();
        const limit = Number(part.dataset.limit);
        if (seconds !== null && limit > 0) {
          const percent = Math.min(99, Math.floor(seconds * 100 / limit));
          part.value = percent;
          part.textContent = percent + "%";
        }
      } else if (kind === "score") {
        if (last.score) {
          part.textContent = format(part.dataset.text, [last.score]);
          part.hidden = false;
        }
      } else if (kind === "queued") {
        if (last.status === "QUEUED" && last.queuedAhead !== undefined && last.queuedAhead !== null) {
          part.textContent = format(part.dataset.text, [last.queuedAhead]);
          part.hidden = false;
        } else {
          part.hidden = true;
        }
      }
    });
  }

  function stop() {
    if (state.stream) {
      state.stream.close();
      state.stream = null;
    }
    if (state.ticker) {
      window.clearInterval(state.ticker);
      state.ticker = null;
    }
  }

  function onProgress(message) {
    let progress;
    try {
      progress = JSON.parse(message.data);
    } catch (e) {
      return;
    }
    const scoreChanged = state.last !== null && state.last.score !== progress.score;
    state.last = progress;
    state.receivedAt = Date.now();
    state.source = "events";
    mark(section());
    show();
    if (ACTIVE.indexOf(progress.status) < 0) {
      // Final: the stream ends here (closed before the service closes it, or EventSource would reconnect).
      stop();
      refresh();
    } else if (scoreChanged && section() && section().dataset.progressRefresh === "score") {
      refreshSoon();
    }
  }

  // The stream failed (the session ended, the service restarted, a proxy cut it): back to the page's polling.
  function onError() {
    if (state.stream === null) {
      return;
    }
    stop();
    state.source = "polling";
    mark(section());
    refresh();
  }

  function follow() {
    const element = section();
    if (!element || state.stream || ACTIVE.indexOf(element.dataset.status) < 0) {
      return;
    }
    if (!window.EventSource) {
      state.source = "polling";
      mark(element);
      return;
    }
    state.stream = new EventSource(element.dataset.progressEvents);
    state.stream.addEventListener("progress", onProgress);
    state.stream.addEventListener("error", onError);
    state.ticker = window.setInterval(show, 1000);
  }

  // While the stream answers, the section's own polling asks nothing; the section's fetches made here go through, and
  // so does the polling once the stream has ended (a section fetched as the plan turned final that still says SOLVING
  // asks again by itself).
  document.addEventListener("htmx:beforeRequest", (event) => {
    const element = event.detail.elt;
    const ours = event.detail.etc && event.detail.etc.headers && event.detail.etc.headers[HEADER];
    if (state.stream && state.source === "events" && !ours && element
      && element.hasAttribute("data-progress-events")) {
      event.preventDefault();
    }
  });

  document.addEventListener("htmx:afterSettle", () => {
    mark(section());
    if (state.stream) {
      show();
    }
  });
  document.addEventListener("DOMContentLoaded", follow);
})();
