"""Reports of the second held-out set (``holdout2``): missile and rocket strikes of October 2020
on Ganja, Mingachevir and Barda, each denied by Armenia."""

from datetime import date

REPORTS = [
    # --- Ganja, 4 October 2020 ---
    {
        "key": "ganja4-az-mfa-en",
        "publisher": "az-mfa",
        "language": "en",
        "published": date(2020, 10, 4),
        "incident": "ganja-2020",
        "text": (
            "One civilian was killed and four were wounded when the Armenian army fired missiles "
            "at densely populated residential areas of Ganja, Azerbaijan's second city, some 60 "
            "km from the Armenian border. Houses and a school were damaged."
        ),
        "claims": [
            (
                "g4-mfa-strike",
                "az-mfa",
                "One civilian was killed and four were wounded when the Armenian army fired "
                "missiles at densely populated residential areas of Ganja",
                date(2020, 10, 4),
                [],
            ),
        ],
    },
    {
        "key": "ganja4-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2020, 10, 4),
        "incident": "ganja-2020",
        "text": (
            "Qarabağdakı erməni rejiminin Gəncə hərbi aerodromunu məhv etməsi barədə yaydığı "
            "məlumat yalandır. Düşmən Gəncə şəhərinin yaşayış məhəllələrini raket atəşinə tutub, "
            "mülki şəxslər arasında ölən və yaralananlar var."
        ),
        "claims": [
            (
                "g4-azmod-airfield-denial",
                "az-mod",
                "Qarabağdakı erməni rejiminin Gəncə hərbi aerodromunu məhv etməsi barədə yaydığı "
                "məlumat yalandır",
                date(2020, 10, 4),
                [],
            ),
            (
                "g4-azmod-strike",
                "az-mod",
                "Düşmən Gəncə şəhərinin yaşayış məhəllələrini raket atəşinə tutub",
                date(2020, 10, 4),
                [],
            ),
        ],
    },
    {
        "key": "ganja4-nk-leader-ru",
        "publisher": "nk-leader",
        "language": "ru",
        "published": date(2020, 10, 4),
        "incident": "ganja-2020",
        "text": (
            "Силы Армии обороны нанесли удары по военным объектам в Гяндже, в том числе по "
            "военному аэродрому. Отныне под прицелом окажутся военные объекты в крупных городах "
            "Азербайджана. Мирное население целью не является."
        ),
        "claims": [
            (
                "g4-nk-airfield",
                "nk-leader",
                "Силы Армии обороны нанесли удары по военным объектам в Гяндже, в том числе по "
                "военному аэродрому",
                date(2020, 10, 4),
                [],
            ),
            (
                "g4-nk-no-civilians",
                "nk-leader",
                "Мирное население целью не является",
                None,
                [],
            ),
        ],
    },
    {
        "key": "ganja4-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2020, 10, 4),
        "incident": None,
        "text": (
            "Հոկտեմբերի 4-ին Հայաստանի Հանրապետության տարածքից Ադրբեջանի ուղղությամբ որևէ հրթիռ "
            "չի արձակվել։ Գյանջայի վրա Հայաստանի կողմից իբր հասցված հարվածի մասին Բաքվի պնդումը "
            "հերթական ապատեղեկատվությունն է։"
        ),
        "claims": [
            (
                "g4-am-no-missile",
                "am-mod",
                "Հոկտեմբերի 4-ին Հայաստանի Հանրապետության տարածքից Ադրբեջանի ուղղությամբ որևէ "
                "հրթիռ չի արձակվել",
                date(2020, 10, 4),
                [],
            ),
            (
                "g4-am-denial",
                "am-mod",
                "Գյանջայի վրա Հայաստանի կողմից իբր հասցված հարվածի մասին Բաքվի պնդումը հերթական "
                "ապատեղեկատվությունն է",
                date(2020, 10, 4),
                [],
            ),
        ],
    },
    {
        "key": "ganja4-wire-en",
        "publisher": "wire",
        "language": "en",
        "published": date(2020, 10, 5),
        "incident": None,
        "text": (
            "Azerbaijan's foreign ministry said one civilian died and four were hurt in an "
            "Armenian missile strike on homes in Ganja. Armenia's defence ministry called that "
            "disinformation and said no missile had been fired from Armenian territory."
        ),
        "claims": [
            (
                "g4-wire-mfa-strike",
                "az-mfa",
                "one civilian died and four were hurt in an Armenian missile strike on homes in "
                "Ganja",
                None,
                [],
            ),
            (
                "g4-wire-am-no-missile",
                "am-mod",
                "no missile had been fired from Armenian territory",
                None,
                [],
            ),
        ],
    },
    # --- Mingachevir, 4 October 2020 (no listed incident) ---
    {
        "key": "ming4-az-aide-en",
        "publisher": "az-aide",
        "language": "en",
        "published": date(2020, 10, 4),
        "incident": None,
        "text": (
            "On the evening of 4 October Armenia's armed forces launched a missile attack on "
            "Mingachevir, a city with a large water reservoir and a power station. This is a "
            "barbaric act of despair."
        ),
        "claims": [
            (
                "m4-aide-strike",
                "az-aide",
                "Armenia's armed forces launched a missile attack on Mingachevir",
                date(2020, 10, 4),
                [],
            ),
        ],
    },
    {
        "key": "ming4-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2020, 10, 4),
        "incident": None,
        "text": (
            "Oktyabrın 4-də axşam saatlarında Ermənistan silahlı qüvvələri Mingəçevir şəhərini "
            "raket atəşinə tutub. Tərtər şəhəri də düşmən tərəfindən atəş altındadır."
        ),
        "claims": [
            (
                "m4-azmod-strike",
                "az-mod",
                "Ermənistan silahlı qüvvələri Mingəçevir şəhərini raket atəşinə tutub",
                date(2020, 10, 4),
                [],
            ),
        ],
    },
    {
        "key": "ming4-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2020, 10, 5),
        "incident": None,
        "text": (
            "ЕРЕВАН. Официальный представитель Минобороны Армении назвала очередной "
            "дезинформацией заявления Баку о ракетном ударе по Мингечевиру. В Степанакерте также "
            "отвергли эти обвинения."
        ),
        "claims": [
            (
                "m4-ru-am-denial",
                "am-mod",
                "назвала очередной дезинформацией заявления Баку о ракетном ударе по Мингечевиру",
                None,
                [],
            ),
        ],
    },
    # --- Garayusifli, Barda district, 27 October 2020 (no listed incident) ---
    {
        "key": "barda27-az-aide-en",
        "publisher": "az-aide",
        "language": "en",
        "published": date(2020, 10, 27),
        "incident": None,
        "text": (
            "Armenia used cluster munitions from a Smerch launcher against civilians in the Barda "
            "district on 27 October: four people, among them a two-year-old girl, were killed and "
            "thirteen wounded in the village of Garayusifli."
        ),
        "claims": [
            (
                "b27-aide-strike",
                "az-aide",
                "Armenia used cluster munitions from a Smerch launcher against civilians in the "
                "Barda district on 27 October",
                date(2020, 10, 27),
                [],
            ),
            (
                "b27-aide-killed",
                "az-aide",
                "four people, among them a two-year-old girl, were killed and thirteen wounded in "
                "the village of Garayusifli",
                date(2020, 10, 27),
                [],
            ),
        ],
    },
    {
        "key": "barda27-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2020, 10, 27),
        "incident": None,
        "text": (
            "Բարդայի շրջանի Ղարայուսիֆլի գյուղին հայկական զինուժի կողմից հասցված հարվածի մասին "
            "Ադրբեջանի պնդումները սուտ են։ Հայաստանի զինված ուժերը կասետային զինամթերք չեն "
            "կիրառում։"
        ),
        "claims": [
            (
                "b27-am-denial",
                "am-mod",
                "Բարդայի շրջանի Ղարայուսիֆլի գյուղին հայկական զինուժի կողմից հասցված հարվածի "
                "մասին Ադրբեջանի պնդումները սուտ են",
                date(2020, 10, 27),
                [],
            ),
            (
                "b27-am-no-cluster",
                "am-mod",
                "Հայաստանի զինված ուժերը կասետային զինամթերք չեն կիրառում",
                None,
                [],
            ),
        ],
    },
    {
        "key": "barda27-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2020, 10, 28),
        "incident": None,
        "text": (
            "БАКУ. Помощник президента Азербайджана заявил, что по селу Гараюсифли Бардинского "
            "района был нанесен удар кассетными боеприпасами из «Смерча». По его словам, погибли "
            "четыре человека."
        ),
        "claims": [
            (
                "b27-ru-aide-strike",
                "az-aide",
                "по селу Гараюсифли Бардинского района был нанесен удар кассетными боеприпасами "
                "из «Смерча»",
                None,
                [],
            ),
        ],
    },
    # --- Barda, 28 October 2020 ---
    {
        "key": "barda28-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2020, 10, 28),
        "incident": "barda-2020",
        "text": (
            "Humanitar atəşkəs rejimini kobud şəkildə pozan Ermənistan silahlı qüvvələri Bərdə "
            "şəhərini «Smerç» reaktiv yaylım atəşi sistemindən atəşə tutub. Ölən və yaralananlar "
            "var, mülki infrastruktura ziyan dəyib."
        ),
        "claims": [
            (
                "b28-az-strike",
                "az-mod",
                "Ermənistan silahlı qüvvələri Bərdə şəhərini «Smerç» reaktiv yaylım atəşi "
                "sistemindən atəşə tutub",
                date(2020, 10, 28),
                [],
            ),
        ],
    },
    {
        "key": "barda28-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2020, 10, 28),
        "incident": "barda-2020",
        "text": (
            "Բարդա քաղաքը «Սմերչ» համակարգով հայկական ուժերի կողմից իբր գնդակոծելու մասին "
            "Ադրբեջանի ՊՆ հայտարարությունն անհիմն է և կեղծ։"
        ),
        "claims": [
            (
                "b28-am-denial",
                "am-mod",
                "Բարդա քաղաքը «Սմերչ» համակարգով հայկական ուժերի կողմից իբր գնդակոծելու մասին "
                "Ադրբեջանի ՊՆ հայտարարությունն անհիմն է և կեղծ",
                date(2020, 10, 28),
                [],
            ),
        ],
    },
    {
        "key": "barda28-wire-en",
        "publisher": "wire",
        "language": "en",
        "published": date(2020, 10, 28),
        "incident": "barda-2020",
        "text": (
            "Azerbaijan's prosecutor general's office said 21 civilians were killed and some 70 "
            "wounded when Armenian cluster rockets hit a busy shopping street in Barda. Armenia's "
            "defence ministry said the accusation that its forces had struck Barda was "
            "groundless."
        ),
        "claims": [
            (
                "b28-wire-prosecutor-killed",
                "az-prosecutor",
                "21 civilians were killed and some 70 wounded when Armenian cluster rockets hit a "
                "busy shopping street in Barda",
                date(2020, 10, 28),
                [],
            ),
            (
                "b28-wire-am-denial",
                "am-mod",
                "the accusation that its forces had struck Barda was groundless",
                None,
                [],
            ),
        ],
    },
    {
        "key": "barda28-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2020, 10, 29),
        "incident": None,
        "text": (
            "Генпрокуратура Азербайджана сообщила о 21 погибшем и около 70 раненых в Барде после "
            "ракетного удара армянских сил. Ереван свою причастность отрицает."
        ),
        "claims": [
            (
                "b28-ru-prosecutor-killed",
                "az-prosecutor",
                "сообщила о 21 погибшем и около 70 раненых в Барде после ракетного удара "
                "армянских сил",
                None,
                [],
            ),
        ],
    },
]
