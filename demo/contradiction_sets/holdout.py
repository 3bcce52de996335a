"""A held-out set for contradiction candidates, in the form of ``multilingual``: incidents of
2022–2023 that the development set does not cover, each told by the opposing parties and relayed
by agencies in English (en), Russian (ru), Azerbaijani (az) and Armenian (hy).

Written for Parallax in its own words, after the way the defence ministries, the Karabakh
Armenian authorities, the Russian defence ministry and the agencies that relay them report a
clash: the hour and the sector, who fired first and with what, the losses of one's own side and
of the enemy, and the other side's account called false. The agency and the wire (Zarya Press,
Border Desk Wire) are invented; figures follow what each side said at the time or are invented
for the set, and all of them are claims, not findings.

The rules of candidates are not tuned on this set: it measures them on reporting they were not
written against (``python -m demo.contradiction_evaluation --set holdout``).

Labels as in ``multilingual``: CONTRADICTIONS, CORROBORATIONS, DUPLICATES, HARD_NEGATIVES.
"""

from datetime import date

from sources.models import Source

SPEAKERS = {  # key -> (name, kind, country)
    "az-mod": ("Ministry of Defence of Azerbaijan (held-out set)", Source.Kind.MINISTRY, "AZ"),
    "am-mod": ("Ministry of Defence of Armenia (held-out set)", Source.Kind.MINISTRY, "AM"),
    "am-mfa": (
        "Ministry of Foreign Affairs of Armenia (held-out set)",
        Source.Kind.MINISTRY,
        "AM",
    ),
    "nk-army": ("Karabakh Armenian Defence Army (held-out set)", Source.Kind.MILITARY, ""),
    "nk-police": (
        "Karabakh Armenian Interior Ministry (held-out set)",
        Source.Kind.GOVERNMENT_BODY,
        "",
    ),
    "ru-mod": ("Ministry of Defence of Russia (held-out set)", Source.Kind.MINISTRY, "RU"),
    "ru-agency": ("Zarya Press news agency (held-out set)", Source.Kind.NEWS_AGENCY, "RU"),
    "wire": ("Border Desk Wire (held-out set)", Source.Kind.NEWS_AGENCY, ""),
}

INCIDENTS = {  # key -> (title, first day)
    "parukh-2022": ("Azerbaijani troops at Parukh (held-out set)", date(2022, 3, 24)),
    "tegh-2023": ("Exchange of fire near Tegh (held-out set)", date(2023, 4, 11)),
    "offensive-2023": ("Fighting in Karabakh, September 2023 (held-out set)", date(2023, 9, 19)),
}

