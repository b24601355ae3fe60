"""``python -m regionwatch``: the command line."""

from .cli import main

main()
