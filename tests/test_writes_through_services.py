"""No write outside a service.

Every registered admin of the project is a ``ServiceModelAdmin`` or writes nothing, and none of
the project's admins, API views, serializers or tasks saves or deletes models itself. Writes made
through the admin, the API and the tasks are watched: each save and delete of a project model
must come from a service module, and the test names the model and the caller when one does not.
"""

import contextlib
import inspect
import re
import sys

import pytest
from celery import current_app
from django.apps import apps
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.db.models.signals import m2m_changed, pre_delete, pre_save
from django.test import RequestFactory
from django.urls import URLResolver, get_resolver, reverse

from demo.feed_site import LocalSite, article_html
from desk.service_admin import ServiceModelAdmin
from tests.api.test_workflow_api import client_for
from tests.factories import make_claim, make_editor, make_reviewer, make_source
from tests.publishing.claimreview_files import review_json

PROJECT_APPS = ("desk", "sources", "claims", "verification", "publishing", "annotations")
# Modules whose functions are the project's writes.
SERVICE_MODULES = frozenset(
    {
        "desk.services",
        "desk.outbox",
        "publishing.webhooks",
        "sources.services",
        # Versions of a document and the reprint links: beside sources.services, which would
        # pass 500 lines with them.
        "sources.versioning",
        "sources.reprints",
        # Adding documents by address and from feeds, beside sources.services.
        "sources.ingesting",
        "sources.feeds",
        "claims.services",
        "claims.extraction",
        "verification.services",
        "publishing.services",
        "annotations.services",
        # Imports of annotation files: their write and their runs, beside annotations.services
        # (which would pass 500 lines with them).
        "annotations.importing_services",
    }
)
# A direct write in source text: ``x.save(``, ``.delete(``, ``objects.create(`` and friends.
DIRECT_WRITE = re.compile(
    r"\.(save|delete|bulk_create|bulk_update|update_or_create|get_or_create|save_m2m)\("
    r"|objects\.create\(|\.update\(|\.(set|add|remove|clear)\("
)
ALLOWED_WRITE = re.compile(r"formset\.save\(commit=False\)|super\(\)\.(save_\w+|delete_\w+)\(")
WRITE_METHODS = ("save_model", "delete_model", "delete_queryset", "save_formset", "save_related")


def is_project(module: str) -> bool:
    return module.split(".")[0] in PROJECT_APPS


def direct_writes(function) -> list[str]:
    """The lines of ``function``'s source that write models themselves."""
    try:
        source = inspect.getsource(function)
    except (OSError, TypeError):
        return []
    return [
        line.strip()
        for line in source.splitlines()
        if DIRECT_WRITE.search(ALLOWED_WRITE.sub("", line))
        and not line.strip().startswith(("#", '"', "'"))
    ]


def superuser_request(superuser):
    request = RequestFactory().get("/admin/")
    request.user = superuser
    return request


def admin_write_problems(registry: dict, request) -> list[str]:
    """What in ``registry``'s project admins writes outside a service."""
    problems = []
    for model, model_admin in registry.items():
        cls = type(model_admin)
        if not is_project(cls.__module__):
            continue
        name = f"{cls.__module__}.{cls.__qualname__} ({model._meta.label})"
        read_only = not any(
            (
                model_admin.has_add_permission(request),
                model_admin.has_change_permission(request),
                model_admin.has_delete_permission(request),
            )
        )
        if not isinstance(model_admin, ServiceModelAdmin) and not read_only:
            problems.append(f"{name} writes but is not a ServiceModelAdmin")
        for klass in cls.__mro__:
            if klass.__module__ == ServiceModelAdmin.__module__ or not is_project(klass.__module__):
                continue
            for method in WRITE_METHODS:
                if method in vars(klass):
                    for line in direct_writes(vars(klass)[method]):
                        problems.append(f"{name}: {klass.__qualname__}.{method} writes: {line}")
    return problems


# --- The admins ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_every_admin_writes_through_services_or_not_at_all(superuser):
    assert admin_write_problems(admin.site._registry, superuser_request(superuser)) == []


@pytest.mark.django_db
def test_an_admin_that_saves_by_itself_is_caught(superuser):
    from verification.models import Team

    class DirectTeamAdmin(admin.ModelAdmin):
        def save_model(self, request, obj, form, change):
            obj.save()

    class DirectServiceTeamAdmin(ServiceModelAdmin):
        def delete_model(self, request, obj):
            obj.delete()

    DirectTeamAdmin.__module__ = DirectServiceTeamAdmin.__module__ = "verification.admin"
    site = admin.AdminSite(name="probe")
    request = superuser_request(superuser)
    problems = admin_write_problems({Team: DirectTeamAdmin(Team, site)}, request)
    assert any("is not a ServiceModelAdmin" in p for p in problems)
    assert any("save_model writes: obj.save()" in p for p in problems)
    problems = admin_write_problems({Team: DirectServiceTeamAdmin(Team, site)}, request)
    assert problems == [
        "verification.admin.test_an_admin_that_saves_by_itself_is_caught.<locals>."
        "DirectServiceTeamAdmin (verification.Team): "
        "test_an_admin_that_saves_by_itself_is_caught.<locals>.DirectServiceTeamAdmin."
        "delete_model writes: obj.delete()"
    ]


