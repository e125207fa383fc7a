"""Importing this module registers every command on the app: one import per command module."""

from __future__ import annotations

import secondround.cli.asking
import secondround.cli.coach
import secondround.cli.dayof
import secondround.cli.debrief
import secondround.cli.exchange
import secondround.cli.interviews
import secondround.cli.jobs
import secondround.cli.practice
import secondround.cli.questions
import secondround.cli.salary
import secondround.cli.serve
import secondround.cli.stories  # noqa: F401
