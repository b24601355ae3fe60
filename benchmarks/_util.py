"""Helpers shared by the benchmarks: run a step in a fresh process and read its time and peak memory."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

WORK = Path(__file__).resolve().parent / "_work"


def measure(code: str) -> dict[str, float]:
    """Run ``code`` (which sets ``result``, a dict) in a new interpreter; add its peak RSS in MiB."""
    script = textwrap.dedent(code) + textwrap.dedent(
        """
        import json, resource, sys
        result["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        sys.stdout.write("\\n@@" + json.dumps(result) + "\\n")
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("@@")][-1]
    return json.loads(line[2:])
