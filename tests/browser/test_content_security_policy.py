"""Every kind of page works under the Content-Security-Policy, in a real Chromium.

Each page is visited with a listener for ``securitypolicyviolation`` installed before any of its
own scripts, and the console is watched for Chromium's "Refused to …" messages: none may be
reported, no script may fail, and each page shows that its scripts ran.
"""

import json
from dataclasses import dataclass
from datetime import date

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from annotations.importing import Options
from annotations.importing_services import import_run_prepare
from annotations.models import ImportRun
from claims.models import Claim, ClaimPair
from demo import content
from demo.loader import load_demo
from publishing.models import WebhookDelivery, WebhookSubscription
from publishing.services import api_token_issue, claimreview_import
from publishing.webhooks import webhook_subscribe
from sources.ingesting import source_domain_add
from sources.models import Document, Feed, FeedPoll, SourceAlias
from sources.services import source_proposal_record
from tests.browser.conftest import PASSWORD, log_in
from tests.publishing.claimreview_files import review_json
from verification.models import Verdict
from verification.services import task_assign

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


@dataclass
class Desk:
    reviewer: object
    verdict: Verdict
    pair: ClaimPair
    document: Document


@pytest.fixture
def desk(settings) -> Desk:
    """The demo desk, plus a row for each admin page it leaves empty."""
    settings.DEBUG = True  # the demo's people are created only in debug
    load_demo(with_users=True)
    settings.DEBUG = False  # the pages are served as in production
    users = get_user_model().objects
    editor, reviewer = users.get(username=content.EDITOR), users.get(username=content.REVIEWER)
    reviewer.set_password(PASSWORD)
    reviewer.save(update_fields=["password"])
    verdict = Verdict.objects.get(published_at__isnull=False)
    document = verdict.claim.document
    source_proposal_record(name="Georgian Interior Ministry", document=document)
    subscription = webhook_subscribe(
        url="https://consumer.example.org/hooks",
        events=list(WebhookSubscription.Event.values),
        owner=editor,
    )
    # The delivery log's row, as publishing writes it (not sent: there is no receiver).
    WebhookDelivery.objects.create(
        subscription=subscription,
        verdict=verdict,
        event=WebhookSubscription.Event.PUBLISHED,
        payload={"event": "verdict.published"},
    )
    api_token_issue(user=editor, days=30)
    # Another fact-checker's review of the published claim.
    claimreview_import(data=review_json(), actor=editor, claims=[verdict.claim_id])
    # An overdue task for the reviewer's queue.
    unassigned = Claim.objects.exclude(tasks__state="open").exclude(pk=verdict.claim_id).first()
    task_assign(claims=[unassigned], actor=editor, assignee=reviewer, due_on=date(2020, 1, 1))
    # An upload of annotation files waiting for its import to be confirmed.
    import_run_prepare(
        files={
            "article1.txt": b"Title\n\nThe enemy shelled the villages.\n",
            "article1.task2-TC.labels": b"1\tLoaded_Language\t7\t16\n1\tMind_Reading\t0\t5\n",
        },
        format="semeval",
        options=Options(),
        actor=editor,
    )
    # A site of a source, and a watched feed with a poll that found an item it could not add
    # (rows as the services write them; nothing is fetched).
    source_domain_add(source=document.publisher, domain="wire.example.org", actor=None)
    feed = Feed.objects.create(source=document.publisher, url="https://wire.example.org/feed")
    now = timezone.now()
    FeedPoll.objects.create(
        feed=feed,
        started_at=now,
        finished_at=now,
        status=200,
        items_seen=1,
        items_failed=1,
        item_errors=[{"url": "https://wire.example.org/a", "error": "It answered 500."}],
    )
    return Desk(reviewer, verdict, ClaimPair.objects.first(), document)


