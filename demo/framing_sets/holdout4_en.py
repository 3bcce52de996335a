"""Fourth English held-out set for the framing lexicon: scored apart, never tuned against, and
written without looking at the lexicon's entries or at the sets the lexicon is tuned on.

Written for Parallax in its own words, in the manner of English-language outlets on both sides
of the Armenia–Azerbaijan conflict and of independent and international media (News.az,
PanARMENIAN.Net, TRT World, CivilNet, Massis Post, Caspian News, JAMnews, Anadolu Agency, a
European political weekly), about real events of 2020–2024 (the fall of Shusha, the Aghdam
handover, the Sev Lake incursion, the Kalbajar mine that killed two journalists, the Hakari
checkpoint, the flag-raising in Khankendi, the Nerkin Hand shooting, French arms sales to
Armenia); the wording, quotations and figures are our own. Every loaded term a conflict
fact-checker would mark is marked, quoted speech included; neutral reporting words are not,
and some articles carry no marked term at all. Each marked item is (phrase, label) for the
first occurrence of the phrase in the text, or (phrase, label, n) for its n-th.
"""

ARTICLES = [
    {
        "key": "news-az-style-shusha-2020",
        "outlet_style": "News.az (English)",
        "language": "en",
        "text": (
            "Shusha, the crown jewel of Karabakh and the cradle of Azerbaijani music, has been "
            "liberated from almost three decades of Armenian occupation, President Ilham "
            "Aliyev announced in an address to the nation from the Alley of Martyrs.\n\n"
            "Azerbaijani special forces climbed steep cliffs and forests under fire to take "
            "the city in hand-to-hand combat, driving out the enemy in one of the most heroic "
            'operations of the Patriotic War. "We waited 28 years for this day. Shusha is '
            'ours! Karabakh is Azerbaijan!" the head of state said.\n\n'
            "Crowds poured into the streets of Baku waving the tricolour. Commentators said the "
            "whole world had now seen that the so-called Nagorno-Karabakh republic was a "
            "puppet of Yerevan that collapsed the moment it faced a real army."
        ),
        "marked": [
            ("crown jewel of Karabakh", "flag-waving"),
            ("liberated", "liberation-framing"),
            ("Armenian occupation", "occupation-framing"),
            ("Alley of Martyrs", "flag-waving"),
            ("the enemy", "enemy-othering"),
            ("heroic", "flag-waving"),
            ("Patriotic War", "flag-waving"),
            ("Shusha is ours!", "slogans"),
            ("Karabakh is Azerbaijan!", "slogans"),
            ("the whole world had now seen", "appeal-to-popularity"),
            ("so-called", "doubt"),
            ("puppet of Yerevan", "sponsor-labelling"),
        ],
    },
    {
        "key": "panarmenian-style-sev-lake-2021",
        "outlet_style": "PanARMENIAN.Net",
        "language": "en",
        "text": (
            "Azerbaijani troops remain on Armenian soil near Sev Lake in Syunik a week after "
            "they crossed the border under the guise of clarifying the boundary line, the "
            "Defense Ministry said on Wednesday.\n\n"
            "The incursion, which Yerevan calls a pre-planned provocation, pushed some 3.5 "
            "kilometres into the sovereign territory of the Republic of Armenia. Local "
            "residents said the invaders had dug in on the pastures their families have used "
            "for generations and were carrying fake maps to justify the land grab.\n\n"
            "Former ombudsman Arman Tatoyan said the presence of armed Azerbaijani soldiers "
            "near villages was criminal and showed that Baku's genocidal policy against "
            "Armenians did not end with the war. Opposition figures accused the government of "
            "hiding the scale of the encroachment."
        ),
        "marked": [
            ("under the guise of", "doubt"),
            ("incursion", "loaded-language"),
            ("pre-planned provocation", "provocation-framing"),
            ("invaders", "occupation-framing"),
            ("fake maps", "doubt"),
            ("land grab", "loaded-language"),
            ("criminal", "criminalising-label"),
            ("genocidal policy", "exaggeration-minimisation"),
            ("encroachment", "loaded-language"),
        ],
    },
    {
        "key": "trt-world-style-kalbajar-journalists-2021",
        "outlet_style": "TRT World",
        "language": "en",
        "text": (
            "Two Azerbaijani journalists and a local official were killed when their vehicle "
            "struck an anti-tank mine in the Kalbajar district, which Azerbaijan recovered "
            "from Armenian occupation last year.\n\n"
            "Cameraman Siraj Abishov and reporter Maharram Ibrahimov were on their way to film "
            "the village of Susuzlug. Baku said the blast was the bitter legacy of Armenia's "
            "landmine terror, and blamed Yerevan alone for refusing to hand over accurate "
            "minefield maps.\n\n"
            "Turkey's communications director called the deaths a crime against the free "
            "press and said the world's silence was shameful. Ankara has stood shoulder to "
            "shoulder with its Azerbaijani brothers since the first day of the war, he "
            "added."
        ),
        "marked": [
            ("recovered", "liberation-framing"),
            ("Armenian occupation", "occupation-framing"),
            ("landmine terror", "criminalising-label"),
            ("blamed Yerevan alone", "one-sided-blame"),
            ("crime against the free press", "loaded-language"),
            ("the world's silence was shameful", "loaded-language"),
            ("shoulder to shoulder with its Azerbaijani brothers", "flag-waving"),
        ],
    },
    {
        "key": "civilnet-style-hakari-checkpoint-2023",
        "outlet_style": "CivilNet (English)",
        "language": "en",
        "text": (
            "Azerbaijan installed a checkpoint at the Hakari bridge on Sunday, at the entrance "
            "of the Lachin corridor, the only road connecting Nagorno-Karabakh with "
            "Armenia.\n\n"
            "Azerbaijan's State Border Service said the post was set up in line with "
            "international norms to stop the transport of weapons and mines. Armenia's foreign "
            "ministry said the step violated the trilateral statement of November 2020 and "
            "asked Russian peacekeepers to restore the road's previous regime.\n\n"
            "A Russian peacekeeping contingent of about 2,000 troops has been deployed along "
            "the corridor since the end of the 2020 war. Its command did not comment on the "
            "checkpoint by Monday evening."
        ),
        "marked": [],
    },
    {
        "key": "massis-post-style-khankendi-flag-2023",
        "outlet_style": "Massis Post",
        "language": "en",
        "text": (
            "Dressed in military uniform, Ilham Aliyev raised the Azerbaijani flag in the "
            "emptied streets of Stepanakert, the capital of Artsakh, weeks after his army "
            "forced out the entire Armenian population of the region.\n\n"
            "The dictator's victory parade through a ghost city is the final act of an ethnic "
            "cleansing that the world watched and did nothing to stop, community leaders said. "
            "Over 100,000 Armenians fled after a nine-month starvation blockade and a "
            "lightning assault that Baku calls anti-terror measures.\n\n"
            "Armenian churches and cemeteries left behind are now at the mercy of a regime "
            "that has already erased Djulfa's medieval khachkars from the face of the earth. "
            "The Armenian people will never forget and never forgive, the statement said."
        ),
        "marked": [
            ("Stepanakert, the capital of Artsakh", "sovereignty-assertion"),
            ("dictator's", "name-calling-labeling"),
            ("ghost city", "loaded-language"),
            ("ethnic cleansing", "loaded-language"),
            ("the world watched and did nothing", "loaded-language"),
            ("starvation blockade", "loaded-language"),
            ("anti-terror measures", "military-euphemism"),
            ("at the mercy of a regime", "name-calling-labeling"),
            ("erased", "loaded-language"),
            ("never forget and never forgive", "slogans"),
        ],
    },
    {
        "key": "caspian-news-style-aghdam-handover-2020",
        "outlet_style": "Caspian News",
        "language": "en",
        "text": (
            "Aghdam, once a town of 30,000 people and now known as the Hiroshima of the "
            "Caucasus, was returned to Azerbaijan on November 20 under the trilateral "
            "statement that ended the 44-day war.\n\n"
            "Before withdrawing, Armenian settlers and soldiers looted what little remained, "
            "stripping roofs and setting houses on fire. Only the walls of the Juma mosque, "
            "which the occupying forces had used as a cowshed, still stand above the "
            "ruins.\n\n"
            "Officials in Baku said Aghdam would rise from the ashes. They described the "
            "handover as the fruit of the iron fist of the Azerbaijani army and a lesson that "
            "no aggressor can hold Azerbaijani land forever."
        ),
        "marked": [
            ("Hiroshima of the Caucasus", "exaggeration-minimisation"),
            ("returned", "liberation-framing"),
            ("settlers", "occupation-framing"),
            ("looted", "loaded-language"),
            ("occupying forces", "occupation-framing"),
            ("used as a cowshed", "loaded-language"),
            ("iron fist", "flag-waving"),
            ("aggressor", "name-calling-labeling"),
            ("Azerbaijani land", "sovereignty-assertion"),
        ],
    },
    {
        "key": "jamnews-style-nerkin-hand-2024",
        "outlet_style": "JAMnews",
        "language": "en",
        "text": (
            "Four Armenian soldiers were killed and one wounded on February 13 when Azerbaijani "
            "forces opened fire on an Armenian position near the Syunik village of Nerkin "
            "Hand, Armenia's defence ministry said.\n\n"
            "A day earlier Azerbaijan's State Border Service had reported that one of its "
            "servicemen was wounded by fire from the Armenian side on the same stretch of the "
            "border. The service later said it had carried out what it called an operation of "
            "revenge, in which the Armenian post was destroyed.\n\n"
            "Armenia's military police opened an investigation into the first incident. Prime "
            "Minister Nikol Pashinyan said Baku was looking for a pretext to escalate, while "
            "Azerbaijan said the responsibility lay with Yerevan."
        ),
        "marked": [
            ("operation of revenge", "loaded-language"),
        ],
    },
    {
        "key": "anadolu-style-french-arms-2023",
        "outlet_style": "Anadolu Agency (English)",
        "language": "en",
        "text": (
            "France's decision to sell Armenia air-defence radars and Caesar howitzers is "
            "pouring oil on the fire in the South Caucasus just as the region has a real "
            "chance for lasting peace, Azerbaijan's foreign ministry said.\n\n"
            "Baku accused Paris of arming Armenian revanchists and of pursuing a biased, "
            "pro-Armenian policy driven by the influence of the Armenian diaspora lobby in "
            'France. "Those who supply weapons to Armenia will be responsible for any new '
            'bloodshed in the region," the ministry said.\n\n'
            "Commentators noted that France, which lectures others about peace, still keeps "
            "troops across Africa. Paris, they said, has chosen to become a party to the "
            "conflict instead of an honest broker."
        ),
        "marked": [
            ("pouring oil on the fire", "loaded-language"),
            ("revanchists", "name-calling-labeling"),
            ("biased, pro-Armenian policy", "questioning-the-reputation"),
            ("Armenian diaspora lobby", "guilt-by-association"),
            (
                "Those who supply weapons to Armenia will be responsible for any new bloodshed",
                "appeal-to-fear-prejudice",
            ),
            ("which lectures others about peace, still keeps troops across Africa", "whataboutism"),
        ],
    },
    {
        "key": "political-weekly-style-yerevan-protests-2020",
        "outlet_style": "European political weekly (analysis)",
        "language": "en",
        "text": (
            "Hours after Nikol Pashinyan signed the ceasefire with Azerbaijan and Russia, "
            "protesters broke into the government building and the parliament in Yerevan, and "
            "the speaker of parliament was beaten by a crowd.\n\n"
            "Opposition parties called the agreement a betrayal and the prime minister a "
            "traitor who had handed Shushi and the districts around Karabakh to the Turks. "
            "Seventeen parties demanded his resignation and threatened to bring the country "
            "to a standstill.\n\n"
            "Pashinyan said the army had told him that continuing the war would have meant "
            "the loss of all of Karabakh and thousands more dead. He said he had taken "
            "personal responsibility for a decision that was painful for him and for the "
            "nation."
        ),
        "marked": [
            ("betrayal", "loaded-language"),
            ("traitor", "name-calling-labeling"),
            ("the Turks", "enemy-othering"),
        ],
    },
]
