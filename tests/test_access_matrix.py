"""Who may see and do what, over every route of the URLconf: one row per route, one answer per
role (anonymous, a consumer's token, a reviewer's, an editor's, a superuser's).

The desk holds one published claim (with its verdict) and one unpublished claim (a draft
verdict, a pair with the published claim, spans on a document only it uses, an incident and
sources only it names), a retired rating and framing label no verdict gives, a suggestion and
an editor's webhook subscription. Everything unpublished is made with ids from 98765401 on, so
that an id of it in a response body is found by a search of the text.

Reads: what outsiders get never shows an unpublished id or marker, and an unpublished object's
URL answers them 404. Writes (with an empty body): anonymous clients get 401, consumers 403
(or 400/404 where a consumer may write: their webhooks), and then nothing in the database has
changed; reviewers get 403 where only editors may write; the desk otherwise gets through (a 400
for the empty body, never a 403). A new route without a row fails ``test_every_route_has_a_row``.
The admin is one row, checked apart: every changelist and add page sends outsiders to log in.
"""

import contextlib
import re
from dataclasses import dataclass, field

import pytest
from django.apps import apps
from django.contrib import admin
from django.db import connection
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from rest_framework.test import APIClient

from annotations.models import Annotation, FramingLabel, ImportRun
from claims.services import claim_pair_create
from claims.status import Status
from publishing.models import WebhookSubscription
from publishing.services import api_token_issue
from tests.claims.workflow_helpers import assign, claim_at, rating
from tests.factories import (
    framing_label,
    make_annotation,
    make_claim,
    make_document,
    make_editor,
    make_incident,
    make_reviewer,
    make_source,
    make_user,
)
from verification.models import Rating, Verdict
from verification.services import claim_transition

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "consumer", "reviewer", "editor", "superuser")
OUTSIDERS = ("anonymous", "consumer")
FIRST_HIDDEN_ID = 98765401
HIDDEN_ID = re.compile(rb"(?<![\d.])98765\d{3}(?!\d)")
MARKER = "Zanzibarite"  # in every unpublished text: summaries, titles, names, notes, rationale
HIDDEN_TABLES = (
    "claims.Claim",
    "claims.ClaimPair",
    "claims.Incident",
    "sources.Document",
    "sources.Source",
    "annotations.Annotation",
    "annotations.FramingLabel",
    "verification.Verdict",
    "verification.Rating",
    "publishing.WebhookSubscription",
)
FINGERPRINTED_APPS = ("desk", "sources", "claims", "verification", "publishing", "annotations")


# The table. ``Case(method, target, expect)``: ``target`` names an object of the desk fixture
# whose id the route takes ("pub" or "unpub"; None for a route without one), ``expect`` maps
# each role to the status codes it may get.


def answers(anonymous, consumer, reviewer, editor, superuser=None) -> dict[str, set[int]]:
    def codes(value):
        return {value} if isinstance(value, int) else set(value)

    superuser = editor if superuser is None else superuser
    return dict(
        zip(ROLES, map(codes, (anonymous, consumer, reviewer, editor, superuser)), strict=True)
    )


EVERYONE_200 = answers(200, 200, 200, 200)
DESK_ONLY_404 = answers(404, 404, 200, 200)  # an unpublished object: the desk's alone
NOBODY_404 = answers(404, 404, 404, 404)  # a draft verdict: unpublished for everyone
DESK_READS = answers(401, 403, 200, 200)
DESK_WRITES = answers(401, 403, (200, 400), (200, 400))  # 200 for PATCH {}, 400 for POST {}
EDITOR_WRITES = answers(401, 403, 403, (200, 400))


@dataclass(frozen=True)
class Case:
    method: str
    target: str | None
    expect: dict[str, set[int]]
    body: object = None
    query: dict = field(default_factory=dict)
    leak_checked: tuple[str, ...] = OUTSIDERS  # whose answers must not show unpublished work

    @property
    def writes(self) -> bool:
        return self.method not in ("get", "head", "options")


def read(target=None, expect=EVERYONE_200, **kwargs) -> Case:
    return Case("get", target, expect, **kwargs)


def listed(**kwargs) -> Case:
    return read(None, EVERYONE_200, **kwargs)


def detail(unpublished=DESK_ONLY_404) -> list[Case]:
    return [read("pub"), read("unpub", unpublished)]


def write(method, target=None, expect=DESK_WRITES, body=None) -> Case:
    return Case(method, target, expect, body={} if body is None else body)


