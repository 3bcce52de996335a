"""Every admin page renders, for a superuser and for the desk's roles."""

import pytest
from django.contrib import admin
from django.contrib.admin.options import InlineModelAdmin
from django.urls import reverse

from claims.status import Status
from tests.factories import make_claim, make_document, make_user

pytestmark = pytest.mark.django_db

REGISTRY = sorted(admin.site._registry.items(), key=lambda item: item[0]._meta.label)
DESK_APPS = ("sources", "claims", "annotations")


def url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.mark.parametrize(
    ("model", "model_admin"), REGISTRY, ids=[model._meta.label for model, _ in REGISTRY]
)
def test_every_page_renders_for_a_superuser(client, superuser, desk, rf, model, model_admin):
    client.force_login(superuser)
    request = rf.get("/")
    request.user = superuser

    assert client.get(url(model, "changelist")).status_code == 200
    assert client.get(url(model, "changelist"), {"q": "Lachin 1"}).status_code == 200
    if model_admin.has_add_permission(request):
        assert client.get(url(model, "add")).status_code == 200
    else:
        assert client.get(url(model, "add")).status_code == 403
    obj = model._default_manager.first()
    assert obj is not None, f"the desk fixture has no {model._meta.verbose_name}"
    assert client.get(url(model, "change", obj.pk)).status_code == 200
    assert client.get(url(model, "history", obj.pk)).status_code == 200


@pytest.mark.parametrize(
    ("model", "model_admin"), REGISTRY, ids=[model._meta.label for model, _ in REGISTRY]
)
def test_autocomplete_answers_for_every_autocomplete_field(
    client, superuser, desk, model, model_admin
):
    client.force_login(superuser)
    admins = [model_admin, *(inline(model, admin.site) for inline in model_admin.inlines)]
    for owner in admins:
        owner_model = owner.model if isinstance(owner, InlineModelAdmin) else model
        for field_name in owner.autocomplete_fields:
            response = client.get(
                reverse("admin:autocomplete"),
                {
                    "app_label": owner_model._meta.app_label,
                    "model_name": owner_model._meta.model_name,
                    "field_name": field_name,
                    "term": "a",
                },
            )
            assert response.status_code == 200, (owner_model, field_name)
            assert "results" in response.json()


def test_an_editor_sees_every_desk_page(client, desk):
    client.force_login(desk.editor)
    for model, _ in REGISTRY:
        if model._meta.app_label not in DESK_APPS:
            continue
        assert client.get(url(model, "changelist")).status_code == 200, model
        obj = model._default_manager.first()
        assert client.get(url(model, "change", obj.pk)).status_code == 200, model


def test_an_editor_sees_the_document_page_with_its_claims_and_annotations(client, desk):
    client.force_login(desk.editor)
    page = client.get(url(type(desk.document), "change", desk.document.pk)).content.decode()
    assert "Claims in this document" in page
    assert "Framing annotations in this document" in page
    assert desk.claim.summary in page and desk.other_claim.summary in page
    assert 'class="hl hl-claim' in page


def test_a_staff_user_with_only_view_permissions_sees_the_document_page(client, desk):
    from tests.admin.helpers import grant

    viewer = make_user(is_staff=True)
    grant(viewer, "sources.view_document", "claims.view_claim", "annotations.view_annotation")
    client.force_login(viewer)
    response = client.get(url(type(desk.document), "change", desk.document.pk))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Claims in this document" in page
    assert 'name="text"' not in page and 'name="title"' not in page


def test_a_user_without_claim_permissions_does_not_see_the_claims_inline(client, desk):
    from tests.admin.helpers import grant

    viewer = make_user(is_staff=True)
    grant(viewer, "sources.view_document")
    client.force_login(viewer)
    page = client.get(url(type(desk.document), "change", desk.document.pk)).content.decode()
    assert "Claims in this document" not in page


