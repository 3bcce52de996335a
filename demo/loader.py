"""Build the demo desk from ``demo.content`` through the project's services.

The starter registry of the conflict's actors (``sources.registry``) comes first; the demo's
own sources are then found among its sources by name or alias, or added. A desk that has the
demo is left as it is: loading again changes nothing (``load_demo``).
"""

from collections import Counter
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from annotations.lexicon_files import languages as lexicon_languages
from annotations.models import Annotation, FramingLabel
from annotations.services import annotation_create, lexicon_load, lexicon_suggest
from claims.accounts.services import places_load
from claims.models import Claim, ClaimPair, Incident, Place
from claims.services import claim_create, claim_pair_create, incident_create
from claims.status import Status
from desk.roles import EDITORS, REVIEWERS
from sources.models import Document, Source, SourceAlias, alias_key
from sources.registry import registry_load
from sources.services import document_create, source_alias_add, source_create
from sources.text import normalise_text, text_sha256
from verification.models import Rating, Team
from verification.services import claim_transition, task_assign

from . import content

USERS_REFUSED = (
    "Demo users have known passwords, so they are only created with DJANGO_DEBUG=1. "
    "Use --no-users to load the demo data alone."
)
GROUPS = {"editors": EDITORS, "reviewers": REVIEWERS}


class DemoUsersRefused(Exception):
    """Demo users were requested while DEBUG is off."""


class _Tally:
    def __init__(self) -> None:
        self.created: Counter[str] = Counter()
        self.present: Counter[str] = Counter()

    def add(self, kind: str, created: bool) -> None:
        (self.created if created else self.present)[kind] += 1


def locate(text: str, phrase: str, anchor: str | None = None) -> tuple[int, int]:
    """The span of ``phrase`` in ``text`` (its first occurrence after ``anchor``, if given)."""
    text, phrase = normalise_text(text), normalise_text(phrase)
    offset = text.index(normalise_text(anchor)) if anchor else 0
    start = text.index(phrase, offset)
    return start, start + len(phrase)


def framing_label(slug: str) -> FramingLabel:
    """The taxonomy's label ``slug``; created from the fallbacks if the taxonomy lacks it."""
    label = FramingLabel.objects.filter(slug=slug).first()
    if label is None:
        name, category = content.LABEL_FALLBACKS.get(
            slug, (slug.replace("-", " ").capitalize(), FramingLabel.Category.MANIPULATIVE_WORDING)
        )
        label, _ = FramingLabel.objects.get_or_create(
            slug=slug, defaults={"name": name, "category": category}
        )
    return label


def load_demo(*, with_users: bool) -> dict:
    """Load the demo desk; returns what was created and what was already present.

    The demo has two parts, each loaded once: its data (the registry, sources, documents, the
    incident, places, claims, pairs, lexicons and their suggestions) and, with users, its people
    (the demo users, their framing spans, the team, tasks and the published verdict). A part the
    desk already has is not loaded again, not even the pieces of it that are gone: by then people
    may have worked on it (a claim moved on, a task done, a span rejected or deleted), and a
    reload must neither undo nor redo any of that, nor queue a task or an email. The data is
    there when any of the demo's documents is (found by its text); the people are when the demo's
    team is. Loading with users after a load without them adds the people.

    ``{"created": {kind: n}, "present": {kind: n}, "warnings": [...],
    "logins": [(username, demo password, whether that password works, whether the user exists)],
    "already_loaded": bool}``
    """
    if with_users and not settings.DEBUG:
        raise DemoUsersRefused(USERS_REFUSED)
    tally = _Tally()
    warnings: list[str] = []
    with transaction.atomic():
        documents = _demo_documents()
        load_data = not documents
        load_people = with_users and not Team.objects.filter(name=content.TEAM["name"]).exists()
        users = _load_users(tally) if load_people else {}
        if load_data:
            documents, claims = _load_data(users.get(content.EDITOR), tally, warnings)
        elif load_people:
            claims = _demo_claims(documents)
        if load_people:
            if article := documents.get(content.ARTICLE_KEY):
                _load_annotations(article, users[content.REVIEWER], tally)
            team = _load_team(users, tally)
            _load_tasks(claims, users, team, tally, warnings)
            _publish_verdicts(claims, users, tally, warnings)
        logins = _logins() if with_users else []
    return {
        "created": dict(tally.created),
        "present": dict(tally.present),
        "logins": logins,
        "warnings": warnings,
        "already_loaded": not (load_data or load_people),
    }


