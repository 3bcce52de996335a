"""Held-out English set: four articles in the manner of Reuters, the Associated Press, RFE/RL
and OC Media, written apart from the English rules and never tuned against.

Labelled by the rulebook of ``demo.extraction_set``. Two conventions it leaves open are fixed
here and in ``holdout_ru``:

- A quotation split by its attribution ('"A," she wrote, "B."' or '"A," he said. "B."') gives
  one Statement per quoted part, each with the same speaker: a span may not hold the
  attribution clause, so the two parts cannot be one span.
- The publishers are invented (Kura Wire, Highland Press Service, Radio Aragats, Caucasus
  Notebook) so that no invented copy goes out under a real outlet's name; ``modelled_on``
  names the outlet whose way of writing each one follows.
"""

from demo.extraction_set import Article, SourceSpec, Statement

SOURCES: tuple[SourceSpec, ...] = (
    # Publishers (invented).
    SourceSpec("kura-wire", "Kura Wire", "news_agency"),
    SourceSpec("highland-ps", "Highland Press Service", "news_agency", short_name="HPS"),
    SourceSpec("radio-aragats", "Radio Aragats", "outlet"),
    SourceSpec("caucasus-notebook", "Caucasus Notebook", "outlet", "GE"),
    # Speakers the desk does not have yet.
    SourceSpec("melkonyan", "Artak Melkonyan", "official", "AM", known=False),
    SourceSpec("zakaryan", "Gagik Zakaryan", "other", "AM", known=False),
    SourceSpec("sahakyan", "Hasmik Sahakyan", "other", "AM", known=False),
    SourceSpec("tatevosyan", "Ruben Tatevosyan", "official", "AM", known=False),
    SourceSpec("hakobyan", "Samvel Hakobyan", "official", "AM", known=False),
)