REPORTS = [
    # --- Parukh / Farrukh, 24–26 March 2022 ---------------------------------------------------
    {
        "key": "parukh-ru-mod-ru",
        "publisher": "ru-mod",
        "language": "ru",
        "published": date(2022, 3, 26),
        "incident": "parukh-2022",
        "text": (
            "В период с 24 по 25 марта вооруженные силы Азербайджана в нарушение трехстороннего "
            "заявления вошли в зону ответственности российского миротворческого контингента и "
            "выставили наблюдательный пост. В районе населенного пункта Фаррух беспилотным "
            "аппаратом «Байрактар» нанесено четыре удара по подразделениям карабахских "
            "формирований. Командование контингента ведет переговоры об отводе войск."
        ),
        "claims": [
            (
                "parukh-rumod-entered",
                "ru-mod",
                "вооруженные силы Азербайджана в нарушение трехстороннего заявления вошли в зону "
                "ответственности российского миротворческого контингента",
                date(2022, 3, 24),
                [],
            ),
            (
                "parukh-rumod-drone",
                "ru-mod",
                "В районе населенного пункта Фаррух беспилотным аппаратом «Байрактар» нанесено "
                "четыре удара по подразделениям карабахских формирований",
                date(2022, 3, 25),
                [],
            ),
        ],
    },
    {
        "key": "parukh-nk-army-hy",
        "publisher": "nk-army",
        "language": "hy",
        "published": date(2022, 3, 25),
        "incident": "parukh-2022",
        "text": (
            "Մարտի 24-ին Ադրբեջանի զինված ուժերի ստորաբաժանումները հատել են շփման գիծը "
            "Փառուխ գյուղի հատվածում և դիրքեր զբաղեցրել մոտակա բարձունքում։ Հակառակորդը "
            "անօդաչու թռչող սարքով հարվածներ է հասցրել մեր ստորաբաժանումներին. երեք "
            "զինծառայող զոհվել է, տասնհինգը վիրավորվել են։"
        ),
        "claims": [
            (
                "parukh-nk-crossed",
                "nk-army",
                "Ադրբեջանի զինված ուժերի ստորաբաժանումները հատել են շփման գիծը Փառուխ գյուղի "
                "հատվածում",
                date(2022, 3, 24),
                [],
            ),
            (
                "parukh-nk-drone",
                "nk-army",
                "Հակառակորդը անօդաչու թռչող սարքով հարվածներ է հասցրել մեր ստորաբաժանումներին",
                date(2022, 3, 24),
                [],
            ),
        ],
    },
    {
        "key": "parukh-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2022, 3, 27),
        "incident": "parukh-2022",
        "text": (
            "Rusiya Müdafiə Nazirliyinin bəyanatında deyilənlər reallığı əks etdirmir. "
            "Azərbaycan Ordusunun Fərrux kəndində və ətrafdakı yüksəkliklərdə mövqelərində heç "
            "bir dəyişiklik olmayıb. Atəşkəsin Azərbaycan tərəfindən pozulması barədə məlumat "
            "həqiqətə uyğun deyil."
        ),
        "claims": [
            (
                "parukh-az-no-change",
                "az-mod",
                "Azərbaycan Ordusunun Fərrux kəndində və ətrafdakı yüksəkliklərdə mövqelərində "
                "heç bir dəyişiklik olmayıb",
                None,
                [],
            ),
            (
                "parukh-az-denial",
                "az-mod",
                "Atəşkəsin Azərbaycan tərəfindən pozulması barədə məlumat həqiqətə uyğun deyil",
                None,
                [],
            ),
        ],
    },
    {
        "key": "parukh-wire-en",
        "publisher": "wire",
        "language": "en",
        "published": date(2022, 3, 26),
        "incident": "parukh-2022",
        "text": (
            "Russia's defence ministry said Azerbaijani troops had moved into the zone watched "
            "by Russian peacekeepers near the village of Farrukh and set up an observation post. "
            "Baku has not commented."
        ),
        "claims": [
            (
                "parukh-wire-rumod-entered",
                "ru-mod",
                "Azerbaijani troops had moved into the zone watched by Russian peacekeepers near "
                "the village of Farrukh",
                date(2022, 3, 24),
                [],
            ),
        ],
    },
    # --- Khankendi / Stepanakert road, 5 March 2023 (no listed incident) -----------------------
    {
        "key": "khankendi-nk-police-hy",
        "publisher": "nk-police",
        "language": "hy",
        "published": date(2023, 3, 5),
        "incident": None,
        "text": (
            "Մարտի 5-ին՝ առավոտյան, Ստեփանակերտի մերձակայքում Ադրբեջանի զինված ուժերի "
            "դիվերսիոն խումբը կրակ է բացել ոստիկանության ծառայողական ավտոմեքենայի ուղղությամբ։ "
            "Երեք ոստիկան զոհվել է, մեկը վիրավորվել է։"
        ),
        "claims": [
            (
                "khankendi-nk-fire",
                "nk-police",
                "Ադրբեջանի զինված ուժերի դիվերսիոն խումբը կրակ է բացել ոստիկանության ծառայողական "
                "ավտոմեքենայի ուղղությամբ",
                date(2023, 3, 5),
                [],
            ),
            (
                "khankendi-nk-killed",
                "nk-police",
                "Երեք ոստիկան զոհվել է, մեկը վիրավորվել է",
                date(2023, 3, 5),
                [],
            ),
        ],
    },
    {
        "key": "khankendi-az-mod-ru",
        "publisher": "az-mod",
        "language": "ru",
        "published": date(2023, 3, 5),
        "incident": None,
        "text": (
            "По оперативной информации, из Армении перевозились боеприпасы и личный состав. "
            "Подразделения азербайджанской армии попытались остановить и досмотреть автомобиль "
            "на грунтовой дороге у Ханкенди. Находившиеся в машине члены армянского "
            "вооруженного формирования открыли огонь по нашим военнослужащим. Двое наших "
            "военнослужащих погибли, один ранен."
        ),
        "claims": [
            (
                "khankendi-az-fire",
                "az-mod",
                "Находившиеся в машине члены армянского вооруженного формирования открыли огонь "
                "по нашим военнослужащим",
                date(2023, 3, 5),
                [],
            ),
            (
                "khankendi-az-killed",
                "az-mod",
                "Двое наших военнослужащих погибли, один ранен",
                date(2023, 3, 5),
                [],
            ),
        ],
    },
    {
        "key": "khankendi-wire-en",
        "publisher": "wire",
        "language": "en",
        "published": date(2023, 3, 5),
        "incident": None,
        "text": (
            "The Karabakh Armenian police said an Azerbaijani sabotage group had opened fire on "
            "one of its patrol cars near Stepanakert on Sunday morning, killing three officers. "
            "Azerbaijan's defence ministry gave a different account."
        ),
        "claims": [
            (
                "khankendi-wire-nk-fire",
                "nk-police",
                "an Azerbaijani sabotage group had opened fire on one of its patrol cars near "
                "Stepanakert on Sunday morning",
                None,
                [],
            ),
        ],
    },
    {
        "key": "khankendi-am-mfa-en",
        "publisher": "am-mfa",
        "language": "en",
        "published": date(2023, 3, 6),
        "incident": None,
        "text": (
            "The Ministry of Foreign Affairs of Armenia rejects the claims spread by Baku that "
            "the police car carried weapons and that the officers in it opened fire: they are "
            "untrue and serve to cover up a planned attack."
        ),
        "claims": [
            (
                "khankendi-mfa-denial",
                "am-mfa",
                "the claims spread by Baku that the police car carried weapons and that the "
                "officers in it opened fire: they are untrue",
                None,
                [],
            ),
        ],
    },
    # --- Yeraskh / Sadarak, 8 April 2023 (no listed incident) ----------------------------------
    {
        "key": "yeraskh-az-mod-en",
        "publisher": "az-mod",
        "language": "en",
        "published": date(2023, 4, 9),
        "incident": None,
        "text": (
            "On 8 April, from 22:00 to 22:25, units of the Armenian armed forces fired small "
            "arms at positions of the Azerbaijan Army in the Sadarak district of Nakhchivan from "
            "positions near Yeraskh. Adequate measures were taken in response."
        ),
        "claims": [
            (
                "yeraskh-az-fire",
                "az-mod",
                "units of the Armenian armed forces fired small arms at positions of the "
                "Azerbaijan Army in the Sadarak district of Nakhchivan",
                date(2023, 4, 8),
                [],
            ),
        ],
    },
    {
        "key": "yeraskh-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2023, 4, 9),
        "incident": None,
        "text": (
            "Ադրբեջանի պաշտպանության նախարարության հաղորդագրությունը, թե իբր ապրիլի 8-ին "
            "հայկական ստորաբաժանումները կրակ են բացել Նախիջևանի ուղղությամբ, չի համապատասխանում "
            "իրականությանը։"
        ),
        "claims": [
            (
                "yeraskh-am-denial",
                "am-mod",
                "հայկական ստորաբաժանումները կրակ են բացել Նախիջևանի ուղղությամբ, չի "
                "համապատասխանում իրականությանը",
                date(2023, 4, 8),
                [],
            ),
        ],
    },
    # --- Tegh, 11 April 2023 ------------------------------------------------------------------
    {
        "key": "tegh-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2023, 4, 11),
        "incident": "tegh-2023",
        "text": (
            "Ապրիլի 11-ին՝ ժամը 16:00-ի սահմաններում, Ադրբեջանի ԶՈւ ստորաբաժանումները կրակ են "
            "բացել Տեղ համայնքի հատվածում ինժեներական աշխատանքներ կատարող ՀՀ ԶՈւ "
            "զինծառայողների ուղղությամբ։ Հայկական կողմը դիմել է պատասխան գործողությունների։ "
            "Հայկական կողմն ունի չորս զոհ և վեց վիրավոր։"
        ),
        "claims": [
            (
                "tegh-am-fire",
                "am-mod",
                "Ադրբեջանի ԶՈւ ստորաբաժանումները կրակ են բացել Տեղ համայնքի հատվածում "
                "ինժեներական աշխատանքներ կատարող ՀՀ ԶՈւ զինծառայողների ուղղությամբ",
                date(2023, 4, 11),
                [],
            ),
            (
                "tegh-am-losses",
                "am-mod",
                "Հայկական կողմն ունի չորս զոհ և վեց վիրավոր",
                date(2023, 4, 11),
                [],
            ),
        ],
    },
    {
        "key": "tegh-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2023, 4, 11),
        "incident": "tegh-2023",
        "text": (
            "Aprelin 11-də saat 16:00 radələrində Ermənistan silahlı qüvvələrinin bölmələri "
            "Tex kəndi istiqamətindəki mövqelərdən Laçın rayonu ərazisində yerləşən Azərbaycan "
            "Ordusunun mövqelərini müxtəlif çaplı silahlardan atəşə tutub. Bölmələrimiz cavab "
            "tədbirləri görüb. Üç hərbi qulluqçumuz şəhid olub."
        ),
        "claims": [
            (
                "tegh-az-fire",
                "az-mod",
                "Ermənistan silahlı qüvvələrinin bölmələri Tex kəndi istiqamətindəki mövqelərdən "
                "Laçın rayonu ərazisində yerləşən Azərbaycan Ordusunun mövqelərini müxtəlif çaplı "
                "silahlardan atəşə tutub",
                date(2023, 4, 11),
                [],
            ),
            (
                "tegh-az-killed",
                "az-mod",
                "Üç hərbi qulluqçumuz şəhid olub",
                date(2023, 4, 11),
                [],
            ),
        ],
    },
    {
        "key": "tegh-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2023, 4, 11),
        "incident": "tegh-2023",
        "text": (
            "ЕРЕВАН, 11 апреля. Минобороны Армении сообщило, что около 16:00 подразделения ВС "
            "Азербайджана открыли огонь по армянским военнослужащим, которые вели инженерные "
            "работы у села Тех в Сюникской области. По данным ведомства, четверо "
            "военнослужащих погибли, шестеро ранены."
        ),
        "claims": [
            (
                "tegh-ru-am-fire",
                "am-mod",
                "подразделения ВС Азербайджана открыли огонь по армянским военнослужащим, которые "
                "вели инженерные работы у села Тех в Сюникской области",
                date(2023, 4, 11),
                [],
            ),
            (
                "tegh-ru-am-losses",
                "am-mod",
                "четверо военнослужащих погибли, шестеро ранены",
                date(2023, 4, 11),
                [],
            ),
        ],
    },
    {
        "key": "tegh-wire-en",
        "publisher": "wire",
        "language": "en",
        "published": date(2023, 4, 11),
        "incident": "tegh-2023",
        "text": (
            "Azerbaijan's defence ministry said Armenian forces near Tegh had fired on its "
            "positions in the Lachin district with weapons of various calibres, including "
            "mortars, and that three Azerbaijani servicemen were killed."
        ),
        "claims": [
            (
                "tegh-wire-az-fire",
                "az-mod",
                "Armenian forces near Tegh had fired on its positions in the Lachin district with "
                "weapons of various calibres",
                date(2023, 4, 11),
                [],
            ),
        ],
    },
    # --- Kalbajar / Sotk, 29 August and 1 September 2023 (no listed incident) -----------------
    {
        "key": "aug29-az-mod-en",
        "publisher": "az-mod",
        "language": "en",
        "published": date(2023, 8, 29),
        "incident": None,
        "text": (
            "On 29 August, units of the Armenian armed forces fired with sniper rifles on "
            "positions of the Azerbaijan Army in the Kalbajar district. There are no losses "
            "among our personnel."
        ),
        "claims": [
            (
                "aug29-az-fire",
                "az-mod",
                "units of the Armenian armed forces fired with sniper rifles on positions of the "
                "Azerbaijan Army in the Kalbajar district",
                date(2023, 8, 29),
                [],
            ),
        ],
    },
    {
        "key": "sotk23-am-mod-en",
        "publisher": "am-mod",
        "language": "en",
        "published": date(2023, 9, 1),
        "incident": None,
        "text": (
            "On 1 September, at about 19:15, Azerbaijani armed forces opened fire with mortars "
            "and large-calibre weapons at Armenian combat positions near Sotk. Two Armenian "
            "servicemen were killed and one was wounded."
        ),
        "claims": [
            (
                "sotk23-am-fire",
                "am-mod",
                "Azerbaijani armed forces opened fire with mortars and large-calibre weapons at "
                "Armenian combat positions near Sotk",
                date(2023, 9, 1),
                [],
            ),
            (
                "sotk23-am-killed",
                "am-mod",
                "Two Armenian servicemen were killed and one was wounded",
                date(2023, 9, 1),
                [],
            ),
        ],
    },
    {
        "key": "sotk23-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2023, 9, 1),
        "incident": None,
        "text": (
            "Ermənistan Müdafiə Nazirliyinin Azərbaycan Ordusunun bölmələrinin Sotk "
            "istiqamətində erməni mövqelərini atəşə tutması barədə yaydığı məlumat "
            "dezinformasiyadır. Əksinə, Ermənistan silahlı qüvvələrinin bölmələri Basarkeçər "
            "istiqamətindən Kəlbəcər rayonundakı mövqelərimizi atəşə tutub."
        ),
        "claims": [
            (
                "sotk23-az-denial",
                "az-mod",
                "Azərbaycan Ordusunun bölmələrinin Sotk istiqamətində erməni mövqelərini atəşə "
                "tutması barədə yaydığı məlumat dezinformasiyadır",
                date(2023, 9, 1),
                [],
            ),
            (
                "sotk23-az-fire",
                "az-mod",
                "Ermənistan silahlı qüvvələrinin bölmələri Basarkeçər istiqamətindən Kəlbəcər "
                "rayonundakı mövqelərimizi atəşə tutub",
                date(2023, 9, 1),
                [],
            ),
        ],
    },
    {
        "key": "sotk23-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2023, 9, 2),
        "incident": None,
        "text": (
            "БАКУ, 2 сентября. Минобороны Азербайджана назвало дезинформацией сообщение "
            "Еревана об обстреле армянских позиций у Сотка. По словам ведомства, огонь по "
            "азербайджанским позициям в Кельбаджарском районе открыли подразделения армянской "
            "армии."
        ),
        "claims": [
            (
                "sotk23-ru-az-denial",
                "az-mod",
                "назвало дезинформацией сообщение Еревана об обстреле армянских позиций у Сотка",
                None,
                [],
            ),
            (
                "sotk23-ru-az-fire",
                "az-mod",
                "огонь по азербайджанским позициям в Кельбаджарском районе открыли подразделения "
                "армянской армии",
                None,
                [],
            ),
        ],
    },
    # --- Karabakh, 19 September 2023 ----------------------------------------------------------
    {
        "key": "offensive-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2023, 9, 19),
        "incident": "offensive-2023",
        "text": (
            "Qeyri-qanuni erməni silahlı birləşmələri Ordumuzun mövqelərini artilleriyadan "
            "atəşə tutub. Qarabağ iqtisadi rayonunda lokal xarakterli antiterror tədbirlərinə "
            "başlanılıb. Mülki əhali və mülki infrastruktur hədəf deyil, zərbələr yalnız "
            "hərbi obyektlərə endirilir."
        ),
        "claims": [
            (
                "offensive-az-fire",
                "az-mod",
                "Qeyri-qanuni erməni silahlı birləşmələri Ordumuzun mövqelərini artilleriyadan "
                "atəşə tutub",
                date(2023, 9, 19),
                [],
            ),
            (
                "offensive-az-no-civilians",
                "az-mod",
                "Mülki əhali və mülki infrastruktur hədəf deyil",
                date(2023, 9, 19),
                [],
            ),
        ],
    },
    {
        "key": "offensive-nk-army-ru",
        "publisher": "nk-army",
        "language": "ru",
        "published": date(2023, 9, 19),
        "incident": "offensive-2023",
        "text": (
            "19 сентября около 13:00 вооруженные силы Азербайджана начали наступление по всей "
            "линии соприкосновения. Обстрелу подвергаются Степанакерт и другие населенные "
            "пункты, есть погибшие и раненые среди мирных жителей."
        ),
        "claims": [
            (
                "offensive-nk-attack",
                "nk-army",
                "вооруженные силы Азербайджана начали наступление по всей линии соприкосновения",
                date(2023, 9, 19),
                [],
            ),
            (
                "offensive-nk-civilians",
                "nk-army",
                "Обстрелу подвергаются Степанакерт и другие населенные пункты, есть погибшие и "
                "раненые среди мирных жителей",
                date(2023, 9, 19),
                [],
            ),
        ],
    },
    {
        "key": "offensive-am-mod-en",
        "publisher": "am-mod",
        "language": "en",
        "published": date(2023, 9, 19),
        "incident": "offensive-2023",
        "text": (
            "Reports spread by Azerbaijan that units of the Armenian armed forces shelled "
            "Azerbaijani positions are false. There are no units of the Armenian armed forces "
            "in Nagorno-Karabakh."
        ),
        "claims": [
            (
                "offensive-am-denial",
                "am-mod",
                "Reports spread by Azerbaijan that units of the Armenian armed forces shelled "
                "Azerbaijani positions are false",
                date(2023, 9, 19),
                [],
            ),
        ],
    },
    {
        "key": "offensive-wire-en",
        "publisher": "wire",
        "language": "en",
        "published": date(2023, 9, 19),
        "incident": "offensive-2023",
        "text": (
            "Azerbaijan's defence ministry said it had begun what it called local anti-terror "
            "measures in Karabakh and that civilians and civilian infrastructure were not "
            "targets."
        ),
        "claims": [
            (
                "offensive-wire-az-no-civilians",
                "az-mod",
                "civilians and civilian infrastructure were not targets",
                date(2023, 9, 19),
                [],
            ),
        ],
    },
]

