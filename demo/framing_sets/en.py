"""English development set for the framing lexicon: articles written for Parallax in the styles
of English-language outlets on both sides of the Armenia–Azerbaijan conflict and of
international and independent media, about events of 2020–2023. Each lists the loaded terms a
fact-checker would mark, with their labels, whether or not the lexicon knows them: the set
measures the lexicon (``python -m demo.framing_evaluation --set en``).

(phrase, label) is the phrase's first occurrence in the text; (phrase, label, n) its n-th.
"""

ARTICLES = [
    {
        "key": "azertac-style-shusha",
        "outlet_style": "AZERTAC",
        "language": "en",
        "text": (
            "BAKU, November 9 (AZERTAC). President of the Republic of Azerbaijan, Victorious "
            "Commander-in-Chief Ilham Aliyev has congratulated the people of Azerbaijan on the "
            "liberation of the city of Shusha from almost three decades of Armenian occupation. "
            "Speaking at the Alley of Martyrs, the head of state said the glorious Azerbaijani "
            "Army had restored historical justice and that the tricolour flag was once again "
            "flying over our ancestral lands.\n"
            "\n"
            "The President noted that the enemy had turned Shusha into a fortress, but the "
            "heroic sons of the nation climbed the cliffs with light weapons and drove the "
            "occupiers out in close combat. The head of state said this was the triumph of the "
            "Azerbaijani soldier and of the iron will of the people, adding that the whole world "
            "was now seeing the strength of Azerbaijan.\n"
            "\n"
            "Ilham Aliyev stressed that Armenia, which had pursued an aggressive policy for "
            "thirty years, bears full responsibility for the ruin of our cities and villages. He "
            "recalled that not a single mosque in the occupied territories had escaped the "
            "vandalism of the occupiers.\n"
            "\n"
            '"Karabakh is Azerbaijan!" the President declared, paying tribute to the martyrs who '
            "gave their lives for the Motherland. As President Ilham Aliyev rightly noted, the "
            "liberation of Shusha is the turning point of the Patriotic War, and the adversary "
            "has no other choice but to withdraw from the remaining districts. The head of state "
            "wished God's mercy upon the souls of the martyrs and a speedy recovery to the "
            "wounded servicemen."
        ),
        "marked": [
            ("Victorious Commander-in-Chief", "flag-waving"),
            ("liberation", "liberation-framing"),
            ("occupation", "occupation-framing"),
            ("glorious", "flag-waving"),
            ("historical justice", "liberation-framing"),
            ("ancestral lands", "sovereignty-assertion"),
            ("the enemy", "enemy-othering"),
            ("heroic", "loaded-language"),
            ("occupiers", "occupation-framing"),
            ("iron will", "flag-waving"),
            ("the whole world", "appeal-to-popularity"),
            ("aggressive", "loaded-language"),
            ("bears full responsibility", "one-sided-blame"),
            ("occupied", "occupation-framing"),
            ("vandalism", "loaded-language"),
            ("occupiers", "occupation-framing", 2),
            ("Karabakh is Azerbaijan", "slogans"),
            ("martyrs", "loaded-language"),
            ("Motherland", "flag-waving"),
            ("rightly noted", "appeal-to-authority"),
            ("liberation", "liberation-framing", 2),
            ("Patriotic War", "flag-waving"),
            ("the adversary", "enemy-othering"),
            ("no other choice", "false-dilemma-no-choice"),
            ("martyrs", "loaded-language", 2),
        ],
    },
    {
        "key": "az-mod-style-counteroffensive",
        "outlet_style": "Ministry of Defense of Azerbaijan",
        "language": "en",
        "text": (
            "Information of the Ministry of Defense. On 27 September, at about 06:00, the armed "
            "forces of Armenia committed a large-scale provocation along the entire front line, "
            "subjecting the positions of the Azerbaijani Army and our settlements near the front "
            "to intensive fire from large-calibre weapons, mortars and artillery. In order to "
            "stop the combat activity of the enemy and to ensure the safety of the civilian "
            "population, the command of the Azerbaijan Army decided to launch a "
            "counter-offensive along the entire front.\n"
            "\n"
            "In the course of the counter-offensive, units of the Azerbaijan Army inflicted "
            "heavy losses on the enemy's manpower and military equipment. Twelve air defence "
            "systems of the adversary were destroyed, and several strategic heights and villages "
            "in the occupied territories were liberated.\n"
            "\n"
            "The firing points of the Armenian armed forces were suppressed, and the remaining "
            "enemy forces were forced to retreat. The military-political leadership of Armenia "
            "bears all responsibility for the provocation and its consequences.\n"
            "\n"
            "The Azerbaijan Army is fully capable of taking adequate measures against any "
            "provocative actions. We declare once again that the civilian population is not a "
            "target: only legitimate military targets are being hit. The reports spread by the "
            "Armenian side about civilian casualties in Stepanakert are groundless and are part "
            "of a disinformation campaign."
        ),
        "marked": [
            ("large-scale", "exaggeration-minimisation"),
            ("provocation", "provocation-framing"),
            ("the enemy", "enemy-othering"),
            ("counter-offensive", "provocation-framing"),
            ("counter-offensive", "provocation-framing", 2),
            ("counter-offensive", "one-sided-blame"),
            ("counter-offensive", "one-sided-blame", 2),
            ("enemy", "enemy-othering", 2),
            ("manpower", "military-euphemism"),
            ("the adversary", "enemy-othering"),
            ("occupied", "occupation-framing"),
            ("liberated", "liberation-framing"),
            ("suppressed", "military-euphemism"),
            ("enemy forces", "enemy-othering"),
            ("bears all responsibility", "one-sided-blame"),
            ("provocation", "provocation-framing", 2),
            ("adequate measures", "military-euphemism"),
            ("provocative", "provocation-framing"),
            ("legitimate military targets", "military-euphemism"),
            ("groundless", "doubt"),
            ("disinformation", "doubt"),
        ],
    },
    {
        "key": "am-mfa-style-war",
        "outlet_style": "Ministry of Foreign Affairs of Armenia",
        "language": "en",
        "text": (
            "Statement of the Ministry of Foreign Affairs of the Republic of Armenia\n"
            "\n"
            "On the morning of 27 September, Azerbaijan, with the direct involvement of Turkey, "
            "unleashed a large-scale military aggression against Artsakh along the entire line "
            "of contact, striking peaceful settlements, including the capital Stepanakert. This "
            "premeditated attack is the logical continuation of the Aliyev regime's policy of "
            "hatred towards Armenians, which has been cultivated for decades at the state level.\n"
            "\n"
            "The Armenian side has repeatedly warned the international community about Baku's "
            "militaristic rhetoric and maximalist demands. The entire responsibility for the "
            "consequences lies with the military-political leadership of Azerbaijan.\n"
            "\n"
            "Turkey's open military and political support, including the transfer of mercenaries "
            "and jihadists from Syria to the conflict zone, turns this escalation into a threat "
            "not only to Armenia but to the security of the entire region.\n"
            "\n"
            "The Republic of Armenia, as the guarantor of the security of the people of Artsakh, "
            "will do everything to repel the aggression and to protect the indigenous Armenian "
            "population of Artsakh from the threat of a new genocide. We call on the "
            "international community to condemn the aggression unequivocally and to stop "
            "treating the aggressor and the victim as equals. Now is the time to act."
        ),
        "marked": [
            ("large-scale", "exaggeration-minimisation"),
            ("aggression", "one-sided-blame"),
            ("premeditated", "one-sided-blame"),
            ("Aliyev regime", "name-calling-labeling"),
            ("hatred", "loaded-language"),
            ("militaristic", "name-calling-labeling"),
            ("maximalist", "loaded-language"),
            ("entire responsibility", "one-sided-blame"),
            ("mercenaries", "sponsor-labelling"),
            ("jihadists", "criminalising-label"),
            ("aggression", "one-sided-blame", 2),
            ("indigenous Armenian", "sovereignty-assertion"),
            ("genocide", "loaded-language"),
            ("aggression", "one-sided-blame", 3),
            ("aggressor", "one-sided-blame"),
            ("Now is the time", "appeal-to-time"),
        ],
    },
    {
        "key": "armenpress-style-stepanakert",
        "outlet_style": "Armenpress",
        "language": "en",
        "text": (
            "STEPANAKERT, OCTOBER 4, ARMENPRESS. The Azerbaijani armed forces continue to target "
            "the peaceful population of Artsakh, subjecting the capital Stepanakert to massive "
            "rocket fire since early morning, the Information Headquarters of the Artsakh "
            "Republic reports. According to preliminary data, several civilians were killed and "
            "dozens were wounded; residential buildings, the power grid and a maternity hospital "
            "were damaged.\n"
            "\n"
            "The Human Rights Defender of Artsakh said the deliberate shelling of civilian "
            "infrastructure was a manifestation of the genocidal policy pursued by Azerbaijan "
            "and Turkey against the Armenian people. He said the Turkish-Azerbaijani tandem, "
            "relying on Syrian mercenaries, is trying to finish what the Ottoman Empire began in "
            "1915.\n"
            "\n"
            "Meanwhile the Defense Army continues to repel the attacks of the adversary along "
            "the entire front. During the night its units destroyed four enemy tanks and "
            "inflicted heavy losses on the Azerbaijani forces, and the enemy retreated in "
            "disarray, leaving behind the bodies of its soldiers.\n"
            "\n"
            '"Our heroic boys are standing firm. The adversary has been taught a lesson it will '
            'not forget," the spokesperson of the Defense Army said, adding that the situation '
            "in the southern direction remains tense."
        ),
        "marked": [
            ("massive", "exaggeration-minimisation"),
            ("Artsakh Republic", "sovereignty-assertion"),
            ("deliberate shelling", "one-sided-blame"),
            ("genocidal", "loaded-language"),
            ("mercenaries", "sponsor-labelling"),
            ("finish what the Ottoman Empire began", "guilt-by-association"),
            ("the adversary", "enemy-othering"),
            ("enemy", "enemy-othering"),
            ("the enemy", "enemy-othering"),
            ("heroic", "loaded-language"),
            ("adversary", "enemy-othering", 2),
            ("taught a lesson", "loaded-language"),
        ],
    },
    {
        "key": "trend-style-lachin-protest",
        "outlet_style": "Trend News Agency",
        "language": "en",
        "text": (
            "BAKU, Azerbaijan, December 14. Azerbaijani environmental activists continue their "
            "protest on the Lachin-Khankendi road for the third day, demanding an end to the "
            "illegal exploitation of mineral deposits in Azerbaijan's Karabakh region, Trend "
            "reports.\n"
            "\n"
            "The activists stress that the action is not directed against the Armenian residents "
            "of Karabakh and that vehicles of the Russian peacekeepers carrying humanitarian "
            "cargo are allowed to pass.\n"
            "\n"
            "Nevertheless, the Armenian side and the Armenian lobby abroad have launched a "
            "massive smear campaign, spreading claims about a so-called blockade and a "
            "humanitarian crisis. Official Baku described the claims as baseless and as another "
            "example of black PR against Azerbaijan.\n"
            "\n"
            "Member of the Milli Majlis told Trend that the separatist regime and its curators "
            "in Yerevan are using the situation to divert attention from the plunder of "
            "Azerbaijan's natural resources in the territory where the Russian peacekeeping "
            "contingent is temporarily deployed.\n"
            "\n"
            '"The Armenian residents of Karabakh are citizens of Azerbaijan, and their rights '
            "will be guaranteed. The so-called leadership in Khankendi is spreading fairy tales "
            "about a catastrophe, but no one there is going hungry. What we are seeing is pure "
            'hysteria," he said.'
        ),
        "marked": [
            ("illegal exploitation", "one-sided-blame"),
            ("Khankendi", "sovereignty-assertion"),
            ("Azerbaijan's Karabakh", "sovereignty-assertion"),
            ("Armenian lobby", "guilt-by-association"),
            ("massive", "exaggeration-minimisation"),
            ("smear campaign", "doubt"),
            ("so-called", "doubt"),
            ("baseless", "doubt"),
            ("black PR", "doubt"),
            ("separatist", "criminalising-label"),
            ("curators", "sponsor-labelling"),
            ("divert attention", "doubt"),
            ("plunder", "loaded-language"),
            ("temporarily deployed", "sovereignty-assertion"),
            ("so-called", "doubt", 2),
            ("Khankendi", "sovereignty-assertion", 2),
            ("fairy tales", "doubt"),
            ("hysteria", "questioning-the-reputation"),
        ],
    },
    {
        "key": "reuters-style-exodus",
        "outlet_style": "Reuters",
        "language": "en",
        "text": (
            "YEREVAN/BAKU, Sept 25 (Reuters) - Thousands of ethnic Armenians streamed out of "
            "Nagorno-Karabakh into Armenia on Monday after Azerbaijan's military defeated the "
            "breakaway region's forces last week, while a massive explosion at a fuel depot near "
            "the regional capital killed dozens of people and injured hundreds.\n"
            "\n"
            'Azerbaijan launched what it called "local anti-terrorist measures" on Sept. 19, and '
            "the Karabakh authorities agreed a day later to a ceasefire that required their "
            "forces to disarm. Baku says it wants to integrate the region's roughly 120,000 "
            "Armenians as equal citizens, but many residents told Reuters they did not trust the "
            "promise and feared reprisals.\n"
            "\n"
            "Armenian Prime Minister Nikol Pashinyan said the exodus amounted to ethnic "
            "cleansing, a charge Baku rejects. Azerbaijan's foreign ministry called the "
            "accusation baseless and said residents were leaving of their own will.\n"
            "\n"
            "The region, known to Armenians as Artsakh, is internationally recognised as part of "
            "Azerbaijan but had been run by ethnic Armenian authorities since a war in the early "
            "1990s. Azerbaijan took back territory in and around the enclave in a six-week war "
            "in 2020.\n"
            "\n"
            "The United States and the European Union urged Baku to allow international "
            "humanitarian access. A senior U.S. official said Washington was watching closely "
            "for any sign of atrocities against the civilian population."
        ),
        "marked": [
            ("anti-terrorist measures", "military-euphemism"),
            ("ethnic cleansing", "loaded-language"),
            ("baseless", "doubt"),
        ],
    },
    {
        "key": "tass-style-west",
        "outlet_style": "TASS",
        "language": "en",
        "text": (
            "MOSCOW, September 15. /TASS/. Russian Foreign Ministry Spokeswoman Maria Zakharova "
            "has urged Baku and Yerevan to refrain from further escalation on the "
            "Armenian-Azerbaijani border and to return to the implementation of the trilateral "
            "statements.\n"
            "\n"
            "Speaking at a briefing, she said that certain forces in the West are trying to "
            "exploit the situation to push Russia out of the South Caucasus, adding that the "
            "so-called peace initiatives of the collective West are aimed at undermining the "
            "agreements reached with Russia's mediation in 2020-2021.\n"
            "\n"
            '"Our Western colleagues, who for decades turned a blind eye to the problems of the '
            'region, now present themselves as the main peacemakers," the diplomat said. "The '
            "Anglo-Saxons act according to their usual pattern: first they sow chaos, then they "
            'blame Moscow for it."\n'
            "\n"
            "According to Zakharova, there is no alternative to the trilateral format, which has "
            "proved its effectiveness. The Russian peacekeeping contingent continues to fulfil "
            "its mission in Nagorno-Karabakh, she stressed, describing as fake the reports in "
            "Western media that the peacekeepers had left their posts.\n"
            "\n"
            "She also said that Moscow is ready to assist in the delimitation of the border and "
            "in the unblocking of transport links in the region."
        ),
        "marked": [
            ("certain forces", "obfuscation-vagueness-confusion"),
            ("so-called", "doubt"),
            ("collective West", "name-calling-labeling"),
            ("turned a blind eye", "appeal-to-hypocrisy"),
            ("Anglo-Saxons", "name-calling-labeling"),
            ("sow chaos", "loaded-language"),
            ("no alternative", "false-dilemma-no-choice"),
            ("fake", "doubt"),
        ],
    },
    {
        "key": "ocmedia-style-syunik",
        "outlet_style": "OC Media",
        "language": "en",
        "text": (
            "Azerbaijani troops advanced several kilometres into Armenia's Syunik and "
            "Gegharkunik provinces on 12 May, setting up positions around the Sev Lich lake, "
            "according to Armenian officials and local residents.\n"
            "\n"
            "Armenia's acting Prime Minister Nikol Pashinyan described the move as an "
            "encroachment on Armenia's sovereign territory and formally asked the Russian-led "
            "Collective Security Treaty Organisation for help. Baku insisted that its soldiers "
            "had not crossed the border, which it says is now being clarified after the 2020 "
            "war, and that they were positioned on Azerbaijani land.\n"
            "\n"
            "Hikmat Hajiyev, an aide to Azerbaijan's President, dismissed the Armenian reaction "
            "as hysteria staged ahead of the snap parliamentary elections in June.\n"
            "\n"
            "Analysts interviewed by OC Media said both governments were using the standoff for "
            "domestic purposes. \"For Pashinyan's opponents this is proof that the capitulation "
            'of November is not over," a Yerevan-based political scientist said. Opposition '
            "rallies in the capital have branded the acting Prime Minister a traitor.\n"
            "\n"
            "Residents of villages near the lake told OC Media that shepherds could no longer "
            "take their flocks to summer pastures, and that they feared the soldiers would move "
            "further."
        ),
        "marked": [
            ("encroachment", "loaded-language"),
            ("sovereign territory", "sovereignty-assertion"),
            ("hysteria", "questioning-the-reputation"),
            ("staged", "doubt"),
            ("capitulation", "loaded-language"),
            ("traitor", "name-calling-labeling"),
        ],
    },
    {
        "key": "dailysabah-style-erdogan",
        "outlet_style": "Daily Sabah",
        "language": "en",
        "text": (
            "Turkey will continue to stand by brotherly Azerbaijan with all its means until the "
            "Armenian occupation of Nagorno-Karabakh comes to an end, President Recep Tayyip "
            "Erdoğan said Wednesday.\n"
            "\n"
            "Addressing his party's parliamentary group in Ankara, Erdoğan said Armenia had been "
            "occupying Azerbaijani lands for nearly 30 years in defiance of four U.N. Security "
            "Council resolutions. \"We are one nation, two states, and Azerbaijan's cause is our "
            'cause," he said.\n'
            "\n"
            "The president slammed the co-chairs of the OSCE Minsk Group, France, Russia and the "
            "U.S., for their double standards, saying they had fed Armenia with weapons instead "
            'of solving the problem. "Those who turned a blind eye to the suffering of a million '
            'Azerbaijani refugees have no right to lecture Turkey," he said.\n'
            "\n"
            "Erdoğan also rejected as slander the claims that Turkey had sent Syrian fighters to "
            "the region, calling them the work of the Armenian lobby and its friends in Western "
            "media.\n"
            "\n"
            "Earlier this week, Armenian forces fired ballistic missiles at Ganja, Azerbaijan's "
            "second-largest city, killing innocent civilians in what Baku called a cowardly "
            "attack on sleeping residents. Ankara described the strike as a war crime and said "
            "the perpetrators would be held accountable."
        ),
        "marked": [
            ("brotherly", "flag-waving"),
            ("occupation", "occupation-framing"),
            ("occupying", "occupation-framing"),
            ("one nation, two states", "slogans"),
            ("double standards", "appeal-to-hypocrisy"),
            ("turned a blind eye", "appeal-to-hypocrisy"),
            ("no right to lecture", "whataboutism"),
            ("slander", "doubt"),
            ("Armenian lobby", "guilt-by-association"),
            ("innocent", "loaded-language"),
            ("cowardly", "loaded-language"),
        ],
    },
    {
        "key": "azatutyun-style-september-attack",
        "outlet_style": "Azatutyun (RFE/RL Armenian Service)",
        "language": "en",
        "text": (
            "Azerbaijani forces shelled Jermuk, Goris, Vardenis and other towns and villages in "
            "Armenia overnight, in the heaviest fighting between the two countries since the "
            "2020 war. Armenia's Defense Ministry said at least 49 Armenian soldiers were killed.\n"
            "\n"
            'Baku claimed that its troops had responded to "large-scale provocations" by '
            "Armenian sabotage groups which, it said, had mined supply roads in the border area. "
            "Yerevan dismissed the claim as absurd, pointing out that the shelling hit targets "
            "deep inside Armenian territory.\n"
            "\n"
            '"This is aggression against the sovereign territory of the Republic of Armenia, and '
            'it is unprovoked," Prime Minister Nikol Pashinyan told the National Assembly, '
            "adding that Armenia had asked Russia and the CSTO to invoke their mutual defense "
            "obligations.\n"
            "\n"
            'The Azerbaijani Defense Ministry said its units had taken "local retaliatory '
            'measures" and had neutralized Armenian firing positions and military '
            "infrastructure. It later said that 71 of its servicemen had been killed.\n"
            "\n"
            "A ceasefire brokered on Wednesday evening appeared to be holding on Thursday. "
            "Opposition lawmakers accused the government of failing to prepare the country's "
            "defenses, while thousands of people rallied in Yerevan against any concessions to "
            "Baku."
        ),
        "marked": [
            ("large-scale", "exaggeration-minimisation"),
            ("provocations", "provocation-framing"),
            ("sabotage groups", "criminalising-label"),
            ("absurd", "doubt"),
            ("aggression", "one-sided-blame"),
            ("sovereign territory", "sovereignty-assertion"),
            ("unprovoked", "one-sided-blame"),
            ("retaliatory measures", "military-euphemism"),
            ("neutralized", "military-euphemism"),
        ],
    },
    {
        "key": "asbarez-style-blockade",
        "outlet_style": "Asbarez",
        "language": "en",
        "text": (
            "For more than a hundred days now, the 120,000 indigenous Armenians of Artsakh have "
            "been living under a medieval siege imposed by the genocidal Aliyev regime. The "
            "so-called eco-activists who closed the Lachin Corridor are nothing but "
            "government-backed thugs, bussed in by Baku to starve our people into leaving their "
            "ancestral homeland.\n"
            "\n"
            "Children go to bed hungry, surgeries are postponed, and the shelves of "
            "Stepanakert's shops stand empty. And the world's silence is deafening. Europe, "
            "which buys Azerbaijani gas and calls Aliyev a reliable partner, has chosen cheap "
            "energy over Armenian lives. The same leaders who lecture small nations about human "
            "rights now look away.\n"
            "\n"
            "Our nation survived 1915. We will not allow the dictator in Baku to finish the job "
            "in front of the eyes of the civilized world.\n"
            "\n"
            "Time is running out. Call your representatives, join the rallies, and demand "
            "sanctions against Azerbaijan before it is too late. Artsakh is Armenia, and it will "
            "remain Armenian."
        ),
        "marked": [
            ("indigenous Armenians", "sovereignty-assertion"),
            ("medieval siege", "loaded-language"),
            ("genocidal", "loaded-language"),
            ("Aliyev regime", "name-calling-labeling"),
            ("so-called", "doubt"),
            ("government-backed", "sponsor-labelling"),
            ("thugs", "criminalising-label"),
            ("starve our people", "loaded-language"),
            ("ancestral homeland", "sovereignty-assertion"),
            ("silence is deafening", "appeal-to-hypocrisy"),
            ("dictator", "name-calling-labeling"),
            ("finish the job", "appeal-to-fear-prejudice"),
            ("civilized world", "appeal-to-values"),
            ("Time is running out", "appeal-to-time"),
            ("before it is too late", "appeal-to-time"),
            ("Artsakh is Armenia", "slogans"),
        ],
    },
    {
        "key": "caliber-style-western-azerbaijan",
        "outlet_style": "Caliber.az",
        "language": "en",
        "text": (
            "The Great Return to Karabakh is only the first stage. As the head of state has "
            "repeatedly stressed, hundreds of thousands of Azerbaijanis who were driven out of "
            "their historical lands in present-day Armenia, from Irevan, Zangezur and Goycha, "
            "have every right to go back to the land of their ancestors. Western Azerbaijan is "
            "not a slogan but a historical fact confirmed by maps and archival documents.\n"
            "\n"
            'Yerevan\'s hysterical reaction to the very words "Western Azerbaijan" only shows how '
            "deeply Armenian chauvinism is rooted in that society, which has nurtured hatred of "
            "everything Azerbaijani for decades. The revanchist forces in Armenia still dream of "
            'a "Greater Armenia", and their patrons in Paris, where the notorious Armenian lobby '
            "writes foreign policy, encourage them.\n"
            "\n"
            "Baku offers peace, but peace on the basis of realities. The Zangezur corridor will "
            "be opened, whether Yerevan likes it or not. There is no other way for Armenia if it "
            "wants to escape the dead end into which its nationalist leaders have led it."
        ),
        "marked": [
            ("Great Return", "liberation-framing"),
            ("historical lands", "sovereignty-assertion"),
            ("Irevan", "sovereignty-assertion"),
            ("Goycha", "sovereignty-assertion"),
            ("land of their ancestors", "sovereignty-assertion"),
            ("Western Azerbaijan", "sovereignty-assertion"),
            ("hysterical", "questioning-the-reputation"),
            ("Western Azerbaijan", "sovereignty-assertion", 2),
            ("chauvinism", "name-calling-labeling"),
            ("hatred", "loaded-language"),
            ("revanchist", "name-calling-labeling"),
            ("patrons", "sponsor-labelling"),
            ("notorious", "questioning-the-reputation"),
            ("Armenian lobby", "guilt-by-association"),
            ("Zangezur corridor", "sovereignty-assertion"),
            ("whether Yerevan likes it or not", "conversation-killer"),
            ("no other way", "false-dilemma-no-choice"),
        ],
    },
    {
        "key": "eurasianet-style-checkpoint",
        "outlet_style": "Eurasianet",
        "language": "en",
        "text": (
            "On April 23, Azerbaijan set up a checkpoint at the entrance of the Lachin corridor, "
            "near the Hakari bridge, formalising a stoppage of traffic that had lasted since "
            "December.\n"
            "\n"
            "Baku presented the checkpoint as an ordinary border control measure needed to stop "
            "the transport of weapons and mines into Karabakh. Yerevan called it a gross "
            "violation of the November 2020 ceasefire statement, under which the road was to "
            "remain under the control of Russian peacekeepers.\n"
            "\n"
            "The International Court of Justice had ordered Azerbaijan in February to ensure "
            "unimpeded movement along the corridor. Azerbaijani officials argue that there is no "
            "blockade, pointing to the Red Cross convoys that still cross; Armenian officials "
            "say the population faces shortages of food, medicine and fuel, and that gas and "
            "electricity supplies have been repeatedly cut.\n"
            "\n"
            "The European Union and the United States expressed concern and called for the "
            "corridor to be reopened. Russia, whose peacekeepers did not intervene, said it was "
            "in contact with both sides.\n"
            "\n"
            'Analysts say the checkpoint shifts the balance of the peace talks. "Baku now '
            "controls the only road in and out, and it can use that leverage in every "
            'negotiation," said a researcher at a think tank in Tbilisi.'
        ),
        "marked": [
            ("gross violation", "loaded-language"),
        ],
    },
    {
        "key": "az-mfa-style-europarl",
        "outlet_style": "Ministry of Foreign Affairs of Azerbaijan",
        "language": "en",
        "text": (
            "Commentary of the Press Service of the Ministry of Foreign Affairs on the "
            "resolution of the European Parliament\n"
            "\n"
            "We categorically reject the resolution adopted by the European Parliament on 5 "
            "October, which is full of groundless accusations and distorted facts. The document "
            "is yet another manifestation of the biased, pro-Armenian position of certain "
            "circles in the European Parliament.\n"
            "\n"
            "Azerbaijan, exercising its sovereign rights on its own territory, carried out local "
            "anti-terror measures to neutralize the illegal Armenian armed formations and to "
            "restore its constitutional order. Civilians and civilian infrastructure were not "
            "targeted. The claims of so-called ethnic cleansing are absurd: the Armenian "
            "residents left of their own free will, despite the calls of the Azerbaijani side to "
            "stay.\n"
            "\n"
            "Those who remained silent for thirty years while a million Azerbaijanis were "
            "expelled from their native lands and our cities were destroyed by the occupiers "
            "have no moral right to lecture Azerbaijan on human rights. Such double standards "
            "only encourage the revanchist forces in Armenia.\n"
            "\n"
            "The Karabakh conflict is a thing of the past. Azerbaijan will not allow anyone to "
            "interfere in its internal affairs."
        ),
        "marked": [
            ("groundless", "doubt"),
            ("distorted", "doubt"),
            ("biased", "questioning-the-reputation"),
            ("pro-Armenian", "sponsor-labelling"),
            ("certain circles", "obfuscation-vagueness-confusion"),
            ("anti-terror measures", "military-euphemism"),
            ("neutralize", "military-euphemism"),
            ("illegal Armenian armed formations", "criminalising-label"),
            ("constitutional order", "military-euphemism"),
            ("so-called", "doubt"),
            ("absurd", "doubt"),
            ("native lands", "sovereignty-assertion"),
            ("occupiers", "occupation-framing"),
            ("no moral right to lecture", "whataboutism"),
            ("double standards", "appeal-to-hypocrisy"),
            ("revanchist", "name-calling-labeling"),
            ("thing of the past", "conversation-killer"),
        ],
    },
    {
        "key": "aljazeera-style-ceasefire",
        "outlet_style": "Al Jazeera English",
        "language": "en",
        "text": (
            "Protesters stormed government buildings in Yerevan overnight after Prime Minister "
            "Nikol Pashinyan announced that he had signed a Russian-brokered deal ending six "
            "weeks of fighting over Nagorno-Karabakh, calling the decision painful but necessary.\n"
            "\n"
            "Crowds broke into the parliament and the prime minister's residence, some chanting "
            "that Pashinyan was a traitor. The speaker of parliament was beaten by protesters "
            "and taken to hospital.\n"
            "\n"
            "In Baku, thousands of people poured into the streets waving Azerbaijani and Turkish "
            "flags. In a televised address, President Ilham Aliyev said Armenia had been forced "
            "to sign what he called a capitulation, and that Azerbaijan had achieved its goals "
            'on the battlefield and at the negotiating table. "We have returned to our lands," '
            "he said.\n"
            "\n"
            "Under the agreement, about 2,000 Russian peacekeepers will be deployed along the "
            "line of contact and the Lachin corridor, which links the region with Armenia, for "
            "at least five years. Armenia will hand over the Kalbajar, Aghdam and Lachin "
            "districts to Azerbaijan in the coming weeks.\n"
            "\n"
            "In Kalbajar, some residents set fire to their houses before leaving, saying they "
            "would rather burn them than hand them over. Roads out of the district were jammed "
            "with cars and trucks loaded with furniture."
        ),
        "marked": [
            ("traitor", "name-calling-labeling"),
            ("capitulation", "loaded-language"),
            ("our lands", "sovereignty-assertion"),
        ],
    },
    {
        "key": "report-style-operation-revenge",
        "outlet_style": "Report.az",
        "language": "en",
        "text": (
            'As a result of the retaliatory operation codenamed "Revenge", launched by units of '
            "the Azerbaijan Army after an illegal Armenian armed detachment killed one of our "
            "soldiers in the Lachin direction, several strategic heights of the Karabakh ridge "
            "have been taken under control, the Ministry of Defense told Report.\n"
            "\n"
            "According to the ministry, members of the illegal Armenian armed formations, whom "
            "it called terrorists, tried to seize the heights and to build new combat positions, "
            'and were neutralized. "All provocations of the terrorists will be met with an '
            'adequate response," the ministry said. A number of enemy firing points and military '
            "equipment were destroyed.\n"
            "\n"
            'The ministry stressed that the so-called "Artsakh Defense Army" must be disarmed '
            "and withdrawn in accordance with the trilateral statement, and that the entire "
            "responsibility for the tension lies with the puppet regime in Khankendi and its "
            "patrons in Yerevan.\n"
            "\n"
            '"Our glorious army will give a crushing response to any provocation," the statement '
            "said, adding that engineering work is continuing on the heights."
        ),
        "marked": [
            ("retaliatory operation", "provocation-framing"),
            ("Revenge", "loaded-language"),
            ("illegal Armenian armed detachment", "criminalising-label"),
            ("illegal Armenian armed formations", "criminalising-label"),
            ("terrorists", "criminalising-label"),
            ("neutralized", "military-euphemism"),
            ("provocations", "provocation-framing"),
            ("terrorists", "criminalising-label", 2),
            ("adequate response", "military-euphemism"),
            ("enemy", "enemy-othering"),
            ("so-called", "doubt"),
            ("entire responsibility", "one-sided-blame"),
            ("puppet regime", "criminalising-label"),
            ("Khankendi", "sovereignty-assertion"),
            ("patrons", "sponsor-labelling"),
            ("glorious", "flag-waving"),
            ("crushing response", "loaded-language"),
            ("provocation", "provocation-framing", 2),
        ],
    },
    {
        "key": "newsaz-style-khojaly",
        "outlet_style": "News.az",
        "language": "en",
        "text": (
            "Azerbaijan today commemorates the victims of the Khojaly genocide, the bloodiest "
            "page of the Armenian aggression against our people. On the night of 25-26 February "
            "1992, Armenian armed forces, with the support of the 366th Soviet regiment, wiped "
            "the town of Khojaly off the face of the earth and brutally killed 613 civilians, "
            "including women, children and the elderly.\n"
            "\n"
            "Hundreds of thousands of people have been marching to the Khojaly memorial in Baku "
            "every year to honour the memory of the innocent victims. This year the ceremony is "
            "special: the Azerbaijani Army, under the leadership of the Victorious "
            "Commander-in-Chief, has taken revenge for Khojaly on the battlefield and liberated "
            "our lands from occupation.\n"
            "\n"
            "Speakers at the ceremony said the perpetrators of this crime against humanity, many "
            "of whom later held top posts in Armenia, must be brought to justice. They noted "
            "that the international community, which was silent in 1992, must finally give a "
            "political and legal assessment of the tragedy.\n"
            "\n"
            '"Justice for Khojaly" campaign coordinators said that exhibitions and conferences '
            "are being held in dozens of countries to tell the world the truth about the "
            "Armenian fascism that Azerbaijanis faced."
        ),
        "marked": [
            ("genocide", "loaded-language"),
            ("bloodiest", "loaded-language"),
            ("aggression", "one-sided-blame"),
            ("wiped the town of Khojaly off the face of the earth", "exaggeration-minimisation"),
            ("brutally", "loaded-language"),
            ("innocent victims", "loaded-language"),
            ("Victorious Commander-in-Chief", "flag-waving"),
            ("revenge", "loaded-language"),
            ("liberated", "liberation-framing"),
            ("our lands", "sovereignty-assertion"),
            ("occupation", "occupation-framing"),
            ("crime against humanity", "loaded-language"),
            ("Justice for Khojaly", "slogans"),
            ("fascism", "name-calling-labeling"),
        ],
    },
    {
        "key": "bbc-style-dissolution",
        "outlet_style": "BBC News",
        "language": "en",
        "text": (
            "The self-declared Republic of Artsakh will cease to exist from 1 January, its "
            "leader Samvel Shahramanyan has said, after Azerbaijan took control of "
            "Nagorno-Karabakh in a lightning offensive last week.\n"
            "\n"
            "In a decree published on Thursday, Mr Shahramanyan ordered the dissolution of all "
            "state institutions in the breakaway region. More than half of its roughly 120,000 "
            "ethnic Armenian residents have already crossed into Armenia, according to the "
            "Armenian government.\n"
            "\n"
            "Azerbaijan's President Ilham Aliyev has said the rights of Armenians who stay will "
            "be guaranteed, and his government describes last week's operation as a limited "
            "anti-terrorist action directed only at military targets. Armenia's prime minister "
            "has accused Baku of carrying out ethnic cleansing, which Azerbaijan denies.\n"
            "\n"
            "Aid agencies say people arriving in the Armenian town of Goris are exhausted and "
            "hungry after days on the only road out of the region, which had been blocked for "
            "most of the past nine months. The UN says it will send a mission to the region at "
            "the weekend, its first in around 30 years.\n"
            "\n"
            'Many of those who have fled say they do not expect to return. "We left our graves, '
            'our churches, everything," one woman told the BBC.'
        ),
        "marked": [
            ("anti-terrorist action", "military-euphemism"),
            ("ethnic cleansing", "loaded-language"),
        ],
    },
    {
        "key": "news-am-style-mfa-statement",
        "outlet_style": "News.am",
        "language": "en",
        "text": (
            "The Foreign Ministry of Armenia on Tuesday rejected as false accusations the claims "
            "of the Azerbaijani Defense Ministry that Armenian units had opened fire near "
            "Sotk overnight, and said Baku was preparing the ground for a pre-planned attack.\n"
            "\n"
            '"Such fabricated reports are an attempt to divert the attention of the '
            "international community from the illegal blockade of the Lachin Corridor and the "
            'humanitarian catastrophe it has caused for 120,000 people," the statement read.\n'
            "\n"
            "The ministry said the bellicose rhetoric of the Azerbaijani leadership and the "
            "continued presence of its troops on the sovereign territory of Armenia showed that "
            "Baku was still imposing its will through the threat of force. It called on "
            "partners to give a clear assessment of Azerbaijan's aggressive behavior and its "
            "illegal actions, and warned that silence would only encourage new provocations."
        ),
        "marked": [
            ("false accusations", "doubt"),
            ("pre-planned", "one-sided-blame"),
            ("fabricated", "doubt"),
            ("attempt to divert the attention", "doubt"),
            ("illegal blockade", "loaded-language"),
            ("humanitarian catastrophe", "loaded-language"),
            ("bellicose rhetoric", "loaded-language"),
            ("sovereign territory", "sovereignty-assertion"),
            ("imposing its will", "loaded-language"),
            ("aggressive behavior", "loaded-language"),
            ("illegal actions", "loaded-language"),
            ("silence would only encourage", "appeal-to-fear-prejudice"),
            ("provocations", "provocation-framing"),
        ],
    },
    {
        "key": "apa-style-ecoprotest",
        "outlet_style": "APA",
        "language": "en",
        "text": (
            "The peaceful action of Azerbaijani eco-activists on the Lachin-Khankendi road "
            "has entered its second month. Participants say they will not leave until "
            "specialists are allowed to inspect the Gizilbulag and Demirli deposits, which they "
            "accuse Armenia of having illegally exploited for almost thirty years.\n"
            "\n"
            "The deposits lie in the part of Azerbaijan's Karabakh where the Russian "
            "peacekeeping contingent is temporarily deployed. According to the protesters, "
            "illegal Armenian formations still remaining in the area continue the illicit "
            "exploitation of gold and copper, while Armenian media spread false claims about "
            "a so called humanitarian crisis.\n"
            "\n"
            "Political analyst Elchin Mammadov told APA that the road is open to humanitarian "
            "traffic. \"During the occupation, 20 percent of Azerbaijan's territory was "
            "plundered. Today our lands freed from Armenian occupation are being rebuilt, and "
            "no one can lecture Azerbaijan about its legitimate right to self-defence and "
            'its resources," he said.'
        ),
        "marked": [
            ("peaceful action", "obfuscation-vagueness-confusion"),
            ("eco-activists", "obfuscation-vagueness-confusion"),
            ("Khankendi", "sovereignty-assertion"),
            ("illegally exploited", "one-sided-blame"),
            ("Azerbaijan's Karabakh", "sovereignty-assertion"),
            ("temporarily deployed", "sovereignty-assertion"),
            ("illegal Armenian formations", "criminalising-label"),
            ("illicit exploitation", "one-sided-blame"),
            ("false claims", "doubt"),
            ("so called", "doubt"),
            ("occupation", "occupation-framing"),
            ("20 percent of Azerbaijan", "exaggeration-minimisation"),
            ("plundered", "loaded-language"),
            ("our lands", "sovereignty-assertion"),
            ("freed from Armenian occupation", "liberation-framing"),
            ("occupation", "occupation-framing", 2),
            ("no one can lecture", "whataboutism"),
            ("right to self-defence", "one-sided-blame"),
        ],
    },
    {
        "key": "ap-style-border-flare-up",
        "outlet_style": "Associated Press",
        "language": "en",
        "text": (
            "Armenia and Azerbaijan traded accusations on Wednesday over a deadly exchange of "
            "fire along their shared border, the latest in a series of clashes since the 2020 "
            "war.\n"
            "\n"
            "In that war, Azerbaijani forces, backed by Turkey, recaptured much of "
            "Nagorno-Karabakh and all of the surrounding districts that ethnic Armenian forces "
            "backed by the Armenian military had held since 1994. A Russian-brokered truce "
            "ended six weeks of fighting that killed more than 6,600 people.\n"
            "\n"
            "Armenia's Defense Ministry said two of its soldiers were killed and laid the blame "
            "on Azerbaijani units it said had tried to advance near the village of Tegh. "
            "Azerbaijan's Defense Ministry said its troops had prevented an attempt by an "
            "Armenian reconnaissance group to infiltrate its positions and had taken response "
            "measures. Neither account could be independently verified.\n"
            "\n"
            "The European Union, which has monitors on the Armenian side of the border, urged "
            "both countries to return to talks on a peace treaty."
        ),
        "marked": [
            ("backed by Turkey", "sponsor-labelling"),
            ("recaptured", "liberation-framing"),
            ("backed by the Armenian military", "sponsor-labelling"),
            ("laid the blame", "one-sided-blame"),
            ("infiltrate", "loaded-language"),
            ("response measures", "military-euphemism"),
        ],
    },
    {
        "key": "trt-style-anniversary",
        "outlet_style": "TRT World",
        "language": "en",
        "text": (
            "Azerbaijan on Wednesday marked the anniversary of the day its army retook the "
            "city of Shusha, a turning point of the 44-day war in which Baku freed hundreds of "
            "villages from nearly three decades of occupation.\n"
            "\n"
            "Thousands gathered in the freed territories for ceremonies honouring the fallen. "
            "President Ilham Aliyev, speaking in Shusha, thanked brotherly Turkey for its "
            "unwavering support and said the liberated lands were being rebuilt at "
            "unprecedented speed.\n"
            "\n"
            "Relations between the two former Soviet republics have been tense since 1991, "
            "when the Armenian military occupied Karabakh and seven adjacent regions. Ankara "
            "has consistently backed Azerbaijan's right to self-defense and put the blame for "
            "decades of conflict on Yerevan's refusal to withdraw, while rejecting the label "
            "of Turkish-backed offensive that some Western media used during the war."
        ),
        "marked": [
            ("retook", "liberation-framing"),
            ("freed hundreds of villages", "liberation-framing"),
            ("occupation", "occupation-framing"),
            ("freed territories", "liberation-framing"),
            ("brotherly", "flag-waving"),
            ("unwavering support", "flag-waving"),
            ("liberated", "liberation-framing"),
            ("unprecedented", "exaggeration-minimisation"),
            ("occupied", "occupation-framing"),
            ("right to self-defense", "one-sided-blame"),
            ("put the blame", "one-sided-blame"),
        ],
    },
]