LISTEN = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ` +
    `${event.sourceFile || event.documentURI}:${event.lineNumber} ${event.sample || ""}`
  );
});
"""

# The admin's theme script runs on every admin page and marks the document; on a form, every
# autocomplete field is turned into a select2 box (jQuery, the admin's widgets).
ADMIN_SCRIPTS_RAN = (
    "document.documentElement.dataset.theme !== undefined && "
    "[...document.querySelectorAll('select.admin-autocomplete:not([name*=__prefix__])')]"
    ".every((field) => field.classList.contains('select2-hidden-accessible'))"
)


class Watched:
    """A page whose CSP violations, refusals in the console and script errors are collected."""

    def __init__(self, page):
        self.page = page
        self.problems: list[str] = []
        page.add_init_script(LISTEN)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))

    def _console(self, message):
        text = message.text
        if "Content Security Policy" in text or "Refused to" in text:
            self.problems.append(f"console: {text}")

    def visit(self, url: str, *, scripts_ran: str | None = ADMIN_SCRIPTS_RAN) -> None:
        response = self.page.goto(url)
        assert response is not None and response.ok, (url, response and response.status)
        self.check(url, response, scripts_ran=scripts_ran)

    def wait_until(self, expression: str, *, seconds: float = 15) -> None:
        """Polls ``expression`` from Python: Playwright's wait_for_function compiles its
        predicate with eval, which the policy (rightly) refuses."""
        for _ in range(int(seconds * 10)):
            if self.page.evaluate(expression):
                return
            self.page.wait_for_timeout(100)
        raise AssertionError(f"still false after {seconds} s: {expression}")

    def check(self, url: str, response, *, scripts_ran: str | None = ADMIN_SCRIPTS_RAN) -> None:
        policy = response.header_value("content-security-policy") or ""
        assert "script-src 'self'" in policy, (url, policy)
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy, (url, policy)
        self.page.wait_for_load_state("networkidle")
        if scripts_ran:
            self.wait_until(scripts_ran)
        self.assert_clean(url)

    def assert_clean(self, url: str) -> None:
        violations = self.page.evaluate("window.__violations")
        self.problems += [f"{url}: {violation}" for violation in violations]
        assert not self.problems, "\n".join(self.problems)


@pytest.fixture
def watched(page):
    return Watched(page)


def admin_url(model, view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def test_every_admin_page_kind_runs_under_the_policy(watched, superuser, desk):
    # A failed login first, for the login records' pages.
    log_in_failing(watched.page, "intruder")
    log_in(watched.page, superuser)
    watched.visit(reverse("admin:index"))
    request = RequestFactory().get("/")
    request.user = superuser
    registry = sorted(admin.site._registry.items(), key=lambda item: item[0]._meta.label)
    for model, model_admin in registry:
        watched.visit(admin_url(model, "changelist"))
        obj = model._default_manager.first()
        assert obj is not None, f"the desk has no {model._meta.verbose_name}"
        watched.visit(admin_url(model, "change", obj.pk))
        if model_admin.has_add_permission(request):
            watched.visit(admin_url(model, "add"))


def log_in_failing(page, username: str) -> None:
    page.goto(reverse("admin:login"))
    page.fill("#id_username", username)
    page.fill("#id_password", "not-the-password")
    with page.expect_navigation():
        page.click("input[type=submit]")


def test_the_desk_s_own_admin_pages_run_under_the_policy(watched, superuser, desk):
    log_in(watched.page, superuser)
    claim = desk.verdict.claim
    annotations = reverse("admin:annotations_annotation_changelist")
    sides = Document.objects.values_list("publisher", flat=True)
    for url in (
        reverse("admin:claims_claim_change", args=[claim.pk]),  # workflow panel, candidates
        reverse("admin:publishing_externalreview_import") + f"?claims={claim.pk}",
        reverse("admin:claims_claim_pair", args=[claim.pk]),
        reverse("admin:claims_claimpair_change", args=[desk.pair.pk]),  # side by side
        reverse("admin:claims_incident_matrix", args=[claim.incident_id]),
        reverse("admin:sources_document_change", args=[desk.document.pk]),
        f"{annotations}agreement/",
        f"{annotations}profiles/?" + "&".join(f"sources={pk}" for pk in sides),
        reverse("admin:annotations_annotation_import"),
        reverse("admin:sources_document_add_by_address"),
        # The preview of an upload, its refusals and its label mapping.
        reverse("admin:annotations_annotation_import_run", args=[ImportRun.objects.get().pk]),
        # Django's own pages besides lists and forms.
        reverse("admin:claims_claim_history", args=[claim.pk]),
        reverse("admin:sources_sourcealias_delete", args=[SourceAlias.objects.first().pk]),
        reverse("admin:auth_user_password_change", args=[desk.reviewer.pk]),
        reverse("admin:password_change"),
    ):
        watched.visit(url)
    # The annotation page's script accepts the lexicon's suggestions through the API and
    # redraws the text and the list of spans in place.
    suggested = Document.objects.filter(annotations__state="suggested").first()
    annotate = reverse("admin:annotations_annotation_annotate", args=[suggested.pk])
    watched.visit(annotate)
    page = watched.page
    page.click("button[data-action=accept-all]")
    page.wait_for_selector("#annotate-status:has-text('suggestions accepted')")
    watched.assert_clean(annotate)
    # An action's own page, reached through the action bar (the admin's actions.js).
    page.goto(reverse("admin:claims_claim_changelist"))
    page.check(f"input.action-select[value='{claim.pk}']")
    page.select_option("select[name=action]", "assign_for_verification")
    with page.expect_navigation() as navigation:
        page.click("button[name=index]")
    watched.check("assign", navigation.value)
    page.wait_for_selector("text=for verification:")


def test_my_queue_with_an_overdue_task_runs_under_the_policy(watched, desk):
    log_in(watched.page, desk.reviewer, PASSWORD)
    for url in (reverse("admin:index"), reverse("admin:verification_verificationtask_my_queue")):
        watched.visit(url)
        overdue = watched.page.locator(".parallax-overdue td").first
        # The queue's colours come from the desk's stylesheet.
        assert overdue.evaluate("cell => getComputedStyle(cell).backgroundColor") == (
            "rgb(255, 244, 229)"
        )


def test_the_login_and_lockout_pages_run_under_the_policy(watched, superuser):
    watched.visit(reverse("admin:login"))
    page = watched.page
    for _ in range(5):
        page.fill("#id_username", superuser.username)
        page.fill("#id_password", "not-the-password")
        with page.expect_navigation() as navigation:
            page.click("input[type=submit]")
    locked = navigation.value
    assert locked.status == 429
    watched.check("lockout", locked)
    assert "Too many failed logins" in page.content()


def test_the_public_verdict_page_runs_under_the_policy(watched, desk):
    watched.visit(reverse("verdict-page", args=[desk.verdict.pk]), scripts_ran=None)
    page = watched.page
    # Its stylesheet applies, and its ClaimReview is there for whoever reads the page.
    rating = page.locator(".rating")
    assert rating.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(31, 35, 40)"
    review = json.loads(page.locator("script[type='application/ld+json']").text_content())
    assert review["@type"] == "ClaimReview"
    # The list of fact-checks, reached from the page, shares its stylesheet.
    with page.expect_navigation() as navigation:
        page.click("header.site .site-name")
    watched.check("list", navigation.value, scripts_ran=None)
    row = page.locator(f"table.fact-checks a[href='/verdicts/{desk.verdict.pk}/']")
    assert row.count() == 1
    assert (
        page.locator(".fact-checks .rating").first.evaluate(
            "el => getComputedStyle(el).backgroundColor"
        )
        == "rgb(31, 35, 40)"
    )


def test_the_api_docs_run_under_the_policy(watched):
    # Swagger UI draws the schema's title once its script has fetched and read the schema.
    watched.visit(
        reverse("api-docs"),
        scripts_ran="document.querySelector('.swagger-ui .info .title')?.textContent"
        ".includes('Parallax API')",
    )


def test_the_browsable_api_runs_under_the_policy(watched, superuser, desk):
    log_in(watched.page, superuser)
    watched.visit(
        reverse("source-list"),
        scripts_ran="window.jQuery !== undefined && typeof window.prettyPrint === 'function'",
    )


def test_a_running_import_s_progress_page_runs_under_the_policy(watched, superuser, desk):
    """The page of an import the worker has not finished polls its progress."""
    log_in(watched.page, superuser)
    run = ImportRun.objects.get()
    ImportRun.objects.filter(pk=run.pk).update(state="queued", total=10)  # as if confirmed
    page = reverse("admin:annotations_annotation_import_run", args=[run.pk])

    watched.visit(page)

    watched.page.wait_for_timeout(1500)  # a poll of the progress
    assert watched.page.locator("progress").get_attribute("max") == "10"
    watched.assert_clean(page)
