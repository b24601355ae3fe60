import regionwatch


def test_public_api_is_pinned():
    assert sorted(regionwatch.__all__) == sorted(
        [
            "INDICATORS",
            "AmbiguousRegion",
            "CheckReport",
            "Claim",
            "Extraction",
            "extract_claims",
            "Gazetteer",
            "Indicator",
            "IngestError",
            "IngestReport",
            "InvalidInput",
            "Match",
            "Observatory",
            "Origin",
            "Problem",
            "Quantity",
            "Region",
            "RegionError",
            "RegionwatchError",
            "TableOptions",
            "UnknownRegion",
            "__version__",
            "parse_number",
            "parse_quantity",
            "parse_unit",
        ]
    )
    for name in regionwatch.__all__:
        assert hasattr(regionwatch, name)


def test_observatory_methods():
    public = {m for m in dir(regionwatch.Observatory) if not m.startswith("_")}
    assert public == {
        "init",
        "status",
        "optimize",
        "search_regions",
        "resolve",
        "region",
        "ingest",
        "validate",
        "extract",
        "check",
        "club",
        "next",
        "series",
        "latest",
        "observations",
        "sources",
        "observation_rule",
        "review",
        "accept",
        "reject",
        "indicators",
        "flag_codes",
        "close",
        "path",
    }


def test_library_errors_share_one_base():
    from regionwatch.errors import NotAStore, StoreLocked, StoreMissing
    from regionwatch.extract import DocumentError
    from regionwatch.indicators import IndicatorError
    from regionwatch.periods import PeriodError
    from regionwatch.units import UnitError

    for cls in (regionwatch.RegionError, regionwatch.IngestError, DocumentError, IndicatorError, PeriodError,
                UnitError, NotAStore, StoreLocked, StoreMissing, regionwatch.InvalidInput):  # fmt: skip
        assert issubclass(cls, regionwatch.RegionwatchError), cls


def test_no_module_is_over_five_hundred_lines():
    """Modules stay small enough to read (the project's rule: none over ~500 lines)."""
    from pathlib import Path

    root = Path(regionwatch.__file__).parent
    long = {str(p.relative_to(root)): n for p in root.rglob("*.py") if (n := len(p.read_text().splitlines())) > 500}
    assert long == {}


def test_character_classes_of_the_extractor_name_the_folded_punctuation():
    """The extractor reads a normalised copy of the text in which full-width punctuation is folded to its
    ASCII form (，→, ；→; ：→:), so a character class that names ，；： must name the folded form too, or it
    never sees the mark (a class [^。；] ran on across a folded ;)."""
    import re
    from pathlib import Path

    from regionwatch.extract._text import normalise

    assert normalise("，；：") == ",;:"
    root = Path(regionwatch.__file__).parent / "extract"
    missing = []
    for path in sorted(root.glob("*.py")):
        for n, line in enumerate(path.read_text().splitlines(), 1):
            code = line.partition("  # ")[0]
            raw = "".join(re.findall(r"(?<![\w\"'])r\"([^\"]*)\"", code))  # the line's raw (regex) strings
            if re.search("[（）]", re.sub(r"\[\^?[^\]\[]*\]", "", raw)):
                missing.append(f"{path.name}:{n} a full-width bracket outside a class: （ is folded to (")
            for cls in re.findall(r"\[\^?[^\]\[]*\]", code):
                missing += [
                    f"{path.name}:{n} {cls}"
                    for wide, ascii_ in zip("，；：", ",;:", strict=True)
                    if wide in cls and ascii_ not in cls
                ]
    assert missing == []