class TestDocumentPage:
    def page(self, client, user, document):
        client.force_login(user)
        return client.get(url(type(document), "change", document.pk)).content.decode()

    def test_claims_and_framing_are_highlighted(self, client, superuser, desk):
        page = self.page(client, superuser, desk.document)
        assert 'href="/static/sources/highlight.css"' in page
        # The claim's text sits inside claim segments, with its summary in the tooltip.
        assert f"Claim #{desk.claim.pk} by Ministry of Defence of Azerbaijan" in page
        assert ">Armenian forces opened fire on its positions near Lachin</span>" in page
        # The occupation frame overlaps the second claim: that stretch carries both.
        assert (
            'class="hl hl-claim hl-claim-new hl-annotation hl-cat-territorial_legitimacy '
            'hl-overlap"' in page
        )
        # Lexicon suggestions are dashed; rejected ones are not highlighted at all.
        assert (
            "hl-suggested" in page and "Provocation framing (blame attribution), suggested" in page
        )
        assert "Military euphemism" not in page.split("Framing annotations in this document")[0]
        # The legend names every category.
        assert "Territorial legitimacy" in page and "Alignment labelling" in page

    def test_the_text_is_frozen_once_spans_point_into_it(self, client, superuser, desk):
        page = self.page(client, superuser, desk.document)
        assert 'name="text"' not in page
        assert "The text is frozen" in page
        fresh = make_document("Nothing points here yet.")
        page = self.page(client, superuser, fresh)
        assert 'name="text"' in page
        assert "The text can still change" in page

    def test_html_in_the_text_and_summaries_is_escaped(self, client, superuser):
        document = make_document(
            "<script>alert('text')</script> Baku said <b>nothing</b>.\n"
            '<img src=x onerror="alert(1)">'
        )
        make_claim(
            document, "Baku said <b>nothing</b>", summary="<script>alert('summary')</script>"
        )
        page = self.page(client, superuser, document)
        assert "<script>alert(" not in page
        assert "&lt;script&gt;alert(&#x27;text&#x27;)&lt;/script&gt;" in page
        assert "&lt;script&gt;alert(&#x27;summary&#x27;)&lt;/script&gt;" in page
        assert "<b>nothing</b>" not in page and "&lt;b&gt;nothing&lt;/b&gt;" in page
        assert "<img src=x" not in page

    def test_text_outside_the_bmp_is_highlighted_at_code_point_offsets(self, client, superuser):
        document = make_document("🔥🇦🇲 Yerevan 𝐬𝐚𝐢𝐝 the enemy attacked.")
        claim = make_claim(document, "the enemy attacked")
        page = self.page(client, superuser, document)
        assert f'data-start="{claim.start}">the enemy attacked</span>' in page

    def test_dismissed_claims_are_not_highlighted(self, client, superuser):
        document = make_document("Baku said the shelling began at dawn.")
        claim = make_claim(document, "the shelling began", status=Status.SUGGESTED)
        from verification.services import claim_transition

        claim_transition(claim=claim, name="dismiss", actor=superuser, comment="Not a claim.")
        page = self.page(client, superuser, document)
        assert ">the shelling began</span>" not in page.split("Claims in this document")[0]


class TestClaimPage:
    def test_shows_relay_chain_history_verdicts_pairs_and_context(self, client, superuser, desk):
        client.force_login(superuser)
        page = client.get(url(type(desk.claim), "change", desk.claim.pk)).content.decode()
        assert "Relay chain" in page and "RIA Novosti" in page
        assert 'class="parallax-history"' in page and "<td>Start review</td>" in page
        assert "Verdicts" in page
        # The pair, linked, with the other claim linked too.
        assert url(type(desk.pair), "change", desk.pair.pk) in page
        assert url(type(desk.claim), "change", desk.other_claim.pk) in page
        assert desk.other_claim.summary in page
        # The quote highlighted in its context.
        assert 'class="hl hl-quote"' in page
        assert "Baku said " in page
        # Status is shown, never offered as a field.
        assert 'name="status"' not in page
        assert 'name="quote"' not in page and 'name="start"' not in page

    def test_the_other_claim_lists_the_pair_too(self, client, superuser, desk):
        client.force_login(superuser)
        page = client.get(url(type(desk.claim), "change", desk.other_claim.pk)).content.decode()
        assert url(type(desk.claim), "change", desk.claim.pk) in page

    def test_read_only_admins_offer_no_writes(self, client, superuser, desk):
        from verification.models import ClaimStatusChange, Verdict

        client.force_login(superuser)
        change = ClaimStatusChange.objects.first()
        verdict = Verdict.objects.first()
        assert client.get(url(ClaimStatusChange, "add")).status_code == 403
        page = client.get(url(ClaimStatusChange, "change", change.pk)).content.decode()
        assert 'name="_save"' not in page
        page = client.get(url(Verdict, "change", verdict.pk)).content.decode()
        assert 'name="_save"' not in page
        response = client.post(url(Verdict, "change", verdict.pk), {"rationale": "Changed."})
        assert response.status_code == 403
        verdict.refresh_from_db()
        assert verdict.rationale != "Changed."