# --- Writes as they happen ----------------------------------------------------------------------


def write_caller(model) -> str | None:
    """None when a service is on the stack; else the project code that asked for the write."""
    frame = sys._getframe(2)
    caller = None
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module in SERVICE_MODULES or module.endswith(".services"):
            return None
        if caller is None and is_project(module) and not module.endswith(".models"):
            caller = f"{module}:{frame.f_code.co_name} (line {frame.f_lineno})"
        frame = frame.f_back
    return caller or "code outside the project"


WRITE_SQL = re.compile(r'^\s*(?:INSERT INTO|UPDATE|DELETE FROM)\s+"?(\w+)"?', re.IGNORECASE)


def project_tables() -> dict[str, str]:
    return {
        model._meta.db_table: model._meta.label
        for model in apps.get_models(include_auto_created=True)
        if is_project(model.__module__)
    }


@contextlib.contextmanager
def writes_watched():
    """Record every write of a project model that no service makes: saves and deletes (the
    signals) and any INSERT, UPDATE or DELETE of a project table (queryset updates, m2m rows)."""
    outside: list[str] = []
    tables = project_tables()

    def watch(sender, **kwargs):
        model = sender if isinstance(sender, type) else type(sender)
        if kwargs.get("action", "pre_").startswith("post_"):
            return
        if not is_project(model.__module__):
            return
        if (caller := write_caller(model)) is not None:
            outside.append(f"{model._meta.label} written by {caller}")

    def watch_sql(execute, sql, params, many, context):
        match = WRITE_SQL.match(sql)
        if match and match.group(1) in tables and (caller := write_caller(None)) is not None:
            outside.append(f"{tables[match.group(1)]} written by {caller}")
        return execute(sql, params, many, context)

    signals = (pre_save, pre_delete, m2m_changed)
    for signal in signals:
        signal.connect(watch, weak=False, dispatch_uid="writes-watched")
    try:
        with connection.execute_wrapper(watch_sql):
            yield outside
    finally:
        for signal in signals:
            signal.disconnect(dispatch_uid="writes-watched")


def test_the_watch_names_a_write_outside_the_services(db):
    with writes_watched() as outside:
        source = make_source("Interfax", aliases=["IF"])  # through sources.services
        assert outside == []
        source.save()
        source.aliases.all().delete()  # a queryset's delete: seen in its SQL
    assert outside[0] == "sources.Source written by code outside the project"
    assert "sources.SourceAlias written by code outside the project" in outside


def api_write_routes() -> set[tuple[str, str]]:
    """(url name, method) of every endpoint of the API that accepts a write."""

    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            else:
                yield prefix + str(pattern.pattern), pattern

    routes = set()
    for route, pattern in walk(get_resolver("config.urls").url_patterns):
        if not route.startswith("api/"):
            continue
        callback = pattern.callback
        actions = getattr(callback, "actions", None)
        view = getattr(callback, "cls", None) or getattr(callback, "view_class", None)
        if actions:
            methods = [m for m in actions if m in ("post", "put", "patch", "delete")]
        elif view is not None:
            methods = [m for m in ("post", "put", "patch", "delete") if hasattr(view, m)]
        else:
            methods = []
        routes |= {(pattern.name, method) for method in methods}
    return routes


# Each write endpoint and how the scenarios below exercise it under the watch. A new endpoint
# that writes must be added here, with a scenario.
API_WRITES = {
    ("source-list", "post"): "catalogue",
    ("source-detail", "patch"): "catalogue",
    ("document-list", "post"): "catalogue",
    ("document-detail", "patch"): "catalogue",
    ("document-versions", "post"): "catalogue",
    ("document-from-url", "post"): "catalogue",
    ("incident-list", "post"): "catalogue",
    ("incident-detail", "patch"): "catalogue",
    ("rating-list", "post"): "catalogue",
    ("rating-detail", "patch"): "catalogue",
    ("claim-list", "post"): "catalogue",
    ("claim-detail", "patch"): "catalogue",
    ("webhook-list", "post"): "publishing",
    ("webhook-detail", "delete"): "publishing",
    ("external-review-list", "post"): "publishing",
    ("claim-pair-list", "post"): "workflow",
    ("claim-account", "put"): "workflow",
    ("claim-correct-suggestion", "post"): "workflow",
    ("held-claim-list", "post"): "workflow",
    ("claim-transition", "post"): "workflow",
    ("task-take-next", "post"): "workflow",
    ("framing-label-list", "post"): "framing",
    ("framing-label-detail", "patch"): "framing",
    ("annotation-list", "post"): "framing",
    ("annotation-review", "post"): "framing",
    ("annotation-detail", "delete"): "framing",
    ("annotation-accept", "post"): "framing",
    ("annotation-reject", "post"): "framing",
    ("document-extract-claims", "post"): "framing",
    ("document-suggest-framing", "post"): "framing",
    ("semeval-import", "post"): "framing",
    ("annotation-import-list", "post"): "framing",
}


