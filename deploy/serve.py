"""The production set-up on one machine: N Streamlit replicas behind nginx (run: make serve).

    python deploy/serve.py --replicas 3 --port 8080 --host hilfen-check.example.org

Every replica listens on loopback only and shares one ``server.cookieSecret``; nginx (Debian's,
config from ``deploy/nginx.conf.template``) is the only public listener. It serves Streamlit's
hashed bundles from a precompressed copy (gzip and brotli, made once per Streamlit version),
writes into each page the chunks to preload and where the server is (:func:`head_additions`),
keeps each browser on one replica by a cookie, refuses unknown Host headers and logs no query
strings. Tests and benchmarks (and every browser test) start the same set-up through
:func:`start`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import streamlit

ROOT = Path(__file__).parents[1]
TEMPLATE = Path(__file__).with_name("nginx.conf.template")
NGINX = "/usr/sbin/nginx"
BROTLI = "/usr/bin/brotli"
LOOPBACK_HOSTS = ("localhost", "127.0.0.1")
# Text files worth compressing; fonts (woff2) and images already are.
COMPRESSIBLE = (".js", ".css", ".json", ".svg", ".html", ".txt", ".map", ".ttf")
START_TIMEOUT_S = 60
# Streamlit's components (its lazy chunks) that the screens draw on a first visit: the frame's
# language switch and Rechtsstand (ButtonGroup, DateInput, Html, PageLink), the questions
# (Selectbox, Multiselect, NumberInput, Checkbox, Radio), the self-assessment's progress, the
# buttons and the summary download. Streamlit fetches a component's chunks only when its first
# element arrives over the websocket, one round trip after the page's own script; preloaded,
# they load beside it. Plotly is not among them: charts are drawn only when opened.
PRELOADED_COMPONENTS = (
    "Button",
    "ButtonGroup",
    "Checkbox",
    "DateInput",
    "DownloadButton",
    "Html",
    "Multiselect",
    "NumberInput",
    "PageLink",
    "Progress",
    "Radio",
    "Selectbox",
)


@dataclass
class Replica:
    port: int
    process: subprocess.Popen

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"


@dataclass
class Deployment:
    """A running proxy and its replicas; :meth:`stop` ends every process it started."""

    url: str
    run_dir: Path
    nginx: subprocess.Popen
    replicas: list[Replica] = field(default_factory=list)

    @property
    def access_log(self) -> Path:
        return self.run_dir / "access.log"

    def restart_exited(self, hosts: list[str]) -> None:
        """Start a replica again on its port when it has exited; nginx skips it meanwhile."""
        secret = os.environ["STREAMLIT_SERVER_COOKIE_SECRET"]
        for index, replica in enumerate(self.replicas):
            if replica.process.poll() is not None:
                self.replicas[index] = start_replica(replica.port, hosts, secret, quiet=False)

    def stop(self) -> None:
        self.nginx.terminate()
        for replica in self.replicas:
            replica.process.terminate()
        for process in [self.nginx, *(r.process for r in self.replicas)]:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(self.run_dir, ignore_errors=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def cache_dir() -> Path:
    """Where the precompressed bundles live: readable by nginx's workers (nobody, under root)."""
    if os.geteuid() == 0:
        return Path("/var/cache/hilfen-check")
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "hilfen-check"


def precompressed_static() -> Path:
    """A copy of Streamlit's static folder with a .gz and a .br beside every text file.

    Made once per Streamlit version (about 5 s): compressing at each request would cost the
    proxy CPU for every first visit, and the bundles never change within a version.
    """
    target = cache_dir() / f"streamlit-{streamlit.__version__}-static"
    if target.exists():
        return target
    source = Path(streamlit.__file__).parent / "static"
    target.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix="static-", dir=target.parent))
    shutil.copytree(source, building, dirs_exist_ok=True)
    for path in building.rglob("*"):
        if path.is_file() and path.suffix in COMPRESSIBLE:
            data = path.read_bytes()
            packed = Path(f"{path}.gz")
            packed.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
            shutil.copystat(path, packed)
            subprocess.run([BROTLI, "--quality=9", "--keep", "--force", str(path)], check=True)
    for folder in [building, *(p for p in building.rglob("*") if p.is_dir())]:
        folder.chmod(0o755)
    try:
        building.rename(target)
    except OSError:
        # Another start finished the same copy first: use that one.
        shutil.rmtree(building, ignore_errors=True)
    return target


