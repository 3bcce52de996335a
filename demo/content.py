"""The demo desk as data: sources, documents, claims, pairs, framing spans, users.

The article is the desk's own write-up of the 13–14 November 2021 border clash between
Armenia and Azerbaijan. It reports the facts of the reference article in its own words; only
short phrases attributed to the ministries are quoted. Spans are given as phrases (plus an
optional anchor that precedes them) and located in the text by the loader, never as offsets.
"""

from datetime import UTC, date, datetime

DESK = "Caucasus Wire Desk"
AZ_MOD = "Ministry of Defence of Azerbaijan"
AM_MOD = "Ministry of Defence of Armenia"
AM_GOV = "Government of Armenia"
AM_SECURITY_COUNCIL = "Security Council of Armenia"
AZ_MFA = "Ministry of Foreign Affairs of Azerbaijan"
FR_MFA = "France's Ministry for Europe and Foreign Affairs"
PASHINYAN = "Nikol Pashinyan"
INTERFAX = "Interfax"
RIA = "RIA Novosti"

# Parents come before their children.
SOURCES: list[dict] = [
    {
        "name": AZ_MOD,
        "short_name": "Azerbaijani MoD",
        "kind": "ministry",
        "country": "AZ",
        "state_affiliated": True,
        "aliases": [
            "Baku",
            "Azerbaijan's defence ministry",
            "Azerbaijani defence ministry",
            "Azerbaijani Defense Ministry",
        ],
    },
    {
        "name": AM_MOD,
        "short_name": "Armenian MoD",
        "kind": "ministry",
        "country": "AM",
        "state_affiliated": True,
        "aliases": [
            "Yerevan",
            "Armenia's defence ministry",
            "Armenian defence ministry",
            "Yerevan's defence ministry",
        ],
    },
    {"name": INTERFAX, "kind": "news_agency", "country": "RU"},
    {
        "name": RIA,
        "short_name": "RIA",
        "kind": "news_agency",
        "country": "RU",
        "state_affiliated": True,
        "aliases": ["RIA"],
    },
    {"name": "Agence France-Presse", "short_name": "AFP", "kind": "news_agency", "country": "FR"},
    {"name": AM_GOV, "kind": "government_body", "country": "AM", "state_affiliated": True},
    {
        "name": PASHINYAN,
        "kind": "official",
        "country": "AM",
        "state_affiliated": True,
        "parent": AM_GOV,
        "aliases": ["Pashinian"],
        "description": "Prime Minister of Armenia.",
    },
    {
        "name": AM_SECURITY_COUNCIL,
        "kind": "government_body",
        "country": "AM",
        "state_affiliated": True,
        "aliases": ["Armenia's Security Council"],
    },
    {"name": AZ_MFA, "kind": "ministry", "country": "AZ", "state_affiliated": True},
    {
        "name": "Jeyhun Bayramov",
        "kind": "official",
        "country": "AZ",
        "state_affiliated": True,
        "parent": AZ_MFA,
        "description": "Foreign Minister of Azerbaijan.",
    },
    {"name": FR_MFA, "kind": "ministry", "country": "FR", "state_affiliated": True},
    {
        "name": "OSCE Minsk Group",
        "kind": "international_body",
        "description": "Mediation format of the OSCE, co-chaired by France, Russia and the US.",
    },
    {
        "name": DESK,
        "kind": "outlet",
        "description": "The demo desk's own newsroom (an invented outlet).",
    },
]

ARTICLE_KEY = "article"
ARMENIAN_KEY = "armenian-statement"
BAKU_STATEMENT_KEY = "baku-statement"
YEREVAN_STATEMENT_KEY = "yerevan-statement"

