"""The pure core: plain typed data in, plain typed data out. No Django, no database, no printing."""
