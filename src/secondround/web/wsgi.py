"""The WSGI application, for `secondround serve` and for any WSGI server in hosted mode."""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "secondround.web.settings")

application = get_wsgi_application()
