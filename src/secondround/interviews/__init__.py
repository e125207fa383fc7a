"""The interview workspace (DESIGN.md, D1): one record per upcoming interview and its people."""
