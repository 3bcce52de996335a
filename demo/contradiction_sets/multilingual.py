"""A labelled development set for contradiction candidates in the four languages the conflict is
reported in: English (en), Russian (ru), Azerbaijani in Latin script (az) and Armenian (hy).

Written for Parallax in its own words. The incidents are modelled on real ones of 2021–2023; the
texts are short reports in the manner of the defence ministries, other official bodies, a Russian
news agency and an international wire, and are not the bodies' own statements. The agency and the
wire (Kavkaz-Press, Caucasus Desk Wire) are invented. Figures follow what each side said at the
time where that is known; they are claims, not findings.

Each report lists its claims as (claim key, speaker key, exact phrase of the text, the date the
claim is about or None, relay speaker keys closest to the speaker first; the publisher is never
a relay). ``stated_on`` is None when the text gives no date for what it asserts; the report's
``published`` date is then all there is. A report about no listed incident has ``incident`` None.

Labels, each an unordered couple of claim keys, in at most one list:
- CONTRADICTIONS: claims about the same incident that cannot both be true (who opened fire or
  advanced, casualties, denials). A relayed copy contradicts whatever its original contradicts.
- CORROBORATIONS: two different speakers of the same side asserting the same thing.
- DUPLICATES: the same speaker's statement published by another outlet, possibly in another
  language; a duplicate is never a contradiction.
- HARD_NEGATIVES: opposing claims about different incidents of the same week; they are in no
  other list, and a contradiction finder should not propose them.
"""

from datetime import date

from sources.models import Source

SPEAKERS = {  # key -> (name, kind, country)
    "az-mod": ("Ministry of Defence of Azerbaijan (multilingual set)", Source.Kind.MINISTRY, "AZ"),
    "az-mfa": (
        "Ministry of Foreign Affairs of Azerbaijan (multilingual set)",
        Source.Kind.MINISTRY,
        "AZ",
    ),
    "az-aide": (
        "Assistant to the President of Azerbaijan (multilingual set)",
        Source.Kind.OFFICIAL,
        "AZ",
    ),
    "am-mod": ("Ministry of Defence of Armenia (multilingual set)", Source.Kind.MINISTRY, "AM"),
    "am-mfa": (
        "Ministry of Foreign Affairs of Armenia (multilingual set)",
        Source.Kind.MINISTRY,
        "AM",
    ),
    "am-pm": (
        "Office of the Prime Minister of Armenia (multilingual set)",
        Source.Kind.GOVERNMENT_BODY,
        "AM",
    ),
    "am-ombudsman": (
        "Human Rights Defender of Armenia (multilingual set)",
        Source.Kind.GOVERNMENT_BODY,
        "AM",
    ),
    "nk-army": ("Karabakh Armenian Defence Army (multilingual set)", Source.Kind.MILITARY, ""),
    "ru-mod": ("Ministry of Defence of Russia (multilingual set)", Source.Kind.MINISTRY, "RU"),
    "ru-agency": ("Kavkaz-Press news agency (multilingual set)", Source.Kind.NEWS_AGENCY, "RU"),
    "wire": ("Caucasus Desk Wire (multilingual set)", Source.Kind.NEWS_AGENCY, ""),
}

INCIDENTS = {  # key -> (title, first day)
    "sevlich-2021": (
        "Azerbaijani positions at Lake Sev Lich (multilingual set)",
        date(2021, 5, 12),
    ),
    "sotk-2021": ("Exchange of fire near Sotk (multilingual set)", date(2021, 11, 16)),
    "tavush-2021": ("Firing on the Tavush–Tovuz border (multilingual set)", date(2021, 11, 17)),
}

