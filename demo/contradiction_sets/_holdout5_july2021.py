"""Reports of the fifth held-out set (``holdout5``): the Yeraskh–Sadarak border with Nakhchivan,
23 July 2021, and the Verin Shorzha–Kalbajar border, 28 July 2021."""

from datetime import date

REPORTS = [
    # --- Yeraskh, Ararat province, and the Sadarak district of Nakhchivan, 23 July 2021 ---
    {
        "key": "yeraskh23-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2021, 7, 23),
        "incident": "yeraskh-2021",
        "text": (
            "Հուլիսի 23-ին ժամը 11:30-ի սահմաններում Ադրբեջանի զինված ուժերի ստորաբաժանումները "
            "հրաձգային զենքից կրակ են բացել Երասխ գյուղի մոտ տեղակայված հայկական դիրքերի "
            "ուղղությամբ։ Հայկական կողմից վիրավորվել է մեկ զինծառայող, նրա կյանքին վտանգ չի "
            "սպառնում։ Հայկական ստորաբաժանումները պատասխան գործողություններով լռեցրել են "
            "հակառակորդին։"
        ),
        "claims": [
            (
                "y23-am-fire",
                "am-mod",
                "Ադրբեջանի զինված ուժերի ստորաբաժանումները հրաձգային զենքից կրակ են բացել Երասխ "
                "գյուղի մոտ տեղակայված հայկական դիրքերի ուղղությամբ",
                date(2021, 7, 23),
                [],
            ),
        ],
    },
    {
        "key": "yeraskh23-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2021, 7, 23),
        "incident": "yeraskh-2021",
        "text": (
            "İyulun 23-də Ermənistan silahlı qüvvələrinin bölmələri Ararat rayonunun Yeraskh "
            "kəndi istiqamətindəki mövqelərdən Naxçıvan Muxtar Respublikasının Sədərək rayonunda "
            "yerləşən mövqelərimizi atəşə tutub. Ordumuzun bir hərbi qulluqçusu yaralanıb. "
            "Erməni tərəfinin Azərbaycan bölmələrinin ilk atəş açması barədə iddiası əsassızdır."
        ),
        "claims": [
            (
                "y23-az-fire",
                "az-mod",
                "Ermənistan silahlı qüvvələrinin bölmələri Ararat rayonunun Yeraskh kəndi "
                "istiqamətindəki mövqelərdən Naxçıvan Muxtar Respublikasının Sədərək rayonunda "
                "yerləşən mövqelərimizi atəşə tutub",
                date(2021, 7, 23),
                [],
            ),
            (
                "y23-az-denial",
                "az-mod",
                "Erməni tərəfinin Azərbaycan bölmələrinin ilk atəş açması barədə iddiası "
                "əsassızdır",
                None,
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
            "servicemen were killed and two were wounded. The attack was repelled, and the "
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
                "Three Armenian servicemen were killed and two were wounded",
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
            "28 июля подразделения вооружённых сил Армении с позиций в Басаркечарском районе "
            "обстреляли из крупнокалиберного оружия наши позиции в Кельбаджарском районе. "
            "Двое азербайджанских военнослужащих получили ранения. Ответными мерами противник "
            "был подавлен, ответственность за обострение лежит на армянской стороне."
        ),
        "claims": [
            (
                "sj28-az-fire",
                "az-mod",
                "подразделения вооружённых сил Армении с позиций в Басаркечарском районе "
                "обстреляли из крупнокалиберного оружия наши позиции в Кельбаджарском районе",
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
