"""Analytics over the store's observations."""

from .clubs import club, next_candidates, parse_threshold

__all__ = ["club", "next_candidates", "parse_threshold"]
