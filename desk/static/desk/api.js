// What the desk's working pages share: calling the API as the logged-in user, showing its
// answer (or its error, in words) in a status line, and bringing parts of the page up to date
// after a change without reloading it.
(function () {
  "use strict";

  // The text of an API error: DRF's {"detail": …} or {"field": ["message", …], …}.
  function errorText(body, status) {
    if (!body || typeof body !== "object") {
      return "The server answered " + status + ".";
    }
    if (typeof body.detail === "string") {
      return body.detail;
    }
    return Object.entries(body)
      .map(function ([field, messages]) {
        const text = [].concat(messages).join(" ");
        return field === "detail" || field === "non_field_errors" ? text : field + ": " + text;
      })
      .join("\n");
  }

  // A function calling the API with the session's cookie and CSRF token; it resolves to the
  // answer's JSON (null for 204) and rejects with an Error whose message says what was wrong.
  function apiCaller(csrfToken) {
    return async function (url, method, payload) {
      const response = await fetch(url, {
        method: method || "GET",
        credentials: "same-origin",
        headers: {
          Accept: "application/json",
          "Content-Type": "application/json",
          "X-CSRFToken": csrfToken,
        },
        body: payload === undefined ? undefined : JSON.stringify(payload),
      });
      let body = null;
      if (response.status !== 204) {
        body = await response.json().catch(function () {
          return null;
        });
      }
      if (!response.ok) {
        throw new Error(errorText(body, response.status));
      }
      return body;
    };
  }

  // A function writing a message in ``line`` (a role=status element), red when it is an error.
  function sayer(line) {
    return function (message, isError) {
      line.textContent = message;
      line.classList.toggle("errornote", Boolean(isError));
    };
  }

  // Fetch this page again and swap in the elements with these ids, keeping their scroll.
  async function refreshParts(ids) {
    const response = await fetch(window.location.href, { credentials: "same-origin" });
    const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
    if (!response.ok || ids.some((id) => !fresh.getElementById(id))) {
      throw new Error("Done, but the page could not be brought up to date: reload it.");
    }
    for (const id of ids) {
      const part = document.getElementById(id);
      const scroll = part.scrollTop;
      part.innerHTML = fresh.getElementById(id).innerHTML;
      part.scrollTop = scroll;
    }
  }

  // Do one piece of work, then refresh and say ``message`` (or message(answer)); errors are said.
  async function run(work, refresh, say, message) {
    try {
      const answer = await work();
      await refresh();
      say(typeof message === "function" ? message(answer) : message, false);
      return answer;
    } catch (error) {
      say(error.message, true);
      return null;
    }
  }

  window.ParallaxDesk = {
    apiCaller: apiCaller,
    errorText: errorText,
    refreshParts: refreshParts,
    run: run,
    sayer: sayer,
  };
})();
