"""Network policy (SSRF guard): a crawl reaches the public web and the origins it was started
on, nothing else, whatever its pages link or redirect to.

Refused by default: hosts that are, or resolve to, private, loopback, link-local (cloud
metadata at 169.254.169.254), multicast, reserved or unspecified addresses (IPv4 and IPv6,
IPv4-mapped included), non-HTTP schemes and ports outside ``NEWSCRAWL_ALLOW_PORTS``. The
origins (scheme, host, port) of the start URLs the user gave (profile ``base_url``,
``seeds``, ``sitemaps``, ``feeds``; ``-a start_urls=``) are always allowed, private or not, so
a crawl of a local site needs no flag.

Checked for every request that reaches the downloader (redirect hops and re-checks included)
by :class:`NetPolicyMiddleware`, and again at connection time by :class:`PolicyResolver` (the
reactor's resolver: a name that resolves differently by then is still refused).

Settings (each also a profile key without the prefix, lower case; both add up):
``NEWSCRAWL_NETPOLICY`` (default True), ``NEWSCRAWL_ALLOW_HOSTS`` (``host`` or ``host:port``),
``NEWSCRAWL_ALLOW_NETWORKS`` (CIDR, e.g. ``10.0.0.0/8``), ``NEWSCRAWL_ALLOW_PORTS`` (added to
80, 443, 8080, 8443). Stats: ``newscrawl/netpolicy/refused``; one warning per refused host and port.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.resolver import CachingThreadedResolver
from scrapy.utils.asyncio import run_in_thread
from twisted.internet import defer

logger = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Origin = tuple[str, str, int]
DEFAULT_PORTS = frozenset({80, 443, 8080, 8443})
_SCHEME_PORTS = {"http": 80, "https": 443}


class PolicyError(ValueError):
    """A setting or profile key of the network policy that cannot be used."""


def origin_of(url: str) -> Origin | None:
    """``(scheme, host, port)`` of a URL, default ports filled in; None when unparseable."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if not host:
        return None
    return scheme, host, port or _SCHEME_PORTS.get(scheme, 0)


def _literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])  # fe80::1%eth0
    except ValueError:
        return None


def is_public(address: IPAddress) -> bool:
    """True for a globally routable unicast address."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not (
        address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or address.is_loopback
        or address.is_link_local
    )


def _as_list(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v).strip() for v in value]


class NetPolicy:
    """Which URLs and addresses a crawl may reach (pure: no I/O)."""

    def __init__(
        self,
        origins: Iterable[str] = (),
        hosts: Iterable[str] = (),
        networks: Iterable[str] = (),
        ports: Iterable[Any] = (),
    ) -> None:
        self.origins: set[Origin] = {o for o in map(origin_of, origins) if o}
        self.hosts: set[str] = set()
        self.host_ports: set[tuple[str, int]] = set()
        for entry in hosts:
            host, _, port = entry.lower().rpartition(":") if "]" not in entry else (entry, "", "")
            if port.isdigit() and host:
                self.host_ports.add((host.strip("[]"), int(port)))
            else:
                self.hosts.add(entry.lower().strip("[]"))
        try:
            self.networks: list[IPNetwork] = [
                ipaddress.ip_network(n, strict=False) for n in networks
            ]
        except ValueError as exc:
            raise PolicyError(f"NEWSCRAWL_ALLOW_NETWORKS: {exc}") from None
        try:
            self.ports = set(DEFAULT_PORTS) | {int(p) for p in ports}
        except ValueError as exc:
            raise PolicyError(f"NEWSCRAWL_ALLOW_PORTS: {exc}") from None

    def named(self, host: str, port: int | None = None) -> bool:
        """Whether the user named this host (with this port; any port when None: the resolver
        knows no port, the middleware checked it), private or not."""
        host = host.lower()
        if host in self.hosts:
            return True
        if port is None:
            return any(o[1] == host for o in self.origins) or any(
                h == host for h, _ in self.host_ports
            )
        return port is not None and (
            (host, port) in self.host_ports or any(o[1:] == (host, port) for o in self.origins)
        )

    def check_url(self, url: str) -> str | None:
        """Why a URL is refused before any address is known, or None."""
        origin = origin_of(url)
        if origin is None:
            return "unparseable URL"
        scheme, host, port = origin
        if origin in self.origins:
            return None
        if scheme not in _SCHEME_PORTS:
            return f"scheme {scheme!r}"
        if (host, port) in self.host_ports:
            return None
        if port not in self.ports and not any(o[1:] == (host, port) for o in self.origins):
            return f"port {port} (NEWSCRAWL_ALLOW_PORTS)"
        address = _literal(host)
        return self.check_address(host, port, address) if address else None

    def check_address(self, host: str, port: int | None, address: IPAddress) -> str | None:
        """Why a connection to ``address`` (which ``host`` resolved to) is refused, or None."""
        if is_public(address) or self.named(host, port):
            return None
        if any(address in net for net in self.networks):
            return None
        return f"{host} is {address}, not a public address (NEWSCRAWL_ALLOW_HOSTS/NETWORKS)"


# Policies of the crawls running in this process, consulted by the resolver.
_ACTIVE: list[NetPolicy] = []


class RefusedAddress(Exception):
    """A connection refused by the network policy at resolution time (not retried)."""


class PolicyResolver(CachingThreadedResolver):
    """Scrapy's caching resolver that refuses, at connection time, names resolving to an
    address the running crawl's policy does not allow (``TWISTED_DNS_RESOLVER``)."""

    def getHostByName(self, name: str, timeout: Any = ()) -> defer.Deferred[str]:
        d = super().getHostByName(name, timeout)
        d.addCallback(self._check, name)
        return d

    @staticmethod
    def _check(result: str, name: str) -> str:
        address = _literal(result)
        if address is not None:
            for policy in _ACTIVE:
                reason = policy.check_address(name, None, address)
                if reason:
                    raise RefusedAddress(f"refused by network policy: {reason}")
        return result


