"""English wire copy: thirteen short articles, each written in the way one real outlet writes
(Reuters, AP, AFP, BBC, RFE/RL, Eurasianet, OC Media here; Interfax, APA, Armenpress, Trend,
news.am and TASS in ``_en_wires_agencies``), labelled by the rules of ``demo.extraction_set``.

The house set is written in the project's own house styles; real copy attributes differently,
and these articles gather what it does: US and British spellings and demonym forms of the same
body ("the Armenian Defense Ministry", "Azerbaijan's Ministry of Defence"); an outlet passing a
statement on ("reports citing", "carried by state news agency"); "the statement reads" for the
statement's author; statements on social media ("tweeted", "wrote on Facebook", "said in a post
on X"); "told lawmakers", "told a news conference"; quotations split around their attribution;
two speakers in one sentence ("A said …, while B said …", "A said …; B denied …"); denials of
reports; spokespeople; datelines, bylines, "could not independently verify" and "(Reporting
by …)" trailers, which are negatives.

The publishers are invented, one for each outlet whose way of writing the article follows
(``modelled_on``); the people, institutions and agencies they quote are real or invented as in
the house set, and every incident and statement is invented.

Two conventions the house rules leave open:
- A quotation split around its attribution ("“A,” she said. “B.”", "“A,” she said, “B.”") is
  one Statement, from the first quoted word to the last: the only span with its attribution
  inside it, since a span is one stretch of text.
- Generic hearsay ("according to Russian news agencies", "local media reported") names no
  source: it is neither a speaker nor a relay.
"""

from demo.extraction_set import Article, SourceSpec, Statement

from ._en_wires_agencies import AGENCY_ARTICLES

WIRE = "international wire"

SOURCES: tuple[SourceSpec, ...] = (
    # The publishers, each modelled on one real outlet.
    SourceSpec("lodestar", "Lodestar News Agency", "news_agency", short_name="Lodestar"),
    SourceSpec("northgate", "Northgate Press", "news_agency", short_name="NP"),
    SourceSpec("orion", "Agence Orion", "news_agency", "FR", short_name="Orion"),
    SourceSpec("wessex", "Wessex World Service", "outlet", "GB", short_name="Wessex"),
    SourceSpec(
        "aurora",
        "Radio Aurora",
        "outlet",
        short_name="Aurora",
        aliases=("Aurora's Armenian service",),
    ),
    SourceSpec("ledger", "Caucasus Ledger", "outlet", short_name="Ledger"),
    SourceSpec("kura", "Kura Media", "outlet", "GE"),
    SourceSpec("neva", "Neva News Agency", "news_agency", "RU", short_name="Neva"),
    SourceSpec("absheron", "Absheron Press Agency", "news_agency", "AZ", short_name="Absheron"),
    SourceSpec("aragats", "Aragatspress", "news_agency", "AM", aliases=("Aragatspress agency",)),
    SourceSpec("gobustan", "Gobustan News Agency", "news_agency", "AZ", short_name="Gobustan"),
    SourceSpec("sevan", "Sevan Online", "outlet", "AM"),
    SourceSpec("ural", "Ural Telegraph Agency", "news_agency", "RU", short_name="UTA"),
    # Others the desk has.
    SourceSpec(
        "eu-mission",
        "European Union Mission in Armenia",
        "international_body",
        short_name="EUMA",
        aliases=("EU mission in Armenia",),
    ),
    SourceSpec(
        "kostanyan",
        "Vahan Kostanyan",
        "official",
        "AM",
        aliases=("Vahan Kostanian", "Kostanian", "Kostanyan"),
    ),
    # Speakers the desk does not have yet.
    SourceSpec("hakobyan", "Armine Hakobyan", "other", "AM", known=False),
    SourceSpec("holm", "Ingrid Holm", "official", known=False),
    SourceSpec("guliyeva", "Laman Guliyeva", "other", "AZ", known=False),
    SourceSpec("melkonyan", "Gevorg Melkonyan", "official", "AM", known=False),
    SourceSpec("rustamli", "Elnur Rustəmli", "official", "AZ", known=False),
    SourceSpec("sahakyan", "Gevorg Sahakyan", "official", "AM", known=False),
    SourceSpec("tamrazyan", "Hovik Tamrazyan", "official", "AM", known=False),
    SourceSpec("arsenyan", "Gurgen Arsenyan", "official", "AM", known=False),
    SourceSpec("ohanjanyan", "Lilit Ohanjanyan", "official", "AM", known=False),
    SourceSpec("tadevosyan", "Armen Tadevosyan", "official", "AM", known=False),
)

