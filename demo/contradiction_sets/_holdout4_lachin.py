"""Reports of the fourth held-out set (``holdout4``): fire near Zabukh, 24 August 2022, and the
handover of Lachin town (Berdzor), Zabukh and Sus, 26 August 2022."""

from datetime import date

REPORTS = [
    # --- Zabukh (Aghavno), Lachin district, 24 August 2022 ---
    {
        "key": "zabukh24-az-mod-en",
        "publisher": "az-mod",
        "language": "en",
        "published": date(2022, 8, 24),
        "incident": None,
        "text": (
            "On 24 August members of illegal Armenian armed detachments fired with small arms at "
            "Azerbaijan Army positions in the Lachin district, near the village of Zabukh. The "
            "enemy fire was silenced by return fire, and there are no losses among our "
            "personnel."
        ),
        "claims": [
            (
                "z24-az-fire",
                "az-mod",
                "members of illegal Armenian armed detachments fired with small arms at Azerbaijan "
                "Army positions in the Lachin district, near the village of Zabukh",
                date(2022, 8, 24),
                [],
            ),
        ],
    },
    {
        "key": "zabukh24-nk-army-hy",
        "publisher": "nk-army",
        "language": "hy",
        "published": date(2022, 8, 24),
        "incident": None,
        "text": (
            "Ադրբեջանի ՊՆ հաղորդագրությունը, թե Պաշտպանության բանակի ստորաբաժանումները Աղավնոյի "
            "մոտ կրակ են բացել ադրբեջանական դիրքերի ուղղությամբ, իրականությանը չի համապատասխանում։ "
            "Մեր ստորաբաժանումները խստորեն պահպանում են հրադադարի ռեժիմը։"
        ),
        "claims": [
            (
                "z24-nk-denial",
                "nk-army",
                "Ադրբեջանի ՊՆ հաղորդագրությունը, թե Պաշտպանության բանակի ստորաբաժանումները "
                "Աղավնոյի մոտ կրակ են բացել ադրբեջանական դիրքերի ուղղությամբ, իրականությանը չի "
                "համապատասխանում",
                None,
                [],
            ),
            (
                "z24-nk-ceasefire",
                "nk-army",
                "Մեր ստորաբաժանումները խստորեն պահպանում են հրադադարի ռեժիմը",
                None,
                [],
            ),
        ],
    },
    {
        "key": "zabukh24-az-agency-az",
        "publisher": "az-agency",
        "language": "az",
        "published": date(2022, 8, 25),
        "incident": None,
        "text": (
            "Müdafiə Nazirliyi xəbər verir ki, qanunsuz erməni silahlı dəstələri Laçın rayonunun "
            "Zabux kəndi yaxınlığında Azərbaycan Ordusunun mövqelərini atıcı silahlardan atəşə "
            "tutub. Düşmən cavab atəşi ilə susdurulub."
        ),
        "claims": [
            (
                "z24-azag-fire",
                "az-mod",
                "qanunsuz erməni silahlı dəstələri Laçın rayonunun Zabux kəndi yaxınlığında "
                "Azərbaycan Ordusunun mövqelərini atıcı silahlardan atəşə tutub",
                None,
                [],
            ),
        ],
    },
    # --- Lachin town (Berdzor), Zabukh and Sus, 26 August 2022 ---
    {
        "key": "berdzor26-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2022, 8, 26),
        "incident": "berdzor-2022",
        "text": (
            "Avqustun 26-da Azərbaycan Ordusunun bölmələri Laçın şəhərinə daxil olub. Şəhərdə və "
            "ətraf kəndlərdə mühəndis-istehkam işləri aparılır. Erməni silahlı dəstələrinin tərk "
            "etdiyi mövqelərdə çoxlu sayda mina aşkar olunub."
        ),
        "claims": [
            (
                "b26-az-entered",
                "az-mod",
                "Azərbaycan Ordusunun bölmələri Laçın şəhərinə daxil olub",
                date(2022, 8, 26),
                [],
            ),
            (
                "b26-az-mines",
                "az-mod",
                "Erməni silahlı dəstələrinin tərk etdiyi mövqelərdə çoxlu sayda mina aşkar olunub",
                date(2022, 8, 26),
                [],
            ),
        ],
    },
    {
        "key": "berdzor26-nk-leader-hy",
        "publisher": "nk-leader",
        "language": "hy",
        "published": date(2022, 8, 26),
        "incident": "berdzor-2022",
        "text": (
            "Բերձորի, Աղավնոյի և Սուսի բնակիչները ստիպված են եղել լքել իրենց տները, քանի որ "
            "Ադրբեջանը հրաժարվել է նրանց անվտանգության որևէ երաշխիք տալ։ Պաշտպանության բանակը "
            "Բերձորում դիրքեր չի ունեցել, և այնտեղ ոչ մի ական չի թողնվել։"
        ),
        "claims": [
            (
                "b26-nk-forced",
                "nk-leader",
                "Բերձորի, Աղավնոյի և Սուսի բնակիչները ստիպված են եղել լքել իրենց տները",
                None,
                [],
            ),
            (
                "b26-nk-no-mines",
                "nk-leader",
                "Պաշտպանության բանակը Բերձորում դիրքեր չի ունեցել, և այնտեղ ոչ մի ական չի թողնվել",
                None,
                [],
            ),
        ],
    },
    {
        "key": "berdzor26-az-aide-en",
        "publisher": "az-aide",
        "language": "en",
        "published": date(2022, 8, 26),
        "incident": None,
        "text": (
            "Nobody drove the Armenian residents out of Lachin: they were told they could stay "
            "and live as citizens of Azerbaijan, and they chose to go. Before leaving, some of "
            "them set fire to houses in Zabukh."
        ),
        "claims": [
            (
                "b26-aide-voluntary",
                "az-aide",
                "Nobody drove the Armenian residents out of Lachin",
                None,
                [],
            ),
            (
                "b26-aide-arson",
                "az-aide",
                "some of them set fire to houses in Zabukh",
                None,
                [],
            ),
        ],
    },
    {
        "key": "berdzor26-ru-mod-ru",
        "publisher": "ru-mod",
        "language": "ru",
        "published": date(2022, 8, 26),
        "incident": None,
        "text": (
            "В соответствии с договоренностями сторон жители Лачина, Забуха и Суса покинули свои "
            "дома добровольно, их выезд проходил в сопровождении российских миротворцев. "
            "Нарушений режима прекращения огня за сутки не зафиксировано."
        ),
        "claims": [
            (
                "b26-ru-voluntary",
                "ru-mod",
                "жители Лачина, Забуха и Суса покинули свои дома добровольно",
                None,
                [],
            ),
        ],
    },
    {
        "key": "berdzor26-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2022, 8, 27),
        "incident": None,
        "text": (
            "СТЕПАНАКЕРТ, 27 августа. Власти Карабаха заявили, что жители Бердзора, Агавно и Суса "
            "были вынуждены оставить дома, поскольку Баку не дал им гарантий безопасности. В "
            "Минобороны Азербайджана сообщили о множестве мин, найденных на оставленных армянскими "
            "формированиями позициях."
        ),
        "claims": [
            (
                "b26-ru-nk-forced",
                "nk-leader",
                "жители Бердзора, Агавно и Суса были вынуждены оставить дома",
                None,
                [],
            ),
            (
                "b26-ru-az-mines",
                "az-mod",
                "о множестве мин, найденных на оставленных армянскими формированиями позициях",
                None,
                [],
            ),
        ],
    },
]
