"""leerroute-check: check a samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo against the
statutory contents (items a-j).

The library call is `check_document(path) -> DocumentReport`; the CLI and any other front end are
thin shells over it.
"""

__version__ = "0.1.0"

__all__ = ["__version__", "check_document", "check_paths"]


def __getattr__(name: str):
    # Imported on first use so that `import checker` stays cheap.
    if name in ("check_document", "check_paths"):
        from checker import api

        return getattr(api, name)
    raise AttributeError(name)