def test_every_write_endpoint_of_the_api_is_watched():
    assert api_write_routes() == set(API_WRITES)


def api_view_classes():
    def walk(patterns):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns)
            else:
                yield pattern

    seen = set()
    for pattern in walk(get_resolver("config.urls").url_patterns):
        view = getattr(pattern.callback, "cls", None)
        if view is not None and is_project(view.__module__) and view not in seen:
            seen.add(view)
            yield view


def test_no_api_view_serializer_or_task_writes_by_itself():
    problems = []
    for view in api_view_classes():
        classes = [view]
        serializer = getattr(view, "serializer_class", None)
        if serializer is not None:
            classes.append(serializer)
        for klass in classes:
            for klass_ in klass.__mro__:
                if not is_project(klass_.__module__):
                    continue
                for name, member in vars(klass_).items():
                    if inspect.isfunction(member):
                        problems += [
                            f"{klass_.__qualname__}.{name}: {line}"
                            for line in direct_writes(member)
                        ]
    for name, task in current_app.tasks.items():
        if is_project(name) and not task.__module__.endswith(".services"):
            problems += [f"task {name}: {line}" for line in direct_writes(task.run)]
    assert problems == []


@pytest.fixture
def editor_api():
    return client_for(make_editor())


@pytest.mark.django_db
def test_catalogue_writes_through_the_api_come_from_services(editor_api):
    with writes_watched() as outside:
        source = editor_api.post(
            reverse("source-list"),
            {"name": "Ministry", "kind": "ministry", "aliases": ["Baku", "MoD"]},
            format="json",
        ).json()
        editor_api.patch(reverse("source-detail", args=[source["id"]]), {"country": "AZ"})
        aliases = editor_api.patch(
            reverse("source-detail", args=[source["id"]]),
            {"aliases": ["baku", "Bakı"]},
            format="json",
        )
        assert aliases.json()["aliases"] == ["Bakı", "baku"], aliases.content
        document = editor_api.post(
            reverse("document-list"),
            {"title": "Statement", "publisher": source["id"], "text": "Baku said it at dawn."},
            format="json",
        ).json()
        editor_api.patch(
            reverse("document-detail", args=[document["id"]]), {"title": "A statement"}
        )
        with LocalSite() as site:
            page = article_html(title="Dawn", paragraphs=["Baku said it at dawn, again."])
            fetched = editor_api.post(
                reverse("document-from-url"),
                {"url": site.page("/dawn", page), "source": source["id"]},
                format="json",
            )
        assert fetched.status_code == 201, fetched.content
        claim = editor_api.post(
            reverse("claim-list"),
            {
                "document": document["id"],
                "start": 0,
                "end": 9,
                "summary": "Baku said it.",
                "speaker": source["id"],
            },
            format="json",
        )
        assert claim.status_code == 201, claim.content
        editor_api.patch(reverse("claim-detail", args=[claim.json()["id"]]), {"summary": "Baku."})
        version = editor_api.post(
            reverse("document-versions", args=[document["id"]]),
            {"text": "Baku said it at noon."},
            format="json",
        )
        assert version.status_code == 201, version.content
        incident = editor_api.post(
            reverse("incident-list"), {"title": "Dawn", "starts_on": "2021-11-14"}
        ).json()
        editor_api.patch(reverse("incident-detail", args=[incident["id"]]), {"place": "Lachin"})
        rating = editor_api.post(
            reverse("rating-list"),
            {"label": "Odd", "slug": "odd", "value": 77, "position": 99},
            format="json",
        )
        assert rating.status_code == 201, rating.content
        editor_api.patch(reverse("rating-detail", args=[rating.json()["id"]]), {"label": "Odder"})
    assert outside == []