class NetPolicyMiddleware:
    """Downloader middleware enforcing :class:`NetPolicy` on every request (see module doc)."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("NEWSCRAWL_NETPOLICY", True):
            raise NotConfigured
        self.crawler = crawler
        self._policy: NetPolicy | None = None
        self._addresses: dict[str, list[IPAddress]] = {}  # host → resolved addresses
        self._logged: set[str] = set()
        crawler.signals.connect(self._closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NetPolicyMiddleware:
        return cls(crawler)

    def policy(self) -> NetPolicy:
        """Built on the first request: the spider's start URLs are known by then."""
        if self._policy is None:
            settings = self.crawler.settings
            profile = getattr(self.crawler.spider, "profile", None)
            origins = list(getattr(self.crawler.spider, "start_urls", None) or [])
            extra: dict[str, list[str]] = {"hosts": [], "networks": [], "ports": []}
            if profile is not None:
                origins += [profile.base_url, *profile.seeds, *profile.sitemaps, *profile.feeds]
                for key in extra:
                    extra[key] = _as_list(getattr(profile, f"allow_{key}", None))
            self._policy = NetPolicy(
                origins,
                _as_list(settings.get("NEWSCRAWL_ALLOW_HOSTS")) + extra["hosts"],
                _as_list(settings.get("NEWSCRAWL_ALLOW_NETWORKS")) + extra["networks"],
                _as_list(settings.get("NEWSCRAWL_ALLOW_PORTS")) + extra["ports"],
            )
            _ACTIVE.append(self._policy)
        return self._policy

    def _closed(self, spider: Spider) -> None:
        if self._policy in _ACTIVE:
            _ACTIVE.remove(self._policy)

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        policy = self.policy()
        reason = policy.check_url(request.url)
        origin = origin_of(request.url)
        if reason is None and origin and origin not in policy.origins and not _literal(origin[1]):
            for address in await self._resolve(origin[1]):
                reason = policy.check_address(origin[1], origin[2], address)
                if reason:
                    break
        if reason:
            self._refuse(request, f"{origin[1]}:{origin[2]}" if origin else request.url, reason)

    async def _resolve(self, host: str) -> list[IPAddress]:
        """Every address (IPv4 and IPv6) the host resolves to; [] if it does not resolve
        (the download then fails on its own)."""
        if host not in self._addresses:
            try:
                infos = await run_in_thread(socket.getaddrinfo, host, None)
            except (OSError, UnicodeError):
                infos = []
            found = {_literal(str(info[4][0])) for info in infos}
            if len(self._addresses) > 10_000:
                self._addresses.clear()
            self._addresses[host] = [a for a in found if a is not None]
        return self._addresses[host]

    def _refuse(self, request: Request, host: str, reason: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("newscrawl/netpolicy/refused")
        redirected = request.meta.get("redirect_urls")
        via = f" (redirected from {redirected[0]})" if redirected else ""
        level = logging.DEBUG if host in self._logged else logging.WARNING
        self._logged.add(host)
        logger.log(level, "network policy refused %s%s: %s", request.url, via, reason)
        raise IgnoreRequest(f"network policy: {reason}")
