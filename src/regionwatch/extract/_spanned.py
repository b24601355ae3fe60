"""The span of years a total or an average growth is over: 五年来…累计完成1650亿元, 年均增长6.5%, "grew 7 percent
a year during the period", over the years a paragraph or a section heading names."""

from __future__ import annotations

from ._frame import Frame
from ._running import Running
from ._unstated import five_ahead
from ._window import Window
from ._years import YEAR, average, cumulative, span_years, years_back

__all__ = ["years_spanned"]


def years_spanned(
    w: Window, frame: Frame, running: Running, indicator: str, stock: bool, forward: bool
) -> tuple[str, bool] | None:
    """(span, inferred) of a figure over several years ("2017/2021"), None for a figure of one period."""
    span = None
    reported = frame.review_year or (frame.pub_year - 1 if frame.pub_year else None)
    if indicator.endswith("growth"):
        near = max(0, w.q.start - 200)  # its line before it, looked for near only: a one-line text stays linear
        line = w.norm[max(near, w.norm.rfind("\n", near, w.q.start) + 1) : w.q.start]
        span = average(w.sent.text, w.before, w.after, reported, frame.pub_year, line)
    elif not stock and w.q.unit in ("CNY", "USD"):  # 五年来…累计完成1650亿元: a total over the years
        reviewing = running.review or bool(running.years_reviewed)
        span = cumulative(w.sent.text, w.before, reported, frame.pub_year, reviewing)
    if span and forward and five_ahead(w) and frame.ahead_from:  # 未来五年，…年均增长6.5%: the years ahead
        span = f"{frame.ahead_from}/{frame.ahead_from + 4}"
    elif span and running.section_plan and not YEAR.search(w.sent.text):  # under "Main Goals … during the 14th
        span = f"{running.section_plan - 4}/{running.section_plan}"  # Five-Year Plan": an average over its years
    elif span and running.years_reviewed and not YEAR.search(w.sent.text) and not years_back(w.sent.text):
        end = int(span[-4:])  # 历城区这十年，…。…固定资产投资年均增速超过20%: over the years the paragraph reviews
        span = f"{end - running.years_reviewed + 1}/{end}"
    before = running.span_for(w.sent.text) if span else None
    if before and span_years(w.sent.text) is None:  # "… 7 percent during the period": the span a
        return f"{before[0] + 1}/{before[1]}", True  # sentence before named
    return (span, False) if span else None
