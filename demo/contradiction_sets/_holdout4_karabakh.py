"""Reports of the fourth held-out set (``holdout4``): a drone strike on a Karabakh Armenian post
in the Martakert district, 14 August 2023, and fire in the Askeran–Aghdam direction, 16 August
2023."""

from datetime import date

REPORTS = [
    # --- Martakert district, 14 August 2023 ---
    {
        "key": "martakert14-nk-army-hy",
        "publisher": "nk-army",
        "language": "hy",
        "published": date(2023, 8, 14),
        "incident": "martakert-2023",
        "text": (
            "Օգոստոսի 14-ին ժամը 16:40-ի սահմաններում Ադրբեջանի զինված ուժերն անօդաչու թռչող "
            "սարքով հարված են հասցրել Մարտակերտի շրջանի հյուսիսարևելյան ուղղությամբ տեղակայված "
            "Պաշտպանության բանակի մարտական դիրքին։ Հարվածի հետևանքով երկու զինծառայող ստացել է "
            "բեկորային վիրավորումներ, նրանց կյանքին վտանգ չի սպառնում։"
        ),
        "claims": [
            (
                "m14-nk-drone",
                "nk-army",
                "Ադրբեջանի զինված ուժերն անօդաչու թռչող սարքով հարված են հասցրել Մարտակերտի "
                "շրջանի հյուսիսարևելյան ուղղությամբ տեղակայված Պաշտպանության բանակի մարտական "
                "դիրքին",
                date(2023, 8, 14),
                [],
            ),
            (
                "m14-nk-wounded",
                "nk-army",
                "Հարվածի հետևանքով երկու զինծառայող ստացել է բեկորային վիրավորումներ",
                date(2023, 8, 14),
                [],
            ),
        ],
    },
    {
        "key": "martakert14-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2023, 8, 14),
        "incident": "martakert-2023",
        "text": (
            "Qanunsuz erməni silahlı dəstələrinin Ağdərə istiqamətindəki mövqelərinə Azərbaycan "
            "Ordusunun pilotsuz uçuş aparatı ilə zərbə endirməsi barədə yayılan məlumat tamamilə "
            "yalandır. Ordumuz həmin ərazidə heç bir PUA tətbiq etməyib. Rusiya sülhməramlılarının "
            "müvəqqəti yerləşdiyi ərazidə vəziyyət sabitdir."
        ),
        "claims": [
            (
                "m14-az-denial",
                "az-mod",
                "Qanunsuz erməni silahlı dəstələrinin Ağdərə istiqamətindəki mövqelərinə "
                "Azərbaycan Ordusunun pilotsuz uçuş aparatı ilə zərbə endirməsi barədə yayılan "
                "məlumat tamamilə yalandır",
                None,
                [],
            ),
            (
                "m14-az-no-uav",
                "az-mod",
                "Ordumuz həmin ərazidə heç bir PUA tətbiq etməyib",
                None,
                [],
            ),
        ],
    },
    {
        "key": "martakert14-ru-mod-ru",
        "publisher": "ru-mod",
        "language": "ru",
        "published": date(2023, 8, 15),
        "incident": None,
        "text": (
            "За прошедшие сутки в Мартакертском районе зафиксировано одно нарушение режима "
            "прекращения огня. 14 августа с азербайджанской стороны беспилотным летательным "
            "аппаратом нанесен удар по позиции карабахских формирований, ранены двое "
            "военнослужащих. Командование российского миротворческого контингента совместно с "
            "азербайджанской и армянской сторонами проводит разбирательство."
        ),
        "claims": [
            (
                "m14-ru-drone",
                "ru-mod",
                "с азербайджанской стороны беспилотным летательным аппаратом нанесен удар по "
                "позиции карабахских формирований, ранены двое военнослужащих",
                date(2023, 8, 14),
                [],
            ),
        ],
    },
    {
        "key": "martakert14-wire-en",
        "publisher": "wire",
        "language": "en",
        "published": date(2023, 8, 15),
        "incident": None,
        "text": (
            "Baku called it a lie that an Azerbaijani drone had hit a Defence Army post in the "
            "Martakert district, saying its army had flown no drone there. The Karabakh Armenian "
            "military, which first reported the strike, said two of its soldiers were hurt by "
            "shrapnel."
        ),
        "claims": [
            (
                "m14-wire-nk-drone",
                "nk-army",
                "an Azerbaijani drone had hit a Defence Army post in the Martakert district",
                None,
                [],
            ),
            (
                "m14-wire-az-no-uav",
                "az-mod",
                "its army had flown no drone there",
                None,
                [],
            ),
        ],
    },
    # --- Askeran / Aghdam direction, 16 August 2023 ---
    {
        "key": "askeran16-az-mod-ru",
        "publisher": "az-mod",
        "language": "ru",
        "published": date(2023, 8, 16),
        "incident": None,
        "text": (
            "16 августа с 21:10 до 21:50 члены незаконных армянских вооруженных формирований с "
            "позиций в районе Аскерана обстреляли из стрелкового оружия позиции подразделений "
            "азербайджанской армии в Агдамском направлении. Ответными мерами огонь противника "
            "подавлен. Потерь среди нашего личного состава нет."
        ),
        "claims": [
            (
                "a16-az-fire",
                "az-mod",
                "члены незаконных армянских вооруженных формирований с позиций в районе Аскерана "
                "обстреляли из стрелкового оружия позиции подразделений азербайджанской армии в "
                "Агдамском направлении",
                date(2023, 8, 16),
                [],
            ),
        ],
    },
    {
        "key": "askeran16-nk-army-hy",
        "publisher": "nk-army",
        "language": "hy",
        "published": date(2023, 8, 16),
        "incident": None,
        "text": (
            "Օգոստոսի 16-ի երեկոյան Ադրբեջանի զինված ուժերը հրաձգային զենքից կրակ են բացել "
            "Ասկերանի շրջանում տեղակայված Պաշտպանության բանակի դիրքերի ուղղությամբ։ Ադրբեջանի ՊՆ "
            "տարածած տեղեկությունները չեն համապատասխանում իրականությանը։"
        ),
        "claims": [
            (
                "a16-nk-fire",
                "nk-army",
                "Ադրբեջանի զինված ուժերը հրաձգային զենքից կրակ են բացել Ասկերանի շրջանում "
                "տեղակայված Պաշտպանության բանակի դիրքերի ուղղությամբ",
                date(2023, 8, 16),
                [],
            ),
            (
                "a16-nk-untrue",
                "nk-army",
                "Ադրբեջանի ՊՆ տարածած տեղեկությունները չեն համապատասխանում իրականությանը",
                None,
                [],
            ),
        ],
    },
    {
        "key": "askeran16-az-agency-az",
        "publisher": "az-agency",
        "language": "az",
        "published": date(2023, 8, 17),
        "incident": None,
        "text": (
            "Müdafiə Nazirliyinin məlumatına görə, qanunsuz erməni silahlı birləşmələri Əsgəran "
            "ətrafındakı mövqelərdən Ağdam istiqamətində ordumuzun mövqelərini atıcı silahlardan "
            "atəşə tutublar. Nazirlik erməni tərəfinin bölmələrimizin atəş açdığı barədə "
            "iddialarını əsassız adlandırıb."
        ),
        "claims": [
            (
                "a16-azag-fire",
                "az-mod",
                "qanunsuz erməni silahlı birləşmələri Əsgəran ətrafındakı mövqelərdən Ağdam "
                "istiqamətində ordumuzun mövqelərini atıcı silahlardan atəşə tutublar",
                None,
                [],
            ),
            (
                "a16-azag-denial",
                "az-mod",
                "erməni tərəfinin bölmələrimizin atəş açdığı barədə iddialarını əsassız adlandırıb",
                None,
                [],
            ),
        ],
    },
]
