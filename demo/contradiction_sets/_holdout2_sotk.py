"""Reports of the second held-out set (``holdout2``): Sotk and Kalbajar, 11–14 May 2023."""

from datetime import date

REPORTS = [
    # --- Sotk / Kalbajar, 11 May 2023 ---
    {
        "key": "sotk11-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2023, 5, 11),
        "incident": "sotk-may-2023",
        "text": (
            "Մայիսի 11-ի առավոտից Ադրբեջանի զինված ուժերը ականանետերից և հրետանուց կրակ են վարում "
            "Սոթքի ուղղությամբ տեղակայված հայկական դիրքերի ուղղությամբ։ Ժամը 08:00-ի դրությամբ "
            "հայկական կողմն ունի երեք վիրավոր։ Հակառակորդը կրակ է բացել նաև վիրավոր զինծառայողին "
            "տեղափոխող շտապօգնության մեքենայի ուղղությամբ։"
        ),
        "claims": [
            (
                "s11-am-fire",
                "am-mod",
                "Ադրբեջանի զինված ուժերը ականանետերից և հրետանուց կրակ են վարում Սոթքի "
                "ուղղությամբ տեղակայված հայկական դիրքերի ուղղությամբ",
                date(2023, 5, 11),
                [],
            ),
            (
                "s11-am-wounded",
                "am-mod",
                "Ժամը 08:00-ի դրությամբ հայկական կողմն ունի երեք վիրավոր",
                date(2023, 5, 11),
                [],
            ),
            (
                "s11-am-ambulance",
                "am-mod",
                "Հակառակորդը կրակ է բացել նաև վիրավոր զինծառայողին տեղափոխող շտապօգնության "
                "մեքենայի ուղղությամբ",
                date(2023, 5, 11),
                [],
            ),
        ],
    },
    {
        "key": "sotk11-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2023, 5, 11),
        "incident": "sotk-may-2023",
        "text": (
            "Mayın 11-i səhər saatlarından Ermənistan silahlı qüvvələri Basarkeçər rayonunun Zod "
            "istiqamətindəki mövqelərdən Kəlbəcər rayonu ərazisində yerləşən Azərbaycan Ordusunun "
            "mövqelərini atəşə tutur. Ordumuzun təcili yardım xidmətinin hərbi qulluqçusu snayper "
            "atəşindən başından ağır yaralanıb. Ermənistan tərəfinin bölmələrimizin Sotk "
            "istiqamətində atəş açması barədə iddiaları əsassızdır."
        ),
        "claims": [
            (
                "s11-az-fire",
                "az-mod",
                "Ermənistan silahlı qüvvələri Basarkeçər rayonunun Zod istiqamətindəki "
                "mövqelərdən Kəlbəcər rayonu ərazisində yerləşən Azərbaycan Ordusunun mövqelərini "
                "atəşə tutur",
                date(2023, 5, 11),
                [],
            ),
            (
                "s11-az-wounded",
                "az-mod",
                "Ordumuzun təcili yardım xidmətinin hərbi qulluqçusu snayper atəşindən başından "
                "ağır yaralanıb",
                date(2023, 5, 11),
                [],
            ),
            (
                "s11-az-denial",
                "az-mod",
                "Ermənistan tərəfinin bölmələrimizin Sotk istiqamətində atəş açması barədə "
                "iddiaları əsassızdır",
                date(2023, 5, 11),
                [],
            ),
        ],
    },
    {
        "key": "sotk11-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2023, 5, 11),
        "incident": None,
        "text": (
            "ЕРЕВАН, 11 мая. Пресс-секретарь Минобороны Армении сообщил, что азербайджанские "
            "подразделения с утра ведут минометный и артиллерийский огонь по армянским позициям у "
            "Сотка. Ведомство также опровергло сообщения азербайджанских СМИ о применении "
            "армянской стороной иранских беспилотников."
        ),
        "claims": [
            (
                "s11-ru-am-fire",
                "am-mod",
                "азербайджанские подразделения с утра ведут минометный и артиллерийский огонь по "
                "армянским позициям у Сотка",
                date(2023, 5, 11),
                [],
            ),
            (
                "s11-ru-am-drones-denial",
                "am-mod",
                "опровергло сообщения азербайджанских СМИ о применении армянской стороной "
                "иранских беспилотников",
                None,
                [],
            ),
        ],
    },
    {
        "key": "sotk11-az-agency-az",
        "publisher": "az-agency",
        "language": "az",
        "published": date(2023, 5, 11),
        "incident": None,
        "text": (
            "Mənbələrin verdiyi məlumata görə, erməni bölmələri Kəlbəcər istiqamətində İran "
            "istehsalı olan pilotsuz uçuş aparatlarından istifadə edir. Sərhəddə gərginlik davam "
            "edir."
        ),
        "claims": [
            (
                "s11-azag-drones",
                "az-agency",
                "erməni bölmələri Kəlbəcər istiqamətində İran istehsalı olan pilotsuz uçuş "
                "aparatlarından istifadə edir",
                None,
                [],
            ),
        ],
    },
    # --- Sotk / Kalbajar, 13 May 2023 (no listed incident) ---
    {
        "key": "sotk13-am-mod-en",
        "publisher": "am-mod",
        "language": "en",
        "published": date(2023, 5, 13),
        "incident": None,
        "text": (
            "On 13 May Azerbaijani armed forces broke the ceasefire near Sotk, on the eastern "
            "part of the border, using strike drones. One Armenian serviceman was killed and "
            "another wounded."
        ),
        "claims": [
            (
                "s13-am-drone",
                "am-mod",
                "Azerbaijani armed forces broke the ceasefire near Sotk, on the eastern part of "
                "the border, using strike drones",
                date(2023, 5, 13),
                [],
            ),
            (
                "s13-am-killed",
                "am-mod",
                "One Armenian serviceman was killed and another wounded",
                date(2023, 5, 13),
                [],
            ),
        ],
    },
    {
        "key": "sotk13-az-mod-ru",
        "publisher": "az-mod",
        "language": "ru",
        "published": date(2023, 5, 13),
        "incident": None,
        "text": (
            "13 мая подразделения азербайджанской армии предотвратили попытку армянских "
            "вооруженных сил атаковать с помощью беспилотника наши позиции в Кельбаджарском "
            "районе. Заявление армянской стороны о применении Азербайджаном ударных дронов у "
            "Сотка является ложью. Один наш военнослужащий погиб."
        ),
        "claims": [
            (
                "s13-az-drone-attempt",
                "az-mod",
                "подразделения азербайджанской армии предотвратили попытку армянских вооруженных "
                "сил атаковать с помощью беспилотника наши позиции в Кельбаджарском районе",
                date(2023, 5, 13),
                [],
            ),
            (
                "s13-az-denial",
                "az-mod",
                "Заявление армянской стороны о применении Азербайджаном ударных дронов у Сотка "
                "является ложью",
                date(2023, 5, 13),
                [],
            ),
            (
                "s13-az-killed",
                "az-mod",
                "Один наш военнослужащий погиб",
                date(2023, 5, 13),
                [],
            ),
        ],
    },
    {
        "key": "sotk13-wire-en",
        "publisher": "wire",
        "language": "en",
        "published": date(2023, 5, 14),
        "incident": None,
        "text": (
            "Armenia says an Azerbaijani drone strike near Sotk killed one of its soldiers. Baku "
            "says it thwarted an Armenian drone attack on its positions in Kalbajar and lost one "
            "soldier of its own."
        ),
        "claims": [
            (
                "s13-wire-am-drone",
                "am-mod",
                "an Azerbaijani drone strike near Sotk killed one of its soldiers",
                None,
                [],
            ),
            (
                "s13-wire-az-attempt",
                "az-mod",
                "it thwarted an Armenian drone attack on its positions in Kalbajar",
                None,
                [],
            ),
        ],
    },
]
