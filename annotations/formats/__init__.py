"""Annotation files other tools and corpora write and read (SemEval, doccano, Label Studio).

Each format is a module with two pure functions, no database in either:

- ``parse(files) -> Parsed``: what a file (or a folder's files) holds, each item with the line
  (or position) it came from, and a ``Problem`` for each item that cannot be read;
- ``render(documents) -> dict[str, bytes]``: the files that hold ``documents`` (``Exported``),
  by file name.

What becomes of what was parsed (which documents and labels it means, what will be created and
what is refused, and the writes) is the desk's business: ``annotations.importing`` and
``annotations.services``. See ``base`` for the shapes both sides share.
"""
