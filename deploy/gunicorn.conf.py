"""gunicorn settings for hosted mode (docs/hosting.md). Each worker is a stateless process:
sessions, the cache and every record live in PostgreSQL, so add workers or machines freely."""

from __future__ import annotations

import multiprocessing
import os

bind = os.environ.get("SECONDROUND_BIND", "127.0.0.1:8000")
# Two per core is gunicorn's own advice for synchronous workers; measured in
# benchmarks/hosted_load.py.
workers = int(os.environ.get("SECONDROUND_WORKERS", str(2 * multiprocessing.cpu_count())))
worker_class = "sync"
timeout = 60
graceful_timeout = 30
# Recycle workers now and then, so a slow leak in any library never grows without bound.
max_requests = 2000
max_requests_jitter = 200
# The HTTPS proxy in front sets X-Forwarded-Proto; trust it only from the proxy's address.
forwarded_allow_ips = os.environ.get("SECONDROUND_PROXY_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
wsgi_app = "secondround.web.wsgi:application"
