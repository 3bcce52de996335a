"""Guessing passwords at the admin's login is slowed: after five failures for one account from
one address, that account is refused from that address for a cool-off, the right password
included. Other addresses, and other accounts, are not affected."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.urls import reverse

from tests.factories import make_reviewer

pytestmark = pytest.mark.django_db

PASSWORD = "pw-for-tests"
LIMIT = 5


def from_address(address: str, **headers) -> Client:
    return Client(REMOTE_ADDR=address, **headers)


def log_in(client: Client, username: str, password: str):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": reverse("admin:index")},
    )


def logged_in(client: Client) -> bool:
    return client.get(reverse("admin:index")).status_code == 200


def fail(client: Client, username: str, times: int):
    return [log_in(client, username, "not-the-password") for _ in range(times)]


def let_time_pass(delta: timedelta) -> None:
    """As if the failures had happened ``delta`` earlier."""
    for attempt in AccessAttempt.objects.all():
        attempt.attempt_time -= delta
        attempt.save(update_fields=["attempt_time"])


def test_five_wrong_passwords_lock_the_account_from_that_address():
    reviewer = make_reviewer()
    client = from_address("203.0.113.7")
    answers = fail(client, reviewer.username, LIMIT)
    # The first four are the login form again, with its error.
    assert [answer.status_code for answer in answers[:-1]] == [200] * (LIMIT - 1)
    locked = answers[-1]
    assert locked.status_code == 429
    assert locked["Retry-After"] == str(15 * 60)
    assert "Too many failed logins" in locked.content.decode()
    assert "Try again in 15 minutes" in locked.content.decode()

    right = log_in(client, reviewer.username, PASSWORD)
    assert right.status_code == 429
    assert not logged_in(client)


def test_another_address_and_another_account_are_not_locked():
    reviewer, colleague = make_reviewer(), make_reviewer()
    fail(from_address("203.0.113.7"), reviewer.username, LIMIT)

    elsewhere = from_address("198.51.100.20")
    assert log_in(elsewhere, reviewer.username, PASSWORD).status_code == 302
    assert logged_in(elsewhere)
    same_address = from_address("203.0.113.7")
    assert log_in(same_address, colleague.username, PASSWORD).status_code == 302
    assert logged_in(same_address)


def test_the_cool_off_ends_after_fifteen_minutes():
    reviewer = make_reviewer()
    client = from_address("203.0.113.7")
    fail(client, reviewer.username, LIMIT)
    let_time_pass(timedelta(minutes=14))
    assert log_in(client, reviewer.username, PASSWORD).status_code == 429
    let_time_pass(timedelta(minutes=1, seconds=1))
    assert log_in(client, reviewer.username, PASSWORD).status_code == 302
    assert logged_in(client)


def test_a_successful_login_resets_the_count():
    reviewer = make_reviewer()
    client = from_address("203.0.113.7")
    fail(client, reviewer.username, LIMIT - 1)
    assert log_in(client, reviewer.username, PASSWORD).status_code == 302
    client.logout()
    assert [answer.status_code for answer in fail(client, reviewer.username, LIMIT - 1)] == [
        200
    ] * (LIMIT - 1)
    assert log_in(client, reviewer.username, PASSWORD).status_code == 302


def test_a_script_asking_for_json_gets_json():
    reviewer = make_reviewer()
    client = from_address("203.0.113.7", HTTP_ACCEPT="application/json")
    locked = fail(client, reviewer.username, LIMIT)[-1]
    assert locked.status_code == 429
    assert locked["Content-Type"] == "application/json"
    assert locked.json() == {
        "detail": "Too many failed logins for this account from your address. "
        "Try again in 15 minutes.",
        "retry_after": 900,
    }


def test_without_trusted_proxies_x_forwarded_for_does_not_escape_the_lock():
    reviewer = make_reviewer()
    for forwarded in ("192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4", "192.0.2.5"):
        fail(from_address("203.0.113.7", HTTP_X_FORWARDED_FOR=forwarded), reviewer.username, 1)
    rotated = from_address("203.0.113.7", HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert log_in(rotated, reviewer.username, PASSWORD).status_code == 429


def test_behind_a_trusted_proxy_the_forwarded_address_counts(settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    reviewer = make_reviewer()
    proxy = "10.0.0.2"
    # The proxy appends the address it saw; what the client wrote before it is not trusted.
    attacker = from_address(proxy, HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.7")
    fail(attacker, reviewer.username, LIMIT)
    rotated = from_address(proxy, HTTP_X_FORWARDED_FOR="198.51.100.2, 203.0.113.7")
    assert log_in(rotated, reviewer.username, PASSWORD).status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.7"}

    colleague = from_address(proxy, HTTP_X_FORWARDED_FOR="198.51.100.30")
    assert log_in(colleague, reviewer.username, PASSWORD).status_code == 302


def test_a_forwarded_value_that_is_no_address_counts_as_the_connection(settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    reviewer = make_reviewer()
    client = from_address("203.0.113.7", HTTP_X_FORWARDED_FOR="<script>")
    assert fail(client, reviewer.username, 1)[0].status_code == 200
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["203.0.113.7"]
