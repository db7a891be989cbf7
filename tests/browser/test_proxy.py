"""The production set-up (deploy/serve.py): nginx in front of two replicas, on loopback.

First-visit bytes on a phone, what nginx writes into the page (the components' chunks to
preload, the server at the root), failover to the other replica when the one that served a
shared link dies, unknown hosts refused, and an access log without the query string.
"""

from __future__ import annotations

import re
import time
import urllib.request
from collections.abc import Iterator

import pytest
import serve  # deploy/, on the path by conftest
from flow import open_charts, open_screen
from phone import MEASUREMENTS, PHONE
from playwright.sync_api import Browser, Page

from ui.layout import SCREENS

pytestmark = pytest.mark.browser

SCHMIDT_LIKE = (
    "/eingliederungshilfe?lang=de&d=2023-06-01&gd=2011-05-20&wf=zuhause&e1=50000"
    "&a1=selbstaendig&e2=20000&a2=sv_beschaeftigung&k=5&ez=1&eb=geistig"
    "&el=assistenz_freizeit&v=1"
)
# The link as it opens (its charts in closed panels) and with both charts opened.
FIRST_VISITS = {"home": "/?lang=de", "link": SCHMIDT_LIKE, "charts": SCHMIDT_LIKE}
TEXT_TYPES = ("javascript", "css", "json", "html", "svg")
# What the proxy itself must achieve: brotli/gzip bring Streamlit's text bundles to about a
# third (measured 0.30-0.35); the absolute figures (issue 12's targets) are printed.
MAX_WIRE_SHARE = 0.4


@pytest.fixture(scope="module")
def deployment() -> Iterator[serve.Deployment]:
    """The set-up these tests read (its access log, its replicas' metrics), apart from the
    browser tests' server."""
    running = serve.start(replicas=2)
    yield running
    running.stop()


@pytest.fixture
def doomed() -> Iterator[serve.Deployment]:
    """A set-up of its own for the failover test, which kills a replica: the tests after it
    must not meet a proxy with one replica dead."""
    running = serve.start(replicas=2)
    yield running
    running.stop()


def _result_text(page: Page) -> str:
    """The result boxes' text (Kostenbeitrag, assets, notices) once the result is shown: the
    frame around them (language switch, icons) may still be drawing."""
    page.get_by_test_id("stAlertContentWarning").first.wait_for()
    return "\n".join(page.get_by_test_id("stMain").get_by_test_id("stAlert").all_inner_texts())


def _stream_lines(deployment: serve.Deployment) -> list[str]:
    log = deployment.access_log.read_text(encoding="utf-8").splitlines()
    return [line for line in log if " /_stcore/stream " in line]


def _new_stream_line(deployment: serve.Deployment, before: list[str]) -> str:
    """The access log line of the websocket that closed after ``before`` was read."""
    for _ in range(50):
        lines = _stream_lines(deployment)
        if len(lines) > len(before):
            return lines[-1]
        time.sleep(0.1)
    raise AssertionError("nginx logged no websocket")


def _connects(replica: serve.Replica) -> int:
    with urllib.request.urlopen(f"http://{replica.address}/_stcore/metrics", timeout=5) as answer:
        metrics = answer.read().decode()
    return int(re.search(r'session_events_total\{type="connect"\} (\d+)', metrics).group(1))


