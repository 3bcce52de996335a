"""Third English held-out set for the framing lexicon: scored apart, never tuned against, and
written without looking at the lexicon's entries or at the sets the lexicon is tuned on.

Written for Parallax in its own words, in the manner of English-language outlets on both sides
of the Armenia–Azerbaijan conflict and of independent and international media (Azernews,
Report.az, Caliber.az, APA, Asbarez, The Armenian Weekly, Hetq, Eurasianet, Al Jazeera, a
human-rights monitor), about real events of 2020–2024 (the Tovuz clashes, the Ganja missile
strikes, the Kalbajar handover, the arrest of former Karabakh leaders, the prisoner exchange,
the Tavush border delimitation); the wording, quotations and figures are our own. Every loaded
term a conflict fact-checker would mark is marked, quoted speech included; neutral reporting
words are not, and some articles carry no marked term at all. Each marked item is (phrase,
label) for the first occurrence of the phrase in the text, or (phrase, label, n) for its n-th.
"""

ARTICLES = [
    {
        "key": "azernews-style-ganja-night-2020",
        "outlet_style": "Azernews (English daily)",
        "language": "en",
        "text": (
            "Armenia has once again fired ballistic missiles at densely populated residential "
            "areas of Ganja, Azerbaijan's second city, far from the front line, killing at "
            "least a dozen civilians in their sleep, the Prosecutor General's Office said on "
            "Saturday.\n\n"
            "Rescuers pulled children from the rubble of flattened homes throughout the "
            "night. Presidential aide Hikmet Hajiyev called the strike a treacherous and "
            "barbaric act of terror and said it exposed the desperation of Armenia's "
            "military-political leadership, which is losing on the battlefield.\n\n"
            "The attack came hours after a humanitarian truce was agreed in Moscow. Officials "
            "in Baku said the Armenian fascists would not break the will of the Azerbaijani "
            "people and that the army would continue its counter-offensive until every inch "
            "of the occupied lands is freed."
        ),
        "marked": [
            ("in their sleep", "loaded-language"),
            ("treacherous", "loaded-language"),
            ("barbaric", "loaded-language"),
            ("act of terror", "criminalising-label"),
            ("desperation", "questioning-the-reputation"),
            ("Armenian fascists", "name-calling-labeling"),
            ("will of the Azerbaijani people", "flag-waving"),
            ("every inch", "sovereignty-assertion"),
            ("occupied lands", "occupation-framing"),
            ("freed", "liberation-framing"),
        ],
    },
    {
        "key": "asbarez-style-tavush-handover-2024",
        "outlet_style": "Asbarez (Armenian-American daily)",
        "language": "en",
        "text": (
            "Thousands marched from Tavush to Yerevan this week behind Archbishop Bagrat "
            "Galstanyan, protesting the Pashinyan government's capitulation to Baku's "
            "demands on the border near Kirants, Voskepar and Baghanis.\n\n"
            "Speakers at the rally said the so-called delimitation is nothing more than a "
            "unilateral surrender of Armenian land, carried out under the threat of a new war "
            "by a regime in Baku that has already ethnically cleansed Artsakh. Residents of "
            "Kirants said the new line would leave the village road and a school on the "
            "enemy's side.\n\n"
            "\"Every concession only feeds Aliyev's appetite; tomorrow he will ask for Syunik "
            'and then for Yerevan itself," one speaker told the crowd. Organizers vowed to '
            "continue until the government resigns. The movement's name, Tavush for the "
            "Homeland, was chanted through the evening."
        ),
        "marked": [
            ("capitulation", "loaded-language"),
            ("so-called", "doubt"),
            ("unilateral surrender", "loaded-language"),
            ("a regime in Baku", "name-calling-labeling"),
            ("ethnically cleansed", "loaded-language"),
            ("Artsakh", "sovereignty-assertion"),
            ("enemy's", "enemy-othering"),
            ("feeds Aliyev's appetite", "loaded-language"),
            (
                "tomorrow he will ask for Syunik and then for Yerevan itself",
                "consequential-oversimplification",
            ),
            ("Tavush for the Homeland", "slogans"),
        ],
    },
    {
        "key": "caliber-style-revanchists-2024",
        "outlet_style": "Caliber.az (commentary)",
        "language": "en",
        "text": (
            "While official Yerevan talks about a peace agenda, revanchist circles in Armenia "
            "and their patrons in Paris are doing everything to drag the region back into "
            "confrontation. The latest example is the interview given to a French newspaper "
            "by a remnant of the defunct separatist junta, who now calls himself a minister "
            "of a government in exile.\n\n"
            "It is no coincidence that the interview appeared in France, which has turned "
            "itself into the chief sponsor of Armenian militarism in the South Caucasus. "
            "Everybody in the region understands what Paris is after.\n\n"
            "Azerbaijan, which restored its sovereignty over Garabagh in a single day, will not "
            "tolerate such games. Armenia has a simple choice: either it signs the peace "
            "treaty on Baku's terms and removes its territorial claims from its constitution, "
            "or it will bear the consequences."
        ),
        "marked": [
            ("revanchist", "name-calling-labeling"),
            ("their patrons in Paris", "sponsor-labelling"),
            ("remnant", "loaded-language"),
            ("separatist junta", "criminalising-label"),
            ("chief sponsor of Armenian militarism", "sponsor-labelling"),
            ("Everybody in the region understands", "appeal-to-popularity"),
            ("restored its sovereignty", "liberation-framing"),
            ("Garabagh", "sovereignty-assertion"),
            ("either it signs the peace treaty on Baku's terms", "false-dilemma-no-choice"),
            ("bear the consequences", "appeal-to-fear-prejudice"),
        ],
    },
    {
        "key": "hetq-style-kirants-survey-2024",
        "outlet_style": "Hetq (investigative outlet)",
        "language": "en",
        "text": (
            "Surveyors from Armenia's border commission finished placing the first markers "
            "near the village of Kirants on Tuesday, following the protocol signed with "
            "Azerbaijan's commission in May.\n\n"
            "According to the government, 12.7 kilometres of the border in Tavush province "
            "have now been described on the ground. Part of the road between Kirants and "
            "Voskepar will be moved, and the authorities say a new bypass will be finished "
            "by the end of the year.\n\n"
            "Three families whose houses fall close to the new line told Hetq that they had "
            "been offered compensation but had not yet received written terms. The deputy "
            "prime minister's office said it would publish the coordinates of the markers "
            "once both sides had checked them."
        ),
        "marked": [],
    },
    {
        "key": "apa-style-kalbajar-return-2020",
        "outlet_style": "APA (news agency, English)",
        "language": "en",
        "text": (
            "Units of the Azerbaijani Army entered Kalbajar district on November 25, which had "
            "been under Armenian occupation for 27 years, the Defense Ministry told APA.\n\n"
            "Before leaving, the occupiers set fire to houses and schools and cut down "
            "forests, in an act of ecological terror that shows the true face of Armenian "
            "vandalism. Footage shows the invaders even burning the homes they had illegally "
            "settled in.\n\n"
            "President Ilham Aliyev, the Victorious Commander-in-Chief, said Kalbajar had "
            "been returned without a single shot thanks to the glorious victory of the "
            'Azerbaijani army on the battlefield. "The enemy was driven from our native '
            'lands," he said. The return of Kalbajar restores historical justice for '
            "tens of thousands of internally displaced persons."
        ),
        "marked": [
            ("occupation", "occupation-framing"),
            ("occupiers", "occupation-framing"),
            ("ecological terror", "criminalising-label"),
            ("true face", "questioning-the-reputation"),
            ("vandalism", "name-calling-labeling"),
            ("invaders", "occupation-framing"),
            ("illegally settled", "occupation-framing"),
            ("Victorious Commander-in-Chief", "flag-waving"),
            ("returned", "liberation-framing"),
            ("glorious victory", "flag-waving"),
            ("The enemy", "enemy-othering"),
            ("native lands", "sovereignty-assertion"),
            ("historical justice", "liberation-framing"),
        ],
    },
    {
        "key": "armenian-weekly-style-hostages-2023",
        "outlet_style": "The Armenian Weekly (opinion)",
        "language": "en",
        "text": (
            "Ruben Vardanyan was seized by Azerbaijani border guards at the Hakari bridge as "
            "he tried to leave Artsakh with thousands of other refugees. Within days, three "
            "former presidents and the leadership of the republic had joined him in a Baku "
            "prison.\n\n"
            "These men are not criminals but political hostages, held by a dictatorship that "
            "has jailed its own journalists and now stages show trials to rewrite the history "
            "of the war. Baku's charges of terrorism are a grotesque inversion of the truth, "
            "aimed at criminalising the very idea of Armenian self-determination.\n\n"
            "The silence of Washington and Brussels is deafening. The West, which lectures the "
            "world about human rights, buys Azerbaijani gas while Armenians rot in Aliyev's "
            "dungeons. Free the Armenian prisoners now."
        ),
        "marked": [
            ("seized", "loaded-language"),
            ("Artsakh", "sovereignty-assertion"),
            ("political hostages", "loaded-language"),
            ("dictatorship", "name-calling-labeling"),
            ("show trials", "doubt"),
            ("grotesque inversion of the truth", "doubt"),
            ("deafening", "loaded-language"),
            ("lectures the world about human rights", "appeal-to-hypocrisy"),
            ("rot in Aliyev's dungeons", "loaded-language"),
            ("Free the Armenian prisoners now", "slogans"),
        ],
    },
    {
        "key": "al-jazeera-style-tovuz-clashes-2020",
        "outlet_style": "Al Jazeera (English)",
        "language": "en",
        "text": (
            "Fighting between Armenian and Azerbaijani forces on their northern border entered "
            "a third day on Tuesday, with at least 16 people killed on both sides, including "
            "an Azerbaijani general and a civilian.\n\n"
            "The clashes broke out on Sunday near the Azerbaijani district of Tovuz and the "
            "Armenian province of Tavush, some 300 kilometres from Nagorno-Karabakh. Each "
            "side accused the other of starting the fighting. Azerbaijan's defence ministry "
            "called the attack an Armenian provocation and promised to respond, while "
            "Armenia said Azerbaijani troops had tried to seize one of its positions.\n\n"
            "Thousands rallied in Baku overnight demanding a war to retake Karabakh, and "
            "some entered the parliament building. Russia, the United States and the "
            "European Union called for restraint."
        ),
        "marked": [
            ("provocation", "provocation-framing"),
        ],
    },
    {
        "key": "report-az-style-mine-victims-2022",
        "outlet_style": "Report.az (English service)",
        "language": "en",
        "text": (
            "Two employees of the Lachin district executive authority were killed and a third "
            "was badly injured when their vehicle hit an anti-tank mine near the village of "
            "Ghoshasu, Report's correspondent said.\n\n"
            "Since the end of the Patriotic War, more than 250 Azerbaijanis, most of them "
            "civilians, have been killed or maimed by mines planted by Armenia. Baku says the "
            "mine maps Yerevan has handed over are only 25 percent accurate, which it calls a "
            "continuation of Armenia's mine terror against the civilian population.\n\n"
            "Experts say that by refusing to hand over accurate maps, Armenia is deliberately "
            "sabotaging the Great Return of former IDPs to their ancestral lands. The "
            "international community, they add, must stop turning a blind eye to this "
            "crime against humanity."
        ),
        "marked": [
            ("Patriotic War", "flag-waving"),
            ("mine terror", "criminalising-label"),
            ("deliberately sabotaging", "one-sided-blame"),
            ("Great Return", "liberation-framing"),
            ("ancestral lands", "sovereignty-assertion"),
            ("turning a blind eye", "loaded-language"),
            ("crime against humanity", "exaggeration-minimisation"),
        ],
    },
    {
        "key": "eurasianet-style-prisoner-swap-2023",
        "outlet_style": "Eurasianet (analysis)",
        "language": "en",
        "text": (
            "Armenia released two Azerbaijani servicemen and Azerbaijan returned 32 Armenian "
            "soldiers on December 13, a week after the two governments issued a rare joint "
            "statement that promised confidence-building steps.\n\n"
            "The statement, negotiated without Russian, European or American mediators, also "
            "said Armenia would withdraw its candidacy to host the COP29 climate summit, "
            "clearing the way for Baku to hold it. Analysts in both capitals described the "
            "deal as a sign that the two sides can talk directly.\n\n"
            "Several Armenians detained in 2023, including former officials from "
            "Nagorno-Karabakh, remain in custody in Baku and were not covered by the "
            "exchange."
        ),
        "marked": [],
    },
    {
        "key": "rights-monitor-style-ganja-findings-2020",
        "outlet_style": "human-rights monitor (report summary)",
        "language": "en",
        "text": (
            "Our researchers visited the sites of four missile and rocket strikes on the city "
            "of Ganja in October and interviewed survivors, relatives of those killed and "
            "local officials. In each case we found no military target near the homes that "
            "were hit.\n\n"
            "Armenian officials denied responsibility for some of the strikes and said the "
            "others were aimed at military facilities. The de facto Nagorno-Karabakh "
            "authorities listed what they called legitimate targets in the city, but the "
            "list did not match the places we visited.\n\n"
            "Firing imprecise ballistic missiles into populated areas is unlawful under the "
            "laws of war. Both sides should investigate the attacks on civilians documented "
            "in this report and in our earlier findings on cluster munitions."
        ),
        "marked": [],
    },
]
