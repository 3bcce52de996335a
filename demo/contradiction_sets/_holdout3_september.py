"""Reports of the third held-out set (``holdout3``): the Goris and Vardenis sectors of the border,
14 September 2022."""

from datetime import date

REPORTS = [
    # --- Goris and Lachin directions, 14 September 2022 ---
    {
        "key": "goris14-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2022, 9, 14),
        "incident": "goris-2022",
        "text": (
            "Սեպտեմբերի 14-ի առավոտից Ադրբեջանի զինված ուժերը հրետանուց և անօդաչու թռչող "
            "սարքերից կրակ են վարում Գորիսի ուղղությամբ տեղակայված հայկական դիրքերի ուղղությամբ։ "
            "Հարվածներ են հասցվել նաև Գորիսի մերձակա բնակավայրերի քաղաքացիական "
            "ենթակառուցվածքներին։"
        ),
        "claims": [
            (
                "g14-am-fire",
                "am-mod",
                "Ադրբեջանի զինված ուժերը հրետանուց և անօդաչու թռչող սարքերից կրակ են վարում "
                "Գորիսի ուղղությամբ տեղակայված հայկական դիրքերի ուղղությամբ",
                date(2022, 9, 14),
                [],
            ),
            (
                "g14-am-civilian",
                "am-mod",
                "Հարվածներ են հասցվել նաև Գորիսի մերձակա բնակավայրերի քաղաքացիական "
                "ենթակառուցվածքներին",
                date(2022, 9, 14),
                [],
            ),
        ],
    },
    {
        "key": "goris14-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2022, 9, 14),
        "incident": "goris-2022",
        "text": (
            "Sentyabrın 14-də Ermənistan silahlı qüvvələrinin bölmələri Gorus rayonu "
            "istiqamətindən Laçın rayonu ərazisində yerləşən mövqelərimizi artilleriyadan atəşə "
            "tutub. Ermənistan tərəfinin Azərbaycan Ordusunun Gorusda mülki obyektləri atəşə "
            "tutması barədə yaydığı məlumat yalandır."
        ),
        "claims": [
            (
                "g14-az-fire",
                "az-mod",
                "Ermənistan silahlı qüvvələrinin bölmələri Gorus rayonu istiqamətindən Laçın "
                "rayonu ərazisində yerləşən mövqelərimizi artilleriyadan atəşə tutub",
                date(2022, 9, 14),
                [],
            ),
            (
                "g14-az-denial",
                "az-mod",
                "Ermənistan tərəfinin Azərbaycan Ordusunun Gorusda mülki obyektləri atəşə tutması "
                "barədə yaydığı məlumat yalandır",
                date(2022, 9, 14),
                [],
            ),
        ],
    },
    {
        "key": "goris14-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2022, 9, 14),
        "incident": None,
        "text": (
            "ЕРЕВАН, 14 сентября. Минобороны Армении заявило, что азербайджанские войска с утра "
            "обстреливают армянские позиции на горисском направлении из артиллерии и с "
            "беспилотников. В Баку утверждают, что огонь по Лачинскому району вели армянские "
            "подразделения со стороны Гориса."
        ),
        "claims": [
            (
                "g14-ru-am-fire",
                "am-mod",
                "азербайджанские войска с утра обстреливают армянские позиции на горисском "
                "направлении из артиллерии и с беспилотников",
                date(2022, 9, 14),
                [],
            ),
            (
                "g14-ru-az-fire",
                "az-mod",
                "огонь по Лачинскому району вели армянские подразделения со стороны Гориса",
                None,
                [],
            ),
        ],
    },
    {
        "key": "goris14-am-gov-en",
        "publisher": "am-gov",
        "language": "en",
        "published": date(2022, 9, 15),
        "incident": None,
        "text": (
            "The Armenian government said shells had fallen on homes on the outskirts of Goris "
            "and Akner, and that civilians were among the wounded."
        ),
        "claims": [
            (
                "g14-gov-homes",
                "am-gov",
                "shells had fallen on homes on the outskirts of Goris and Akner",
                None,
                [],
            ),
        ],
    },
    # --- Vardenis and Kalbajar directions, 14 September 2022 ---
    {
        "key": "vardenis14-am-mod-en",
        "publisher": "am-mod",
        "language": "en",
        "published": date(2022, 9, 14),
        "incident": None,
        "text": (
            "In the Vardenis direction Azerbaijani forces resumed their attack on 14 September, "
            "striking Armenian positions near Verin Shorzha and Kut with drones and heavy "
            "artillery. Reports from Baku that Armenian units shelled the Kalbajar district are "
            "false."
        ),
        "claims": [
            (
                "v14-am-attack",
                "am-mod",
                "Azerbaijani forces resumed their attack on 14 September, striking Armenian "
                "positions near Verin Shorzha and Kut with drones and heavy artillery",
                date(2022, 9, 14),
                [],
            ),
            (
                "v14-am-denial",
                "am-mod",
                "Reports from Baku that Armenian units shelled the Kalbajar district are false",
                date(2022, 9, 14),
                [],
            ),
        ],
    },
    {
        "key": "vardenis14-az-mod-ru",
        "publisher": "az-mod",
        "language": "ru",
        "published": date(2022, 9, 14),
        "incident": None,
        "text": (
            "14 сентября армянские подразделения с позиций в Басаркечарском районе вели огонь из "
            "минометов и артиллерии по позициям азербайджанской армии в Кельбаджарском районе. "
            "Армянская сторона распространяет ложь о наступлении наших подразделений у Кута."
        ),
        "claims": [
            (
                "v14-az-fire",
                "az-mod",
                "армянские подразделения с позиций в Басаркечарском районе вели огонь из "
                "минометов и артиллерии по позициям азербайджанской армии в Кельбаджарском районе",
                date(2022, 9, 14),
                [],
            ),
            (
                "v14-az-denial",
                "az-mod",
                "Армянская сторона распространяет ложь о наступлении наших подразделений у Кута",
                date(2022, 9, 14),
                [],
            ),
        ],
    },
    {
        "key": "vardenis14-am-agency-hy",
        "publisher": "am-agency",
        "language": "hy",
        "published": date(2022, 9, 14),
        "incident": None,
        "text": (
            "ՊՆ տվյալներով՝ Վարդենիսի ուղղությամբ ադրբեջանական զինուժը անօդաչուներով և "
            "ծանր հրետանիով հարվածում է Վերին Շորժայի և Կութի մոտ գտնվող հայկական դիրքերին։"
        ),
        "claims": [
            (
                "v14-amag-attack",
                "am-mod",
                "ադրբեջանական զինուժը անօդաչուներով և ծանր հրետանիով հարվածում է Վերին Շորժայի "
                "և Կութի մոտ գտնվող հայկական դիրքերին",
                None,
                [],
            ),
        ],
    },
    {
        "key": "vardenis14-az-agency-az",
        "publisher": "az-agency",
        "language": "az",
        "published": date(2022, 9, 15),
        "incident": None,
        "text": (
            "Kəlbəcər istiqamətində vəziyyət gərgin olaraq qalır. Yerli sakinlərin sözlərinə "
            "görə, erməni bölmələri gecə boyu Basarkeçər tərəfdən kəndlərin yaxınlığındakı "
            "mövqeləri minaatanlardan atəşə tutub."
        ),
        "claims": [
            (
                "v14-azag-fire",
                "az-agency",
                "erməni bölmələri gecə boyu Basarkeçər tərəfdən kəndlərin yaxınlığındakı "
                "mövqeləri minaatanlardan atəşə tutub",
                None,
                [],
            ),
        ],
    },
    {
        "key": "vardenis14-wire-en",
        "publisher": "wire",
        "language": "en",
        "published": date(2022, 9, 15),
        "incident": None,
        "text": (
            "Each side blamed the other for the second day of fighting. Baku said Armenian mortar "
            "and artillery fire from the Vardenis area hit its positions in Kalbajar; Yerevan said "
            "Azerbaijani drones and artillery pounded its positions near Kut and Verin Shorzha."
        ),
        "claims": [
            (
                "v14-wire-az-fire",
                "az-mod",
                "Armenian mortar and artillery fire from the Vardenis area hit its positions in "
                "Kalbajar",
                None,
                [],
            ),
            (
                "v14-wire-am-attack",
                "am-mod",
                "Azerbaijani drones and artillery pounded its positions near Kut and Verin Shorzha",
                None,
                [],
            ),
        ],
    },
]