ARTICLE_TEXT = """\
Armenia and Azerbaijan traded accusations on Sunday, 14 November 2021, each saying the \
other's troops had opened fire along their shared border close to Nagorno-Karabakh, the \
latest sign of friction between the two neighbours.

Baku's account came first. Azerbaijan's defence ministry said Armenian units had fired on \
Azerbaijani positions in several districts on Saturday night, using sniper rifles, grenade \
launchers and weapons of various calibres. One of the districts it named was Kalbajar, which \
returned to Azerbaijani control last year after almost thirty years in Armenian hands. The \
ministry added that its forces had taken “adequate measures” to stop what it called a \
“provocation”.

Yerevan told a different story. Armenia's defence ministry said Azerbaijani units had tried \
to push forward in the eastern direction of the border, that Armenian troops had halted \
“the enemy”, and that heavy fire was then exchanged between the two sides.

Neither ministry reported anyone killed.

On Monday the Armenian prime minister, Nikol Pashinyan, went further, accusing Azerbaijani \
troops of crossing into Armenian territory, according to the Russian agency Interfax. He told \
a session of the country's Security Council that he had removed defence minister Arshak \
Karapetyan from his post over the episode, without saying how large the incursion had been.

The state agency RIA Novosti cited Armenia's Security Council, which said that the incident \
happened on Sunday and that the Azerbaijani soldiers had since pulled back.

The clash comes a year after the six-week war of autumn 2020 over Nagorno-Karabakh, in which \
more than 6,500 people died. The fighting stopped with a ceasefire brokered by Moscow on 10 \
November 2020. Under its terms Armenia handed back land it had held for decades to \
Azerbaijan, which the wire copy describes as “Turkish-backed”.

The words chosen for that land remain a fault line of their own. Azerbaijani officials and \
much foreign coverage call the region “Armenian-occupied” and describe districts recovered \
in 2020 as “liberated”; Armenian officials reject both terms. This desk quotes such wording \
only when it is attributed.

Diplomacy has carried on alongside the shooting. On Wednesday Azerbaijan's foreign minister, \
Jeyhun Bayramov, and his Armenian counterpart, Ararat Mirzoyan, were in Paris, where the French \
foreign minister, Jean-Yves Le Drian, saw each of them separately, according to his ministry. \
The three then sat down together under the umbrella of the OSCE Minsk Group, which France, \
Russia and the United States jointly chair. Set up in 1992 to mediate between Baku and \
Yerevan, the group has yet to broker a settlement.
"""

# A short statement in Armenian script, written for the demo. In English: "The Ministry of
# Defence of the Republic of Armenia reports that on 14 November units of the Azerbaijani
# armed forces tried to advance in the eastern direction of the border. Armenian units
# stopped the adversary's attempt; there were no casualties."
ARMENIAN_TEXT = (
    "Հայաստանի Հանրապետության պաշտպանության նախարարությունը հայտնում է, որ նոյեմբերի 14-ին "
    "Ադրբեջանի զինված ուժերի ստորաբաժանումները փորձել են առաջխաղացում կատարել սահմանի "
    "արևելյան ուղղությամբ։ Հայկական ստորաբաժանումները կասեցրել են հակառակորդի փորձը, "
    "զոհեր չկան։\n"
)

# The two ministries' statements in English, as the desk's own renderings: they give the
# framing profiles of Baku and Yerevan something to compare. The lexicon suggests spans in
# both when the demo loads, for a reviewer to accept or reject.
BAKU_STATEMENT_TEXT = (
    "Overnight into 14 November, Armenian armed forces units fired at Azerbaijani Army "
    "positions in several districts, Kalbajar among them, with sniper rifles, grenade "
    "launchers and weapons of different calibres.\n"
    "Our units answered with adequate measures and the provocation was brought to an end. "
    "Responsibility for the tension lies entirely with the Armenian side; the aggressor "
    "should know that any new provocation will meet the same answer.\n"
    "The ministry recalls that the districts fired on overnight were liberated in 2020 after "
    "almost three decades of occupation, and that their return is final. Sappers are still "
    "clearing the mines the occupiers left behind, and families driven out in the early "
    "1990s are getting ready to go home.\n"
    "Attempts by the Armenian side to stage incidents along the state border serve only to "
    "derail the peace talks. The reports spread in Yerevan about an Azerbaijani advance are "
    "untrue and are meant to mislead the international community.\n"
    "The situation on the border is under the full control of the Azerbaijani Army. Our units "
    "remain on alert and are ready to stop any further attempt at once. The servicemen on the "
    "front line are doing their duty with courage, and the ministry thanks them for their "
    "vigilance. The public will be told of any change in the situation.\n"
)

