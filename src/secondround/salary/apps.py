from __future__ import annotations

from django.apps import AppConfig


class SalaryConfig(AppConfig):
    name = "secondround.salary"
    label = "salary"
    verbose_name = "Salary"
