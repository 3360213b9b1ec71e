"""The charts' geometry (webapp/charts.py), which templates/_charts.html draws as inline SVG."""
from __future__ import annotations

import pytest

from webapp.charts import stacked_bars


@pytest.mark.parametrize("most,ticks", [(1, ["0", "1"]), (3, ["0", "5"]), (7, ["0", "5", "10"]), (40, ["0", "25", "50"])])
def test_a_count_axis_runs_to_a_round_number_with_whole_ticks(most, ticks):
    chart = stacked_bars(["2026-12-01", "2026-12-02"], {"new": [most, 0]})
    assert [label for _, label in chart.y_ticks] == ticks


def test_a_day_stacks_its_series_and_the_tallest_day_fills_the_plot():
    chart = stacked_bars(["2026-12-01", "2026-12-02"], {"cure": [1, 0], "hype": [1, 1]}, height=240)
    first_day = [bar for bar in chart.bars if bar.title.startswith("2026-12-01")]
    assert [bar.title for bar in first_day] == ["2026-12-01 cure: 1", "2026-12-01 hype: 1"]
    assert first_day[0].height == first_day[1].height == pytest.approx((240 - 10 - 24) / 2)
    assert first_day[1].y + first_day[1].height == pytest.approx(first_day[0].y)  # hype sits on top of cure
    assert not chart.empty and stacked_bars(["2026-12-01"], {"cure": [0]}).empty
