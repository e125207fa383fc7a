"""The "Coach an answer" page (DESIGN.md, D5) and the feedback view reused by the dry run."""