REPORTS = [
    # --- Sotk, 16 November 2021 -------------------------------------------------------------
    {
        "key": "sotk-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2021, 11, 16),
        "incident": "sotk-2021",
        "text": (
            "Noyabrın 16-da Ermənistan silahlı qüvvələrinin bölmələri Kəlbəcər və Laçın "
            "rayonları istiqamətində dövlət sərhədində Azərbaycan Ordusunun mövqelərinə hücum "
            "edib. Bölmələrimiz təcili cavab tədbirləri görərək düşmənin irəliləməsinin qarşısını "
            "alıb və bir qrup erməni hərbçisini mühasirəyə alıb. Döyüş zamanı iki hərbçimiz "
            "yaralanıb, onların həyatı təhlükə altında deyil. Ermənistan Müdafiə Nazirliyinin "
            "yaydığı əks iddialar həqiqətə uyğun deyil."
        ),
        "claims": [
            (
                "sotk-az-attack",
                "az-mod",
                "Ermənistan silahlı qüvvələrinin bölmələri Kəlbəcər və Laçın rayonları "
                "istiqamətində dövlət sərhədində Azərbaycan Ordusunun mövqelərinə hücum edib",
                date(2021, 11, 16),
                [],
            ),
            (
                "sotk-az-wounded",
                "az-mod",
                "Döyüş zamanı iki hərbçimiz yaralanıb",
                date(2021, 11, 16),
                [],
            ),
        ],
    },
    {
        "key": "sotk-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2021, 11, 16),
        "incident": "sotk-2021",
        "text": (
            "Նոյեմբերի 16-ին Ադրբեջանի զինված ուժերի ստորաբաժանումները հարձակում են ձեռնարկել "
            "Հայաստանի արևելյան սահմանին՝ Սոթքի ուղղությամբ տեղակայված հայկական դիրքերի վրա։ "
            "Մարտերի ընթացքում հայկական կողմը կորցրել է երկու մարտական դիրք, մեկ զինծառայող "
            "զոհվել է, տասներկուսը գերեվարվել են։ Հակառակորդն ունի մինչև յոթանասուն զոհ և "
            "վիրավոր, խոցվել են նաև նրա մի քանի զրահամեքենաներ։ Ռուսական կողմի միջնորդությամբ "
            "երեկոյան հրադադար է հաստատվել։"
        ),
        "claims": [
            (
                "sotk-am-attack",
                "am-mod",
                "Ադրբեջանի զինված ուժերի ստորաբաժանումները հարձակում են ձեռնարկել Հայաստանի "
                "արևելյան սահմանին՝ Սոթքի ուղղությամբ տեղակայված հայկական դիրքերի վրա",
                date(2021, 11, 16),
                [],
            ),
            (
                "sotk-am-enemy-losses",
                "am-mod",
                "Հակառակորդն ունի մինչև յոթանասուն զոհ և վիրավոր",
                date(2021, 11, 16),
                [],
            ),
        ],
    },
    {
        "key": "sotk-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2021, 11, 16),
        "incident": "sotk-2021",
        "text": (
            "ЕРЕВАН, 16 ноября. Минобороны Армении сообщило, что азербайджанские подразделения "
            "атаковали армянские позиции на восточной границе в районе Сотка. По данным "
            "ведомства, один армянский военнослужащий погиб, двенадцать попали в плен. В "
            "министерстве также утверждают, что противник потерял до семидесяти человек убитыми "
            "и ранеными. Баку возлагает ответственность за бой на армянскую сторону."
        ),
        "claims": [
            (
                "sotk-ru-attack",
                "am-mod",
                "азербайджанские подразделения атаковали армянские позиции на восточной границе "
                "в районе Сотка",
                date(2021, 11, 16),
                [],
            ),
            (
                "sotk-ru-enemy-losses",
                "am-mod",
                "противник потерял до семидесяти человек убитыми и ранеными",
                date(2021, 11, 16),
                [],
            ),
        ],
    },
    {
        "key": "sotk-wire-en",
        "publisher": "wire",
        "language": "en",
        "published": date(2021, 11, 17),
        "incident": "sotk-2021",
        "text": (
            "BAKU/YEREVAN, Nov 17 (Caucasus Desk Wire) - Azerbaijan's defence ministry said "
            "Armenian forces had attacked its positions along the border in the Kalbajar and "
            "Lachin districts on Tuesday. Yerevan blamed Baku for the fighting, the heaviest since "
            "last year's war. Russia's defence ministry said a ceasefire arranged through its "
            "mediation had held overnight."
        ),
        "claims": [
            (
                "sotk-wire-az-attack",
                "az-mod",
                "Armenian forces had attacked its positions along the border in the Kalbajar and "
                "Lachin districts on Tuesday",
                date(2021, 11, 16),
                [],
            ),
            (
                "sotk-wire-ru-ceasefire",
                "ru-mod",
                "a ceasefire arranged through its mediation had held overnight",
                date(2021, 11, 17),
                [],
            ),
        ],
    },
    {
        "key": "sotk-am-pm-en",
        "publisher": "am-pm",
        "language": "en",
        "published": date(2021, 11, 16),
        "incident": "sotk-2021",
        "text": (
            "The Office of the Prime Minister reports that Azerbaijani troops tried to break "
            "through into the sovereign territory of Armenia near Sotk this morning and were "
            "stopped by the Armenian Armed Forces. Claims by Baku that Armenian units provoked the "
            "fighting in the Kalbajar direction are false. The Prime Minister has asked the "
            "Russian Federation for help in defending Armenia's territory."
        ),
        "claims": [
            (
                "sotk-pm-breakthrough",
                "am-pm",
                "Azerbaijani troops tried to break through into the sovereign territory of "
                "Armenia near Sotk this morning",
                date(2021, 11, 16),
                [],
            ),
            (
                "sotk-pm-denial",
                "am-pm",
                "Claims by Baku that Armenian units provoked the fighting in the Kalbajar "
                "direction are false",
                date(2021, 11, 16),
                [],
            ),
        ],
    },
    # --- Tavush / Tovuz, 17 November 2021 ---------------------------------------------------
    {
        "key": "tavush-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2021, 11, 18),
        "incident": "tavush-2021",
        "text": (
            "Նոյեմբերի 17-ի երեկոյան ադրբեջանական ստորաբաժանումները տարբեր տրամաչափի զենքերից "
            "կրակ են բացել Տավուշի մարզի սահմանամերձ հատվածում տեղակայված հայկական դիրքերի "
            "ուղղությամբ։ Հայկական ստորաբաժանումները ստիպված են եղել պատասխանել։ Հայկական "
            "կողմում կորուստներ չկան։ Կրակոցները դադարել են կեսգիշերից առաջ, առավոտյան "
            "իրադրությունը հանգիստ է։"
        ),
        "claims": [
            (
                "tavush-am-fire",
                "am-mod",
                "ադրբեջանական ստորաբաժանումները տարբեր տրամաչափի զենքերից կրակ են բացել Տավուշի "
                "մարզի սահմանամերձ հատվածում տեղակայված հայկական դիրքերի ուղղությամբ",
                date(2021, 11, 17),
                [],
            ),
            (
                "tavush-am-no-losses",
                "am-mod",
                "Հայկական կողմում կորուստներ չկան",
                date(2021, 11, 17),
                [],
            ),
        ],
    },
    {
        "key": "tavush-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2021, 11, 18),
        "incident": "tavush-2021",
        "text": (
            "Noyabrın 17-də axşam saatlarında Ermənistan silahlı qüvvələrinin bölmələri Tovuz "
            "rayonunun Munuclu, Ağbulaq və Koxanəbi kəndləri yaxınlığındakı mövqelərimizi "
            "müxtəlif çaplı silahlardan fasilələrlə atəşə tutub. Rəqib cavab atəşi ilə susdurulub, "
            "itki yoxdur. Ermənistan tərəfinin Tavuş istiqamətində guya bölmələrimizin ilk olaraq "
            "atəş açması barədə yaydığı məlumat yalandır."
        ),
        "claims": [
            (
                "tavush-az-fire",
                "az-mod",
                "Ermənistan silahlı qüvvələrinin bölmələri Tovuz rayonunun Munuclu, Ağbulaq və "
                "Koxanəbi kəndləri yaxınlığındakı mövqelərimizi müxtəlif çaplı silahlardan "
                "fasilələrlə atəşə tutub",
                date(2021, 11, 17),
                [],
            ),
            (
                "tavush-az-denial",
                "az-mod",
                "Ermənistan tərəfinin Tavuş istiqamətində guya bölmələrimizin ilk olaraq atəş "
                "açması barədə yaydığı məlumat yalandır",
                date(2021, 11, 17),
                [],
            ),
        ],
    },
    {
        "key": "tavush-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2021, 11, 18),
        "incident": "tavush-2021",
        "text": (
            "БАКУ, 18 ноября. Министерство обороны Азербайджана заявило, что вечером 17 ноября "
            "армянские военные обстреляли азербайджанские позиции в Товузском районе из оружия "
            "разных калибров. Огонь был подавлен ответными действиями, говорится в сообщении. "
            "Ереван, в свою очередь, обвиняет азербайджанскую сторону в обстреле приграничных "
            "сёл Тавуша."
        ),
        "claims": [
            (
                "tavush-ru-az-fire",
                "az-mod",
                "вечером 17 ноября армянские военные обстреляли азербайджанские позиции в "
                "Товузском районе из оружия разных калибров",
                date(2021, 11, 17),
                [],
            ),
        ],
    },
    {
        "key": "tavush-ombudsman-hy",
        "publisher": "am-ombudsman",
        "language": "hy",
        "published": date(2021, 11, 18),
        "incident": "tavush-2021",
        "text": (
            "Մարդու իրավունքների պաշտպանի աշխատակազմը հաստատում է, որ նոյեմբերի 17-ի "
            "երեկոյան Տավուշի սահմանամերձ գյուղերի բնակիչները լսել են ադրբեջանական դիրքերից "
            "արձակված կրակոցներ։ Մովսես գյուղում վնասվել է մեկ բնակելի տան տանիք։ Մարդկային "
            "կորուստներ չեն գրանցվել, երեխաները այսօր դպրոց չեն գնացել։"
        ),
        "claims": [
            (
                "tavush-ombudsman-fire",
                "am-ombudsman",
                "նոյեմբերի 17-ի երեկոյան Տավուշի սահմանամերձ գյուղերի բնակիչները լսել են "
                "ադրբեջանական դիրքերից արձակված կրակոցներ",
                date(2021, 11, 17),
                [],
            ),
            (
                "tavush-ombudsman-damage",
                "am-ombudsman",
                "Մովսես գյուղում վնասվել է մեկ բնակելի տան տանիք",
                date(2021, 11, 17),
                [],
            ),
        ],
    },
    # --- Reports of the same week about no listed incident ----------------------------------
    {
        "key": "nov18-az-mod-en",
        "publisher": "az-mod",
        "language": "en",
        "published": date(2021, 11, 18),
        "incident": None,
        "text": (
            "On 18 November, from about 08:00, units of the Armenian armed forces fired on "
            "Azerbaijani Army positions in the Kalbajar district from the direction of the "
            "Basarkechar district, using small arms. The opposing side was silenced by return "
            "fire. There are no losses among our personnel. The operational situation is under "
            "the control of our units."
        ),
        "claims": [
            (
                "nov18-az-fire",
                "az-mod",
                "units of the Armenian armed forces fired on Azerbaijani Army positions in the "
                "Kalbajar district from the direction of the Basarkechar district",
                date(2021, 11, 18),
                [],
            ),
            (
                "nov18-az-no-losses",
                "az-mod",
                "There are no losses among our personnel",
                date(2021, 11, 18),
                [],
            ),
        ],
    },
    {
        "key": "nov18-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2021, 11, 18),
        "incident": None,
        "text": (
            "Ադրբեջանի ՊՆ-ի այն հաղորդումը, թե նոյեմբերի 18-ի առավոտյան հայկական "
            "ստորաբաժանումները կրակ են բացել Վարդենիսի ուղղությունից, չի համապատասխանում "
            "իրականությանը։ Հայկական դիրքերից կրակոցներ չեն արձակվել։ Արևելյան սահմանին "
            "իրադրությունը հարաբերականորեն կայուն է և գտնվում է ՀՀ զինված ուժերի "
            "վերահսկողության ներքո։"
        ),
        "claims": [
            (
                "nov18-am-denial",
                "am-mod",
                "Ադրբեջանի ՊՆ-ի այն հաղորդումը, թե նոյեմբերի 18-ի առավոտյան հայկական "
                "ստորաբաժանումները կրակ են բացել Վարդենիսի ուղղությունից, չի համապատասխանում "
                "իրականությանը",
                date(2021, 11, 18),
                [],
            ),
            (
                "nov18-am-no-fire",
                "am-mod",
                "Հայկական դիրքերից կրակոցներ չեն արձակվել",
                date(2021, 11, 18),
                [],
            ),
        ],
    },
    {
        "key": "nov19-ru-mod-ru",
        "publisher": "ru-mod",
        "language": "ru",
        "published": date(2021, 11, 19),
        "incident": None,
        "text": (
            "В зоне ответственности российского миротворческого контингента нарушений режима "
            "прекращения огня не зафиксировано. Миротворцы продолжают сопровождать автоколонны "
            "по Лачинскому коридору и обеспечивать безопасность жителей. За сутки на "
            "наблюдательных постах побывали представители Международного комитета Красного "
            "Креста."
        ),
        "claims": [
            (
                "nov19-ru-no-violations",
                "ru-mod",
                "В зоне ответственности российского миротворческого контингента нарушений режима "
                "прекращения огня не зафиксировано",
                None,
                [],
            ),
        ],
    },
    # --- Lake Sev Lich, 12 May 2021 ---------------------------------------------------------
    {
        "key": "sevlich-am-mod-en",
        "publisher": "am-mod",
        "language": "en",
        "published": date(2021, 5, 12),
        "incident": "sevlich-2021",
        "text": (
            "Early on 12 May, units of the Azerbaijani Armed Forces crossed the state border in "
            "Syunik province and moved about 3.5 kilometres into Armenian territory towards Lake "
            "Sev Lich, in an attempt to redraw the border on the ground. No shots were fired. "
            "Armenian units have taken the necessary counter-measures, and talks on the "
            "withdrawal of the Azerbaijani units are under way."
        ),
        "claims": [
            (
                "sevlich-am-advance",
                "am-mod",
                "units of the Azerbaijani Armed Forces crossed the state border in Syunik province "
                "and moved about 3.5 kilometres into Armenian territory towards Lake Sev Lich",
                date(2021, 5, 12),
                [],
            ),
            ("sevlich-am-no-shots", "am-mod", "No shots were fired", date(2021, 5, 12), []),
        ],
    },
    {
        "key": "sevlich-am-pm-hy",
        "publisher": "am-pm",
        "language": "hy",
        "published": date(2021, 5, 12),
        "incident": "sevlich-2021",
        "text": (
            "Անվտանգության խորհրդի արտահերթ նիստում վարչապետը հայտարարեց, որ Ադրբեջանի զինված "
            "ուժերը ներխուժել են Հայաստանի ինքնիշխան տարածք Սյունիքի մարզում և փորձում են "
            "շրջափակել Սև լիճը։ Նա այդ գործողությունները որակեց որպես նախապես ծրագրված "
            "սադրանք։ Հայաստանը ձգտում է հարցը լուծել բանակցություններով, սակայն պատրաստ է "
            "պաշտպանել իր տարածքը։"
        ),
        "claims": [
            (
                "sevlich-pm-incursion",
                "am-pm",
                "Ադրբեջանի զինված ուժերը ներխուժել են Հայաստանի ինքնիշխան տարածք Սյունիքի մարզում "
                "և փորձում են շրջափակել Սև լիճը",
                date(2021, 5, 12),
                [],
            ),
        ],
    },
    {
        "key": "sevlich-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2021, 5, 13),
        "incident": "sevlich-2021",
        "text": (
            "Ermənistan tərəfinin yaydığı, guya Azərbaycan Ordusunun bölmələrinin Ermənistan "
            "ərazisinə daxil olması barədə məlumatlar həqiqəti əks etdirmir. Mayın 12-də "
            "bölmələrimiz Laçın və Kəlbəcər rayonlarının sərhəd xəttində, mövcud xəritələrə uyğun "
            "olaraq yalnız öz ərazimizdə mövqelərin möhkəmləndirilməsi işlərini aparıb. "
            "Sərhəddə heç bir atışma olmayıb."
        ),
        "claims": [
            (
                "sevlich-az-denial",
                "az-mod",
                "Ermənistan tərəfinin yaydığı, guya Azərbaycan Ordusunun bölmələrinin Ermənistan "
                "ərazisinə daxil olması barədə məlumatlar həqiqəti əks etdirmir",
                date(2021, 5, 12),
                [],
            ),
            (
                "sevlich-az-own-land",
                "az-mod",
                "bölmələrimiz Laçın və Kəlbəcər rayonlarının sərhəd xəttində, mövcud xəritələrə "
                "uyğun olaraq yalnız öz ərazimizdə mövqelərin möhkəmləndirilməsi işlərini aparıb",
                date(2021, 5, 12),
                [],
            ),
        ],
    },
    {
        "key": "sevlich-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2021, 5, 13),
        "incident": "sevlich-2021",
        "text": (
            "БАКУ, 13 мая. В Минобороны Азербайджана назвали не соответствующими "
            "действительности сообщения о том, что азербайджанские военные зашли на территорию "
            "Армении в районе озера Сев. По словам представителей ведомства, подразделения "
            "укрепляют позиции на своей стороне границы в соответствии с имеющимися картами."
        ),
        "claims": [
            (
                "sevlich-ru-denial",
                "az-mod",
                "назвали не соответствующими действительности сообщения о том, что "
                "азербайджанские военные зашли на территорию Армении в районе озера Сев",
                date(2021, 5, 12),
                [],
            ),
            (
                "sevlich-ru-own-land",
                "az-mod",
                "подразделения укрепляют позиции на своей стороне границы в соответствии с "
                "имеющимися картами",
                date(2021, 5, 12),
                [],
            ),
        ],
    },
    {
        "key": "sevlich-wire-en",
        "publisher": "wire",
        "language": "en",
        "published": date(2021, 5, 14),
        "incident": "sevlich-2021",
        "text": (
            "GORIS, May 14 (Caucasus Desk Wire) - Azerbaijani soldiers stayed for a third day "
            "near a mountain lake on the border with Armenia's Syunik province. Armenia's foreign "
            "ministry said, in comments carried by Kavkaz-Press, that about 250 Azerbaijani "
            "soldiers were still on Armenian soil. Farmers in nearby villages, who water their "
            "fields from the lake, said they had been told to keep away."
        ),
        "claims": [
            (
                "sevlich-mfa-troops",
                "am-mfa",
                "about 250 Azerbaijani soldiers were still on Armenian soil",
                date(2021, 5, 14),
                ["ru-agency"],
            ),
        ],
    },
]

