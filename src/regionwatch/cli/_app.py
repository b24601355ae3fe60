"""The ``regionwatch`` application object, global options, and the one place errors become exit codes.

Every command is registered through ``command``: a ``RegionwatchError`` becomes one line on stderr
and exit code 1 (2 for ``InvalidInput``, as for any usage error); anything unexpected becomes one
line too, with the traceback only when $REGIONWATCH_DEBUG is set.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from .. import __version__
from ..errors import InvalidInput, RegionwatchError
from ..observatory import Observatory
from ._render import Format, out

__all__ = ["app", "command", "fail", "open_store", "regions_app", "state"]

app = typer.Typer(
    help="regionwatch: China's sub-national economies, every number with its source.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
regions_app = typer.Typer(help="Look up regions in the gazetteer (codes since 1981).", no_args_is_help=True)
app.add_typer(regions_app, name="regions")

FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output: table, json or csv.")]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Show the store as it was at this date or time.")]
LevelOpt = Annotated[str, typer.Option("--level", "-l", help="county, prefecture or province.")]
ThresholdOpt = Annotated[str, typer.Option("--threshold", "-t", help="e.g. 1e12, 1万亿, '1 trillion', 5000亿.")]
LimitOpt = Annotated[int, typer.Option("--limit", "-n", min=1, help="How many rows at most.")]


class State:
    db: Path | None = None
    wait: float | None = None


state = State()


@app.callback(invoke_without_command=True)
def main_callback(
    db: Annotated[
        Path | None,
        typer.Option(
            "--db", envvar="REGIONWATCH_DB", help="Store file (default ~/.local/share/regionwatch/regionwatch.duckdb)."
        ),
    ] = None,
    wait: Annotated[
        float | None,
        typer.Option(
            "--wait",
            min=0,
            help="Seconds to wait for a store another process holds (default 30, or $REGIONWATCH_LOCK_TIMEOUT).",
        ),
    ] = None,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        out.print(f"regionwatch {__version__}")
        raise typer.Exit()
    state.db, state.wait = db, wait


def open_store(*, write: bool = False, create: bool = False) -> Observatory:
    """Reading commands open the store read-only; only ``init`` may create a missing folder."""
    return Observatory(state.db, read_only=not write, create=create, lock_timeout=state.wait)


def fail(message: str, code: int = 1) -> typer.Exit:
    """One line on stderr, and the exit to raise."""
    sys.stderr.write("error: " + " ".join(str(message).split()) + "\n")
    return typer.Exit(code)


P = ParamSpec("P")
R = TypeVar("R")


def _guarded(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except InvalidInput as e:
            raise fail(str(e), 2) from None
        except RegionwatchError as e:
            raise fail(str(e), 1) from None
        except Exception as e:
            if os.environ.get("REGIONWATCH_DEBUG"):
                raise
            raise fail(f"unexpected {type(e).__name__}: {e} (set REGIONWATCH_DEBUG=1 for the traceback)", 1) from None

    return wrapper


def command(target: typer.Typer = app, name: str | None = None) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Register a command whose errors end as one line and an exit code."""

    def register(fn: Callable[P, R]) -> Callable[P, R]:
        target.command(name)(_guarded(fn))
        return fn

    return register
