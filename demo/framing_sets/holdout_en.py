"""English held-out set for the framing lexicon: articles written for Parallax after the ways of
real English-language copy on the conflict (the press services of Azerbaijan's and Armenia's
ministries of defence and foreign affairs, Azerbaijani state agencies, Armenian public radio,
TASS's English service, Reuters and AP wires, OC Media and Eurasianet), about real events of
2020–2023: the border fighting of September 2022, the Lachin road from December 2022, the
offensive and exodus of September 2023, the "Western Azerbaijan" campaign. The wording, the
quotations and the minor figures are our own.

The lexicon is never tuned against this set: it measures how the lexicon does on copy it was
not written from (``python -m demo.framing_evaluation`` reports it apart). ``marked`` lists
every loaded term a conflict fact-checker would mark, with its label, whether or not the
lexicon has it: (phrase, label) is the phrase's first occurrence in the text, (phrase, label, n)
its n-th. Neutral reporting words (fire, shelling, offensive, casualties, ceasefire) are left
unmarked.
"""

ARTICLES = [
    {
        "key": "az-mod-style-kalbajar-mines",
        "outlet_style": "Ministry of Defense of Azerbaijan, via News.az",
        "language": "en",
        "text": (
            "Late on 12 September, reconnaissance and sabotage groups of the Armenian armed "
            "forces tried to lay mines on the supply roads between our positions in the "
            "Dashkasan, Kalbajar and Lachin directions, taking advantage of the darkness and the "
            "mountain ravines, the Ministry of Defense said. Units of the Azerbaijan Army took "
            "urgent measures to thwart this large-scale provocation.\n"
            "\n"
            "At the same time, the enemy opened fire with mortars and small arms on our "
            "positions from the direction of Basarkechar and Gorus. There are losses among our "
            "personnel. In order to neutralize the firing points of the opposing side and to "
            "prevent the conflict from spreading, decisive retaliatory measures are being taken.\n"
            "\n"
            "The ministry stressed that the military-political leadership of Armenia bears full "
            "responsibility for the situation. The Armenian side, which has for months spread "
            "false information about an Azerbaijani build-up, is once again trying to mislead the "
            "international community. The Azerbaijan Army will give a fitting answer to any "
            "encroachment on our sovereign territory, the statement said."
        ),
        "marked": [
            ("sabotage groups", "criminalising-label"),
            ("large-scale", "exaggeration-minimisation"),
            ("provocation", "provocation-framing"),
            ("the enemy", "enemy-othering"),
            ("neutralize", "military-euphemism"),
            ("retaliatory measures", "military-euphemism"),
            ("bears full responsibility", "one-sided-blame"),
            ("false information", "doubt"),
            ("mislead the international community", "doubt"),
            ("fitting answer", "military-euphemism"),
            ("encroachment", "loaded-language"),
            ("sovereign territory", "sovereignty-assertion"),
        ],
    },
    {
        "key": "am-mfa-style-september-offensive",
        "outlet_style": "Ministry of Foreign Affairs of Armenia, via Armenian Public Radio",
        "language": "en",
        "text": (
            "Statement of the Ministry of Foreign Affairs of the Republic of Armenia.\n"
            "\n"
            "This morning Azerbaijan unleashed a new large-scale aggression against the people of "
            "Nagorno-Karabakh, seeking to bring to completion its policy of ethnic cleansing. "
            "Emboldened by impunity, Baku does not even hide its intentions: its Defence "
            "Ministry has announced so-called local anti-terrorist measures, while the city of "
            "Stepanakert and peaceful villages are being shelled.\n"
            "\n"
            "For months Armenia has warned that the warmongering rhetoric of Azerbaijan's "
            "leadership, together with the cynical propaganda portraying the population of "
            "Nagorno-Karabakh as terrorists, served a single aim: to drive the Armenians out of "
            "their ancestral homeland. The illegal blockade of the Lachin Corridor, which has left "
            "120,000 people on the brink of a humanitarian catastrophe, pursued the same goal.\n"
            "\n"
            "We call on the international community to go beyond statements of concern and to "
            "take concrete steps before it is too late. Silence in the face of these mass "
            "atrocities will only encourage the aggressor."
        ),
        "marked": [
            ("unleashed", "one-sided-blame"),
            ("large-scale", "exaggeration-minimisation"),
            ("aggression", "one-sided-blame"),
            ("ethnic cleansing", "loaded-language"),
            ("Emboldened by impunity", "loaded-language"),
            ("so-called", "doubt"),
            ("anti-terrorist measures", "military-euphemism"),
            ("peaceful villages", "loaded-language"),
            ("warmongering", "name-calling-labeling"),
            ("cynical", "loaded-language"),
            ("propaganda", "doubt"),
            ("ancestral homeland", "sovereignty-assertion"),
            ("illegal blockade", "loaded-language"),
            ("humanitarian catastrophe", "loaded-language"),
            ("before it is too late", "appeal-to-time"),
            ("mass atrocities", "loaded-language"),
            ("will only encourage", "appeal-to-fear-prejudice"),
            ("aggressor", "one-sided-blame"),
        ],
    },
    {
        "key": "wire-style-exodus-goris",
        "outlet_style": "Reuters / AP wire",
        "language": "en",
        "text": (
            "GORIS, Armenia, Sept 26 - Thousands more ethnic Armenians crossed into Armenia on "
            "Tuesday, queuing for hours on the single mountain road out of Nagorno-Karabakh a week "
            "after Azerbaijan's swift military operation to take control of the breakaway region.\n"
            "\n"
            "Armenia's government said more than 28,000 people had arrived so far. Prime Minister "
            "Nikol Pashinyan said the departures amounted to ethnic cleansing, a charge Baku "
            'rejects. "This is a deportation carried out in front of the whole world," he told '
            "his cabinet.\n"
            "\n"
            "Azerbaijan says it will guarantee the rights of Armenians who stay and calls the "
            "region's reintegration an internal matter. An aide to President Ilham Aliyev said "
            'the "separatist regime" had been dismantled and described its leaders as a criminal '
            "junta that had held ordinary people hostage for decades.\n"
            "\n"
            "The region, which Armenians call Artsakh, is internationally recognised as part of "
            "Azerbaijan but had been run by ethnic Armenian authorities since a war in the early "
            "1990s. In Goris, a retired teacher who gave only her first name said she had left "
            'everything behind. "Nobody will go back," she said.'
        ),
        "marked": [
            ("ethnic cleansing", "loaded-language"),
            ("deportation", "loaded-language"),
            ("in front of the whole world", "appeal-to-popularity"),
            ("separatist regime", "criminalising-label"),
            ("criminal junta", "criminalising-label"),
            ("held ordinary people hostage", "loaded-language"),
        ],
    },
    {
        "key": "oc-media-style-eco-protest",
        "outlet_style": "OC Media / Eurasianet",
        "language": "en",
        "text": (
            "The Azerbaijanis who have camped on the Lachin Corridor since 12 December describe "
            "themselves as environmentalists protesting against illegal mining in "
            "Nagorno-Karabakh. Few observers take the claim at face value: Baku rarely lets any "
            "protest go ahead, and the self-styled eco-activists arrived in buses, were fed by "
            "state companies and were filmed by every pro-government channel.\n"
            "\n"
            "Azerbaijani officials insist there is no blockade at all, saying that Red Cross and "
            "peacekeeping vehicles pass freely and that Armenian claims of a humanitarian crisis "
            "are fake news. Pro-government outlets have gone further, describing reports from "
            "Stepanakert as a hysterical campaign orchestrated by the Armenian diaspora.\n"
            "\n"
            "Residents tell a different story. Shop shelves are empty, electricity is rationed "
            "and patients who need treatment in Yerevan wait for days for the Red Cross. "
            "Armenian officials have called the protest a hybrid siege designed to starve the "
            "population into leaving.\n"
            "\n"
            "For Baku, the protest has been useful: it has kept pressure on the Russian "
            "peacekeepers and on Yerevan while allowing the government to say it has nothing to "
            "do with it."
        ),
        "marked": [
            ("illegal mining", "one-sided-blame"),
            ("self-styled eco-activists", "obfuscation-vagueness-confusion"),
            ("fake news", "doubt"),
            ("hysterical campaign", "questioning-the-reputation"),
            ("orchestrated by the Armenian diaspora", "guilt-by-association"),
            ("hybrid siege", "loaded-language"),
            ("starve the population", "loaded-language"),
        ],
    },
    {
        "key": "azertac-style-fizuli-road",
        "outlet_style": "AZERTAC / Trend",
        "language": "en",
        "text": (
            "President of the Republic of Azerbaijan, Victorious Commander-in-Chief Ilham Aliyev "
            "and First Lady Mehriban Aliyeva have visited the Fizuli and Jabrayil districts "
            "liberated from occupation.\n"
            "\n"
            "The head of state laid the foundation of the Fizuli-Shusha highway, which will lead "
            "to Shusha, the crown of Karabakh. Addressing the event, President Ilham Aliyev said "
            "the Armenian vandals had razed every building in these lands to the ground during "
            'the years of occupation. "They destroyed our mosques, our cemeteries, our history. '
            'But we have returned, and we will never leave again," the head of state said.\n'
            "\n"
            "The President noted that the heroic Azerbaijani Army, in the 44-day Patriotic War, "
            "had expelled the occupiers from our ancestral lands and restored the territorial "
            "integrity of the country. He stressed that the Great Return of former internally "
            "displaced persons to their native lands would begin soon, and that Karabakh would be "
            "turned into a paradise."
        ),
        "marked": [
            ("Victorious Commander-in-Chief", "flag-waving"),
            ("liberated from occupation", "liberation-framing"),
            ("crown of Karabakh", "flag-waving"),
            ("vandals", "name-calling-labeling"),
            ("razed every building in these lands to the ground", "exaggeration-minimisation"),
            ("occupation", "occupation-framing", 2),
            ("we have returned", "liberation-framing"),
            ("heroic", "loaded-language"),
            ("Patriotic War", "flag-waving"),
            ("occupiers", "occupation-framing"),
            ("ancestral lands", "sovereignty-assertion"),
            ("restored the territorial integrity", "liberation-framing"),
            ("Great Return", "liberation-framing"),
            ("native lands", "sovereignty-assertion"),
        ],
    },
    {
        "key": "am-mod-style-jermuk",
        "outlet_style": "Ministry of Defence of Armenia, via Armenpress / Armradio",
        "language": "en",
        "text": (
            "The situation on the Armenian-Azerbaijani border remained tense overnight, the "
            "Defence Ministry of Armenia said on Wednesday. The adversary used attack drones near "
            "Jermuk and, from 8 a.m., resumed offensive operations towards Jermuk and Verin "
            "Shorzha, using artillery and mortars.\n"
            "\n"
            "Ministry spokesperson Aram Torosyan said civilian infrastructure had also been "
            "targeted. He called the Azerbaijani claims that the Armenian side had attacked first "
            "a blatant lie, adding that the military-political leadership of Azerbaijan had been "
            "preparing the ground for this aggression for days by spreading disinformation.\n"
            "\n"
            '"Units of the Armed Forces of Armenia are carrying out their combat tasks and giving '
            'a proportionate response to the enemy," Torosyan said. He said the Armenian side '
            "would defend the sovereign territory of the Republic of Armenia by all means.\n"
            "\n"
            "The ministry urged the public to rely only on official information and to refrain "
            "from spreading panic."
        ),
        "marked": [
            ("adversary", "enemy-othering"),
            ("blatant lie", "doubt"),
            ("preparing the ground", "one-sided-blame"),
            ("aggression", "one-sided-blame"),
            ("disinformation", "doubt"),
            ("proportionate response", "military-euphemism"),
            ("enemy", "enemy-othering"),
            ("sovereign territory", "sovereignty-assertion"),
        ],
    },
    {
        "key": "tass-style-zakharova-peacekeepers",
        "outlet_style": "TASS (English service)",
        "language": "en",
        "text": (
            "MOSCOW, January 18. /TASS/. Russian Foreign Ministry Spokeswoman Maria Zakharova has "
            "dismissed as groundless the criticism of the Russian peacekeeping contingent in "
            "Nagorno-Karabakh voiced in Yerevan, saying such attacks play into the hands of those "
            "who seek to drive Russia out of the South Caucasus.\n"
            "\n"
            '"We see that certain forces in Armenia, nurtured with Western grants, are whipping '
            "up an anti-Russian hysteria. The peacekeepers are doing everything within their "
            'mandate, and it is not they who blocked the road," she said at a briefing.\n'
            "\n"
            "Zakharova added that the so-called Western mediators were trying to impose their own "
            'schemes on the region under the guise of peacemaking. "Washington and Brussels need '
            "a new hotbed of tension on Russia's southern borders, not peace between Armenia and "
            'Azerbaijan," she said. Attempts to replace the trilateral agreements with '
            "unworkable Western formats would only lead to a new war, she warned."
        ),
        "marked": [
            ("groundless", "doubt"),
            ("play into the hands", "guilt-by-association"),
            ("certain forces", "obfuscation-vagueness-confusion"),
            ("nurtured with Western grants", "sponsor-labelling"),
            ("anti-Russian hysteria", "questioning-the-reputation"),
            ("so-called", "doubt"),
            ("under the guise of", "doubt"),
            ("hotbed of tension", "loaded-language"),
            ("would only lead to a new war", "consequential-oversimplification"),
        ],
    },
    {
        "key": "feature-style-western-azerbaijan",
        "outlet_style": "Al Jazeera / Eurasianet feature",
        "language": "en",
        "text": (
            "Since the end of the 2020 war, Azerbaijan's leadership has been promoting a new "
            "idea: the return of Azerbaijanis to what officials now call Western Azerbaijan, a "
            "term for the territory of present-day Armenia. A community organisation of former "
            "refugees from Armenia was renamed the Western Azerbaijan Community in 2022, and "
            "President Aliyev has spoken of its members' right to return to their historical "
            "lands.\n"
            "\n"
            "Pro-government commentators in Baku present the campaign as the restoration of "
            "historical justice. Officials routinely call Yerevan by its Azerbaijani name, "
            "Irevan, and speak of Lake Sevan as Goycha.\n"
            "\n"
            'In Armenia the rhetoric is heard as a territorial claim. "This is revanchism '
            'dressed up as human rights," an analyst in Yerevan said, arguing that Baku was '
            "laying the groundwork for a war on Armenia itself. Armenian nationalists, for their "
            "part, still speak of Nakhchivan and Karabakh as eternal Armenian lands.\n"
            "\n"
            "Azerbaijan denies any claim on Armenian territory. Peace negotiations between the two "
            "countries continue."
        ),
        "marked": [
            ("Western Azerbaijan", "sovereignty-assertion"),
            ("Western Azerbaijan", "sovereignty-assertion", 2),
            ("historical lands", "sovereignty-assertion"),
            ("historical justice", "liberation-framing"),
            ("Irevan", "sovereignty-assertion"),
            ("Goycha", "sovereignty-assertion"),
            ("revanchism", "name-calling-labeling"),
            ("eternal Armenian lands", "sovereignty-assertion"),
        ],
    },
    {
        "key": "az-mfa-style-cleansing-denial",
        "outlet_style": "Ministry of Foreign Affairs of Azerbaijan",
        "language": "en",
        "text": (
            "Comment of the Press Service of the Ministry of Foreign Affairs of the Republic of "
            "Azerbaijan.\n"
            "\n"
            'We categorically reject the baseless allegations of "ethnic cleansing" voiced by '
            "the Armenian side and by certain circles in Europe. Residents of Armenian origin left "
            "the Karabakh region of their own will, despite the repeated calls of the Azerbaijani "
            "government to remain and to enjoy all rights as equal citizens.\n"
            "\n"
            "It is regrettable that some members of the European Parliament, acting at the behest "
            "of the Armenian lobby, continue to adopt one-sided and biased resolutions that have "
            "nothing to do with reality. Those who for thirty years turned a blind eye to the "
            "occupation of Azerbaijani lands and to the expulsion of a million Azerbaijanis "
            "have no moral right to lecture Azerbaijan on human rights.\n"
            "\n"
            "The local anti-terror measures conducted in September were aimed exclusively at "
            "legitimate military targets and at disarming the illegal Armenian armed formations. "
            "The sovereignty of Azerbaijan over its entire territory has been fully restored, and "
            "this is an irreversible reality."
        ),
        "marked": [
            ("baseless", "doubt"),
            ("certain circles", "obfuscation-vagueness-confusion"),
            ("of their own will", "exaggeration-minimisation"),
            ("at the behest", "sponsor-labelling"),
            ("Armenian lobby", "guilt-by-association"),
            ("one-sided", "questioning-the-reputation"),
            ("biased", "questioning-the-reputation"),
            ("turned a blind eye", "appeal-to-hypocrisy"),
            ("occupation", "occupation-framing"),
            ("no moral right to lecture", "whataboutism"),
            ("anti-terror measures", "military-euphemism"),
            ("legitimate military targets", "military-euphemism"),
            ("illegal Armenian armed formations", "criminalising-label"),
            ("fully restored", "liberation-framing"),
            ("irreversible reality", "conversation-killer"),
        ],
    },
]
