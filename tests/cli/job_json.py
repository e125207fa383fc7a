"""The job reader as the CLI tests read it: `job analyse - --json` through the entry point."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

Cli = Callable[..., Any]


def analyse(cli: Cli, advert: str) -> dict[str, Any]:
    """The advert's analysis as `job analyse --json` prints it, once the command exited OK."""
    code, out, err = cli("job", "analyse", "-", "--json", stdin=advert.encode())
    assert code == ExitStatus.OK, err
    return dict(json.loads(out))