ARTICLES: tuple[Article, ...] = (
    Article(
        key="holdout-en-verin-karmir-wire",
        publisher="kura-wire",
        style="international wire",
        title="Armenian soldier wounded as Armenia and Azerbaijan trade blame over border fire",
        language="en",
        modelled_on="Reuters",
        text=(
            "YEREVAN/BAKU, June 8 (Kura Wire) - An Armenian soldier was wounded by Azerbaijani "
            "fire overnight near the village of Verin Karmir in the southern province of Syunik, "
            "Armenia's defence ministry said on Wednesday, in the latest flare-up along the two "
            "countries' volatile border.\n\n"
            "Azerbaijan's defence ministry denied that its forces had fired first and accused "
            "Armenian units of shooting at its positions in the Lachin district, while Armen "
            "Grigoryan, secretary of Armenia's Security Council, said the situation in the area "
            "had calmed by morning.\n\n"
            '"Our units responded only to the source of fire and the situation is under '
            'control," said Vagif Dargahli, a spokesman for the Azerbaijani ministry.\n\n'
            '"He was hit in the shoulder," Armenian defence ministry spokeswoman Shushan '
            'Stepanyan wrote on Facebook, "and his life is not in danger."\n\n'
            "Russia's Interfax news agency quoted the Russian Foreign Ministry as saying that "
            "Moscow was in touch with Yerevan and Baku and expected both sides to observe the "
            "ceasefire.\n\n"
            "The two former Soviet republics fought a six-week war in 2020 over Nagorno-Karabakh, "
            "and soldiers on both sides have been killed in sporadic clashes along their "
            "unmarked frontier since then. Talks on a peace treaty have made slow progress.\n\n"
            "In a later statement, Armenia's defence ministry said shooting had resumed briefly "
            "at about 6 a.m. (0200 GMT). It added that no further casualties had been "
            "reported.\n\n"
            "Artak Melkonyan, head of the Verin Karmir community, said by telephone that many "
            "families had spent the night in their basements.\n\n"
            "Kura Wire could not independently verify either side's account.\n\n"
            "(Reporting by Anna Petrosyan in Yerevan and Orkhan Aliyev in Baku; Editing by Mark "
            "Hollis)"
        ),
        statements=(
            # content first, attribution after it, then a trailing phrase in the wire's voice
            Statement(
                span=(
                    "An Armenian soldier was wounded by Azerbaijani fire overnight near the "
                    "village of Verin Karmir in the southern province of Syunik"
                ),
                speaker="am-mod",
            ),
            # two speakers in one sentence; a denial and an accusation (spans from the verb)
            Statement(span="denied that its forces had fired first", speaker="az-mod"),
            Statement(
                span=("accused Armenian units of shooting at its positions in the Lachin district"),
                speaker="az-mod",
            ),
            # the second speaker of the sentence, named with an apposition
            Statement(span="the situation in the area had calmed by morning", speaker="grigoryan"),
            # direct quote, speaker after it ("said X, a spokesman for ..."): the person
            Statement(
                span=(
                    "Our units responded only to the source of fire and the situation is under "
                    "control"
                ),
                speaker="dargahli",
            ),
            # a quote split around its attribution, posted on Facebook: two parts
            Statement(span="He was hit in the shoulder", speaker="stepanyan"),
            Statement(span="and his life is not in danger", speaker="stepanyan"),
            # an agency quoting a ministry: speaker the ministry, relay the agency
            Statement(
                span=(
                    "Moscow was in touch with Yerevan and Baku and expected both sides to "
                    "observe the ceasefire"
                ),
                speaker="ru-mfa",
                relays=("interfax",),
            ),
            # abbreviations with full stops inside the span
            Statement(
                span="shooting had resumed briefly at about 6 a.m. (0200 GMT)",
                speaker="am-mod",
            ),
            # follow-on "It added": the Armenian ministry of the sentence before
            Statement(span="no further casualties had been reported", speaker="am-mod"),
            # a local official the desk does not have
            Statement(
                span="many families had spent the night in their basements",
                speaker="melkonyan",
            ),
        ),
    ),
    Article(
        key="holdout-en-lachin-convoy-wire",
        publisher="highland-ps",
        style="international wire",
        title="Aid trucks wait at Armenian end of Lachin road as standoff drags on",
        language="en",
        modelled_on="Associated Press",
        text=(
            "KORNIDZOR, Armenia (HPS) — A column of 19 trucks loaded with flour, baby food and "
            "medicine stood idle for a fourth day Thursday near the Armenian end of the Lachin "
            "corridor, the only road between Armenia and Nagorno-Karabakh.\n\n"
            "Armenia’s Foreign Ministry said the convoy had been organized by the government and "
            "accused Azerbaijan of keeping a “humanitarian blockade” on the region in place "
            "despite a ruling by the U.N.’s top court.\n\n"
            "Hikmet Hajiyev, foreign policy adviser to Azerbaijan’s president, told reporters in "
            "Baku that the road was open to the Red Cross and that Baku had offered to let "
            "supplies in through the town of Aghdam.\n\n"
            "“There is no blockade,” Hajiyev said. “Anyone who wants to deliver food can use the "
            "Aghdam road.”\n\n"
            "Russia’s Defense Ministry said in its daily bulletin that peacekeepers had escorted "
            "12 vehicles of the International Committee of the Red Cross through the corridor on "
            "Wednesday.\n\n"
            "Kremlin spokesman Dmitry Peskov said Moscow was “doing everything possible” to get "
            "traffic moving again, Russia’s state news agency Tass reported.\n\n"
            "Armenian Prime Minister Nikol Pashinyan said in a post on X that he had discussed "
            "the convoy with European Council President Charles Michel.\n\n"
            "“We have been sleeping in the cabs since Sunday,” said Gagik Zakaryan, 52, one of "
            "the drivers, as he boiled water for tea on a gas burner by the roadside.\n\n"
            "The Armenian ministry also said it had asked the Red Cross to take the cargo across "
            "the checkpoint on its own trucks.\n\n"
            "Nagorno-Karabakh is recognized internationally as part of Azerbaijan but had been "
            "under the control of ethnic Armenian forces since a separatist war ended in 1994. "
            "Azerbaijan took back large parts of the region and surrounding territory in a "
            "six-week war in 2020 that ended with a Russia-brokered truce."
        ),
        statements=(
            # "said A and accused B": two attributions
            Statement(span="the convoy had been organized by the government", speaker="am-mfa"),
            # accusation with a partial quote and an abbreviation inside
            Statement(
                span=(
                    "accused Azerbaijan of keeping a “humanitarian blockade” on the region in "
                    "place despite a ruling by the U.N.’s top court"
                ),
                speaker="am-mfa",
            ),
            # "told reporters": an audience, not a relay; "that A and that B" is one span
            Statement(
                span=(
                    "the road was open to the Red Cross and that Baku had offered to let supplies "
                    "in through the town of Aghdam"
                ),
                speaker="hajiyev",
            ),
            # a quote split by its attribution across two sentences
            Statement(span="There is no blockade", speaker="hajiyev"),
            Statement(
                span="Anyone who wants to deliver food can use the Aghdam road",
                speaker="hajiyev",
            ),
            Statement(
                span=(
                    "peacekeepers had escorted 12 vehicles of the International Committee of the "
                    "Red Cross through the corridor on Wednesday"
                ),
                speaker="ru-mod",
            ),
            # relayed by a news agency named after the statement, in AP's spelling "Tass"
            Statement(
                span="Moscow was “doing everything possible” to get traffic moving again",
                speaker="peskov",
                relays=("tass",),
            ),
            # a post on X
            Statement(
                span=("he had discussed the convoy with European Council President Charles Michel"),
                speaker="pashinyan",
            ),
            # quote, then "said X, 52, one of the drivers": a speaker the desk does not have
            Statement(span="We have been sleeping in the cabs since Sunday", speaker="zakaryan"),
            # follow-on "The Armenian ministry also said", five speakers later
            Statement(
                span=(
                    "it had asked the Red Cross to take the cargo across the checkpoint on its "
                    "own trucks"
                ),
                speaker="am-mfa",
            ),
        ),
    ),
    Article(
        key="holdout-en-border-commissions-broadcaster",
        publisher="radio-aragats",
        style="broadcaster",
        title="Yerevan Says Border Commissions To Meet Again Before Year-End",
        language="en",
        modelled_on="RFE/RL",
        text=(
            "Armenian and Azerbaijani government commissions on border delimitation will meet "
            "again before the end of the year, Prime Minister Nikol Pashinian said on Tuesday, "
            "insisting that the process must be based on the 1991 Alma-Ata Declaration.\n\n"
            "Speaking at a cabinet meeting in Yerevan, Pashinian said the two sides had agreed "
            "on “a large part” of the rules of procedure for the commissions, including which "
            "maps they would consult. “We are not yet talking about where the border runs but "
            "about how we will determine it,” he said.\n\n"
            "Russia’s TASS news agency, citing the Azerbaijani agency APA, quoted Azerbaijani "
            "Foreign Minister Jeyhun Bayramov as saying that Baku had sent Yerevan its latest "
            "comments on the draft peace treaty.\n\n"
            "Ayhan Hajizada, the Azerbaijani Foreign Ministry’s spokesman, rejected Pashinian’s "
            "remarks about the maps, saying that Baku would not accept a “selective” reading of "
            "Soviet-era documents.\n\n"
            "The Alma-Ata Declaration, signed in December 1991 by leaders of newly independent "
            "former Soviet republics, committed them to respect each other’s existing borders. "
            "Yerevan wants the most recent Soviet military maps to be used as the basis for "
            "delimitation, something Baku has so far resisted.\n\n"
            "“Both sides are trying to lock in procedural gains before the harder questions come "
            "up,” Hasmik Sahakyan, a Yerevan-based political analyst, told Radio Aragats.\n\n"
            "Ani Badalyan, the spokeswoman for Armenia’s Foreign Ministry, wrote on Facebook that "
            "Foreign Minister Ararat Mirzoyan and Bayramov had spoken by phone on Monday. She "
            "gave no details of the conversation.\n\n"
            "Opposition lawmaker Ruben Tatevosyan accused the government of making concessions "
            "without consulting residents of border villages.\n\n"
            "In Moscow, Kremlin spokesman Dmitry Peskov told reporters that Russia was ready to "
            "continue providing consultative assistance to the commissions.\n\n"
            "The commissions, led by deputy prime ministers of the two countries, last met on "
            "the border in the summer."
        ),
        statements=(
            # content first; the broadcaster's spelling "Pashinian"; "said A, insisting that B"
            Statement(
                span=(
                    "Armenian and Azerbaijani government commissions on border delimitation will "
                    "meet again before the end of the year"
                ),
                speaker="pashinyan",
            ),
            Statement(
                span="the process must be based on the 1991 Alma-Ata Declaration",
                speaker="pashinyan",
            ),
            # reported speech with a partial quote, then a direct quote with "he said"
            Statement(
                span=(
                    "the two sides had agreed on “a large part” of the rules of procedure for the "
                    "commissions, including which maps they would consult"
                ),
                speaker="pashinyan",
            ),
            Statement(
                span=(
                    "We are not yet talking about where the border runs but about how we will "
                    "determine it"
                ),
                speaker="pashinyan",
            ),
            # one agency citing another: closest to the speaker first
            Statement(
                span="Baku had sent Yerevan its latest comments on the draft peace treaty",
                speaker="bayramov",
                relays=("apa", "tass"),
            ),
            # "rejected X, saying B": two attributions by the spokesman (the person)
            Statement(span="rejected Pashinian’s remarks about the maps", speaker="hajizada"),
            Statement(
                span="Baku would not accept a “selective” reading of Soviet-era documents",
                speaker="hajizada",
            ),
            # told the publisher: not a relay; a speaker the desk does not have
            Statement(
                span=(
                    "Both sides are trying to lock in procedural gains before the harder "
                    "questions come up"
                ),
                speaker="sahakyan",
            ),
            # a spokeswoman on Facebook; "She gave no details" is a negative
            Statement(
                span="Foreign Minister Ararat Mirzoyan and Bayramov had spoken by phone on Monday",
                speaker="badalyan",
            ),
            Statement(
                span=(
                    "accused the government of making concessions without consulting residents "
                    "of border villages"
                ),
                speaker="tatevosyan",
            ),
            Statement(
                span=(
                    "Russia was ready to continue providing consultative assistance to the "
                    "commissions"
                ),
                speaker="peskov",
            ),
        ),
    ),
    Article(
        key="holdout-en-tavush-detainees-site",
        publisher="caucasus-notebook",
        style="news site",
        title="Two Armenian villagers detained after crossing into Azerbaijan",
        language="en",
        modelled_on="OC Media",
        text=(
            "Azerbaijani border guards have detained two residents of a village in Armenia’s "
            "Tavush Province who crossed the border on Sunday evening.\n\n"
            "Azerbaijan’s State Border Service said the two men, whom it did not name, had "
            "crossed ‘the state border illegally’ near the village of Köhnə Qışlaq in the Gazakh "
            "District and had been ‘detained without incident’.\n\n"
            "Pro-government outlet Report.az, citing a source in the service, reported that the "
            "men had been handed over to investigators in Gazakh.\n\n"
            "Armenia’s National Security Service (NSS) confirmed that two residents of the "
            "village of Verin Aghbyur had been missing since Sunday. ‘The men went to look for "
            "cattle that had strayed towards the border’, the NSS said in a statement.\n\n"
            "The head of the Verin Aghbyur community, Samvel Hakobyan, wrote on Facebook that "
            "both men were shepherds who ‘have never had any problems with the law’ and were "
            "known to everyone in the village.\n\n"
            "Armenian Foreign Ministry spokesperson Ani Badalyan told Caucasus Notebook that "
            "Yerevan expected the men to be returned ‘without delay’ and was in contact with "
            "international partners.\n\n"
            "Armenia’s Human Rights Defender’s Office said it had raised the case with the "
            "International Committee of the Red Cross, while the office of Azerbaijan’s human "
            "rights commissioner said the detainees were in good health and had been visited by "
            "its staff.\n\n"
            "The security service also said that border guards had stepped up patrols along the "
            "section of the border near the village.\n\n"
            "Similar cases have been recorded repeatedly since the 2020 war. Civilians who "
            "crossed the border in either direction have in most cases been returned, some after "
            "weeks in custody and others after being prosecuted."
        ),
        statements=(
            # partial quotes in reported speech; the closing quotation mark at the very end is
            # dropped, leaving its partner unpaired
            Statement(
                span=(
                    "the two men, whom it did not name, had crossed ‘the state border illegally’ "
                    "near the village of Köhnə Qışlaq in the Gazakh District and had been "
                    "‘detained without incident"
                ),
                speaker="az-border",
            ),
            # an outlet citing "a source in the service": the service, relayed by the outlet
            Statement(
                span="the men had been handed over to investigators in Gazakh",
                speaker="az-border",
                relays=("report-az",),
            ),
            Statement(
                span=(
                    "two residents of the village of Verin Aghbyur had been missing since Sunday"
                ),
                speaker="am-nss",
            ),
            # single quotes, comma outside the quotation, speaker by its acronym
            Statement(
                span="The men went to look for cattle that had strayed towards the border",
                speaker="am-nss",
            ),
            Statement(
                span=(
                    "both men were shepherds who ‘have never had any problems with the law’ and "
                    "were known to everyone in the village"
                ),
                speaker="hakobyan",
            ),
            # told the publisher: not a relay
            Statement(
                span=(
                    "Yerevan expected the men to be returned ‘without delay’ and was in contact "
                    "with international partners"
                ),
                speaker="badalyan",
            ),
            # two speakers in one sentence
            Statement(
                span="it had raised the case with the International Committee of the Red Cross",
                speaker="am-hrd",
            ),
            Statement(
                span="the detainees were in good health and had been visited by its staff",
                speaker="az-ombudsman",
            ),
            # follow-on "The security service also said": the NSS, not the State Border Service
            Statement(
                span=(
                    "border guards had stepped up patrols along the section of the border near "
                    "the village"
                ),
                speaker="am-nss",
            ),
        ),
    ),
)
