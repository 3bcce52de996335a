"""The demo desk as the editor and the reviewers see it in the admin."""

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.urls import reverse

from claims.models import Claim, ClaimPair
from claims.status import Status
from demo import content
from demo.loader import load_demo
from sources.models import Document
from verification.models import ClaimStatusChange, Rating, Verdict

pytestmark = pytest.mark.django_db
DESK_APPS = ("sources", "claims", "annotations")


@pytest.fixture
def demo(settings):
    settings.DEBUG = True
    load_demo(with_users=True)
    users = get_user_model().objects
    return {name: users.get(username=name) for name in ("editor", "reviewer", "reviewer2")}


def admin_url(model, view, *args):
    meta = model._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=args)


def test_every_desk_changelist_and_change_page_renders_for_the_editor(client, demo):
    client.force_login(demo["editor"])
    checked = 0
    for model in admin.site._registry:
        if model._meta.app_label not in DESK_APPS:
            continue
        assert client.get(admin_url(model, "changelist")).status_code == 200, model
        for obj in model._default_manager.all()[:3]:
            response = client.get(admin_url(model, "change", obj.pk))
            assert response.status_code == 200, (model, obj.pk)
            checked += 1
    assert checked >= 20


def test_the_editor_sees_the_article_with_claims_and_framing_highlighted(client, demo):
    client.force_login(demo["editor"])
    article = Document.objects.filter(language="en").first()
    page = client.get(admin_url(Document, "change", article.pk)).content.decode()
    # Every claim and framing span starts a highlighted segment at its code-point offset.
    for claim in Claim.objects.filter(document=article):
        assert f'data-start="{claim.start}"' in page, claim
    for annotation in article.annotations.exclude(state="rejected"):
        assert f'data-start="{annotation.start}"' in page, annotation
    assert "hl-claim" in page and "hl-suggested" in page


def test_reviewer_takes_proposes_editor_publishes_and_history_shows_it(client, demo):
    """Issue acceptance path: the demo desk's workflow end to end through the admin."""
    reviewer, editor = demo["reviewer"], demo["editor"]
    client.force_login(reviewer)
    queue = client.get(reverse("admin:verification_verificationtask_my_queue")).content.decode()
    assert "Nothing is assigned to you." not in queue

    taken = client.post(reverse("admin:verification_verificationtask_take_next"))
    claim = Claim.objects.get(pk=int(taken.url.rstrip("/").split("/")[-2]))

    def step(name, **fields):
        claim.refresh_from_db()
        return client.post(
            reverse("admin:claims_claim_transition", args=[claim.pk]),
            {"name": name, "version": claim.workflow_version, **fields},
        )

    step("start_review")
    step(
        "propose",
        rating=Rating.objects.get(slug="false").pk,
        rationale="Neither side's footage shows the positions named.",
    )
    step("publish")
    claim.refresh_from_db()
    assert claim.status == Status.AWAITING_APPROVAL  # the reviewer cannot publish their own

    client.force_login(editor)
    step("publish", comment="Approved.")
    claim.refresh_from_db()
    assert claim.status == Status.PUBLISHED
    verdict = Verdict.objects.get(claim=claim)
    assert (verdict.reviewer, verdict.approver) == (reviewer, editor)
    assert list(
        ClaimStatusChange.objects.filter(claim=claim).values_list("transition", "actor__username")
    ) == [("start_review", "reviewer"), ("propose", "reviewer"), ("publish", "editor")]
    page = client.get(admin_url(Claim, "change", claim.pk)).content.decode()
    assert "Published verdict v1" in page


def test_the_editor_finds_yerevans_answer_to_baku_confirms_it_and_reads_both(client, demo):
    """Issue 5's walk through the demo: candidate, reasons, one click, side by side."""
    baku = Claim.objects.get(speaker__name=content.AZ_MOD, quote__startswith="Armenian units")
    yerevan = Claim.objects.get(speaker__name=content.AM_MOD, quote__startswith="Azerbaijani units")
    client.force_login(demo["editor"])

    page = client.get(admin_url(Claim, "change", baku.pk)).content.decode()
    panel = page[page.index("Contradiction candidates") :]
    body = panel[panel.index("<tbody>") :]
    first_row = body[: body.index("</tr>")]
    assert f"#{yerevan.pk}" in first_row
    assert "who acted: Ministry of Defence of Azerbaijan says Armenian units" in first_row

    response = client.post(
        reverse("admin:claims_claim_pair", args=[baku.pk]),
        {"other": yerevan.pk, "relation": "contradicts", "rationale": "Each blames the other."},
        follow=True,
    )

    pair = ClaimPair.objects.get(
        claim_a=min(baku, yerevan, key=lambda c: c.pk),
        claim_b=max(baku, yerevan, key=lambda c: c.pk),
    )
    assert pair.created_by == demo["editor"]
    side_by_side = response.content.decode()
    assert baku.summary in side_by_side and yerevan.summary in side_by_side
