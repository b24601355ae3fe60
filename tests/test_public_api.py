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