YEREVAN_STATEMENT_TEXT = (
    "On 14 November Azerbaijani armed forces units tried to move forward on the eastern "
    "section of the state border.\n"
    "Armenian units stopped the attempt of the enemy, and a heavy exchange of fire followed. "
    "The Azerbaijani side keeps up its provocations and bears the responsibility for this "
    "escalation. There are no casualties among Armenian servicemen.\n"
    "The ministry stresses that this was not an isolated episode. Since May, Azerbaijani units "
    "have tried again and again to take positions on the sovereign territory of Armenia, and "
    "the adversary has dug in on several heights it seized at that time. Such actions break "
    "the trilateral statement of 9 and 10 November 2020.\n"
    "What Baku says about Armenian fire on its positions is meant to cover up its own "
    "aggression. Armenian units did not open fire first.\n"
    "The Armed Forces of Armenia control the situation and will take every step needed to "
    "protect the border and the people of the border villages. The ministry asks the "
    "international partners, first of all the co-chairs of the OSCE Minsk Group, to give a "
    "proper assessment of these actions. Further details will be published as they become "
    "available.\n"
)

# A Russian agency's story quoting both ministries, written for the demo: its quotes carry
# each ministry's wording, the rest is the agency's own voice. In English: "Armenia and
# Azerbaijan again accused each other on Tuesday of firing on the border. Azerbaijan's defence
# ministry said Armenian forces had staged another provocation in the Kalbajar direction and
# that Azerbaijani units had taken adequate measures in response …"
RIA_TEXT = (
    "ЕРЕВАН, 16 ноя – РИА Новости. Армения и Азербайджан во вторник вновь обвинили друг друга "
    "в обстреле позиций на границе.\n"
    "Министерство обороны Азербайджана заявило, что армянские вооруженные силы совершили "
    "очередную провокацию на кельбаджарском направлении, а азербайджанские подразделения "
    "приняли адекватные меры ответа. По данным ведомства, ответственность за обострение "
    "полностью лежит на армянской стороне.\n"
    "Министерство обороны Армении, в свою очередь, сообщило, что противник пытался "
    "продвинуться на восточном участке границы и был отброшен.\n"
    "О погибших стороны не сообщали.\n"
    "Осенью 2020 года в Карабахе шли бои, которые прекратились после трехстороннего заявления, "
    "подписанного при посредничестве России. Тогда под контроль Азербайджана перешел ряд "
    "районов, которые в Баку называют освобожденными.\n"
)

# The Azerbaijani ministry's own statement in Azerbaijani, written for the demo. In English:
# "On 16 November at about 11:00, units of the Armenian armed forces fired at our positions in
# the Kalbajar direction of the state border with weapons of various calibres. The enemy's
# new provocation was stopped by our units' resolute response …"
AZ_STATEMENT_TEXT = (
    "Noyabrın 16-da saat 11:00 radələrində Ermənistan silahlı qüvvələrinin bölmələri dövlət "
    "sərhədinin Kəlbəcər rayonu istiqamətində yerləşən mövqelərimizi müxtəlif çaplı "
    "silahlardan atəşə tutub.\n"
    "Düşmənin növbəti təxribatının qarşısı bölmələrimizin qətiyyətli cavab tədbirləri ilə "
    "alınıb. Ərazidə vəziyyət Azərbaycan Ordusu bölmələrinin tam nəzarəti altındadır.\n"
    "Gərginliyə görə bütün məsuliyyət Ermənistanın hərbi-siyasi rəhbərliyinin üzərinə düşür. "
    "İşğaldan azad edilmiş ərazilərimizdə quruculuq işlərinə mane olmaq cəhdləri nəticəsiz "
    "qalacaq.\n"
)