ROWS: dict[str, list[Case]] = {
    # config/urls.py
    "": [read(expect=answers(302, 302, 302, 302))],  # to the admin
    "favicon": [read(expect=answers(302, 302, 302, 302))],  # to the static file
    "admin": [],  # test_the_admin_sends_outsiders_to_log_in
    "api-schema": [listed()],
    "api-docs": [listed()],
    # publishing: the public pages and the consumers' API
    "verdict-index": [listed(), listed(query={"q": "ministry"})],
    "verdict-page": detail(NOBODY_404),
    "verdict-statement": detail(NOBODY_404),
    "source-list": [listed(), write("post")],
    "source-detail": [*detail(), write("patch", "pub")],
    "document-list": [listed(), write("post")],
    "document-detail": [*detail(), write("patch", "pub")],
    # An empty body names the missing address.
    "document-from-url": [write("post", expect=answers(401, 403, 400, 400))],
    "incident-list": [listed(), write("post")],
    "incident-detail": [*detail(), write("patch", "pub")],
    "rating-list": [listed(), write("post", expect=EDITOR_WRITES)],
    "rating-detail": [*detail(), write("patch", "pub", EDITOR_WRITES)],
    "claim-list": [listed(), write("post")],
    "claim-detail": [*detail(), write("patch", "pub")],
    "webhook-list": [
        read(expect=answers(401, 200, 200, 200), leak_checked=("consumer", "reviewer")),
        write("post", expect=answers(401, 400, 400, 400)),
    ],
    "webhook-detail": [
        read("pub", answers(401, 200, 404, 200)),  # the consumer's own
        read("unpub", answers(401, 404, 404, 200)),  # an editor's
        write("delete", "unpub", answers(401, 404, 404, 204)),
    ],
    "verdict-list": [listed()],
    "verdict-feed": [listed()],
    "verdict-detail": detail(NOBODY_404),
    "verdict-claimreview": detail(NOBODY_404),
    "claim-pair-list": [listed(), write("post")],
    "external-review-list": [read(expect=DESK_READS), write("post")],
    # claims
    "claim-contradiction-candidates": [read("pub", DESK_READS), read("unpub", DESK_READS)],
    "claim-account": [read("pub", DESK_READS), write("put", "unpub", DESK_WRITES)],
    "document-extract-claims": [write("post", "pub", answers(401, 403, 202, 202))],
    "claim-correct-suggestion": [write("post", "unpub", answers(401, 403, 400, 400))],
    "held-claim-list": [write("post", expect=answers(401, 403, 400, 400))],
    # verification
    "claim-transition": [write("post", "unpub", answers(401, 403, 400, 400))],
    "task-mine": [read(expect=DESK_READS)],
    "task-take-next": [write("post", expect=answers(401, 403, (200, 404), (200, 404)))],
    # annotations
    "framing-label-list": [listed(), write("post", expect=EDITOR_WRITES)],
    "framing-label-detail": [*detail(), write("patch", "pub", EDITOR_WRITES)],
    "annotation-list": [listed(), write("post", expect=answers(401, 403, 400, 400))],
    "annotation-review": [write("post", expect=answers(401, 403, 400, 400))],
    "annotation-detail": [
        *detail(),
        # The reviewer's own span: only its annotator deletes it.
        write("delete", "unpub", answers(401, 403, 204, 403)),
    ],
    "annotation-accept": [write("post", "suggestion", answers(401, 403, 200, 200))],
    "annotation-reject": [write("post", "suggestion", answers(401, 403, 200, 200))],
    "report-framing-profile": [
        read("pub-source"),
        # An id outsiders may not ask for is refused like an id never used.
        read("unpub-source", answers(400, 400, 200, 200), leak_checked=()),
    ],
    "report-agreement": [read(expect=DESK_READS)],
    "document-semeval": detail(),
    # An empty span file has nothing to import.
    "semeval-import": [write("post", expect=answers(401, 403, 400, 400), body="")],
    "annotation-import-list": [write("post", expect=answers(401, 403, 400, 400))],
    "annotation-import-detail": [read("pub", DESK_READS)],
    "document-web-annotations": detail(),
    "annotation-web-annotation": detail(),
    "document-suggest-framing": [write("post", "pub", answers(401, 403, 202, 202))],
    # sources: a new version of a document (an empty body has no text)
    "document-versions": [write("post", "pub", answers(401, 403, 400, 400))],
}


# The URLconf


def route_keys(patterns=None, prefix="") -> dict[str, str]:
    """Every route of the URLconf: its name (or, unnamed, its pattern) → its pattern. The admin
    is one route, ``admin``."""
    found = {}
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        pattern = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                found["admin"] = pattern
            else:
                found.update(route_keys(entry.url_patterns, pattern))
        elif isinstance(entry, URLPattern):
            found[entry.name or pattern] = pattern
    return found


