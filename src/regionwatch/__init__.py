"""regionwatch: an observatory of China's sub-national economies where every number carries its source."""

from .check import CheckReport
from .errors import InvalidInput, RegionwatchError
from .extract import Claim, extract_claims
from .gazetteer import AmbiguousRegion, Gazetteer, Match, Region, RegionError, UnknownRegion
from .indicators import INDICATORS, Indicator
from .ingest import IngestError, IngestReport, Problem, TableOptions
from .observatory import Extraction, Observatory
from .origin import Origin
from .units import Quantity, parse_number, parse_quantity, parse_unit

__version__ = "0.1.0"

__all__ = [
    "INDICATORS",
    "AmbiguousRegion",
    "CheckReport",
    "Claim",
    "Extraction",
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
    "extract_claims",
    "parse_number",
    "parse_quantity",
    "parse_unit",
]
