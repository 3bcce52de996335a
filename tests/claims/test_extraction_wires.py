"""Claim extraction on the ways wire copy attributes: datelines, social media, agencies that
carry a statement, hearsay, spokespeople, split quotations, denials and two speakers in one
sentence. Each sentence is written for the test; the expected claims are (span, speaker,
relays, nearest the speaker first)."""

import pytest

from claims.extraction.finder import find_statements
from claims.extraction.rules import Rules
from claims.extraction.services import document_claims_extract
from claims.models import Claim
from sources.models import Source
from tests.factories import make_document, make_source

pytestmark = pytest.mark.django_db

AZ = "Ministry of Defence of Azerbaijan"
AM = "Ministry of Defence of Armenia"
AZ_MFA = "Ministry of Foreign Affairs of Azerbaijan"
PM = "Nikol Pashinyan"


@pytest.fixture
def desk():
    kinds = Source.Kind
    sources = {
        "publisher": make_source("Caspian Evening Wire", kind=kinds.NEWS_AGENCY),
        "az": make_source(
            AZ,
            kind=kinds.MINISTRY,
            country="AZ",
            aliases=["Baku", "Azerbaijani Defense Ministry", "Azerbaijan's Ministry of Defense"],
        ),
        "am": make_source(
            AM,
            kind=kinds.MINISTRY,
            country="AM",
            aliases=["Yerevan", "Armenian Defense Ministry", "Armenia's Defense Ministry"],
        ),
        "az_mfa": make_source(
            AZ_MFA, kind=kinds.MINISTRY, country="AZ", aliases=["Azerbaijani foreign ministry"]
        ),
        "pm": make_source(PM, kind=kinds.OFFICIAL, country="AM", aliases=["Pashinyan"]),
        "peskov": make_source("Dmitry Peskov", kind=kinds.OFFICIAL, aliases=["Peskov"]),
        "interfax": make_source("Interfax", kind=kinds.NEWS_AGENCY),
        "apa": make_source("Azeri Press Agency", kind=kinds.NEWS_AGENCY, short_name="APA"),
        "trend": make_source("Trend", kind=kinds.NEWS_AGENCY),
        "ria": make_source("RIA Novosti", kind=kinds.NEWS_AGENCY),
    }
    sources["hajizada"] = make_source(
        "Ayhan Hajizada", kind=kinds.OFFICIAL, aliases=["Hajizada"], parent=sources["az_mfa"]
    )
    return sources


