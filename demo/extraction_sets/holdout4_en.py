"""A fourth held-out set in English: six articles after outlets the earlier sets do not follow
(Anadolu Agency, Asbarez, Azernews, Caspian News, PanARMENIAN.Net and the Public Radio of
Armenia), written after reading their 2020–2023 copy on the Armenia–Azerbaijan border and on
Karabakh, before any rule was changed for it, and never tuned against.

Labelled by the rules of ``demo.extraction_set``. The facts (places, dates, what kind of fire
was reported, who denied what) and the formulas of attribution are those real copy used; every
sentence is written for Parallax, and the publishers (Marmara Wire, Glendale Courier, Absheron
Daily, Samur Times, Sevan.Net, Lori Public Radio), the journalist of the byline and the
spokeswoman quoted in the Caspian News-style article are invented. What the copy does: a
statement that "continued" or that a ministry "stressed"; "it said, stressing that"; "the
report added"; "according to Baku"; a ministry named bare in its own country's press; a denial
("refuted reports that …"); "described … as …" (a view, labelled from its verb, like an
accusation); a dismissal followed by "telling reporters that"; a condemnation followed by
"saying"; "quoted the ministry as saying" after the content; a quotation closed with no full
stop; typographic apostrophes in some articles and straight ones in others.
"""

from demo.extraction_set import Article, SourceSpec, Statement

SOURCES: tuple[SourceSpec, ...] = (
    # Publishers (invented).
    SourceSpec("marmara", "Marmara Wire", "news_agency", "TR"),
    SourceSpec("glendale", "Glendale Courier", "outlet", "US"),
    SourceSpec("absheron", "Absheron Daily", "outlet", "AZ"),
    SourceSpec("samur", "Samur Times", "outlet", "AZ"),
    SourceSpec("sevan-net", "Sevan.Net", "outlet", "AM"),
    SourceSpec("lori-radio", "Lori Public Radio", "outlet", "AM"),
    # A speaker the desk does not have: to be proposed by the name the text uses.
    SourceSpec("abdullayeva", "Leyla Abdullayeva", "official", "AZ", known=False),
)

