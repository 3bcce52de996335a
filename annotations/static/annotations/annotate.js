// The annotation page: select a phrase, label it, review suggestions. Every change goes
// through the API; the page then reloads its text and span list in place. Selecting (with the
// mouse or the keyboard, offsets in code points) is sources/selection.js; calling the API and
// refreshing the page are desk/api.js.
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

  function textBox() {
    return document.getElementById("annotate-text");
  }
  const desk = window.ParallaxDesk;
  const say = desk.sayer(statusLine);
  const callApi = desk.apiCaller(csrfToken);
  const refresh = () => desk.refreshParts(["annotate-text", "annotate-spans"]);
  const run = (work, message) => desk.run(work, refresh, say, message);

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
    revealLabel();
  }

  // Where the chosen label's row is against the list's visible rows: above (< 0), in view
  // (0) or below (> 0), in pixels to scroll. The list scrolls on its own (the mouse wheel), so
  // the chosen label may have left the view since it was chosen.
  function labelOffView() {
    const select = form.elements.label;
    const option = select.selectedOptions[0];
    if (!option || option.hidden) {
      return 0;
    }
    const top = select.getBoundingClientRect().top + select.clientTop;
    const row = option.getBoundingClientRect();
    if (row.top < top - 0.5) {
      return row.top - top;
    }
    const bottom = top + select.clientHeight;
    return row.bottom > bottom + 0.5 ? row.bottom - bottom : 0;
  }

  // Scroll the list (not the page) so that the chosen label's row is in view.
  function revealLabel() {
    form.elements.label.scrollTop += labelOffView();
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
    revealLabel();
  }

  // The selection the form was opened for, to give back to the text if the form is cancelled
  // with Escape (the label filter takes the focus, and the selection with it).
  let pendingRange = null;

  function openForm(span) {
    pending = span;
    pendingRange = window.ParallaxSelection.currentRange();
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
    window.ParallaxSelection.attach(textBox, openForm, ".reading-side");

    const filter = form.querySelector("#annotate-label-filter");
    filter.addEventListener("input", filterLabels);
    form.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        event.preventDefault();
        const range = pendingRange;
        closeForm();
        window.ParallaxSelection.giveBack(textBox(), range);
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
      const chosen = form.elements.label.selectedOptions[0];
      if (!label || !chosen || chosen.hidden) {
        showFormError("Choose a label: no label matches what you typed.");
        return;
      }
      if (labelOffView() !== 0) {
        // Save only the label the reviewer can see highlighted: show it first.
        revealLabel();
        showFormError("Check the highlighted label (" + chosen.textContent + "), then save again.");
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
      const labelName = chosen.textContent;
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
