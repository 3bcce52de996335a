// Selecting a stretch of a document's text, with the mouse or the keyboard, as the server counts
// it. Shared by the pages that mark spans in a text (framing annotation, claims by selection).
//
// The browser measures text in UTF-16 units, the server in Unicode code points: a character
// outside the Basic Multilingual Plane (an emoji, say) is two units here and one there. Offsets
// are converted here, before they leave the page; the text must be rendered exactly as stored.
(function () {
  "use strict";

  function codePointLength(text) {
    let count = 0;
    for (const _ of text) {
      count += 1;
    }
    return count;
  }

  // The selection as code point offsets into ``box``'s text, white space at either end left
  // out: {start, end, quote}; null when nothing inside the text is selected.
  function selectedSpan(box) {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return null;
    }
    const range = selection.getRangeAt(0);
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

  // Select text[start:end] (code points) in ``box``: to show again a span the page knows.
  function selectSpan(box, start, end) {
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    let started = false;
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const points = Array.from(node.data);
      const here = seen + points.length;
      if (!started && start <= here) {
        range.setStart(node, points.slice(0, start - seen).join("").length);
        started = true;
      }
      if (started && end <= here) {
        range.setEnd(node, points.slice(0, end - seen).join("").length);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        return true;
      }
      seen = here;
    }
    return false;
  }

  // The current selection, kept while a form takes the focus (and the selection with it)...
  function currentRange() {
    const selection = window.getSelection();
    return selection.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
  }

  // ...and given back to the text when the form is left with Esc, to change it or open the form
  // again.
  function giveBack(box, range) {
    box.focus({ preventScroll: true });
    if (range) {
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
    }
  }

  // Make ``getBox()`` (the element holding the text; a function, as pages swap the text in
  // place) selectable by mouse and keyboard. ``onSelect(span)`` is called when a selection is
  // made with the mouse (released outside ``ignoreSelector``) or Enter is pressed on one.
  //
  // The text is not editable, so the browser moves no caret in it: once it has the focus (Tab,
  // or a click, which also places the caret), the arrow keys move the caret here (with Ctrl or
  // Alt by words; Home and End to the line's ends), with Shift they extend the selection, and
  // Enter hands the selection to ``onSelect``.
  function attach(getBox, onSelect, ignoreSelector) {
    document.addEventListener("mouseup", function (event) {
      if (ignoreSelector && event.target.closest(ignoreSelector)) {
        return;
      }
      const span = selectedSpan(getBox());
      if (span) {
        onSelect(span);
      }
    });
    const caretKeys = {
      ArrowLeft: ["backward", "character"],
      ArrowRight: ["forward", "character"],
      ArrowUp: ["backward", "line"],
      ArrowDown: ["forward", "line"],
      Home: ["backward", "lineboundary"],
      End: ["forward", "lineboundary"],
    };
    getBox().addEventListener("keydown", function (event) {
      const box = getBox();
      if (event.target !== box || event.metaKey) {
        return;
      }
      if (event.key === "Enter") {
        const span = selectedSpan(box);
        if (span) {
          event.preventDefault();
          onSelect(span);
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
    caret.className = "reading-caret";
    caret.hidden = true;
    caret.setAttribute("aria-hidden", "true");
    getBox().after(caret);
    function placeCaret() {
      const box = getBox();
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
    getBox().addEventListener("focus", function () {
      // Tabbing in: the caret starts at the beginning of the text (a click has placed it).
      const box = getBox();
      const selection = window.getSelection();
      const firstText = document.createTreeWalker(box, NodeFilter.SHOW_TEXT).nextNode();
      if (firstText && (selection.rangeCount === 0 || !box.contains(selection.anchorNode))) {
        selection.collapse(firstText, 0);
      }
      placeCaret();
    });
    getBox().addEventListener("blur", placeCaret);
    getBox().addEventListener("scroll", placeCaret);
    document.addEventListener("selectionchange", placeCaret);
    window.addEventListener("resize", placeCaret);
  }

  window.ParallaxSelection = {
    attach: attach,
    codePointLength: codePointLength,
    currentRange: currentRange,
    giveBack: giveBack,
    selectedSpan: selectedSpan,
    selectSpan: selectSpan,
  };
})();
