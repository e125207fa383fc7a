"""Settings for the test suite: the real settings, with a throw-away data folder.

The data folder is chosen before the real settings are read, so tests never touch the user's own
secondround data. SECONDROUND_DATABASE_URL is still honoured, which is how CI runs the suite
against PostgreSQL.
"""

from __future__ import annotations

import os
import tempfile

os.environ["SECONDROUND_HOME"] = tempfile.mkdtemp(prefix="secondround-test-")

from secondround.web.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
