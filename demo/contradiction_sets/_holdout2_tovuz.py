"""Reports of the second held-out set (``holdout2``): the Tovuz–Tavush border, 12–16 July 2020."""

from datetime import date

REPORTS = [
    # --- Tovuz / Tavush border, 12 July 2020 ---
    {
        "key": "tovuz12-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2020, 7, 12),
        "incident": "tovuz-2020",
        "text": (
            "İyulun 12-si günorta saatlarından etibarən Ermənistan silahlı qüvvələrinin bölmələri "
            "Azərbaycan-Ermənistan dövlət sərhədinin Tovuz rayonu istiqamətində atəşkəsi kobud "
            "şəkildə pozaraq mövqelərimizi artilleriya qurğularından atəşə tutub. Bölmələrimizin "
            "cavab tədbirləri nəticəsində düşmən itki verərək geri çəkilməyə məcbur edilib. Döyüş "
            "zamanı iki hərbi qulluqçumuz şəhid olub."
        ),
        "claims": [
            (
                "t12-az-fire",
                "az-mod",
                "Ermənistan silahlı qüvvələrinin bölmələri Azərbaycan-Ermənistan dövlət "
                "sərhədinin Tovuz rayonu istiqamətində atəşkəsi kobud şəkildə pozaraq "
                "mövqelərimizi artilleriya qurğularından atəşə tutub",
                date(2020, 7, 12),
                [],
            ),
            (
                "t12-az-retreat",
                "az-mod",
                "düşmən itki verərək geri çəkilməyə məcbur edilib",
                date(2020, 7, 12),
                [],
            ),
            (
                "t12-az-killed",
                "az-mod",
                "Döyüş zamanı iki hərbi qulluqçumuz şəhid olub",
                date(2020, 7, 12),
                [],
            ),
        ],
    },
    {
        "key": "tovuz12-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2020, 7, 12),
        "incident": "tovuz-2020",
        "text": (
            "Հուլիսի 12-ին՝ ժամը 12:30-ի սահմաններում, Ադրբեջանի զինված ուժերը «ՈւԱԶ» մակնիշի "
            "ավտոմեքենայով փորձել են խախտել Հայաստանի պետական սահմանը Տավուշի ուղղությամբ։ "
            "Զգուշացումից հետո հակառակորդի զինծառայողները լքել են մեքենան և վերադարձել իրենց "
            "դիրքեր։ Ժամը 13:45-ին Ադրբեջանի ստորաբաժանումները հրետանային կրակի աջակցությամբ "
            "փորձել են գրավել մեր հենակետը, սակայն հետ են շպրտվել՝ կորուստներ կրելով։ Հայկական "
            "կողմը կորուստներ չունի։"
        ),
        "claims": [
            (
                "t12-am-uaz",
                "am-mod",
                "Ադրբեջանի զինված ուժերը «ՈւԱԶ» մակնիշի ավտոմեքենայով փորձել են խախտել Հայաստանի "
                "պետական սահմանը Տավուշի ուղղությամբ",
                date(2020, 7, 12),
                [],
            ),
            (
                "t12-am-assault",
                "am-mod",
                "Ադրբեջանի ստորաբաժանումները հրետանային կրակի աջակցությամբ փորձել են գրավել մեր "
                "հենակետը",
                date(2020, 7, 12),
                [],
            ),
            (
                "t12-am-no-losses",
                "am-mod",
                "Հայկական կողմը կորուստներ չունի",
                date(2020, 7, 12),
                [],
            ),
        ],
    },
    {
        "key": "tovuz12-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2020, 7, 12),
        "incident": None,
        "text": (
            "ЕРЕВАН, 12 июля. Минобороны Армении сообщило, что около 13:45 подразделения ВС "
            "Азербайджана при поддержке артиллерии пытались захватить армянский опорный пункт на "
            "тавушском направлении, но были отброшены. Потерь с армянской стороны нет, заявила "
            "пресс-секретарь ведомства."
        ),
        "claims": [
            (
                "t12-ru-am-assault",
                "am-mod",
                "подразделения ВС Азербайджана при поддержке артиллерии пытались захватить "
                "армянский опорный пункт на тавушском направлении",
                date(2020, 7, 12),
                [],
            ),
            (
                "t12-ru-am-no-losses",
                "am-mod",
                "Потерь с армянской стороны нет",
                date(2020, 7, 12),
                [],
            ),
        ],
    },
    {
        "key": "tovuz12-wire-en",
        "publisher": "wire",
        "language": "en",
        "published": date(2020, 7, 13),
        "incident": None,
        "text": (
            "Azerbaijan's defence ministry said Armenian artillery had opened fire on its "
            "positions in the Tovuz district and that two of its soldiers died, the Baku agency "
            "Xazar Xabar reported. Yerevan says it was Azerbaijani troops who tried to take one "
            "of its border posts."
        ),
        "claims": [
            (
                "t12-wire-az-fire",
                "az-mod",
                "Armenian artillery had opened fire on its positions in the Tovuz district",
                None,
                ["az-agency"],
            ),
            (
                "t12-wire-am-assault",
                "am-mod",
                "it was Azerbaijani troops who tried to take one of its border posts",
                None,
                [],
            ),
        ],
    },
    # --- Tovuz / Tavush border, 14 July 2020 (no listed incident) ---
    {
        "key": "tovuz14-az-mod-en",
        "publisher": "az-mod",
        "language": "en",
        "published": date(2020, 7, 14),
        "incident": None,
        "text": (
            "On 14 July the Armenian armed forces again shelled our positions and the villages of "
            "the Tovuz district with artillery and mortars. A major general and a colonel of the "
            "Azerbaijan Army were killed in the fighting. A resident of the village of Aghdam, "
            "aged 76, was killed when a shell hit his house."
        ),
        "claims": [
            (
                "t14-az-shelled",
                "az-mod",
                "the Armenian armed forces again shelled our positions and the villages of the "
                "Tovuz district with artillery and mortars",
                date(2020, 7, 14),
                [],
            ),
            (
                "t14-az-officers",
                "az-mod",
                "A major general and a colonel of the Azerbaijan Army were killed in the fighting",
                date(2020, 7, 14),
                [],
            ),
            (
                "t14-az-civilian",
                "az-mod",
                "A resident of the village of Aghdam, aged 76, was killed when a shell hit his "
                "house",
                date(2020, 7, 14),
                [],
            ),
        ],
    },
    {
        "key": "tovuz14-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2020, 7, 14),
        "incident": None,
        "text": (
            "Հուլիսի 14-ին Ադրբեջանի զինված ուժերը հարվածային անօդաչու սարքով թիրախավորել են Բերդ "
            "քաղաքի քաղաքացիական ենթակառուցվածքները։ Հայկական ստորաբաժանումները խաղաղ "
            "բնակավայրերի ուղղությամբ կրակ չեն բացում։ Ադրբեջանական սահմանամերձ գյուղերի "
            "գնդակոծության մասին Բաքվի հայտարարությունները կեղծ են։"
        ),
        "claims": [
            (
                "t14-am-drone",
                "am-mod",
                "Ադրբեջանի զինված ուժերը հարվածային անօդաչու սարքով թիրախավորել են Բերդ քաղաքի "
                "քաղաքացիական ենթակառուցվածքները",
                date(2020, 7, 14),
                [],
            ),
            (
                "t14-am-no-civil-fire",
                "am-mod",
                "Հայկական ստորաբաժանումները խաղաղ բնակավայրերի ուղղությամբ կրակ չեն բացում",
                None,
                [],
            ),
            (
                "t14-am-denial",
                "am-mod",
                "Ադրբեջանական սահմանամերձ գյուղերի գնդակոծության մասին Բաքվի հայտարարությունները "
                "կեղծ են",
                date(2020, 7, 14),
                [],
            ),
        ],
    },
    {
        "key": "tovuz14-az-agency-az",
        "publisher": "az-agency",
        "language": "az",
        "published": date(2020, 7, 15),
        "incident": None,
        "text": (
            "Müdafiə Nazirliyinin məlumatına görə, erməni silahlı qüvvələri Tovuz rayonunun "
            "sərhədyanı kəndlərini minaatanlardan atəşə tutub. Ağdam kəndində yaşlı sakin mərmi "
            "evinə düşərkən həlak olub. Kəndlərdə bir neçə ev ciddi ziyan görüb."
        ),
        "claims": [
            (
                "t14-azag-shelled",
                "az-mod",
                "erməni silahlı qüvvələri Tovuz rayonunun sərhədyanı kəndlərini minaatanlardan "
                "atəşə tutub",
                None,
                [],
            ),
            (
                "t14-azag-civilian",
                "az-mod",
                "Ağdam kəndində yaşlı sakin mərmi evinə düşərkən həlak olub",
                None,
                [],
            ),
        ],
    },
    # --- Tovuz / Tavush border, 16 July 2020 (no listed incident) ---
    {
        "key": "tovuz16-am-mod-en",
        "publisher": "am-mod",
        "language": "en",
        "published": date(2020, 7, 16),
        "incident": None,
        "text": (
            "At about 03:40 on 16 July Armenian units noticed movement on the Azerbaijani side "
            "and, switching to all-round defence, stopped an attempt by an Azerbaijani sabotage "
            "group to infiltrate. The enemy was pushed back with losses. At 05:20 Azerbaijani "
            "forces began shelling the villages of Aygepar and Movses in Tavush with mortars and "
            "D-30 howitzers."
        ),
        "claims": [
            (
                "t16-am-infiltration",
                "am-mod",
                "stopped an attempt by an Azerbaijani sabotage group to infiltrate",
                date(2020, 7, 16),
                [],
            ),
            (
                "t16-am-shelling",
                "am-mod",
                "Azerbaijani forces began shelling the villages of Aygepar and Movses in Tavush "
                "with mortars and D-30 howitzers",
                date(2020, 7, 16),
                [],
            ),
        ],
    },
    {
        "key": "tovuz16-az-mod-ru",
        "publisher": "az-mod",
        "language": "ru",
        "published": date(2020, 7, 16),
        "incident": None,
        "text": (
            "Распространяемая Минобороны Армении информация о якобы предпринятой азербайджанской "
            "стороной диверсионной вылазке 16 июля не соответствует действительности. "
            "Азербайджанская армия не обстреливает мирные населенные пункты. Напротив, армянские "
            "подразделения ночью обстреляли из минометов села Дондар-Гушчу и Агдам Товузского "
            "района."
        ),
        "claims": [
            (
                "t16-az-denial",
                "az-mod",
                "информация о якобы предпринятой азербайджанской стороной диверсионной вылазке 16 "
                "июля не соответствует действительности",
                date(2020, 7, 16),
                [],
            ),
            (
                "t16-az-no-civil-fire",
                "az-mod",
                "Азербайджанская армия не обстреливает мирные населенные пункты",
                None,
                [],
            ),
            (
                "t16-az-shelled",
                "az-mod",
                "армянские подразделения ночью обстреляли из минометов села Дондар-Гушчу и Агдам "
                "Товузского района",
                date(2020, 7, 16),
                [],
            ),
        ],
    },
    {
        "key": "tovuz16-am-agency-hy",
        "publisher": "am-agency",
        "language": "hy",
        "published": date(2020, 7, 16),
        "incident": None,
        "text": (
            "ՊՆ խոսնակի փոխանցմամբ՝ ադրբեջանական ուժերը ականանետերից և հաուբիցներից գնդակոծել են "
            "Այգեպար և Մովսես գյուղերը։ Վնասվել են մի քանի բնակելի տներ։ Նախարարության խոսքով՝ "
            "հայկական կողմը Դոնդար Գուշչու և Աղդամ գյուղերի ուղղությամբ կրակ չի բացել։"
        ),
        "claims": [
            (
                "t16-amag-shelling",
                "am-mod",
                "ադրբեջանական ուժերը ականանետերից և հաուբիցներից գնդակոծել են Այգեպար և Մովսես "
                "գյուղերը",
                None,
                [],
            ),
            (
                "t16-amag-denial",
                "am-mod",
                "հայկական կողմը Դոնդար Գուշչու և Աղդամ գյուղերի ուղղությամբ կրակ չի բացել",
                None,
                [],
            ),
        ],
    },
]
