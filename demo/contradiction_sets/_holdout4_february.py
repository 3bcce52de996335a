"""Reports of the fourth held-out set (``holdout4``): a border guard said to be wounded in the
Zangilan direction, 12 February 2024, and the fire on the post near Nerkin Hand, 13 February
2024."""

from datetime import date

REPORTS = [
    # --- Zangilan / Kapan section of the border, 12 February 2024 ---
    {
        "key": "zangilan12-az-border-az",
        "publisher": "az-border",
        "language": "az",
        "published": date(2024, 2, 12),
        "incident": None,
        "text": (
            "Fevralın 12-də saat 13:40 radələrində Ermənistan silahlı qüvvələrinin Qafan rayonu "
            "ərazisindəki mövqelərindən Zəngilan istiqamətində yerləşən sərhəd postumuz snayper "
            "tüfəngindən atəşə tutulub. Atəş nəticəsində Dövlət Sərhəd Xidmətinin bir hərbi "
            "qulluqçusu yaralanıb və helikopterlə hospitala çatdırılıb."
        ),
        "claims": [
            (
                "z12-az-fire",
                "az-border",
                "Ermənistan silahlı qüvvələrinin Qafan rayonu ərazisindəki mövqelərindən Zəngilan "
                "istiqamətində yerləşən sərhəd postumuz snayper tüfəngindən atəşə tutulub",
                date(2024, 2, 12),
                [],
            ),
            (
                "z12-az-wounded",
                "az-border",
                "Atəş nəticəsində Dövlət Sərhəd Xidmətinin bir hərbi qulluqçusu yaralanıb",
                date(2024, 2, 12),
                [],
            ),
        ],
    },
    {
        "key": "zangilan12-az-mfa-en",
        "publisher": "az-mfa",
        "language": "en",
        "published": date(2024, 2, 12),
        "incident": None,
        "text": (
            "Today a serviceman of the State Border Service was wounded by fire from Armenian "
            "positions, in yet another military provocation by Armenia. That it happened in a "
            "sector the EU observers patrol makes one ask what those observers are there for. "
            "Yerevan cannot speak of peace and shoot across the border at the same time."
        ),
        "claims": [
            (
                "z12-mfa-wounded",
                "az-mfa",
                "a serviceman of the State Border Service was wounded by fire from Armenian "
                "positions",
                date(2024, 2, 12),
                [],
            ),
        ],
    },
    {
        "key": "zangilan12-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2024, 2, 12),
        "incident": None,
        "text": (
            "Ադրբեջանական լրատվամիջոցներում տարածված տեսանյութը և տեղեկությունը, թե Կապանի "
            "հատվածում հայկական դիրքերից կրակ է բացվել ադրբեջանցի զինծառայողի ուղղությամբ, "
            "ստուգվում են։ Ըստ նախնական ստուգման՝ փետրվարի 12-ին Կապանի այդ հատվածում հայկական "
            "դիրքերից կրակ չի բացվել։ Ստուգումը շարունակվում է։"
        ),
        "claims": [
            (
                "z12-am-no-fire",
                "am-mod",
                "փետրվարի 12-ին Կապանի այդ հատվածում հայկական դիրքերից կրակ չի բացվել",
                date(2024, 2, 12),
                [],
            ),
        ],
    },
    # --- Nerkin Hand, Syunik, 13 February 2024 ---
    {
        "key": "hand13-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2024, 2, 13),
        "incident": "hand-2024",
        "text": (
            "Փետրվարի 13-ին ժամը 05:30-ից Ադրբեջանի զինված ուժերի ստորաբաժանումները հրաձգային "
            "զենքից կրակ են բացել Սյունիքի մարզի Ներքին Հանդ գյուղի մոտակայքում տեղակայված "
            "հայկական մարտական դիրքերի ուղղությամբ։ Կրակոցների հետևանքով զոհվել է չորս "
            "զինծառայող, ևս մեկը վիրավորվել է։ Վիրավորի վիճակը գնահատվում է միջին ծանրության։"
        ),
        "claims": [
            (
                "h13-am-fire",
                "am-mod",
                "Ադրբեջանի զինված ուժերի ստորաբաժանումները հրաձգային զենքից կրակ են բացել "
                "Սյունիքի մարզի Ներքին Հանդ գյուղի մոտակայքում տեղակայված հայկական մարտական "
                "դիրքերի ուղղությամբ",
                date(2024, 2, 13),
                [],
            ),
            (
                "h13-am-killed",
                "am-mod",
                "Կրակոցների հետևանքով զոհվել է չորս զինծառայող, ևս մեկը վիրավորվել է",
                date(2024, 2, 13),
                [],
            ),
        ],
    },
    {
        "key": "hand13-az-border-az",
        "publisher": "az-border",
        "language": "az",
        "published": date(2024, 2, 13),
        "incident": "hand-2024",
        "text": (
            "Fevralın 12-də hərbçimizin yaralanması ilə nəticələnən təxribata cavab olaraq Dövlət "
            "Sərhəd Xidmətinin bölmələri “Qisas” əməliyyatı keçirib. Hərbçimizi yaralayan atəşin "
            "mənbəyi olan, Nerkin-And kəndi yaxınlığındakı erməni döyüş postu sıradan çıxarılıb. "
            "Bundan sonra hər bir təxribata daha sərt cavab veriləcək."
        ),
        "claims": [
            (
                "h13-az-retaliation",
                "az-border",
                "Fevralın 12-də hərbçimizin yaralanması ilə nəticələnən təxribata cavab olaraq "
                "Dövlət Sərhəd Xidmətinin bölmələri “Qisas” əməliyyatı keçirib",
                date(2024, 2, 13),
                [],
            ),
            (
                "h13-az-post",
                "az-border",
                "Hərbçimizi yaralayan atəşin mənbəyi olan, Nerkin-And kəndi yaxınlığındakı erməni "
                "döyüş postu sıradan çıxarılıb",
                date(2024, 2, 13),
                [],
            ),
        ],
    },
    {
        "key": "hand13-am-mfa-en",
        "publisher": "am-mfa",
        "language": "en",
        "published": date(2024, 2, 13),
        "incident": None,
        "text": (
            "Nothing on the Armenian side provoked the Azerbaijani fire near Nerkin Hand this "
            "morning. The story of an Azerbaijani soldier wounded by Armenian fire the day "
            "before was made up to serve as a pretext, and it was used while Armenia was still "
            "looking into it. Baku is searching for excuses to escalate on the border."
        ),
        "claims": [
            (
                "h13-mfa-unprovoked",
                "am-mfa",
                "Nothing on the Armenian side provoked the Azerbaijani fire near Nerkin Hand this "
                "morning",
                date(2024, 2, 13),
                [],
            ),
            (
                "h13-mfa-pretext",
                "am-mfa",
                "The story of an Azerbaijani soldier wounded by Armenian fire the day before was "
                "made up to serve as a pretext",
                date(2024, 2, 12),
                [],
            ),
        ],
    },
    {
        "key": "hand13-eu-mission-en",
        "publisher": "eu-mission",
        "language": "en",
        "published": date(2024, 2, 14),
        "incident": None,
        "text": (
            "A patrol of the mission in the Kapan area heard sustained small-arms fire from the "
            "Azerbaijani side of the border early on 13 February and later learned that four "
            "Armenian soldiers had been killed. The mission's patrols in the same area on "
            "12 February recorded no shooting from Armenian positions."
        ),
        "claims": [
            (
                "h13-eu-fire",
                "eu-mission",
                "heard sustained small-arms fire from the Azerbaijani side of the border early on "
                "13 February",
                date(2024, 2, 13),
                [],
            ),
            (
                "h13-eu-killed",
                "eu-mission",
                "four Armenian soldiers had been killed",
                date(2024, 2, 13),
                [],
            ),
            (
                "h13-eu-no-fire-12",
                "eu-mission",
                "The mission's patrols in the same area on 12 February recorded no shooting from "
                "Armenian positions",
                date(2024, 2, 12),
                [],
            ),
        ],
    },
    {
        "key": "hand13-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2024, 2, 13),
        "incident": None,
        "text": (
            "ЕРЕВАН, 13 февраля. Четверо армянских военнослужащих погибли и один получил ранение "
            "при обстреле у села Неркин Ханд Сюникской области, сообщило Минобороны Армении. "
            "Госпогранслужба Азербайджана назвала свои действия «операцией возмездия» и заявила, "
            "что уничтожен армянский пост, откуда накануне был ранен азербайджанский военный."
        ),
        "claims": [
            (
                "h13-ru-am-killed",
                "am-mod",
                "Четверо армянских военнослужащих погибли и один получил ранение при обстреле у "
                "села Неркин Ханд Сюникской области",
                None,
                [],
            ),
            (
                "h13-ru-az-post",
                "az-border",
                "уничтожен армянский пост, откуда накануне был ранен азербайджанский военный",
                None,
                [],
            ),
        ],
    },
]
