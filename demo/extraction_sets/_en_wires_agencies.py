"""The English services of news agencies and outlets, for the wire-copy set ``en_wires``: seven
articles in the way Interfax, APA, Armenpress, Trend, news.am, TASS and Mediamax write, kept
apart only so that each module stays short. The conventions and the sources are those of
``en_wires``.
"""

from demo.extraction_set import Article, Statement

AGENCY = "national agency"

AGENCY_ARTICLES: tuple[Article, ...] = (
    Article(
        key="peacekeepers-neva",
        publisher="neva",
        style=AGENCY,
        modelled_on="Interfax",
        title="Russian peacekeepers set up new posts on Lachin road",
        text=(
            "MOSCOW. Sept 20 (Neva) - Russian peacekeepers have set up three new observation "
            "posts along the Lachin road, the Russian Defense Ministry said in a statement "
            "carried by state news agency RIA Novosti.\n\n"
            "Ministry spokesman Igor Konashenkov told a briefing that the posts would "
            '"monitor the ceasefire around the clock" and that no violations had been '
            "recorded overnight.\n\n"
            "Russian Foreign Ministry spokeswoman Maria Zakharova said at a briefing on "
            "Thursday that Moscow expected both sides to respect the trilateral statement of "
            'November 2020. "We call on Baku and Yerevan to return to the negotiating table '
            'without delay," she said.\n\n'
            "Kremlin spokesman Dmitry Peskov told reporters that President Vladimir Putin had "
            "discussed the situation by phone with the leaders of both countries.\n\n"
            "A source in the Armenian government told Neva that Yerevan had not been informed "
            "of the new posts in advance.\n\n"
            "The Azerbaijani foreign ministry said in a statement carried by state news agency "
            "APA that Baku welcomed any step that would stop weapons being brought into the "
            "region. TASS reported, citing the Azerbaijani Defense Ministry, that the army had "
            "recorded no shooting in the area on Wednesday.\n\n"
            "Russia deployed about 2,000 peacekeepers to the region under the agreement that "
            "ended the 2020 war."
        ),
        statements=(
            Statement(
                "Russian peacekeepers have set up three new observation posts along the Lachin "
                "road",
                "ru-mod",
                ("ria",),
            ),
            Statement(
                'the posts would "monitor the ceasefire around the clock" and that no violations '
                "had been recorded overnight",
                "konashenkov",
            ),
            Statement(
                "Moscow expected both sides to respect the trilateral statement of November 2020",
                "zakharova",
            ),
            Statement(
                "We call on Baku and Yerevan to return to the negotiating table without delay",
                "zakharova",
            ),
            Statement(
                "President Vladimir Putin had discussed the situation by phone with the leaders "
                "of both countries",
                "peskov",
            ),
            # a source in the government, told the publisher
            Statement("Yerevan had not been informed of the new posts in advance", "am-gov"),
            Statement(
                "Baku welcomed any step that would stop weapons being brought into the region",
                "az-mfa",
                ("apa",),
            ),
            Statement(
                "the army had recorded no shooting in the area on Wednesday", "az-mod", ("tass",)
            ),
        ),
    ),
    Article(
        key="kalbajar-absheron",
        publisher="absheron",
        style=AGENCY,
        modelled_on="APA",
        title="Armenian armed forces fired on Azerbaijani positions in Kalbajar",
        text=(
            "Baku. 14 October. Absheron. Units of the Armenian armed forces subjected the "
            "positions of the Azerbaijan Army in the Kalbajar district to fire on the night of "
            "October 13, Absheron reports citing the Ministry of Defense.\n\n"
            '"Adequate retaliatory measures were taken. There are no losses among our '
            'personnel," the statement reads.\n\n'
            "The ministry's press service told Absheron that the situation in the area was under "
            "the full control of the Azerbaijan Army.\n\n"
            "Trend reports citing the State Border Service that two border guards were lightly "
            "wounded near the village of Zar.\n\n"
            "The Armenian Defense Ministry denied the accusation. Spokesman for the Ministry of "
            'Defense Vagif Dargahli told Absheron that the Armenian side was "spreading '
            'disinformation to hide its own provocations."\n\n'
            "According to a statement from Azerbaijan's Foreign Ministry, the incident was a "
            '"deliberate attempt to derail the peace talks."\n\n'
            "The head of Kalbajar's executive power, Elnur Rustəmli, told Absheron that "
            "rebuilding work in the villages near the border would continue.\n\n"
            "Kalbajar was returned to Azerbaijan in November 2020."
        ),
        statements=(
            # the publisher passing on a statement is no relay
            Statement(
                "Units of the Armenian armed forces subjected the positions of the Azerbaijan "
                "Army in the Kalbajar district to fire on the night of October 13",
                "az-mod",
            ),
            Statement(
                "Adequate retaliatory measures were taken. There are no losses among our personnel",
                "az-mod",
            ),
            Statement(
                "the situation in the area was under the full control of the Azerbaijan Army",
                "az-mod",
            ),
            Statement(
                "two border guards were lightly wounded near the village of Zar",
                "az-border",
                ("trend",),
            ),
            Statement("denied the accusation", "am-mod"),
            Statement(
                'the Armenian side was "spreading disinformation to hide its own provocations',
                "dargahli",
            ),
            Statement('the incident was a "deliberate attempt to derail the peace talks', "az-mfa"),
            Statement("rebuilding work in the villages near the border would continue", "rustamli"),
        ),
    ),
    Article(
        key="khnatsakh-aragats",
        publisher="aragats",
        style=AGENCY,
        modelled_on="Armenpress",
        title="Three civilians detained near Khnatsakh still not returned – MFA",
        text=(
            "YEREVAN, MARCH 9, ARAGATSPRESS. Three Armenian civilians detained by Azerbaijani "
            "servicemen near the village of Khnatsakh have still not been returned, Foreign "
            "Ministry spokesperson Ani Badalyan told Aragatspress.\n\n"
            "“We have informed our international partners and the International Committee of "
            "the Red Cross,” Badalyan said. “Their immediate return is a humanitarian "
            "obligation.”\n\n"
            "Foreign Minister Ararat Mirzoyan raised the issue in a phone call with the EU "
            "Special Representative for the South Caucasus, ARAGATSPRESS was informed from the "
            "ministry.\n\n"
            "Azerbaijan's State Border Service claimed the three men had crossed the border "
            "illegally, news.am reported.\n\n"
            "Prime Minister Nikol Pashinyan, speaking at a cabinet meeting on Thursday, said the "
            "government would not allow the incident to derail the border talks.\n\n"
            "The Armenian Defense Ministry said the servicemen who detained the men had crossed "
            "about 300 metres into Armenian territory.\n\n"
            "Khnatsakh lies in the Syunik province, close to the border.\n\n"
            "Editing and Translating by Anahit Sargsyan"
        ),
        statements=(
            # told the publisher: no relay
            Statement(
                "Three Armenian civilians detained by Azerbaijani servicemen near the village of "
                "Khnatsakh have still not been returned",
                "badalyan",
            ),
            # a quotation split around its attribution: one statement per part
            Statement(
                "We have informed our international partners and the International Committee of "
                "the Red Cross",
                "badalyan",
            ),
            Statement("Their immediate return is a humanitarian obligation", "badalyan"),
            # "was informed from the ministry": the spokesperson's ministry, her parent
            Statement(
                "Foreign Minister Ararat Mirzoyan raised the issue in a phone call with the EU "
                "Special Representative for the South Caucasus",
                "am-mfa",
            ),
            Statement("the three men had crossed the border illegally", "az-border", ("news-am",)),
            Statement(
                "the government would not allow the incident to derail the border talks",
                "pashinyan",
            ),
            Statement(
                "the servicemen who detained the men had crossed about 300 metres into Armenian "
                "territory",
                "am-mod",
            ),
        ),
    ),
    Article(
        key="tegh-gobustan",
        publisher="gobustan",
        style=AGENCY,
        modelled_on="Trend",
        title="Azerbaijani MFA: Yerevan again misleads international community",
        text=(
            "BAKU, Azerbaijan, June 7. Yerevan is again trying to mislead the international "
            "community about the situation on the border, Spokesperson of the Azerbaijani "
            "Foreign Ministry Ayhan Hajizada said in a post on X, Gobustan reports.\n\n"
            "Hajizada was responding to a statement by the Armenian Foreign Ministry, which "
            "claimed on Monday that Azerbaijani troops had set up two new posts near the village "
            "of Tegh.\n\n"
            '"Not a single new position has been set up. The claims are a fabrication," he '
            "said.\n\n"
            "Earlier, the Azerbaijani Defense Ministry told Gobustan that the situation on all "
            "sections of the border was stable.\n\n"
            "According to the State Border Service, a group of Armenian servicemen tried to "
            "approach the border near Lachin on Sunday night but withdrew after warning shots."
            "\n\n"
            "Pashinyan, as quoted by Armenian media, said the government would raise the "
            "incident with the EU mission.\n\n"
            "The Armenian side has not provided any evidence to support its claims, the ministry "
            "said.\n\n"
            "Azerbaijan and Armenia have been negotiating a peace treaty since 2022. Follow "
            "Gobustan on X for the latest news."
        ),
        statements=(
            # said in a post on X, and the publisher "reports": no relay
            Statement(
                "Yerevan is again trying to mislead the international community about the "
                "situation on the border",
                "hajizada",
            ),
            # an attribution in a relative clause
            Statement(
                "Azerbaijani troops had set up two new posts near the village of Tegh", "am-mfa"
            ),
            Statement(
                "Not a single new position has been set up. The claims are a fabrication",
                "hajizada",
            ),
            Statement("the situation on all sections of the border was stable", "az-mod"),
            # a body named by its title alone in an agency of its own country
            Statement(
                "a group of Armenian servicemen tried to approach the border near Lachin on "
                "Sunday night but withdrew after warning shots",
                "az-border",
            ),
            # generic hearsay is no relay
            Statement("the government would raise the incident with the EU mission", "pashinyan"),
            Statement(
                "The Armenian side has not provided any evidence to support its claims", "az-mod"
            ),
        ),
    ),
    Article(
        key="sotk-sevan",
        publisher="sevan",
        style=AGENCY,
        modelled_on="news.am",
        title="Azerbaijani forces fire at Sotk again, community head says",
        text=(
            "YEREVAN. – The Azerbaijani armed forces have again fired at the village of Sotk, "
            "damaging a house and a car, the head of the community, Gevorg Sahakyan, told Sevan "
            "Online on Tuesday.\n\n"
            "Sevan Online has learned from the press service of the Armenian Defense Ministry "
            "that a soldier was lightly wounded in the shooting.\n\n"
            "Defense Minister Suren Papikyan, answering journalists' questions in parliament, "
            'said the army had responded "proportionately."\n\n'
            "Azerbaijan's Defense Ministry, as quoted by news.am, claimed that the Armenian side "
            "had opened fire first.\n\n"
            "Local media reported that several cars had been damaged in the village.\n\n"
            "The EU mission in Armenia did not respond to Sevan Online's request for comment."
            "\n\n"
            "This text is also available in Armenian and Russian."
        ),
        statements=(
            # told the publisher: no relay
            Statement(
                "The Azerbaijani armed forces have again fired at the village of Sotk, damaging "
                "a house and a car",
                "sahakyan",
            ),
            # the publisher "has learned from" a press service
            Statement("a soldier was lightly wounded in the shooting", "am-mod"),
            Statement('the army had responded "proportionately', "papikyan"),
            # "as quoted by" an outlet: a relay
            Statement("the Armenian side had opened fire first", "az-mod", ("news-am",)),
        ),
    ),
    Article(
        key="commissions-ural",
        publisher="ural",
        style=AGENCY,
        modelled_on="TASS",
        title="Armenian, Azerbaijani foreign ministers discuss border commissions by phone",
        text=(
            "YEREVAN, May 16. /UTA/. Armenian Foreign Minister Ararat Mirzoyan and his "
            "Azerbaijani counterpart Jeyhun Bayramov discussed the work of the border commissions "
            "during a phone call on Tuesday, Mirzoyan told parliament on Wednesday.\n\n"
            '"The call took place at the initiative of the Azerbaijani side. We talked about the '
            'timetable of the commissions and about the draft treaty," he said.\n\n'
            "According to him, the commissions could meet before the end of June. The two "
            "ministers last met in Moscow in May.\n\n"
            "The Azerbaijani Foreign Ministry, in a statement, said that Baku had sent Yerevan its "
            "comments on the draft. Ministry spokesman Ayhan Hajizada said Baku was ready for "
            "talks at any level and accused Yerevan of slowing down the commissions' work.\n\n"
            "Kremlin spokesman Dmitry Peskov was quoted as saying that Moscow welcomed any direct "
            "contacts between Baku and Yerevan.\n\n"
            "Armenia's National Security Service (NSS) said that two border guards had been "
            "slightly injured by a mine near the village of Tegh on Monday.\n\n"
            "Opposition deputy Hovik Tamrazyan accused the government of hiding the details of the "
            "talks from parliament. Yerevan has insisted on a meeting of the commissions before "
            "the summer."
        ),
        statements=(
            # told parliament: an audience
            Statement(
                "Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun "
                "Bayramov discussed the work of the border commissions during a phone call on "
                "Tuesday",
                "mirzoyan",
            ),
            Statement(
                "The call took place at the initiative of the Azerbaijani side. We talked about "
                "the timetable of the commissions and about the draft treaty",
                "mirzoyan",
            ),
            # "according to him": the minister of the sentence before
            Statement("the commissions could meet before the end of June", "mirzoyan"),
            # where it was said set off by commas
            Statement("Baku had sent Yerevan its comments on the draft", "az-mfa"),
            # "said A and accused B": two statements
            Statement("Baku was ready for talks at any level", "hajizada"),
            Statement("accused Yerevan of slowing down the commissions' work", "hajizada"),
            # "was quoted as saying", the outlet unnamed
            Statement("Moscow welcomed any direct contacts between Baku and Yerevan", "peskov"),
            # the body's abbreviation in brackets
            Statement(
                "two border guards had been slightly injured by a mine near the village of Tegh on "
                "Monday",
                "am-nss",
            ),
            # a title run into a name the desk does not have; "insisted on" a course: no statement
            Statement(
                "accused the government of hiding the details of the talks from parliament",
                "tamrazyan",
            ),
        ),
    ),
    Article(
        key="detainees-aragats",
        publisher="aragats",
        style=AGENCY,
        modelled_on="Mediamax",
        title="Three more detainees handed over to Armenia",
        text=(
            "Yerevan /Aragatspress/. Deputy Prime Minister Gurgen Arsenyan said today that three "
            "more detainees had been handed over to Armenia at the Margara crossing.\n\n"
            "“They are now with their families. Doctors have examined all three,” Arsenyan said "
            "at the cabinet meeting.\n\n"
            "The relatives of the men had been informed in advance, the Deputy Prime Minister "
            "said.\n\n"
            "He noted that Baku explains the delay with the need to finish its own "
            "investigations. “This explanation does not hold. The investigations ended months "
            "ago.”\n\n"
            "The NSS said in a statement that the handover had been organised with the help of "
            "the International Committee of the Red Cross.\n\n"
            "Two of the men were detained near Berd in May, Lilit Ohanjanyan, Assistant to the "
            "Prime Minister and head of the department for humanitarian affairs of the "
            "government office, wrote on Facebook. “Our work does not stop until the last one "
            "is home”, – she wrote.\n\n"
            "The third man, a shepherd, had crossed the border by mistake while looking for "
            "his flock, Armen Tadevosyan, the mayor of Berd, has informed.\n\n"
            "The exchange was the first since March."
        ),
        statements=(
            # a title before a name the desk does not have
            Statement(
                "three more detainees had been handed over to Armenia at the Margara crossing",
                "arsenyan",
            ),
            Statement(
                "They are now with their families. Doctors have examined all three", "arsenyan"
            ),
            # "the Deputy Prime Minister": the person confirmed from the proposal
            Statement("The relatives of the men had been informed in advance", "arsenyan"),
            Statement(
                "Baku explains the delay with the need to finish its own investigations",
                "arsenyan",
            ),
            # a quotation after reported speech: the same speaker's
            Statement(
                "This explanation does not hold. The investigations ended months ago", "arsenyan"
            ),
            # the service's abbreviation
            Statement(
                "the handover had been organised with the help of the International Committee "
                "of the Red Cross",
                "am-nss",
            ),
            # an apposition of over a hundred characters
            Statement("Two of the men were detained near Berd in May", "ohanjanyan"),
            # a dash between the quotation and its attribution
            Statement("Our work does not stop until the last one is home", "ohanjanyan"),
            # "has informed" ends the attribution
            Statement(
                "The third man, a shepherd, had crossed the border by mistake while looking for "
                "his flock",
                "tadevosyan",
            ),
        ),
    ),
)
