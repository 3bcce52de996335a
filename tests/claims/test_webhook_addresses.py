"""The webhook address check sees through IPv6 addresses that carry an IPv4 address.

Each URL names a literal address, so resolving it needs no network.
"""

import pytest
from django.urls import reverse

from publishing import webhooks
from publishing.models import WebhookSubscription
from tests.api.test_verdicts_api import token_client
from tests.factories import make_user

pytestmark = pytest.mark.django_db

CARRYING_A_PRIVATE_IPV4 = {
    "compatible": "http://[::127.0.0.1]/hook",
    "compatible, private range": "http://[::10.1.2.3]/hook",
    "mapped": "http://[::ffff:127.0.0.1]/hook",
    "mapped, link-local": "http://[::ffff:169.254.169.254]/hook",
    "translated": "http://[::ffff:0:7f00:1]/hook",
    "nat64": "http://[64:ff9b::7f00:1]/hook",
    "nat64, link-local": "http://[64:ff9b::a9fe:a9fe]/latest/meta-data/",
    "nat64, private range": "https://[64:ff9b::c0a8:101]/hook",
    "6to4": "http://[2002:7f00:1::]/hook",
    "6to4, private range": "http://[2002:a01:203::1]/hook",
    # Teredo keeps the client's address inverted: ~127.0.0.1 is 80ff:fffe.
    "teredo": "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/hook",
}

CARRYING_A_PUBLIC_IPV4 = {
    "nat64": "https://[64:ff9b::5db8:d822]/hook",  # 93.184.216.34
    "plain ipv6": "https://[2606:4700:4700::1111]/hook",
}


@pytest.fixture(autouse=True)
def private_addresses_refused(settings):
    settings.PARALLAX_WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False


@pytest.mark.parametrize(
    "url", CARRYING_A_PRIVATE_IPV4.values(), ids=CARRYING_A_PRIVATE_IPV4.keys()
)
def test_an_ipv6_address_carrying_a_private_ipv4_address_is_refused(url):
    assert "private or local address" in webhooks.address_refusal(url)
    response = token_client(make_user()).post(
        reverse("webhook-list"), {"url": url, "events": ["verdict.published"]}, format="json"
    )
    assert response.status_code == 400
    assert "private or local address" in response.json()["url"][0]
    assert not WebhookSubscription.objects.exists()


@pytest.mark.parametrize("url", CARRYING_A_PUBLIC_IPV4.values(), ids=CARRYING_A_PUBLIC_IPV4.keys())
def test_a_public_ipv6_address_is_accepted(url):
    assert webhooks.address_refusal(url) is None