WIRE_ARTICLES: tuple[Article, ...] = (
    Article(
        key="jermuk-lodestar",
        publisher="lodestar",
        style=WIRE,
        modelled_on="Reuters",
        title="Armenia and Azerbaijan trade blame for night of border shelling",
        text=(
            "YEREVAN, Sept 13 (Lodestar) - Azerbaijani forces shelled the Armenian towns of "
            "Jermuk and Vardenis overnight, Armenia's Defense Ministry said on Tuesday, in the "
            "heaviest fighting on the border since the end of the 2020 war.\n\n"
            "Azerbaijan's defence ministry said Armenian units had attacked its positions in the "
            "Kalbajar and Lachin districts, while the Armenian ministry said Azerbaijan had opened "
            "fire first with artillery and drones. Lodestar could not independently verify "
            "either side's account.\n\n"
            "“Our positions near Jermuk came under fire from three directions at once,” Prime "
            "Minister Nikol Pashinyan told parliament. “The army is holding every one of them.”"
            "\n\n"
            "Armen Grigoryan, the secretary of Armenia's Security Council, told the Interfax news "
            "agency that Yerevan had asked the Collective Security Treaty Organization to send a "
            "fact-finding mission.\n\n"
            "Kremlin spokesman Dmitry Peskov told reporters that Moscow was in contact with both "
            "capitals, according to Russian news agencies.\n\n"
            "In Baku, presidential aide Hikmet Hajiyev wrote on X that Armenia bore full "
            "responsibility for the escalation and that Azerbaijan had only responded to "
            "provocations.\n\n"
            "The two former Soviet republics have fought two wars over Nagorno-Karabakh, a "
            "mountainous region internationally recognised as part of Azerbaijan.\n\n"
            "(Reporting by Lusine Harutyunyan in Yerevan and Nigar Mammadova in Baku; Writing by "
            "Tom Carver; Editing by Ruth Ellison)"
        ),
        statements=(
            Statement(
                "Azerbaijani forces shelled the Armenian towns of Jermuk and Vardenis overnight",
                "am-mod",
            ),
            Statement(
                "Armenian units had attacked its positions in the Kalbajar and Lachin districts",
                "az-mod",
            ),
            Statement("Azerbaijan had opened fire first with artillery and drones", "am-mod"),
            # a quotation split around its attribution, one statement per part (a span holds
            # no attribution); told lawmakers (an audience)
            Statement(
                "Our positions near Jermuk came under fire from three directions at once",
                "pashinyan",
            ),
            Statement("The army is holding every one of them", "pashinyan"),
            Statement(
                "Yerevan had asked the Collective Security Treaty Organization to send a "
                "fact-finding mission",
                "grigoryan",
                ("interfax",),
            ),
            # generic hearsay is no relay
            Statement("Moscow was in contact with both capitals", "peskov"),
            Statement(
                "Armenia bore full responsibility for the escalation and that Azerbaijan had "
                "only responded to provocations",
                "hajiyev",
            ),
        ),
    ),
    Article(
        key="lachin-checkpoint-northgate",
        publisher="northgate",
        style=WIRE,
        modelled_on="Associated Press",
        title="Azerbaijan says Lachin checkpoint stays open as Armenia reports trucks turned back",
        text=(
            "By Elena Ward\n\n"
            "BAKU, Azerbaijan (NP) — Azerbaijan's Foreign Minister Jeyhun Bayramov told a news "
            "conference in Baku on Thursday that the checkpoint on the Lachin road would stay "
            "open for humanitarian traffic.\n\n"
            "“Nobody is blocking the road,” Bayramov said, “and anyone who wants to travel to "
            "Khankendi can do so through the checkpoint.”\n\n"
            "Armenian Foreign Ministry spokeswoman Ani Badalyan said in a post on X that guards "
            "at the checkpoint had turned back 40 trucks of flour since Monday.\n\n"
            "The Russian peacekeeping contingent said its patrols had escorted two Red Cross "
            "convoys along the road; Azerbaijan's State Border Service denied stopping any of "
            "them.\n\n"
            "Azerbaijan's presidential administration also denied reports that the road had been "
            "closed to civilian cars for a week.\n\n"
            "It was not possible to verify the figures independently. Calls to the Armenian "
            "Foreign Ministry went unanswered on Thursday evening.\n\n"
            "The road is the only land link between Armenia and the Karabakh region.\n\n"
            "Northgate Press writer Dmitri Volkov in Moscow contributed to this report."
        ),
        statements=(
            Statement(
                "the checkpoint on the Lachin road would stay open for humanitarian traffic",
                "bayramov",
            ),
            # a quotation split around its attribution, at a comma: a statement per part
            Statement("Nobody is blocking the road", "bayramov"),
            Statement(
                "and anyone who wants to travel to Khankendi can do so through the checkpoint",
                "bayramov",
            ),
            Statement(
                "guards at the checkpoint had turned back 40 trucks of flour since Monday",
                "badalyan",
            ),
            # two speakers in one sentence, the second denying
            Statement(
                "its patrols had escorted two Red Cross convoys along the road", "ru-peacekeepers"
            ),
            Statement("denied stopping any of them", "az-border"),
            # a denial of reports
            Statement(
                "denied reports that the road had been closed to civilian cars for a week",
                "az-pres",
            ),
        ),
    ),
    Article(
        key="vardenis-orion",
        publisher="orion",
        style=WIRE,
        modelled_on="AFP",
        title="Azerbaijan says it destroyed Armenian depot; Yerevan denies",
        text=(
            "YEREVAN, Oct 4, 2022 (Orion) – The Azerbaijani defence ministry said its forces had "
            "destroyed an Armenian ammunition depot near Vardenis; Yerevan denied the claim.\n\n"
            "“We hear explosions every night and the children sleep in the basement,” Armine "
            "Hakobyan, a teacher in the border village of Sotk, told Orion by telephone.\n\n"
            'Azerbaijani presidential aide Hikmet Hajiyev told Orion that Baku had "no plans to '
            'advance" and was only protecting its border.\n\n'
            "Armenia's Human Rights Defender said on Telegram that two civilians had been "
            "wounded in Sotk and that a school had been damaged.\n\n"
            "Moscow, which has a military base in Armenia, urged both sides to return to talks. "
            "Russian foreign ministry spokeswoman Maria Zakharova wrote on Telegram that the "
            'clashes were "a blow to the trilateral agreements".\n\n'
            "An Orion reporter in Vardenis heard several loud explosions on Tuesday evening.\n\n"
            "The European Union Mission in Armenia said its observers had been withdrawn from "
            "the area for their own safety."
        ),
        statements=(
            Statement(
                "its forces had destroyed an Armenian ammunition depot near Vardenis", "az-mod"
            ),
            Statement("denied the claim", "am-mod"),
            # told the publisher: no relay
            Statement(
                "We hear explosions every night and the children sleep in the basement",
                "hakobyan",
            ),
            Statement(
                'Baku had "no plans to advance" and was only protecting its border', "hajiyev"
            ),
            Statement(
                "two civilians had been wounded in Sotk and that a school had been damaged",
                "am-hrd",
            ),
            Statement('the clashes were "a blow to the trilateral agreements', "zakharova"),
            Statement(
                "its observers had been withdrawn from the area for their own safety",
                "eu-mission",
            ),
        ),
    ),
    Article(
        key="tavush-wessex",
        publisher="wessex",
        style=WIRE,
        modelled_on="BBC",
        title="Armenia and Azerbaijan: deadly clashes on northern border",
        text=(
            "Armenia's defence ministry says four of its soldiers have been killed in fighting on "
            "its northern border with Azerbaijan, the worst in months.\n\n"
            "The ministry said the clashes began when Azerbaijani troops tried "
            "to seize a hill near the village of Chinari, while the Azerbaijani defence ministry "
            "said Armenian forces had fired on its positions in the Tovuz district.\n\n"
            'Azerbaijan\'s President Ilham Aliyev tweeted that his country would "never allow" '
            "its border to be violated.\n\n"
            "In a post on Facebook, Prime Minister Nikol Pashinyan said the army had pushed the "
            "Azerbaijani units back and that the situation was now calm.\n\n"
            "Neither account could be independently verified. The two sides have long blamed "
            "each other for breaking the ceasefire.\n\n"
            "Russia's foreign ministry called on both sides to show restraint. Moscow brokered "
            "the truce that ended the 2020 war and has peacekeepers in the region.\n\n"
            "Gevorg Melkonyan, the mayor of Chinari, said several houses had been hit and that "
            "families had left for the nearby town of Berd."
        ),
        statements=(
            Statement(
                "four of its soldiers have been killed in fighting on its northern border with "
                "Azerbaijan",
                "am-mod",
            ),
            Statement(
                "the clashes began when Azerbaijani troops tried to seize a hill near the village "
                "of Chinari",
                "am-mod",
            ),
            Statement("Armenian forces had fired on its positions in the Tovuz district", "az-mod"),
            Statement('his country would "never allow" its border to be violated', "aliyev"),
            Statement(
                "the army had pushed the Azerbaijani units back and that the situation was now "
                "calm",
                "pashinyan",
            ),
            Statement(
                "several houses had been hit and that families had left for the nearby town of "
                "Berd",
                "melkonyan",
            ),
        ),
    ),
    Article(
        key="border-commission-aurora",
        publisher="aurora",
        style=WIRE,
        modelled_on="RFE/RL",
        title="Pashinian Says No Secret Deal With Baku On Border Villages",
        text=(
            "Prime Minister Nikol Pashinian told lawmakers on Wednesday that his government had "
            "made no secret deal with Baku on the handover of border villages.\n\n"
            "“There is no agreement, written or oral, on giving away a single village,” he said "
            "during a question-and-answer session in the National Assembly.\n\n"
            "Opposition leaders remained unconvinced, demanding that the government publish the "
            "minutes of the last meeting of the border commissions.\n\n"
            "Defense Minister Suren Papikian told reporters that Azerbaijani troops were still "
            "stationed on two hills inside Armenia's Gegharkunik province. The ministry's "
            "spokesman, Aram Torosian, wrote on Facebook that a soldier had been lightly wounded "
            "by sniper fire there on Tuesday.\n\n"
            "Speaking to Aurora's Armenian service, Deputy Foreign Minister Vahan Kostanian said "
            "the commissions would meet again in Brussels in April.\n\n"
            "The Azerbaijani side did not comment on the reported shooting.\n\n"
            "Kremlin spokesman Dmitry Peskov said on Thursday that Russia was ready to provide "
            "maps from the Soviet General Staff to both sides, Russian news agencies reported."
        ),
        statements=(
            Statement(
                "his government had made no secret deal with Baku on the handover of border "
                "villages",
                "pashinyan",
            ),
            Statement(
                "There is no agreement, written or oral, on giving away a single village",
                "pashinyan",
            ),
            Statement(
                "Azerbaijani troops were still stationed on two hills inside Armenia's "
                "Gegharkunik province",
                "papikyan",
            ),
            Statement(
                "a soldier had been lightly wounded by sniper fire there on Tuesday", "torosyan"
            ),
            Statement("the commissions would meet again in Brussels in April", "kostanyan"),
            Statement(
                "Russia was ready to provide maps from the Soviet General Staff to both sides",
                "peskov",
            ),
        ),
    ),
    Article(
        key="euma-ledger",
        publisher="ledger",
        style=WIRE,
        modelled_on="Eurasianet",
        title="Baku turns on the EU's monitors in Armenia",
        text=(
            "Baku has stepped up its criticism of the European Union Mission in Armenia, the "
            "civilian observers who have patrolled the Armenian side of the border since "
            "February 2023.\n\n"
            "In a statement on its website on March 2, the Azerbaijani foreign ministry said the "
            'mission\'s patrols near the border had become "a tool of political pressure" on '
            'Baku. "The mission was presented as a temporary and neutral presence, but it is '
            'turning into something else," the statement reads. It added that Azerbaijan had '
            "never been consulted on the mission's mandate.\n\n"
            "The ministry's spokesperson, Ayhan Hajizada, went further in a post on X, writing "
            'that the observers were "watching only one side of the border."\n\n'
            'EUMA rejected the criticism. "Our observers patrol only on the Armenian side of '
            'the border, as our mandate requires," its spokesperson, Ingrid Holm, told '
            "Ledger.\n\n"
            "Armenian officials have welcomed the mission from the start. Foreign Minister Ararat "
            "Mirzoyan said during a visit to Brussels that the patrols had reduced the number of "
            'shooting incidents "significantly."\n\n'
            "Laman Guliyeva, an analyst at a Baku think tank, said the statement reflected "
            "Baku's wider frustration with Brussels. \"This is about the peace talks more than "
            'about the observers," she said.\n\n'
            "The EU has not said how many observers it plans to deploy after the mandate is "
            "renewed. Requests for comment sent to the Azerbaijani foreign ministry went "
            "unanswered."
        ),
        statements=(
            Statement(
                "the mission's patrols near the border had become \"a tool of political "
                'pressure" on Baku',
                "az-mfa",
            ),
            # "the statement reads": the statement's author, not the publisher
            Statement(
                "The mission was presented as a temporary and neutral presence, but it is "
                "turning into something else",
                "az-mfa",
            ),
            Statement("Azerbaijan had never been consulted on the mission's mandate", "az-mfa"),
            Statement('the observers were "watching only one side of the border', "hajizada"),
            Statement("rejected the criticism", "eu-mission"),
            Statement(
                "Our observers patrol only on the Armenian side of the border, as our mandate "
                "requires",
                "holm",
            ),
            Statement(
                'the patrols had reduced the number of shooting incidents "significantly',
                "mirzoyan",
            ),
            Statement("the statement reflected Baku's wider frustration with Brussels", "guliyeva"),
            Statement("This is about the peace talks more than about the observers", "guliyeva"),
        ),
    ),
    Article(
        key="sotk-kura",
        publisher="kura",
        style=WIRE,
        modelled_on="OC Media",
        title="Armenia and Azerbaijan trade accusations over shooting near Sotk",
        text=(
            "Armenia and Azerbaijan have again accused each other of opening fire across their "
            "border, this time near the Armenian village of Sotk.\n\n"
            "In a statement on Facebook, Armenia’s Ministry of Defence said Azerbaijani units "
            "had fired at Armenian positions near Sotk with mortars on Saturday night. The "
            "ministry’s spokesperson, Shushan Stepanyan, wrote that one serviceman had been "
            "wounded and taken to hospital in Vardenis.\n\n"
            "Azerbaijan’s Defence Ministry dismissed the claim as “disinformation”, saying its "
            "units had only returned fire after Armenian forces shot at its positions in the "
            "Kalbajar district.\n\n"
            "Vagif Dargahli, the ministry’s spokesman, tweeted that the Armenian side was "
            "“preparing the ground for a new provocation”.\n\n"
            "The EU mission in Armenia said its patrols had not witnessed the shooting but had "
            "heard explosions from the direction of Sotk.\n\n"
            "Residents of Sotk told Kura Media that shooting had continued until dawn. Kura "
            "Media reached out to both ministries for further comment but had not received a "
            "response at the time of publication.\n\n"
            "The Human Rights Defender of Armenia said in a statement on Sunday that a house in "
            "the village had been hit by a mortar round."
        ),
        statements=(
            Statement(
                "Azerbaijani units had fired at Armenian positions near Sotk with mortars on "
                "Saturday night",
                "am-mod",
            ),
            Statement(
                "one serviceman had been wounded and taken to hospital in Vardenis", "stepanyan"
            ),
            Statement("dismissed the claim as “disinformation", "az-mod"),
            Statement(
                "its units had only returned fire after Armenian forces shot at its positions in "
                "the Kalbajar district",
                "az-mod",
            ),
            Statement(
                "the Armenian side was “preparing the ground for a new provocation", "dargahli"
            ),
            Statement(
                "its patrols had not witnessed the shooting but had heard explosions from the "
                "direction of Sotk",
                "eu-mission",
            ),
            Statement("a house in the village had been hit by a mortar round", "am-hrd"),
        ),
    ),
)

ARTICLES: tuple[Article, ...] = (*WIRE_ARTICLES, *AGENCY_ARTICLES)
