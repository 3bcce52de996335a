"""Reports of the fifth held-out set (``holdout5``): Jabrayil, 4 October 2020, the cathedral of
Shusha (Shushi), 8 October 2020, and Hadrut, 9 October 2020."""

from datetime import date

REPORTS = [
    # --- Jabrayil, 4 October 2020 (no listed incident) ---
    {
        "key": "jabrayil4-az-president-en",
        "publisher": "az-president",
        "language": "en",
        "published": date(2020, 10, 4),
        "incident": None,
        "text": (
            "Today the Azerbaijani army liberated the town of Jabrayil and nine villages of the "
            "district from occupation. I congratulate the people of Azerbaijan and our "
            "servicemen. The flag of Azerbaijan will fly over all our lands."
        ),
        "claims": [
            (
                "j4-az-liberated",
                "az-president",
                "the Azerbaijani army liberated the town of Jabrayil and nine villages of the "
                "district",
                date(2020, 10, 4),
                [],
            ),
        ],
    },
    {
        "key": "jabrayil4-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2020, 10, 4),
        "incident": None,
        "text": (
            "Ադրբեջանի ղեկավարության հայտարարությունը, թե ադրբեջանական բանակը վերցրել է "
            "Ջաբրայիլը, իրականությանը չի համապատասխանում։ Պաշտպանության բանակի "
            "ստորաբաժանումները պահում են իրենց դիրքերը, իսկ հակառակորդի առաջխաղացման փորձերը "
            "հետ են մղվում։"
        ),
        "claims": [
            (
                "j4-am-denial",
                "am-mod",
                "Ադրբեջանի ղեկավարության հայտարարությունը, թե ադրբեջանական բանակը վերցրել է "
                "Ջաբրայիլը, իրականությանը չի համապատասխանում",
                date(2020, 10, 4),
                [],
            ),
        ],
    },
    # --- The Holy Saviour cathedral in Shusha (Shushi), 8 October 2020 ---
    {
        "key": "shushi8-nk-leader-hy",
        "publisher": "nk-leader",
        "language": "hy",
        "published": date(2020, 10, 8),
        "incident": "shushi-2020",
        "text": (
            "Հոկտեմբերի 8-ին ադրբեջանական զինուժը երկու անգամ հարվածել է Շուշիի Սուրբ Ամենափրկիչ "
            "Ղազանչեցոց մայր տաճարին։ Երկրորդ հարվածը հասցվել է այն ժամանակ, երբ տաճարում "
            "արդեն լրագրողներ էին, և երեք լրագրող վիրավորվել է։ Սա դիտավորյալ հարված է մեր "
            "սրբավայրին։"
        ),
        "claims": [
            (
                "sh8-nk-struck",
                "nk-leader",
                "ադրբեջանական զինուժը երկու անգամ հարվածել է Շուշիի Սուրբ Ամենափրկիչ "
                "Ղազանչեցոց մայր տաճարին",
                date(2020, 10, 8),
                [],
            ),
            (
                "sh8-nk-wounded",
                "nk-leader",
                "երեք լրագրող վիրավորվել է",
                date(2020, 10, 8),
                [],
            ),
        ],
    },
    {
        "key": "shushi8-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2020, 10, 8),
        "incident": "shushi-2020",
        "text": (
            "Azərbaycan Ordusu tarixi, mədəni və dini abidələri hədəf almır. Şuşadakı kilsənin "
            "ordumuz tərəfindən atəşə tutulması barədə erməni tərəfinin yaydığı xəbər həqiqətə "
            "uyğun deyil. Ordumuz yalnız hərbi hədəflərə zərbələr endirir."
        ),
        "claims": [
            (
                "sh8-az-denial",
                "az-mod",
                "Şuşadakı kilsənin ordumuz tərəfindən atəşə tutulması barədə erməni tərəfinin "
                "yaydığı xəbər həqiqətə uyğun deyil",
                date(2020, 10, 8),
                [],
            ),
        ],
    },
    {
        "key": "shushi8-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2020, 10, 8),
        "incident": None,
        "text": (
            "СТЕПАНАКЕРТ, 8 октября. Власти Нагорного Карабаха сообщили, что собор в Шуше "
            "подвергся повторному удару, когда внутри уже работали журналисты. По их словам, "
            "ранены трое журналистов, в том числе двое российских."
        ),
        "claims": [
            (
                "sh8-ru-nk-wounded",
                "nk-leader",
                "ранены трое журналистов",
                None,
                [],
            ),
        ],
    },
    {
        "key": "shushi8-rights-en",
        "publisher": "rights-group",
        "language": "en",
        "published": date(2020, 12, 16),
        "incident": None,
        "text": (
            "Our researchers examined the Ghazanchetsots cathedral in Shusha and found that it "
            "was hit twice, several hours apart, by guided munitions. The two strikes on the "
            "cathedral appear to have been deliberately aimed at it, and we found no sign that "
            "it was being used for military purposes."
        ),
        "claims": [
            (
                "sh8-hr-deliberate",
                "rights-group",
                "The two strikes on the cathedral appear to have been deliberately aimed at it",
                None,
                [],
            ),
        ],
    },
    # --- Hadrut, 9 October 2020 ---
    {
        "key": "hadrut9-az-president-en",
        "publisher": "az-president",
        "language": "en",
        "published": date(2020, 10, 9),
        "incident": "hadrut-oct-2020",
        "text": (
            "The Azerbaijani army has today liberated the town of Hadrut and eight villages "
            "around it. The enemy is retreating, and our soldiers are advancing on every "
            "front. Armenia must leave our lands."
        ),
        "claims": [
            (
                "h9-az-liberated",
                "az-president",
                "The Azerbaijani army has today liberated the town of Hadrut and eight villages "
                "around it",
                date(2020, 10, 9),
                [],
            ),
        ],
    },
    {
        "key": "hadrut9-az-agency-az",
        "publisher": "az-agency",
        "language": "az",
        "published": date(2020, 10, 9),
        "incident": None,
        "text": (
            "Prezident İlham Əliyev bildirib ki, bu gün Azərbaycan Ordusu Hadrut qəsəbəsini və "
            "ətrafdakı səkkiz kəndi işğaldan azad edib. Dövlət başçısı hərbçilərimizi təbrik "
            "edib."
        ),
        "claims": [
            (
                "h9-azag-liberated",
                "az-president",
                "Azərbaycan Ordusu Hadrut qəsəbəsini və ətrafdakı səkkiz kəndi işğaldan azad edib",
                date(2020, 10, 9),
                [],
            ),
        ],
    },
    {
        "key": "hadrut9-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2020, 10, 9),
        "incident": "hadrut-oct-2020",
        "text": (
            "Հադրութը գրավելու մասին Ադրբեջանի նախագահի հայտարարությունը սուտ է։ Քաղաքում "
            "ոչնչացվել է ներթափանցած ադրբեջանական դիվերսիոն խումբը, և Հադրութը գտնվում է "
            "Պաշտպանության բանակի վերահսկողության տակ։"
        ),
        "claims": [
            (
                "h9-am-denial",
                "am-mod",
                "Հադրութը գրավելու մասին Ադրբեջանի նախագահի հայտարարությունը սուտ է",
                date(2020, 10, 9),
                [],
            ),
            (
                "h9-am-control",
                "am-mod",
                "Հադրութը գտնվում է Պաշտպանության բանակի վերահսկողության տակ",
                date(2020, 10, 9),
                [],
            ),
        ],
    },
    {
        "key": "hadrut9-nk-army-ru",
        "publisher": "nk-army",
        "language": "ru",
        "published": date(2020, 10, 10),
        "incident": None,
        "text": (
            "Азербайджанская сторона продолжает вести информационную войну наряду с боевыми "
            "действиями. Распространённые вчера в Баку сведения не соответствуют "
            "действительности. Просим граждан доверять только официальным источникам."
        ),
        "claims": [
            (
                "h9-nk-untrue",
                "nk-army",
                "Распространённые вчера в Баку сведения не соответствуют действительности",
                None,
                [],
            ),
        ],
    },
]
