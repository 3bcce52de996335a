"""A second English development set of formulas real copy of 2020–2023 attributes with and the
rules missed: five articles after the English services of regional agencies and sites
(Artsakhpress, Panorama.am, News.Az, Azvision and Turan), read for how they pass statements on.

Written for Parallax in our own words, labelled by the rules of ``demo.extraction_set``; only
the formulas are taken from real reporting, never its sentences. The formulas: "“…,” TASS
quotes the representative of … as saying"; "…, TASS reported referring to the Russian defense
ministry"; "the Russian Defense Ministry said in a bulletin detailing …" and "“…,” the bulletin
said"; "This was announced by X at …" for the sentence before; "the prime minister said in
particular:" with the quotation in the next paragraph; "the PM said"; a long title set off
by commas between the name and "wrote on his Twitter page"; "“…,” Hajiyev tweeted";
"said X, <title>, Trend reports"; "told News.Az on Thursday" after the content; a spokesman
named after his title between commas ("the ministry's spokesman, A B said"); "The Defense
Ministry told Panorama.am the situation …" with no "that"; "In a statement on Saturday, the
Defense Ministry said"; "the ministry warned"; "the Artsakh Defense Ministry" and "a spokesman
for the Nagorno-Karabakh Defense Ministry"; an ombudsman who "reported" after a quotation;
"declined to comment", which is no statement. Publishers, incidents and minor people are
invented.
"""

from demo.extraction_set import Article, SourceSpec, Statement

SOURCES: tuple[SourceSpec, ...] = (
    # Publishers (invented).
    SourceSpec("stepanakert-wire", "Stepanakert Wire", "news_agency", "AM"),
    SourceSpec("syunik-news", "Syunik News", "outlet", "AM"),
    SourceSpec("ganja-daily", "Ganja Daily", "outlet", "AZ"),
    SourceSpec("nakhchivan-post", "Nakhchivan Post", "outlet", "AZ"),
    SourceSpec("kura-info", "Kura Info", "news_agency", "AZ"),
    # An outlet the desk has that the registry does not carry.
    SourceSpec("news-az", "News.Az", "outlet", "AZ"),
    # A speaker the desk does not have: to be proposed by the name the text uses.
    SourceSpec("mkrtchyan-head", "Arsen Mkrtchyan", "official", "AM", known=False),
    SourceSpec("azerbaijan", "Azerbaijan", "other", "AZ", known=False),
)

