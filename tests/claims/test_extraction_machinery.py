"""What every language's rules file may declare: quotation pairs, sentence ends, morphology
for names, and sentences that attribute the one before them. Tried with small rules files
written here, so that they test the machinery and not one language's patterns."""

import re
import tomllib

import pytest

from claims.extraction.alternation import alternation
from claims.extraction.finder import find_statements, split_sentences
from claims.extraction.rules import LANGUAGES, Rules
from sources.names import PLAIN, Known, Morphology, SourceIndex

CYRILLIC = """
language = "ru"
sentence_end = ".!?"
quotes = ["«»", "„“", '""']
say_verbs = ["заявил", "заявило", "сообщили"]
[words]
upper = "А-ЯЁA-Z"
not_names = ["Об"]
[morphology]
endings = ["а", "у", "ом", "е", "и", "ия", "ии", "ы", "о", "ой", "ого"]
[macros]
END = "\\\\s*[.!?]?\\\\s*$"
[[patterns]]
name = "говорящий заявил, что"
regex = "^{SPEAKER}\\\\s+{SAY},\\\\s+что\\\\s+{CONTENT}{END}"
[[patterns]]
name = "об этом сообщили в"
statement = "previous"
regex = "^Об\\\\s+этом\\\\s+{SAY}\\\\s+в\\\\s+{SPEAKER}{END}"
"""


@pytest.fixture
def rules():
    return Rules.from_toml(CYRILLIC)


def sentences(text, rules):
    return [text[s:e] for s, e in split_sentences(text, rules)]


def test_a_quotation_in_low_and_high_marks_is_one_sentence(rules):
    text = "Он сказал: „Мы готовы. Мы ждём.“ Потом ушёл."
    assert sentences(text, rules) == ["Он сказал: „Мы готовы. Мы ждём.“", "Потом ушёл."]


def test_a_quotation_that_ends_with_a_full_stop_ends_its_sentence(rules):
    text = "Он сказал: «Мы готовы.» Потом ушёл. Всё."
    assert sentences(text, rules) == ["Он сказал: «Мы готовы.»", "Потом ушёл.", "Всё."]


def test_a_language_declares_where_its_sentences_end():
    armenian = Rules.from_toml(CYRILLIC.replace('sentence_end = ".!?"', 'sentence_end = "։"'))
    text = "Կրակոցներ են եղել։ Նախարարությունը հայտնել է."
    assert sentences(text, armenian) == ["Կրակոցներ են եղել։", "Նախարարությունը հայտնել է."]


def test_a_sentence_can_attribute_the_one_before_it(rules):
    text = (
        "Ночью позиции у села Сотк обстреляли из миномётов. "
        "Об этом сообщили в Министерстве обороны Армении."
    )
    speaker = text.index("Министерстве")
    (statement,) = find_statements(text, rules, [(speaker, len(text) - 1)])
    assert text[statement.start : statement.end] == (
        "Ночью позиции у села Сотк обстреляли из миномётов"
    )
    assert statement.speaker.text == "Министерстве обороны Армении"


def test_it_never_reaches_into_the_paragraph_before(rules):
    text = "Ночью позиции у села обстреляли.\n\nОб этом сообщили в Министерстве обороны Армении."
    speaker = text.index("Министерстве")
    assert find_statements(text, rules, [(speaker, len(text) - 1)]) == []


def test_it_leaves_a_sentence_that_has_its_own_attribution(rules):
    text = (
        "Министерство обороны Армении заявило, что обстрел продолжался всю ночь. "
        "Об этом сообщили в Министерстве обороны Армении."
    )
    first = (0, len("Министерство обороны Армении"))
    second = text.index("Министерстве")
    found = find_statements(text, rules, [first, (second, len(text) - 1)])
    assert [text[s.start : s.end] for s in found] == ["обстрел продолжался всю ночь"]


def test_an_unknown_statement_kind_names_the_pattern():
    broken = CYRILLIC.replace('statement = "previous"', 'statement = "later"')
    with pytest.raises(ValueError, match="об этом сообщили в"):
        Rules.from_toml(broken)


# --- Morphology for names ---------------------------------------------------------------------


def test_endings_are_stripped_longest_first_and_again_down_to_the_shortest_stem():
    morphology = Morphology(endings=("i", "in", "nin"), min_stem=3, language="az")
    assert morphology.stem("nazirliyinin") == morphology.stem("nazirliyi") == "nazirliy"
    assert morphology.stem("bakı") == "bakı"  # no ending of it
    assert morphology.stem("ini") == "ini"  # the stem would be too short


def test_inflected_names_link_to_their_source_and_cover_the_words_whole(rules):
    index = SourceIndex(
        [
            Known(1, "ministry", ("Министерство обороны Армении", "Минобороны Армении")),
            Known(2, "official", ("Мария Захарова",)),
        ],
        rules.morphology,
    )
    text = "Представитель Министерства  обороны Армении ответил Марии Захаровой."
    found = [(text[s:e], source) for s, e, source in index.names_in(text)]
    assert found == [("Министерства  обороны Армении", 1), ("Марии Захаровой", 2)]
    assert index.lookup("Минобороны Армении") == 1


def test_without_endings_names_match_as_written():
    index = SourceIndex([Known(1, "ministry", ("Armenian Defence Ministry",))], PLAIN)
    text = "the Armenian Defence Ministry's statement; the Armenian Defence Ministries"
    assert [text[s:e] for s, e, _ in index.names_in(text)] == ["Armenian Defence Ministry"]