RIA_KEY = "ria-story"
AZ_STATEMENT_KEY = "baku-statement-az"

DOCUMENTS: dict[str, dict] = {
    ARTICLE_KEY: {
        "title": "Armenia and Azerbaijan trade blame over weekend firing on their border",
        "publisher": DESK,
        "language": "en",
        "published_at": datetime(2021, 11, 15, 14, 0, tzinfo=UTC),
        "text": ARTICLE_TEXT,
    },
    ARMENIAN_KEY: {
        "title": "Պաշտպանության նախարարության հայտարարությունը",
        "publisher": AM_MOD,
        "language": "hy",
        "published_at": datetime(2021, 11, 14, 9, 0, tzinfo=UTC),
        "text": ARMENIAN_TEXT,
    },
    BAKU_STATEMENT_KEY: {
        "title": "Defence ministry: Armenian units fired on our positions overnight",
        "publisher": AZ_MOD,
        "language": "en",
        "published_at": datetime(2021, 11, 14, 7, 30, tzinfo=UTC),
        "text": BAKU_STATEMENT_TEXT,
        "suggest_framing": True,
    },
    YEREVAN_STATEMENT_KEY: {
        "title": "Defence ministry: Azerbaijani advance on the eastern border stopped",
        "publisher": AM_MOD,
        "language": "en",
        "published_at": datetime(2021, 11, 14, 9, 30, tzinfo=UTC),
        "text": YEREVAN_STATEMENT_TEXT,
        "suggest_framing": True,
    },
    RIA_KEY: {
        "title": "Армения и Азербайджан вновь обвинили друг друга в обстреле на границе",
        "publisher": RIA,
        "language": "ru",
        "published_at": datetime(2021, 11, 16, 12, 0, tzinfo=UTC),
        "text": RIA_TEXT,
        "suggest_framing": True,
    },
    AZ_STATEMENT_KEY: {
        "title": "Müdafiə Nazirliyi: düşmənin təxribatının qarşısı alınıb",
        "publisher": AZ_MOD,
        "language": "az",
        "published_at": datetime(2021, 11, 16, 11, 30, tzinfo=UTC),
        "text": AZ_STATEMENT_TEXT,
        "suggest_framing": True,
    },
}

INCIDENT = {
    "title": "Armenia–Azerbaijan border clash near Kalbajar",
    "starts_on": date(2021, 11, 13),
    "ends_on": date(2021, 11, 14),
    "place": "Eastern section of the Armenia–Azerbaijan border, near Kalbajar",
    "description": "Both sides accused each other of opening fire on the night of 13–14 "
    "November 2021; Armenia said Azerbaijani troops crossed the border and later withdrew.",
}

SUNDAY = date(2021, 11, 14)
MONDAY = date(2021, 11, 15)

