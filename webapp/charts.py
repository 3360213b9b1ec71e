"""Chart geometry for server-rendered inline SVG (templates/_charts.html draws it)."""
from __future__ import annotations

from dataclasses import dataclass

PALETTE = ("#1f5fbf", "#d9480f", "#2b8a3e", "#ae3ec9", "#f08c00", "#0c8599", "#5c7cfa", "#e64980",
           "#868e96", "#94d82d")


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    color: str
    title: str


@dataclass
class Chart:
    width: int
    height: int
    bars: list[Bar]
    x_ticks: list[tuple[float, str]]
    y_ticks: list[tuple[float, str]]
    legend: list[tuple[str, str]]
    empty: bool


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1
    step = 1
    while step * 10 < value:
        step *= 10
    for factor in (1, 2, 5, 10):
        if value <= step * factor:
            return step * factor
    return value


def stacked_bars(days: list[str], series: dict[str, list[int]], *, width: int = 760,
                 height: int = 240, max_series: int = len(PALETTE)) -> Chart:
    """One bar per day, stacked by series (at most `max_series`, the rest summed as "other")."""
    names = list(series)
    if len(names) > max_series:
        keep, rest = names[:max_series - 1], names[max_series - 1:]
        series = {name: series[name] for name in keep} | {
            "other": [sum(series[name][i] for name in rest) for i in range(len(days))]}
    left, right, top, bottom = 40, 10, 10, 24
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [sum(values[i] for values in series.values()) for i in range(len(days))]
    top_value = _nice_max(max(totals, default=0))
    step = plot_w / max(len(days), 1)
    bars: list[Bar] = []
    for i, day in enumerate(days):
        base = 0
        for (name, values), color in zip(series.items(), PALETTE):
            if not values[i]:
                continue
            h = values[i] / top_value * plot_h
            bars.append(Bar(round(left + i * step + step * 0.1, 1), round(top + plot_h - base - h, 1),
                            round(step * 0.8, 1), round(h, 1), color, f"{day} {name}: {values[i]}"))
            base += h
    every = max(1, len(days) // 6)
    x_ticks = [(round(left + i * step + step / 2, 1), days[i][5:]) for i in range(0, len(days), every)]
    # counts: no tick at half a story ("0.5" when the most in a day is 1)
    y_ticks = [(round(top + plot_h - f * plot_h, 1), f"{top_value * f:g}") for f in (0, 0.5, 1)
               if float(top_value * f).is_integer()]
    legend = [(name, color) for name, color in zip(series, PALETTE)]
    return Chart(width, height, bars, x_ticks, y_ticks, legend, not any(totals))


def horizontal_bars(values: list[tuple[str, float]], *, width: int = 760, row: int = 26) -> Chart:
    """One bar per name for a share between 0 and 1."""
    left, right = 110, 50
    plot_w = width - left - right
    bars = [Bar(left, 6 + i * row, round(max(v, 0) * plot_w, 1), row - 8, PALETTE[i % len(PALETTE)],
                f"{name}: {v:.0%}") for i, (name, v) in enumerate(values)]
    y_ticks = [(6 + i * row + (row - 8) / 2, name) for i, (name, _) in enumerate(values)]
    return Chart(width, 12 + len(values) * row, bars, [], y_ticks, [], not values)
