"""Documents and their framing spans as an annotation format writes them (reads only).

``exported_documents`` gives the ``Exported`` shapes a format's ``render`` takes: each document
under its id in the format's collection when it was imported from one (else its Parallax id),
with its accepted spans (and the suggestions imported from a tool, for a format that writes
them back as such: Label Studio's predictions), each label as the format names it
(``export_label``; labels it has no name for are left out) and where an imported span stood
in its files, with the file's id for it.
"""

from collections.abc import Iterable

from django.db.models import Q, QuerySet

from sources.models import Document

from .formats.base import Exported, ExportedSpan, Where
from .importing import format_module
from .models import Annotation


def exported_documents(documents: QuerySet[Document], *, format: str) -> list[Exported]:
    """Two queries, whatever the number of documents and spans."""
    module = format_module(format)
    # The collections whose documents this format wrote: their ids and what else their files
    # said are written back (an import without its own collection name uses the format's).
    collections = getattr(module, "COLLECTIONS", {format: format})
    export_label = getattr(module, "export_label", _by_name)
    field_name = getattr(module, "LABEL_FIELD", None) or "slug"
    documents = list(
        documents.order_by("pk").only(
            "pk", "title", "text", "external_collection", "external_id", "external_meta"
        )
    )
    spans: dict[int, list[ExportedSpan]] = {document.pk: [] for document in documents}
    wanted = Q(state=Annotation.State.ACCEPTED)
    if getattr(module, "EXPORTS_SUGGESTIONS", False):
        # A tool's own predictions, imported: written back as its predictions. The lexicon's
        # suggestions stay home, or importing the file back would suggest each span twice.
        wanted |= Q(state=Annotation.State.SUGGESTED, origin=Annotation.Origin.IMPORT)
    annotations = (
        Annotation.objects.filter(wanted, document_id__in=list(spans))
        .select_related("label", "annotator")
        .order_by("document_id", "start", "end", "id")
    )
    for annotation in annotations:
        label = annotation.label
        at, span_id, imported_as = _where(annotation.imported_from)
        if imported_as and imported_as[1] == label.slug and field_name == "slug":
            name = imported_as[0]  # the file's own name for the label it still has
        else:
            name = export_label(code=getattr(label, field_name), slug=label.slug, name=label.name)
        if name is None:
            continue
        suggested = annotation.state == Annotation.State.SUGGESTED
        annotator = annotation.imported_annotator or (
            annotation.annotator.get_username() if annotation.annotator else ""
        )
        spans[annotation.document_id].append(
            ExportedSpan(
                start=annotation.start,
                end=annotation.end,
                labels=(name,) if name else (),
                quote=annotation.quote,
                annotator=annotator,
                suggested=suggested,
                span_id=span_id,
                at=at,
            )
        )
    exported = []
    for document in documents:
        own = document.external_collection in collections and document.external_id
        exported.append(
            Exported(
                key=document.external_id if own else str(document.pk),
                text=document.text,
                title=document.title,
                spans=tuple(spans[document.pk]),
                meta=dict(document.external_meta) if own else {},
            )
        )
    return exported


def _by_name(*, code: str, slug: str, name: str) -> str:
    return name


def _where(imported_from: Iterable) -> tuple[tuple[Where, ...], str, tuple[str, str] | None]:
    """The stored [[file, line], …] as ``Where``s; the file's id for the span (the third item of
    the first place, when the file gave one); and the file's label with the slug it was
    imported as (its fourth and fifth). Anything else stored there is ignored."""
    wheres = []
    span_id, imported_as = "", None
    for index, item in enumerate(imported_from if isinstance(imported_from, list) else ()):
        if not isinstance(item, list) or len(item) not in (2, 3, 5):
            continue
        file, line = item[:2]
        if isinstance(file, str) and isinstance(line, int):
            wheres.append(Where(file, line))
        if index == 0 and len(item) > 2 and all(isinstance(value, str) for value in item[2:]):
            span_id = item[2]
            imported_as = (item[3], item[4]) if len(item) == 5 else None
    return tuple(wheres), span_id, imported_as
