"""The families of loaded wording added to the four shipped lexicons: a form of each is found
whole with its label, and the neutral senses next to them are left alone."""

import pytest

from annotations.lexicon import find_terms
from annotations.models import LexiconEntry
from annotations.services import lexicon_load

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "ru", "az", "hy")


@pytest.fixture(autouse=True)
def shipped_lexicons():
    """The files as shipped, and nothing else in these languages."""
    LexiconEntry.objects.filter(language__in=LANGUAGES).delete()
    for language in LANGUAGES:
        lexicon_load(language=language)


def found(text, language):
    """(quote, label slug) of each suggestion in ``text``."""
    labels = {entry.pk: entry.label.slug for entry in LexiconEntry.objects.select_related("label")}
    return [
        (text[start:end], labels[entry_id])
        for start, end, entry_id, _ in find_terms(text, language)
    ]


@pytest.mark.parametrize(
    ("language", "text", "quote", "label"),
    [
        # English
        ("en", "Troops freed the town at dawn.", "freed the town", "liberation-framing"),
        ("en", "Settlers moved into the houses.", "Settlers", "occupation-framing"),
        ("en", "Another incursion was reported.", "incursion", "loaded-language"),
        ("en", "Shops were looted overnight.", "looted", "loaded-language"),
        ("en", "Three show trials in Baku.", "show trials", "doubt"),
        ("en", "Kept in Aliyev's dungeons.", "dungeons", "loaded-language"),
        ("en", "Emboldened by the silence.", "Emboldened", "loaded-language"),
        ("en", "Its territorial appetites grow.", "appetites", "loaded-language"),
        ("en", "It lectures others about peace.", "lectures others", "appeal-to-hypocrisy"),
        ("en", "Any sensible person sees it.", "Any sensible person", "appeal-to-popularity"),
        ("en", "Mosques were used as cowsheds.", "cowsheds", "loaded-language"),
        ("en", "The army struck with an iron fist.", "iron fist", "flag-waving"),
        ("en", "Operation Iron Fist began.", "Iron Fist", "slogans"),
        ("en", "Free the prisoners now!", "Free the prisoners now", "slogans"),
        ("en", "Talks with a regime in Baku.", "regime in Baku", "name-calling-labeling"),
        # Russian
        ("ru", "Шуша освобождена от врага.", "Шуша освобождена", "liberation-framing"),
        ("ru", "Это показательное судилище.", "судилище", "doubt"),
        ("ru", "Незаконные поселенцы ушли.", "поселенцы", "occupation-framing"),
        ("ru", "Вернуть законным хозяевам.", "законным хозяевам", "sovereignty-assertion"),
        ("ru", "Земля, политая кровью.", "политая кровью", "flag-waving"),
        (
            "ru",
            "Блокада, устроенная бакинским режимом.",
            "бакинским режимом",
            "name-calling-labeling",
        ),
        ("ru", "Любой здравомыслящий человек.", "здравомыслящий", "appeal-to-popularity"),
        ("ru", "Он вновь подливает масла в огонь.", "масла в огонь", "loaded-language"),
        ("ru", "Карабах сдан без боя.", "Карабах сдан", "loaded-language"),
        ("ru", "Они демонстративно ушли.", "демонстративно", "loaded-language"),
        ("ru", "Либо мир, либо война.", "Либо мир, либо", "false-dilemma-no-choice"),
        # Azerbaijani
        ("az", "Şuşa azaddır!", "azaddır", "liberation-framing"),
        ("az", "Laçın bizimdir!", "bizimdir", "slogans"),
        ("az", "Tarixin zibilliyinə atıldılar.", "Tarixin zibilliyinə", "loaded-language"),
        ("az", "Ermənistanın ərazi iddiaları.", "ərazi iddiaları", "loaded-language"),
        ("az", "Acizliyindən dinc əhalini vurur.", "Acizliyindən", "questioning-the-reputation"),
        ("az", "Məscidi tövləsinə çeviriblər.", "tövləsinə çeviriblər", "loaded-language"),
        (
            "az",
            "Qanunsuz məskunlaşdırılan ailələr.",
            "Qanunsuz məskunlaşdırılan",
            "occupation-framing",
        ),
        ("az", "Sülh pərdəsi altında silahlanır.", "pərdəsi altında", "doubt"),
        ("az", "Oyuncaq dövlətin rəhbərləri.", "Oyuncaq dövlətin", "sponsor-labelling"),
        # Armenian
        ("hy", "Զորքերը ներխուժել են։", "ներխուժել", "loaded-language"),
        ("hy", "Անպատժելիությունը խրախուսում է։", "Անպատժելիությունը", "loaded-language"),
        ("hy", "Թուրքերը կրակեցին։", "Թուրքերը", "enemy-othering"),
        ("hy", "Ամբողջ ժողովուրդն է տեսնում։", "Ամբողջ ժողովուրդն", "appeal-to-popularity"),
        ("hy", "Նրանք իրենց կամքով են հեռացել։", "իրենց կամքով", "exaggeration-minimisation"),
        ("hy", "Պատրվակ է փնտրում։", "Պատրվակ", "doubt"),
        ("hy", "Պատժիչ գործողության ժամանակ։", "Պատժիչ գործողության", "military-euphemism"),
        ("hy", "Աշխարհը կրկին լռում է։", "Աշխարհը կրկին լռում", "loaded-language"),
        ("hy", "Ռազմական հարկադրանքի քաղաքականություն։", "Ռազմական հարկադրանքի", "loaded-language"),
        ("hy", "Պատմության խեղաթյուրում է։", "խեղաթյուրում", "doubt"),
        (
            "hy",
            "Պետական ահաբեկչության քաղաքականություն։",
            "Պետական ահաբեկչության",
            "criminalising-label",
        ),
    ],
)
def test_a_form_of_an_added_family_is_found_whole_with_its_label(language, text, quote, label):
    assert (quote, label) in found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Both sides freed prisoners on Tuesday."),  # people released, not land
        ("en", "The bank recovered its losses."),  # recovered alone is neutral
        ("en", "He returned to Yerevan on Monday."),  # a return alone is neutral
        ("ru", "Пленные были освобождены и вернулись на родину."),  # prisoners released
        ("ru", "Армения вернула Азербайджану три района."),  # a handover reported
        ("ru", "Участки выдают по заказу."),  # no stem reaches it
        ("az", "Bank kreditin girov təminatını yoxlayıb."),  # a loan's collateral
        ("az", "Sifarişçi şirkət hesabatı təqdim edib."),  # a client company
        ("en", "They are free to leave now."),  # "free the … now" needs "the"
        ("az", "Şirkət yeni ad altında işləyir."),  # a name, no veil
        ("hy", "Նա թուրքերեն է սովորում։"),  # the Turkish language
        ("hy", "Քարվաճառում ճանապարհ է կառուցվում։"),  # a place name in plain reporting
    ],
)
def test_neutral_senses_beside_the_added_families_are_left_alone(language, text):
    assert found(text, language) == []
