# Two commands for a fresh machine: `make run` starts the app, `make test` runs every test.
# `make serve` is the production set-up: REPLICAS Streamlit processes behind nginx on PORT.
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
AXE := node_modules/axe-core/axe.min.js
CATALOGS := $(patsubst %.po,%.mo,$(wildcard i18n/locales/*/LC_MESSAGES/messages.po))

REPLICAS ?= 2
PORT ?= 8080
HOST ?=

.PHONY: run serve test browser fonts proxy

run: $(INSTALLED) $(CATALOGS) fonts
	$(PY) -m streamlit run app.py

serve: $(INSTALLED) $(CATALOGS) fonts proxy
	$(PY) deploy/serve.py --replicas $(REPLICAS) --port $(PORT) $(addprefix --host ,$(HOST))

test: $(INSTALLED) $(CATALOGS) browser proxy $(AXE)
	$(PY) -m ruff check .
	$(PY) -m pytest

$(INSTALLED): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

i18n/locales/%/LC_MESSAGES/messages.mo: i18n/locales/%/LC_MESSAGES/messages.po $(INSTALLED)
	$(VENV)/bin/pybabel compile --statistics -i $< -o $@

# axe-core (accessibility checks the browser tests load into the page), pinned by the lock file.
$(AXE): package.json package-lock.json
	@command -v npm >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm; }
	npm ci --no-audit --no-fund
	touch $@

# The summary PDF draws German and Arabic with Debian's Noto fonts (ui/zusammenfassung.py).
fonts:
	@test -f /usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-core; }

# Browser tests use Debian's chromium (browsers cannot be downloaded here) and Noto for Arabic.
browser: fonts
	@test -x /usr/bin/chromium || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

# The production proxy: Debian's nginx with its brotli modules, and brotli to precompress.
proxy:
	@test -x /usr/sbin/nginx && test -x /usr/bin/brotli && \
	  test -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx \
	    libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static brotli; }
