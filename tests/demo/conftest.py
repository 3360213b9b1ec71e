"""The sample news site, served once per test module on a port the OS picks."""
from __future__ import annotations

import pytest

from hypewatch.demo import serve_site


@pytest.fixture(scope="module")
def site_url():
    server, base_url = serve_site()
    yield base_url
    server.shutdown()
    server.server_close()