def _load_data(
    editor, tally: _Tally, warnings: list[str]
) -> tuple[dict[str, Document], dict[str, Claim]]:
    _load_registry(tally, warnings)
    sources = _load_sources(tally, warnings)
    documents = _load_documents(sources, tally)
    incident = _load_incident(tally)
    _load_places(tally)
    claims = _load_claims(documents, sources, incident, tally)
    _load_pairs(claims, editor, tally)
    _load_annotations(documents[content.ARTICLE_KEY], None, tally)
    _load_lexicons(tally)
    _suggest_framing(documents, tally)
    return documents, claims


def _demo_documents() -> dict[str, Document]:
    """The demo's documents the desk has, found by their text, whoever publishes them now."""
    keys = {
        text_sha256(normalise_text(spec["text"])): key for key, spec in content.DOCUMENTS.items()
    }
    found = Document.objects.filter(sha256__in=keys).order_by("-pk")
    return {keys[document.sha256]: document for document in found}


def _demo_claims(documents: dict[str, Document]) -> dict[str, Claim]:
    """The demo's claims the desk still has: the first claim on each one's span."""
    claims = {}
    for spec in content.CLAIMS:
        if (document := documents.get(spec["document"])) is None:
            continue
        start, end = locate(document.text, spec["phrase"], spec.get("anchor"))
        claim = Claim.objects.filter(document=document, start=start, end=end).order_by("pk").first()
        if claim is not None:
            claims[spec["key"]] = claim
    return claims


def _logins() -> list[tuple[str, str, bool, bool]]:
    """The demo logins and whether each works, without changing any user."""
    users = get_user_model().objects.in_bulk(
        [spec["username"] for spec in content.USERS], field_name="username"
    )
    logins = []
    for spec in content.USERS:
        user = users.get(spec["username"])
        # The hasher's own check: User.check_password saves a rehashed password.
        works = user is not None and check_password(spec["password"], user.password)
        logins.append((spec["username"], spec["password"], works, user is not None))
    return logins


def _load_registry(tally: _Tally, warnings: list[str]) -> None:
    result = registry_load()
    for kind, made, had in (
        ("registry sources", len(result.created), len(result.sources) - len(result.created)),
        ("registry aliases", result.aliases_added, 0),
    ):
        if made:
            tally.created[kind] += made
        if had:
            tally.present[kind] += had
    for skipped in result.skipped:
        name = f"\u201c{skipped.name}\u201d " if skipped.name else ""
        warnings.append(f"Registry entry {skipped.key}: {name}{skipped.reason}.")


def _existing_source(name: str) -> Source | None:
    """The source named ``name``, or the one that has it as an alias (the registry's name for
    a source the demo calls otherwise)."""
    source = Source.objects.filter(name=name).first()
    if source is None:
        alias = SourceAlias.objects.filter(key=alias_key(name)).select_related("source").first()
        source = alias.source if alias is not None else None
    return source


def _load_sources(tally: _Tally, warnings: list[str]) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    for spec in content.SOURCES:
        spec = dict(spec)
        aliases = spec.pop("aliases", [])
        parent = spec.pop("parent", None)
        source = _existing_source(spec["name"])
        tally.add("sources", source is None)
        if source is None:
            source = source_create(**spec, parent=sources[parent] if parent else None)
        sources[spec["name"]] = source
        for alias in aliases:
            existing = SourceAlias.objects.filter(key=alias_key(alias)).first()
            if existing is None:
                source_alias_add(source=source, alias=alias)
                tally.add("aliases", True)
            elif existing.source_id == source.pk:
                tally.add("aliases", False)
            else:
                warnings.append(
                    f"The alias “{alias}” already belongs to {existing.source}; "
                    f"not added to {source}."
                )
    return sources


