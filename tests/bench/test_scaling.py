"""bench-scaling's verdicts: a figure's growth is its median at a million claims over its median
at 100,000, measured in alternation; the control page gets no verdict."""

from bench.scaling import GROWTH_GOAL, growths
from bench.scaling_cases import CONTROL


def test_growth_is_the_ratio_of_the_two_medians_and_only_figures_get_a_verdict():
    found = {
        g.figure: g
        for g in growths(
            {
                CONTROL: ([10.0, 11.0, 12.0], [10.0, 12.0, 13.0]),
                "page": ([20.0, 21.0, 22.0], [22.0, 23.0, 500.0]),
                "search": ([20.0, 20.0, 20.0], [30.0, 30.0, 31.0]),
            }
        )
    }

    assert found[CONTROL].passed is None
    assert round(found["page"].growth, 3) == round(23 / 21, 3) and found["page"].passed
    assert found["search"].growth == 1.5 > GROWTH_GOAL and found["search"].passed is False
