"""Reports of the second held-out set (``holdout2``): the Hadrut district after the ceasefire,
8–13 December 2020."""

from datetime import date

REPORTS = [
    # --- Near Hadrut, 8 December 2020 (no listed incident) ---
    {
        "key": "hadrut8-az-mod-en",
        "publisher": "az-mod",
        "language": "en",
        "published": date(2020, 12, 9),
        "incident": None,
        "text": (
            "On 8 December an Armenian armed group that had hidden in the forests near Hadrut "
            "opened fire on our servicemen and on a crew installing a mobile phone mast. One "
            "serviceman was killed and a telecoms engineer was badly wounded."
        ),
        "claims": [
            (
                "h8-az-attack",
                "az-mod",
                "an Armenian armed group that had hidden in the forests near Hadrut opened fire "
                "on our servicemen and on a crew installing a mobile phone mast",
                date(2020, 12, 8),
                [],
            ),
            (
                "h8-az-killed",
                "az-mod",
                "One serviceman was killed and a telecoms engineer was badly wounded",
                date(2020, 12, 8),
                [],
            ),
        ],
    },
    {
        "key": "hadrut8-nk-army-ru",
        "publisher": "nk-army",
        "language": "ru",
        "published": date(2020, 12, 9),
        "incident": None,
        "text": (
            "Сообщения Баку о том, что 8 декабря под Гадрутом армянская вооруженная группа напала "
            "на азербайджанских военных, являются вымыслом. Подразделения Армии обороны находятся "
            "на своих позициях и огня не открывали."
        ),
        "claims": [
            (
                "h8-nk-denial",
                "nk-army",
                "Сообщения Баку о том, что 8 декабря под Гадрутом армянская вооруженная группа "
                "напала на азербайджанских военных, являются вымыслом",
                date(2020, 12, 8),
                [],
            ),
        ],
    },
    # --- Hin Tagher and Khtsaberd, 11-12 December 2020 ---
    {
        "key": "hadrut12-am-mod-en",
        "publisher": "am-mod",
        "language": "en",
        "published": date(2020, 12, 12),
        "incident": "hadrut-2020",
        "text": (
            "On 12 December units of the Azerbaijani armed forces, bringing up extra personnel "
            "and heavy artillery, attacked the villages of Hin Tagher and Khtsaberd in the Hadrut "
            "region in breach of the trilateral statement of 9 November. After several hours of "
            "fighting the enemy entered Hin Tagher. Six Armenian servicemen were wounded."
        ),
        "claims": [
            (
                "h12-am-attack",
                "am-mod",
                "units of the Azerbaijani armed forces, bringing up extra personnel and heavy "
                "artillery, attacked the villages of Hin Tagher and Khtsaberd in the Hadrut "
                "region in breach of the trilateral statement of 9 November",
                date(2020, 12, 12),
                [],
            ),
            (
                "h12-am-entered",
                "am-mod",
                "After several hours of fighting the enemy entered Hin Tagher",
                date(2020, 12, 12),
                [],
            ),
            (
                "h12-am-wounded",
                "am-mod",
                "Six Armenian servicemen were wounded",
                date(2020, 12, 12),
                [],
            ),
        ],
    },
    {
        "key": "hadrut12-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2020, 12, 12),
        "incident": "hadrut-2020",
        "text": (
            "Ermənistan Müdafiə Nazirliyinin Azərbaycan Ordusunun Hadrut rayonunda hücuma keçməsi "
            "barədə yaydığı məlumat həqiqəti əks etdirmir. Atəşkəs rejimi Azərbaycan Ordusu "
            "tərəfindən pozulmayıb. Hadrut ətrafındakı meşələrdə gizlənən qanunsuz erməni silahlı "
            "dəstələrinə qarşı antiterror əməliyyatı keçirilir."
        ),
        "claims": [
            (
                "h12-az-denial",
                "az-mod",
                "Ermənistan Müdafiə Nazirliyinin Azərbaycan Ordusunun Hadrut rayonunda hücuma "
                "keçməsi barədə yaydığı məlumat həqiqəti əks etdirmir",
                date(2020, 12, 12),
                [],
            ),
            (
                "h12-az-ceasefire",
                "az-mod",
                "Atəşkəs rejimi Azərbaycan Ordusu tərəfindən pozulmayıb",
                None,
                [],
            ),
            (
                "h12-az-operation",
                "az-mod",
                "Hadrut ətrafındakı meşələrdə gizlənən qanunsuz erməni silahlı dəstələrinə qarşı "
                "antiterror əməliyyatı keçirilir",
                date(2020, 12, 12),
                [],
            ),
        ],
    },
    {
        "key": "hadrut12-nk-army-hy",
        "publisher": "nk-army",
        "language": "hy",
        "published": date(2020, 12, 12),
        "incident": None,
        "text": (
            "Ադրբեջանական ստորաբաժանումները հարձակում են սկսել Հին Թաղեր և Խծաբերդ գյուղերի "
            "ուղղությամբ՝ խախտելով նոյեմբերի 9-ի եռակողմ հայտարարությունը։ Պաշտպանության բանակի "
            "ստորաբաժանումները պահում են իրենց դիրքերը։"
        ),
        "claims": [
            (
                "h12-nk-attack",
                "nk-army",
                "Ադրբեջանական ստորաբաժանումները հարձակում են սկսել Հին Թաղեր և Խծաբերդ գյուղերի "
                "ուղղությամբ՝ խախտելով նոյեմբերի 9-ի եռակողմ հայտարարությունը",
                None,
                [],
            ),
        ],
    },
    {
        "key": "hadrut12-ru-mod-ru",
        "publisher": "ru-mod",
        "language": "ru",
        "published": date(2020, 12, 12),
        "incident": None,
        "text": (
            "Российский миротворческий контингент продолжает выполнять задачи в Нагорном "
            "Карабахе, круглосуточный контроль ведется на 23 наблюдательных постах. 11 декабря в "
            "Гадрутском районе зафиксирован один случай нарушения режима прекращения огня. "
            "Командование контингента довело до сторон недопустимость подобных нарушений."
        ),
        "claims": [
            (
                "h12-rumod-violation",
                "ru-mod",
                "11 декабря в Гадрутском районе зафиксирован один случай нарушения режима "
                "прекращения огня",
                date(2020, 12, 11),
                [],
            ),
        ],
    },
    {
        "key": "hadrut12-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2020, 12, 13),
        "incident": None,
        "text": (
            "БАКУ. Минобороны Азербайджана отвергло заявления Еревана о наступлении "
            "азербайджанской армии в Гадрутском районе. Там, по данным ведомства, идет "
            "контртеррористическая операция против укрывшихся в лесах армянских вооруженных "
            "групп."
        ),
        "claims": [
            (
                "h12-ru-az-denial",
                "az-mod",
                "отвергло заявления Еревана о наступлении азербайджанской армии в Гадрутском "
                "районе",
                None,
                [],
            ),
        ],
    },
]
