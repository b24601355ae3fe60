"""The trie regex the place index is searched with: every word it was built from, and nothing else, longest first."""

import re

from hypothesis import given
from hypothesis import strategies as st

from regionwatch.extract._trie import trie_regex

_WORDS = st.lists(st.text(alphabet="南山区市县深圳福田", min_size=1, max_size=5), min_size=1, max_size=30)


@given(_WORDS)
def test_it_matches_every_word_it_was_built_from_and_only_those(words):
    pattern = re.compile(trie_regex(sorted(set(words))))
    assert all(pattern.fullmatch(w) for w in words)
    for probe in ("南山区县", "深", "福田市区"):
        assert bool(pattern.fullmatch(probe)) == (probe in words)


@given(_WORDS)
def test_the_longest_word_at_a_position_wins(words):
    pattern = re.compile(trie_regex(sorted(set(words))))
    text = "".join(words)
    m = pattern.match(text)
    longest = max((w for w in set(words) if text.startswith(w)), key=len)
    assert m is not None and m.group() == longest


def test_special_characters_are_literal():
    pattern = re.compile(trie_regex(["a.b", "a(b"]))
    assert pattern.fullmatch("a.b") and pattern.fullmatch("a(b") and not pattern.fullmatch("axb")
