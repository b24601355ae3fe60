"""Pinyin-annotated Chinese (a learner's page, ruby text flattened to plain text) is read as if the
readings were not there; claims keep offsets in the text as written. Texts written for these tests;
figures illustrative."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import brief, claims
from regionwatch import extract_claims
from regionwatch.extract._pinyin import strip_pinyin

READINGS = {
    "长": "cháng",
    "沙": "shā",
    "县": "xiàn",
    "地": "dì",
    "区": "qū",
    "生": "shēng",
    "产": "chǎn",
    "总": "zǒng",
    "值": "zhí",
    "达": "dá",
    "到": "dào",
    "的": "de",
}


_NO_TONES = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔù", "aaaaeeeeiiiioooouuuu")


def annotated(text: str, form: str) -> str:
    """``text`` with each character's reading written after it in ``form``."""
    out = []
    for ch in text:
        reading = READINGS.get(ch)
        if reading is None:
            out.append(ch)
        elif form == "brackets":
            out.append(f"{ch}({reading})")
        elif form == "full-width":
            out.append(f"{ch}（{reading}）")
        elif form == "adjacent":
            out.append(ch + reading)
        elif form == "toneless, repeated":  # an SEO page's: 新(xin)(xin)区(qu)(qu), no tone marks
            plain = reading.translate(_NO_TONES)
            out.append(f"{ch}({plain})({plain})")
        else:
            out.append(f"{ch} {reading} ")
    return "".join(out)


SENTENCE = "2025年，长沙县的地区生产总值达到2403亿元。"


@pytest.mark.parametrize("form", ["brackets", "full-width", "adjacent", "spaced", "toneless, repeated"])
def test_readings_after_each_character_are_read_past(form):
    text = annotated(SENTENCE, form)
    got = extract_claims(text, lang="zh", published="2026-02-01")
    assert brief([c.to_dict() for c in got], "region", "indicator", "period", "value") == [
        ("430121", "gdp", "2025", 2403e8)
    ]
    assert text[got[0].start : got[0].end] == "2403亿元"  # the figure where it stands in the text as written


def test_a_line_of_readings_above_each_line_of_characters_is_read_past():
    text = (
        "cháng shā xiàn dì qū shēng chǎn zǒng zhí\n长沙县地区生产总值2403亿元。\n"
        "cháng shā xiàn zēng zhǎng wǔ diǎn yī\n长沙县增长5.1%。\n"
    )
    got = claims(text, published="2026-02-01")
    assert brief(got, "region", "indicator", "value") == [("430121", "gdp", 2403e8), ("430121", "gdp_growth", 5.1)]


def test_a_name_romanised_once_and_english_words_are_not_readings():
    text = "长沙县（Chángshā Xiàn）地区生产总值2403亿元，GDP增速5.1%，café与Nánshān不受影响。"
    _norm, stripped, offsets = strip_pinyin(text, text)
    assert (stripped, offsets) == (text, None)  # under five readings: a name's romanisation, left alone


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="".join(READINGS) + "南山亿元0123456789，。GDP ", max_size=60),
    st.sampled_from(["brackets", "adjacent"]),
)
def test_stripping_readings_gives_back_the_characters_and_offsets_that_point_home(plain, form):
    text = annotated(plain, form)
    _norm, stripped, offsets = strip_pinyin(text, text)
    if offsets is None:
        assert stripped == text
        return
    assert stripped.replace(" ", "") == plain.replace(" ", "")  # a space beside a reading may go with it
    for i, ch in enumerate(stripped):
        assert text[offsets.back(i)] == ch


def test_an_english_page_with_one_accent_is_read_and_its_lines_are_no_readings():
    # A wrapped English communiqué whose title has one toned vowel (é): its lines of plain words must not be
    # taken for lines of pinyin, nor split every way trying (that took minutes before; a child process bounds it).
    text = (
        "Statistical Communiqué of Kunshan on the 2025 National Economy\n\n"
        "According to preliminary accounting, the gross domestic product of Kunshan in 2025 was\n"
        "535.02 billion yuan, an increase of 5.2 percent over the previous year at comparable prices, while\n"
        "the share of the services in the economy of the whole city stood at 48.7 percent.\n"
        "At the end of the year, the resident population of the city was 2.125 million, an in-\n"
        "crease of 13,000 over the end of the previous year.\n"
    )
    code = (
        "import json, sys\nfrom regionwatch import extract_claims\n"
        "got = extract_claims(sys.stdin.read(), lang='en', published='2026-02-01', strict=True)\n"
        "print(json.dumps([[c.indicator, c.value] for c in got]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], input=text, capture_output=True, text=True, timeout=120, check=True
    )
    got = [c for c in json.loads(done.stdout) if not c[0].startswith("other:")]
    assert got == [["gdp", 535.02e9], ["gdp_growth", 5.2], ["population", 2125000.0]]


@pytest.mark.parametrize(
    ("name", "region"),
    [("Nánshān District", "440305"), ("Kūnshān", "320583"), ("Cíxī City", "330282"), ("Lǚliáng", "141100")],
)
def test_a_place_written_in_pinyin_with_its_tone_marks_is_found(name, region):
    got = claims(f"{name}'s GDP reached 300 billion yuan in 2025.", published="2026-03-01", lang="en")
    assert brief(got, "region", "indicator") == [(region, "gdp")]


@given(st.text(alphabet="āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÜ Nansh", max_size=40))
def test_folding_tone_marks_keeps_the_texts_length(text):
    from regionwatch.extract._text import normalise

    assert len(normalise(text)) == len(text)