ARTICLES: tuple[Article, ...] = (
    Article(
        key="holdout4-en-kalbajar-wounded-agency",
        publisher="marmara",
        style="national agency",
        language="en",
        modelled_on="Anadolu Agency",
        title="Azerbaijani soldier wounded by Armenian fire on western border",
        text=(
            "BAKU (Marmara Wire) - Azerbaijan's Defense Ministry said Wednesday that one of its "
            "servicemen was wounded when Armenian troops fired on Azerbaijani positions in the "
            "western Kalbajar district.\n\n"
            "In a statement, the ministry said its positions near the southwestern edge of the "
            "district came under small-arms and mortar fire although a truce had been agreed.\n\n"
            "Azerbaijani units responded, it said, stressing that the leadership in Yerevan bore "
            "full responsibility for the incident.\n\n"
            "The wounded soldier was taken to a military hospital and his condition is stable, "
            "according to the ministry.\n\n"
            '"The situation in this direction is currently under the control of our units," the '
            "statement continued.\n\n"
            "Armenia's Defense Ministry rejected the claim, saying its forces had not fired in "
            "that direction.\n\n"
            "Kalbajar was held by Armenian forces from 1993 until it was handed back to "
            "Azerbaijan under the November 2020 deal that ended a 44-day war.\n\n"
            "The two former Soviet republics have been at odds since the early 1990s over "
            "Karabakh, a region internationally recognized as part of Azerbaijan."
        ),
        statements=(
            Statement(
                span=(
                    "one of its servicemen was wounded when Armenian troops fired on Azerbaijani "
                    "positions in the western Kalbajar district"
                ),
                speaker="az-mod",
            ),
            Statement(
                span=(
                    "its positions near the southwestern edge of the district came under "
                    "small-arms and mortar fire although a truce had been agreed"
                ),
                speaker="az-mod",
            ),
            # "X, it said, stressing that Y": two statements
            Statement(span="Azerbaijani units responded", speaker="az-mod"),
            Statement(
                span="the leadership in Yerevan bore full responsibility for the incident",
                speaker="az-mod",
            ),
            Statement(
                span=(
                    "The wounded soldier was taken to a military hospital and his condition is "
                    "stable"
                ),
                speaker="az-mod",
            ),
            # "the statement continued": the statement's author
            Statement(
                span="The situation in this direction is currently under the control of our units",
                speaker="az-mod",
            ),
            # "rejected the claim, saying …": two statements
            Statement(span="rejected the claim", speaker="am-mod"),
            Statement(span="its forces had not fired in that direction", speaker="am-mod"),
        ),
    ),
    Article(
        key="holdout4-en-water-truck-diaspora",
        publisher="glendale",
        style="news site",
        language="en",
        modelled_on="Asbarez",
        title="Azerbaijani forces fire at Armenian water truck in Tavush",
        text=(
            "Azerbaijani forces on Wednesday fired at a military truck delivering water to "
            "Armenian positions on the eastern border, Armenia’s defense ministry reported.\n\n"
            "According to the ministry, the Azerbaijani side used firearms of various calibers "
            "and the truck was damaged. No casualties were reported.\n\n"
            "Earlier in the day, the defense ministry refuted reports that Armenian units had "
            "shelled Azerbaijani positions in the east.\n\n"
            "“The statement spread by Azerbaijan’s Ministry of Defense on the morning of "
            "December 8 is disinformation,” the ministry said.\n\n"
            "The Armenian side did not open fire in the direction of Azerbaijani positions, the "
            "ministry stated.\n\n"
            "Human Rights Defender Arman Tatoyan said his office had received calls from "
            "residents of Tavush villages who reported hearing gunfire late into the night.\n\n"
            "“Shooting in the immediate vicinity of villages endangers the lives of civilians,” "
            "Tatoyan wrote on Facebook.\n\n"
            "The incident is the latest in a series of border flare-ups since the 2020 war."
        ),
        statements=(
            Statement(
                span=(
                    "Azerbaijani forces on Wednesday fired at a military truck delivering water "
                    "to Armenian positions on the eastern border"
                ),
                speaker="am-mod",
            ),
            Statement(
                span=(
                    "the Azerbaijani side used firearms of various calibers and the truck was "
                    "damaged"
                ),
                speaker="am-mod",
            ),
            # a denial: from the verb
            Statement(
                span=(
                    "refuted reports that Armenian units had shelled Azerbaijani positions in "
                    "the east"
                ),
                speaker="am-mod",
            ),
            Statement(
                span=(
                    "The statement spread by Azerbaijan’s Ministry of Defense on the morning of "
                    "December 8 is disinformation"
                ),
                speaker="am-mod",
            ),
            Statement(
                span=(
                    "The Armenian side did not open fire in the direction of Azerbaijani positions"
                ),
                speaker="am-mod",
            ),
            Statement(
                span=(
                    "his office had received calls from residents of Tavush villages who "
                    "reported hearing gunfire late into the night"
                ),
                speaker="tatoyan",
            ),
            Statement(
                span=(
                    "Shooting in the immediate vicinity of villages endangers the lives of "
                    "civilians"
                ),
                speaker="tatoyan",
            ),
        ),
    ),
    Article(
        key="holdout4-en-election-eve-daily",
        publisher="absheron",
        style="news site",
        language="en",
        modelled_on="Azernews",
        title="Baku says Armenia fired on its positions on eve of elections",
        text=(
            "By Nigar Alakbarova\n\n"
            "Armenian army units fired on Azerbaijani positions along the state border in the "
            "direction of the Kalbajar district, the Defence Ministry reported on June 10.\n\n"
            "No Azerbaijani servicemen were killed or wounded, the report added.\n\n"
            "This once again shows that Armenia is deliberately escalating tension on the border "
            "ahead of its parliamentary elections, the ministry said.\n\n"
            "“The Armenian side bears full responsibility for the incident,” the ministry "
            "stressed.\n\n"
            "Armenia’s Defence Ministry earlier claimed that Azerbaijani troops had opened fire "
            "first near the village of Yukhari Shorja.\n\n"
            "Speaking to APA, presidential aide Hikmet Hajiyev described the minefield maps "
            "handed over by Yerevan as incomplete and said mine blasts had killed 27 people "
            "since the war.\n\n"
            "Azerbaijan and Armenia have not agreed on the delimitation of their border since the "
            "Soviet Union collapsed."
        ),
        statements=(
            # a ministry named bare in its own country's press
            Statement(
                span=(
                    "Armenian army units fired on Azerbaijani positions along the state border in "
                    "the direction of the Kalbajar district"
                ),
                speaker="az-mod",
            ),
            # "the report added": the report's author
            Statement(span="No Azerbaijani servicemen were killed or wounded", speaker="az-mod"),
            Statement(
                span=(
                    "This once again shows that Armenia is deliberately escalating tension on the "
                    "border ahead of its parliamentary elections"
                ),
                speaker="az-mod",
            ),
            Statement(
                span="The Armenian side bears full responsibility for the incident",
                speaker="az-mod",
            ),
            Statement(
                span=(
                    "Azerbaijani troops had opened fire first near the village of Yukhari Shorja"
                ),
                speaker="am-mod",
            ),
            # "Speaking to APA": a relay; "described … as …" and "said …": two statements
            Statement(
                span="described the minefield maps handed over by Yerevan as incomplete",
                speaker="hajiyev",
                relays=("apa",),
            ),
            Statement(
                span="mine blasts had killed 27 people since the war",
                speaker="hajiyev",
                relays=("apa",),
            ),
        ),
    ),
    Article(
        key="holdout4-en-second-day-site",
        publisher="samur",
        style="news site",
        language="en",
        modelled_on="Caspian News",
        title="Armenian troops shell Azerbaijani positions in Kalbajar for second day",
        text=(
            "Armenian troops opened fire on Azerbaijani army positions in the Kalbajar direction "
            "of the state border on Friday.\n\n"
            "“Starting from 13:45 on June 11, our positions in the direction of the Kalbajar "
            "district were periodically shelled with small arms from Armenian positions near the "
            "village of Yukhari Shorja,” the Defense Ministry of Azerbaijan said in a "
            "statement.\n\n"
            "The ministry said no servicemen were killed or injured.\n\n"
            "Yerevan has said its troops fired to stop Azerbaijani soldiers from carrying out "
            "engineering work on what it called Armenian territory.\n\n"
            "Azerbaijani Foreign Ministry spokeswoman Leyla Abdullayeva dismissed that account, "
            "telling reporters that the Azerbaijani units were deployed on Azerbaijan’s sovereign "
            "territory.\n\n"
            "On May 27, Azerbaijani servicemen detained six Armenian soldiers in Kalbajar, the "
            "State Border Service said at the time.\n\n"
            "A week later, a mine blast destroyed a bus carrying journalists to a village in "
            "Kalbajar, killing three people."
        ),
        statements=(
            Statement(
                span=(
                    "Starting from 13:45 on June 11, our positions in the direction of the "
                    "Kalbajar district were periodically shelled with small arms from Armenian "
                    "positions near the village of Yukhari Shorja"
                ),
                speaker="az-mod",
            ),
            Statement(span="no servicemen were killed or injured", speaker="az-mod"),
            # a capital for its defence ministry
            Statement(
                span=(
                    "its troops fired to stop Azerbaijani soldiers from carrying out engineering "
                    "work on what it called Armenian territory"
                ),
                speaker="am-mod",
            ),
            # a dismissal, then "telling reporters that": two statements
            Statement(span="dismissed that account", speaker="abdullayeva"),
            Statement(
                span="the Azerbaijani units were deployed on Azerbaijan’s sovereign territory",
                speaker="abdullayeva",
            ),
            Statement(
                span=(
                    "On May 27, Azerbaijani servicemen detained six Armenian soldiers in Kalbajar"
                ),
                speaker="az-border",
            ),
        ),
    ),
    Article(
        key="holdout4-en-covid-ceasefire-site",
        publisher="sevan-net",
        style="news site",
        language="en",
        modelled_on="PanARMENIAN.Net",
        title="Armenia: Azerbaijan's ceasefire violation cannot be justified",
        text=(
            "Sevan.Net - The Armenian Foreign Ministry has condemned Azerbaijan's attempts to "
            "escalate the situation on the border, saying the ceasefire breach was "
            "unprovoked.\n\n"
            "Azerbaijani troops tried to infiltrate Armenian positions in Tavush on Monday "
            "evening and were pushed back; two Armenian soldiers were slightly injured.\n\n"
            '"Such a violation, at a time when every country is mobilising its medical resources '
            'against COVID-19, cannot be justified," the Foreign Ministry said in a statement.\n\n'
            'The ministry said the incident shows that "the Azerbaijani side either does not '
            'control its units on the border or is deliberately escalating the situation".\n\n'
            "Defense Ministry spokeswoman Shushan Stepanyan told Sevan.Net that the situation "
            "along the border was relatively calm on Tuesday morning.\n\n"
            "Azerbaijan's Defense Ministry, for its part, claimed that Armenian units had fired "
            "first.\n\n"
            "Related news: Armenian serviceman wounded by Azerbaijani sniper fire"
        ),
        statements=(
            # a condemnation, then "saying": two statements
            Statement(
                span="condemned Azerbaijan's attempts to escalate the situation on the border",
                speaker="am-mfa",
            ),
            Statement(span="the ceasefire breach was unprovoked", speaker="am-mfa"),
            Statement(
                span=(
                    "Such a violation, at a time when every country is mobilising its medical "
                    "resources against COVID-19, cannot be justified"
                ),
                speaker="am-mfa",
            ),
            # a partial quote closing the reported speech: its last mark is dropped
            Statement(
                span=(
                    'the incident shows that "the Azerbaijani side either does not control its '
                    "units on the border or is deliberately escalating the situation"
                ),
                speaker="am-mfa",
            ),
            # the publisher told: no relay
            Statement(
                span="the situation along the border was relatively calm on Tuesday morning",
                speaker="stepanyan",
            ),
            Statement(span="Armenian units had fired first", speaker="az-mod"),
        ),
    ),
    Article(
        key="holdout4-en-shushi-refuted-radio",
        publisher="lori-radio",
        style="broadcaster",
        language="en",
        modelled_on="Public Radio of Armenia",
        title="Artsakh Defense Ministry dismisses Azerbaijani claims",
        text=(
            "The Artsakh Defense Ministry has refuted Azerbaijani claims that the Defense Army "
            "shelled Azerbaijani positions near Shushi overnight.\n\n"
            "“The information spread by the Azerbaijani Ministry of Defense does not correspond "
            "to reality,” the ministry said\n\n"
            "The ministry described the report as yet another provocation by Baku’s propaganda "
            "machine.\n\n"
            "It added that the Defense Army continues to strictly observe the ceasefire.\n\n"
            "Artsakh Human Rights Defender Gegham Stepanyan said in a statement on Monday that a "
            "civilian had been wounded by Azerbaijani fire near the village of Mkhitarashen.\n\n"
            "“This incident once again demonstrates the need for clear mechanisms to investigate "
            "Azerbaijan’s crimes and hold those responsible accountable,” the Ombudsman added.\n\n"
            "The command of the Russian peacekeeping contingent has been informed of the "
            "incident, Armenpress quoted the Defense Ministry as saying.\n\n"
            "Show more"
        ),
        statements=(
            Statement(
                span=(
                    "refuted Azerbaijani claims that the Defense Army shelled Azerbaijani "
                    "positions near Shushi overnight"
                ),
                speaker="artsakh-mod",
            ),
            # a quotation whose attribution has no full stop
            Statement(
                span=(
                    "The information spread by the Azerbaijani Ministry of Defense does not "
                    "correspond to reality"
                ),
                speaker="artsakh-mod",
            ),
            Statement(
                span="described the report as yet another provocation by Baku’s propaganda machine",
                speaker="artsakh-mod",
            ),
            Statement(
                span="the Defense Army continues to strictly observe the ceasefire",
                speaker="artsakh-mod",
            ),
            Statement(
                span=(
                    "a civilian had been wounded by Azerbaijani fire near the village of "
                    "Mkhitarashen"
                ),
                speaker="gegham-stepanyan",
            ),
            Statement(
                span=(
                    "This incident once again demonstrates the need for clear mechanisms to "
                    "investigate Azerbaijan’s crimes and hold those responsible accountable"
                ),
                speaker="gegham-stepanyan",
            ),
            # "X quoted Y as saying", after the content: X a relay
            Statement(
                span=(
                    "The command of the Russian peacekeeping contingent has been informed of the "
                    "incident"
                ),
                speaker="artsakh-mod",
                relays=("armenpress",),
            ),
        ),
    ),
)
