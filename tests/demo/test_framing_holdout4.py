"""The fourth held-out framing sets (one per language), studied since and registered as
development sets, cover articles of their own rather than the earlier held-out sets' ones; the
marking rules they keep are checked with the other held-out rounds' (``test_framing_holdouts``).
No database."""

import pytest

from demo.framing_evaluation import DEVELOPMENT, HELD_OUT, load_set

SETS = {"holdout4_en": "en", "holdout4_ru": "ru", "holdout4_az": "az", "holdout4_hy": "hy"}


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_registered_as_studied(name):
    assert name in DEVELOPMENT and name not in HELD_OUT


@pytest.mark.parametrize("name", SETS)
def test_the_set_shares_no_article_with_earlier_held_out_sets(name):
    earlier = [f"holdout{round_}_{language}" for round_ in (2, 3) for language in SETS.values()]
    earlier_texts = {article["text"] for other in earlier for article in load_set(other)}
    earlier_keys = {article["key"] for other in earlier for article in load_set(other)}
    for article in load_set(name):
        assert article["text"] not in earlier_texts, article["key"]
        assert article["key"] not in earlier_keys, article["key"]