# Each claim: a key, the document, the phrase it covers (located with str.index, after
# ``anchor`` when given), the speaker and relay chain by source name.
CLAIMS: list[dict] = [
    {
        "key": "baku-accusation",
        "document": ARTICLE_KEY,
        "phrase": "Armenian units had fired on Azerbaijani positions in several districts on "
        "Saturday night, using sniper rifles, grenade launchers and weapons of various calibres",
        "speaker": AZ_MOD,
        "relay_chain": [],
        "summary": "Armenian forces fired on Azerbaijani positions in several districts, "
        "including Kalbajar, on the night of 13 November 2021.",
        "stated_on": SUNDAY,
    },
    {
        "key": "baku-adequate-measures",
        "document": ARTICLE_KEY,
        "phrase": "its forces had taken “adequate measures” to stop what it called a “provocation”",
        "speaker": AZ_MOD,
        "relay_chain": [],
        "summary": "Azerbaijani forces took “adequate measures” to end an Armenian “provocation”.",
        "stated_on": SUNDAY,
    },
    {
        "key": "yerevan-counter-accusation",
        "document": ARTICLE_KEY,
        "phrase": "Azerbaijani units had tried to push forward in the eastern direction of the "
        "border",
        "speaker": AM_MOD,
        "relay_chain": [],
        "summary": "Azerbaijani units attempted an offensive in the eastern direction of the "
        "Armenia–Azerbaijan border and were stopped by Armenian troops.",
        "stated_on": SUNDAY,
    },
    {
        "key": "no-fatalities",
        "document": ARTICLE_KEY,
        "phrase": "Neither ministry reported anyone killed.",
        "speaker": DESK,
        "relay_chain": [],
        "summary": "Neither defence ministry reported deaths in the clash.",
        "stated_on": SUNDAY,
        "status": "suggested",
    },
    {
        "key": "pashinyan-incursion",
        "document": ARTICLE_KEY,
        "phrase": "accusing Azerbaijani troops of crossing into Armenian territory",
        "speaker": PASHINYAN,
        "relay_chain": [INTERFAX],
        "summary": "Azerbaijani troops crossed the border into Armenian territory.",
        "stated_on": MONDAY,
    },
    {
        "key": "security-council-withdrawal",
        "document": ARTICLE_KEY,
        "phrase": "the incident happened on Sunday and that the Azerbaijani soldiers had since "
        "pulled back",
        "speaker": AM_SECURITY_COUNCIL,
        "relay_chain": [RIA],
        "summary": "The incursion took place on Sunday and the Azerbaijani troops have since "
        "withdrawn.",
        "stated_on": MONDAY,
    },
    {
        "key": "armenian-statement-offensive",
        "document": ARMENIAN_KEY,
        "phrase": "Ադրբեջանի զինված ուժերի ստորաբաժանումները փորձել են առաջխաղացում կատարել "
        "սահմանի արևելյան ուղղությամբ",
        "speaker": AM_MOD,
        "relay_chain": [],
        "summary": "Azerbaijani units tried to advance in the eastern direction of the border "
        "on 14 November 2021 (Armenian-language statement).",
        "stated_on": SUNDAY,
    },
    {
        "key": "ria-baku-provocation",
        "document": RIA_KEY,
        "phrase": "армянские вооруженные силы совершили очередную провокацию на кельбаджарском "
        "направлении, а азербайджанские подразделения приняли адекватные меры ответа",
        "speaker": AZ_MOD,
        "relay_chain": [],
        "summary": "Armenian forces staged another provocation in the Kalbajar direction; "
        "Azerbaijani units responded with adequate measures.",
        "stated_on": date(2021, 11, 16),
    },
    {
        "key": "ria-yerevan-advance",
        "document": RIA_KEY,
        "phrase": "противник пытался продвинуться на восточном участке границы и был отброшен",
        "speaker": AM_MOD,
        "relay_chain": [],
        "summary": "Azerbaijani forces tried to advance on the eastern section of the border and "
        "were pushed back.",
        "stated_on": date(2021, 11, 16),
    },
]

PAIRS: list[dict] = [
    {
        # Baku's accusation and Yerevan's English statement are left for the desk to pair:
        # the claim page proposes the one for the other.
        "claims": ("baku-accusation", "armenian-statement-offensive"),
        "relation": "contradicts",
        "rationale": "Each ministry says the other side started it: Baku blames Armenian units "
        "for opening fire, Yerevan's Armenian-language statement says Azerbaijani units tried "
        "to advance.",
    },
    {
        "claims": ("pashinyan-incursion", "security-council-withdrawal"),
        "relation": "corroborates",
        "rationale": "Both Armenian statements describe an Azerbaijani incursion on Sunday; the "
        "Security Council adds that the troops withdrew.",
    },
]

# slug -> (name, category) for labels missing from the taxonomy (normally a data migration
# creates them; the fallback keeps the demo loadable either way).
LABEL_FALLBACKS: dict[str, tuple[str, str]] = {
    "occupation-framing": ("Occupation framing", "territorial_legitimacy"),
    "liberation-framing": ("Liberation framing", "territorial_legitimacy"),
    "provocation-framing": ("Provocation framing", "blame_attribution"),
    "military-euphemism": ("Military euphemism", "euphemism"),
    "enemy-othering": ("Enemy othering", "othering"),
    "sponsor-labelling": ("Sponsor labelling", "alignment"),
    "loaded-language": ("Loaded Language", "manipulative_wording"),
}