ARTICLES: tuple[Article, ...] = (
    Article(
        key="real2-en-peacekeepers-agency",
        publisher="stepanakert-wire",
        style="national agency",
        language="en",
        modelled_on="Artsakhpress",
        title="Peacekeepers urge sides to keep ceasefire after shooting near Khojavend",
        text=(
            "STEPANAKERT, MARCH 9, STEPANAKERT WIRE: Russian peacekeepers have demanded that the "
            "parties observe the ceasefire after a shooting near Khojavend, a representative of "
            "the peacekeeping headquarters said.\n\n"
            "“The demand to fully observe the ceasefire was promptly passed to both sides through "
            "direct channels of communication,” TASS quotes the representative as saying.\n\n"
            "Automatic weapons were fired in the area late on Tuesday, TASS reported referring to "
            "the Russian defense ministry.\n\n"
            "The Russian Defense Ministry said in a bulletin detailing the work of its "
            "peacekeeping force that one serviceman of the Defense Army had been wounded.\n\n"
            "“The command of the contingent is investigating the incident together with the "
            "Azerbaijani and Armenian sides,” the bulletin said.\n\n"
            "The Artsakh Defense Ministry said the fire had come from Azerbaijani positions near "
            "the village of Sos.\n\n"
            "Arsen Mkrtchyan, the head of the Khnushinak community, told residents that the "
            "school would stay closed until Friday.\n\n"
            "The Azerbaijani Defense Ministry declined to comment."
        ),
        statements=(
            Statement(
                span=(
                    "Russian peacekeepers have demanded that the parties observe the ceasefire "
                    "after a shooting near Khojavend"
                ),
                speaker="ru-peacekeepers",
            ),
            # "“…,” X quotes Y as saying": X a relay
            Statement(
                span=(
                    "The demand to fully observe the ceasefire was promptly passed to both sides "
                    "through direct channels of communication"
                ),
                speaker="ru-peacekeepers",
                relays=("tass",),
            ),
            # "…, X reported referring to Y"
            Statement(
                span="Automatic weapons were fired in the area late on Tuesday",
                speaker="ru-mod",
                relays=("tass",),
            ),
            Statement(
                span="one serviceman of the Defense Army had been wounded",
                speaker="ru-mod",
            ),
            # "the bulletin said": the bulletin's author
            Statement(
                span=(
                    "The command of the contingent is investigating the incident together with "
                    "the Azerbaijani and Armenian sides"
                ),
                speaker="ru-mod",
            ),
            Statement(
                span="the fire had come from Azerbaijani positions near the village of Sos",
                speaker="artsakh-mod",
            ),
            Statement(
                span="the school would stay closed until Friday",
                speaker="mkrtchyan-head",
            ),
        ),
    ),
    Article(
        key="real2-en-tavush-site",
        publisher="syunik-news",
        style="news site",
        language="en",
        modelled_on="Panorama.am",
        title="Shooting continues on Tavush border, Defense Ministry says",
        text=(
            "The Armenian Foreign Ministry is not commenting for now on the latest shooting on "
            "the northeastern border.\n\n"
            "The Defense Ministry told Panorama.am the situation along the border was relatively "
            "calm overnight.\n\n"
            "“There was less shooting last night, but it continued. Our units are returning "
            "fire,” the ministry’s spokesman, Artsrun Hovhannisyan said.\n\n"
            "In a statement on Saturday, the Defense Ministry said the latest attack proves that "
            "the adversary keeps deliberately escalating the situation on the border.\n\n"
            "“Full responsibility for the escalation lies with the Azerbaijani side,” the "
            "ministry warned.\n\n"
            "“Civilians in Berd and Chinari have again spent the night in basements,” Armenia’s "
            "Human Rights Defender Arman Tatoyan reported.\n\n"
            "A spokesman for the Nagorno-Karabakh Defense Ministry dismissed Azerbaijani reports "
            "of casualties on the Armenian side as “propaganda”.\n\n"
            "Related news: Armenian soldier wounded in Tavush"
        ),
        statements=(
            # "told X" with no "that": X a relay; here X is another outlet
            Statement(
                span="the situation along the border was relatively calm overnight",
                speaker="am-mod",
                relays=("panorama",),
            ),
            # a spokesman named after his title between commas
            Statement(
                span=(
                    "There was less shooting last night, but it continued. Our units are "
                    "returning fire"
                ),
                speaker="artsrun-hovhannisyan",
            ),
            Statement(
                span=(
                    "the latest attack proves that the adversary keeps deliberately escalating "
                    "the situation on the border"
                ),
                speaker="am-mod",
            ),
            Statement(
                span="Full responsibility for the escalation lies with the Azerbaijani side",
                speaker="am-mod",
            ),
            Statement(
                span="Civilians in Berd and Chinari have again spent the night in basements",
                speaker="tatoyan",
            ),
            # an unnamed spokesman is his ministry
            Statement(
                span=(
                    "dismissed Azerbaijani reports of casualties on the Armenian side as "
                    "“propaganda"
                ),
                speaker="artsakh-mod",
            ),
        ),
    ),
    Article(
        key="real2-en-kalbajar-told-site",
        publisher="ganja-daily",
        style="news site",
        language="en",
        modelled_on="News.Az",
        title="Armenian units fire at Azerbaijani positions in Kalbajar again",
        text=(
            "Armenian armed forces units fired on Azerbaijan Army positions in the Kalbajar "
            "district on Thursday, the Defense Ministry of Azerbaijan told News.Az.\n\n"
            "The units stationed in the area took adequate measures, the ministry noted.\n\n"
            "It stated that the Azerbaijan Army fully controls the operational situation.\n\n"
            "“Armenia tries to widen the geography of its provocations,” Hikmet Hajiyev, "
            "Assistant to the President of Azerbaijan, Head of the Foreign Policy Affairs "
            "Department of the Presidential Administration, wrote on his Twitter page.\n\n"
            "“Such steps only expose Yerevan’s true intentions,” Hajiyev tweeted.\n\n"
            "Armenia’s Defense Ministry has not commented on the report."
        ),
        statements=(
            # "told X" after the content: X a relay
            Statement(
                span=(
                    "Armenian armed forces units fired on Azerbaijan Army positions in the "
                    "Kalbajar district on Thursday"
                ),
                speaker="az-mod",
                relays=("news-az",),
            ),
            Statement(
                span="The units stationed in the area took adequate measures",
                speaker="az-mod",
                relays=("news-az",),
            ),
            Statement(
                span="the Azerbaijan Army fully controls the operational situation",
                speaker="az-mod",
                relays=("news-az",),
            ),
            # a long title between the name and the verb
            Statement(
                span="Armenia tries to widen the geography of its provocations",
                speaker="hajiyev",
            ),
            Statement(
                span="Such steps only expose Yerevan’s true intentions",
                speaker="hajiyev",
            ),
        ),
    ),
    Article(
        key="real2-en-cabinet-site",
        publisher="nakhchivan-post",
        style="news site",
        language="en",
        modelled_on="Azvision",
        title="Pashinyan accuses Baku of blocking internal roads in Karabakh",
        text=(
            "Azerbaijan continues to keep the Lachin road closed and has moved further into the "
            "area of the Russian peacekeepers. This was announced by Prime Minister Nikol "
            "Pashinyan at Thursday’s Cabinet meeting.\n\n"
            "Speaking at the cabinet sitting, the prime minister said in particular:\n\n"
            "“From the height it has taken, the Azerbaijani side now watches the dirt road "
            "linking Stepanakert with several villages.”\n\n"
            "Pashinyan emphasized that Armenia does not move any military cargo to "
            "Nagorno-Karabakh.\n\n"
            "“We have to keep informing the international community about this,” the PM said.\n\n"
            "Several EU institutions must stop their provocations against Azerbaijan, said "
            "Aykhan Hajizada, Spokesman for Azerbaijan's Ministry of Foreign Affairs, Trend "
            "reports.\n\n"
            "The two leaders are due to meet in Brussels next month."
        ),
        statements=(
            # "This was announced by X at …": the sentence before
            Statement(
                span=(
                    "Azerbaijan continues to keep the Lachin road closed and has moved further "
                    "into the area of the Russian peacekeepers"
                ),
                speaker="pashinyan",
            ),
            # "said in particular:" and the quotation in the next paragraph
            Statement(
                span=(
                    "From the height it has taken, the Azerbaijani side now watches the dirt "
                    "road linking Stepanakert with several villages"
                ),
                speaker="pashinyan",
            ),
            Statement(
                span="Armenia does not move any military cargo to Nagorno-Karabakh",
                speaker="pashinyan",
            ),
            Statement(
                span="We have to keep informing the international community about this",
                speaker="pashinyan",
            ),
            # "said X, <title>, Y reports"
            Statement(
                span="Several EU institutions must stop their provocations against Azerbaijan",
                speaker="hajizada",
                relays=("trend",),
            ),
        ),
    ),
    Article(
        key="real2-en-border-service-agency",
        publisher="kura-info",
        style="national agency",
        language="en",
        modelled_on="Turan",
        title="Baku rejects Yerevan's claim about border service",
        text=(
            "Baku/14.05.21/Kura Info: The State Border Service of Azerbaijan has rejected as "
            "untrue Armenian reports that its units crossed into Armenia near Lake Sev.\n\n"
            "The service said its units were deployed only on Azerbaijani territory.\n\n"
            "“Talks involving border officials of both countries are under way,” the statement "
            "reads.\n\n"
            "In an account that was disputed, Azerbaijan said Armenian troops had first moved "
            "toward its posts.\n\n"
            "Armenia’s Foreign Ministry said the advance was a breach of Armenia’s sovereignty, "
            "and called on Baku to pull its units back.\n\n"
            "-71V-"
        ),
        statements=(
            Statement(
                span=(
                    "rejected as untrue Armenian reports that its units crossed into Armenia "
                    "near Lake Sev"
                ),
                speaker="az-border",
            ),
            Statement(
                span="its units were deployed only on Azerbaijani territory",
                speaker="az-border",
            ),
            Statement(
                span="Talks involving border officials of both countries are under way",
                speaker="az-border",
            ),
            Statement(
                span="Armenian troops had first moved toward its posts",
                speaker="azerbaijan",
            ),
            Statement(
                span="the advance was a breach of Armenia’s sovereignty",
                speaker="am-mfa",
            ),
        ),
    ),
)
