// Claims by selection: select a statement in the text, say who said it, sum it up, save. The
// same form corrects a suggestion from extraction (its span, speaker, relay chain…) before it is
// accepted. Every change goes through the API; the page then brings its text and lists up to
// date in place. Offsets leave the page in code points (sources/selection.js).
(function () {
  "use strict";

  const root = document.getElementById("claim-select");
  if (!root) {
    return;
  }
  const data = root.dataset;
  const documentId = Number(data.document);
  const desk = window.ParallaxDesk;
  const callApi = desk.apiCaller(root.querySelector("input[name=csrfmiddlewaretoken]").value);
  const say = desk.sayer(document.getElementById("claim-select-status"));
  const refresh = () => desk.refreshParts(["claim-select-text", "claim-lists"]);
  const form = document.getElementById("claim-form");
  const field = (id) => document.getElementById(id);

  function textBox() {
    return field("claim-select-text");
  }
  function urlFor(pattern, id) {
    return pattern.replace("/0/", "/" + id + "/");
  }
  function suggestions() {
    return JSON.parse(field("claim-suggestion-data").textContent);
  }

  // What the form holds besides its plain fields: the span, the chosen speaker, relay chain
  // and incident, and (when correcting) the suggestion it corrects.
  const state = { span: null, speaker: null, relays: [], incident: null, correcting: null };
  let openedWith = null; // the selection the form was opened for, to give back on Esc

  // --- Sources and incidents, found as one types ----------------------------------------------

  async function findSources(text) {
    const answer = await callApi(data.sourcesUrl + "?name=" + encodeURIComponent(text));
    const folded = text.toLocaleLowerCase();
    return answer.results.slice(0, 12).map(function (source) {
      const alias = source.aliases.find((a) => a.toLocaleLowerCase().includes(folded));
      const named = source.name.toLocaleLowerCase().includes(folded);
      return {
        id: source.id,
        name: source.name,
        label: source.name,
        detail: [!named && alias ? "“" + alias + "”" : "", source.country].filter(Boolean).join(", "),
      };
    });
  }

  async function findIncidents(text) {
    const answer = await callApi(data.incidentsUrl + "?title=" + encodeURIComponent(text));
    return answer.results.slice(0, 12).map(function (incident) {
      return {
        id: incident.id,
        name: incident.title + " (" + incident.starts_on + ")",
        label: incident.title,
        detail: [incident.starts_on, incident.place].filter(Boolean).join(", "),
      };
    });
  }

  function reportLookupError(error) {
    showError("Could not look that up: " + error.message);
  }

  function renderRelays() {
    const chain = field("claim-relay-chain");
    chain.replaceChildren();
    state.relays.forEach(function (source, index) {
      const chip = document.createElement("li");
      chip.className = "claim-chip";
      chip.append(source.name + " ");
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "claim-chip-remove";
      remove.textContent = "×";
      remove.setAttribute("aria-label", "Remove " + source.name + " from the relay chain");
      remove.addEventListener("click", function () {
        state.relays.splice(index, 1);
        renderRelays();
        field("claim-relay").focus();
      });
      chip.append(remove);
      chain.append(chip);
    });
    chain.hidden = state.relays.length === 0;
  }

  const speakerHelp = form ? field("claim-speaker-help").textContent : "";

  if (form) {
    window.ParallaxCombobox(field("claim-speaker"), {
      search: findSources,
      onError: reportLookupError,
      emptyText: (text) => "No source is called “" + text + "”.",
      // A speaker the desk does not know is proposed as a new source, and the claim waits for
      // an editor to confirm it (a correction keeps to known sources).
      extra: function (text, found) {
        const exact = found.some((item) => item.name.toLocaleLowerCase() === text.toLocaleLowerCase());
        if (state.correcting || exact) {
          return null;
        }
        return {
          proposed: true,
          name: text.replace(/\s+/g, " "),
          label: "Propose “" + text + "” as a new source",
          detail: "an editor confirms it; the claim is made then",
          className: "combobox-propose",
        };
      },
      edited: function () {
        state.speaker = null;
        field("claim-speaker-help").textContent = speakerHelp;
      },
      choose: function (item) {
        state.speaker = item.proposed
          ? { proposed: true, name: item.name }
          : { id: item.id, name: item.name };
        field("claim-speaker").value = item.name;
        field("claim-speaker-help").textContent = item.proposed
          ? "“" + item.name + "” will be proposed as a new source: the claim waits until an " +
            "editor confirms it."
          : speakerHelp;
      },
    });
    window.ParallaxCombobox(field("claim-relay"), {
      search: findSources,
      onError: reportLookupError,
      emptyText: (text) => "No source is called “" + text + "”.",
      choose: function (item) {
        field("claim-relay").value = "";
        if (state.relays.some((source) => source.id === item.id)) {
          showError(item.name + " is in the relay chain already.");
          return;
        }
        state.relays.push({ id: item.id, name: item.name });
        renderRelays();
      },
    });
    field("claim-relay").addEventListener("keydown", function (event) {
      if (event.key === "Backspace" && !event.target.value && state.relays.length) {
        state.relays.pop();
        renderRelays();
      }
    });
    window.ParallaxCombobox(field("claim-incident"), {
      search: findIncidents,
      onError: reportLookupError,
      emptyText: (text) => "No incident matches “" + text + "”.",
      edited: function () {
        state.incident = null;
      },
      choose: function (item) {
        state.incident = { id: item.id, name: item.name };
        field("claim-incident").value = item.name;
      },
    });
  }

  // --- The form ------------------------------------------------------------------------------

  function showError(message) {
    const box = field("claim-error");
    box.textContent = message;
    box.hidden = !message;
  }

  function showSpan(span) {
    state.span = span;
    field("claim-quote").textContent = span.quote;
    field("claim-offsets").textContent = "(characters " + span.start + "–" + span.end + ")";
  }

  function rememberSelection() {
    openedWith = window.ParallaxSelection.currentRange();
  }

  // A selection made while the form is open changes only the span: what was typed stays.
  function selected(span) {
    if (!form.hidden) {
      showSpan(span);
      rememberSelection();
      showError("");
      return;
    }
    openForm(span, null);
  }

  function openForm(span, suggestion) {
    state.correcting = suggestion;
    state.speaker = suggestion ? suggestion.speaker : null;
    state.relays = suggestion ? suggestion.relay_chain.slice() : [];
    state.incident = suggestion && suggestion.incident;
    showSpan(span);
    rememberSelection();
    form.hidden = false;
    field("claim-form-title").textContent = suggestion
      ? "Correct suggestion #" + suggestion.id
      : "New claim";
    field("claim-form-correcting").hidden = !suggestion;
    field("claim-save").value = suggestion ? "Save and accept" : "Save claim";
    field("claim-speaker").value = state.speaker ? state.speaker.name : "";
    field("claim-speaker-help").textContent = speakerHelp;
    field("claim-relay").value = "";
    renderRelays();
    field("claim-summary").value = suggestion
      ? suggestion.summary
      : span.quote.replace(/\s+/g, " ").slice(0, 500);
    field("claim-incident").value = state.incident ? state.incident.name : "";
    field("claim-stated-on").value = suggestion
      ? suggestion.stated_on || ""
      : data.defaultStatedOn || "";
    showError("");
    field("claim-speaker").focus();
  }

  function closeForm() {
    form.hidden = true;
    state.span = null;
    state.correcting = null;
    openedWith = null;
  }

  function payload() {
    const span = state.span;
    const speaker = state.speaker.proposed
      ? { speaker_name: state.speaker.name }
      : { speaker: state.speaker.id };
    return {
      ...speaker,
      start: span.start,
      end: span.end,
      quote: span.quote,
      relay_chain: state.relays.map((source) => source.id),
      summary: field("claim-summary").value,
      incident: state.incident ? state.incident.id : null,
      stated_on: field("claim-stated-on").value || null,
    };
  }

  let saving = false; // one request at a time: a second Enter does not mark the claim twice

  async function save() {
    if (!state.span || saving) {
      return;
    }
    if (!state.speaker) {
      showError("Choose the speaker from the list: type part of a name, then ↓ and Enter.");
      field("claim-speaker").focus();
      return;
    }
    if (!field("claim-summary").value.trim()) {
      showError("Sum the claim up in one sentence.");
      field("claim-summary").focus();
      return;
    }
    const suggestion = state.correcting;
    let message;
    saving = true;
    field("claim-save").disabled = true;
    try {
      if (suggestion) {
        // The correction moves the claim's version on; the accept is for what it became.
        const corrected = await callApi(urlFor(data.correctUrl, suggestion.id), "POST", payload());
        await callApi(urlFor(data.transitionUrl, suggestion.id), "POST", {
          name: "accept",
          version: corrected.workflow_version,
        });
        message = "Suggestion #" + suggestion.id + " corrected and accepted.";
      } else if (state.speaker.proposed) {
        await callApi(data.heldClaimsUrl, "POST", { document: documentId, ...payload() });
        message =
          "“" + state.speaker.name + "” is proposed as a new source; the claim waits for an " +
          "editor to confirm it.";
      } else {
        const claim = await callApi(data.claimsUrl, "POST", { document: documentId, ...payload() });
        message = "Saved claim #" + claim.id + " by " + state.speaker.name + ".";
      }
    } catch (error) {
      showError(error.message);
      return;
    } finally {
      saving = false;
      field("claim-save").disabled = false;
    }
    closeForm();
    window.getSelection().removeAllRanges();
    textBox().focus({ preventScroll: true }); // ready for the next statement
    try {
      await refresh();
      say(message, false);
    } catch (error) {
      say(error.message, true);
    }
  }

  if (form) {
    window.ParallaxSelection.attach(textBox, selected, ".reading-side");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      save();
    });
    field("claim-summary").addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    form.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") {
        return;
      }
      event.preventDefault();
      const range = openedWith;
      closeForm();
      window.ParallaxSelection.giveBack(textBox(), range);
    });
    field("claim-cancel").addEventListener("click", closeForm);
  }

  // --- Suggestions: accept, correct, dismiss -------------------------------------------------

  root.addEventListener("click", function (event) {
    const button = event.target.closest("button[data-action]");
    if (!button || !root.contains(button)) {
      return;
    }
    const id = button.dataset.id;
    const action = button.dataset.action;
    if (action === "correct") {
      const suggestion = suggestions()[id];
      window.ParallaxSelection.selectSpan(textBox(), suggestion.start, suggestion.end);
      openForm(
        { start: suggestion.start, end: suggestion.end, quote: suggestion.quote },
        suggestion,
      );
      return;
    }
    let comment = "";
    if (action === "dismiss") {
      comment = window.prompt("Why is this not a claim to check?", "Not a claim to check.");
      if (comment === null) {
        return;
      }
    }
    button.disabled = true;
    desk.run(
      () =>
        callApi(urlFor(data.transitionUrl, id), "POST", {
          name: action,
          version: Number(button.dataset.version),
          comment: comment,
        }),
      refresh,
      say,
      action === "accept" ? "Suggestion #" + id + " accepted." : "Suggestion #" + id + " dismissed.",
    );
  });
})();