CONTRADICTIONS = [
    # Sotk: who attacked.
    ("sotk-az-attack", "sotk-am-attack"),
    ("sotk-az-attack", "sotk-ru-attack"),
    ("sotk-az-attack", "sotk-pm-breakthrough"),
    ("sotk-az-attack", "sotk-pm-denial"),
    ("sotk-wire-az-attack", "sotk-am-attack"),
    ("sotk-wire-az-attack", "sotk-ru-attack"),
    ("sotk-wire-az-attack", "sotk-pm-breakthrough"),
    ("sotk-wire-az-attack", "sotk-pm-denial"),
    # Sotk: Azerbaijan's losses.
    ("sotk-az-wounded", "sotk-am-enemy-losses"),
    ("sotk-az-wounded", "sotk-ru-enemy-losses"),
    # Tavush: who fired.
    ("tavush-am-fire", "tavush-az-fire"),
    ("tavush-am-fire", "tavush-ru-az-fire"),
    ("tavush-am-fire", "tavush-az-denial"),
    ("tavush-ombudsman-fire", "tavush-az-fire"),
    ("tavush-ombudsman-fire", "tavush-ru-az-fire"),
    ("tavush-ombudsman-fire", "tavush-az-denial"),
    # 18 November, no listed incident: whether Armenian units fired.
    ("nov18-az-fire", "nov18-am-denial"),
    ("nov18-az-fire", "nov18-am-no-fire"),
    # Sev Lich: whether Azerbaijani units crossed the border.
    ("sevlich-am-advance", "sevlich-az-denial"),
    ("sevlich-am-advance", "sevlich-az-own-land"),
    ("sevlich-am-advance", "sevlich-ru-denial"),
    ("sevlich-am-advance", "sevlich-ru-own-land"),
    ("sevlich-pm-incursion", "sevlich-az-denial"),
    ("sevlich-pm-incursion", "sevlich-az-own-land"),
    ("sevlich-pm-incursion", "sevlich-ru-denial"),
    ("sevlich-pm-incursion", "sevlich-ru-own-land"),
    ("sevlich-mfa-troops", "sevlich-az-denial"),
    ("sevlich-mfa-troops", "sevlich-az-own-land"),
    ("sevlich-mfa-troops", "sevlich-ru-denial"),
    ("sevlich-mfa-troops", "sevlich-ru-own-land"),
]