def extract(text: str, desk) -> list[tuple[str, str, list[str]]]:
    document = make_document(text, publisher=desk["publisher"])
    document_claims_extract(document=document)
    claims = (
        Claim.objects.filter(document=document)
        .select_related("speaker")
        .prefetch_related("attributions__source")
        .order_by("start")
    )
    return [
        (c.quote, c.speaker.name, [a.source.name for a in c.attributions.all()]) for c in claims
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "BAKU, May 3 (Caspian Evening Wire) - Armenian troops fired on positions near "
            "Lachin overnight, Azerbaijan's Ministry of Defense said on Wednesday, in the third "
            "such report this week.",
            [("Armenian troops fired on positions near Lachin overnight", AZ, [])],
            id="dateline, statement, speaker said, and the publisher's aside",
        ),
        pytest.param(
            "The water supply to Berd has been cut for three days. This was announced by Prime "
            "Minister Nikol Pashinyan at Thursday's cabinet meeting.",
            [("The water supply to Berd has been cut for three days", PM, [])],
            id="this was announced by speaker, the sentence before",
        ),
        pytest.param(
            "Two drones were shot down near Tovuz. This is stated in a statement issued by "
            "Azerbaijan's Ministry of Defense on Sunday.",
            [("Two drones were shot down near Tovuz", AZ, [])],
            id="this is stated in a statement issued by speaker",
        ),
        pytest.param(
            "10:47 p.m.: Pashinyan wrote on Facebook that the convoy had reached Goris.",
            [("the convoy had reached Goris", PM, [])],
            id="a live blog's time of the entry",
        ),
        pytest.param(
            "The Azerbaijani foreign ministry weighed in on the dispute, maintaining that the "
            "convoy had never been stopped.",
            [("the convoy had never been stopped", AZ_MFA, [])],
            id="maintaining that",
        ),
        pytest.param(
            "Pashinyan wrote on Facebook that the village school would reopen on Monday.",
            [("the village school would reopen on Monday", PM, [])],
            id="wrote on Facebook",
        ),
        pytest.param(
            "Ayhan Hajizada said in a post on X that Yerevan had ignored three invitations.",
            [("Yerevan had ignored three invitations", "Ayhan Hajizada", [])],
            id="said in a post on X",
        ),
        pytest.param(
            "Pashinyan tweeted that the talks in Brussels had been useful.",
            [("the talks in Brussels had been useful", PM, [])],
            id="tweeted",
        ),
        pytest.param(
            "In a statement on its website on Friday, the Azerbaijani foreign ministry said the "
            "visit had been agreed in advance.",
            [("the visit had been agreed in advance", AZ_MFA, [])],
            id="in a statement on its website, speaker said",
        ),
        pytest.param(
            "Foreign ministry spokesman Ayhan Hajizada said during a visit to Vienna that the "
            "text of the treaty was almost ready.",
            [("the text of the treaty was almost ready", "Ayhan Hajizada", [])],
            id="said during a visit, that",
        ),
        pytest.param(
            "Pashinyan, speaking at a cabinet meeting, said the new checkpoint would open in May.",
            [("the new checkpoint would open in May", PM, [])],
            id="speaker, speaking at an occasion, said",
        ),
        pytest.param(
            "The Azerbaijani foreign ministry said in a statement carried by state news agency "
            "APA that the convoy had been let through.",
            [("the convoy had been let through", AZ_MFA, ["Azeri Press Agency"])],
            id="said in a statement carried by an agency",
        ),
        pytest.param(
            "The convoy had been let through, the Azerbaijani foreign ministry said in a "
            "statement carried by RIA Novosti.",
            [("The convoy had been let through", AZ_MFA, ["RIA Novosti"])],
            id="statement, said in a statement carried by an agency",
        ),
        pytest.param(
            "Two soldiers were wounded near Zar, Trend reports citing Azerbaijan's Ministry of "
            "Defense.",
            [("Two soldiers were wounded near Zar", AZ, ["Trend"])],
            id="statement, agency reports citing speaker",
        ),
        pytest.param(
            "Trend reports citing Azerbaijan's Ministry of Defense that two soldiers were "
            "wounded near Zar.",
            [("two soldiers were wounded near Zar", AZ, ["Trend"])],
            id="agency reports citing speaker that",
        ),
        pytest.param(
            "Armenia's Defense Ministry said on Tuesday that 12 soldiers were missing, the "
            "Interfax news agency quoted it as saying.",
            [("12 soldiers were missing", AM, ["Interfax"])],
            id="statement, agency quoted it as saying",
        ),
        pytest.param(
            "Peskov told reporters that Moscow had not been asked to mediate, according to "
            "Russian news agencies.",
            [("Moscow had not been asked to mediate", "Dmitry Peskov", [])],
            id="hearsay names no relay",
        ),
        pytest.param(
            "Peskov was quoted by Russian news agencies as saying that the meeting would take "
            "place in Sochi.",
            [("the meeting would take place in Sochi", "Dmitry Peskov", [])],
            id="quoted by hearsay as saying",
        ),
        pytest.param(
            "“The road is open,” Pashinyan said, “and it will stay open.”",
            [("The road is open", PM, []), ("and it will stay open", PM, [])],
            id="quotation split at a comma, a statement per part",
        ),
        pytest.param(
            "Azerbaijan's Ministry of Defense dismissed the report as “fabricated”, saying its "
            "units had not left their positions.",
            [
                ("dismissed the report as “fabricated”", AZ, []),
                ("its units had not left their positions", AZ, []),
            ],
            id="dismissed as a quoted word, saying",
        ),
        pytest.param(
            "Pashinyan, as quoted by Armenian media, said the checkpoint would stay shut.",
            [("the checkpoint would stay shut", PM, [])],
            id="speaker, as quoted by hearsay, said",
        ),
        pytest.param(
            "The checkpoint would stay shut, Pashinyan said, as quoted by Interfax.",
            [("The checkpoint would stay shut", PM, ["Interfax"])],
            id="statement, speaker said, as quoted by an agency",
        ),
        pytest.param(
            "Trend has learned from Azerbaijan's Ministry of Defense that the drills would end "
            "on Friday.",
            [("the drills would end on Friday", AZ, ["Trend"])],
            id="agency learned from speaker that",
        ),
        pytest.param(
            "The drills will end on Friday. Trend has learned about this from Azerbaijan's "
            "Ministry of Defense.",
            [("The drills will end on Friday", AZ, ["Trend"])],
            id="agency learned about this from speaker: the sentence before",
        ),
        pytest.param(
            "Mirzoyan raised the question in a call with his Iranian counterpart, Trend was "
            "informed by the Azerbaijani foreign ministry.",
            [
                (
                    "Mirzoyan raised the question in a call with his Iranian counterpart",
                    AZ_MFA,
                    ["Trend"],
                )
            ],
            id="statement, agency was informed by speaker",
        ),
        pytest.param(
            "Hajizada answered a statement by Armenia's Defense Ministry, which claimed that "
            "shots had been fired near Sotk.",
            [("shots had been fired near Sotk", AM, [])],
            id="someone, which claimed",
        ),
        pytest.param(
            "Yerevan denied reports that its troops had been moved to the border.",
            [("denied reports that its troops had been moved to the border", AM, [])],
            id="a denial of reports",
        ),
        pytest.param(
            "LONDON (Caspian Evening Wire - 3rd March, 2022) Azerbaijan's Ministry of Defense "
            "said the frontline villages were quiet.",
            [("the frontline villages were quiet", AZ, [])],
            id="a dateline in brackets without a dash",
        ),
        pytest.param(
            "Pashinyan, in a televised cabinet meeting, said that the talks would resume soon.",
            [("the talks would resume soon", PM, [])],
            id="where it was said set off by commas",
        ),
        pytest.param(
            "Pashinyan “stressed that no village would be handed over without a vote.”",
            [("no village would be handed over without a vote", PM, [])],
            id="a quotation that opens before the verb",
        ),
        pytest.param(
            "Armenia's Defense Ministry said two shepherds had gone missing and accused "
            "Azerbaijani guards of detaining them.",
            [
                ("two shepherds had gone missing", AM, []),
                ("accused Azerbaijani guards of detaining them", AM, []),
            ],
            id="said A and accused B",
        ),
        pytest.param(
            "Dmitry Peskov, spokesman for the Kremlin, told reporters that talks were planned.",
            [("talks were planned", "Dmitry Peskov", [])],
            id="an apposition of a role without an article",
        ),
        pytest.param(
            "Pashinyan said the roads were open. According to him, the harvest was safe.",
            [("the roads were open", PM, []), ("the harvest was safe", PM, [])],
            id="according to him",
        ),
        pytest.param(
            "MOSCOW (Caspian Evening Wire - 9th May, 2021) Pashinyan said the border was quiet.",
            [("the border was quiet", PM, [])],
            id="a dateline whose city is a known name",
        ),
        pytest.param(
            "Baku denied that its drones had crossed the border and accused Yerevan of staging "
            "the footage.",
            [
                ("denied that its drones had crossed the border", AZ, []),
                ("accused Yerevan of staging the footage", AZ, []),
            ],
            id="denied A and accused B",
        ),
        pytest.param(
            "The checkpoint will reopen next week, Pashinyan said on Friday, insisting that the "
            "guards would stay.",
            [
                ("The checkpoint will reopen next week", PM, []),
                ("the guards would stay", PM, []),
            ],
            id="statement, speaker said, insisting that",
        ),
        pytest.param(
            "Pashinyan said the dam was safe. The head of state added that engineers were on site.",
            [("the dam was safe", PM, []), ("engineers were on site", PM, [])],
            id="the head of state",
        ),
        pytest.param(
            "“The talks are over,” Pashinyan said in a statement published after his call with "
            "the chancellor of Germany and the president of the European Council.",
            [("The talks are over", PM, [])],
            id="a long phrase of occasion after the verb",
        ),
        pytest.param(
            "The bridge will be rebuilt by spring, Pashinyan said on Friday, March 4, denying "
            "rumours of a delay.",
            [
                ("The bridge will be rebuilt by spring", PM, []),
                ("denying rumours of a delay", PM, []),
            ],
            id="statement, speaker said on a date, denying",
        ),
        pytest.param(
            "But according to Azerbaijan's Ministry of Defense, the convoy never left Aghdam.",
            [("the convoy never left Aghdam", AZ, [])],
            id="but according to",
        ),
        pytest.param(
            "Pashinyan was quoted as saying that the commission would meet in May.",
            [("the commission would meet in May", PM, [])],
            id="speaker was quoted as saying, by no one named",
        ),
        pytest.param(
            "The commission will meet in May, Pashinyan was quoted as saying by Interfax.",
            [("The commission will meet in May", PM, ["Interfax"])],
            id="statement, speaker was quoted as saying by relay",
        ),
        pytest.param(
            "Armenia's Defense Ministry informs that the night passed without incident.",
            [("the night passed without incident", AM, [])],
            id="informs that",
        ),
        pytest.param(
            "Although Yerevan reported shelling near Sotk, Baku denied firing a single shot.",
            [("denied firing a single shot", AZ, [])],
            id="a clause before the speaker",
        ),
        pytest.param(
            "The Azerbaijani Defense Ministry meanwhile said the road near Lachin stayed shut.",
            [("the road near Lachin stayed shut", AZ, [])],
            id="meanwhile between speaker and verb",
        ),
        pytest.param(
            "Yerevan, in turn, said no shots had been fired near Sotk.",
            [("no shots had been fired near Sotk", AM, [])],
            id="an adverb set off by commas",
        ),
        pytest.param(
            "Baku reported, meanwhile, that two trucks had crossed the checkpoint.",
            [("two trucks had crossed the checkpoint", AZ, [])],
            id="an adverb set off by commas after the verb",
        ),
        pytest.param(
            "Pashinyan recently noted that the commission had met twice.",
            [("the commission had met twice", PM, [])],
            id="recently",
        ),
        pytest.param(
            "Upon the return of the two shepherds, Pashinyan noted that talks would go on.",
            [("talks would go on", PM, [])],
            id="an opening with upon",
        ),
        pytest.param(
            "Pashinyan reminded that the border commission had been set up in May.",
            [("the border commission had been set up in May", PM, [])],
            id="reminded that",
        ),
        pytest.param(
            "“The checkpoints stay open round the clock,” Peskov summarized.",
            [("The checkpoints stay open round the clock", "Dmitry Peskov", [])],
            id="summarized",
        ),
        pytest.param(
            "The convoy will cross at dawn. Pashinyan stated this at a cabinet meeting on Monday.",
            [("The convoy will cross at dawn", PM, [])],
            id="speaker stated this: the sentence before",
        ),
        pytest.param(
            "The convoy will cross at dawn. Peskov said at a briefing on Monday.",
            [("The convoy will cross at dawn", "Dmitry Peskov", [])],
            id="speaker said at a briefing: the sentence before",
        ),
        pytest.param(
            "Peskov said this week that the convoy would cross at dawn.",
            [("the convoy would cross at dawn", "Dmitry Peskov", [])],
            id="said this week is no 'said this'",
        ),
        pytest.param(
            "“The convoy crossed at dawn,” explained Peskov, adding that two more would follow.",
            [
                ("The convoy crossed at dawn", "Dmitry Peskov", []),
                ("two more would follow", "Dmitry Peskov", []),
            ],
            id="quotation, said speaker, adding that",
        ),
    ],
)
def test_wire_formulas(desk, text, expected):
    assert extract(text, desk) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan have again accused each other of breaking the ceasefire.",
        "Caspian Evening Wire could not independently verify either account.",
        "(Reporting by Anna Keller in Baku; Editing by Tom Wright)",
        "The Governor of Syunik, Davit Harutyunyan, did not respond to a request for comment.",
        "By Anna Keller",
        "Pashinyan met residents of Tegh, who said the shooting had stopped at dawn.",
        "Local media reported that several cars had been damaged in the village.",
        "Yerevan has insisted on talks under the auspices of the European Union.",
    ],
)
def test_wire_negatives(desk, text):
    assert extract(text, desk) == []


