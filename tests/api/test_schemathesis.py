"""The API against its own OpenAPI schema: generated requests, for an anonymous client and for
an editor with a token, never get a server error, and every response conforms to the schema
(status code, content type, headers, body).

How strictly requests are validated is left out (schemathesis's positive and negative data
checks): ids that match the schema's type but name no row are refused with a 400 by design.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from claims.status import Status
from config.wsgi import application
from publishing.services import api_token_issue
from tests.claims.workflow_helpers import claim_at
from tests.factories import make_annotation, make_editor, make_reviewer

schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", application)


@pytest.fixture
def in_test_transaction():
    """Requests run in the test's thread and transaction: Django must not close the
    connection at the start and end of each request, or fake server errors follow."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def editor_token(db):
    editor, publisher, reviewer = make_editor(), make_editor(), make_reviewer()
    claim = claim_at(Status.PUBLISHED, editor=editor, reviewer=reviewer, publisher=publisher)
    make_annotation(claim.document, annotator=reviewer)
    return api_token_issue(user=editor, days=1)[1]


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)


@pytest.mark.django_db
@schema.parametrize()
@SETTINGS
def test_anonymous(case, in_test_transaction, editor_token):
    case.call_and_validate(checks=CHECKS)


@pytest.mark.django_db
@schema.parametrize()
@SETTINGS
def test_editor_with_a_token(case, in_test_transaction, editor_token):
    case.call_and_validate(headers={"Authorization": f"Token {editor_token}"}, checks=CHECKS)
