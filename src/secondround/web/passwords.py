"""How hosted mode stores passwords: Argon2id at the OWASP cheat sheet's first configuration.

Django's default, PBKDF2-SHA256 with a million rounds, costs about 0.4 CPU-seconds a check on this
kind of machine: a cohort of 200 candidates signing in over two minutes then spends most of a core
on hashing, and the pages wait behind it (benchmarks/hosted_load.py). Argon2id with 19 MiB of
memory, 2 passes and 1 lane (OWASP Password Storage Cheat Sheet, "minimum configuration") costs
about 36 ms and is memory-hard, so a stolen database is costlier to attack with graphics cards than
with PBKDF2. Existing PBKDF2 hashes still verify and are rewritten as Argon2id at the next sign-in.
"""

from __future__ import annotations

from django.contrib.auth.hashers import Argon2PasswordHasher


class OwaspArgon2idHasher(Argon2PasswordHasher):
    """Argon2id, m=19 MiB, t=2, p=1; Django's algorithm name, so older Argon2 hashes verify."""

    time_cost = 2
    memory_cost = 19 * 1024  # KiB
    parallelism = 1