CONTRADICTIONS = [
    # Parukh: whether Azerbaijani troops moved and broke the ceasefire.
    ("parukh-az-denial", "parukh-rumod-entered"),
    ("parukh-az-denial", "parukh-rumod-drone"),
    ("parukh-az-denial", "parukh-nk-crossed"),
    ("parukh-az-denial", "parukh-nk-drone"),
    ("parukh-az-denial", "parukh-wire-rumod-entered"),
    ("parukh-az-no-change", "parukh-rumod-entered"),
    ("parukh-az-no-change", "parukh-nk-crossed"),
    ("parukh-az-no-change", "parukh-wire-rumod-entered"),
    # Khankendi road: who opened fire.
    ("khankendi-nk-fire", "khankendi-az-fire"),
    ("khankendi-wire-nk-fire", "khankendi-az-fire"),
    ("khankendi-mfa-denial", "khankendi-az-fire"),
    # Yeraskh: whether Armenian units fired towards Nakhchivan.
    ("yeraskh-az-fire", "yeraskh-am-denial"),
    # Tegh: who opened fire.
    ("tegh-am-fire", "tegh-az-fire"),
    ("tegh-am-fire", "tegh-wire-az-fire"),
    ("tegh-ru-am-fire", "tegh-az-fire"),
    ("tegh-ru-am-fire", "tegh-wire-az-fire"),
    # Sotk, 1 September 2023: who fired.
    ("sotk23-am-fire", "sotk23-az-denial"),
    ("sotk23-am-fire", "sotk23-az-fire"),
    ("sotk23-am-fire", "sotk23-ru-az-denial"),
    ("sotk23-am-fire", "sotk23-ru-az-fire"),
    # 19 September 2023: who fired first, whether civilians were hit.
    ("offensive-az-fire", "offensive-am-denial"),
    ("offensive-az-fire", "offensive-nk-attack"),
    ("offensive-az-no-civilians", "offensive-nk-civilians"),
    ("offensive-wire-az-no-civilians", "offensive-nk-civilians"),
]

