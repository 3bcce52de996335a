"""English development set of attribution formulas found in real 2020–2023 copy on the
Armenia–Azerbaijan conflict (international wires, a broadcaster's regional service, Armenian and
Azerbaijani agencies and news sites), each article in the way one outlet writes
(``modelled_on``).

What real copy does that the other sets did not gather: a day after a country's name before
its verb ("Azerbaijan on Monday accused …"); "according to a statement carried by" an agency;
"“…,” read a Ministry of Defense statement"; "This is stated in …'s bulletin"; "told this to"
an agency; "…, the ministry informed."; "ruled out" casualties; "pledged that"; an unnamed
"ministry spokeswoman" and "the representative of the ministry"; openings without an article
("In televised remarks aired late on Sunday, …"); a second speaker after "but" or after a
"while" without its comma; "denied …, but said …"; an American month abbreviation after the
verb ("reported on Sept. 21"); an aside of the publisher's after an accusation ("…, the latest
incident on the border").

Labelled by the rules of ``demo.extraction_set``. Written in our own words: the publishers
(Tidewater News, Agence Sirius, Liberty Caucasus Radio, Shusha Wire, Vayk Press, Caspian
Monitor), the incidents, the figures and every minor person are invented; institutions,
agencies and officials are real, in their real roles.
"""

from demo.extraction_set import Article, SourceSpec, Statement

SOURCES: tuple[SourceSpec, ...] = (
    # Publishers.
    SourceSpec("tidewater", "Tidewater News", "news_agency", "GB"),
    SourceSpec("sirius", "Agence Sirius", "news_agency", "FR", short_name="Sirius"),
    SourceSpec(
        "liberty",
        "Liberty Caucasus Radio",
        "outlet",
        aliases=("Liberty Caucasus Radio's Armenian Service",),
    ),
    SourceSpec("shusha-wire", "Shusha Wire", "outlet", "AZ"),
    SourceSpec("vayk", "Vayk Press", "news_agency", "AM", aliases=("VAYKPRESS",)),
    SourceSpec("caspian-monitor", "Caspian Monitor", "outlet", "AZ"),
    SourceSpec("kura-daily", "Kura Daily", "outlet", "GE"),
    # People the desk has.
    SourceSpec("manasyan", "Անահիտ Մանասյան", "official", "AM", aliases=("Anahit Manasyan",)),
    # Speakers the desk does not have yet.
    SourceSpec("azerbaijan", "Azerbaijan", "other", "AZ", known=False),
    SourceSpec("armenia", "Armenia", "other", "AM", known=False),
    SourceSpec("babayan", "Davit Babayan", "official", known=False),
    SourceSpec("marukyan", "Edmon Marukyan", "official", "AM", known=False),
    SourceSpec("sahakyan-resident", "Narine Sahakyan", "other", known=False),
    SourceSpec("blinken", "Antony Blinken", "official", "US", known=False),
    SourceSpec("kocharyan-mp", "Andranik Kocharyan", "official", "AM", known=False),
    SourceSpec(
        "karabakh-interior",
        "Ministry of Internal Affairs of Nagorno-Karabakh",
        "other",
        known=False,
    ),
)

