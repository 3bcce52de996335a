"""A second held-out set in English: three articles after an international wire, an
international broadcaster's regional service and a regional news site.

Labelled by the rules of ``demo.extraction_set``; written apart from the extraction rules and
the other sets. The publishers (Caspian Desk, Upland Radio, Ridge Media), the incidents, the
villages, the detainees and every minor person are invented; the institutions, agencies and
officials are real, in their real roles. One article uses straight quotes, the other two
typographic ones and typographic apostrophes; the news site quotes with single marks.
"""

from demo.extraction_set import Article, SourceSpec, Statement

SOURCES: tuple[SourceSpec, ...] = (
    # Publishers.
    SourceSpec("caspian-desk", "Caspian Desk", "news_agency"),
    SourceSpec(
        "upland-radio",
        "Upland Radio",
        "outlet",
        aliases=("Upland Radio's Armenian Service", "Upland Radio's Azerbaijani Service"),
    ),
    SourceSpec("ridge-media", "Ridge Media", "outlet"),
    # Bodies the desk has that the registry does not carry.
    SourceSpec(
        "az-pow-commission",
        "State Commission on Prisoners of War, Hostages and Missing Persons of Azerbaijan",
        "government_body",
        "AZ",
        aliases=(
            "Azerbaijan's State Commission on Prisoners of War, Hostages, and Missing Persons",
            "State Commission on Prisoners of War, Hostages, and Missing Persons",
            "State Commission on Prisoners of War, Hostages and Missing Persons",
        ),
    ),
    SourceSpec(
        "icrc",
        "International Committee of the Red Cross",
        "international_body",
        short_name="ICRC",
        aliases=("Red Cross",),
    ),
    # People the desk does not have: to be proposed by the name the text uses.
    SourceSpec("melkonyan", "Gagik Melkonyan", "other", "AM", known=False),
    SourceSpec("harutyunyan-mother", "Anahit Harutyunyan", "other", "AM", known=False),
    SourceSpec("levonyan", "Lusine Levonyan", "other", "AM", known=False),
    SourceSpec("ohanyan", "Marta Ohanyan", "other", known=False),
)

