"""Settings for the test suite: the real settings, with a throw-away data folder.

The data folder is chosen before the real settings are read, so tests never touch the user's own
secondround data. SECONDROUND_DATABASE_URL is still honoured, which is how CI runs the suite
against PostgreSQL.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

_home = tempfile.mkdtemp(prefix="secondround-test-")
atexit.register(shutil.rmtree, _home, ignore_errors=True)
os.environ["SECONDROUND_HOME"] = _home
# The small speech model keeps the voice tests quick (the app's default is base).
os.environ.setdefault("SECONDROUND_VOICE_MODEL", "tiny.en")

from secondround.web.settings import *  # noqa: E402, F403

# Django's test client calls itself "testserver"; only the tests answer to that name.
ALLOWED_HOSTS = [*ALLOWED_HOSTS, "testserver"]  # noqa: F405

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