def test_every_route_has_a_row():
    routes = route_keys()
    missing = sorted(f"{key} ({pattern})" for key, pattern in routes.items() if key not in ROWS)
    assert not missing, f"Routes without a row in the access matrix: {', '.join(missing)}"
    stale = sorted(set(ROWS) - set(routes))
    assert not stale, f"Rows of the access matrix for routes that are gone: {', '.join(stale)}"


# The desk


def _ids_from(first_id: int | None) -> None:
    """New rows of the hidden tables take ids from ``first_id`` on; with None, from after the
    highest id below FIRST_HIDDEN_ID (PostgreSQL's sequences outlive a test's rollback)."""
    for label in HIDDEN_TABLES:
        model = apps.get_model(label)
        table = model._meta.db_table
        start = first_id
        if start is None:
            below = model.objects.filter(pk__lt=FIRST_HIDDEN_ID).order_by("-pk").first()
            start = below.pk + 1 if below else 1
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute(
                    "SELECT setval(pg_get_serial_sequence(%s, 'id'), %s, false)", [table, start]
                )
            else:
                cursor.execute("DELETE FROM sqlite_sequence WHERE name = %s", [table])
                cursor.execute(
                    "INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, start - 1]
                )


@pytest.fixture
def hidden_ids():
    """Switch new rows to hidden ids when called; ids as before once the test is over."""
    _ids_from(None)
    yield lambda: _ids_from(FIRST_HIDDEN_ID)
    _ids_from(None)


@pytest.fixture
def desk(hidden_ids):
    people = {
        "reviewer": make_reviewer(),
        "editor": make_editor(),
        "publisher": make_editor(),
        "consumer": make_user(),
        "superuser": make_user(is_staff=True, is_superuser=True),
    }
    editor, reviewer = people["editor"], people["reviewer"]
    public = claim_at(
        Status.PUBLISHED,
        editor=editor,
        reviewer=reviewer,
        publisher=people["publisher"],
        incident=make_incident(),
    )
    loaded = framing_label("loaded-language")
    make_annotation(public.document, "shelling", label=loaded, annotator=reviewer)
    own_hook = WebhookSubscription.objects.create(
        url="https://hooks.example.org/consumer",
        events=["verdict.published"],
        created_by=people["consumer"],
    )
    false = rating("false")

    # Everything unpublished from here on has an id from FIRST_HIDDEN_ID on.
    hidden_ids()
    speaker = make_source(f"{MARKER} ministry")
    document = make_document(
        f"The {MARKER} ministry said the shelling began at dawn.",
        title=f"{MARKER} statement",
        publisher=make_source(f"{MARKER} wire"),
    )
    private = make_claim(
        document,
        summary=f"{MARKER} shelling at dawn",
        speaker=speaker,
        incident=make_incident(title=f"{MARKER} clash"),
    )
    assign(private, editor=editor, reviewer=reviewer)
    claim_transition(claim=private, name="start_review", actor=reviewer)
    claim_transition(
        claim=private,
        name="propose",
        actor=reviewer,
        rating=false,
        rationale=f"{MARKER}: the draft's reasons.",
    )
    claim_pair_create(claim_a=public, claim_b=private, relation="contradicts", created_by=editor)
    span = make_annotation(
        document, "shelling", label=loaded, annotator=reviewer, note=f"{MARKER} note"
    )
    Annotation.objects.filter(pk=span.pk).update(state=Annotation.State.ACCEPTED)
    suggestion = make_annotation(
        public.document, "dawn", label=loaded, annotator=None, origin=Annotation.Origin.LEXICON
    )
    retired_rating = Rating.objects.create(
        slug="zanzibarite-retired", label=f"{MARKER} retired", is_active=False
    )
    retired_label = FramingLabel.objects.create(
        name=f"{MARKER} retired",
        slug="zanzibarite-retired",
        category=FramingLabel.Category.MANIPULATIVE_WORDING,
        is_active=False,
    )
    editors_hook = WebhookSubscription.objects.create(
        url=f"https://hooks.example.org/{MARKER}",
        events=["verdict.published"],
        description=MARKER,
        created_by=editor,
    )

    published_verdict = Verdict.objects.get(claim=public, published_at__isnull=False)
    draft = Verdict.objects.get(claim=private)
    assert draft.published_at is None and draft.pk >= FIRST_HIDDEN_ID
    public_span = Annotation.objects.get(document=public.document, state="accepted")
    run = ImportRun.objects.create(format="semeval", created_by=reviewer)
    targets = {
        "claim": (public.pk, private.pk),
        "document": (public.document_id, document.pk),
        "source": (public.speaker_id, speaker.pk),
        "incident": (public.incident_id, private.incident_id),
        "rating": (false.pk, retired_rating.pk),
        "verdict": (published_verdict.pk, draft.pk),
        "framing-label": (loaded.pk, retired_label.pk),
        "webhook": (own_hook.pk, editors_hook.pk),
        "annotation": (public_span.pk, span.pk),
        "annotation-import": (run.pk, run.pk),
    }
    return people, targets, suggestion