ARTICLES: tuple[Article, ...] = (
    Article(
        key="aghberk-shooting-wire",
        publisher="caspian-desk",
        style="international wire",
        language="en",
        modelled_on="Reuters",
        title="Armenia says soldier killed in border shooting, Azerbaijan blames Yerevan",
        text=(
            "YEREVAN/BAKU, Nov 23 (Caspian Desk) - One Armenian soldier was killed and two "
            "were wounded in an exchange of fire on the border with Azerbaijan, Armenia's "
            "defence ministry said on Wednesday, while Baku accused Armenian forces of starting "
            "the shooting.\n\n"
            "According to the ministry, Azerbaijani units opened fire with mortars and "
            "large-calibre machine guns at Armenian positions near the village of Aghberk in "
            "Gegharkunik province shortly after 6 a.m. (0200 GMT).\n\n"
            '"The enemy\'s fire was suppressed by retaliatory actions of our units," ministry '
            "spokesman Aram Torosyan wrote on Facebook, adding that the situation had "
            "stabilised by midday.\n\n"
            "Azerbaijan's defence ministry said in a statement that Armenian units had fired "
            "first at its positions in the Kalbajar district and that its forces had taken "
            '"adequate retaliatory measures". It denied that any Azerbaijani serviceman had '
            "crossed the border.\n\n"
            "Caspian Desk could not independently verify either side's account. There was no "
            "immediate comment from the European Union's civilian monitoring mission, which "
            "patrols the Armenian side of the frontier.\n\n"
            "Gagik Melkonyan, head of the Aghberk community, told Caspian Desk by telephone "
            'that residents had spent the morning in basements. "Bullets hit two houses on '
            'the upper street, but nobody in the village was hurt," he said.\n\n'
            'In Moscow, Kremlin spokesman Dmitry Peskov told reporters that Russia was "in '
            "constant contact\" with Yerevan and Baku. Russia's RIA news agency later quoted "
            "him as saying that the work of Russian peacekeepers in Nagorno-Karabakh had not "
            "been affected.\n\n"
            "Baku regained large parts of Nagorno-Karabakh and the districts around it in a "
            "six-week war in 2020, which ended with a ceasefire brokered by Moscow. The two "
            "neighbours have since been negotiating a peace treaty, while the undemarcated "
            "border between them has seen repeated shooting.\n\n"
            "(Reporting by Anna Sargsyan in Yerevan and Farid Mammadov in Baku; Writing by Tom "
            "Hale; Editing by Mark Benton)"
        ),
        statements=(
            # reported speech, attribution after; two speakers in one sentence (1/2)
            Statement(
                span=(
                    "One Armenian soldier was killed and two were wounded in an exchange of "
                    "fire on the border with Azerbaijan"
                ),
                speaker="am-mod",
            ),
            # two speakers in one sentence (2/2); the capital for its ministry; accusing
            Statement(
                span="accused Armenian forces of starting the shooting",
                speaker="az-mod",
            ),
            # according to X, first; "the ministry" is the one last named as a ministry, not
            # the capital named after it
            Statement(
                span=(
                    "Azerbaijani units opened fire with mortars and large-calibre machine guns "
                    "at Armenian positions near the village of Aghberk in Gegharkunik province "
                    "shortly after 6 a.m. (0200 GMT)"
                ),
                speaker="am-mod",
            ),
            # direct quote, speaker after it; a spokesman is his own source; social media
            Statement(
                span="The enemy's fire was suppressed by retaliatory actions of our units",
                speaker="torosyan",
            ),
            # "adding that": an attribution of its own
            Statement(span="the situation had stabilised by midday", speaker="torosyan"),
            # that A and that B: one span; partial quote at the end (mark dropped)
            Statement(
                span=(
                    "Armenian units had fired first at its positions in the Kalbajar district "
                    'and that its forces had taken "adequate retaliatory measures'
                ),
                speaker="az-mod",
            ),
            # follow-on "It"; denying: span from the verb
            Statement(
                span="denied that any Azerbaijani serviceman had crossed the border",
                speaker="az-mod",
            ),
            # told the publisher (never a relay); speaker unknown to the desk
            Statement(
                span="residents had spent the morning in basements",
                speaker="melkonyan",
            ),
            # direct quote, "he said" after it
            Statement(
                span=(
                    "Bullets hit two houses on the upper street, but nobody in the village was hurt"
                ),
                speaker="melkonyan",
            ),
            # told reporters (an audience); "In Moscow" is a place; partial quote inside
            Statement(
                span='Russia was "in constant contact" with Yerevan and Baku',
                speaker="peskov",
            ),
            # an agency quoting the speaker: relay; the pronoun resolves to Peskov
            Statement(
                span=("the work of Russian peacekeepers in Nagorno-Karabakh had not been affected"),
                speaker="peskov",
                relays=("ria",),
            ),
        ),
    ),
    Article(
        key="soldiers-returned-broadcaster",
        publisher="upland-radio",
        style="broadcaster",
        language="en",
        modelled_on="RFE/RL",
        title="Azerbaijan Hands Back Two Armenian Soldiers Detained Near Border",
        text=(
            "Azerbaijan has handed over to Armenia two soldiers who were detained last month "
            "after, according to Yerevan, they lost their way in heavy fog near the border.\n\n"
            "The two conscripts, Arsen Harutyunyan and Davit Sahakyan, crossed back into "
            "Armenia in the southern Syunik Province on December 14, Foreign Ministry "
            "spokeswoman Ani Badalyan wrote on Facebook.\n\n"
            "“We thank the International Committee of the Red Cross for its assistance in the "
            "process,” she added.\n\n"
            "Azerbaijan’s State Commission on Prisoners of War, Hostages, and Missing Persons "
            "said the soldiers had been returned “as a gesture of humanism.” The state news "
            "agency AzerTag, citing the commission, reported that the two men had been "
            "detained on November 19 after “illegally crossing the state border” in the "
            "Lachin district.\n\n"
            "Armenia’s Defense Ministry has not commented on the circumstances of the "
            "detention. The handover took place without a formal exchange, and it was not "
            "immediately clear whether Yerevan had made any commitment in return.\n\n"
            "Anahit Harutyunyan, the mother of one of the soldiers, told Upland Radio’s "
            "Armenian Service that she had learned of her son’s release from a neighbor who "
            "saw the news on television. “I have not slept properly for 26 nights. Now I "
            "only want to see him with my own eyes,” she said.\n\n"
            "Hikmet Hajiyev, foreign-policy adviser to President Ilham Aliyev, wrote on X "
            "that the handover reflected Baku’s “commitment to the peace agenda,” and said "
            "Azerbaijan expected Armenia to share information on nearly 4,000 Azerbaijanis "
            "listed as missing since the war of the early 1990s.\n\n"
            "The office of Armenia’s human rights defender said it would keep raising the "
            "cases of Armenians still held in Azerbaijan with international organizations.\n\n"
            "Under the Moscow-brokered cease-fire that ended the 2020 war, the two sides "
            "undertook to exchange all prisoners and other detainees. Dozens of Armenians are "
            "believed to remain in Azerbaijani custody, including soldiers captured in border "
            "fighting in 2021 and 2022.\n\n"
            "With reporting by Upland Radio’s Armenian and Azerbaijani services"
        ),
        statements=(
            # according to X inside a relative clause; the capital for its defence ministry
            Statement(
                span="they lost their way in heavy fog near the border",
                speaker="am-mod",
            ),
            # attribution after; "wrote on Facebook"; a spokeswoman is her own source
            Statement(
                span=(
                    "The two conscripts, Arsen Harutyunyan and Davit Sahakyan, crossed back "
                    "into Armenia in the southern Syunik Province on December 14"
                ),
                speaker="badalyan",
            ),
            # follow-on "she added" after a direct quote
            Statement(
                span=(
                    "We thank the International Committee of the Red Cross for its "
                    "assistance in the process"
                ),
                speaker="badalyan",
            ),
            # partial quote at the end, full stop inside the marks
            Statement(
                span="the soldiers had been returned “as a gesture of humanism",
                speaker="az-pow-commission",
            ),
            # an agency citing the commission: speaker the commission, the agency a relay
            Statement(
                span=(
                    "the two men had been detained on November 19 after “illegally crossing "
                    "the state border” in the Lachin district"
                ),
                speaker="az-pow-commission",
                relays=("azertac",),
            ),
            # told the publisher's own service: not a relay; speaker unknown to the desk
            Statement(
                span=(
                    "she had learned of her son’s release from a neighbor who saw the news "
                    "on television"
                ),
                speaker="harutyunyan-mother",
            ),
            # quotation of two sentences, one span
            Statement(
                span=(
                    "I have not slept properly for 26 nights. Now I only want to see him "
                    "with my own eyes"
                ),
                speaker="harutyunyan-mother",
            ),
            # "wrote on X that A," partial quote closing with a comma inside the marks
            Statement(
                span="the handover reflected Baku’s “commitment to the peace agenda",
                speaker="hajiyev",
            ),
            # "and said B": a second attribution
            Statement(
                span=(
                    "Azerbaijan expected Armenia to share information on nearly 4,000 "
                    "Azerbaijanis listed as missing since the war of the early 1990s"
                ),
                speaker="hajiyev",
            ),
            # an institution's office is the institution
            Statement(
                span=(
                    "it would keep raising the cases of Armenians still held in Azerbaijan "
                    "with international organizations"
                ),
                speaker="am-hrd",
            ),
        ),
    ),
    Article(
        key="lachin-checkpoint-news-site",
        publisher="ridge-media",
        style="news site",
        language="en",
        modelled_on="OC Media",
        title="Karabakh man detained at Lachin checkpoint while travelling for surgery",
        text=(
            "A resident of Nagorno-Karabakh has been detained by Azerbaijani border guards at "
            "the Hakari bridge checkpoint on the Lachin corridor while being taken to Armenia "
            "for medical treatment.\n\n"
            "Samvel Levonyan, 67, was travelling in a vehicle of the International Committee "
            "of the Red Cross (ICRC) when he was stopped on Saturday morning, his daughter, "
            "Lusine Levonyan, told Ridge Media.\n\n"
            "‘They told us his name was on some kind of list,’ she said. ‘Nobody has explained "
            "which list, or what he is supposed to have done.’\n\n"
            "In a statement on Saturday evening, Azerbaijan’s State Border Service said "
            "Levonyan was wanted in connection with a criminal case dating back to the early "
            "1990s and had been handed over to law enforcement bodies. It added that ICRC "
            "representatives had been informed of the grounds for his detention.\n\n"
            "The ICRC confirmed that one of its vehicles had been stopped at the checkpoint. "
            "‘Our role is limited to facilitating the transfer of patients, and we do not "
            "comment on individual cases,’ said Marta Ohanyan, a spokesperson for the "
            "organisation’s delegation in Yerevan.\n\n"
            "Armenia’s Foreign Ministry condemned the detention as ‘a gross violation of "
            "international humanitarian law’.\n\n"
            "Azerbaijani Foreign Ministry spokesperson Ayhan Hajizada denied claims circulating "
            "on Armenian social media that Levonyan had been mistreated in custody, saying he "
            "had been examined by a doctor on arrival in Baku.\n\n"
            "The Russian Defence Ministry’s daily bulletin on the peacekeeping mission in "
            "Nagorno-Karabakh made no mention of the incident.\n\n"
            "Traffic on the Lachin corridor, the only road between Nagorno-Karabakh and "
            "Armenia, has been almost entirely halted since December 2022, first by "
            "Azerbaijani protesters who described themselves as environmental activists and, "
            "since April, by the checkpoint. Medical transfers by the ICRC have been among the "
            "few movements allowed through.\n\n"
            "[Read more: Azerbaijan sets up checkpoint at the entrance of the Lachin "
            "corridor]\n\n"
            "Ridge Media refers to institutions in Nagorno-Karabakh without qualifiers for "
            "ease of reading; this implies no position on their status."
        ),
        statements=(
            # attribution after, told the publisher (not a relay); speaker unknown to the desk
            Statement(
                span=(
                    "Samvel Levonyan, 67, was travelling in a vehicle of the International "
                    "Committee of the Red Cross (ICRC) when he was stopped on Saturday morning"
                ),
                speaker="levonyan",
            ),
            # a quote split around its attribution (1/2); single quotation marks
            Statement(
                span="They told us his name was on some kind of list",
                speaker="levonyan",
            ),
            # a quote split around its attribution (2/2)
            Statement(
                span="Nobody has explained which list, or what he is supposed to have done",
                speaker="levonyan",
            ),
            # reported speech, A and B: one span; typographic apostrophe in the name
            Statement(
                span=(
                    "Levonyan was wanted in connection with a criminal case dating back to "
                    "the early 1990s and had been handed over to law enforcement bodies"
                ),
                speaker="az-border",
            ),
            # follow-on "It added"
            Statement(
                span="ICRC representatives had been informed of the grounds for his detention",
                speaker="az-border",
            ),
            # "confirmed that"; abbreviation as the speaker's name
            Statement(
                span="one of its vehicles had been stopped at the checkpoint",
                speaker="icrc",
            ),
            # direct quote, "said X" inverted after it; speaker unknown to the desk
            Statement(
                span=(
                    "Our role is limited to facilitating the transfer of patients, and we do "
                    "not comment on individual cases"
                ),
                speaker="ohanyan",
            ),
            # condemning: span from the verb; closing mark before the full stop dropped
            Statement(
                span=(
                    "condemned the detention as ‘a gross violation of international "
                    "humanitarian law"
                ),
                speaker="am-mfa",
            ),
            # denying: span from the verb; a spokesman is his own source
            Statement(
                span=(
                    "denied claims circulating on Armenian social media that Levonyan had been "
                    "mistreated in custody"
                ),
                speaker="hajizada",
            ),
            # "denied …, saying B": a second attribution
            Statement(
                span="he had been examined by a doctor on arrival in Baku",
                speaker="hajizada",
            ),
        ),
    ),
)
