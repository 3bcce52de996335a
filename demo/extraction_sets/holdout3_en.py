"""A third held-out set in English: five articles after real outlets' ways of attributing, as
found in their 2020–2023 copy on the Armenia–Azerbaijan conflict: an American wire, a French
wire, an international broadcaster's website, an Armenian national agency and an Azerbaijani
news site.

Labelled by the rules of ``demo.extraction_set``; written before any rule was changed for it
and never tuned against. The publishers (Harbor Press, Agence Lumen, Crescent News Network,
Vedi News Agency, Khazar Info), the incidents and every minor person are invented; the
institutions, agencies and officials are real, in their real roles. A country named as the one
who speaks ("Azerbaijan on Monday accused …") is its own speaker, a source the desk does not
have yet.
"""

from demo.extraction_set import Article, SourceSpec, Statement

SOURCES: tuple[SourceSpec, ...] = (
    # Publishers.
    SourceSpec("harbor", "Harbor Press", "news_agency", "US"),
    SourceSpec("lumen", "Agence Lumen", "news_agency", "FR", short_name="Lumen"),
    SourceSpec("crescent", "Crescent News Network", "outlet", "QA"),
    SourceSpec("vedi", "Vedi News Agency", "news_agency", "AM", aliases=("VEDINEWS",)),
    SourceSpec("khazar", "Khazar Info", "outlet", "AZ", aliases=("Khazar",)),
    # Bodies the desk has that the registry does not carry.
    SourceSpec(
        "eu-mission",
        "European Union Mission in Armenia",
        "international_body",
        short_name="EUMA",
        aliases=("EU monitoring mission", "EU mission in Armenia"),
    ),
    SourceSpec(
        "icrc",
        "International Committee of the Red Cross",
        "international_body",
        short_name="ICRC",
        aliases=("Red Cross",),
    ),
    # Speakers the desk does not have: to be proposed by the name the text uses.
    SourceSpec("azerbaijan", "Azerbaijan", "other", "AZ", known=False),
    SourceSpec("avanesyan", "Levon Avanesyan", "other", known=False),
    SourceSpec("lund", "Hanna Lund", "other", known=False),
    SourceSpec("mher-grigoryan", "Mher Grigoryan", "official", "AM", known=False),
)

