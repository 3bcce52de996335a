"""A labelled development set for contradiction candidates in the four languages the conflict is
reported in: English (en), Russian (ru), Azerbaijani in Latin script (az) and Armenian (hy).

Written for Parallax in its own words. The incidents are modelled on real ones of 2021–2023; the
texts are short reports in the manner of the defence ministries, other official bodies, a Russian
news agency and an international wire, and are not the bodies' own statements. The agency and the
wire (Kavkaz-Press, Caucasus Desk Wire) are invented. Some figures follow what each side said at
the time, others are invented for the set; all of them are claims, not findings.

Each report lists its claims as (claim key, speaker key, exact phrase of the text, the date the
claim is about or None, relay speaker keys closest to the speaker first; the publisher is never
a relay). ``stated_on`` is None when the text gives no date for what it asserts; the report's
``published`` date is then all there is. A report about no listed incident has ``incident`` None.

Labels, each an unordered couple of claim keys, in at most one list:
- CONTRADICTIONS: claims about the same event that cannot both be true (who opened fire or
  advanced, casualties, denials): both of the same incident, or one or both outside any incident
  (undated general claims, reports of a day no incident covers). A relayed copy contradicts
  whatever its original contradicts.
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
        "Border incident at Lake Sev Lich (multilingual set)",
        date(2021, 5, 12),
    ),
    "sotk-2021": ("Exchange of fire near Sotk (multilingual set)", date(2021, 11, 16)),
    "tavush-2021": ("Firing on the Tavush–Tovuz border (multilingual set)", date(2021, 11, 17)),
    "kalbajar-2022": (
        "Clash in the Kalbajar direction near Verin Shorzha (multilingual set)",
        date(2022, 1, 11),
    ),
    "lachin-2022": ("Drone strikes near the Lachin road (multilingual set)", date(2022, 8, 3)),
    "jermuk-2022": ("Fighting near Jermuk (multilingual set)", date(2022, 9, 13)),
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
    # --- Kalbajar direction / Verin Shorzha, 11 January 2022 --------------------------------
    {
        "key": "jan8-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2022, 1, 8),
        "incident": None,
        "text": (
            "БАКУ, 8 января. По сообщению Минобороны Азербайджана, днём 8 января армянские "
            "подразделения открыли огонь по позициям азербайджанской армии в Кельбаджарском "
            "районе из автоматических гранатомётов. Ведомство заявило, что потерь среди личного "
            "состава нет, а огонь противника подавлен. Армянская сторона эту информацию пока не "
            "комментировала."
        ),
        "claims": [
            (
                "jan8-az-fire",
                "az-mod",
                "днём 8 января армянские подразделения открыли огонь по позициям азербайджанской "
                "армии в Кельбаджарском районе из автоматических гранатомётов",
                date(2022, 1, 8),
                [],
            ),
            (
                "jan8-az-no-losses",
                "az-mod",
                "потерь среди личного состава нет",
                date(2022, 1, 8),
                [],
            ),
        ],
    },
    {
        "key": "kalbajar-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2022, 1, 11),
        "incident": "kalbajar-2022",
        "text": (
            "Yanvarın 11-də Ermənistan silahlı qüvvələrinin bölmələri dövlət sərhədinin Kəlbəcər "
            "rayonu istiqamətində Azərbaycan Ordusunun mövqelərini atəşə tutub. Təxribat "
            "nəticəsində Azərbaycan Ordusunun bir əsgəri həlak olub. Rəqib bölmələrimizin cavab "
            "tədbirləri ilə susdurulub. Yaranmış gərginliyə görə bütün məsuliyyət Ermənistanın "
            "hərbi-siyasi rəhbərliyinin üzərinə düşür."
        ),
        "claims": [
            (
                "kalbajar-az-fire",
                "az-mod",
                "Ermənistan silahlı qüvvələrinin bölmələri dövlət sərhədinin Kəlbəcər rayonu "
                "istiqamətində Azərbaycan Ordusunun mövqelərini atəşə tutub",
                date(2022, 1, 11),
                [],
            ),
            (
                "kalbajar-az-killed",
                "az-mod",
                "Azərbaycan Ordusunun bir əsgəri həlak olub",
                date(2022, 1, 11),
                [],
            ),
        ],
    },
    {
        "key": "kalbajar-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2022, 1, 11),
        "incident": "kalbajar-2022",
        "text": (
            "Հունվարի 11-ի կեսօրից հետո Ադրբեջանի ԶՈՒ ստորաբաժանումները կրակ են բացել "
            "Գեղարքունիքի մարզի Վերին Շորժայի մոտակայքում գտնվող հայկական դիրքերի ուղղությամբ, "
            "իսկ երեկոյան կիրառել են նաև հրետանի և անօդաչու սարքեր։ Երեք հայ զինծառայող զոհվել է, "
            "երկուսը վիրավորվել են։ Հակառակորդի կրակը լռեցվել է հայկական կողմի պատասխան "
            "գործողություններով։"
        ),
        "claims": [
            (
                "kalbajar-am-fire",
                "am-mod",
                "Ադրբեջանի ԶՈՒ ստորաբաժանումները կրակ են բացել Գեղարքունիքի մարզի Վերին Շորժայի "
                "մոտակայքում գտնվող հայկական դիրքերի ուղղությամբ",
                date(2022, 1, 11),
                [],
            ),
            (
                "kalbajar-am-killed",
                "am-mod",
                "Երեք հայ զինծառայող զոհվել է, երկուսը վիրավորվել են",
                date(2022, 1, 11),
                [],
            ),
        ],
    },
    {
        "key": "kalbajar-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2022, 1, 12),
        "incident": "kalbajar-2022",
        "text": (
            "ЕРЕВАН, 12 января. Минобороны Армении сообщило, что в результате ответных действий "
            "армянских подразделений азербайджанская сторона потеряла трёх военнослужащих "
            "убитыми. По данным ведомства, со стороны Армении погибли трое военных, ещё двое "
            "ранены. Обстрел, как утверждают в Ереване, начали азербайджанские подразделения у "
            "села Верин Шоржа."
        ),
        "claims": [
            (
                "kalbajar-ru-enemy-killed",
                "am-mod",
                "в результате ответных действий армянских подразделений азербайджанская сторона "
                "потеряла трёх военнослужащих убитыми",
                date(2022, 1, 11),
                [],
            ),
            (
                "kalbajar-ru-am-killed",
                "am-mod",
                "со стороны Армении погибли трое военных, ещё двое ранены",
                date(2022, 1, 11),
                [],
            ),
        ],
    },
    {
        "key": "kalbajar-az-mod-en",
        "publisher": "az-mod",
        "language": "en",
        "published": date(2022, 1, 12),
        "incident": "kalbajar-2022",
        "text": (
            "The Armenian Ministry of Defence's claim that three Azerbaijani servicemen were "
            "killed on 11 January is false. Apart from the soldier whose death we announced "
            "yesterday, the Azerbaijani Army suffered no losses in the Kalbajar direction. Such "
            "statements are meant to hide the losses the Armenian side suffered as a result of "
            "its own provocation."
        ),
        "claims": [
            (
                "kalbajar-az-denial",
                "az-mod",
                "The Armenian Ministry of Defence's claim that three Azerbaijani servicemen were "
                "killed on 11 January is false",
                date(2022, 1, 11),
                [],
            ),
            (
                "kalbajar-az-no-losses",
                "az-mod",
                "Apart from the soldier whose death we announced yesterday, the Azerbaijani Army "
                "suffered no losses in the Kalbajar direction",
                date(2022, 1, 11),
                [],
            ),
        ],
    },
    {
        "key": "kalbajar-am-mfa-en",
        "publisher": "am-mfa",
        "language": "en",
        "published": date(2022, 1, 11),
        "incident": "kalbajar-2022",
        "text": (
            "The Ministry of Foreign Affairs of Armenia condemns the provocation of 11 January. "
            "Azerbaijani armed forces opened fire on Armenian positions in Gegharkunik and killed "
            "three of our servicemen. Baku's attempt to shift the blame onto Armenia is "
            "disinformation. We call on our partners to give a clear assessment of these "
            "encroachments on the territory of Armenia."
        ),
        "claims": [
            (
                "kalbajar-amfa-fire",
                "am-mfa",
                "Azerbaijani armed forces opened fire on Armenian positions in Gegharkunik and "
                "killed three of our servicemen",
                date(2022, 1, 11),
                [],
            ),
            (
                "kalbajar-amfa-denial",
                "am-mfa",
                "Baku's attempt to shift the blame onto Armenia is disinformation",
                date(2022, 1, 11),
                [],
            ),
        ],
    },
    {
        "key": "kalbajar-az-mfa-az",
        "publisher": "az-mfa",
        "language": "az",
        "published": date(2022, 1, 11),
        "incident": "kalbajar-2022",
        "text": (
            "Xarici İşlər Nazirliyi bəyan edir ki, yanvarın 11-də Kəlbəcər istiqamətində "
            "gərginliyi Ermənistan silahlı qüvvələri yaradıb və mövqelərimizi atəşə tutub. Bu "
            "təxribat nəticəsində hərbçimiz şəhid olub. İki ölkə arasında münasibətlərin "
            "normallaşması əvəzinə yeni təxribatlara görə məsuliyyət birbaşa Ermənistan "
            "rəhbərliyinin üzərinə düşür."
        ),
        "claims": [
            (
                "kalbajar-azmfa-fire",
                "az-mfa",
                "yanvarın 11-də Kəlbəcər istiqamətində gərginliyi Ermənistan silahlı qüvvələri "
                "yaradıb və mövqelərimizi atəşə tutub",
                date(2022, 1, 11),
                [],
            ),
            (
                "kalbajar-azmfa-killed",
                "az-mfa",
                "Bu təxribat nəticəsində hərbçimiz şəhid olub",
                date(2022, 1, 11),
                [],
            ),
        ],
    },
    # --- Drone strikes near the Lachin road, 3 August 2022 ----------------------------------
    {
        "key": "lachin-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2022, 8, 3),
        "incident": "lachin-2022",
        "text": (
            "Avqustun 3-də səhər saatlarında Rusiya sülhməramlılarının müvəqqəti yerləşdiyi "
            "ərazidə qanunsuz erməni silahlı dəstələri Laçın rayonu istiqamətində mövqelərimizi "
            "intensiv atəşə tutub, nəticədə bir əsgərimiz həlak olub. Buna cavab olaraq Ordumuz "
            "“Qisas” əməliyyatı keçirib: pilotsuz uçuş aparatları ilə qanunsuz dəstələrin bir neçə "
            "döyüş mövqeyi məhv edilib."
        ),
        "claims": [
            (
                "lachin-az-fire",
                "az-mod",
                "qanunsuz erməni silahlı dəstələri Laçın rayonu istiqamətində mövqelərimizi "
                "intensiv atəşə tutub, nəticədə bir əsgərimiz həlak olub",
                date(2022, 8, 3),
                [],
            ),
            (
                "lachin-az-strike",
                "az-mod",
                "pilotsuz uçuş aparatları ilə qanunsuz dəstələrin bir neçə döyüş mövqeyi məhv "
                "edilib",
                date(2022, 8, 3),
                [],
            ),
        ],
    },
    {
        "key": "lachin-nk-army-hy",
        "publisher": "nk-army",
        "language": "hy",
        "published": date(2022, 8, 3),
        "incident": "lachin-2022",
        "text": (
            "Օգոստոսի 3-ին Ադրբեջանի զինված ուժերը խախտել են հրադադարի ռեժիմը և անօդաչու "
            "թռչող սարքերով հարվածներ են հասցրել Լաչինի միջանցքին մոտ գտնվող մեր դիրքերին։ "
            "Երկու զինծառայող զոհվել է, տասնչորսը վիրավորվել են։ Ադրբեջանական կողմի այն "
            "պնդումը, թե մեր ստորաբաժանումները կրակ են բացել Լաչինի ուղղությամբ, սուտ է։"
        ),
        "claims": [
            (
                "lachin-nk-strike",
                "nk-army",
                "Ադրբեջանի զինված ուժերը խախտել են հրադադարի ռեժիմը և անօդաչու թռչող սարքերով "
                "հարվածներ են հասցրել Լաչինի միջանցքին մոտ գտնվող մեր դիրքերին",
                date(2022, 8, 3),
                [],
            ),
            (
                "lachin-nk-denial",
                "nk-army",
                "Ադրբեջանական կողմի այն պնդումը, թե մեր ստորաբաժանումները կրակ են բացել Լաչինի "
                "ուղղությամբ, սուտ է",
                date(2022, 8, 3),
                [],
            ),
        ],
    },
    {
        "key": "lachin-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2022, 8, 3),
        "incident": "lachin-2022",
        "text": (
            "Ադրբեջանի ՊՆ-ի այն հաղորդագրությունը, թե օգոստոսի 3-ի առավոտյան հայկական "
            "ստորաբաժանումները կրակ են բացել Լաչինի ուղղությամբ, իրականությանը չի "
            "համապատասխանում։ Հայաստանի զինված ուժերի ստորաբաժանումներ Լեռնային Ղարաբաղում "
            "չկան։ Պատասխանատվությունը լարվածության համար կրում է Ադրբեջանը։"
        ),
        "claims": [
            (
                "lachin-am-denial",
                "am-mod",
                "Ադրբեջանի ՊՆ-ի այն հաղորդագրությունը, թե օգոստոսի 3-ի առավոտյան հայկական "
                "ստորաբաժանումները կրակ են բացել Լաչինի ուղղությամբ, իրականությանը չի "
                "համապատասխանում",
                date(2022, 8, 3),
                [],
            ),
            (
                "lachin-am-not-present",
                "am-mod",
                "Հայաստանի զինված ուժերի ստորաբաժանումներ Լեռնային Ղարաբաղում չկան",
                None,
                [],
            ),
        ],
    },
    {
        "key": "lachin-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2022, 8, 3),
        "incident": "lachin-2022",
        "text": (
            "БАКУ, 3 августа. Минобороны Азербайджана сообщило о гибели военнослужащего в "
            "Лачинском районе: по версии ведомства, по его позициям утром открыли огонь "
            "армянские вооружённые формирования. В ответ, говорится в заявлении, азербайджанские "
            "беспилотники уничтожили несколько их боевых позиций. В Степанакерте обвинения "
            "отвергли."
        ),
        "claims": [
            (
                "lachin-ru-az-fire",
                "az-mod",
                "по его позициям утром открыли огонь армянские вооружённые формирования",
                date(2022, 8, 3),
                [],
            ),
            (
                "lachin-ru-az-strike",
                "az-mod",
                "азербайджанские беспилотники уничтожили несколько их боевых позиций",
                date(2022, 8, 3),
                [],
            ),
        ],
    },
    {
        "key": "lachin-wire-en",
        "publisher": "wire",
        "language": "en",
        "published": date(2022, 8, 4),
        "incident": "lachin-2022",
        "text": (
            "STEPANAKERT/BAKU, Aug 4 (Caucasus Desk Wire) - The Karabakh Armenian army said two "
            "of its soldiers were killed and 14 wounded in Azerbaijani drone strikes on "
            "Wednesday. Azerbaijan's defence ministry said Armenian armed groups had killed one "
            "of its soldiers before it struck back. Traffic on the Lachin road was halted for "
            "several hours."
        ),
        "claims": [
            (
                "lachin-wire-nk-killed",
                "nk-army",
                "two of its soldiers were killed and 14 wounded in Azerbaijani drone strikes on "
                "Wednesday",
                date(2022, 8, 3),
                [],
            ),
            (
                "lachin-wire-az-fire",
                "az-mod",
                "Armenian armed groups had killed one of its soldiers before it struck back",
                date(2022, 8, 3),
                [],
            ),
        ],
    },
    {
        "key": "aug2022-az-aide-en",
        "publisher": "az-aide",
        "language": "en",
        "published": date(2022, 8, 5),
        "incident": None,
        "text": (
            "Armenia has still not withdrawn its armed forces from the Karabakh region, as the "
            "trilateral statement of November 2020 requires. Weapons and mines keep reaching the "
            "region from Armenia along the Lachin road. Azerbaijan expects the peacekeepers to "
            "put an end to this, and it will answer every provocation."
        ),
        "claims": [
            (
                "aug-aide-not-withdrawn",
                "az-aide",
                "Armenia has still not withdrawn its armed forces from the Karabakh region",
                None,
                [],
            ),
            (
                "aug-aide-weapons",
                "az-aide",
                "Weapons and mines keep reaching the region from Armenia along the Lachin road",
                None,
                [],
            ),
        ],
    },
    # --- Jermuk and the eastern border, 13 September 2022 -----------------------------------
    {
        "key": "sep10-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2022, 9, 10),
        "incident": None,
        "text": (
            "Son günlər Ermənistan silahlı qüvvələrinin bölmələri dövlət sərhədi boyunca "
            "mövqelərimizi mütəmadi olaraq atəşə tutur. Bu təxribatların məqsədi sərhəddə "
            "gərginliyi artırmaqdır. Bölmələrimiz bütün hallarda adekvat cavab tədbirləri görür, "
            "əməliyyat şəraiti nəzarətimiz altındadır."
        ),
        "claims": [
            (
                "sep-az-regular-fire",
                "az-mod",
                "Son günlər Ermənistan silahlı qüvvələrinin bölmələri dövlət sərhədi boyunca "
                "mövqelərimizi mütəmadi olaraq atəşə tutur",
                None,
                [],
            ),
        ],
    },
    {
        "key": "sep11-am-mod-en",
        "publisher": "am-mod",
        "language": "en",
        "published": date(2022, 9, 11),
        "incident": None,
        "text": (
            "For several days the Ministry of Defence of Azerbaijan has been publishing reports "
            "that Armenian units shelled its positions. None of these reports is true: Armenian "
            "units have not fired in the directions named. Such disinformation has in the past "
            "prepared the ground for a provocation."
        ),
        "claims": [
            ("sep-am-untrue", "am-mod", "None of these reports is true", None, []),
            (
                "sep-am-no-fire",
                "am-mod",
                "Armenian units have not fired in the directions named",
                None,
                [],
            ),
        ],
    },
    {
        "key": "jermuk-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2022, 9, 13),
        "incident": "jermuk-2022",
        "text": (
            "Սեպտեմբերի 13-ին՝ կեսգիշերից անմիջապես հետո, Ադրբեջանի զինված ուժերը հրետանու, "
            "ականանետերի և հարվածային անօդաչուների կիրառմամբ ինտենսիվ կրակ են բացել Ջերմուկի, "
            "Գորիսի, Սոթքի և Կապանի ուղղություններում տեղակայված հայկական դիրքերի ուղղությամբ։ "
            "Ադրբեջանի ՊՆ-ի պնդումները, թե գնդակոծությունը սկսել է հայկական կողմը, բացարձակ "
            "սուտ են։ Կան զոհեր և վիրավորներ, տվյալները ճշտվում են։"
        ),
        "claims": [
            (
                "jermuk-am-fire",
                "am-mod",
                "Ադրբեջանի զինված ուժերը հրետանու, ականանետերի և հարվածային անօդաչուների "
                "կիրառմամբ ինտենսիվ կրակ են բացել Ջերմուկի, Գորիսի, Սոթքի և Կապանի "
                "ուղղություններում տեղակայված հայկական դիրքերի ուղղությամբ",
                date(2022, 9, 13),
                [],
            ),
            (
                "jermuk-am-denial",
                "am-mod",
                "Ադրբեջանի ՊՆ-ի պնդումները, թե գնդակոծությունը սկսել է հայկական կողմը, "
                "բացարձակ սուտ են",
                date(2022, 9, 13),
                [],
            ),
        ],
    },
    {
        "key": "jermuk-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2022, 9, 13),
        "incident": "jermuk-2022",
        "text": (
            "Sentyabrın 12-dən 13-nə keçən gecə Ermənistan silahlı qüvvələri Daşkəsən, Kəlbəcər "
            "və Laçın rayonları istiqamətində dövlət sərhədi boyu genişmiqyaslı təxribatlar "
            "törədib. Erməni diversiya qrupları bölmələrimizin mövqeləri arasındakı yolları "
            "minalayıb. Təxribatın qarşısını almaq üçün bölmələrimiz təcili cavab tədbirləri "
            "görür, dinc əhaliyə və mülki obyektlərə atəş açılmır."
        ),
        "claims": [
            (
                "jermuk-az-provocation",
                "az-mod",
                "Ermənistan silahlı qüvvələri Daşkəsən, Kəlbəcər və Laçın rayonları istiqamətində "
                "dövlət sərhədi boyu genişmiqyaslı təxribatlar törədib",
                date(2022, 9, 12),
                [],
            ),
            (
                "jermuk-az-no-civilians",
                "az-mod",
                "dinc əhaliyə və mülki obyektlərə atəş açılmır",
                date(2022, 9, 13),
                [],
            ),
        ],
    },
    {
        "key": "jermuk-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2022, 9, 13),
        "incident": "jermuk-2022",
        "text": (
            "ЕРЕВАН, 13 сентября. Премьер-министр Армении заявил в парламенте, что в результате "
            "азербайджанского нападения погибли 49 армянских военнослужащих. По его словам, "
            "удары наносились по Джермуку, Горису и Варденису. Глава правительства подчеркнул, "
            "что Армения боевых действий не начинала и что армянские подразделения лишь отвечали "
            "на огонь."
        ),
        "claims": [
            (
                "jermuk-ru-pm-killed",
                "am-pm",
                "в результате азербайджанского нападения погибли 49 армянских военнослужащих",
                date(2022, 9, 13),
                [],
            ),
            (
                "jermuk-ru-pm-not-started",
                "am-pm",
                "Армения боевых действий не начинала и что армянские подразделения лишь "
                "отвечали на огонь",
                date(2022, 9, 13),
                [],
            ),
        ],
    },
    {
        "key": "jermuk-az-mod-en",
        "publisher": "az-mod",
        "language": "en",
        "published": date(2022, 9, 13),
        "incident": "jermuk-2022",
        "text": (
            "As a result of the provocation committed by Armenia on the night of 12 to 13 "
            "September, 50 servicemen of the Azerbaijani Army were killed. The Armenian side's "
            "claims that our units shelled civilian settlements, including the resort town of "
            "Jermuk, are false: the Azerbaijani Army struck only military targets. Our units "
            "control the operational situation."
        ),
        "claims": [
            (
                "jermuk-az-killed",
                "az-mod",
                "50 servicemen of the Azerbaijani Army were killed",
                date(2022, 9, 12),
                [],
            ),
            (
                "jermuk-az-civilian-denial",
                "az-mod",
                "The Armenian side's claims that our units shelled civilian settlements, "
                "including the resort town of Jermuk, are false",
                date(2022, 9, 13),
                [],
            ),
        ],
    },
    {
        "key": "jermuk-ombudsman-en",
        "publisher": "am-ombudsman",
        "language": "en",
        "published": date(2022, 9, 14),
        "incident": "jermuk-2022",
        "text": (
            "The Human Rights Defender's office has documented damage to houses, a hotel and an "
            "ambulance in Jermuk and nearby communities after Azerbaijani shelling on 13 "
            "September. At least three civilians were wounded. Staff of the office visited the "
            "town and will send the evidence to international organisations."
        ),
        "claims": [
            (
                "jermuk-ombudsman-damage",
                "am-ombudsman",
                "damage to houses, a hotel and an ambulance in Jermuk and nearby communities after "
                "Azerbaijani shelling on 13 September",
                date(2022, 9, 13),
                [],
            ),
            (
                "jermuk-ombudsman-wounded",
                "am-ombudsman",
                "At least three civilians were wounded",
                date(2022, 9, 13),
                [],
            ),
        ],
    },
    {
        "key": "jermuk-wire-en",
        "publisher": "wire",
        "language": "en",
        "published": date(2022, 9, 14),
        "incident": "jermuk-2022",
        "text": (
            "YEREVAN/BAKU, Sept 14 (Caucasus Desk Wire) - Fighting resumed on the second day. "
            "Azerbaijan's defence ministry, quoted by Kavkaz-Press, said Armenian units had "
            "resumed shelling its positions in the Kalbajar and Lachin directions at dawn. "
            "Armenia's defence ministry said it was Azerbaijan that resumed the attack at dawn, "
            "with artillery and drones near Jermuk."
        ),
        "claims": [
            (
                "jermuk-wire-az-resumed",
                "az-mod",
                "Armenian units had resumed shelling its positions in the Kalbajar and Lachin "
                "directions at dawn",
                date(2022, 9, 14),
                ["ru-agency"],
            ),
            (
                "jermuk-wire-am-resumed",
                "am-mod",
                "it was Azerbaijan that resumed the attack at dawn, with artillery and drones near "
                "Jermuk",
                date(2022, 9, 14),
                [],
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
    # Kalbajar / Verin Shorzha: who fired.
    ("kalbajar-az-fire", "kalbajar-am-fire"),
    ("kalbajar-az-fire", "kalbajar-amfa-fire"),
    ("kalbajar-az-fire", "kalbajar-amfa-denial"),
    ("kalbajar-azmfa-fire", "kalbajar-am-fire"),
    ("kalbajar-azmfa-fire", "kalbajar-amfa-fire"),
    ("kalbajar-azmfa-fire", "kalbajar-amfa-denial"),
    # Kalbajar: Azerbaijan's dead, one against three.
    ("kalbajar-ru-enemy-killed", "kalbajar-az-killed"),
    ("kalbajar-ru-enemy-killed", "kalbajar-az-denial"),
    ("kalbajar-ru-enemy-killed", "kalbajar-az-no-losses"),
    ("kalbajar-ru-enemy-killed", "kalbajar-azmfa-killed"),
    # Lachin: who opened fire first.
    ("lachin-az-fire", "lachin-nk-strike"),
    ("lachin-az-fire", "lachin-nk-denial"),
    ("lachin-az-fire", "lachin-am-denial"),
    ("lachin-ru-az-fire", "lachin-nk-strike"),
    ("lachin-ru-az-fire", "lachin-nk-denial"),
    ("lachin-ru-az-fire", "lachin-am-denial"),
    ("lachin-wire-az-fire", "lachin-nk-strike"),
    ("lachin-wire-az-fire", "lachin-nk-denial"),
    ("lachin-wire-az-fire", "lachin-am-denial"),
    # Armenian forces in Karabakh: two undated claims, one of them outside any incident.
    ("lachin-am-not-present", "aug-aide-not-withdrawn"),
    # The days before Jermuk, no listed incident and no stated date.
    ("sep-az-regular-fire", "sep-am-untrue"),
    ("sep-az-regular-fire", "sep-am-no-fire"),
    # Jermuk: who started, whether civilians were hit, who resumed the fighting.
    ("jermuk-az-provocation", "jermuk-am-fire"),
    ("jermuk-az-provocation", "jermuk-am-denial"),
    ("jermuk-az-provocation", "jermuk-ru-pm-not-started"),
    ("jermuk-az-no-civilians", "jermuk-ombudsman-damage"),
    ("jermuk-az-civilian-denial", "jermuk-ombudsman-damage"),
    ("jermuk-wire-az-resumed", "jermuk-wire-am-resumed"),
]

CORROBORATIONS = [
    ("sotk-am-attack", "sotk-pm-breakthrough"),
    ("sotk-ru-attack", "sotk-pm-breakthrough"),
    ("tavush-am-fire", "tavush-ombudsman-fire"),
    ("sevlich-am-advance", "sevlich-pm-incursion"),
    ("sevlich-am-advance", "sevlich-mfa-troops"),
    ("sevlich-pm-incursion", "sevlich-mfa-troops"),
    ("kalbajar-am-fire", "kalbajar-amfa-fire"),
    ("kalbajar-am-killed", "kalbajar-amfa-fire"),
    ("kalbajar-ru-am-killed", "kalbajar-amfa-fire"),
    ("kalbajar-az-fire", "kalbajar-azmfa-fire"),
    ("kalbajar-az-killed", "kalbajar-azmfa-killed"),
    ("lachin-nk-denial", "lachin-am-denial"),
    ("jermuk-am-denial", "jermuk-ru-pm-not-started"),
]

DUPLICATES = [
    ("sotk-am-attack", "sotk-ru-attack"),
    ("sotk-am-enemy-losses", "sotk-ru-enemy-losses"),
    ("sotk-az-attack", "sotk-wire-az-attack"),
    ("tavush-az-fire", "tavush-ru-az-fire"),
    ("sevlich-az-denial", "sevlich-ru-denial"),
    ("sevlich-az-own-land", "sevlich-ru-own-land"),
    ("kalbajar-am-killed", "kalbajar-ru-am-killed"),
    ("lachin-az-fire", "lachin-ru-az-fire"),
    ("lachin-az-fire", "lachin-wire-az-fire"),
    ("lachin-ru-az-fire", "lachin-wire-az-fire"),
    ("lachin-az-strike", "lachin-ru-az-strike"),
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
    # 8 January (no listed incident) against Verin Shorzha (11 January), the same sector.
    ("jan8-az-fire", "kalbajar-am-fire"),
    ("jan8-az-fire", "kalbajar-amfa-denial"),
    ("jan8-az-no-losses", "kalbajar-ru-enemy-killed"),
    ("jan8-az-no-losses", "kalbajar-am-killed"),
    # The days before Jermuk against Jermuk itself.
    ("sep-az-regular-fire", "jermuk-am-fire"),
    ("sep-am-no-fire", "jermuk-az-provocation"),
    ("sep-am-untrue", "jermuk-az-provocation"),
]
