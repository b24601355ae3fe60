"""One regular expression for many literal words, built as a trie so that matching stays fast."""

from __future__ import annotations

import re

__all__ = ["trie_regex"]


def trie_regex(words: list[str]) -> str:
    """A compact alternation for many literal words (longest match first through the trie)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        alts = []
        end = False
        for ch, child in sorted(node.items()):
            if ch == "":
                end = True
                continue
            alts.append(re.escape(ch) + build(child))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not end else "(?:" + "|".join(alts) + ")"
        return body + "?" if end and body else body

    return build(trie)
