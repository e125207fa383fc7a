"""The job reader: competencies, key terms, tools and occupation of a job advert.

Pure Python; no Django, no printing, no I/O beyond its own data files. See docs/jobs-and-notes.md.
"""

from __future__ import annotations

from secondround.core.jobs.analyse import analyse_job
from secondround.core.jobs.data import JobsDataError
from secondround.core.jobs.profile import Competency, JobProfile, OccupationMatch

__all__ = ["Competency", "JobProfile", "JobsDataError", "OccupationMatch", "analyse_job"]
