"""A document's background runs on its admin page, and the document list filtered by them."""

from django.contrib import admin

from desk.admin_helpers import ReadOnlyInline

from .models import DocumentTaskRun
from .selectors import documents_whose_run_failed, run_failed


class DocumentTaskRunInline(ReadOnlyInline):
    """How the document's last claim extraction and lexicon suggestions went."""

    model = DocumentTaskRun
    verbose_name_plural = "background runs"
    fields = ["kind", "outcome", "started_at", "finished_at"]
    readonly_fields = fields
    show_change_link = False

    @admin.display(description="outcome")
    def outcome(self, obj: DocumentTaskRun) -> str:
        if obj.state == DocumentTaskRun.State.DONE:
            return f"Done: {obj.added or 0:,} added."
        if obj.state == DocumentTaskRun.State.FAILED:
            return f"Failed. {obj.error}"
        if run_failed(obj):
            return (
                "Failed: it was cut off and never finished (a worker killed past the hard "
                "time limit, or lost)."
            )
        return "Running."


class FailedRunFilter(admin.SimpleListFilter):
    title = "extraction"
    parameter_name = "failed_run"

    def lookups(self, request, model_admin):
        return [(kind, f"{label} failed") for kind, label in DocumentTaskRun.Kind.choices]

    def queryset(self, request, queryset):
        if self.value() not in DocumentTaskRun.Kind.values:
            return queryset
        return queryset.filter(pk__in=documents_whose_run_failed(kind=self.value()).values("pk"))
