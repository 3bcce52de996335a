// The annotation page: select a phrase, label it, review suggestions. Every change goes
// through the API; the page then reloads its text and span list in place.
//
// The browser measures text in UTF-16 units, the server in Unicode code points: a character
// outside the Basic Multilingual Plane (an emoji, say) is two units here and one there. Offsets
// are converted before they leave the page.
(function () {
  "use strict";

  const root = document.getElementById("annotate");
  if (!root) {
    return;
  }
  const csrfToken = root.querySelector("input[name=csrfmiddlewaretoken]").value;
  const documentId = Number(root.dataset.document);
  const annotationsUrl = root.dataset.annotationsUrl;
  const statusLine = document.getElementById("annotate-status");
  const form = document.getElementById("annotate-form");
  let pending = null; // {start, end, quote} in code points, while the form is open

  function codePointLength(text) {
    let count = 0;
    for (const _ of text) {
      count += 1;
    }
    return count;
  }

  function textBox() {
    return document.getElementById("annotate-text");
  }

  // The selection as code point offsets into the document's text, white space at either end
  // left out; null when nothing inside the text is selected.
  function selectedSpan() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return null;
    }
    const range = selection.getRangeAt(0);
    const box = textBox();
    if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) {
      return null;
    }
    const before = document.createRange();
    before.setStart(box, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const selected = range.toString();
    const quote = selected.trim();
    if (!quote) {
      return null;
    }
    const leading = selected.length - selected.trimStart().length;
    const start = codePointLength(before.toString() + selected.slice(0, leading));
    return { start: start, end: start + codePointLength(quote), quote: quote };
  }

  function say(message, isError) {
    statusLine.textContent = message;
    statusLine.classList.toggle("errornote", Boolean(isError));
  }

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

  async function callApi(url, method, payload) {
    const response = await fetch(url, {
      method: method,
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
  }

  // Fetch this page again and swap in the text and the span list, keeping the text's scroll.
  async function refresh() {
    const response = await fetch(window.location.href, { credentials: "same-origin" });
    const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
    if (!response.ok || !fresh.getElementById("annotate-text")) {
      throw new Error("Done, but the page could not be brought up to date: reload it.");
    }
    const box = textBox();
    const scroll = box.scrollTop;
    box.innerHTML = fresh.getElementById("annotate-text").innerHTML;
    box.scrollTop = scroll;
    document.getElementById("annotate-spans").innerHTML =
      fresh.getElementById("annotate-spans").innerHTML;
  }

  // Do one API call, then show the fresh page and ``message`` (or message(answer)).
  async function run(work, message) {
    try {
      const answer = await work();
      await refresh();
      say(typeof message === "function" ? message(answer) : message, false);
    } catch (error) {
      say(error.message, true);
    }
  }

  // --- The new-span form ---------------------------------------------------------------------

  function visibleOptions(select) {
    return Array.from(select.options).filter(function (option) {
      return !option.hidden;
    });
  }

  function filterLabels() {
    const select = form.elements.label;
    const words = form.querySelector("#annotate-label-filter").value.toLowerCase().split(/\s+/);
    for (const option of select.options) {
      option.hidden = !words.every(function (word) {
        return option.dataset.search.includes(word);
      });
    }
    for (const group of select.querySelectorAll("optgroup")) {
      group.hidden = !Array.from(group.children).some(function (option) {
        return !option.hidden;
      });
    }
    const shown = visibleOptions(select);
    if (!shown.includes(select.selectedOptions[0])) {
      select.value = shown.length ? shown[0].value : "";
    }
  }

  function moveLabel(step) {
    const select = form.elements.label;
    const shown = visibleOptions(select);
    if (!shown.length) {
      return;
    }
    const index = shown.indexOf(select.selectedOptions[0]);
    const next = index === -1 ? 0 : Math.min(Math.max(index + step, 0), shown.length - 1);
    select.value = shown[next].value;
  }

  // The selection the form was opened for, to give back to the text if the form is cancelled
  // with Escape (the label filter takes the focus, and the selection with it).
  let pendingRange = null;

  function openForm(span) {
    pending = span;
    const selection = window.getSelection();
    pendingRange = selection.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
    form.hidden = false;
    form.querySelector("#annotate-quote").textContent = span.quote;
    form.querySelector("#annotate-offsets").textContent =
      "(characters " + span.start + "–" + span.end + ")";
    form.querySelector("#annotate-error").hidden = true;
    const filter = form.querySelector("#annotate-label-filter");
    filter.value = "";
    filterLabels();
    filter.focus();
  }

  function closeForm() {
    pending = null;
    pendingRange = null;
    form.hidden = true;
    form.elements.note.value = "";
  }

  function showFormError(message) {
    const box = form.querySelector("#annotate-error");
    box.textContent = message;
    box.hidden = false;
  }

  if (form) {
    document.addEventListener("mouseup", function (event) {
      // Clicks in the side panel (buttons, the form) leave any selection in the text alone.
      if (event.target.closest(".annotate-side")) {
        return;
      }
      const span = selectedSpan();
      if (span) {
        openForm(span);
      }
    });
    // Selecting with the keyboard. The text is not editable, so the browser moves no caret in
    // it: once it has the focus (Tab, or a click, which also places the caret), the arrow keys
    // move the caret here (with Ctrl or Alt by words; Home and End to the line's ends), with
    // Shift they extend the selection, and Enter opens the form for what is selected.
    const caretKeys = {
      ArrowLeft: ["backward", "character"],
      ArrowRight: ["forward", "character"],
      ArrowUp: ["backward", "line"],
      ArrowDown: ["forward", "line"],
      Home: ["backward", "lineboundary"],
      End: ["forward", "lineboundary"],
    };
    textBox().addEventListener("keydown", function (event) {
      const box = textBox();
      if (event.target !== box || event.metaKey) {
        return;
      }
      if (event.key === "Enter") {
        const span = selectedSpan();
        if (span) {
          event.preventDefault();
          openForm(span);
        }
        return;
      }
      const move = caretKeys[event.key];
      if (!move) {
        return;
      }
      event.preventDefault();
      const selection = window.getSelection();
      if (selection.rangeCount === 0 || !box.contains(selection.anchorNode)) {
        selection.collapse(box, 0);
      }
      const [direction, unit] = move;
      const wordwise = unit === "character" && (event.ctrlKey || event.altKey);
      selection.modify(event.shiftKey ? "extend" : "move", direction, wordwise ? "word" : unit);
      placeCaret(); // now, not when "selectionchange" comes
    });

    // A browser draws no caret in text that is not editable, so the page draws one where the
    // collapsed selection is while the text has the focus. It sits beside the text, not in it:
    // offsets are counted from the text's start.
    const caret = document.createElement("span");
    caret.className = "annotate-caret";
    caret.hidden = true;
    caret.setAttribute("aria-hidden", "true");
    textBox().after(caret);
    function placeCaret() {
      const box = textBox();
      const selection = window.getSelection();
      const inText =
        document.activeElement === box &&
        selection.rangeCount > 0 &&
        selection.isCollapsed &&
        box.contains(selection.anchorNode);
      const where = inText ? selection.getRangeAt(0).getClientRects()[0] : null;
      const frame = box.getBoundingClientRect();
      if (!where || where.top < frame.top || where.bottom > frame.bottom) {
        caret.hidden = true;
        return;
      }
      const origin = caret.parentElement.getBoundingClientRect();
      caret.style.left = `${where.left - origin.left}px`;
      caret.style.top = `${where.top - origin.top}px`;
      caret.style.height = `${where.height}px`;
      caret.hidden = false;
    }
    textBox().addEventListener("focus", function () {
      // Tabbing in: the caret starts at the beginning of the text (a click has placed it).
      const box = textBox();
      const selection = window.getSelection();
      const firstText = document.createTreeWalker(box, NodeFilter.SHOW_TEXT).nextNode();
      if (firstText && (selection.rangeCount === 0 || !box.contains(selection.anchorNode))) {
        selection.collapse(firstText, 0);
      }
      placeCaret();
    });
    textBox().addEventListener("blur", placeCaret);
    textBox().addEventListener("scroll", placeCaret);
    document.addEventListener("selectionchange", placeCaret);
    window.addEventListener("resize", placeCaret);

    const filter = form.querySelector("#annotate-label-filter");
    filter.addEventListener("input", filterLabels);
    form.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        event.preventDefault();
        const range = pendingRange;
        closeForm();
        // Back to the text with the same selection, to change it or open the form again.
        textBox().focus({ preventScroll: true });
        if (range) {
          window.getSelection().removeAllRanges();
          window.getSelection().addRange(range);
        }
      } else if (event.target === filter && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
        event.preventDefault();
        moveLabel(event.key === "ArrowDown" ? 1 : -1);
      }
    });
    form.elements.label.addEventListener("dblclick", function () {
      form.requestSubmit();
    });
    form.querySelector("#annotate-cancel").addEventListener("click", closeForm);

    form.addEventListener("submit", async function (event) {
      event.preventDefault();
      if (!pending) {
        return;
      }
      const label = form.elements.label.value;
      if (!label) {
        showFormError("Choose a label: no label matches what you typed.");
        return;
      }
      const payload = {
        document: documentId,
        start: pending.start,
        end: pending.end,
        quote: pending.quote,
        label: label,
        note: form.elements.note.value,
      };
      const labelName = form.elements.label.selectedOptions[0].textContent;
      try {
        await callApi(annotationsUrl, "POST", payload);
      } catch (error) {
        showFormError(error.message);
        return;
      }
      closeForm();
      window.getSelection().removeAllRanges();
      textBox().focus({ preventScroll: true }); // the form had it: ready for the next span
      try {
        await refresh();
        say("Saved “" + payload.quote + "” as " + labelName + ".", false);
      } catch (error) {
        say(error.message, true);
      }
    });
  }

  // --- Reviewing and deleting ----------------------------------------------------------------

  root.addEventListener("click", function (event) {
    const button = event.target.closest("button[data-action]");
    if (!button || !root.contains(button)) {
      return;
    }
    const id = button.dataset.id;
    const action = button.dataset.action;
    button.disabled = true;
    if (action === "accept" || action === "reject") {
      run(
        () => callApi(annotationsUrl + id + "/" + action + "/", "POST", {}),
        action === "accept" ? "Suggestion accepted." : "Suggestion rejected.",
      );
    } else if (action === "delete") {
      if (!window.confirm("Delete this span?")) {
        button.disabled = false;
        return;
      }
      run(() => callApi(annotationsUrl + id + "/", "DELETE"), "Span deleted.");
    } else if (action === "accept-all" || action === "reject-all") {
      const state = action === "accept-all" ? "accepted" : "rejected";
      run(
        () => callApi(root.dataset.reviewUrl, "POST", { document: documentId, state: state }),
        (answer) =>
          answer.reviewed + " suggestion" + (answer.reviewed === 1 ? "" : "s") + " " + state + ".",
      );
    } else if (action === "suggest") {
      say("Running the lexicon…", false);
      run(
        () => callApi(root.dataset.suggestUrl, "POST", {}),
        "Lexicon run requested; its suggestions are shown dashed once it has finished " +
          "(reload if they are not here yet).",
      );
    }
  });
})();
