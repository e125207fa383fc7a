"""The Django project: settings, URLs, the WSGI application and the local-access guard."""