def test_the_statement_reads_is_its_author_not_the_agency(desk):
    text = (
        "Azerbaijan's Ministry of Defense said two posts had come under fire near Kalbajar. "
        "“The enemy was silenced by return fire,” the statement reads."
    )
    assert extract(text, desk) == [
        ("two posts had come under fire near Kalbajar", AZ, []),
        ("The enemy was silenced by return fire", AZ, []),
    ]


def test_a_spokesperson_named_with_the_ministry_is_the_speaker(desk):
    text = (
        "The Azerbaijani foreign ministry's spokesman, Ayhan Hajizada, wrote on X that the "
        "claims were groundless."
    )
    assert extract(text, desk) == [("the claims were groundless", "Ayhan Hajizada", [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Baku said Armenian units had fired first, while Yerevan said the shooting began on "
            "the Azerbaijani side.",
            [
                ("Armenian units had fired first", AZ, []),
                ("the shooting began on the Azerbaijani side", AM, []),
            ],
            id="A said …, while B said …",
        ),
        pytest.param(
            "Azerbaijan's Ministry of Defense said a drone had been shot down over Lachin; "
            "Yerevan denied losing any aircraft.",
            [
                ("a drone had been shot down over Lachin", AZ, []),
                ("denied losing any aircraft", AM, []),
            ],
            id="A said …; B denied …",
        ),
        pytest.param(
            "Two posts were shelled near Zar, Baku said, while the Armenian Defense Ministry "
            "said its troops had not fired a shot.",
            [
                ("Two posts were shelled near Zar", AZ, []),
                ("its troops had not fired a shot", AM, []),
            ],
            id="…, A said, while B said …",
        ),
        pytest.param(
            "The road stayed closed all day; Baku said it would reopen on Monday.",
            [("it would reopen on Monday", AZ, [])],
            id="a clause in the publisher's voice, then an attribution",
        ),
        pytest.param(
            "“We waited; nobody came,” Pashinyan said.",
            [("We waited; nobody came", PM, [])],
            id="no clause break inside a quotation",
        ),
    ],
)
def test_two_speakers_in_one_sentence_are_two_claims(desk, text, expected):
    assert extract(text, desk) == expected