def _load_documents(sources: dict[str, Source], tally: _Tally) -> dict[str, Document]:
    documents = {}
    for key, spec in content.DOCUMENTS.items():
        publisher = sources[spec["publisher"]]
        digest = text_sha256(normalise_text(spec["text"]))
        document = Document.objects.filter(publisher=publisher, sha256=digest).first()
        tally.add("documents", document is None)
        if document is None:
            document = document_create(
                title=spec["title"],
                text=spec["text"],
                publisher=publisher,
                published_at=spec["published_at"],
                language=spec["language"],
            )
        documents[key] = document
    return documents


def _load_incident(tally: _Tally) -> Incident:
    spec = content.INCIDENT
    incident = Incident.objects.filter(title=spec["title"], starts_on=spec["starts_on"]).first()
    tally.add("incidents", incident is None)
    if incident is None:
        incident = incident_create(**spec)
    return incident


def _load_claims(
    documents: dict[str, Document],
    sources: dict[str, Source],
    incident: Incident,
    tally: _Tally,
) -> dict[str, Claim]:
    claims = {}
    for spec in content.CLAIMS:
        document = documents[spec["document"]]
        start, end = locate(document.text, spec["phrase"], spec.get("anchor"))
        speaker = sources[spec["speaker"]]
        claim = Claim.objects.filter(
            document=document, start=start, end=end, speaker=speaker
        ).first()
        tally.add("claims", claim is None)
        if claim is None:
            claim = claim_create(
                document=document,
                start=start,
                end=end,
                speaker=speaker,
                summary=spec["summary"],
                relay_chain=[sources[name] for name in spec["relay_chain"]],
                incident=incident,
                stated_on=spec["stated_on"],
                status=spec.get("status", "new"),
            )
        claims[spec["key"]] = claim
    return claims


def _load_pairs(claims: dict[str, Claim], editor, tally: _Tally) -> None:
    for spec in content.PAIRS:
        first, second = sorted((claims[key] for key in spec["claims"]), key=lambda c: c.pk)
        exists = ClaimPair.objects.filter(claim_a=first, claim_b=second).exists()
        tally.add("pairs", not exists)
        if not exists:
            claim_pair_create(
                claim_a=first,
                claim_b=second,
                relation=spec["relation"],
                rationale=spec["rationale"],
                created_by=editor,
            )


def _load_annotations(document: Document, reviewer, tally: _Tally) -> None:
    """The article's framing spans: the reviewer's own with ``reviewer``, the lexicon's
    suggestions without."""
    origin = Annotation.Origin.MANUAL if reviewer is not None else Annotation.Origin.LEXICON
    for spec in content.ANNOTATIONS:
        if spec["origin"] != origin:
            continue
        start, end = locate(document.text, spec["phrase"], spec.get("anchor"))
        label = framing_label(spec["label"])
        exists = Annotation.objects.filter(
            document=document,
            start=start,
            end=end,
            label=label,
            annotator=reviewer,
            origin=origin,
        ).exists()
        tally.add("annotations", not exists)
        if not exists:
            annotation_create(
                document=document,
                start=start,
                end=end,
                label=label,
                annotator=reviewer,
                origin=origin,
                state=spec["state"],
                note=spec["note"],
            )


def _load_places(tally: _Tally) -> None:
    """The conflict's gazetteer, before the claims, whose accounts name its places."""
    places, names = places_load()
    if places or names:
        tally.created["places"] += places
        tally.created["place names"] += names
    else:
        tally.present["places"] += Place.objects.count()


def _load_lexicons(tally: _Tally) -> None:
    """The lexicons shipped for each language, so that documents in any of them get
    suggestions; terms the desk already has are left as they are."""
    for language in lexicon_languages():
        loaded = lexicon_load(language=language)
        if loaded.created:
            tally.created["lexicon terms"] += loaded.created
        if loaded.unchanged:
            tally.present["lexicon terms"] += loaded.unchanged


