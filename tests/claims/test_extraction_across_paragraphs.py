"""A sentence that attributes the one before it may reach into the paragraph before, where its
pattern says so: agencies that give a quotation a paragraph of its own and its attribution the
next one. Tried with a small rules file written here, not with one language's patterns."""

import pytest

from claims.extraction.finder import find_statements
from claims.extraction.rules import Rules

RULES = """
language = "en"
say_verbs = ["said"]
[macros]
END = "\\\\s*[.!?]?\\\\s*$"
[[patterns]]
name = "this was said by"
statement = "previous"
across_paragraphs = true
regex = "^This\\\\s+was\\\\s+{SAY}\\\\s+by\\\\s+{SPEAKER}{END}"
[[patterns]]
name = "so said"
statement = "previous"
regex = "^So\\\\s+{SAY}\\\\s+{SPEAKER}{END}"
"""


@pytest.fixture
def rules():
    return Rules.from_toml(RULES)


def found(text, rules, name):
    start = text.index(name)
    statements = find_statements(text, rules, [(start, start + len(name))])
    return [(text[s.start : s.end], s.speaker.text) for s in statements]


def test_it_attributes_the_paragraph_before_when_its_pattern_allows_it(rules):
    text = "“The road stays open to all traffic.”\n\nThis was said by the Border Service."
    assert found(text, rules, "Border Service") == [
        ("The road stays open to all traffic", "the Border Service")
    ]


def test_it_still_attributes_the_sentence_before_in_its_own_paragraph(rules):
    text = "The road stays open to all traffic. This was said by the Border Service."
    assert found(text, rules, "Border Service") == [
        ("The road stays open to all traffic", "the Border Service")
    ]


def test_it_reaches_one_paragraph_back_and_no_further(rules):
    text = "The road stays open to all traffic.\n\n\n\nThis was said by the Border Service."
    assert found(text, rules, "Border Service") == []


def test_without_the_option_a_paragraph_break_stops_it(rules):
    text = "The road stays open to all traffic.\n\nSo said the Border Service."
    assert found(text, rules, "Border Service") == []
    text = "The road stays open to all traffic. So said the Border Service."
    assert found(text, rules, "Border Service") == [
        ("The road stays open to all traffic", "the Border Service")
    ]


def test_the_option_belongs_to_patterns_of_the_previous_kind():
    broken = RULES.replace('statement = "previous"\nacross_paragraphs', "across_paragraphs")
    with pytest.raises(ValueError, match="this was said by"):
        Rules.from_toml(broken)
