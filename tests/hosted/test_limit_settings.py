"""Hosted mode's limits come from the environment, like every other setting; a value that cannot
work stops the server in one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondround.config import ConfigError, load_config
from tests.hosted.test_hosted_settings import _django, _hosted

SHOW = "from django.conf import settings; print(sorted(settings.SECONDROUND_LIMITS.items()))"


def test_unset_limits_keep_their_defaults(tmp_path: Path) -> None:
    limits = load_config({"SECONDROUND_HOME": str(tmp_path)}).limits
    assert limits == {
        "requests_per_minute": 120,
        "uploads_per_day": 50,
        "audio_minutes_per_day": 60,
    }


def test_the_server_reads_each_limit_from_its_variable(tmp_path: Path) -> None:
    env = _hosted(
        SECONDROUND_REQUESTS_PER_MINUTE="300",
        SECONDROUND_UPLOADS_PER_DAY="10",
        SECONDROUND_AUDIO_MINUTES_PER_DAY="25",
    )
    result = _django(tmp_path, "shell", "-c", SHOW, **env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == (
        "[('audio_minutes_per_day', 25), ('requests_per_minute', 300), ('uploads_per_day', 10)]"
    )


@pytest.mark.parametrize("value", ["0", "-5", "ten", "2.5"])
def test_a_limit_that_cannot_work_is_refused_in_one_sentence(tmp_path: Path, value: str) -> None:
    with pytest.raises(ConfigError) as refused:
        load_config({"SECONDROUND_HOME": str(tmp_path), "SECONDROUND_AUDIO_MINUTES_PER_DAY": value})
    assert str(refused.value) == (
        f"SECONDROUND_AUDIO_MINUTES_PER_DAY ({value!r}) is not a whole number of at least 1; "
        "unset it for 60."
    )
    result = _django(tmp_path, "check", **_hosted(SECONDROUND_AUDIO_MINUTES_PER_DAY=value))
    assert result.returncode != 0
    assert "SECONDROUND_AUDIO_MINUTES_PER_DAY" in result.stderr
    assert "Traceback" not in result.stderr
