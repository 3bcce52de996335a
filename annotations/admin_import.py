"""The Import page (Framing annotations → Annotations → Import annotations…).

Upload files (or a folder's, or a .zip), choose the format, see the preview (what will be
created, what is refused and why, line by line, and the label mapping to confirm or change),
then confirm: the write runs as a background task (in-process without a broker) whose progress
the page polls. The page renders and calls ``annotations.importing_services``; nothing here
writes by itself.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse

from desk.exceptions import Conflict

from . import access
from .formats import FORMATS, format_title
from .import_runs import options_from, run_preview, run_status, uploaded_files
from .importing import CREATE, SKIP
from .importing_services import (
    ImportRefused,
    import_run_confirm,
    import_run_prepare,
    import_run_set_options,
)
from .models import FramingLabel, ImportRun

# Items the preview lists one by one; the counts are always whole.
SHOWN = 500


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [super(MultipleFileField, self).clean(file, initial) for file in files]


class ImportForm(forms.Form):
    files = MultipleFileField(
        required=False, help_text="One file, several, or a .zip of a corpus folder."
    )
    folder = MultipleFileField(
        required=False,
        widget=MultipleFileInput(attrs={"webkitdirectory": True}),
        help_text="Or a whole folder (a SemEval corpus: articles and span files).",
    )
    format = forms.ChoiceField(choices=[(name, format_title(name)) for name in FORMATS])
    publisher = forms.CharField(
        required=False,
        max_length=200,
        help_text="The source that publishes new documents, by name. Empty: a source for the "
        "corpus (e.g. “SemEval-2020 Task 11 PTC corpus”), created if the desk lacks it.",
    )
    language = forms.CharField(max_length=35, initial="en", help_text="New documents' language.")
    offsets = forms.ChoiceField(
        required=False,
        choices=[
            ("", "As the format says (doccano: code points, with each span read otherwise named)"),
            ("code_points", "doccano: characters (code points), as Python and doccano's server"),
            ("utf16", "doccano: UTF-16 units, as its annotation screen in a browser may count"),
        ],
        help_text="How a doccano file counts offsets: it differs only after an emoji.",
    )
    skip_bad = forms.BooleanField(
        required=False,
        label="Skip bad items",
        help_text="Write the good items and skip the refused ones (otherwise any refused item "
        "and nothing is written).",
    )

    def clean(self):
        data = super().clean()
        if not (data.get("files") or data.get("folder")):
            raise ValidationError("Choose a file, several files or a folder.")
        return data


class AnnotationImportAdminMixin:
    """For AnnotationAdmin: the Import page and its runs."""

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="annotations_annotation_import",
            ),
            path(
                "import/<int:run_id>/",
                self.admin_site.admin_view(self.import_run_view),
                name="annotations_annotation_import_run",
            ),
            path(
                "import/<int:run_id>/progress/",
                self.admin_site.admin_view(self.import_progress_view),
                name="annotations_annotation_import_progress",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "may_import": access.may_import(request.user)}
        return super().changelist_view(request, extra_context)

    def _context(self, request, title: str) -> dict:
        if not access.may_import(request.user):
            raise PermissionDenied
        return {**self.admin_site.each_context(request), "title": title, "opts": self.model._meta}

    def import_view(self, request):
        context = self._context(request, "Import annotations")
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            uploads = [*data["files"], *data["folder"]]
            try:
                options = options_from(data)
                run = import_run_prepare(
                    files=uploaded_files([(upload.name, upload.read()) for upload in uploads]),
                    format=data["format"],
                    options=options,
                    actor=request.user,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return HttpResponseRedirect(
                    reverse("admin:annotations_annotation_import_run", args=[run.pk])
                )
        return TemplateResponse(
            request, "admin/annotations/annotation/import.html", {**context, "form": form}
        )

    def import_run_view(self, request, run_id: int):
        context = self._context(request, "Import annotations")
        run = get_object_or_404(ImportRun, pk=run_id)
        if request.method == "POST":
            return self._confirm(request, run)
        context |= {"run": run, "status": run_status(run)}
        if run.state == ImportRun.State.PREVIEWED:
            context |= self._preview_context(request, run)
        return TemplateResponse(request, "admin/annotations/annotation/import_run.html", context)

    def _preview_context(self, request, run: ImportRun) -> dict:
        try:
            plan = run_preview(run, actor=request.user)
        except ValidationError as error:
            return {"option_errors": error.messages}
        mapped = run.options.get("label_map", {})
        return {
            "plan": plan,
            "shown": SHOWN,
            "documents": plan.documents[:SHOWN],
            "refused": plan.refused[:SHOWN],
            "spans": plan.spans[:SHOWN],
            "label_rows": [
                {
                    "index": index,
                    "choice": choice,
                    "mapped": (mapped.get(choice.file_label) or [""])[0],
                }
                for index, choice in enumerate(plan.labels)
            ],
            "taxonomy": FramingLabel.objects.filter(is_active=True).order_by("name"),
            "create": CREATE,
            "skip": SKIP,
            "is_owner": run.created_by_id == request.user.pk,
        }

    def _confirm(self, request, run: ImportRun):
        here = reverse("admin:annotations_annotation_import_run", args=[run.pk])
        label_map = dict(run.options.get("label_map", {}))
        for key, file_label in request.POST.items():
            if not key.startswith("label-"):
                continue
            chosen = request.POST.get(f"map-{key.removeprefix('label-')}", "")
            if chosen:
                label_map[file_label] = [chosen]
            else:
                label_map.pop(file_label, None)
        try:
            options = options_from(
                {**run.options, "label_map": label_map, "skip_bad": "skip_bad" in request.POST}
            )
            import_run_set_options(run=run, options=options, actor=request.user)
            if "confirm" in request.POST:
                import_run_confirm(run=run, actor=request.user)
                self.message_user(request, "Import confirmed.", messages.SUCCESS)
        except ImportRefused as refused:
            self.message_user(
                request,
                f"Nothing was imported: {len(refused.problems)} items are refused (listed "
                "below). Map their labels, or skip them.",
                messages.ERROR,
            )
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
        except Conflict as conflict:
            self.message_user(request, str(conflict), messages.ERROR)
        return HttpResponseRedirect(here)

    def import_progress_view(self, request, run_id: int):
        if not access.may_import(request.user):
            raise PermissionDenied
        return JsonResponse(run_status(get_object_or_404(ImportRun, pk=run_id)))