def test_a_ministry_of_something_of_a_country_is_found_in_the_forms_wires_write():
    index = SourceIndex([Known(1, "ministry", ("Ministry of Defense of Azerbaijan",))], PLAIN)
    for text in (
        "The Defense Ministry of Azerbaijan said on Monday",
        "Azerbaijan's Defense Ministry said on Monday",
        "Azerbaijan's Ministry of Defense said on Monday",
    ):
        assert [source for _, _, source in index.names_in(text)] == [1], text


def test_azerbaijani_names_fold_dotted_and_dotless_i():
    morphology = Morphology(endings=("nin", "nın", "in", "ın", "i", "ı"), language="az")
    index = SourceIndex([Known(1, "official", ("İlham Əliyev",))], morphology)
    text = "Prezident İLHAM ƏLİYEVİN çıxışı"
    assert [text[s:e] for s, e, _ in index.names_in(text)] == ["İLHAM ƏLİYEVİN"]


# --- Which patterns a sentence is tried against --------------------------------------------


def test_a_pattern_is_tried_only_where_the_verbs_it_needs_stand(rules):
    needs = {pattern.name: pattern.cues for pattern in rules.patterns}
    assert needs["говорящий заявил, что"] == ("SAY",)
    english = Rules.from_toml(
        CYRILLIC.replace('name = "говорящий заявил, что"', 'name = "a"\nrequires = "что"')
    )
    assert english.patterns[0].cues == ("SAY", "что")


@pytest.mark.parametrize("language", ["en", "ru", "az", "hy"])
def test_a_verb_list_matches_each_of_its_words_whole_and_only_those(language):
    # Written as a trie for speed: it must match what the flat list of words matched.
    data = tomllib.loads((LANGUAGES / f"{language}.toml").read_text(encoding="utf-8"))
    words = {" ".join(w.split()) for key in data if key.endswith("_verbs") for w in data[key]}
    verbs = re.compile(rf"(?:{alternation(words)})$")
    assert all(verbs.match(word) for word in words)
    assert not any(verbs.match(word[:-1]) for word in words if word[:-1] not in words)


def test_the_longest_word_that_fits_is_matched_and_spaces_match_any_white_space():
    words = alternation(["pointed", "pointed out", "points out", "noted"])
    assert re.match(words, "pointed\n out that").group() == "pointed\n out"
    assert re.match(words, "pointed to").group() == "pointed"
    assert re.match(words, "points to") is None
    assert alternation([]) == alternation(["  "]) == ""


@pytest.mark.parametrize(
    ("template", "cues"),
    [
        (r"^{SPEAKER}\s+{SAY}{CONTENT}", ("SAY",)),
        # Alternatives that each open with a verb list need one of them; an optional group
        # or an alternative without a verb list needs none.
        (r"^{SPEAKER}\s+(?:{SAY}|\s+{TELL}\s+{AUDIENCE}){CONTENT}", ("SAY|TELL",)),
        (r"^{SPEAKER}\s+(?:{SAY}|{TELL})?{CONTENT}", ()),
        (r"^{SPEAKER}\s+(?:{SAY}|stated){CONTENT}", ()),
        (r"^(?:{SPEAKER}\s+(?:{SAY}|{TELL}))?{CONTENT}", ()),
        # A bracket in a character class closes no group.
        (r"^{SPEAKER}\s+(?:{SAY}|{TELL}[)])?{CONTENT}", ()),
        (r"^{SPEAKER}(?:,\s+{SAY_PARTICIPLE})?\s+{SAY}{CONTENT}", ("SAY",)),
        # Escaped brackets and a "|" in a character class are neither groups nor alternatives.
        (r"^{SPEAKER}\s+\({SAY}\)(?:[|]{TELL}){CONTENT}", ("SAY", "TELL")),
    ],
)
def test_the_verbs_a_pattern_needs_are_read_from_its_template(template, cues):
    toml = f"""
language = "xx"
say_verbs = ["said"]
tell_verbs = ["told"]
say_participles = ["saying"]
[[patterns]]
name = "one"
regex = '{template}'
"""
    assert Rules.from_toml(toml).patterns[0].cues == cues


def test_a_pattern_needing_one_of_two_verb_lists_is_tried_where_either_stands():
    toml = """
language = "xx"
say_verbs = ["said"]
tell_verbs = ["told"]
[[patterns]]
name = "one"
regex = '^{SPEAKER}\\s+(?:{SAY}|{TELL}\\s+{AUDIENCE}),?\\s+{CONTENT}$'
"""
    rules = Rules.from_toml(toml)
    for text in ("Nino Beridze said, the talks failed.", "Nino Beridze told us the talks failed."):
        assert [text[s.start : s.end] for s in find_statements(text, rules, [])] == [
            "the talks failed"
        ]
    assert find_statements("Nino Beridze wrote, the talks failed.", rules, []) == []


def test_a_person_is_also_found_by_initials_and_surname_in_any_script():
    index = SourceIndex(
        [
            Known(1, "official", ("Hikmət Hacıyev",)),
            Known(2, "official", ("Сергей Кужугетович Шойгу",)),
            Known(3, "ministry", ("Hikmət Xidməti",)),  # not a person: no initials
        ],
        Morphology(endings=("in", "ın", "a"), language="az"),
    )
    text = "H.Hacıyevin sözlərinə görə; С. К. Шойгу; С. Шойгу; H. Xidməti"
    assert [(text[s:e], i) for s, e, i in index.names_in(text)] == [
        ("H.Hacıyevin", 1),
        ("С. К. Шойгу", 2),
        ("С. Шойгу", 2),
    ]