@pytest.mark.django_db
def test_publishing_writes_through_the_api_come_from_services(editor_api):
    with writes_watched() as outside:
        created = editor_api.post(
            reverse("webhook-list"),
            {"url": "https://consumer.example.org/hooks", "events": ["verdict.published"]},
            format="json",
        )
        assert created.status_code == 201, created.content
        deleted = editor_api.delete(reverse("webhook-detail", args=[created.json()["id"]]))
        assert deleted.status_code == 204
        imported = editor_api.post(
            reverse("external-review-list"),
            {"claimreview": review_json(), "claims": [make_claim().pk]},
            format="json",
        )
        assert imported.status_code == 201, imported.content
    assert outside == []


@pytest.mark.django_db
def test_workflow_writes_through_the_api_and_tasks_come_from_services(
    django_capture_on_commit_callbacks,
):
    from verification.models import Team

    editor, reviewer = make_editor(), make_reviewer()
    first, second = make_claim(), make_claim()
    suggested = make_claim(status="suggested", relay_chain=[make_source()])
    team = Team.objects.create(name="Desk")
    team.members.add(reviewer)
    from verification.services import task_create

    with writes_watched() as outside, django_capture_on_commit_callbacks(execute=True):
        task_create(claim=first, team=team, actor=editor)
        editor_api = client_for(editor)
        pair = editor_api.post(
            reverse("claim-pair-list"),
            {"claim_a": first.pk, "claim_b": second.pk, "relation": "contradicts"},
            format="json",
        )
        assert pair.status_code == 201, pair.content
        taken = client_for(reviewer).post(reverse("task-take-next"))
        assert taken.status_code == 200, taken.content
        moved = client_for(reviewer).post(
            reverse("claim-transition", args=[first.pk]), {"name": "start_review"}, format="json"
        )
        assert moved.status_code == 200, moved.content
        account = client_for(reviewer).put(
            reverse("claim-account", args=[first.pk]), {"act": "shelling"}, format="json"
        )
        assert account.status_code == 200, account.content
        corrected = client_for(reviewer).post(
            reverse("claim-correct-suggestion", args=[suggested.pk]),
            {"start": 0, "end": 4, "speaker": make_source().pk, "relay_chain": []},
            format="json",
        )
        assert corrected.status_code == 200, corrected.content
        held = client_for(reviewer).post(
            reverse("held-claim-list"),
            {"document": second.document_id, "start": 0, "end": 4, "summary": "A claim."}
            | {"speaker_name": "A speaker nobody knows"},
            format="json",
        )
        assert held.status_code == 201, held.content
    assert outside == []


@pytest.mark.django_db
def test_framing_writes_through_the_api_come_from_services(django_capture_on_commit_callbacks):
    from annotations.models import Annotation
    from annotations.services import lexicon_suggest
    from tests.factories import make_document

    editor = make_editor()
    document = make_document("The occupied villages called it a provocation.", language="en")
    with writes_watched() as outside, django_capture_on_commit_callbacks(execute=True):
        api = client_for(editor)
        label = api.post(
            reverse("framing-label-list"),
            {"name": "Victim framing", "slug": "victim-framing", "category": "justification"},
        )
        assert label.status_code == 201, label.content
        api.patch(reverse("framing-label-detail", args=[label.json()["id"]]), {"position": 5})
        start = document.text.index("occupied")
        span = {"document": document.pk, "start": start, "end": start + 8}
        created = api.post(
            reverse("annotation-list"), {**span, "label": "occupation-framing"}, format="json"
        )
        assert created.status_code == 201, created.content
        assert api.delete(reverse("annotation-detail", args=[created.json()["id"]])).status_code
        assert lexicon_suggest(document=document) >= 1
        suggestion = Annotation.objects.filter(origin=Annotation.Origin.LEXICON).first()
        api.post(reverse("annotation-reject", args=[suggestion.pk]))
        api.post(reverse("annotation-accept", args=[suggestion.pk]))
        api.post(
            reverse("annotation-review"),
            {"document": document.pk, "state": "accepted"},
            format="json",
        )
        # The background work the API queues: extraction and the lexicon.
        api.post(reverse("document-extract-claims", args=[document.pk]))
        api.post(reverse("document-suggest-framing", args=[document.pk]))
        # Imports: a span file into the document, and a corpus article with its spans as a run
        # the API queues.
        spans = f"{document.pk}\tDoubt\t{start}\t{start + 8}\n"
        imported = api.post(reverse("semeval-import"), spans, content_type="text/plain")
        assert imported.status_code == 201, imported.content
        article = SimpleUploadedFile("article5.txt", b"Title\n\nThey were shelled.\n")
        labels = SimpleUploadedFile("article5.task2-TC.labels", b"5\tDoubt\t12\t26\n")
        run = api.post(
            reverse("annotation-import-list"),
            {"files": [article, labels], "format": "semeval"},
            format="multipart",
        )
        assert run.status_code == 202, run.content
    assert outside == []
    assert api.get(run.json()["url"]).json()["state"] == "done"