def _suggest_framing(documents: dict[str, Document], tally: _Tally) -> None:
    """Lexicon suggestions for the statements, now rather than when the load commits, so that
    the demo is the same however it is loaded."""
    for key, spec in content.DOCUMENTS.items():
        if spec.get("suggest_framing") and (created := lexicon_suggest(document=documents[key])):
            tally.created["lexicon suggestions"] += created


def _load_users(tally: _Tally) -> dict:
    User = get_user_model()
    users = {}
    for spec in content.USERS:
        group, _ = Group.objects.get_or_create(name=GROUPS[spec["group"]])
        user = User.objects.filter(username=spec["username"]).first()
        created = user is None
        tally.add("users", created)
        if created:
            # Never reset an existing user's password: only new users get the demo one.
            user = User.objects.create_user(
                username=spec["username"],
                password=spec["password"],
                email=spec["email"],
                first_name=spec["first_name"],
                last_name=spec["last_name"],
                is_staff=True,
            )
        user.groups.add(group)
        users[user.username] = user
    return users


def _load_team(users: dict, tally: _Tally) -> Team:
    spec = content.TEAM
    team = Team.objects.filter(name=spec["name"]).first()
    tally.add("teams", team is None)
    if team is None:
        team = Team.objects.create(name=spec["name"], description=spec["description"])
    team.members.add(*(users[name] for name in spec["members"]))
    return team


def _load_tasks(
    claims: dict[str, Claim], users: dict, team: Team, tally: _Tally, warnings: list[str]
) -> None:
    editor = users[content.EDITOR]
    today = timezone.localdate()
    for spec in content.TASKS:
        claim = claims.get(spec["claim"])
        if claim is None:
            continue
        if _worked_on(claim, warnings, "no demo task was assigned"):
            tally.add("tasks", False)
            continue
        tally.add("tasks", True)
        task_assign(
            claims=[claim],
            actor=editor,
            team=team if spec.get("team") else None,
            assignee=users[spec["assignee"]] if spec.get("assignee") else None,
            due_on=today + timedelta(days=spec["due_in_days"]),
            priority=spec["priority"],
            instructions=spec["instructions"],
        )


def _worked_on(claim: Claim, warnings: list[str], consequence: str) -> bool:
    """Whether the desk has taken ``claim`` on (it moved on from new, or was ever assigned):
    the demo then leaves it as it is, and says so."""
    if claim.status == Status.NEW and not claim.tasks.exists():
        return False
    state = (
        "has been assigned"
        if claim.status == Status.NEW
        else f"is {claim.get_status_display().lower()}, not new"
    )
    warnings.append(f"The claim “{claim.summary}” {state}: {consequence}.")
    return True


def _publish_verdicts(
    claims: dict[str, Claim], users: dict, tally: _Tally, warnings: list[str]
) -> None:
    """Each claim of ``content.VERDICTS`` through the workflow as a desk would take it: assigned,
    reviewed, proposed by its reviewer, published by the editor. A claim someone has since
    taken elsewhere in the workflow is left where it is."""
    editor = users[content.EDITOR]
    for spec in content.VERDICTS:
        claim = claims.get(spec["claim"])
        if claim is None:
            continue
        if claim.verdicts.filter(published_at__isnull=False).exists():
            tally.add("published verdicts", False)
            continue
        if _worked_on(claim, warnings, "its demo verdict was not published"):
            continue
        tally.add("published verdicts", True)
        reviewer = users[spec["reviewer"]]
        task_assign(
            claims=[claim],
            actor=editor,
            assignee=reviewer,
            due_on=timezone.localdate(),
            instructions=spec["instructions"],
        )
        claim = claim_transition(claim=claim, name="start_review", actor=reviewer)
        claim = claim_transition(
            claim=claim,
            name="propose",
            actor=reviewer,
            rating=Rating.objects.get(slug=spec["rating"]),
            rationale=spec["rationale"],
        )
        claim_transition(claim=claim, name="publish", actor=editor)