def preload_links(static: Path, components: tuple[str, ...] = PRELOADED_COMPONENTS) -> str:
    """``<link rel="modulepreload">`` for the components' chunks that index.html does not
    preload itself, read from the bundle's dependency map (the names carry content hashes).

    Raises ``LookupError`` for a component the bundle does not have (a Streamlit upgrade
    renamed it): the list must then be brought up to date.
    """
    index = (static / "index.html").read_text(encoding="utf-8")
    entry = re.search(r'<script type="module" crossorigin src="\./static/js/([^"]+)"', index)
    bundle = (static / "static" / "js" / entry.group(1)).read_text(encoding="utf-8")
    files = json.loads("[" + re.search(r"m\.f=\[(.*?)\]", bundle).group(1) + "]")
    lazy = {
        name: [int(n) for n in deps.split(",") if n]
        for name, deps in re.findall(
            r"import\(`\./([\w$-]+)\.[\w-]{8}\.js`\),__vite__mapDeps\(\[([\d,]*)\]\)", bundle
        )
    }
    missing = [name for name in components if name not in lazy]
    if missing:
        raise LookupError(f"Streamlit's bundle has no component {', '.join(missing)}")
    chunks = dict.fromkeys(files[n].removeprefix("./") for name in components for n in lazy[name])
    return "".join(
        f'<link rel="modulepreload" crossorigin href="./static/js/{chunk}">'
        for chunk in chunks
        if chunk not in index and re.fullmatch(r"[\w.-]+\.js", chunk)
    )


# Streamlit's page looks for its server under the page's own path first (/pflege/_stcore/
# health), is answered 404 and tries the root 100 ms later, after one more round trip: every
# shared link to a screen paid that on its first visit. The app is served at the root; the
# page is told so through the frontend's embedding settings (window.__streamlit).
BACKEND_AT_ROOT = "<script>window.__streamlit={BACKEND_BASE_URL:location.origin}</script>"


def head_additions(static: Path) -> str:
    """What nginx writes into the page's <head>: the server's root, the components' chunks."""
    return BACKEND_AT_ROOT + preload_links(static)


def write_head(static: Path) -> bool:
    """Write :func:`head_additions` into ``static``'s index.html itself; False when it is
    there already.

    For the container image, whose replicas run behind the Kubernetes ingress without this
    proxy: ingress-nginx refuses the snippets that would rewrite the page, so the image
    carries the page rewritten (``--write-head`` at build time). Not for a Streamlit that
    nginx serves: it would write the same lines a second time.
    """
    index = static / "index.html"
    page = index.read_text(encoding="utf-8")
    if BACKEND_AT_ROOT in page:
        return False
    index.write_text(page.replace("</head>", head_additions(static) + "</head>", 1), "utf-8")
    return True


def render_config(
    run_dir: Path, listen: int, replica_ports: list[int], hosts: list[str], static: Path
) -> str:
    upstreams = "\n".join(
        f"        server 127.0.0.1:{port} max_fails=1 fail_timeout=10s;" for port in replica_ports
    )
    values = {
        "USER": "user nobody nogroup;" if os.geteuid() == 0 else "",
        "RUN": str(run_dir),
        "ACCESS_LOG": str(run_dir / "access.log"),
        "UPSTREAMS": upstreams,
        "LISTEN": f"127.0.0.1:{listen}" if set(hosts) <= set(LOOPBACK_HOSTS) else str(listen),
        "HOSTS": " ".join(hosts),
        "STATIC": str(static),
        "HEAD": head_additions(static),
    }
    text = TEMPLATE.read_text(encoding="utf-8")
    for name, value in values.items():
        text = text.replace(f"@@{name}@@", value)
    return text


