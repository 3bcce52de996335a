"""Reports of the fifth held-out set (``holdout5``): the first day of the war, 27 September 2020,
and the Vardenis and Dashkasan sectors of the border, 29 September 2020."""

from datetime import date

REPORTS = [
    # --- The line of contact, 27 September 2020 ---
    {
        "key": "start27-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2020, 9, 27),
        "incident": "start-2020",
        "text": (
            "Սեպտեմբերի 27-ի առավոտյան Ադրբեջանի զինված ուժերը հարձակում են սկսել շփման գծի "
            "ողջ երկայնքով և հրթիռահրետանային կրակի տակ են վերցրել Արցախի խաղաղ բնակավայրերը, "
            "այդ թվում՝ Ստեփանակերտը։ Մարտերի ընթացքում հայկական ստորաբաժանումները ոչնչացրել են "
            "հակառակորդի երեք տանկ և խոցել երկու ուղղաթիռ։ Բնակչությանը խնդրում ենք մնալ "
            "ապաստարաններում։"
        ),
        "claims": [
            (
                "s27-am-attack",
                "am-mod",
                "Ադրբեջանի զինված ուժերը հարձակում են սկսել շփման գծի ողջ երկայնքով և "
                "հրթիռահրետանային կրակի տակ են վերցրել Արցախի խաղաղ բնակավայրերը",
                date(2020, 9, 27),
                [],
            ),
            (
                "s27-am-tanks",
                "am-mod",
                "հայկական ստորաբաժանումները ոչնչացրել են հակառակորդի երեք տանկ",
                date(2020, 9, 27),
                [],
            ),
        ],
    },
    {
        "key": "start27-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2020, 9, 27),
        "incident": "start-2020",
        "text": (
            "Sentyabrın 27-də səhər saatlarında Ermənistan silahlı qüvvələri cəbhə xətti boyunca "
            "Tərtər, Ağdam və Füzuli rayonlarının kəndlərini iri çaplı silahlardan və artilleriya "
            "qurğularından atəşə tutub. Düşmənin hərbi fəallığının qarşısını almaq üçün "
            "qoşunlarımız bütün cəbhə boyu əks-hücum əməliyyatına başlayıb. Erməni tərəfinin "
            "tanklarımızın məhv edilməsi barədə yaydığı məlumat yalandır."
        ),
        "claims": [
            (
                "s27-az-shelled",
                "az-mod",
                "Ermənistan silahlı qüvvələri cəbhə xətti boyunca Tərtər, Ağdam və Füzuli "
                "rayonlarının kəndlərini iri çaplı silahlardan və artilleriya qurğularından atəşə "
                "tutub",
                date(2020, 9, 27),
                [],
            ),
            (
                "s27-az-no-tanks",
                "az-mod",
                "Erməni tərəfinin tanklarımızın məhv edilməsi barədə yaydığı məlumat yalandır",
                date(2020, 9, 27),
                [],
            ),
        ],
    },
    {
        "key": "start27-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2020, 9, 27),
        "incident": None,
        "text": (
            "БАКУ / ЕРЕВАН, 27 сентября. В зоне карабахского конфликта с утра идут бои. "
            "Минобороны Армении утверждает, что азербайджанская армия перешла в наступление по "
            "всей линии соприкосновения и обстреливает мирные населённые пункты Карабаха. "
            "В Баку заявляют, что первыми огонь по прифронтовым сёлам Тертерского, Агдамского и "
            "Физулинского районов открыли армянские силы, а войска лишь отвечают контрнаступлением."
        ),
        "claims": [
            (
                "s27-ru-am-attack",
                "am-mod",
                "азербайджанская армия перешла в наступление по всей линии соприкосновения и "
                "обстреливает мирные населённые пункты Карабаха",
                None,
                [],
            ),
            (
                "s27-ru-az-shelled",
                "az-mod",
                "первыми огонь по прифронтовым сёлам Тертерского, Агдамского и Физулинского "
                "районов открыли армянские силы",
                None,
                [],
            ),
        ],
    },
    {
        "key": "start27-tr-mfa-en",
        "publisher": "tr-mfa",
        "language": "en",
        "published": date(2020, 9, 27),
        "incident": None,
        "text": (
            "We condemn in the strongest terms the attack that Armenia launched this morning "
            "against Azerbaijani civilians and army positions along the line of contact. Armenia "
            "has once again shown that it is the main obstacle to peace in the region. Our "
            "country stands by Azerbaijan with all its means."
        ),
        "claims": [
            (
                "s27-tr-attack",
                "tr-mfa",
                "the attack that Armenia launched this morning against Azerbaijani civilians and "
                "army positions along the line of contact",
                date(2020, 9, 27),
                [],
            ),
        ],
    },
    # --- Vardenis, Gegharkunik, 29 September 2020 ---
    {
        "key": "vardenis29-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2020, 9, 29),
        "incident": "vardenis-2020",
        "text": (
            "Սեպտեմբերի 29-ին Ադրբեջանի զինված ուժերը կրակ են բացել Հայաստանի Հանրապետության "
            "տարածքում՝ Վարդենիսում տեղակայված զորամասի ուղղությամբ, իսկ հարվածային անօդաչու "
            "սարքը խոցել է Վարդենիս քաղաքում կանգնած քաղաքացիական ավտոբուսը։ Ավտոբուսն "
            "ամբողջությամբ այրվել է, մարդիկ չեն տուժել։"
        ),
        "claims": [
            (
                "v29-am-fire",
                "am-mod",
                "Ադրբեջանի զինված ուժերը կրակ են բացել Հայաստանի Հանրապետության տարածքում՝ "
                "Վարդենիսում տեղակայված զորամասի ուղղությամբ",
                date(2020, 9, 29),
                [],
            ),
            (
                "v29-am-bus",
                "am-mod",
                "հարվածային անօդաչու սարքը խոցել է Վարդենիս քաղաքում կանգնած քաղաքացիական "
                "ավտոբուսը",
                date(2020, 9, 29),
                [],
            ),
        ],
    },
    {
        "key": "vardenis29-az-mod-en",
        "publisher": "az-mod",
        "language": "en",
        "published": date(2020, 9, 29),
        "incident": None,
        "text": (
            "The claim spread by Armenia's defence ministry that our drones struck a bus in "
            "Vardenis is disinformation. The Azerbaijani army does not target civilians and "
            "conducts no operations on the territory of Armenia. Such fabrications are meant to "
            "draw third countries into the conflict."
        ),
        "claims": [
            (
                "v29-az-denial",
                "az-mod",
                "The claim spread by Armenia's defence ministry that our drones struck a bus in "
                "Vardenis is disinformation",
                date(2020, 9, 29),
                [],
            ),
            (
                "v29-az-no-ops",
                "az-mod",
                "conducts no operations on the territory of Armenia",
                None,
                [],
            ),
        ],
    },
    {
        "key": "vardenis29-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2020, 9, 29),
        "incident": None,
        "text": (
            "ЕРЕВАН, 29 сентября. В армянском Варденисе горит рейсовый автобус, в который, по "
            "данным Минобороны Армении, попал азербайджанский ударный беспилотник. О "
            "пострадавших не сообщается."
        ),
        "claims": [
            (
                "v29-ru-am-bus",
                "am-mod",
                "горит рейсовый автобус, в который, по данным Минобороны Армении, попал "
                "азербайджанский ударный беспилотник",
                date(2020, 9, 29),
                [],
            ),
        ],
    },
    # --- Dashkasan district, 29 September 2020 (no listed incident) ---
    {
        "key": "dashkesan29-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2020, 9, 29),
        "incident": None,
        "text": (
            "Sentyabrın 29-da saat 07:30-da Ermənistan silahlı qüvvələri Ermənistanın Vardenis "
            "rayonu ərazisindən Daşkəsən rayonundakı mövqelərimizi artilleriyadan atəşə tutub. "
            "Bu, Ermənistanın münaqişəni Qarabağdan kənara çıxarmaq cəhdidir. Bölmələrimiz "
            "vəziyyətə tam nəzarət edir."
        ),
        "claims": [
            (
                "d29-az-shelled",
                "az-mod",
                "Ermənistan silahlı qüvvələri Ermənistanın Vardenis rayonu ərazisindən Daşkəsən "
                "rayonundakı mövqelərimizi artilleriyadan atəşə tutub",
                date(2020, 9, 29),
                [],
            ),
        ],
    },
    {
        "key": "dashkesan29-am-mfa-en",
        "publisher": "am-mfa",
        "language": "en",
        "published": date(2020, 9, 29),
        "incident": None,
        "text": (
            "Baku's statement that the armed forces of Armenia fired on the Dashkasan district "
            "from Armenian territory is false. It is disinformation meant to prepare the ground "
            "for spreading the fighting to the territory of the Republic of Armenia."
        ),
        "claims": [
            (
                "d29-mfa-denial",
                "am-mfa",
                "Baku's statement that the armed forces of Armenia fired on the Dashkasan "
                "district from Armenian territory is false",
                None,
                [],
            ),
        ],
    },
]
