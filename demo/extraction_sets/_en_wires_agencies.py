"""The English services of news agencies, for the wire-copy set ``en_wires``: three articles in
the way Interfax, APA and Armenpress write, kept apart only so that each module stays short. The
conventions and the sources are those of ``en_wires``.
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
            # a quotation split around its attribution
            Statement(
                "We have informed our international partners and the International Committee of "
                "the Red Cross,” Badalyan said. “Their immediate return is a humanitarian "
                "obligation",
                "badalyan",
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
)
