"""Fifth English held-out set for the framing lexicon: scored apart, never tuned against, and
written without looking at the lexicon's entries or at the sets the lexicon is tuned on.

Written for Parallax in its own words, in the manner of wire services and of English-language
outlets on both sides of the Armenia–Azerbaijan conflict and beyond it (Reuters, AP, Al Jazeera,
OC Media, Eurasianet, Azernews, Daily Sabah, The Guardian, Asbarez), about real events of
2020–2024 (Armenia's claim that a Turkish jet downed one of its Su-25s, the shelling of the
Ghazanchetsots cathedral, the dome missing from a church in Shusha, the ICJ order on the
Lachin corridor, the March 2023 shootout near Stepanakert, the detention of Vagif Khachatryan
at the Hakari checkpoint, Erdoğan's visit to Nakhchivan after the September 2023 offensive,
the arrest of the former Nagorno-Karabakh leaders, the Almaty round of peace talks); the
wording, quotations and figures are our own. Every loaded term a conflict fact-checker would
mark is marked, quoted speech included; neutral reporting words are not, and some articles
carry no marked term at all. Each marked item is (phrase, label) for the first occurrence of
the phrase in the text, or (phrase, label, n) for its n-th.
"""

ARTICLES = [
    {
        "key": "reuters-style-icj-lachin-order-2023",
        "outlet_style": "Reuters",
        "language": "en",
        "text": (
            "The United Nations' highest court on Wednesday ordered Azerbaijan to take all "
            "measures at its disposal to ensure the free movement of people, vehicles and "
            "cargo in both directions along the Lachin corridor, the only road between "
            "Nagorno-Karabakh and Armenia.\n\n"
            "Traffic on the road has been disrupted since Dec. 12 by Azerbaijanis who say they "
            "are environmental activists protesting against illegal mining. Armenia says the "
            "protest is organised by the government in Baku and has cut off the region's "
            "roughly 120,000 ethnic Armenians from food and medicine.\n\n"
            "The International Court of Justice turned down a separate Azerbaijani request for "
            "measures against Armenia over the laying of landmines. Armenia's foreign ministry "
            'said the ruling showed that the "illegal blockade" had to be lifted at once. '
            "Azerbaijan said humanitarian traffic was already moving through the corridor and "
            'that the judges had not accepted Armenian "fabrications" about a siege.'
        ),
        "marked": [
            ("illegal blockade", "loaded-language"),
            ("fabrications", "doubt"),
        ],
    },
    {
        "key": "ap-style-su25-downing-2020",
        "outlet_style": "AP",
        "language": "en",
        "text": (
            "YEREVAN, Armenia (AP) — Armenia said Tuesday that a Turkish F-16 fighter had shot "
            "down one of its Su-25 ground-attack planes over Armenian airspace, killing the "
            "pilot. Turkey and Azerbaijan rejected the claim within hours.\n\n"
            "A spokeswoman for Armenia's Defense Ministry said the Turkish jet had taken off "
            "from an air base in the Azerbaijani city of Ganja. She did not offer evidence.\n\n"
            "Turkey's presidential communications director said the report was absolutely "
            "untrue and that Armenia should withdraw from the lands it occupies rather than "
            'resort to "cheap propaganda tricks." An aide to Azerbaijan\'s president called it '
            '"another lie" by Yerevan and said his country\'s air force needed no outside '
            "help.\n\n"
            "Fighting over Nagorno-Karabakh, a region inside Azerbaijan that has been "
            "controlled by ethnic Armenian forces since a war ended in 1994, broke out on "
            "Sunday and has killed dozens of people on both sides."
        ),
        "marked": [
            ("the lands it occupies", "occupation-framing"),
            ("cheap propaganda tricks", "doubt"),
            ("another lie", "doubt"),
        ],
    },
    {
        "key": "al-jazeera-style-ghazanchetsots-shelling-2020",
        "outlet_style": "Al Jazeera (English)",
        "language": "en",
        "text": (
            "A 19th-century Armenian cathedral in the Nagorno-Karabakh town that Azerbaijanis "
            "call Shusha and Armenians call Shushi was struck twice on Thursday, tearing a "
            "hole in its roof and wounding two Russian journalists who had gone inside to "
            "film the damage from the first hit.\n\n"
            "Armenia's foreign ministry called the attack on the Holy Saviour, or "
            "Ghazanchetsots, cathedral a war crime and said Baku was copying the conduct of "
            '"the terrorist groups it has brought in as allies", which had wrecked ancient '
            "monuments across the Middle East.\n\n"
            "Azerbaijan's defence ministry denied aiming at the church and said its army did "
            "not strike historical, cultural or religious sites, unlike, it said, the Armenian "
            "forces that had defiled mosques in Aghdam and elsewhere during 30 years of "
            "occupation.\n\n"
            "Stepanakert, the largest city in the region, and the Azerbaijani towns of Ganja "
            "and Tartar also came under fire as the fighting went into its second week. Each "
            "side accuses the other of deliberately hitting civilians."
        ),
        "marked": [
            ("war crime", "criminalising-label"),
            ("the terrorist groups it has brought in as allies", "guilt-by-association"),
            (
                "unlike, it said, the Armenian forces that had defiled mosques in Aghdam and "
                "elsewhere",
                "whataboutism",
            ),
            ("30 years of occupation", "occupation-framing"),
        ],
    },
    {
        "key": "oc-media-style-road-shootout-2023",
        "outlet_style": "OC Media",
        "language": "en",
        "text": (
            "Three police officers from Nagorno-Karabakh and two Azerbaijani soldiers were "
            "killed on Sunday morning in a shootout on a dirt road near Stepanakert, the "
            "deadliest incident in the region since the Lachin corridor was blocked in "
            "December.\n\n"
            "The authorities in Stepanakert said the officers, from the passport and visa "
            "department, were driving to a village when their car was ambushed by what they "
            "called an Azerbaijani 'sabotage group'. Armenia's foreign ministry described the "
            "killings as a 'terrorist act' and dismissed the claim that the car carried "
            "weapons as 'nonsense'.\n\n"
            "Azerbaijan's defence ministry said its soldiers had tried to stop a vehicle "
            "smuggling arms and personnel from Armenia to 'illegal Armenian armed formations', "
            "and that the people inside opened fire. Baku said Armenia's military-political "
            "leadership bore full responsibility for the 'provocation', showed it had 'not "
            "abandoned its occupation policy', and called for a checkpoint on the road.\n\n"
            "Russia's defence ministry, whose peacekeepers patrol the area, said Azerbaijani "
            "servicemen had fired on the car, and that an investigation was under way."
        ),
        "marked": [
            ("sabotage group", "loaded-language"),
            ("terrorist act", "criminalising-label"),
            ("nonsense", "doubt"),
            ("smuggling", "criminalising-label"),
            ("illegal Armenian armed formations", "criminalising-label"),
            ("provocation", "provocation-framing"),
            ("not abandoned its occupation policy", "occupation-framing"),
        ],
    },
    {
        "key": "eurasianet-style-almaty-talks-2024",
        "outlet_style": "Eurasianet",
        "language": "en",
        "text": (
            "The foreign ministers of Armenia and Azerbaijan spent two days in Almaty working "
            "through the draft of a peace treaty, in the first round of talks Kazakhstan has "
            "hosted between the two countries.\n\n"
            "Ararat Mirzoyan and Jeyhun Bayramov met on May 10 and 11. Kazakhstan's foreign "
            "minister opened the session and President Kassym-Jomart Tokayev received both "
            "delegations. Both ministries said afterwards that the sides had agreed to keep "
            "negotiating on the articles still in dispute, without saying which they were.\n\n"
            "The meeting came weeks after Armenia agreed to hand over to Azerbaijan four "
            "depopulated villages on the edge of its Tavush province as part of border "
            "delimitation, a decision that set off street protests in Yerevan. Baku still "
            "wants Armenia to amend its constitution, whose preamble refers to the 1990 "
            "declaration of independence, before any treaty is signed.\n\n"
            "Analysts said the choice of Almaty reflected Azerbaijan's preference for venues "
            "outside the West, while Armenia has tried to keep Washington and Brussels "
            "involved in the process."
        ),
        "marked": [],
    },
    {
        "key": "azernews-style-former-leaders-arrested-2023",
        "outlet_style": "Azernews",
        "language": "en",
        "text": (
            "Azerbaijan's State Security Service has detained Arayik Harutyunyan, the former "
            "head of the separatist regime that ruled Azerbaijan's Karabakh region for three "
            "decades under Armenian occupation, and brought him to Baku to face justice.\n\n"
            "Several other ringleaders of the so-called 'NKR', among them its former "
            "'parliament speaker' Davit Ishkhanyan and its former 'army commander' Levon "
            "Mnatsakanyan, were also detained in Khankendi. They face charges that include "
            "waging a war of aggression, financing terrorism and setting up illegal armed "
            "groups.\n\n"
            "Political analysts say the arrests are a clear message that no war criminal will "
            "escape accountability for the Khojaly genocide and the other crimes committed "
            "against the Azerbaijani people. 'Those who have the blood of our martyrs on their "
            "hands will answer before the law,' a member of parliament said. The whole "
            "civilised world, he added, understands that Azerbaijan has simply restored its "
            "sovereignty within its internationally recognised borders."
        ),
        "marked": [
            ("separatist regime", "criminalising-label"),
            ("under Armenian occupation", "occupation-framing"),
            ("to face justice", "loaded-language"),
            ("ringleaders", "criminalising-label"),
            ("so-called", "doubt"),
            ("Khankendi", "sovereignty-assertion"),
            ("war criminal", "criminalising-label"),
            ("Khojaly genocide", "exaggeration-minimisation"),
            ("the blood of our martyrs", "flag-waving"),
            ("The whole civilised world, he added, understands", "appeal-to-popularity"),
            ("restored its sovereignty", "liberation-framing"),
        ],
    },
    {
        "key": "daily-sabah-style-nakhchivan-visit-2023",
        "outlet_style": "Daily Sabah",
        "language": "en",
        "text": (
            "President Recep Tayyip Erdoğan on Monday travelled to Nakhchivan, where he and "
            "Azerbaijani President Ilham Aliyev laid the foundation of a gas pipeline from "
            "Iğdır and opened a modernised military complex, days after Azerbaijan's swift "
            "anti-terror operation restored its sovereignty over Karabakh.\n\n"
            '"We are one nation, two states, and we have shown it to the world once again," '
            "Erdoğan said, congratulating his Azerbaijani brothers on a victory that he said "
            "had ended three decades of Armenian occupation. He described the Zangezur "
            "corridor, a planned route linking mainland Azerbaijan with Nakhchivan across "
            "Armenian territory, as a historic opportunity the region must not miss.\n\n"
            "Türkiye and Azerbaijan want peace with all their neighbours, Erdoğan stressed, "
            "but those who arm Armenia and sow discord from thousands of kilometres away "
            "should know that the Caucasus belongs to its own peoples. Ankara has stood by "
            "Baku since the conflict began in the early 1990s."
        ),
        "marked": [
            ("anti-terror operation", "military-euphemism"),
            ("restored its sovereignty over Karabakh", "liberation-framing"),
            ("one nation, two states", "slogans"),
            ("Azerbaijani brothers", "flag-waving"),
            ("Armenian occupation", "occupation-framing"),
            ("Zangezur corridor", "sovereignty-assertion"),
            ("sow discord", "loaded-language"),
            ("the Caucasus belongs to its own peoples", "slogans"),
        ],
    },
    {
        "key": "guardian-style-shusha-church-dome-2022",
        "outlet_style": "The Guardian",
        "language": "en",
        "text": (
            "When Azerbaijani forces took Shusha in November 2020, the church of St John the "
            "Baptist, known to local Armenians as Kanach Zham, the green chapel, was still "
            "standing at the edge of the town's old Armenian quarter. Photographs published "
            "since show it without its dome.\n\n"
            "Azerbaijan's culture ministry has given no account of the work. Officials in "
            "Baku describe the church as part of the heritage of the Caucasian Albanians, an "
            "ancient Christian people, and accuse Armenians of having 'Armenianised' Albanian "
            "churches across Karabakh by scraping off their inscriptions. Armenian historians "
            "dismiss this as a fabricated theory meant to erase every Armenian trace from the "
            "land.\n\n"
            "'First they shelled our cathedral in Shushi, now they are turning our churches "
            "into something else,' said a woman from the town now living in Yerevan, who "
            "asked not to be named. Researchers who follow heritage sites on satellite images "
            "say other churches and a cemetery near the town have also been damaged since "
            "the war. Azerbaijan says it is restoring monuments of every faith, and points to "
            "the mosques it says were left in ruins by Armenian forces."
        ),
        "marked": [
            ("Armenianised", "loaded-language"),
            ("fabricated theory", "doubt"),
            ("erase every Armenian trace from the land", "loaded-language"),
            ("Shushi", "sovereignty-assertion"),
            ("points to the mosques it says were left in ruins by Armenian forces", "whataboutism"),
        ],
    },
    {
        "key": "asbarez-style-khachatryan-detention-2023",
        "outlet_style": "Asbarez",
        "language": "en",
        "text": (
            "Azerbaijani border guards on Saturday abducted Vagif Khachatryan, a 68-year-old "
            "resident of Artsakh who was being taken to Armenia by the International "
            "Committee of the Red Cross for urgent heart surgery, at the illegal checkpoint "
            "Baku installed in the Lachin Corridor in April.\n\n"
            "Prosecutors of the Aliyev regime claim that Khachatryan took part in crimes "
            "against Azerbaijanis in the village of Meshali in 1991, an accusation his family "
            "calls a fabricated case meant to terrorise the 120,000 Armenians who have lived "
            "under a starvation siege since December.\n\n"
            '"Nobody is safe there anymore, not even the sick," his daughter told reporters at '
            "a sit-in outside the ICRC office in Yerevan. Diaspora organizations urged "
            "Washington to stop rewarding Baku's hostage-taking with silence and to sanction "
            "the officials responsible for this latest act of state terror.\n\n"
            "The Armenian National Committee of America said the abduction showed once again "
            "that Azerbaijan's real aim was to drive the indigenous Armenian population out of "
            "Artsakh."
        ),
        "marked": [
            ("abducted", "loaded-language"),
            ("Artsakh", "sovereignty-assertion"),
            ("illegal checkpoint", "loaded-language"),
            ("Aliyev regime", "name-calling-labeling"),
            ("fabricated case", "doubt"),
            ("terrorise", "loaded-language"),
            ("starvation siege", "loaded-language"),
            ("Nobody is safe there anymore, not even the sick", "appeal-to-fear-prejudice"),
            ("hostage-taking", "criminalising-label"),
            ("act of state terror", "criminalising-label"),
            ("abduction", "loaded-language"),
            ("drive the indigenous Armenian population out", "loaded-language"),
            ("Artsakh", "sovereignty-assertion", 2),
        ],
    },
]
