"""desk.addresses: the private-address guard that webhooks and fetching share. A private
network is let through only when it is named, and only that network."""

import pytest

from desk.addresses import destination_checked


def checked(url, *networks):
    return destination_checked(
        url,
        allow_private=False,
        allowed_networks=networks,
        what="An address",
        refused_because="public ones only",
    )


def test_a_named_network_is_let_through_and_connected_to():
    assert checked("http://127.0.0.1:8221/feed.xml", "127.0.0.1/32") == (None, ("127.0.0.1",))


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.2/", "http://10.0.0.1/", "http://[::1]/", "http://[::ffff:127.0.0.1]/"],
)
def test_other_private_addresses_stay_refused(url):
    refusal, addresses = checked(url, "127.0.0.1/32")
    assert "is a private or local address; public ones only." in refusal
    assert addresses == ()


def test_nothing_named_refuses_the_loopback_address():
    assert "private or local" in checked("http://127.0.0.1/")[0]


def test_a_public_address_is_connected_to_as_checked():
    assert checked("https://93.184.216.34/") == (None, ("93.184.216.34",))
