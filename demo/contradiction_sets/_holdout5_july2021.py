"""Reports of the fifth held-out set (``holdout5``): the Gegharkunik–Kalbajar border, 23 July
2021, and the fighting near Verin Shorzha on the same border, 28 July 2021."""

from datetime import date

REPORTS = [
    # --- Kalbajar district and the Gegharkunik section of the border, 23 July 2021 ---
    {
        "key": "kalbajar23-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2021, 7, 23),
        "incident": "kalbajar-2021",
        "text": (
            "İyulun 23-də saat 16:00 radələrində Ermənistan silahlı qüvvələrinin bölmələri "
            "Basarkeçər rayonundakı mövqelərdən Kəlbəcər rayonu ərazisindəki mövqelərimizi "
            "atəşə tutub. Düşmən snayperinin atəşi nəticəsində bir hərbi qulluqçumuz şəhid olub. "
            "Bölmələrimiz cavab tədbirləri görür, gərginliyə görə bütün məsuliyyət erməni "
            "tərəfinin üzərinə düşür."
        ),
        "claims": [
            (
                "k23-az-fire",
                "az-mod",
                "Ermənistan silahlı qüvvələrinin bölmələri Basarkeçər rayonundakı mövqelərdən "
                "Kəlbəcər rayonu ərazisindəki mövqelərimizi atəşə tutub",
                date(2021, 7, 23),
                [],
            ),
            (
                "k23-az-killed",
                "az-mod",
                "Düşmən snayperinin atəşi nəticəsində bir hərbi qulluqçumuz şəhid olub",
                date(2021, 7, 23),
                [],
            ),
        ],
    },
    {
        "key": "kalbajar23-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2021, 7, 23),
        "incident": "kalbajar-2021",
        "text": (
            "Հուլիսի 23-ին ժամը 17:00-ի մոտ Ադրբեջանի զինված ուժերը կրակ են բացել "
            "Գեղարքունիքի հատվածում տեղակայված հայկական դիրքերի ուղղությամբ, և հայկական "
            "ստորաբաժանումները պատասխանել են միայն դրանից հետո։ Դրանից առաջ կրակահերթեր են "
            "լսվել հենց ադրբեջանական հենակետում․ ադրբեջանցի զինվորի մահը, ըստ ամենայնի, "
            "ադրբեջանցի զինծառայողների միջև ծագած միջադեպի հետևանք է։ Փոխհրաձգության ընթացքում "
            "թեթև վիրավորվել է մեր երեք զինծառայող։"
        ),
        "claims": [
            (
                "k23-am-fire",
                "am-mod",
                "Ադրբեջանի զինված ուժերը կրակ են բացել Գեղարքունիքի հատվածում տեղակայված "
                "հայկական դիրքերի ուղղությամբ, և հայկական ստորաբաժանումները պատասխանել են միայն "
                "դրանից հետո",
                date(2021, 7, 23),
                [],
            ),
            (
                "k23-am-own-incident",
                "am-mod",
                "ադրբեջանցի զինվորի մահը, ըստ ամենայնի, ադրբեջանցի զինծառայողների միջև ծագած "
                "միջադեպի հետևանք է",
                None,
                [],
            ),
            (
                "k23-am-wounded",
                "am-mod",
                "թեթև վիրավորվել է մեր երեք զինծառայող",
                date(2021, 7, 23),
                [],
            ),
        ],
    },
    {
        "key": "kalbajar23-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2021, 7, 23),
        "incident": None,
        "text": (
            "БАКУ, 23 июля. В Кельбаджарском районе погиб азербайджанский военнослужащий: по "
            "данным Минобороны Азербайджана, его убил армянский снайпер. Ереван заявляет о трёх "
            "своих раненых."
        ),
        "claims": [
            (
                "k23-ru-az-killed",
                "az-mod",
                "погиб азербайджанский военнослужащий: по данным Минобороны Азербайджана, его "
                "убил армянский снайпер",
                date(2021, 7, 23),
                [],
            ),
        ],
    },
    # --- Verin Shorzha, Gegharkunik, and the Kalbajar district, 28 July 2021 ---
    {
        "key": "shorzha28-am-mod-en",
        "publisher": "am-mod",
        "language": "en",
        "published": date(2021, 7, 28),
        "incident": "shorzha-2021",
        "text": (
            "Early on 28 July Azerbaijani units attacked Armenian positions near Verin Shorzha "
            "in the Gegharkunik province with mortars and grenade launchers. Three Armenian "
            "servicemen were killed and four were wounded. The attack was repelled, and the "
            "enemy suffered losses."
        ),
        "claims": [
            (
                "sj28-am-attack",
                "am-mod",
                "Azerbaijani units attacked Armenian positions near Verin Shorzha in the "
                "Gegharkunik province with mortars and grenade launchers",
                date(2021, 7, 28),
                [],
            ),
            (
                "sj28-am-killed",
                "am-mod",
                "Three Armenian servicemen were killed and four were wounded",
                date(2021, 7, 28),
                [],
            ),
        ],
    },
    {
        "key": "shorzha28-az-mod-ru",
        "publisher": "az-mod",
        "language": "ru",
        "published": date(2021, 7, 28),
        "incident": None,
        "text": (
            "28 июля около 00:50 подразделения вооружённых сил Армении с позиций в "
            "Басаркечарском районе обстреляли из стрелкового оружия и гранатомётов наши "
            "позиции в Кельбаджарском районе. "
            "Двое азербайджанских военнослужащих получили ранения. Ответными мерами противник "
            "был подавлен, ответственность за обострение лежит на армянской стороне."
        ),
        "claims": [
            (
                "sj28-az-fire",
                "az-mod",
                "подразделения вооружённых сил Армении с позиций в Басаркечарском районе "
                "обстреляли из стрелкового оружия и гранатомётов наши позиции в Кельбаджарском "
                "районе",
                date(2021, 7, 28),
                [],
            ),
            (
                "sj28-az-wounded",
                "az-mod",
                "Двое азербайджанских военнослужащих получили ранения",
                date(2021, 7, 28),
                [],
            ),
        ],
    },
    {
        "key": "shorzha28-wire-en",
        "publisher": "wire",
        "language": "en",
        "published": date(2021, 7, 29),
        "incident": None,
        "text": (
            "YEREVAN/BAKU - Armenia said Azerbaijani troops had attacked its positions near "
            "Verin Shorzha, killing three soldiers, while Azerbaijan said Armenian forces had "
            "shelled its positions in the Kalbajar district first. A ceasefire brokered by "
            "Moscow was said to be holding by evening."
        ),
        "claims": [
            (
                "sj28-wire-am-attack",
                "am-mod",
                "Azerbaijani troops had attacked its positions near Verin Shorzha, killing three "
                "soldiers",
                None,
                [],
            ),
            (
                "sj28-wire-az-fire",
                "az-mod",
                "Armenian forces had shelled its positions in the Kalbajar district first",
                None,
                [],
            ),
        ],
    },
]