# Manual annotations are by the demo reviewer; lexicon suggestions have no annotator.
ANNOTATIONS: list[dict] = [
    {
        "phrase": "Armenian-occupied",
        "label": "occupation-framing",
        "origin": "manual",
        "state": "accepted",
        "note": "Attributed to Azerbaijani officials and foreign coverage.",
    },
    {
        "phrase": "liberated",
        "anchor": "recovered in 2020",
        "label": "liberation-framing",
        "origin": "manual",
        "state": "accepted",
        "note": "Azerbaijan's framing of the 2020 recapture.",
    },
    {
        "phrase": "provocation",
        "label": "provocation-framing",
        "origin": "manual",
        "state": "accepted",
        "note": "Baku casts its own fire as a response.",
    },
    {
        "phrase": "provocation",
        "label": "loaded-language",
        "origin": "manual",
        "state": "accepted",
        "note": "",
    },
    {
        "phrase": "adequate measures",
        "label": "military-euphemism",
        "origin": "manual",
        "state": "accepted",
        "note": "Says nothing about what the forces actually did.",
    },
    {
        "phrase": "the enemy",
        "label": "enemy-othering",
        "origin": "lexicon",
        "state": "suggested",
        "note": "",
    },
    {
        "phrase": "Turkish-backed",
        "label": "sponsor-labelling",
        "origin": "lexicon",
        "state": "suggested",
        "note": "",
    },
]

EDITOR = "editor"
REVIEWER = "reviewer"
REVIEWER2 = "reviewer2"

# Known passwords: created only with DEBUG on.
USERS: list[dict] = [
    {
        "username": EDITOR,
        "password": "parallax-editor",
        "email": "editor@parallax.example",
        "first_name": "Hanna",
        "last_name": "Lindqvist",
        "group": "editors",
    },
    {
        "username": REVIEWER,
        "password": "parallax-reviewer",
        "email": "reviewer@parallax.example",
        "first_name": "Tomás",
        "last_name": "Ortega",
        "group": "reviewers",
    },
    {
        "username": REVIEWER2,
        "password": "parallax-reviewer2",
        "email": "reviewer2@parallax.example",
        "first_name": "Amira",
        "last_name": "Haddad",
        "group": "reviewers",
    },
]

TEAM = {
    "name": "Caucasus desk",
    "description": "Verifies claims about the Armenia–Azerbaijan conflict.",
    "members": [REVIEWER, REVIEWER2],
}

# One claim for a named reviewer, one for the team queue.
TASKS: list[dict] = [
    {
        "claim": "baku-accusation",
        "assignee": REVIEWER,
        "due_in_days": 3,
        "priority": 2,
        "instructions": "Check the districts named against other reports of the night.",
    },
    {
        "claim": "yerevan-counter-accusation",
        "team": True,
        "due_in_days": 5,
        "priority": 3,
        "instructions": "",
    },
]

# Claims worked through to a published verdict, so that the consumers' API, the ClaimReview
# feed and the public verdict page have something to show: the named reviewer proposes, the
# editor approves (nobody publishes their own rating).
VERDICTS: list[dict] = [
    {
        "claim": "pashinyan-incursion",
        "reviewer": REVIEWER2,
        "instructions": "Look for any confirmation of the crossing beyond Armenian officials.",
        "rating": "unproven",
        "rationale": "Only Armenian officials say that Azerbaijani troops entered Armenian "
        "territory, and they gave neither a place nor a number of soldiers. Baku's statements of "
        "the same days speak of fire across the line, not of a crossing, and no observer on the "
        "border reported one. Armenia's Security Council adds that the soldiers have left, which "
        "cannot be checked either.",
    },
]