def test_a_quotation_split_at_a_full_stop_is_a_statement_per_part(desk):
    """A span is one stretch of text and holds no attribution: each part of the quotation is a
    statement of the speaker, with the relays of the first."""
    text = (
        "“The border is calm,” Pashinyan told reporters, according to Interfax. “Nobody has "
        "fired since noon.”"
    )
    assert extract(text, desk) == [
        ("The border is calm", PM, ["Interfax"]),
        ("Nobody has fired since noon", PM, ["Interfax"]),
    ]


def test_a_quotation_after_reported_speech_is_carried_on_but_not_after_the_publishers_voice(
    desk,
):
    """Agency copy reports a statement and quotes its speaker in the next sentence ("He noted
    that … . “…”"); a quotation after a sentence of the publisher's own is nobody's."""
    text = (
        "Pashinyan said the border was calm. “Nobody has fired since noon.”\n\n"
        "The road reopened at dawn. “Trucks are moving again.”"
    )
    assert extract(text, desk) == [
        ("the border was calm", PM, []),
        ("Nobody has fired since noon", PM, []),
    ]


def test_a_quotation_in_a_paragraph_of_its_own_goes_on_with_the_quotation_before(desk):
    # Wire copy gives a speaker's next quotation a paragraph of its own; after reported speech
    # it does not (test_extraction_real_copy_round4).
    text = "“The border is calm,” Pashinyan said.\n\n“Nobody has fired since noon.”"
    assert extract(text, desk) == [
        ("The border is calm", PM, []),
        ("Nobody has fired since noon", PM, []),
    ]


