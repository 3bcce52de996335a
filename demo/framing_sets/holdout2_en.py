"""Second English held-out set for the framing lexicon: scored apart, never tuned against, and
written without looking at the lexicon's entries.

Written for Parallax in its own words, in the manner of English-language outlets on both sides
of the Armenia–Azerbaijan conflict and of wires and independent media (Trend, the two defence
and foreign ministries, AZERTAC, Armenpress, a Reuters-style wire, Daily Sabah, a diaspora
advocacy release, OC Media, TASS), about real events of 2020–2023; the wording, quotations and
figures are our own. Every loaded term a conflict fact-checker would mark is marked, quoted
speech included; neutral reporting words are not, and some articles carry no marked term at
all. Each marked item is (phrase, label) for the first occurrence of the phrase in the text, or
(phrase, label, n) for its n-th.
"""

ARTICLES = [
    {
        "key": "trend-style-border-night-2022",
        "outlet_style": "Trend (news agency, English service)",
        "language": "en",
        "text": (
            "BAKU, Azerbaijan, September 13. Units of the Armenian armed forces carried out "
            "yet another large-scale provocation overnight on the Dashkasan, Kalbajar and "
            "Lachin sections of the state border, Azerbaijan's Defense Ministry told Trend.\n\n"
            "According to the ministry, Armenian sabotage groups used the darkness and the "
            "broken mountain ground to mine the supply roads that lead to the army's "
            "positions, after which those positions were shelled with mortars and other "
            "weapons. Servicemen were killed and military infrastructure was damaged.\n\n"
            "To stop the provocations and remove the threat to the country's territorial "
            "integrity, Azerbaijani units took decisive retaliatory measures and silenced the "
            "firing points of the enemy. The adversary, the ministry added, suffered heavy "
            "losses in manpower and hardware.\n\n"
            "Reports circulated by Yerevan that villages inside Armenia were being shelled "
            "are groundless and are yet more Armenian propaganda, the statement said. The "
            "military-political leadership of Armenia bears full responsibility for the "
            "escalation."
        ),
        "marked": [
            ("large-scale", "exaggeration-minimisation"),
            ("provocation", "provocation-framing"),
            ("sabotage groups", "loaded-language"),
            ("provocations", "provocation-framing"),
            ("decisive retaliatory measures", "military-euphemism"),
            ("silenced", "military-euphemism"),
            ("the enemy", "enemy-othering"),
            ("The adversary", "enemy-othering"),
            ("heavy losses", "exaggeration-minimisation"),
            ("groundless", "doubt"),
            ("propaganda", "doubt"),
            ("bears full responsibility", "one-sided-blame"),
        ],
    },
    {
        "key": "am-mod-style-jermuk-2022",
        "outlet_style": "Ministry of Defence of Armenia (statement)",
        "language": "en",
        "text": (
            "Statement of the Ministry of Defence. From 00:05 on 13 September the armed forces "
            "of Azerbaijan opened intensive fire from artillery and large-calibre small arms "
            "at Armenian positions in the direction of Goris, Sotk and Jermuk. Villages and "
            "civilian infrastructure were also hit, and the adversary used strike drones.\n\n"
            "Units of the Armed Forces of Armenia are giving a proportionate response. In "
            "spite of the clear reaction of international partners, Baku is pressing on with "
            "its aggression against the Republic of Armenia, and its attempts to advance have "
            "been repelled at a heavy cost to the enemy.\n\n"
            "The Ministry of Defence states that the entire responsibility for the situation "
            "and for what follows lies with the military-political leadership of Azerbaijan. "
            "Our heroic servicemen are holding every position entrusted to them. The "
            "ministry will keep the public informed."
        ),
        "marked": [
            ("the adversary", "enemy-othering"),
            ("proportionate response", "military-euphemism"),
            ("aggression", "loaded-language"),
            ("a heavy cost", "exaggeration-minimisation"),
            ("the enemy", "enemy-othering"),
            ("the entire responsibility", "one-sided-blame"),
            ("heroic", "loaded-language"),
        ],
    },
    {
        "key": "az-mfa-style-local-measures-2023",
        "outlet_style": "Ministry of Foreign Affairs of Azerbaijan (statement)",
        "language": "en",
        "text": (
            "On 19 September 2023 the Azerbaijani side launched local anti-terrorist measures "
            "in the Karabakh economic region. Their purpose is to disarm the formations of "
            "the Armenian armed forces and secure their withdrawal from our territories, to "
            "neutralise their military infrastructure and to protect the civilian "
            "population returning to the liberated lands.\n\n"
            "Only legitimate military targets are being put out of action with "
            "high-precision weapons; civilians and civilian objects are not targeted. The "
            "illegal Armenian armed formations and the separatist regime they serve have "
            "turned the area into a base for terror against our servicemen and road "
            "workers, the statement says.\n\n"
            "The ministry calls on the Armenian residents of Karabakh to keep away from "
            "military sites and says their rights and security will be ensured as citizens "
            "of Azerbaijan. The measures will end once the illegal formations lay down their "
            "arms. Karabakh is Azerbaijan, and no one will be allowed to challenge this."
        ),
        "marked": [
            ("local", "exaggeration-minimisation"),
            ("anti-terrorist", "criminalising-label"),
            ("Karabakh economic region", "sovereignty-assertion"),
            ("our territories", "sovereignty-assertion"),
            ("neutralise", "military-euphemism"),
            ("liberated", "liberation-framing"),
            ("legitimate military targets", "military-euphemism"),
            ("put out of action", "military-euphemism"),
            ("illegal Armenian armed formations", "criminalising-label"),
            ("separatist regime", "criminalising-label"),
            ("terror", "criminalising-label", 2),
            ("illegal formations", "criminalising-label"),
            ("Karabakh is Azerbaijan", "slogans"),
        ],
    },
    {
        "key": "wire-style-exodus-2023",
        "outlet_style": "international wire (Reuters style)",
        "language": "en",
        "text": (
            "YEREVAN, Sept 26 - More than 13,000 ethnic Armenians had left Nagorno-Karabakh "
            "for Armenia by Tuesday morning, the Armenian government said, as cars and buses "
            "queued for hours on the only road out of the region.\n\n"
            "A blast at a fuel depot near the regional capital, which Armenians call "
            "Stepanakert and Azerbaijan calls Khankendi, killed at least 20 people on Monday "
            "evening and injured about 290, local officials said. The cause was not known.\n\n"
            "Armenian Prime Minister Nikol Pashinyan said the departures showed that "
            'Azerbaijan was carrying out "ethnic cleansing" in the region. Baku denies this '
            "and says Karabakh Armenians are free to stay and will receive the same rights "
            "as other citizens.\n\n"
            "Azerbaijan took full control of the region last week after a 24-hour military "
            "operation. Russian peacekeepers deployed there since 2020 did not intervene."
        ),
        "marked": [
            ("ethnic cleansing", "loaded-language"),
        ],
    },
    {
        "key": "armenpress-style-corridor-2023",
        "outlet_style": "Armenpress (English service)",
        "language": "en",
        "text": (
            "YEREVAN, JANUARY 11, ARMENPRESS. The illegal blockade of the Lachin Corridor, "
            "the lifeline linking Artsakh with Armenia and the outside world, has entered its "
            "thirtieth day, the Foreign Ministry of Armenia said in a statement.\n\n"
            "The ministry said the so-called environmental activists standing on the road "
            "near Shushi are provocateurs acting on the orders of the Azerbaijani "
            "authorities. As a result, 120,000 people of Artsakh, among them 30,000 children, "
            "face a humanitarian catastrophe, with shops running out of food and hospitals "
            "postponing operations.\n\n"
            "The statement described Baku's conduct as part of a consistent genocidal policy "
            "aimed at emptying Artsakh of Armenians, and urged international partners to "
            "move from words to concrete steps. Every day of inaction, the ministry warned, "
            "brings the region closer to a tragedy that cannot be undone."
        ),
        "marked": [
            ("illegal blockade", "loaded-language"),
            ("lifeline", "loaded-language"),
            ("Artsakh", "sovereignty-assertion"),
            ("so-called", "doubt"),
            ("provocateurs", "name-calling-labeling"),
            ("Artsakh", "sovereignty-assertion", 2),
            ("humanitarian catastrophe", "loaded-language"),
            ("genocidal", "loaded-language"),
            ("Artsakh", "sovereignty-assertion", 3),
            ("a tragedy that cannot be undone", "appeal-to-fear-prejudice"),
        ],
    },
    {
        "key": "daily-sabah-style-shusha-2020",
        "outlet_style": "Daily Sabah (Turkish daily, English)",
        "language": "en",
        "text": (
            "Azerbaijanis poured into the streets of Baku late Sunday after President Ilham "
            "Aliyev announced that the triumphant Azerbaijani army had liberated the "
            "historic city of Shusha, ending nearly three decades of Armenian occupation.\n\n"
            'Crowds waved the flags of both Azerbaijan and Türkiye, chanting "One nation, '
            'two states" in a show of solidarity with Ankara, which has stood firmly by its '
            "brother nation since the fighting began on Sept. 27.\n\n"
            "Baku has accused Yerevan of bringing in PKK terrorists to fight in the occupied "
            "lands, a claim Armenia denies. Analysts in Ankara said Armenia, long propped up "
            "by Moscow, had no option left but to accept Azerbaijan's terms.\n\n"
            "The liberation of Shusha, perched on cliffs above the regional capital, is "
            "widely seen as the decisive moment of the war."
        ),
        "marked": [
            ("triumphant", "flag-waving"),
            ("liberated", "liberation-framing"),
            ("occupation", "occupation-framing"),
            ("One nation, two states", "slogans"),
            ("brother nation", "flag-waving"),
            ("PKK terrorists", "guilt-by-association"),
            ("occupied", "occupation-framing"),
            ("propped up by Moscow", "sponsor-labelling"),
            ("no option left", "false-dilemma-no-choice"),
            ("liberation", "liberation-framing"),
        ],
    },
    {
        "key": "diaspora-release-style-assault-2020",
        "outlet_style": "Armenian diaspora advocacy release (ANCA style)",
        "language": "en",
        "text": (
            "LOS ANGELES - The Armenian community unequivocally condemns the Turkish-backed "
            "assault launched by Azerbaijan against the Republic of Artsakh on the morning of "
            "September 27.\n\n"
            "Missiles and drones have struck Stepanakert, Martuni and Martakert, and the "
            "Aliyev regime is deliberately targeting civilians. Erdogan has flown in jihadist "
            "mercenaries from Syria to fight alongside Azerbaijani troops, an escalation "
            "fully in line with Ankara's expansionist ambitions.\n\n"
            "For Armenians everywhere this is the unfinished Genocide of 1915 returning in a "
            "new form. The civilized world cannot stay silent while a Christian people "
            "defends its ancestral homeland. The time to act is now: Congress must recognize "
            "Artsakh's independence and cut all military aid to Baku.\n\n"
            "Stand with Artsakh."
        ),
        "marked": [
            ("Turkish-backed", "sponsor-labelling"),
            ("Republic of Artsakh", "sovereignty-assertion"),
            ("Aliyev regime", "name-calling-labeling"),
            ("deliberately targeting civilians", "one-sided-blame"),
            ("jihadist mercenaries", "guilt-by-association"),
            ("expansionist", "loaded-language"),
            ("the unfinished Genocide", "appeal-to-fear-prejudice"),
            ("The civilized world", "appeal-to-values"),
            ("Christian people", "appeal-to-values"),
            ("ancestral homeland", "sovereignty-assertion"),
            ("The time to act is now", "appeal-to-time"),
            ("Stand with Artsakh", "slogans"),
        ],
    },
    {
        "key": "azertac-style-aghdam-speech-2020",
        "outlet_style": "AZERTAC (state news agency, English)",
        "language": "en",
        "text": (
            "AGHDAM, November 23 (AZERTAC). President of the Republic of Azerbaijan, "
            "Commander-in-Chief Ilham Aliyev visited the city of Aghdam, freed from occupation "
            "three days earlier, and addressed the nation from the ruins of the Juma Mosque.\n\n"
            "The head of state said the vandals had razed the city to the ground, turning it "
            "into the Hiroshima of the Caucasus, and had kept cattle in the mosque. He said "
            "the enemy had believed its patrons would come to its rescue, but the "
            "Azerbaijani soldier drove the invaders away like dogs.\n\n"
            "The President stressed that the iron fist of the Azerbaijani people had "
            "restored historical justice and that Aghdam would be rebuilt from scratch. "
            "He recalled the martyrs who gave their lives for the native land."
        ),
        "marked": [
            ("freed from occupation", "liberation-framing"),
            ("vandals", "name-calling-labeling"),
            ("Hiroshima of the Caucasus", "exaggeration-minimisation"),
            ("the enemy", "enemy-othering"),
            ("its patrons", "sponsor-labelling"),
            ("invaders", "occupation-framing"),
            ("like dogs", "dehumanising-language"),
            ("iron fist", "flag-waving"),
            ("historical justice", "liberation-framing"),
            ("martyrs", "loaded-language"),
            ("native land", "sovereignty-assertion"),
        ],
    },
    {
        "key": "oc-media-style-peace-talks-2023",
        "outlet_style": "OC Media (independent regional outlet)",
        "language": "en",
        "text": (
            "Armenian and Azerbaijani foreign ministers met in Washington this week for a "
            "fourth day of talks on a peace agreement, with both sides reporting progress "
            "but no signed text.\n\n"
            "The sides remain apart on the border commissions' starting maps and on transit "
            "routes through southern Armenia. Baku has pressed for an unimpeded road to "
            "Nakhchivan, while Yerevan insists any route must remain under Armenian "
            "jurisdiction.\n\n"
            "Armenian officials have also objected to recent speeches by President Aliyev "
            'that refer to parts of Armenia as "Western Azerbaijan", which they describe '
            "as a territorial claim. Azerbaijani officials say the term concerns the right of "
            "Azerbaijanis expelled in the late 1980s to return.\n\n"
            "An EU civilian monitoring mission has patrolled the Armenian side of the border "
            "since February. Its spokesperson said the number of shooting incidents it had "
            "recorded fell in June."
        ),
        "marked": [
            ("Western Azerbaijan", "sovereignty-assertion"),
        ],
    },
    {
        "key": "tass-style-peacekeepers-bulletin-2022",
        "outlet_style": "TASS (English service)",
        "language": "en",
        "text": (
            "MOSCOW, June 14. /TASS/. Russian peacekeepers in Nagorno-Karabakh recorded one "
            "ceasefire violation over the past day, in the Martakert district, the Russian "
            "Defense Ministry said in its daily bulletin. No one was hurt.\n\n"
            "The peacekeeping contingent continues to man 27 observation posts, the ministry "
            "said. Over the past 24 hours it escorted the passage of 40 vehicles through the "
            "Lachin corridor and helped farmers in two villages bring in the harvest near "
            "the line of contact.\n\n"
            "Engineers of the contingent cleared 3.2 hectares of land and found and destroyed "
            "27 explosive objects. Since November 2020 more than 2,000 hectares have been "
            "cleared, according to the ministry."
        ),
        "marked": [],
    },
]
