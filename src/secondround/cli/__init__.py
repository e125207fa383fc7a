"""The command line: thin Typer commands around the services and the core."""
