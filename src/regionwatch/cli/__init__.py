"""The ``regionwatch`` command: each command parses its options, calls one Observatory method, renders."""

import os

from . import _check, _commands, _ingest, _serve  # noqa: F401 - registers the commands
from ._app import app

__all__ = ["app", "main"]


def main() -> None:
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    app()