def test_a_person_named_after_the_body_they_speak_for_is_proposed(desk):
    document = make_document(
        "Interfax correspondent Ruslan Petrov said the convoy had turned back at the border.",
        publisher=desk["publisher"],
    )
    result = document_claims_extract(document=document)
    assert result.proposed == ["Ruslan Petrov"]
    assert not Claim.objects.filter(document=document).exists()


def test_a_proposed_name_is_the_speaker_not_their_apposition(desk):
    document = make_document(
        "Laman Guliyeva, an analyst at the Baku Centre for Regional Studies, said the talks "
        "would resume in spring.",
        publisher=desk["publisher"],
    )
    assert document_claims_extract(document=document).proposed == ["Laman Guliyeva"]


def test_a_surname_refers_back_to_the_person_the_desk_knows(desk):
    text = (
        "Foreign ministry spokesman Ayhan Hajizada told reporters that the talks had been "
        "postponed. “We are ready to meet next month,” Hajizada said."
    )
    assert [speaker for _, speaker, _ in extract(text, desk)] == ["Ayhan Hajizada"] * 2


def test_a_title_with_joiners_before_a_known_name(desk):
    text = (
        "Spokesman for the Ministry of Foreign Affairs Ayhan Hajizada told the agency that "
        "the meeting had been useful."
    )
    assert extract(text, desk) == [("the meeting had been useful", "Ayhan Hajizada", [])]


def test_a_body_named_by_its_title_alone_is_the_publishers_countrys(desk):
    baku_agency = make_source("Absheron Wire", kind=Source.Kind.NEWS_AGENCY, country="AZ")
    document = make_document(
        "Two border posts came under fire near Kalbajar, Absheron Wire reports citing the "
        "Ministry of Defense. “There are no losses among our personnel,” the statement reads.",
        publisher=baku_agency,
    )
    document_claims_extract(document=document)
    claims = Claim.objects.filter(document=document).select_related("speaker").order_by("start")
    assert [(c.quote, c.speaker.name) for c in claims] == [
        ("Two border posts came under fire near Kalbajar", AZ),
        ("There are no losses among our personnel", AZ),
    ]


MINIMAL = """
language = "ru"
quotes = ["«»"]
say_verbs = ["заявил", "заявило"]
[words]
upper = "А-ЯЁA-Z"
clause_break = '\\s*;\\s+'
[[patterns]]
name = "цитата продолжена"
statement = "continued"
regex = '^«(?P<content>.+?)[.,]?»\\s*$'
[[patterns]]
name = "цитата, заявил говорящий"
regex = '^«(?P<content>.+?)[.,]?»,\\s+{SAY}\\s+{SPEAKER}\\.?\\s*$'
[[patterns]]
name = "говорящий заявил, что"
regex = '^{SPEAKER}\\s+{SAY},\\s+что\\s+{CONTENT}\\.?\\s*$'
"""


def test_clause_breaks_and_continued_quotations_are_any_languages():
    rules = Rules.from_toml(MINIMAL)
    text = (
        "Баку заявил, что огонь открыли армянские военные; Ереван заявил, что это не "
        "соответствует действительности. "
        "«Мы не стреляли первыми», заявил Пашинян. «Все позиции спокойны.»"
    )
    names = [(text.index(n), text.index(n) + len(n)) for n in ("Баку", "Ереван", "Пашинян")]
    found = [(text[s.start : s.end], s.speaker.text) for s in find_statements(text, rules, names)]
    assert found == [
        ("огонь открыли армянские военные", "Баку"),
        ("это не соответствует действительности", "Ереван"),
        ("Мы не стреляли первыми", "Пашинян"),
        ("Все позиции спокойны", "Пашинян"),
    ]


def test_a_statement_kind_that_is_not_known_is_refused():
    with pytest.raises(ValueError, match="continued"):
        Rules.from_toml(MINIMAL.replace('statement = "continued"', 'statement = "later"'))


def test_the_ministry_after_its_spokesperson_is_the_ministry_they_speak_for(desk):
    text = (
        "Hajizada told reporters that no talks were planned. The ministry later said that "
        "a meeting could take place in July."
    )
    assert extract(text, desk) == [
        ("no talks were planned", "Ayhan Hajizada", []),
        ("a meeting could take place in July", AZ_MFA, []),
    ]


def test_a_bodys_abbreviation_in_brackets_and_later_alone(desk):
    text = (
        "Armenia's Defense Ministry (MoD) confirmed that a drone had crashed near Jermuk. "
        "The ministry said later that nobody had been hurt."
    )
    assert extract(text, desk) == [
        ("a drone had crashed near Jermuk", AM, []),
        ("nobody had been hurt", AM, []),
    ]


def test_a_title_run_into_a_name_nobody_registered_is_proposed(desk):
    document = make_document(
        "Village mayor Narek Petrosyan said the water supply had been cut.",
        publisher=desk["publisher"],
    )
    result = document_claims_extract(document=document)
    assert result.proposed == ["Narek Petrosyan"]


