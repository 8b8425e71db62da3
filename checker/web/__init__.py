"""A local web app and JSON API over the checker: `leerroute-check serve`."""

from __future__ import annotations


def create_app(*args, **kwargs):
    """Build the FastAPI app (see `checker.web.app.create_app`)."""
    from checker.web.app import create_app as _create_app

    return _create_app(*args, **kwargs)


__all__ = ["create_app"]
