"""Word lists as regular expressions: one trie-shaped alternation per list."""

import re


def alternation(words) -> str:
    """A regex matching any of ``words``, the longest that fits first ("pointed out" before
    "pointed"); a space in a word matches any white space.

    Written as a trie, one branch per next character: Python's ``re`` tries the alternatives
    of a group one after the other at every position, so a flat list of two hundred verb forms
    costs two hundred attempts per character of every sentence searched, and the trie one."""
    trie: dict = {}
    for word in words:
        node = trie
        for piece in _pieces.findall(" ".join(word.split())):
            node = node.setdefault(piece, {})
        if node is not trie:
            node[""] = {}  # a word ends here
    return _branches(trie)


_pieces = re.compile(r" |.", re.DOTALL)


def _branches(node: dict) -> str:
    branches = [
        (r"\s+" if piece == " " else re.escape(piece)) + _branches(child)
        for piece, child in sorted(node.items())
        if piece
    ]
    if not branches:
        return ""
    either = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    # A word ending here, with longer ones going on: the longer are tried first (greedy "?").
    return f"(?:{either})?" if "" in node else either