def test_a_demonym_before_officials_is_no_one_to_propose(desk):
    document = make_document(
        "Georgian officials met the delegation and said the crossing would stay open.",
        publisher=desk["publisher"],
    )
    result = document_claims_extract(document=document)
    assert result.proposed == []
    assert not Claim.objects.filter(document=document).exists()


def test_a_known_persons_aide_named_after_a_comma_is_the_speaker(desk):
    document = make_document(
        "Pashinyan's spokeswoman, Lusine Arakelyan, said the meeting had been postponed.",
        publisher=desk["publisher"],
    )
    result = document_claims_extract(document=document)
    assert result.proposed == ["Lusine Arakelyan"]
    assert not Claim.objects.filter(document=document).exists()


def test_a_title_then_a_name_after_a_comma_names_the_speaker(desk):
    document = make_document(
        "Two houses were hit overnight, the head of the community, Gevorg Sahakyan, told "
        "reporters.",
        publisher=desk["publisher"],
    )
    assert document_claims_extract(document=document).proposed == ["Gevorg Sahakyan"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Georgian Foreign Minister Levan Kavtaradze said the talks would resume.",
            "Levan Kavtaradze",
        ),
        ("Acting Deputy Minister Tigran Sargsyan said the talks would resume.", "Tigran Sargsyan"),
        (
            "Tbilisi City Hall spokesman Giorgi Beridze said the talks would resume.",
            "Giorgi Beridze",
        ),
    ],
)
def test_a_title_in_capitals_before_a_name_nobody_registered_is_left_out(desk, text, name):
    document = make_document(text, publisher=desk["publisher"])
    assert document_claims_extract(document=document).proposed == [name]


def test_a_title_in_capitals_before_a_known_name_still_links_it(desk):
    text = "Armenian Prime Minister Nikol Pashinyan said the talks would resume."
    assert extract(text, desk) == [("the talks would resume", PM, [])]


def test_an_abbreviation_given_in_brackets_names_the_body_later(desk):
    text = (
        "Two shepherds were returned on Friday, Armenia's Defense Ministry (AMD) said.\n\n"
        "“The handover went smoothly,” the AMD said in a statement."
    )
    assert extract(text, desk) == [
        ("Two shepherds were returned on Friday", AM, []),
        ("The handover went smoothly", AM, []),
    ]