def _wait_healthy(url: str, process: subprocess.Popen, what: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.read() == b"ok":
                    return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{what} did not start (exit code {process.poll()})") from None
            time.sleep(0.2)


def start_replica(
    port: int, hosts: list[str], cookie_secret: str, quiet: bool, script: str = "app.py"
) -> Replica:
    host_options = [arg for host in hosts for arg in ("--server.allowedHosts", host)]
    env = {
        **os.environ,
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        "STREAMLIT_SERVER_COOKIE_SECRET": cookie_secret,
    }
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        script,
        "--server.headless",
        "true",
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        *host_options,
    ]
    output = subprocess.DEVNULL if quiet else None
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=output)
    return Replica(port, process)


def start(
    replicas: int = 2,
    port: int | None = None,
    hosts: list[str] | None = None,
    quiet: bool = True,
    script: str = "app.py",
) -> Deployment:
    """Start ``replicas`` Streamlit processes and nginx in front; returns once all are healthy.

    ``script`` is the page to serve (benchmarks serve a bare page the same way).
    """
    hosts = [*LOOPBACK_HOSTS, *(hosts or [])]
    listen = port or free_port()
    # One secret for all replicas, so a cookie signed by one is valid on every other; a
    # deployment over several machines passes its own through the environment.
    cookie_secret = os.environ.setdefault("STREAMLIT_SERVER_COOKIE_SECRET", secrets.token_hex(32))
    static = precompressed_static()
    run_dir = Path(tempfile.mkdtemp(prefix="hilfen-check-proxy-"))
    run_dir.chmod(0o755)
    started = [
        start_replica(free_port(), hosts, cookie_secret, quiet, script)
        for _ in range(max(1, replicas))
    ]
    config = run_dir / "nginx.conf"
    config.write_text(
        render_config(run_dir, listen, [r.port for r in started], hosts, static), encoding="utf-8"
    )
    nginx = subprocess.Popen(
        [NGINX, "-e", "stderr", "-p", str(run_dir), "-c", str(config), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL if quiet else None,
    )
    deployment = Deployment(f"http://127.0.0.1:{listen}", run_dir, nginx, started)
    try:
        for replica in started:
            _wait_healthy(f"http://{replica.address}/_stcore/health", replica.process, "streamlit")
        _wait_healthy(f"{deployment.url}/_stcore/health", nginx, "nginx")
    except RuntimeError:
        deployment.stop()
        raise
    return deployment


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument(
        "--host",
        action="append",
        default=[],
        help="public host name (repeat for several); localhost and 127.0.0.1 are always served",
    )
    parser.add_argument(
        "--write-head",
        action="store_true",
        help="write the page's head additions into this Python's Streamlit and stop "
        "(the container image's build; see write_head)",
    )
    options = parser.parse_args()
    if options.write_head:
        static = Path(streamlit.__file__).parent / "static"
        written = write_head(static)
        print(f"{static / 'index.html'}: {'written' if written else 'already written'}")
        return
    deployment = start(options.replicas, options.port, options.host, quiet=False)
    names = ", ".join(options.host) or "localhost only"
    print(f"{options.replicas} replicas behind nginx on port {options.port} ({names})")
    print(f"no-query access log: {deployment.access_log}; Ctrl-C stops everything")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        while deployment.nginx.poll() is None:
            time.sleep(1)
            deployment.restart_exited(hosts=[*LOOPBACK_HOSTS, *options.host])
    except KeyboardInterrupt:
        pass
    finally:
        deployment.stop()


if __name__ == "__main__":
    main()