CORROBORATIONS = [
    ("parukh-rumod-entered", "parukh-nk-crossed"),
    ("parukh-rumod-drone", "parukh-nk-drone"),
    ("khankendi-nk-fire", "khankendi-mfa-denial"),
    ("offensive-am-denial", "offensive-nk-attack"),
]

DUPLICATES = [
    ("parukh-rumod-entered", "parukh-wire-rumod-entered"),
    ("khankendi-nk-fire", "khankendi-wire-nk-fire"),
    ("tegh-am-fire", "tegh-ru-am-fire"),
    ("tegh-am-losses", "tegh-ru-am-losses"),
    ("tegh-az-fire", "tegh-wire-az-fire"),
    ("sotk23-az-denial", "sotk23-ru-az-denial"),
    ("sotk23-az-fire", "sotk23-ru-az-fire"),
    ("offensive-az-no-civilians", "offensive-wire-az-no-civilians"),
]

HARD_NEGATIVES = [
    # Yeraskh (8 April) against Tegh (11 April).
    ("yeraskh-az-fire", "tegh-am-fire"),
    ("yeraskh-az-fire", "tegh-ru-am-fire"),
    ("yeraskh-am-denial", "tegh-az-fire"),
    ("yeraskh-am-denial", "tegh-wire-az-fire"),
    # Kalbajar (29 August) against Sotk (1 September), the same stretch of the border.
    ("aug29-az-fire", "sotk23-am-fire"),
]
