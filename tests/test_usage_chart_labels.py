"""The admin panel's chart: day labels never overlap, at any text size (they did at 1.3 and
1.5: "18/1119/1120/11...")."""

from __future__ import annotations

from itertools import pairwise

import pytest

from kiosk.ui.widgets.usage_chart import LABEL_GAP, labelled_days


@pytest.mark.parametrize("days", [1, 2, 7, 14, 30, 31, 90])
@pytest.mark.parametrize("label_width", [30.0, 42.0, 57.0, 66.0])
@pytest.mark.parametrize("width", [240.0, 560.0, 1100.0])
def test_day_labels_keep_their_distance(days, label_width, width):
    shown = labelled_days(days, label_width, width)
    slot = width / days
    assert shown[-1] == days - 1  # the latest day always has its date
    for before, after in pairwise(shown):
        assert (after - before) * slot >= label_width + LABEL_GAP - 1e-9


def test_labels_count_back_from_the_latest_day():
    assert labelled_days(7, 30.0, 700.0) == list(range(7))  # every day fits
    assert labelled_days(30, 57.0, 560.0) == list(range(1, 30, 4))  # 18.7 px a day
    assert labelled_days(0, 30.0, 560.0) == []