@pytest.mark.parametrize("screen", sorted(FIRST_VISITS))
def test_first_visit_is_compressed(
    browser: Browser, deployment: serve.Deployment, screen: str
) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    responses: dict[str, dict] = {}
    wire: dict[str, int] = {}
    decoded: dict[str, int] = {}
    foreign: list[str] = []
    page.on(
        "request", lambda r: None if r.url.startswith(deployment.url) else foreign.append(r.url)
    )
    cdp.on(
        "Network.responseReceived", lambda e: responses.__setitem__(e["requestId"], e["response"])
    )
    cdp.on(
        "Network.dataReceived",
        lambda e: decoded.__setitem__(
            e["requestId"], decoded.get(e["requestId"], 0) + e["dataLength"]
        ),
    )
    cdp.on(
        "Network.loadingFinished",
        lambda e: wire.__setitem__(e["requestId"], e["encodedDataLength"]),
    )
    handshakes: list[dict] = []
    cdp.on(
        "Network.webSocketHandshakeResponseReceived",
        lambda e: handshakes.append({k.lower(): v for k, v in e["response"]["headers"].items()}),
    )
    streams_before = _stream_lines(deployment)
    open_screen(page, f"{deployment.url}{FIRST_VISITS[screen]}")
    if screen != "home":
        _result_text(page)
    if screen == "charts":
        open_charts(page)
    page.wait_for_load_state("networkidle")
    context.close()
    # The websocket's bytes: nginx logs them when the connection ends.
    stream = _new_stream_line(deployment, streams_before)
    websocket = int(stream.split()[4])
    MEASUREMENTS.append(
        f"through nginx, first visit {screen}: {(sum(wire.values()) + websocket) / 1e6:.3f} MB "
        f"over the wire, of it {websocket / 1e3:.1f} kB websocket "
        f"({sum(decoded.values()) / 1e6:.2f} MB unpacked)"
    )
    assert not foreign
    assert handshakes
    assert all("permessage-deflate" in h.get("sec-websocket-extensions", "") for h in handshakes)
    text = {
        request: r
        for request, r in responses.items()
        if any(k in r["mimeType"] for k in TEXT_TYPES)
    }
    uncompressed = [
        r["url"]
        for r in text.values()
        if int(r["headers"].get("content-length", r["encodedDataLength"] or 0)) > 1024
        and not {k.lower(): v for k, v in r["headers"].items()}.get("content-encoding")
    ]
    assert not uncompressed
    # An italic word loads a font of its own (138 kB): side remarks are not set in italics.
    assert not [r["url"] for r in responses.values() if "Italic" in r["url"]]
    hashed = [r for r in responses.values() if "/static/" in r["url"]]
    assert hashed
    assert all("immutable" in r["headers"].get("Cache-Control", "") for r in hashed)
    # Fonts and images come compressed already: the share is the text bundles'.
    assert sum(wire.get(r, 0) for r in text) < MAX_WIRE_SHARE * sum(decoded.get(r, 0) for r in text)


def test_shared_link_survives_its_replica(browser: Browser, doomed: serve.Deployment) -> None:
    before = [_connects(replica) for replica in doomed.replicas]
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    open_screen(page, f"{doomed.url}{SCHMIDT_LIKE}")
    first = _result_text(page)
    served = [
        replica
        for replica, count in zip(doomed.replicas, before, strict=True)
        if _connects(replica) > count
    ]
    assert len(served) == 1, "the page and its websocket must stay on one replica"
    served[0].process.kill()
    served[0].process.wait(timeout=10)

    open_screen(page, f"{doomed.url}{SCHMIDT_LIKE}")
    assert _result_text(page) == first
    context.close()
    survivor = next(r for r in doomed.replicas if r is not served[0])
    assert _connects(survivor) > before[doomed.replicas.index(survivor)]


def test_unknown_host_gets_no_answer(deployment: serve.Deployment) -> None:
    request = urllib.request.Request(f"{deployment.url}/", headers={"Host": "evil.example"})
    with pytest.raises(OSError):
        urllib.request.urlopen(request, timeout=5)
    with urllib.request.urlopen(f"{deployment.url}/", timeout=5) as answer:
        assert answer.status == 200


def test_access_log_has_no_query_string(deployment: serve.Deployment) -> None:
    with urllib.request.urlopen(f"{deployment.url}{SCHMIDT_LIKE}", timeout=5) as answer:
        assert answer.status == 200
    log = deployment.access_log.read_text(encoding="utf-8")
    assert "GET /eingliederungshilfe 200 " in log
    assert "?" not in log
    assert "50000" not in log


@pytest.mark.parametrize("path", ["/", *(f"/{name}" for name in SCREENS), SCHMIDT_LIKE])
def test_screens_open_without_second_round_trips(
    browser: Browser, deployment: serve.Deployment, path: str
) -> None:
    """What nginx writes into the page (serve.head_additions) saves two round trips of a
    first visit: every chunk a screen draws with is preloaded, so no script is fetched once
    the websocket is open; and the page asks for its server at the root only, not under the
    screen's path first (answered 404, then retried after 100 ms)."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    opened: list[bool] = []
    late: list[str] = []
    checks: list[str] = []
    page.on("websocket", lambda socket: opened.append(socket.url.endswith("/_stcore/stream")))
    page.on("request", lambda r: late.append(r.url) if opened and "/static/js/" in r.url else None)
    page.on("request", lambda r: checks.append(r.url) if "/_stcore/" in r.url else None)
    open_screen(page, f"{deployment.url}{path}{'&' if '?' in path else '?'}lang=ar")
    context.close()
    assert opened == [True]
    assert late == []
    assert sorted(checks) == [
        f"{deployment.url}/_stcore/health",
        f"{deployment.url}/_stcore/host-config",
    ]