CORROBORATIONS = [
    ("sotk-am-attack", "sotk-pm-breakthrough"),
    ("sotk-ru-attack", "sotk-pm-breakthrough"),
    ("tavush-am-fire", "tavush-ombudsman-fire"),
    ("sevlich-am-advance", "sevlich-pm-incursion"),
    ("sevlich-am-advance", "sevlich-mfa-troops"),
    ("sevlich-pm-incursion", "sevlich-mfa-troops"),
]

DUPLICATES = [
    ("sotk-am-attack", "sotk-ru-attack"),
    ("sotk-am-enemy-losses", "sotk-ru-enemy-losses"),
    ("sotk-az-attack", "sotk-wire-az-attack"),
    ("tavush-az-fire", "tavush-ru-az-fire"),
    ("sevlich-az-denial", "sevlich-ru-denial"),
    ("sevlich-az-own-land", "sevlich-ru-own-land"),
]

HARD_NEGATIVES = [
    # Sotk (16 November) against Tavush (17 November) and the 18 November report.
    ("sotk-az-attack", "tavush-am-fire"),
    ("sotk-am-attack", "tavush-az-fire"),
    ("sotk-ru-attack", "tavush-ru-az-fire"),
    ("sotk-pm-denial", "tavush-az-denial"),
    ("sotk-am-attack", "nov18-az-fire"),
    ("tavush-am-fire", "nov18-az-fire"),
    ("tavush-az-fire", "nov18-am-no-fire"),
]
