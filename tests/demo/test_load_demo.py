import re
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from annotations.models import Annotation
from annotations.services import annotation_review
from claims.models import Claim, ClaimPair
from claims.services import claim_pair_delete
from demo import content
from desk.roles import EDITORS, REVIEWERS
from publishing.webhooks import verdict_payload
from sources.models import Document, Source, SourceAlias, alias_key
from sources.names import AMBIGUOUS, source_index
from sources.registry import registry_read
from tests.factories import make_editor, make_reviewer
from verification.models import Rating, Team, Verdict, VerificationTask
from verification.services import claim_transition, task_assign

pytestmark = pytest.mark.django_db

SEED = Path(django_settings.BASE_DIR).parent / "shared/reference/seed-article.txt"


def load(*args) -> str:
    out = StringIO()
    call_command("load_demo", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def logins(output: str) -> dict[str, str]:
    return dict(re.findall(r"^\s+(\S+) / (\S+)", output, flags=re.MULTILINE))


def row_counts() -> dict[str, int]:
    counts = {
        f"{model._meta.label}": model.objects.count()
        for app in ("sources", "claims", "annotations")
        for model in apps.get_app_config(app).get_models()
    }
    counts["users"] = get_user_model().objects.count()
    return counts


@pytest.fixture
def debug(settings):
    settings.DEBUG = True
    return settings


@pytest.fixture
def article(debug):
    load()
    return Document.objects.get(publisher__name=content.DESK)


def test_sources_and_aliases(article):
    for spec in content.SOURCES:
        source = Source.objects.get(name=spec["name"])
        # A source the registry has also carries the registry's names (which may differ in
        # case from the demo's).
        keys = set(source.aliases.values_list("key", flat=True))
        assert keys >= {alias_key(alias) for alias in spec.get("aliases", [])}
    assert Source.objects.get(name="Nikol Pashinyan").parent.name == content.AM_GOV
    assert Source.objects.get(name="Jeyhun Bayramov").parent.name == content.AZ_MFA
    baku = SourceAlias.objects.get(alias="Baku").source
    assert (baku.kind, baku.country, baku.state_affiliated) == ("ministry", "AZ", True)
    assert Source.objects.get(name="OSCE Minsk Group").country == ""


def test_the_demo_desk_has_the_registry_and_no_name_two_sources_share(debug):
    errors = StringIO()
    call_command("load_demo", stdout=StringIO(), stderr=errors)
    assert errors.getvalue() == ""  # no alias of the demo's belongs to another source
    entries = registry_read()
    ids = dict(Source.objects.values_list("name", "pk"))
    assert {entry.name for entry in entries} <= set(ids)
    # The demo's sources that the registry has are the registry's, with its parents.
    assert Source.objects.filter(name__in=[spec["name"] for spec in content.SOURCES]).count() == (
        len(content.SOURCES)
    )
    afp = Source.objects.get(name="Agence France-Presse")
    assert (afp.short_name, afp.country) == ("AFP", "FR")
    zakharova = Source.objects.get(name="Maria Zakharova")
    assert zakharova.parent.name == "Ministry of Foreign Affairs of the Russian Federation"
    index = source_index()
    assert [key for key, owner in index.keys.items() if owner == AMBIGUOUS] == []
    assert index.lookup("Минобороны Армении") == ids[content.AM_MOD]
    assert index.lookup("Azərbaycan Müdafiə Nazirliyi") == ids[content.AZ_MOD]


def test_documents(article):
    words = len(article.text.split())
    assert 350 <= words <= 500
    armenian = Document.objects.get(language="hy")
    assert armenian.publisher.name == content.AM_MOD
    assert re.search("[\u0531-\u058f]", armenian.text)
    assert armenian.claims.count() == 1


def test_claims(article):
    claims = Claim.objects.all()
    assert claims.count() == len(content.CLAIMS) >= 7
    for spec in content.CLAIMS:
        claim = Claim.objects.get(speaker__name=spec["speaker"], quote=spec["phrase"])
        assert claim.quote == claim.document.text[claim.start : claim.end]
        chain = [a.source.name for a in claim.attributions.order_by("position")]
        assert chain == spec["relay_chain"]
        assert claim.stated_on == spec["stated_on"]
        assert claim.incident.title == content.INCIDENT["title"]
        published = spec["key"] in {verdict["claim"] for verdict in content.VERDICTS}
        assert claim.status == ("published" if published else spec.get("status", "new"))
    pashinyan = Claim.objects.get(speaker__name="Nikol Pashinyan")
    assert [a.source.name for a in pashinyan.attributions.all()] == ["Interfax"]
    council = Claim.objects.get(speaker__name=content.AM_SECURITY_COUNCIL)
    assert [a.source.name for a in council.attributions.all()] == ["RIA Novosti"]
    assert Claim.objects.filter(status="suggested").count() == 1


def test_pairs(article):
    editor = get_user_model().objects.get(username="editor")
    contradiction = ClaimPair.objects.get(relation="contradicts")
    assert {contradiction.claim_a.speaker.name, contradiction.claim_b.speaker.name} == {
        content.AZ_MOD,
        content.AM_MOD,
    }
    corroboration = ClaimPair.objects.get(relation="corroborates")
    assert {corroboration.claim_a.speaker.name, corroboration.claim_b.speaker.name} == {
        "Nikol Pashinyan",
        content.AM_SECURITY_COUNCIL,
    }
    assert contradiction.created_by == editor == corroboration.created_by


def test_annotations(article):
    reviewer = get_user_model().objects.get(username="reviewer")
    assert article.annotations.count() == len(content.ANNOTATIONS)
    for annotation in article.annotations.all():
        assert annotation.quote == article.text[annotation.start : annotation.end]
    manual = Annotation.objects.filter(origin="manual")
    assert set(manual.values_list("annotator", flat=True)) == {reviewer.pk}
    assert set(manual.values_list("state", flat=True)) == {"accepted"}
    suggestions = article.annotations.filter(origin="lexicon", state="suggested")
    assert suggestions.count() == 2
    assert not suggestions.filter(annotator__isnull=False).exists()
    slugs = set(article.annotations.values_list("label__slug", flat=True))
    assert {"occupation-framing", "liberation-framing", "military-euphemism"} <= slugs
    quotes = set(article.annotations.values_list("quote", flat=True))
    assert {"Armenian-occupied", "liberated", "provocation", "the enemy"} <= quotes


def test_both_ministries_statements_wait_with_lexicon_suggestions(article):
    """Baku's and Yerevan's own statements, for their framing profiles to be compared."""
    for key, ministry in (
        (content.BAKU_STATEMENT_KEY, content.AZ_MOD),
        (content.YEREVAN_STATEMENT_KEY, content.AM_MOD),
    ):
        spec = content.DOCUMENTS[key]
        statement = Document.objects.get(title=spec["title"])
        assert (statement.publisher.name, statement.language) == (ministry, "en")
        spans = statement.annotations.all()
        assert spans.exists()
        assert set(spans.values_list("origin", "state").distinct()) == {("lexicon", "suggested")}
    baku = Document.objects.get(title=content.DOCUMENTS[content.BAKU_STATEMENT_KEY]["title"])
    assert set(baku.annotations.values_list("quote", flat=True)) == {
        "adequate measures",
        "provocation",
        "aggressor",
        "liberated",
        "occupation",
        "occupiers",
        "lies entirely with",
        "derail the peace",
        "untrue",
        "mislead the international community",
    }


def test_a_russian_agency_story_and_the_azerbaijani_ministry_s_own_statement_get_suggestions(
    article,
):
    """The shipped lexicons are loaded, so documents in Russian and Azerbaijani get framing
    suggestions too, with their inflected forms."""
    for key, language, expected in (
        (content.RIA_KEY, "ru", {"провокацию", "противник"}),
        (content.AZ_STATEMENT_KEY, "az", {"Düşmənin", "təxribatının"}),
    ):
        document = Document.objects.get(title=content.DOCUMENTS[key]["title"])
        assert document.language == language
        quotes = set(document.annotations.values_list("quote", flat=True))
        assert expected <= quotes, quotes


def test_users_team_and_tasks(debug, client):
    output = load()
    passwords = logins(output)
    assert set(passwords) == {"editor", "reviewer", "reviewer2"}
    assert f"Log in at {django_settings.PARALLAX_BASE_URL}/admin/ as:" in output
    User = get_user_model()
    editor = User.objects.get(username="editor")
    assert editor.is_staff and editor.email
    assert set(editor.groups.values_list("name", flat=True)) == {EDITORS}
    for name in ("reviewer", "reviewer2"):
        user = User.objects.get(username=name)
        assert user.is_staff and user.email
        assert set(user.groups.values_list("name", flat=True)) == {REVIEWERS}
    # Through the admin's login form, as a person uses them (the login's lockout backend
    # needs the request, which Client.login does not pass).
    for username, password in passwords.items():
        response = client.post(
            reverse("admin:login"), {"username": username, "password": password, "next": "/admin/"}
        )
        assert response.status_code == 302, username
        client.logout()
    team = Team.objects.get(name="Caucasus desk")
    assert set(team.members.values_list("username", flat=True)) == {"reviewer", "reviewer2"}
    tasks = VerificationTask.objects.filter(state="open")
    assert tasks.count() == 2
    assert tasks.filter(assignee__username="reviewer", team__isnull=True).count() == 1
    assert tasks.filter(team=team, assignee__isnull=True).count() == 1


def test_a_published_verdict_went_through_the_workflow_and_is_public(debug, client):
    """The consumers' API and the verdict page have a verdict to show, proposed by its
    reviewer and approved by the editor, like any other."""
    load()
    [spec] = content.VERDICTS
    verdict = Verdict.objects.get(published_at__isnull=False)
    claim = verdict.claim
    assert claim.speaker.name == content.PASHINYAN and claim.status == "published"
    assert (verdict.reviewer.username, verdict.approver.username) == (
        spec["reviewer"],
        content.EDITOR,
    )
    assert (verdict.rating.slug, verdict.rationale) == (spec["rating"], spec["rationale"])
    assert list(claim.status_changes.values_list("transition", "actor__username")) == [
        ("start_review", spec["reviewer"]),
        ("propose", spec["reviewer"]),
        ("publish", content.EDITOR),
    ]
    assert not claim.tasks.filter(state="open").exists()
    listed = client.get(reverse("verdict-list")).json()["results"]
    assert [row["id"] for row in listed] == [verdict.pk]
    review = client.get(reverse("verdict-claimreview", args=[verdict.pk])).json()
    assert review["reviewRating"]["alternateName"] == "Unproven"
    assert review["itemReviewed"]["author"]["name"] == content.PASHINYAN


def test_a_claim_taken_elsewhere_meanwhile_keeps_its_state(debug):
    """Adding the demo's people to a desk that worked the demo's claims changes none of them:
    the verdict claim in review, the claim assigned to someone else."""
    load("--no-users")
    [spec] = content.VERDICTS
    claim = Claim.objects.get(speaker__name=content.PASHINYAN)
    reviewer, editor = make_reviewer(), make_editor()
    task_assign(claims=[claim], actor=editor, assignee=reviewer)
    claim_transition(claim=claim, name="start_review", actor=reviewer)
    assigned = demo_claim(content.TASKS[0]["claim"])
    [task] = task_assign(claims=[assigned], actor=editor, assignee=reviewer)
    errors = StringIO()
    call_command("load_demo", stdout=StringIO(), stderr=errors)
    assert "is in review, not new: its demo verdict was not published" in errors.getvalue()
    assert "has been assigned: no demo task was assigned" in errors.getvalue()
    claim.refresh_from_db()
    assert claim.status == "in_review" and not Verdict.objects.exists()
    assert claim.tasks.get(state="open").assignee == reviewer
    assert spec["claim"] == "pashinyan-incursion"
    assert list(assigned.tasks.values_list("pk", "assignee", "state")) == [
        (task.pk, reviewer.pk, "open")
    ]


def demo_claim(key: str) -> Claim:
    [spec] = [spec for spec in content.CLAIMS if spec["key"] == key]
    return Claim.objects.get(speaker__name=spec["speaker"], quote=spec["phrase"])


def every_row() -> dict[str, list[dict]]:
    """Every row of every installed model, many-to-many tables included."""
    return {
        model._meta.label: list(model._default_manager.order_by("pk").values())
        for model in apps.get_models(include_auto_created=True)
    }


def stamps(rows: dict[str, list[dict]]) -> dict[str, list[tuple]]:
    """What moves when anything is saved: ``updated_at`` and ``workflow_version``."""
    fields = ("updated_at", "workflow_version")
    return {
        label: [tuple(row.get(name) for name in fields) for row in table]
        for label, table in rows.items()
        if table and any(name in table[0] for name in fields)
    }


def load_and_run_on_commit(capture, *args) -> str:
    """A load as the command runs it: what it queues after commit (emails, webhooks) runs."""
    with capture(execute=True):
        return load(*args)


def assert_reload_changes_nothing(capture, *args) -> str:
    before = every_row()
    sent = len(mail.outbox)
    with capture(execute=True) as queued:
        output = load(*args)
    after = every_row()
    assert {label: len(rows) for label, rows in after.items()} == {
        label: len(rows) for label, rows in before.items()
    }
    assert stamps(after) == stamps(before)
    assert after == before
    assert queued == [] and len(mail.outbox) == sent
    assert "The demo desk is already loaded; nothing changed." in output
    return output


def test_second_run_changes_nothing(debug, django_capture_on_commit_callbacks):
    load_and_run_on_commit(django_capture_on_commit_callbacks)
    assert mail.outbox  # the first load tells the demo reviewers of their tasks
    output = assert_reload_changes_nothing(django_capture_on_commit_callbacks)
    assert set(logins(output)) == {"editor", "reviewer", "reviewer2"}
    assert "not reset" not in output and "created" not in output


def test_a_reload_leaves_the_work_done_since(debug, django_capture_on_commit_callbacks):
    """People work the demo desk; loading it again undoes nothing and redoes nothing: no task
    for a claim whose task is done, no email, no span suggested again."""
    capture = django_capture_on_commit_callbacks
    load_and_run_on_commit(capture)
    User = get_user_model()
    editor, reviewer = User.objects.get(username="editor"), User.objects.get(username="reviewer")
    with capture(execute=True):
        claim = demo_claim(content.TASKS[0]["claim"])
        assert claim.tasks.get(state="open").assignee == reviewer
        claim = claim_transition(claim=claim, name="start_review", actor=reviewer)
        claim = claim_transition(
            claim=claim,
            name="propose",
            actor=reviewer,
            rating=Rating.objects.get(slug="false"),
            rationale="Nobody else saw fire there that night.",
        )
        claim_transition(claim=claim, name="publish", actor=editor)
        published = demo_claim(content.VERDICTS[0]["claim"])
        claim_transition(
            claim=published, name="reopen", actor=editor, comment="A new report came in."
        )
        annotation_review(
            annotations=Annotation.objects.filter(state="suggested"),
            state="rejected",
            reviewer=reviewer,
        )
        claim_pair_delete(pair=ClaimPair.objects.get(relation="corroborates"), actor=editor)
    assert not VerificationTask.objects.filter(claim=claim, state="open").exists()

    assert_reload_changes_nothing(capture)
    assert_reload_changes_nothing(capture, "--no-users")


def test_every_link_points_at_the_desk_s_address(debug, client, django_capture_on_commit_callbacks):
    """``make run PORT=8201`` sets PARALLAX_BASE_URL: the links the demo prints, the emails
    its load sends and the API's addresses all point there."""
    base = debug.PARALLAX_BASE_URL = "http://127.0.0.1:8201"
    output = load_and_run_on_commit(django_capture_on_commit_callbacks)
    assert f"Log in at {base}/admin/ as:" in output
    assert f"Published verdicts: {base}/api/v1/verdicts/" in output
    links = re.compile(r"https?://\S+")
    assert mail.outbox
    for email in mail.outbox:
        found = links.findall(email.body)
        assert found and all(link.startswith(f"{base}/admin/") for link in found), email.body
    verdict = Verdict.objects.get()
    [row] = client.get(reverse("verdict-list")).json()["results"]
    assert row["page"] == f"{base}/verdicts/{verdict.pk}/"
    review = client.get(reverse("verdict-claimreview", args=[verdict.pk])).json()
    assert (review["url"], review["author"]["url"]) == (row["page"], f"{base}/")
    hook = verdict_payload(verdict, "verdict.published")["verdict"]
    assert hook["url"] == f"{base}/api/v1/verdicts/{verdict.pk}/"
    assert hook["claimreview"].startswith(base) and hook["page"] == row["page"]
    article = verdict.claim.document
    collection = client.get(reverse("document-web-annotations", args=[article.pk])).json()
    assert collection["id"] == f"{base}/api/v1/documents/{article.pk}/web-annotations/"
    item = collection["first"]["items"][0]
    assert re.fullmatch(rf"{re.escape(base)}/api/v1/annotations/\d+/web-annotation/", item["id"])


def test_existing_password_is_not_reset(debug):
    get_user_model().objects.create_user(username="editor", password="my-own-secret")
    output = load()
    assert "editor / parallax-editor  (existing user with another password: not reset)" in output
    assert "not reset" not in output.split("reviewer /")[1]
    assert get_user_model().objects.get(username="editor").check_password("my-own-secret")


def test_refuses_users_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DJANGO_DEBUG=1"):
        call_command("load_demo", stdout=StringIO())
    assert not get_user_model().objects.exists()
    assert not Claim.objects.exists()


def test_no_users_without_debug(settings):
    settings.DEBUG = False
    output = load("--no-users")
    assert not logins(output)
    assert not get_user_model().objects.exists()
    assert Claim.objects.count() == len(content.CLAIMS)
    assert ClaimPair.objects.count() == 2
    assert not ClaimPair.objects.filter(created_by__isnull=False).exists()
    assert not VerificationTask.objects.exists()
    assert not Verdict.objects.exists()  # publishing takes a reviewer and an editor
    assert set(Annotation.objects.values_list("origin", flat=True)) == {"lexicon"}
    before = row_counts()
    load("--no-users")
    assert row_counts() == before
    # Users can be added later without duplicating the data.
    settings.DEBUG = True
    load()
    assert Claim.objects.count() == len(content.CLAIMS)
    article = Document.objects.get(publisher__name=content.DESK)
    assert article.annotations.count() == len(content.ANNOTATIONS)


def _words(text: str) -> list[str]:
    return re.sub(r"[^\w\s]", "", text.casefold()).split()


def test_article_does_not_copy_the_seed():
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent")
    seed = _words(SEED.read_text(encoding="utf-8"))
    demo = " " + " ".join(_words(content.ARTICLE_TEXT)) + " "
    copied = [
        " ".join(seed[i : i + 8])
        for i in range(len(seed) - 7)
        if f" {' '.join(seed[i : i + 8])} " in demo
    ]
    assert copied == []
