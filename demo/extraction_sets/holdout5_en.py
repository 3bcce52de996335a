"""A fifth held-out set in English: six articles after the ways real outlets wrote about the
conflict in 2020–2023 (a Reuters-style wire, an AP-style wire, an AFP-style wire, an RFE/RL
service report, an Al Jazeera-style broadcaster's story and an OC Media-style news site).

Labelled by the rules of ``demo.extraction_set`` and by nothing else, written without looking at
the extraction rules and never tuned against them. The publishers, the incidents, the figures,
what anyone is said to have said and the minor people are invented; the institutions, agencies
and officials are real, in their real roles. The formulas are those of real copy: a spokesman's
Facebook post, a statement "carried by" a state agency, an agency that "reported" a minister's
words, the outlet's own service told ("told Free Caucasus Radio's Armenian Service": no relay),
"dismissed the reports" followed by "In a statement, it said", "disputed that account, saying",
a capital standing for its ministry ("Baku denies the charge and says"), "told a Cabinet
meeting", a partial quote inside reported speech, and calls ("urged", "welcomed") with no
reported content, which are no statements.
"""

from demo.extraction_set import Article, SourceSpec, Statement


def _paragraphs(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


SOURCES: tuple[SourceSpec, ...] = (
    # Publishers (invented).
    SourceSpec("caspian-ledger", "Caspian Ledger", "news_agency"),
    SourceSpec("northern-line", "Northern Line Press", "news_agency"),
    SourceSpec("continental-press", "Continental Press Agency", "news_agency", short_name="CPA"),
    SourceSpec("free-caucasus", "Free Caucasus Radio", "outlet"),
    SourceSpec("gulf-horizon", "Gulf Horizon", "outlet", aliases=("Gulf Horizon TV",)),
    SourceSpec("kura-review", "Kura Review", "outlet"),
    # A body the desk has in its house set, not in its registry.
    SourceSpec(
        "euma",
        "European Union Mission in Armenia",
        "international_body",
        short_name="EUMA",
        aliases=("EU mission in Armenia",),
    ),
    # Speakers the desk does not have: to be proposed by the name the text uses.
    SourceSpec("qasimli", "Rauf Qasimli", "official", "AZ", known=False),
    SourceSpec("price", "Ned Price", "official", "US", known=False),
    SourceSpec("simonyan-teacher", "Gayane Simonyan", "other", "AM", known=False),
    SourceSpec("danielyan", "Sevak Danielyan", "official", "AM", known=False),
    SourceSpec("melikyan", "Narine Melikyan", "other", "AM", known=False),
    SourceSpec("aldridge", "Tom Aldridge", "other", "GB", known=False),
    SourceSpec("avagyan-sotk", "Lusine Avagyan", "other", "AM", known=False),
    SourceSpec("stano", "Peter Stano", "official", known=False),
)

ARTICLES: tuple[Article, ...] = (
    Article(
        key="h5-en-kalbajar-wire",
        publisher="caspian-ledger",
        style="international wire",
        language="en",
        modelled_on="Reuters",
        title="Azerbaijan says two soldiers wounded in Armenian fire on border",
        text=_paragraphs(
            "BAKU, Nov 16 (Caspian Ledger) - Azerbaijan's defence ministry said on Tuesday that "
            "two of its soldiers had been wounded when Armenian forces opened fire on its "
            "positions in the Kalbajar district.",
            "Armenia's Defence Ministry denied that its troops had fired first and said "
            "Azerbaijani units had tried to advance towards the village of Verin Shorzha.",
            '"The enemy was pushed back. The situation on that section is under the full '
            'control of our units," ministry spokesman Aram Torosyan wrote on Facebook.',
            "Russia's defence ministry said its peacekeepers in Nagorno-Karabakh had recorded no "
            "violations on Tuesday, the Interfax news agency reported.",
            "Kremlin spokesman Dmitry Peskov told reporters Moscow was in contact with both "
            "capitals.",
            "Rauf Qasimli, a member of Azerbaijan's parliament, said the incident showed that "
            "Yerevan was not ready to sign a border deal.",
            "Caspian Ledger could not independently verify either side's account. The two "
            "countries fought a six-week war in 2020 that ended with a Russian-brokered truce.",
        ),
        statements=(
            # reported speech, attribution first, dateline before it
            Statement(
                span=(
                    "two of its soldiers had been wounded when Armenian forces opened fire on its "
                    "positions in the Kalbajar district"
                ),
                speaker="az-mod",
            ),
            # a denial (from the verb), then a second verb of saying in the same sentence
            Statement(span="denied that its troops had fired first", speaker="am-mod"),
            Statement(
                span=(
                    "Azerbaijani units had tried to advance towards the village of Verin Shorzha"
                ),
                speaker="am-mod",
            ),
            # a quotation of two sentences, a spokesman on Facebook
            Statement(
                span=(
                    "The enemy was pushed back. The situation on that section is under the full "
                    "control of our units"
                ),
                speaker="torosyan",
            ),
            # "..., the Interfax news agency reported": a relay
            Statement(
                span=("its peacekeepers in Nagorno-Karabakh had recorded no violations on Tuesday"),
                speaker="ru-mod",
                relays=("interfax",),
            ),
            # "told reporters" with no "that"
            Statement(span="Moscow was in contact with both capitals", speaker="peskov"),
            # a lawmaker the desk does not know; a capital inside the span
            Statement(
                span="the incident showed that Yerevan was not ready to sign a border deal",
                speaker="qasimli",
            ),
        ),
    ),
    Article(
        key="h5-en-lachin-blockade-wire",
        publisher="northern-line",
        style="international wire",
        language="en",
        modelled_on="Associated Press",
        title="Armenia says road blockade threatens Karabakh with humanitarian crisis",
        text=_paragraphs(
            "YEREVAN, Armenia (Northern Line Press) — Armenia’s Foreign Ministry accused "
            "Azerbaijan on Thursday of cutting off the only road linking Nagorno-Karabakh to "
            "Armenia.",
            "Dozens of Azerbaijani protesters have been camped on the road near the town of "
            "Shushi since Monday.",
            "“This is a humanitarian crisis in the making. Some 120,000 people are cut off from "
            "food and medicine,” Armenian Prime Minister Nikol Pashinyan told a Cabinet meeting.",
            "Azerbaijan’s Foreign Ministry spokesman Aykhan Hajizada rejected the claim, saying "
            "the road was open to humanitarian traffic. “The protest is peaceful and Baku has no "
            "part in organizing it,” he told Northern Line Press.",
            "Russia’s Defense Ministry said its peacekeepers were negotiating with both sides to "
            "restore traffic.",
            "In Washington, State Department spokesman Ned Price told reporters the closure "
            "risked “serious humanitarian implications” for residents and urged Baku to restore "
            "free movement.",
            "Nagorno-Karabakh is internationally recognized as part of Azerbaijan but was "
            "controlled by ethnic Armenian forces from the 1990s until a war in 2020.",
        ),
        statements=(
            # accusing: from the verb
            Statement(
                span=(
                    "accused Azerbaijan on Thursday of cutting off the only road linking "
                    "Nagorno-Karabakh to Armenia"
                ),
                speaker="am-mfa",
            ),
            # two-sentence quote; "told a Cabinet meeting"
            Statement(
                span=(
                    "This is a humanitarian crisis in the making. Some 120,000 people are cut off "
                    "from food and medicine"
                ),
                speaker="pashinyan",
            ),
            # rejected ..., saying B: two statements; then a quote told the publisher
            Statement(span="rejected the claim", speaker="hajizada"),
            Statement(span="the road was open to humanitarian traffic", speaker="hajizada"),
            Statement(
                span="The protest is peaceful and Baku has no part in organizing it",
                speaker="hajizada",
            ),
            Statement(
                span="its peacekeepers were negotiating with both sides to restore traffic",
                speaker="ru-mod",
            ),
            # a partial quote inside reported speech; the call after it is no statement
            Statement(
                span="the closure risked “serious humanitarian implications” for residents",
                speaker="price",
            ),
        ),
    ),
    Article(
        key="h5-en-september-clashes-wire",
        publisher="continental-press",
        style="international wire",
        language="en",
        modelled_on="AFP",
        title="Armenia says 105 soldiers killed in clashes with Azerbaijan",
        text=_paragraphs(
            "YEREVAN (CPA) - Armenia's defence ministry said Wednesday that 105 of its soldiers "
            "had been killed in two days of fighting with Azerbaijan.",
            "Baku said 71 of its servicemen had died.",
            "Security Council secretary Armen Grigoryan announced on television that a ceasefire "
            'had been agreed with the help of the "international community" from 8:00 pm.',
            "Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, said in remarks "
            'carried by the state news agency AZERTAC that Azerbaijan had "no territorial '
            'claims" on Armenia.',
            "In Moscow, Foreign Minister Sergei Lavrov said he had spoken to his counterparts in "
            "both countries, RIA Novosti reported.",
            "Gayane Simonyan, a 38-year-old teacher in the Armenian spa town of Jermuk, said she "
            'had heard shelling through the night. "We slept in the basement with the '
            'children," she said.',
            "The former Soviet republics fought two wars over Nagorno-Karabakh, in the 1990s and "
            "in 2020.",
        ),
        statements=(
            Statement(
                span=(
                    "105 of its soldiers had been killed in two days of fighting with Azerbaijan"
                ),
                speaker="am-mod",
            ),
            # a capital standing for its defence ministry
            Statement(span="71 of its servicemen had died", speaker="az-mod"),
            # "announced on television"; partial quote in reported speech
            Statement(
                span=(
                    'a ceasefire had been agreed with the help of the "international community" '
                    "from 8:00 pm"
                ),
                speaker="grigoryan",
            ),
            # "in remarks carried by" an agency: a relay
            Statement(
                span='Azerbaijan had "no territorial claims" on Armenia',
                speaker="hajiyev",
                relays=("azertac",),
            ),
            Statement(
                span="he had spoken to his counterparts in both countries",
                speaker="lavrov",
                relays=("ria",),
            ),
            Statement(span="she had heard shelling through the night", speaker="simonyan-teacher"),
            Statement(
                span="We slept in the basement with the children",
                speaker="simonyan-teacher",
            ),
        ),
    ),
    Article(
        key="h5-en-syunik-trenches-service",
        publisher="free-caucasus",
        style="broadcaster",
        language="en",
        modelled_on="RFE/RL",
        title="Border Village Says Azerbaijani Troops Dug In Closer To Homes",
        text=_paragraphs(
            "Sevak Danielyan, who heads the community of Khnatsakh in Syunik province, said on "
            "Monday that Azerbaijani troops had dug new trenches within sight of village houses.",
            "“They moved some 500 meters forward during the night. We can see them from the "
            "school yard,” Danielyan told Free Caucasus Radio’s Armenian Service.",
            "Armenia’s Defense Ministry dismissed the reports. In a statement, it said "
            "Azerbaijani soldiers had only returned to positions they had left for the winter.",
            "“There has been no advance into our sovereign territory,” the ministry said.",
            "Narine Melikyan, a farmer in the village, disputed that account, saying the "
            "Azerbaijani side had never held those heights before.",
            "Azerbaijan’s Defense Ministry has not commented on the reports.",
            "Armenia’s government has accused Azerbaijan of occupying some 200 square "
            "kilometers of its territory since May 2021. Baku denies the charge and says the "
            "border has never been demarcated.",
        ),
        statements=(
            Statement(
                span=("Azerbaijani troops had dug new trenches within sight of village houses"),
                speaker="danielyan",
            ),
            # told the publisher's own service: no relay
            Statement(
                span=(
                    "They moved some 500 meters forward during the night. We can see them from "
                    "the school yard"
                ),
                speaker="danielyan",
            ),
            # rejecting (from the verb), then a follow-on "it said"
            Statement(span="dismissed the reports", speaker="am-mod"),
            Statement(
                span=(
                    "Azerbaijani soldiers had only returned to positions they had left for the "
                    "winter"
                ),
                speaker="am-mod",
            ),
            Statement(
                span="There has been no advance into our sovereign territory",
                speaker="am-mod",
            ),
            # disputed ..., saying B: two statements
            Statement(span="disputed that account", speaker="melikyan"),
            Statement(
                span="the Azerbaijani side had never held those heights before",
                speaker="melikyan",
            ),
            Statement(
                span=(
                    "accused Azerbaijan of occupying some 200 square kilometers of its territory "
                    "since May 2021"
                ),
                speaker="am-gov",
            ),
            # a capital for its ministry: denies A and says B
            Statement(span="denies the charge", speaker="az-mod"),
            Statement(span="the border has never been demarcated", speaker="az-mod"),
        ),
    ),
    Article(
        key="h5-en-karabakh-operation-broadcaster",
        publisher="gulf-horizon",
        style="broadcaster",
        language="en",
        modelled_on="Al Jazeera",
        title="Azerbaijan launches military operation in Karabakh",
        text=_paragraphs(
            "Azerbaijan's Defence Ministry said on Tuesday it had begun \"local anti-terrorist "
            'measures" in Karabakh.',
            'The ministry said the operation targeted only "legitimate military targets" and '
            "that civilians were not at risk.",
            "Gegham Stepanyan, the region's human rights ombudsman, said at least 32 people, "
            "including seven civilians, had been killed.",
            "Speaking in a televised address, Armenian Prime Minister Nikol Pashinyan said "
            "Armenia's army was not involved in the fighting. \"The situation on the borders of "
            'the Republic of Armenia is stable," he said.',
            "Russian foreign ministry spokeswoman Maria Zakharova told reporters that Moscow had "
            'been informed of the operation only "a few minutes" before it began.',
            'Baku denied that civilians had been targeted. "Only military infrastructure is '
            'being disabled with high-precision weapons," Hikmet Hajiyev, an adviser to '
            "President Ilham Aliyev, told Gulf Horizon.",
            "Tom Aldridge, an analyst at a London-based think-tank, said Baku was betting that "
            "Moscow would not intervene.",
            "About 120,000 ethnic Armenians lived in the region, which broke away from "
            "Azerbaijan as the Soviet Union collapsed.",
        ),
        statements=(
            Statement(
                span='it had begun "local anti-terrorist measures" in Karabakh',
                speaker="az-mod",
            ),
            # "said A and that B": one statement
            Statement(
                span=(
                    'the operation targeted only "legitimate military targets" and that '
                    "civilians were not at risk"
                ),
                speaker="az-mod",
            ),
            Statement(
                span="at least 32 people, including seven civilians, had been killed",
                speaker="gegham-stepanyan",
            ),
            Statement(
                span="Armenia's army was not involved in the fighting",
                speaker="pashinyan",
            ),
            Statement(
                span="The situation on the borders of the Republic of Armenia is stable",
                speaker="pashinyan",
            ),
            Statement(
                span=(
                    'Moscow had been informed of the operation only "a few minutes" before it began'
                ),
                speaker="zakharova",
            ),
            Statement(span="denied that civilians had been targeted", speaker="az-mod"),
            # told the publisher: no relay
            Statement(
                span="Only military infrastructure is being disabled with high-precision weapons",
                speaker="hajiyev",
            ),
            Statement(
                span="Baku was betting that Moscow would not intervene",
                speaker="aldridge",
            ),
        ),
    ),
    Article(
        key="h5-en-eu-mission-site",
        publisher="kura-review",
        style="news site",
        language="en",
        modelled_on="OC Media",
        title="EU launches two-year monitoring mission in Armenia",
        text=_paragraphs(
            "The EU has launched a two-year civilian mission along Armenia's border with "
            "Azerbaijan, drawing criticism from Baku and Moscow.",
            "The European Union Mission in Armenia (EUMA) said in a statement on Monday that "
            "around 100 staff, including 50 unarmed monitors, would be deployed.",
            "Azerbaijan's foreign ministry spokesperson Aykhan Hajizada wrote on Twitter that "
            'the mission "can only harm" the normalisation process.',
            "Russia's Foreign Ministry said the deployment could \"bring geopolitical "
            'confrontation" to the region, in comments carried by TASS.',
            "Armenian Foreign Minister Ararat Mirzoyan welcomed the mission. Speaking to "
            'lawmakers, he said the monitors would "contribute to stability" along the border.',
            "Lusine Avagyan, who lives in the border village of Sotk, told Kura Review that "
            "shooting had stopped since the first patrols appeared in October.",
            "Peter Stano, the EU's foreign affairs spokesperson, said the mission \"is not "
            'directed against anyone" and would report to Brussels.',
            "The mission replaced a smaller, two-month EU deployment that ended in December.",
        ),
        statements=(
            Statement(
                span="around 100 staff, including 50 unarmed monitors, would be deployed",
                speaker="euma",
            ),
            Statement(
                span='the mission "can only harm" the normalisation process',
                speaker="hajizada",
            ),
            # "in comments carried by TASS" after the content: a relay
            Statement(
                span='the deployment could "bring geopolitical confrontation" to the region',
                speaker="ru-mfa",
                relays=("tass",),
            ),
            # "welcomed the mission" has no content; "Speaking to lawmakers, he said"
            Statement(
                span='the monitors would "contribute to stability" along the border',
                speaker="mirzoyan",
            ),
            Statement(
                span="shooting had stopped since the first patrols appeared in October",
                speaker="avagyan-sotk",
            ),
            Statement(
                span='the mission "is not directed against anyone" and would report to Brussels',
                speaker="stano",
            ),
        ),
    ),
)
