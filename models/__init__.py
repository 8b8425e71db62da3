"""Data files of leerroute-check: the requirement list and language patterns (TOML), and trained
models. Installed as the package `checker.models`."""
