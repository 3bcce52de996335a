"""The family of bad input the API is tested with, and a desk to send it to."""

import base64
from dataclasses import dataclass

from django.apps import apps
from rest_framework.test import APIClient

from claims.services import claim_pair_create
from claims.status import Status
from publishing.services import api_token_issue
from publishing.webhooks import webhook_subscribe
from tests.claims.workflow_helpers import claim_at
from tests.factories import make_annotation, make_claim, make_editor, make_reviewer

# Values as a query string or a URL-encoded form writes them.
NUL = "a%00b"
SURROGATE = "%ED%A0%80"  # U+D800 written as UTF-8 would write it, which UTF-8 does not allow
SUPERSCRIPT_TWO = "%C2%B2"  # "²": str.isdigit() says yes, int() says no
TOO_MANY_DIGITS = "9" * 5000  # int() reads 4,300 digits at most
TAMPERED_CURSOR = base64.b64encode(b"p=abc").decode()  # a text position on an id ordering


def deeply_nested(levels: int = 100_000) -> str:
    return "[" * levels + "]" * levels


@dataclass
class Desk:
    anonymous: APIClient
    editor: APIClient  # with a token


def make_desk() -> Desk:
    """A published claim with a second claim paired to it, a framing span and a webhook, and
    clients for an anonymous caller and an editor with a token (errors come back as 500s)."""
    editor, publisher, reviewer = make_editor(), make_editor(), make_reviewer()
    claim = claim_at(Status.PUBLISHED, editor=editor, reviewer=reviewer, publisher=publisher)
    other = make_claim(claim.document, "the shelling began")
    claim_pair_create(claim_a=claim, claim_b=other, relation="contradicts", created_by=editor)
    make_annotation(claim.document, annotator=reviewer)
    webhook_subscribe(url="http://127.0.0.1:9/hook", events=["verdict.published"], owner=editor)
    with_token = APIClient(raise_request_exception=False)
    with_token.credentials(HTTP_AUTHORIZATION=f"Token {api_token_issue(user=editor, days=1)[1]}")
    return Desk(anonymous=APIClient(raise_request_exception=False), editor=with_token)


def database_rows() -> dict[str, list[tuple]]:
    """Every row of the project's tables, to show that a refused request changed nothing."""
    return {
        model._meta.label: list(model.objects.order_by("pk").values_list())
        for label in ("sources", "claims", "annotations")
        for model in apps.get_app_config(label).get_models()
    }