ARTICLES: tuple[Article, ...] = (
    Article(
        key="border-clash-reuters",
        publisher="tidewater",
        style="international wire",
        language="en",
        modelled_on="Reuters",
        title="Armenia, Azerbaijan report casualties in new border fighting",
        text=(
            "BAKU/YEREVAN (Tidewater) - Armenia and Azerbaijan said on Friday that soldiers "
            "had been killed in fighting on their shared border, each accusing the other of "
            "starting it.\n\n"
            "The Azeri defence ministry said two of its soldiers had been killed near Kalbajar "
            "while Armenia's defence ministry said four of its servicemen had died in shelling "
            "near Sotk.\n\n"
            "Azerbaijan denied massing troops near the frontier, but said it was taking "
            '"adequate retaliatory measures".\n\n'
            "The Yerevan government said it would ask a Russia-led security bloc for help, "
            "Interfax reported.\n\n"
            "Tidewater was unable to verify either side's account.\n\n"
            "In a statement on Thursday, Armenia's Foreign Ministry accused Russia of "
            '"indifference" towards attacks on Armenian territory.'
        ),
        statements=(
            # a comma-less "while" between two speakers (1/2)
            Statement(
                span="two of its soldiers had been killed near Kalbajar",
                speaker="az-mod",
            ),
            # (2/2)
            Statement(
                span="four of its servicemen had died in shelling near Sotk",
                speaker="am-mod",
            ),
            # a country as the speaker; "denied A, but said B": two statements
            Statement(span="denied massing troops near the frontier", speaker="azerbaijan"),
            Statement(
                span='it was taking "adequate retaliatory measures',
                speaker="azerbaijan",
            ),
            # an agency passing it on, after the statement
            Statement(
                span="it would ask a Russia-led security bloc for help",
                speaker="am-gov",
                relays=("interfax",),
            ),
            Statement(
                span=('accused Russia of "indifference" towards attacks on Armenian territory'),
                speaker="am-mfa",
            ),
        ),
    ),
    Article(
        key="drone-claim-afp",
        publisher="sirius",
        style="international wire",
        language="en",
        modelled_on="AFP",
        title="Azerbaijan says Armenian drone downed near Lachin",
        text=(
            "BAKU (Sirius) - Azerbaijan on Sunday accused Armenia of flying a reconnaissance "
            "drone over its positions near Lachin, the latest incident in a tense week on the "
            "border.\n\n"
            '"The drone was brought down by our air defence units," read a Ministry of '
            "Defense statement published on Sunday morning.\n\n"
            "The ministry ruled out any casualties among its personnel.\n\n"
            "Armenia denied that any of its drones had been in the area, but Prime Minister "
            "Nikol Pashinyan said Baku was preparing the ground for a new escalation.\n\n"
            "In televised remarks aired late on Sunday, Pashinyan said that Yerevan remained "
            "committed to the peace talks.\n\n"
            "The two countries fought two wars over Karabakh, most recently in 2020."
        ),
        statements=(
            # a day after the country's name; the publisher's aside after the accusation
            Statement(
                span=(
                    "accused Armenia of flying a reconnaissance drone over its positions near "
                    "Lachin"
                ),
                speaker="azerbaijan",
            ),
            # "read a Ministry of Defense statement": its author
            Statement(
                span="The drone was brought down by our air defence units",
                speaker="az-mod",
            ),
            # ruling out: a denial, from the verb
            Statement(
                span="ruled out any casualties among its personnel",
                speaker="az-mod",
            ),
            # a second speaker after ", but"
            Statement(
                span="denied that any of its drones had been in the area",
                speaker="armenia",
            ),
            Statement(
                span="Baku was preparing the ground for a new escalation",
                speaker="pashinyan",
            ),
            # an opening without an article
            Statement(
                span="Yerevan remained committed to the peace talks",
                speaker="pashinyan",
            ),
        ),
    ),
    Article(
        key="talks-date-rferl",
        publisher="liberty",
        style="broadcaster",
        language="en",
        modelled_on="RFE/RL",
        title="No Date Yet For Foreign Ministers' Talks, Says Yerevan",
        text=(
            "Armenia and Azerbaijan have not yet agreed on a date for the next meeting of "
            "their foreign ministers, the Armenian Foreign Ministry said on Tuesday.\n\n"
            "“If there is an agreement to meet, we will make it public,” a ministry "
            "spokeswoman told Liberty Caucasus Radio's Armenian Service.\n\n"
            "“The Azerbaijani side has accepted the offer to meet in Washington next month,” "
            "Edmon Marukyan, an Armenian ambassador-at-large, told state television late on "
            "Monday.\n\n"
            "Kremlin spokesman Dmitry Peskov told reporters on Monday that Moscow was ready to "
            "host the talks.\n\n"
            "Speaking at a news briefing, Russian Foreign Ministry spokeswoman Maria Zakharova "
            'said that the Western mediators were "pursuing their own interests" in the '
            "region."
        ),
        statements=(
            Statement(
                span=(
                    "Armenia and Azerbaijan have not yet agreed on a date for the next meeting "
                    "of their foreign ministers"
                ),
                speaker="am-mfa",
            ),
            # an unnamed ministry spokeswoman: the ministry; told the publisher: no relay
            Statement(
                span="If there is an agreement to meet, we will make it public",
                speaker="am-mfa",
            ),
            # told state television: an audience; speaker unknown to the desk
            Statement(
                span=(
                    "The Azerbaijani side has accepted the offer to meet in Washington next month"
                ),
                speaker="marukyan",
            ),
            Statement(span="Moscow was ready to host the talks", speaker="peskov"),
            Statement(
                span='the Western mediators were "pursuing their own interests" in the region',
                speaker="zakharova",
            ),
        ),
    ),
    Article(
        key="positions-fired-trend",
        publisher="shusha-wire",
        style="news site",
        language="en",
        modelled_on="Trend / News.Az",
        title="Armenian armed forces fire at Azerbaijan Army positions",
        text=(
            "On the night of June 4, units of the Armenian armed forces subjected to fire the "
            "positions of the Azerbaijan Army stationed in the Kalbajar direction, the Defense "
            "Ministry of Azerbaijan told Shusha Wire.\n\n"
            "The Azerbaijan Army Units took adequate retaliatory measures, the ministry "
            "informed.\n\n"
            "The Defense Ministry pledged that the army would prevent any further "
            "provocations.\n\n"
            "Earlier, the ceasefire was violated in the Khojavand region, APA reported "
            "referring to the ministry.\n\n"
            "Hikmet Hajiyev, Assistant to the President, wrote on X that Armenia should stop "
            '"playing with fire" on the border.'
        ),
        statements=(
            # told the publisher: no relay
            Statement(
                span=(
                    "On the night of June 4, units of the Armenian armed forces subjected to "
                    "fire the positions of the Azerbaijan Army stationed in the Kalbajar "
                    "direction"
                ),
                speaker="az-mod",
            ),
            # "…, the ministry informed."
            Statement(
                span="The Azerbaijan Army Units took adequate retaliatory measures",
                speaker="az-mod",
            ),
            # "pledged that"
            Statement(
                span="the army would prevent any further provocations",
                speaker="az-mod",
            ),
            # an agency referring to the ministry: the agency is a relay
            Statement(
                span="the ceasefire was violated in the Khojavand region",
                speaker="az-mod",
                relays=("apa",),
            ),
            Statement(
                span='Armenia should stop "playing with fire" on the border',
                speaker="hajiyev",
            ),
        ),
    ),
    Article(
        key="bulletin-armenian-agency",
        publisher="vayk",
        style="national agency",
        language="en",
        modelled_on="Armenpress / news.am",
        title="Russian peacekeepers record two ceasefire violations",
        text=(
            "STEPANAKERT, APRIL 12, VAYKPRESS. Two ceasefire violations were recorded in the "
            "Martuni region of Nagorno-Karabakh; there were no casualties. This is stated in "
            "Wednesday's information bulletin of the Russian Ministry of Defense.\n\n"
            "The situation at the line of contact is generally calm. Foreign Minister Davit "
            "Babayan told this to Aysor.am.\n\n"
            "According to the representative of the ministry, the peacekeeping command is "
            "investigating both incidents together with the parties.\n\n"
            "“We urge everyone to follow only official information,” the Ministry of Defense "
            "of Armenia said in comments to Vayk Press.\n\n"
            "Human Rights Defender Anahit Manasyan stated that the blockade had left "
            "residents without regular supplies of medicine."
        ),
        statements=(
            # the sentence before, attributed in the passive to a bulletin's author
            Statement(
                span=(
                    "Two ceasefire violations were recorded in the Martuni region of "
                    "Nagorno-Karabakh; there were no casualties"
                ),
                speaker="ru-mod",
            ),
            # "told this to" an agency: a relay; speaker unknown to the desk
            Statement(
                span="The situation at the line of contact is generally calm",
                speaker="babayan",
                relays=("aysor",),
            ),
            # "the representative of the ministry": the ministry last named
            Statement(
                span=(
                    "the peacekeeping command is investigating both incidents together with "
                    "the parties"
                ),
                speaker="ru-mod",
            ),
            # told the publisher ("in comments to"): no relay
            Statement(
                span="We urge everyone to follow only official information",
                speaker="am-mod",
            ),
            # an office's title before a person's name
            Statement(
                span=("the blockade had left residents without regular supplies of medicine"),
                speaker="manasyan",
            ),
        ),
    ),
    Article(
        key="stepanakert-shelling-monitor",
        publisher="caspian-monitor",
        style="news site",
        language="en",
        modelled_on="Kyiv Independent / JAM News",
        title="Karabakh authorities say Stepanakert shelled",
        text=(
            "The Ministry of Internal Affairs of Nagorno-Karabakh has accused Azerbaijani forces "
            "of shelling Stepanakert, the agency Armenpress reported on Sept. 21.\n\n"
            "Local resident Narine Sahakyan told Caspian Monitor that families were hiding in "
            'basements. "We hear the explosions from every side," she said.\n\n'
            "Azerbaijan's Defense Ministry said its forces were targeting only military "
            "positions, and rejected the reports of civilian casualties as "
            '"disinformation".\n\n'
            "Ombudsman Gegham Stepanyan wrote on Telegram that at least 10 civilians had been "
            "killed."
        ),
        statements=(
            # the agency after the accusation, with an abbreviated month
            Statement(
                span="accused Azerbaijani forces of shelling Stepanakert",
                speaker="karabakh-interior",
                relays=("armenpress",),
            ),
            # told the publisher; speaker unknown to the desk
            Statement(
                span="families were hiding in basements",
                speaker="sahakyan-resident",
            ),
            Statement(
                span="We hear the explosions from every side",
                speaker="sahakyan-resident",
            ),
            Statement(
                span="its forces were targeting only military positions",
                speaker="az-mod",
            ),
            Statement(
                span='rejected the reports of civilian casualties as "disinformation',
                speaker="az-mod",
            ),
            Statement(
                span="at least 10 civilians had been killed",
                speaker="gegham-stepanyan",
            ),
        ),
    ),
    Article(
        key="detained-soldier-regional",
        publisher="kura-daily",
        style="regional news site",
        language="en",
        modelled_on="Turan / JAM News",
        title="Search goes on for second soldier who crossed into Armenia",
        text=(
            "Tbilisi/14.04.23/Kura Daily: The search continues for a second Azerbaijani "
            "serviceman who crossed into Armenia, stated the press secretary of the Ministry "
            "of Defense Aram Torosyan.\n\n"
            "Later, the Ministry of Defense of Armenia confirmed the information, stating that "
            "one serviceman had been found and detained near Sisian.\n\n"
            "Azerbaijan's Defense Ministry said the two men had lost their way in fog, while "
            "the State Border Service of Azerbaijan said it was in contact with the Armenian "
            "side.\n\n"
            'The border is "not a door to open and close", the head of the parliamentary '
            "defence commission Andranik Kocharyan told journalists, adding that the terrain "
            "there is difficult to guard.\n\n"
            "U.S. Secretary of State Antony Blinken said Washington was ready to help return "
            "the soldiers to their families."
        ),
        statements=(
            # inverted "stated X" with the title before the name
            Statement(
                span=(
                    "The search continues for a second Azerbaijani serviceman who crossed "
                    "into Armenia"
                ),
                speaker="torosyan",
            ),
            # "confirmed the information" reports nothing of its own; "stating that" does
            Statement(
                span="one serviceman had been found and detained near Sisian",
                speaker="am-mod",
            ),
            # two known speakers around ", while"
            Statement(span="the two men had lost their way in fog", speaker="az-mod"),
            Statement(
                span="it was in contact with the Armenian side",
                speaker="az-border",
            ),
            # a title before a name the desk does not know; then "adding that"
            Statement(
                span='The border is "not a door to open and close',
                speaker="kocharyan-mp",
            ),
            Statement(
                span="the terrain there is difficult to guard",
                speaker="kocharyan-mp",
            ),
            # "U.S. Secretary of State" before the name
            Statement(
                span="Washington was ready to help return the soldiers to their families",
                speaker="blinken",
            ),
        ),
    ),
)