def _target_id(name: str, target: str, targets: dict, suggestion) -> int:
    """The id a route takes: of the kind its name starts with (``claim-transition``: a claim)."""
    if target == "suggestion":
        return suggestion.pk
    kind = next(
        (kind for kind in ("framing-label", "annotation-import") if name.startswith(kind)),
        name.split("-")[0],
    )
    return targets[kind][0 if target == "pub" else 1]


def client_for(role: str, people: dict) -> APIClient:
    client = APIClient()
    if role != "anonymous":
        _, key = api_token_issue(user=people[role], days=1)
        client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def fingerprint() -> dict[str, list]:
    """Every row of every app's tables, to see that a refused write changed nothing."""
    return {
        model._meta.label: list(model.objects.order_by("pk").values())
        for label in FINGERPRINTED_APPS
        for model in apps.get_app_config(label).get_models()
    }


def body_of(response) -> bytes:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def request(client, name, case: Case, targets, suggestion, method=None):
    args = []
    query = dict(case.query)
    if case.target in ("pub-source", "unpub-source"):
        query["source"] = targets["source"][0 if case.target == "pub-source" else 1]
    elif case.target is not None:
        args = [_target_id(name, case.target, targets, suggestion)]
    url = reverse(name, args=args) if name else "/"
    method = method or case.method
    if method == "get":
        return client.get(url, query)
    if case.body == "":
        return getattr(client, method)(url, "", content_type="text/plain")
    return getattr(client, method)(url, case.body or {}, format="json")


CASES = [
    pytest.param(name, case, role, id=f"{name or 'root'}:{case.method}:{case.target}-{role}")
    for name, cases in ROWS.items()
    for case in cases
    for role in ROLES
]


@pytest.mark.parametrize(("name", "case", "role"), CASES)
def test_access(desk, name, case, role):
    people, targets, suggestion = desk
    client = client_for(role, people)
    before = fingerprint() if case.writes and role in OUTSIDERS else None
    response = request(client, name, case, targets, suggestion)
    body = body_of(response)
    assert response.status_code in case.expect[role], (
        f"{name} {case.method.upper()} {case.target or ''} as {role}: "
        f"{response.status_code}, expected {sorted(case.expect[role])}: {body[:300]!r}"
    )
    if role in case.leak_checked and not case.writes:
        leaked = HIDDEN_ID.findall(body) + re.findall(MARKER.encode(), body)
        assert not leaked, f"{name} shows {role} unpublished work: {sorted(set(leaked))}"
    if before is not None:
        assert fingerprint() == before, f"{name} {case.method.upper()} as {role} changed data"


UNSAFE = ("post", "put", "patch", "delete")


@pytest.mark.parametrize("role", OUTSIDERS)
@pytest.mark.parametrize("name", [name for name in ROWS if name != "admin"])
def test_outsiders_write_nothing_anywhere(desk, name, role):
    """Every unsafe method on every route, on the unpublished object where it takes one:
    outsiders never get a success, and nothing changes."""
    people, targets, suggestion = desk
    client = client_for(role, people)
    targeted = [case.target for case in ROWS[name] if case.target]
    target = "unpub" if "unpub" in targeted else (targeted[0] if targeted else None)
    if target == "pub-source":
        target = None
    before = fingerprint()
    for method in UNSAFE:
        case = Case(method, target, {}, body={})
        response = request(client, name, case, targets, suggestion)
        assert not 200 <= response.status_code < 300, (
            f"{name} {method.upper()} as {role}: {response.status_code}"
        )
    assert fingerprint() == before, f"{name} as {role} changed data"


def admin_urls() -> list[str]:
    """The admin's index, and every model's changelist and add page."""
    urls = [reverse("admin:index")]
    for model in admin.site._registry:
        info = f"{model._meta.app_label}_{model._meta.model_name}"
        urls.append(reverse(f"admin:{info}_changelist"))
        with contextlib.suppress(NoReverseMatch):
            urls.append(reverse(f"admin:{info}_add"))
    return urls


@pytest.mark.parametrize("role", OUTSIDERS)
def test_the_admin_sends_outsiders_to_log_in(client, role):
    if role == "consumer":
        client.force_login(make_user())
    login = reverse("admin:login")
    for url in admin_urls():
        response = client.get(url)
        assert response.status_code == 302, f"{url} as {role}: {response.status_code}"
        assert response["Location"].startswith(login), f"{url} as {role}: {response['Location']}"
