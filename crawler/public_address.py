"""Fetching for someone else: a URL opener that talks to public internet addresses only.

The web app's "Check a text" fetches a page whose address a user typed. Without this, the server
could be made to read its own loopback and private network (a database's HTTP port, a cloud
metadata service) and show what came back. The check is on the address each connection actually
reached, after connecting, so a name that resolves to a private address, a redirect to one, or a
name whose address changes between two lookups are all refused. Proxies from the environment are
not used (the proxy's own address would be what is checked).
"""
from __future__ import annotations

import http.client
import ipaddress
import urllib.request


class NotPublicAddress(OSError):
    """The connection reached a loopback, private, link-local or otherwise non-public address."""


def _refuse_unless_public(sock, host: str) -> None:
    address = ipaddress.ip_address(sock.getpeername()[0].split("%")[0])
    if getattr(address, "ipv4_mapped", None):
        address = address.ipv4_mapped
    if not address.is_global:
        sock.close()
        where = f"{host} is at {address}, which is" if host != str(address) else f"{host} is"
        raise NotPublicAddress(f"{where} not a public internet address")


class _PublicHTTPConnection(http.client.HTTPConnection):
    def connect(self):
        super().connect()
        _refuse_unless_public(self.sock, self.host)


class _PublicHTTPSConnection(http.client.HTTPSConnection):
    def connect(self):
        super().connect()
        _refuse_unless_public(self.sock, self.host)


class _PublicHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(_PublicHTTPConnection, req)


class _PublicHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(_PublicHTTPSConnection, req, context=self._context)


def public_opener() -> urllib.request.OpenerDirector:
    """An opener like urllib's default one (redirects, HTTPS), minus proxies and non-public addresses."""
    return urllib.request.build_opener(urllib.request.ProxyHandler({}), _PublicHTTPHandler, _PublicHTTPSHandler)
