"""secondround: get ready for a second-round job interview, offline and private."""

from __future__ import annotations

__version__ = "0.1.0"