ARTICLES: tuple[Article, ...] = (
    Article(
        key="tegh-clash-us-wire",
        publisher="harbor",
        style="international wire",
        language="en",
        modelled_on="AP",
        title="Armenia says 3 soldiers killed in border clash with Azerbaijan",
        text=(
            "YEREVAN, Armenia (Harbor) — Armenia's Defense Ministry says three of its soldiers "
            "were killed and two others wounded Thursday in a clash with Azerbaijani forces on "
            "the border between the two countries.\n\n"
            "The ministry said the fighting broke out near the village of Tegh when Azerbaijani "
            "troops opened fire on Armenian positions with mortars and drones.\n\n"
            "Azerbaijan's Defense Ministry, in turn, accused Armenian forces of firing first, "
            "according to a statement carried by the state news agency Azertac. It said two "
            "Azerbaijani servicemen had been wounded.\n\n"
            "Armenian Prime Minister Nikol Pashinyan told a Cabinet meeting that Baku was trying "
            "to “force Armenia into concessions” and that his government would appeal to "
            "international partners.\n\n"
            "“We will not respond to provocations with provocations, but we will defend our "
            "borders,” Pashinyan said.\n\n"
            "Kremlin spokesman Dmitry Peskov said Moscow was “seriously concerned” about the "
            "escalation and urged restraint.\n\n"
            "The two countries have been locked in a conflict over the Karabakh region for "
            "decades. Azerbaijan took full control of the region in a lightning offensive in "
            "September 2023.\n\n"
            "The EU monitoring mission said its patrols in the area had been stepped up."
        ),
        statements=(
            # present tense "says" in the lead; the dateline is no part of it
            Statement(
                span=(
                    "three of its soldiers were killed and two others wounded Thursday in a "
                    "clash with Azerbaijani forces on the border between the two countries"
                ),
                speaker="am-mod",
            ),
            Statement(
                span=(
                    "the fighting broke out near the village of Tegh when Azerbaijani troops "
                    "opened fire on Armenian positions with mortars and drones"
                ),
                speaker="am-mod",
            ),
            # "in turn" set off by commas; "according to a statement carried by" an agency
            Statement(
                span="accused Armenian forces of firing first",
                speaker="az-mod",
                relays=("azertac",),
            ),
            # follow-on "It said" keeps the relay
            Statement(
                span="two Azerbaijani servicemen had been wounded",
                speaker="az-mod",
                relays=("azertac",),
            ),
            # "told a Cabinet meeting": an audience; "that A and that B" is one span
            Statement(
                span=(
                    "Baku was trying to “force Armenia into concessions” and that his "
                    "government would appeal to international partners"
                ),
                speaker="pashinyan",
            ),
            Statement(
                span=(
                    "We will not respond to provocations with provocations, but we will defend "
                    "our borders"
                ),
                speaker="pashinyan",
            ),
            # "and urged restraint" is an act, not what was said
            Statement(
                span="Moscow was “seriously concerned” about the escalation",
                speaker="peskov",
            ),
            Statement(
                span="its patrols in the area had been stepped up",
                speaker="eu-mission",
            ),
        ),
    ),
    Article(
        key="nakhchivan-drone-french-wire",
        publisher="lumen",
        style="international wire",
        language="en",
        modelled_on="AFP",
        title="Azerbaijan accuses Armenia of drone attack near Nakhchivan",
        text=(
            "BAKU (Lumen) - Azerbaijan on Monday accused Armenia of attacking its positions in "
            "the Nakhchivan exclave with a drone, the latest incident in the tense border "
            "standoff between the two Caucasus neighbours.\n\n"
            "“The drone was neutralised by our air defence units,” the defence ministry in Baku "
            "said in a statement, adding that nobody had been hurt.\n\n"
            "Yerevan dismissed the accusation as “disinformation”. Armenian defence ministry "
            "spokesman Aram Torosyan told Lumen that no Armenian drone had flown in the area on "
            "Monday.\n\n"
            "“This is an attempt to justify new attacks on our territory,” he said.\n\n"
            "Lumen journalists in the border town of Yeraskh heard no explosions overnight.\n\n"
            "Baku and Yerevan have been trying to negotiate a peace deal since the 2020 war but "
            "have repeatedly accused each other of sabotaging the talks.\n\n"
            "Azerbaijani presidential aide Hikmet Hajiyev wrote on X that Armenia “must stop” "
            "what he called its provocations."
        ),
        statements=(
            # a country as the speaker; an aside of the publisher's after a comma
            Statement(
                span=(
                    "accused Armenia of attacking its positions in the Nakhchivan exclave with "
                    "a drone"
                ),
                speaker="azerbaijan",
            ),
            # "the defence ministry in Baku": the ministry, by its capital
            Statement(
                span="The drone was neutralised by our air defence units",
                speaker="az-mod",
            ),
            Statement(span="nobody had been hurt", speaker="az-mod"),
            # dismissing: span from the verb; closing mark dropped
            Statement(
                span="dismissed the accusation as “disinformation",
                speaker="am-mod",
            ),
            # told the publisher: no relay
            Statement(
                span="no Armenian drone had flown in the area on Monday",
                speaker="torosyan",
            ),
            Statement(
                span="This is an attempt to justify new attacks on our territory",
                speaker="torosyan",
            ),
            Statement(
                span="Armenia “must stop” what he called its provocations",
                speaker="hajiyev",
            ),
        ),
    ),
    Article(
        key="karabakh-exodus-broadcaster",
        publisher="crescent",
        style="broadcaster website",
        language="en",
        modelled_on="Al Jazeera",
        title="Armenians leave Karabakh after Azerbaijan's lightning offensive",
        text=(
            "Thousands of ethnic Armenians have begun leaving Nagorno-Karabakh, a day after "
            "Azerbaijan declared victory in a military operation in the region, said Levon "
            "Avanesyan, an adviser to the region's leader.\n\n"
            "Azerbaijan's presidency said in a statement that the region's residents would be "
            "“reintegrated” as equal citizens and that their rights would be guaranteed.\n\n"
            "Armenian Prime Minister Nikol Pashinyan, speaking in a televised address, said the "
            "exodus amounted to “ethnic cleansing”.\n\n"
            "Baku rejects the charge, saying residents are free to stay.\n\n"
            "The International Committee of the Red Cross said it had helped evacuate 40 "
            "wounded people from the region's main city, known as Stepanakert to Armenians and "
            "Khankendi to Azerbaijanis.\n\n"
            "“People are exhausted, they have been living under blockade for months,” Hanna "
            "Lund, an ICRC spokesperson in Yerevan, told Crescent News Network.\n\n"
            "Russia's defence ministry said its peacekeepers had sheltered more than 5,000 "
            "civilians at their base near the city's airport.\n\n"
            "Crescent News Network could not independently verify the figures."
        ),
        statements=(
            # inverted "said X, an adviser …"; speaker unknown to the desk
            Statement(
                span=(
                    "Thousands of ethnic Armenians have begun leaving Nagorno-Karabakh, a day "
                    "after Azerbaijan declared victory in a military operation in the region"
                ),
                speaker="avanesyan",
            ),
            Statement(
                span=(
                    "the region's residents would be “reintegrated” as equal citizens and that "
                    "their rights would be guaranteed"
                ),
                speaker="az-pres",
            ),
            # the occasion set off by commas
            Statement(
                span="the exodus amounted to “ethnic cleansing",
                speaker="pashinyan",
            ),
            # rejecting: span from the verb; then "saying": a second attribution
            Statement(span="rejects the charge", speaker="az-mod"),
            Statement(span="residents are free to stay", speaker="az-mod"),
            Statement(
                span=(
                    "it had helped evacuate 40 wounded people from the region's main city, "
                    "known as Stepanakert to Armenians and Khankendi to Azerbaijanis"
                ),
                speaker="icrc",
            ),
            # told the publisher; a spokesperson named after her body
            Statement(
                span="People are exhausted, they have been living under blockade for months",
                speaker="lund",
            ),
            Statement(
                span=(
                    "its peacekeepers had sheltered more than 5,000 civilians at their base "
                    "near the city's airport"
                ),
                speaker="ru-mod",
            ),
        ),
    ),
    Article(
        key="sotk-fire-armenian-agency",
        publisher="vedi",
        style="national agency",
        language="en",
        modelled_on="Armenpress",
        title="Azerbaijani forces open fire at Armenian positions near Sotk",
        text=(
            "YEREVAN, MAY 12, VEDINEWS. Units of the Azerbaijani armed forces opened fire at "
            "Armenian combat positions located near Sotk at around 14:20, the Ministry of "
            "Defense of Armenia said.\n\n"
            "According to the ministry, the Armenian side suffered no losses. The situation in "
            "the area is relatively stable.\n\n"
            "Defense Ministry spokesman Aram Torosyan noted that the Azerbaijani side again "
            "spread false information about the Armenian forces opening fire.\n\n"
            "“The Armenian Armed Forces did not fire in the direction of the Azerbaijani "
            "positions,” Torosyan said.\n\n"
            "Earlier, the Defense Ministry of Azerbaijan claimed that Armenian units had fired "
            "at its positions in the Kalbajar district.\n\n"
            "The meeting of the border delimitation commissions will take place next week in "
            "Brussels, Deputy Prime Minister Mher Grigoryan told reporters.\n\n"
            "Armenia is ready to sign the peace treaty before the end of the year. This was "
            "stated by Foreign Minister Ararat Mirzoyan during a joint press conference with "
            "his Georgian counterpart."
        ),
        statements=(
            # the agency's dateline, a sentence of its own, is no part of it
            Statement(
                span=(
                    "Units of the Azerbaijani armed forces opened fire at Armenian combat "
                    "positions located near Sotk at around 14:20"
                ),
                speaker="am-mod",
            ),
            # "According to the ministry": the next sentence is the agency's own voice
            Statement(span="the Armenian side suffered no losses", speaker="am-mod"),
            Statement(
                span=(
                    "the Azerbaijani side again spread false information about the Armenian "
                    "forces opening fire"
                ),
                speaker="torosyan",
            ),
            Statement(
                span=(
                    "The Armenian Armed Forces did not fire in the direction of the Azerbaijani "
                    "positions"
                ),
                speaker="torosyan",
            ),
            Statement(
                span="Armenian units had fired at its positions in the Kalbajar district",
                speaker="az-mod",
            ),
            # a title before a name the desk does not know; told reporters: an audience
            Statement(
                span=(
                    "The meeting of the border delimitation commissions will take place next "
                    "week in Brussels"
                ),
                speaker="mher-grigoryan",
            ),
            # the sentence before, attributed in the passive
            Statement(
                span="Armenia is ready to sign the peace treaty before the end of the year",
                speaker="mirzoyan",
            ),
        ),
    ),
    Article(
        key="lachin-fire-azerbaijani-site",
        publisher="khazar",
        style="news site",
        language="en",
        modelled_on="News.Az",
        title="Armenian armed forces fire at Azerbaijan Army positions in Lachin direction",
        text=(
            "BAKU, Azerbaijan, Sept. 3\n\n"
            "Khazar:\n\n"
            "Starting from 22:10 on September 2, units of the Armenian armed forces using small "
            "arms subjected to fire the positions of the Azerbaijan Army stationed in the "
            "direction of the Lachin region, the Defense Ministry of Azerbaijan told Khazar "
            "Info.\n\n"
            "The Azerbaijan Army Units took adequate retaliatory measures, the ministry noted.\n\n"
            "There are no losses among the personnel of the Azerbaijan Army, added the "
            "ministry.\n\n"
            "Meanwhile, Azerbaijani Foreign Ministry spokesperson Ayhan Hajizada said that the "
            "statements of the Armenian side regarding the incident are “another attempt to "
            "mislead the international community”.\n\n"
            "The Azerbaijani side has repeatedly stated that it is committed to the peace "
            "agenda, he stressed.\n\n"
            "Earlier, Armenia’s Defense Ministry had claimed that Azerbaijani units fired at "
            "Armenian positions near Nerkin Hand, Trend reports."
        ),
        statements=(
            # told the publisher: no relay
            Statement(
                span=(
                    "Starting from 22:10 on September 2, units of the Armenian armed forces "
                    "using small arms subjected to fire the positions of the Azerbaijan Army "
                    "stationed in the direction of the Lachin region"
                ),
                speaker="az-mod",
            ),
            Statement(
                span="The Azerbaijan Army Units took adequate retaliatory measures",
                speaker="az-mod",
            ),
            # inverted "added the ministry"
            Statement(
                span="There are no losses among the personnel of the Azerbaijan Army",
                speaker="az-mod",
            ),
            Statement(
                span=(
                    "the statements of the Armenian side regarding the incident are “another "
                    "attempt to mislead the international community"
                ),
                speaker="hajizada",
            ),
            # what he stressed holds an earlier statement of his side: his, as a whole
            Statement(
                span=(
                    "The Azerbaijani side has repeatedly stated that it is committed to the "
                    "peace agenda"
                ),
                speaker="hajizada",
            ),
            # an agency passing the claim on after it
            Statement(
                span="Azerbaijani units fired at Armenian positions near Nerkin Hand",
                speaker="am-mod",
                relays=("trend",),
            ),
        ),
    ),
)
