"""Dry runs (DESIGN.md, D6): mock interviews with instant feedback, probes, reports, history and
friend mode."""
