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

.PHONY: run serve test browser proxy

run: $(INSTALLED) $(CATALOGS)
	$(PY) -m streamlit run app.py

serve: $(INSTALLED) $(CATALOGS) proxy
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

# Browser tests use Debian's chromium (browsers cannot be downloaded here) and Noto for Arabic.
browser:
	@test -x /usr/bin/chromium && test -d /usr/share/fonts/truetype/noto || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core; }

# The production proxy: Debian's nginx with its brotli modules, and brotli to precompress.
proxy:
	@test -x /usr/sbin/nginx && test -x /usr/bin/brotli && \
	  test -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx \
	    libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static brotli; }