def test_an_abbreviation_never_given_in_brackets_is_proposed(desk):
    document = make_document(
        "“The handover went smoothly,” the AMD said in a statement.", publisher=desk["publisher"]
    )
    assert document_claims_extract(document=document).proposed == ["AMD"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Armenia's Defense Ministry said at least two of its soldiers were wounded near Berd "
            "and that Azerbaijani units had “seized a hill overlooking the road.”",
            [
                (
                    "at least two of its soldiers were wounded near Berd and that Azerbaijani "
                    "units had “seized a hill overlooking the road",
                    AM,
                    [],
                )
            ],
            id="said that A and that B, A opening with 'at least', is one statement",
        ),
        pytest.param(
            "Armenia's Defense Ministry said in a statement that the shelling \"had not stopped "
            'since dawn," adding that two border posts had been hit.',
            [
                ('the shelling "had not stopped since dawn', AM, []),
                ("two border posts had been hit", AM, []),
            ],
            id="said, a quotation closing after its comma, adding that",
        ),
        pytest.param(
            "“Shells are still falling on the outskirts,” Pashinyan said, speaking from the "
            "government building in Yerevan.",
            [("Shells are still falling on the outskirts", PM, [])],
            id="quotation, speaker said, speaking from a place",
        ),
        pytest.param(
            "Noting that the convoy had been stopped twice, Pashinyan said that the road must "
            "remain open to civilians.",
            [
                ("the convoy had been stopped twice", PM, []),
                ("the road must remain open to civilians", PM, []),
            ],
            id="noting that A, speaker said B",
        ),
        pytest.param(
            "Pashinyan chaired a cabinet meeting on Thursday, the first since the clashes, and "
            "said that the border villages would receive new shelters.",
            [("the border villages would receive new shelters", PM, [])],
            id="what the speaker did first runs over commas, and said",
        ),
        pytest.param(
            "YEREVAN — Pashinyan on Friday accused Azerbaijani units of blocking the road to "
            "Goris.",
            [("accused Azerbaijani units of blocking the road to Goris", PM, [])],
            id="a city in capitals and a dash, then the speaker",
        ),
        pytest.param(
            '"The talks will go on," Pashinyan told the cabinet, according to an official readout.',
            [("The talks will go on", PM, [])],
            id="quotation, speaker told audience, according to a readout",
        ),
        pytest.param(
            "Armenia's Defense Ministry said more cautiously that the shooting had stopped by "
            "noon.",
            [("the shooting had stopped by noon", AM, [])],
            id="an adverb in -ly before that",
        ),
        pytest.param(
            "Pashinyan accused Azerbaijani units of shelling Tegh, and said the village school "
            "had been closed.",
            [
                ("accused Azerbaijani units of shelling Tegh", PM, []),
                ("the village school had been closed", PM, []),
            ],
            id="speaker accused, and said",
        ),
        pytest.param(
            "Ayhan Hajizada said the envoys would visit Aghdam on Monday. The assistant to the "
            "president added that the visit had been agreed with the mission.",
            [
                ("the envoys would visit Aghdam on Monday", "Ayhan Hajizada", []),
                ("the visit had been agreed with the mission", "Ayhan Hajizada", []),
            ],
            id="the assistant to the president refers back to an official",
        ),
        pytest.param(
            "The Azerbaijani foreign ministry said on Monday that the road had been closed.\n\n"
            "The statement released late on Monday reads:\n\n"
            "“Since dawn the only road linking the villages to the town has been closed by "
            "men in uniform.\n\n"
            "“The residents are running short of bread and fuel.\n\n"
            "“We call on the mission to act without delay.”",
            [
                ("the road had been closed", AZ_MFA, []),
                (
                    "Since dawn the only road linking the villages to the town has been closed "
                    "by men in uniform",
                    AZ_MFA,
                    [],
                ),
                (
                    "The residents are running short of bread and fuel",
                    AZ_MFA,
                    [],
                ),
                (
                    "We call on the mission to act without delay",
                    AZ_MFA,
                    [],
                ),
            ],
            id="the statement reads: a quotation over paragraphs each opening it again",
        ),
        pytest.param(
            "The Azerbaijani Defense Ministry said in a statement:\n\n"
            "“Our positions near Sotk came under mortar fire at night.”",
            [("Our positions near Sotk came under mortar fire at night", AZ, [])],
            id="speaker said: a closed quotation in the next paragraph",
        ),
        pytest.param(
            "Azerbaijan's Ministry of Defense said:\n\n“Two of our soldiers were wounded near "
            "the village.\n\nAn investigation is under way.",
            [("Two of our soldiers were wounded near the village", AZ, [])],
            id="a quotation left open where the copy goes on in its own words",
        ),
        pytest.param(
            "Yerevan has weighed in on the dispute over the road that links the villages of "
            "the south to the regional town and its market, maintaining that the closure "
            "breaks the ceasefire.",
            [("the closure breaks the ceasefire", AM, [])],
            id="a long clause of the speaker's, then a participle of saying",
        ),
        pytest.param(
            "“Two mortar rounds landed near our post at Sotk,” the Azerbaijani Defense Ministry "
            "detailed.",
            [("Two mortar rounds landed near our post at Sotk", AZ, [])],
            id="the ministry detailed",
        ),
        pytest.param(
            "Pashinyan highlighted that the talks would resume in Brussels next month.",
            [("the talks would resume in Brussels next month", PM, [])],
            id="highlighted that",
        ),
        pytest.param(
            "Baku assured that the convoy would be let through at the checkpoint.",
            [("the convoy would be let through at the checkpoint", AZ, [])],
            id="assured that, with no audience",
        ),
        pytest.param(
            "In a statement issued at around 02:30 on Wednesday after a night of heavy shelling "
            "near the border, Armenia's Defense Ministry said two soldiers had been wounded.",
            [("two soldiers had been wounded", AM, [])],
            id="a long opening with a clock time before the speaker",
        ),
        pytest.param(
            "Yerevan continued to accuse Baku of holding its positions near Jermuk on Friday as "
            "talks between the two sides stalled for a third week.",
            [("accuse Baku of holding its positions near Jermuk", AM, [])],
            id="continued to accuse, then the publisher's when and amid what",
        ),
        pytest.param(
            "Pashinyan accused Azerbaijani units of shelling Tegh in a fresh escalation of "
            "tensions along the border.",
            [("accused Azerbaijani units of shelling Tegh", PM, [])],
            id="an accusation, then the publisher's in a fresh escalation",
        ),
        pytest.param(
            "Pashinyan accused Azerbaijani units of shelling Tegh in the early hours.",
            [("accused Azerbaijani units of shelling Tegh in the early hours", PM, [])],
            id="an accusation keeps its own time and place",
        ),
        pytest.param(
            "Baku and Yerevan continue to blame each other for the shooting near Sotk.",
            [],
            id="continue to blame each other: no statement",
        ),
        pytest.param(
            "Baku dismissed the report as groundless, with the Azerbaijani foreign ministry "
            "stating: “No soldier of ours crossed the border near Jermuk.”",
            [
                ("dismissed the report as groundless", AZ, []),
                ("No soldier of ours crossed the border near Jermuk", AZ_MFA, []),
            ],
            id="with a second speaker stating: two speakers in one sentence",
        ),
        pytest.param(
            "Pashinyan arrived in Brussels with the foreign minister, saying the talks were "
            "overdue.",
            [("the talks were overdue", PM, [])],
            id="with before a companion is no second speaker",
        ),
        pytest.param(
            "Armenia's Defense Ministry issued a statement on Sunday saying that the post near "
            "Sotk had come under fire overnight.",
            [("the post near Sotk had come under fire overnight", AM, [])],
            id="issued a statement saying that",
        ),
        pytest.param(
            "The Azerbaijani Defense Ministry put out two statements on Monday denying that its "
            "units had opened fire near Tegh.",
            [("denying that its units had opened fire near Tegh", AZ, [])],
            id="put out statements denying, the denial from its verb",
        ),
        pytest.param(
            "We will not let the road stay closed. Pashinyan wrote on his Facebook page.",
            [("We will not let the road stay closed", PM, [])],
            id="speaker wrote on Facebook: the sentence before",
        ),
        pytest.param(
            "Pashinyan posted on X that the talks would resume in Brussels.",
            [("the talks would resume in Brussels", PM, [])],
            id="posted on X that: what follows, not the sentence before",
        ),
    ],
)
def test_wire_formulas_of_real_copy(desk, text, expected):
    assert extract(text, desk) == expected


