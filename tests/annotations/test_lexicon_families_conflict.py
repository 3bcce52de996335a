"""Families of loaded wording from the conflict's English and Russian copy (the Lachin road, the
2020 strikes, the arrests of the former Karabakh leaders): their inflected forms are found whole
with their label, and the neutral senses next to them are left alone."""

import pytest

from annotations.models import LexiconEntry
from annotations.services import lexicon_load
from tests.annotations.test_lexicon_families import found

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def shipped_lexicons():
    """The English and Russian files as shipped, and nothing else in these languages."""
    LexiconEntry.objects.filter(language__in=("en", "ru")).delete()
    for language in ("en", "ru"):
        lexicon_load(language=language)


@pytest.mark.parametrize(
    ("language", "text", "quote", "label"),
    [
        # English
        (
            "en",
            "Leave the territories it occupies.",
            "territories it occupies",
            "occupation-framing",
        ),
        ("en", "These are more lies from Baku.", "lies", None),
        ("en", "Yet another lies campaign.", "another lies", "doubt"),
        ("en", "It was a war crime.", "war crime", "criminalising-label"),
        ("en", "They committed war crimes.", "war crimes", "criminalising-label"),
        ("en", "The ringleaders were held.", "ringleaders", "criminalising-label"),
        ("en", "Arms were smuggled in.", "smuggled", "criminalising-label"),
        ("en", "A gang of smugglers.", "smugglers", "criminalising-label"),
        ("en", "An act of state terrorism.", "state terrorism", "criminalising-label"),
        ("en", "This is hostage-taking.", "hostage-taking", "criminalising-label"),
        ("en", "It set up illegal checkpoints.", "illegal checkpoints", "loaded-language"),
        ("en", "He faces justice in Baku.", "faces justice", "loaded-language"),
        ("en", "Outsiders sowing discord.", "sowing discord", "loaded-language"),
        ("en", "Churches were Armenianized.", "Armenianized", "loaded-language"),
        ("en", "The Armenianisation of shrines.", "Armenianisation", "loaded-language"),
        ("en", "They erased every trace of it.", "erased every trace", "loaded-language"),
        ("en", "Our Azerbaijani brothers.", "Azerbaijani brothers", "flag-waving"),
        ("en", "The blood of our martyrs.", "our martyrs", "flag-waving"),
        ("en", "No one is safe there.", "No one is safe", "appeal-to-fear-prejudice"),
        ("en", "A slow genocide, they said.", "slow genocide", "exaggeration-minimisation"),
        ("en", "It was Armenian terrorism.", "Armenian terrorism", "criminalising-label"),
        ("en", "These acts of terrorism.", "acts of terrorism", "criminalising-label"),
        (
            "en",
            "They drive the indigenous population out.",
            "drive the indigenous population out",
            "loaded-language",
        ),
        ("en", "Another story concocted in Baku.", "concocted", "doubt"),
        ("en", "It does not reflect reality.", "not reflect reality", "doubt"),
        ("en", "The blame falls entirely on Yerevan.", "falls entirely on", "one-sided-blame"),
        ("en", "Soldiers defiled the mosque.", "defiled", "loaded-language"),
        ("en", "The Sumgait pogroms.", "pogroms", "loaded-language"),
        ("en", "A satellite state of Moscow.", "satellite state", "sponsor-labelling"),
        (
            "en",
            "The whole civilised world understands it.",
            "whole civilised world",
            "appeal-to-popularity",
        ),
        ("en", "Conditions incompatible with life.", "incompatible with life", "loaded-language"),
        ("en", "Baku spat in the face of the court.", "spat in the face", "loaded-language"),
        ("en", "Baku wants to ethnically cleanse it.", "ethnically cleanse", "loaded-language"),
        ("en", "The mask has come off.", "mask has come off", "questioning-the-reputation"),
        ("en", "Paid for with petro-dollars.", "petro-dollars", "guilt-by-association"),
        # Russian
        ("ru", "Баку сбросил маску.", "сбросил маску", "questioning-the-reputation"),
        ("ru", "Массовое изгнание армян.", "Массовое изгнание", "loaded-language"),
        ("ru", "Условия, несовместимые с жизнью.", "несовместимые с жизнью", "loaded-language"),
        ("ru", "Он плюнул в лицо сообществу.", "плюнул в лицо", "loaded-language"),
        ("ru", "Под фиктивным предлогом.", "фиктивным", "doubt"),
        ("ru", "Канувшей в Лету хунты.", "Канувшей в Лету", "loaded-language"),
        ("ru", "Бакинский погром 1990 года.", "погром", "loaded-language"),
        ("ru", "Трусливый удар по городу.", "Трусливый", "loaded-language"),
        ("ru", "Это прокси-война.", "прокси", "sponsor-labelling"),
        ("ru", "Имперские амбиции Анкары.", "Имперские амбиции", "loaded-language"),
        ("ru", "Антироссийский курс Еревана.", "Антироссийский", "loaded-language"),
        (
            "ru",
            "Бежать от азербайджанского геноцида.",
            "азербайджанского геноцида",
            "exaggeration-minimisation",
        ),
        (
            "ru",
            "Пока он не довел до конца начатый геноцид.",
            "до конца начатый геноцид",
            "appeal-to-fear-prejudice",
        ),
        (
            "ru",
            "Ее накачивают французским оружием.",
            "накачивают французским оружием",
            "loaded-language",
        ),
        ("ru", "Страну накачали оружием.", "накачали оружием", "loaded-language"),
        ("ru", "Рискует повторить судьбу Украины.", "повторить судьбу", "appeal-to-fear-prejudice"),
        ("ru", "Это медленный геноцид.", "медленный геноцид", "exaggeration-minimisation"),
        (
            "ru",
            "Мир делает вид, что ничего не происходит.",
            "делает вид, что ничего не происходит",
            "loaded-language",
        ),
        ("ru", "Российско-армянский олигарх.", "олигарх", "name-calling-labeling"),
        ("ru", "Засланный Москвой человек.", "Засланный", "loaded-language"),
        ("ru", "Запятнавший себя кровью.", "Запятнавший", "loaded-language"),
        ("ru", "Храм выдавали за свой.", "выдавали за свой", "loaded-language"),
        ("ru", "Присвоить чужое наследие.", "Присвоить чужое", "loaded-language"),
        (
            "ru",
            "Воюет не с армией, а с мирным населением.",
            "Воюет не с армией, а с мирным населением",
            "loaded-language",
        ),
        ("ru", "Отряды наемников-джихадистов.", "наемников-джихадистов", "guilt-by-association"),
        ("ru", "Это осознанный террор.", "осознанный террор", "criminalising-label"),
        ("ru", "Враг мстит женщинам и детям.", "мстит женщинам", "loaded-language"),
        ("ru", "Отделались дежурными призывами.", "дежурными призывами", "loaded-language"),
        ("ru", "Шехиды будут отомщены!", "будут отомщены", "slogans"),
        (
            "ru",
            "Край освобожден до последней пяди.",
            "освобожден до последней пяди",
            "liberation-framing",
        ),
    ],
)
def test_a_form_of_a_conflict_family_is_found_whole_with_its_label(language, text, quote, label):
    if label is None:
        assert all(quote != q for q, _ in found(text, language))
    else:
        assert (quote, label) in found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The office occupies two floors."),  # a building, not land held
        ("en", "Farmers sow wheat in spring."),  # sowing crops
        ("en", "Old eras leave few traces."),  # eras, not erasing
        ("en", "The court's justice minister spoke."),  # justice alone
        ("en", "He is charged with financing terrorism."),  # a charge named in a court report
        ("en", "Riot police drove the crowd out."),  # no population driven out
        ("ru", "Он накачивает шины на заправке."),  # pumping tyres, no weapons
        ("ru", "Ему присвоили звание генерала."),  # a rank awarded, not appropriated
        ("ru", "Пленные были освобождены и вернулись."),  # prisoners released
        ("ru", "Он делает вид спорта популярным."),  # no "they pretend"
        ("en", "Weather satellites watch the region."),  # a satellite, not a state
        ("ru", "Он мстит обидчику."),  # revenge on a person, not on civilians
    ],
)
def test_neutral_senses_beside_the_conflict_families_are_left_alone(language, text):
    assert found(text, language) == []
