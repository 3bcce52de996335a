"""Outgoing requests to addresses someone else chose: webhook receivers, pages and feeds.

The server must not be made to reach into its own network: every address a host resolves to
must be public, unless a setting says otherwise (development, tests), and the connection then
goes to the addresses that were checked, never through a proxy, whatever the name resolves to
a moment later. Redirects are never followed here: a caller that follows them checks each hop
with ``destination_checked`` again.
"""

import functools
import http.client
import ipaddress
import socket
import urllib.parse
import urllib.request
from collections.abc import Iterable

from django.core.exceptions import ValidationError


def destination_checked(
    url: str,
    *,
    allow_private: bool,
    what: str,
    refused_because: str,
    allowed_networks: Iterable[str] = (),
) -> tuple[str | None, tuple[str, ...]]:
    """(why requests may not go to ``url``, or None; the checked addresses to connect to, none
    when private addresses are allowed and the name is resolved as usual).

    ``what`` names the address in messages ("A webhook URL"); ``refused_because`` ends the
    refusal of a private one ("webhooks go to public ones"). ``allowed_networks`` are private
    networks allowed all the same (a test server on the loopback address); every other address
    the name resolves to must still be public.
    """
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"{what} is an http or https address.", ()
    if allow_private:
        return None, ()
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        found = socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
    except (OSError, ValueError):
        return f"The host {parts.hostname} cannot be resolved.", ()
    addresses = tuple(dict.fromkeys(sockaddr[0] for *_, sockaddr in found))
    networks = [ipaddress.ip_network(network, strict=False) for network in allowed_networks]
    if not addresses or not all(
        is_public(address) or any(ipaddress.ip_address(address) in n for n in networks)
        for address in addresses
    ):
        return f"{parts.hostname} is a private or local address; {refused_because}.", ()
    return None, addresses


# IPv6 prefixes whose last 32 bits are an IPv4 address that the packets reach: IPv4-compatible
# (::/96), IPv4-translated (::ffff:0:0:0/96) and NAT64's well-known prefix (64:ff9b::/96).
# Mapped addresses, 6to4 and Teredo are read by their own ``ipaddress`` properties.
_IPV4_IN_THE_LAST_32_BITS = tuple(
    ipaddress.IPv6Network(prefix) for prefix in ("::/96", "::ffff:0:0:0/96", "64:ff9b::/96")
)


def is_public(address: str) -> bool:
    """Whether ``address`` is global, and so is every IPv4 address it carries: ``[::127.0.0.1]``
    or ``[64:ff9b::7f00:1]`` count as global IPv6 addresses, yet end at the loopback address
    (how far Python's own test sees into them differs from one version to the next)."""
    ip = ipaddress.ip_address(address)
    if not ip.is_global:
        return False
    if ip.version == 4:
        return True
    carried = [ip.ipv4_mapped, ip.sixtofour, *(ip.teredo or ())]
    if any(ip in prefix for prefix in _IPV4_IN_THE_LAST_32_BITS):
        carried.append(ipaddress.IPv4Address(int(ip) & 0xFFFF_FFFF))
    return all(ipv4.is_global for ipv4 in carried if ipv4 is not None)


# What may stay as it is in a URL's path and query; anything else is percent-encoded (UTF-8).
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_QUERY_SAFE = _PATH_SAFE + "?"


def url_normalised(url: str, *, what: str) -> str:
    """``url`` as requests send it: the host in IDNA (``bücher.example`` becomes
    ``xn--bcher-kva.example``), the path and query percent-encoded, the fragment dropped.

    Raises ValidationError for what is no web address at all; ``what`` names it in the message
    ("A webhook URL"). A server sees the same bytes a browser would send for the address.
    """
    url = url.strip()
    if any(character.isspace() or ord(character) < 32 for character in url):
        raise ValidationError(f"{what} has no spaces or control characters.")
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname or ""
        ascii_host = host.encode("idna").decode("ascii") if host else ""
        port = parts.port
    except (ValueError, UnicodeError):
        raise ValidationError("This is not a valid web address.") from None
    if parts.scheme.lower() not in ("http", "https") or not ascii_host:
        raise ValidationError(f"{what} is an http or https address.")
    if parts.username or parts.password:
        raise ValidationError(f"{what} carries no user name or password.")
    netloc = f"[{ascii_host}]" if ":" in ascii_host else ascii_host
    if port is not None:
        netloc += f":{port}"
    return urllib.parse.urlunsplit(
        (
            parts.scheme.lower(),
            netloc,
            urllib.parse.quote(parts.path, safe=_PATH_SAFE),
            urllib.parse.quote(parts.query, safe=_QUERY_SAFE),
            "",
        )
    )


class _RefuseRedirects(urllib.request.HTTPRedirectHandler):
    """No redirect is followed: the 3xx answer comes back as an HTTPError with its code."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class _ConnectsToCheckedAddress:
    """An http.client connection to the addresses that were checked, in order, whatever the
    host name resolves to a moment later: a name can be made to resolve to a public address for
    the check and to a private one for the connection. The Host header, TLS's server name and
    the certificate check still use the name."""

    def __init__(self, *args, addresses: tuple[str, ...], on_socket=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = functools.partial(_connect_to_first, addresses, on_socket)


def _connect_to_first(
    addresses: tuple[str, ...], on_socket, host_and_port: tuple, *args
) -> socket.socket:
    """The first of ``addresses`` that accepts, as socket.create_connection tries a name's;
    ``on_socket`` (if any) is handed it, so that a caller can cut it off at a deadline."""
    for address in addresses[:-1]:
        try:
            connected = socket.create_connection((address, host_and_port[1]), *args)
            break
        except OSError:
            continue
    else:
        connected = socket.create_connection((addresses[-1], host_and_port[1]), *args)
    if on_socket is not None:
        on_socket(connected)
    return connected


class _CheckedHTTPConnection(_ConnectsToCheckedAddress, http.client.HTTPConnection):
    pass


class _CheckedHTTPSConnection(_ConnectsToCheckedAddress, http.client.HTTPSConnection):
    pass


class _ToCheckedAddresses(urllib.request.HTTPHandler, urllib.request.HTTPSHandler):
    def __init__(self, addresses: tuple[str, ...], on_socket=None):
        super().__init__()
        self.connect = {"addresses": addresses, "on_socket": on_socket}

    def http_open(self, req):
        return self.do_open(functools.partial(_CheckedHTTPConnection, **self.connect), req)

    def https_open(self, req):
        connection = functools.partial(_CheckedHTTPSConnection, **self.connect)
        return self.do_open(connection, req, context=self._context)


def checked_opener(addresses: tuple[str, ...], on_socket=None) -> urllib.request.OpenerDirector:
    """Redirects refused; no proxy from the environment, so that the connection goes where the
    address check looked; connected to the checked ``addresses`` when there are any, each
    socket handed to ``on_socket`` when it is given."""
    handlers = [_RefuseRedirects, urllib.request.ProxyHandler({})]
    if addresses:
        handlers.append(_ToCheckedAddresses(addresses, on_socket))
    return urllib.request.build_opener(*handlers)
