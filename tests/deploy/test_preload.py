"""serve.head_additions: the server's root and the components' chunks (read from the
installed Streamlit's bundle) that nginx writes into the page.

Which chunks a screen really fetches is checked in the browser (tests/browser/test_proxy.py);
here, that the list is read right and breaks loudly when Streamlit renames a component.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest
import streamlit

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "deploy"))

import serve  # noqa: E402

STATIC = Path(streamlit.__file__).parent / "static"


def _hrefs(html: str) -> list[str]:
    return re.findall(r'<link rel="modulepreload" crossorigin href="\./static/js/([^"]+)">', html)


def _entry_script(index: str) -> str:
    """The file name of the page's own script, from its index.html."""
    return re.search(r'src="\./static/js/([^"]+)"', index).group(1)


def test_every_component_is_in_the_bundle_and_each_chunk_named_once() -> None:
    links = serve.preload_links(STATIC)
    chunks = _hrefs(links)
    assert links == "".join(
        f'<link rel="modulepreload" crossorigin href="./static/js/{chunk}">' for chunk in chunks
    )
    assert len(chunks) == len(set(chunks))
    for component in serve.PRELOADED_COMPONENTS:
        assert any(chunk.startswith(f"{component}.") for chunk in chunks), component
    assert all((STATIC / "static" / "js" / chunk).is_file() for chunk in chunks)


def test_chunks_the_page_preloads_itself_are_left_out() -> None:
    own = set(_hrefs((STATIC / "index.html").read_text(encoding="utf-8")))
    assert own
    assert own.isdisjoint(_hrefs(serve.preload_links(STATIC)))


def test_plotly_stays_out_until_a_chart_is_opened() -> None:
    assert not any("Plotly" in chunk for chunk in _hrefs(serve.preload_links(STATIC)))
    with_charts = _hrefs(serve.preload_links(STATIC, ("PlotlyChart",)))
    assert any(chunk.startswith("PlotlyChart.") for chunk in with_charts)


def test_a_renamed_component_is_named() -> None:
    with pytest.raises(LookupError, match="NoSuchWidget"):
        serve.preload_links(STATIC, ("Selectbox", "NoSuchWidget"))


def test_the_page_learns_its_server_is_at_the_root_before_streamlit_runs() -> None:
    head = serve.head_additions(STATIC)
    assert head.startswith("<script>window.__streamlit={BACKEND_BASE_URL:location.origin}</script>")
    assert head.endswith(serve.preload_links(STATIC))
    # Streamlit's frontend reads exactly this setting (its embedding configuration).
    index = (STATIC / "index.html").read_text(encoding="utf-8")
    entry = _entry_script(index)
    bundle = (STATIC / "static" / "js" / entry).read_text(encoding="utf-8")
    assert "window.__streamlit" in bundle
    assert "get BACKEND_BASE_URL(){" in bundle


def test_the_image_carries_the_same_head_written_once(tmp_path: Path) -> None:
    """write_head, as the container image's build runs it: the page and its entry script
    copied, the additions land right before </head>, and a second run leaves the page be."""
    index = (STATIC / "index.html").read_text(encoding="utf-8")
    entry = _entry_script(index)
    (tmp_path / "static" / "js").mkdir(parents=True)
    shutil.copy(STATIC / "static" / "js" / entry, tmp_path / "static" / "js" / entry)
    (tmp_path / "index.html").write_text(index, encoding="utf-8")

    assert serve.write_head(tmp_path)
    written = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert written == index.replace("</head>", serve.head_additions(STATIC) + "</head>")
    assert written.count(serve.BACKEND_AT_ROOT) == 1
    assert not serve.write_head(tmp_path)
    assert (tmp_path / "index.html").read_text(encoding="utf-8") == written
