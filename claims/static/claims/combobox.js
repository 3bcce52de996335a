// A text box that finds things as one types and offers them in a list to choose from, by mouse
// or keyboard (the ARIA combobox pattern): ↓ and ↑ move through the list, Enter chooses, Esc
// closes it (a second Esc is left to the page). Results come from ``search(text)``, a function
// resolving to [{id, label, detail}]; ``extra(text)`` may add a last option of its own (such as
// "propose a new source"), and ``choose(item)`` is told what was chosen.
(function () {
  "use strict";

  let counter = 0;

  function Combobox(input, options) {
    const list = document.getElementById(input.getAttribute("aria-controls"));
    let items = [];
    let active = -1;
    let asked = 0; // answers to older questions are dropped
    let timer = null;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      const rows = list.querySelectorAll("[role=option]");
      rows.forEach(function (row, i) {
        row.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (index >= 0 && rows[index]) {
        input.setAttribute("aria-activedescendant", rows[index].id);
        rows[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function show(found, text) {
      items = found.slice();
      const last = options.extra ? options.extra(text, found) : null;
      if (last) {
        items.push(last);
      }
      list.replaceChildren();
      if (!items.length) {
        const empty = document.createElement("li");
        empty.className = "combobox-empty";
        empty.textContent = options.emptyText ? options.emptyText(text) : "Nothing matches.";
        list.append(empty);
      }
      items.forEach(function (item) {
        const row = document.createElement("li");
        counter += 1;
        row.id = input.id + "-option-" + counter;
        row.setAttribute("role", "option");
        row.className = item.className || "";
        row.textContent = item.label;
        if (item.detail) {
          const detail = document.createElement("span");
          detail.className = "combobox-detail";
          detail.textContent = item.detail;
          row.append(" ", detail);
        }
        // Keep the focus in the box: the click chooses, the box stays where the typing is.
        row.addEventListener("mousedown", function (event) {
          event.preventDefault();
        });
        row.addEventListener("click", function () {
          pick(item);
        });
        list.append(row);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      highlight(items.length ? 0 : -1);
    }

    function pick(item) {
      close();
      options.choose(item, input.value);
    }

    async function lookUp() {
      const text = input.value.trim();
      if (!text) {
        close();
        return;
      }
      asked += 1;
      const question = asked;
      let found;
      try {
        found = await options.search(text);
      } catch (error) {
        found = [];
        if (options.onError) {
          options.onError(error);
        }
      }
      if (question === asked && document.activeElement === input) {
        show(found, text);
      }
    }

    input.addEventListener("input", function () {
      if (options.edited) {
        options.edited(input.value);
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(lookUp, 150);
    });
    input.addEventListener("keydown", function (event) {
      const open = !list.hidden && items.length > 0;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (!open) {
          lookUp();
          return;
        }
        const step = event.key === "ArrowDown" ? 1 : -1;
        highlight((active + step + items.length) % items.length);
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        event.stopPropagation();
        pick(items[active]);
      } else if (event.key === "Escape" && !list.hidden) {
        event.preventDefault();
        event.stopPropagation();
        close();
      }
    });
    input.addEventListener("blur", close);

    return { close: close };
  }

  window.ParallaxCombobox = Combobox;
})();
