"""Annotation files other tools and corpora write and read (SemEval, doccano, Label Studio).

Each format is a module with two pure functions, no database in either:

- ``parse(files) -> Parsed``: what a file (or a folder's files) holds, each item with the line
  (or position) it came from, and a ``Problem`` for each item that cannot be read;
- ``render(documents) -> dict[str, bytes]``: the files that hold ``documents`` (``Exported``),
  by file name.

What becomes of what was parsed (which documents and labels it means, what will be created and
what is refused, and the writes) is the desk's business: ``annotations.importing`` and
``annotations.importing_services``. See ``base`` for the shapes both sides share.
"""

from . import doccano, label_studio, semeval

# The formats the import and export commands, the admin's Import page and the API offer, by
# the name they are chosen by. A format module has ``parse`` and ``render``, and may have:
#
# - ``TITLE``: its name for people;
# - ``LABEL_FIELD``: the ``FramingLabel`` field holding its own names for labels (SemEval's
#   ``semeval_code``); without one, a file label finds the label of that slug or name;
# - ``LABEL_TABLE``: file label → values of ``LABEL_FIELD``, for names it maps itself;
# - ``LABEL_WORD``: what its labels are called in messages ("technique");
# - ``UNLABELLED``: the ``NewLabel`` a span without a label takes;
# - ``note_for(file_label)``: the note an annotation made from that label carries;
# - ``export_label(code=, slug=, name=)``: how a label is written (None leaves it out);
# - ``COLLECTIONS``: the external collections its documents' ids belong to;
# - ``OFFSETS``: the ways its files may count offsets, which ``parse(files, offsets=…)`` takes;
# - ``EXPORTS_SUGGESTIONS``: whether it writes suggested spans (Label Studio's predictions);
# - ``KEYS_BY_TEXT``: whether its texts' keys are digests of the text, so that a text the desk
#   has is found whoever published it.
FORMATS = {
    "semeval": semeval,
    "doccano": doccano,
    "label-studio": label_studio,
}


def format_title(name: str) -> str:
    return getattr(FORMATS[name], "TITLE", name)