def test_a_surname_alone_is_a_confirmed_person_after_extraction_again(
    desk, django_capture_on_commit_callbacks
):
    from sources.models import SourceProposal
    from sources.services import source_proposal_confirm
    from tests.factories import make_editor

    document = make_document(
        "Border guard commander Tigran Avetisyan said the post had come under fire at dawn.\n\n"
        "“Nobody was hurt,” Avetisyan added.",
        publisher=desk["publisher"],
    )
    document_claims_extract(document=document)
    proposal = SourceProposal.objects.get(name="Tigran Avetisyan")
    with django_capture_on_commit_callbacks(execute=True):
        source = source_proposal_confirm(proposal=proposal, actor=make_editor())
    assert source.kind == Source.Kind.OTHER
    claims = Claim.objects.filter(document=document).order_by("start")
    assert [(c.quote, c.speaker.name) for c in claims] == [
        ("the post had come under fire at dawn", "Tigran Avetisyan"),
        ("Nobody was hurt", "Tigran Avetisyan"),
    ]


def test_the_ministry_after_a_body_the_desk_does_not_know_is_that_body(
    desk, django_capture_on_commit_callbacks
):
    from sources.models import SourceProposal
    from sources.services import source_proposal_confirm
    from tests.factories import make_editor

    document = make_document(
        "Azerbaijani troops fired on the village overnight, the Defense Ministry of Artsakh "
        "said in a release.\n\n"
        "The Defense Ministry added that its units had returned fire.",
        publisher=desk["publisher"],
    )
    result = document_claims_extract(document=document)
    assert result.proposed == ["Defense Ministry of Artsakh"]
    with django_capture_on_commit_callbacks(execute=True):
        source_proposal_confirm(proposal=SourceProposal.objects.get(), actor=make_editor())
    claims = Claim.objects.filter(document=document).order_by("start")
    # Not the publisher's country's ministry, nor the Armenian one the desk has.
    assert [(c.quote, c.speaker.name) for c in claims] == [
        ("Azerbaijani troops fired on the village overnight", "Defense Ministry of Artsakh"),
        ("its units had returned fire", "Defense Ministry of Artsakh"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "The road stayed closed overnight, acting Deputy Mayor Ruben Sargsyan told reporters.",
            "Ruben Sargsyan",
            id="a word of tenure before a title in capitals",
        ),
        pytest.param(
            "“We urge restraint,” the Department of State spokesperson, Ned Price, said.",
            "Ned Price",
            id="a title ending in lower case, then the name after its comma",
        ),
        pytest.param(
            "The crossing will reopen on Monday, Deputy Foreign Minister Vahan Petrosyan told "
            "reporters.",
            "Vahan Petrosyan",
            id="a title in capitals after the statement",
        ),
        pytest.param(
            "The crossing will reopen on Monday, the Foreign Ministry of Georgia said.",
            "Foreign Ministry of Georgia",
            id="a body keeps its name",
        ),
        pytest.param(
            "Talks are the only way to a lasting peace, UK Secretary of State Jonathan "
            "Fairweather said.",
            "Jonathan Fairweather",
            id="a country and Secretary of State before the name",
        ),
    ],
)
def test_the_name_after_a_title_is_proposed(desk, text, name):
    document = make_document(text, publisher=desk["publisher"])
    assert document_claims_extract(document=document).proposed == [name]


def test_he_after_a_person_confirmed_from_a_proposal_is_that_person(
    desk, django_capture_on_commit_callbacks
):
    from sources.models import SourceProposal
    from sources.services import source_proposal_confirm
    from tests.factories import make_editor

    document = make_document(
        "Pashinyan said the border posts had been reinforced.\n\n"
        "The mayor of Berd, Artur Ghazaryan, told Caspian Evening Wire that two houses were "
        "hit. He said the families had moved to a school.",
        publisher=desk["publisher"],
    )
    document_claims_extract(document=document)
    with django_capture_on_commit_callbacks(execute=True):
        source_proposal_confirm(
            proposal=SourceProposal.objects.get(name="Artur Ghazaryan"), actor=make_editor()
        )
    claims = Claim.objects.filter(document=document).order_by("start")
    assert [(c.quote, c.speaker.name) for c in claims] == [
        ("the border posts had been reinforced", PM),
        ("two houses were hit", "Artur Ghazaryan"),
        ("the families had moved to a school", "Artur Ghazaryan"),
    ]
