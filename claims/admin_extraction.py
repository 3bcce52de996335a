"""Claim extraction in the admin: run it from the document list. Its suggestions are accepted
or dismissed through the workflow (``verification.admin_suggestions``)."""

from django.contrib import admin

from sources.admin_extensions import queue_for_documents, register_document_extension

from . import access, tasks


@admin.action(description="Extract claims (suggest the statements each text attributes)")
def extract_claims(model_admin, request, queryset):
    queue_for_documents(
        model_admin,
        request,
        queryset,
        task=tasks.extract_claims,
        allowed=access.may_extract(request.user),
        refusal="Only reviewers and editors extract claims.",
        requested="Claim extraction requested for {count} document{s}. Its suggestions are in "
        "Claims, status “Suggested”; speakers the desk does not know wait in Proposed sources.",
    )


register_document_extension(actions=[extract_claims])
