"""API tokens (issued by command and in the admin, expiring, revocable) and rate limits."""

import io
import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone
from knox.models import AuthToken
from rest_framework.test import APIClient

from tests.factories import make_reviewer, make_user

pytestmark = pytest.mark.django_db


def issue(username: str, *args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    call_command("issue_api_token", username, *args, stdout=out, stderr=err)
    assert "not shown again" in err.getvalue()
    return out.getvalue().strip()


def with_token(key: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def test_a_token_from_the_command_authenticates_with_the_person_s_role():
    reviewer, consumer = make_reviewer(), make_user()
    desk = with_token(issue(reviewer.username))
    reader = with_token(issue(consumer.username, "--days", "30"))

    assert desk.get(reverse("task-mine")).status_code == 200
    assert reader.get(reverse("task-mine")).status_code == 403
    assert reader.get(reverse("verdict-list")).status_code == 200
    token = AuthToken.objects.get(user=consumer)
    assert timedelta(days=29) < token.expiry - timezone.now() <= timedelta(days=30)
    # Only a digest is stored.
    assert not AuthToken.objects.filter(digest__contains=token.token_key * 2).exists()


def test_a_bad_expired_or_revoked_token_answers_401():
    user = make_user()
    key = issue(user.username)
    assert with_token("not-a-token").get(reverse("task-mine")).status_code == 401
    AuthToken.objects.filter(user=user).update(expiry=timezone.now() - timedelta(seconds=1))
    assert with_token(key).get(reverse("verdict-list")).status_code == 401
    revoked = issue(user.username, "--no-expiry")
    assert AuthToken.objects.get(token_key=revoked[:15]).expiry is None
    AuthToken.objects.filter(user=user).delete()
    response = with_token(revoked).get(reverse("verdict-list"))
    assert response.status_code == 401
    assert "detail" in response.json()


def test_the_command_refuses_unknown_and_inactive_users():
    with pytest.raises(CommandError, match="No user named"):
        issue("nobody")
    inactive = make_user(is_active=False)
    with pytest.raises(CommandError, match="inactive"):
        issue(inactive.username)
    with pytest.raises(CommandError, match="at least one day"):
        issue(make_user().username, "--days", "0")


class TestAdmin:
    def test_issuing_shows_the_key_once_and_it_works(self, client, superuser):
        consumer = make_user()
        client.force_login(superuser)
        response = client.post(
            reverse("admin:knox_authtoken_add"), {"user": consumer.pk, "days": 7}, follow=True
        )
        page = response.content.decode()
        key = re.search(r"API token for [^:]+: (\w+) — copy it now", page).group(1)
        assert with_token(key).get(reverse("verdict-list")).status_code == 200
        token = AuthToken.objects.get(user=consumer)
        assert (
            key
            not in client.get(
                reverse("admin:knox_authtoken_change", args=[token.pk])
            ).content.decode()
        )

    def test_an_inactive_user_gets_no_token(self, client, superuser):
        inactive = make_user(is_active=False)
        client.force_login(superuser)
        response = client.post(reverse("admin:knox_authtoken_add"), {"user": inactive.pk})
        assert "inactive" in response.content.decode()
        assert not AuthToken.objects.exists()

    def test_revoking_is_deleting(self, client, superuser):
        key = issue(make_user().username)
        client.force_login(superuser)
        token = AuthToken.objects.get()
        client.post(reverse("admin:knox_authtoken_delete", args=[token.pk]), {"post": "yes"})
        assert with_token(key).get(reverse("verdict-list")).status_code == 401


class TestLimits:
    @pytest.fixture(autouse=True)
    def low_rates(self, settings):
        settings.REST_FRAMEWORK = {
            **settings.REST_FRAMEWORK,
            "DEFAULT_THROTTLE_RATES": {"anonymous": "2/min", "token": "3/min"},
        }

    def test_anonymous_clients_get_429_with_retry_after(self):
        client = APIClient()
        assert [client.get(reverse("verdict-list")).status_code for _ in range(2)] == [200, 200]
        refused = client.get(reverse("verdict-list"))
        assert refused.status_code == 429
        assert 0 < int(refused["Retry-After"]) <= 60
        assert "throttled" in refused.json()["detail"].lower()

    def test_each_token_has_its_own_allowance(self):
        user = make_user()
        first, second = with_token(issue(user.username)), with_token(issue(user.username))
        codes = [first.get(reverse("verdict-list")).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        assert second.get(reverse("verdict-list")).status_code == 200
        # Anonymous clients are counted apart from token holders.
        assert APIClient().get(reverse("verdict-list")).status_code == 200

    def test_a_made_up_x_forwarded_for_does_not_escape_the_limit(self):
        """No proxy is trusted by default (PARALLAX_TRUSTED_PROXIES=0): the header is the
        client's own word, and the address counted is the connection's."""
        client = APIClient()
        codes = [
            client.get(reverse("verdict-list"), HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code
            for n in range(4)
        ]
        assert codes == [200, 200, 429, 429]

    def test_behind_one_trusted_proxy_the_address_it_forwards_is_counted(self, settings):
        settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
        client = APIClient()
        url = reverse("verdict-list")
        # A client's forged first entry is ignored: the proxy appended the real address.
        first = [
            client.get(url, HTTP_X_FORWARDED_FOR=f"10.0.0.{n}, 198.51.100.7").status_code
            for n in range(3)
        ]
        assert first == [200, 200, 429]
        assert client.get(url, HTTP_X_FORWARDED_FOR="198.51.100.8").status_code == 200
