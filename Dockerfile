# One replica of Hilfen-Check (build: docker build -t hilfen-check .). Kubernetes runs several
# behind an ingress with cookie affinity: deploy/k8s/. The ingress compresses and logs.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    STREAMLIT_BROWSER_GATHER_USAGE_STATS=false \
    HOME=/tmp

# Noto Sans and Noto Naskh Arabic for the summary PDF (ui/zusammenfassung.py).
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-noto-core=20201225-1 \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml ./
COPY engine ./engine
COPY i18n ./i18n
COPY ui ./ui
RUN pip install --editable . \
    && pybabel compile --domain messages --directory i18n/locales
# The ingress cannot rewrite the page as nginx does for `make serve` (deploy/serve.py): the
# image's Streamlit carries in its index.html where its server is and the chunks to preload.
COPY deploy/serve.py ./deploy/
RUN python deploy/serve.py --write-head
COPY .streamlit ./.streamlit
COPY screens ./screens
COPY app.py ./

# Nothing is stored on a replica: no volume, any user id will do.
USER 10001
EXPOSE 8501
HEALTHCHECK --interval=15s --timeout=3s \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=2)"]
# The cookie secret (same on every replica) comes from STREAMLIT_SERVER_COOKIE_SECRET; public
# host names are appended as further --server.allowedHosts arguments.
ENTRYPOINT ["streamlit", "run", "app.py", "--server.address", "0.0.0.0", "--server.port", "8501"]
CMD ["--server.allowedHosts", "localhost"]
