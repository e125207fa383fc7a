"""Services: the layer between the web/CLI and the core, where storage and files are handled."""
