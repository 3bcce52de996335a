"""Reports of the fourth held-out set (``holdout4``): a soldier killed near Verin Shorzha,
25 May 2021, and six servicemen captured on the Gegharkunik–Kalbajar border, 27 May 2021."""

from datetime import date

REPORTS = [
    # --- Verin Shorzha, Gegharkunik, 25 May 2021 ---
    {
        "key": "shorzha25-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2021, 5, 25),
        "incident": "shorzha-2021",
        "text": (
            "Մայիսի 25-ին ժամը 11:20-ի սահմաններում Ադրբեջանի զինված ուժերի ստորաբաժանումները "
            "կրակ են բացել Գեղարքունիքի մարզի Վերին Շորժա գյուղի մոտակայքում տեղակայված հայկական "
            "դիրքերի ուղղությամբ։ Արձակված կրակոցից մահացու վիրավորում է ստացել պայմանագրային "
            "զինծառայող։ Դեպքի հանգամանքները պարզվում են։"
        ),
        "claims": [
            (
                "sz25-am-fire",
                "am-mod",
                "Ադրբեջանի զինված ուժերի ստորաբաժանումները կրակ են բացել Գեղարքունիքի մարզի Վերին "
                "Շորժա գյուղի մոտակայքում տեղակայված հայկական դիրքերի ուղղությամբ",
                date(2021, 5, 25),
                [],
            ),
            (
                "sz25-am-killed",
                "am-mod",
                "Արձակված կրակոցից մահացու վիրավորում է ստացել պայմանագրային զինծառայող",
                date(2021, 5, 25),
                [],
            ),
        ],
    },
    {
        "key": "shorzha25-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2021, 5, 25),
        "incident": "shorzha-2021",
        "text": (
            "Ermənistan Müdafiə Nazirliyinin Azərbaycan Ordusu bölmələrinin Gegarkunik "
            "istiqamətində erməni mövqelərini atəşə tutması və bir erməni hərbçisinin öldürülməsi "
            "barədə yaydığı məlumat həqiqəti əks etdirmir. Mayın 25-də sərhədin bu hissəsində "
            "bölmələrimiz tərəfindən heç bir atəş açılmayıb. Erməni tərəfi öz sıralarındakı "
            "hadisəni bizim üzərimizə yıxmağa çalışır."
        ),
        "claims": [
            (
                "sz25-az-denial",
                "az-mod",
                "Ermənistan Müdafiə Nazirliyinin Azərbaycan Ordusu bölmələrinin Gegarkunik "
                "istiqamətində erməni mövqelərini atəşə tutması və bir erməni hərbçisinin "
                "öldürülməsi barədə yaydığı məlumat həqiqəti əks etdirmir",
                date(2021, 5, 25),
                [],
            ),
            (
                "sz25-az-no-fire",
                "az-mod",
                "sərhədin bu hissəsində bölmələrimiz tərəfindən heç bir atəş açılmayıb",
                date(2021, 5, 25),
                [],
            ),
        ],
    },
    {
        "key": "shorzha25-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2021, 5, 26),
        "incident": None,
        "text": (
            "ЕРЕВАН, 26 мая. По данным Минобороны Армении, накануне азербайджанские военные "
            "обстреляли армянские позиции у села Верин Шоржа Гегаркуникской области, погиб "
            "военнослужащий по контракту. В Баку эти сведения опровергли, заявив, что огонь на "
            "этом участке границы не открывался."
        ),
        "claims": [
            (
                "sz25-ru-am-fire",
                "am-mod",
                "накануне азербайджанские военные обстреляли армянские позиции у села Верин Шоржа "
                "Гегаркуникской области, погиб военнослужащий по контракту",
                date(2021, 5, 25),
                [],
            ),
            (
                "sz25-ru-az-no-fire",
                "az-mod",
                "огонь на этом участке границы не открывался",
                None,
                [],
            ),
        ],
    },
    # --- Gegharkunik / Kalbajar border, 27 May 2021 ---
    {
        "key": "capture27-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2021, 5, 27),
        "incident": "capture-2021",
        "text": (
            "Mayın 27-si saat 03:00 radələrində Ermənistan silahlı qüvvələrinin "
            "kəşfiyyat-təxribat qrupu Kəlbəcər rayonunun Yuxarı Ayrım kəndi istiqamətində "
            "dövlət sərhədini keçərək ərazimizə daxil olmağa cəhd edib. Sərhəd postlarımıza gedən "
            "təchizat yollarını minalamağa çalışan altı düşmən hərbçisi mühasirəyə alınaraq "
            "tərksilah edilib və əsir götürülüb. Əməliyyat şəraiti bölmələrimizin nəzarəti "
            "altındadır."
        ),
        "claims": [
            (
                "c27-az-sabotage",
                "az-mod",
                "Ermənistan silahlı qüvvələrinin kəşfiyyat-təxribat qrupu Kəlbəcər rayonunun "
                "Yuxarı Ayrım kəndi istiqamətində dövlət sərhədini keçərək ərazimizə daxil olmağa "
                "cəhd edib",
                date(2021, 5, 27),
                [],
            ),
            (
                "c27-az-captured",
                "az-mod",
                "altı düşmən hərbçisi mühasirəyə alınaraq tərksilah edilib və əsir götürülüb",
                date(2021, 5, 27),
                [],
            ),
        ],
    },
    {
        "key": "capture27-am-mod-en",
        "publisher": "am-mod",
        "language": "en",
        "published": date(2021, 5, 27),
        "incident": "capture-2021",
        "text": (
            "Early on 27 May six servicemen of the Armenian armed forces were surrounded and "
            "taken captive by Azerbaijani troops while they carried out engineering work inside "
            "the protected area of an Armenian post in the Gegharkunik border zone. Every step "
            "is being taken to bring them home."
        ),
        "claims": [
            (
                "c27-am-captured",
                "am-mod",
                "six servicemen of the Armenian armed forces were surrounded and taken captive by "
                "Azerbaijani troops while they carried out engineering work inside the protected "
                "area of an Armenian post in the Gegharkunik border zone",
                date(2021, 5, 27),
                [],
            ),
        ],
    },
    {
        "key": "capture27-am-mfa-hy",
        "publisher": "am-mfa",
        "language": "hy",
        "published": date(2021, 5, 27),
        "incident": None,
        "text": (
            "Մայիսի 12-ից Հայաստանի ինքնիշխան տարածք ներխուժած ադրբեջանական զորքերը շարունակում "
            "են սադրիչ գործողությունները։ Մայիսի 27-ի վաղ առավոտյան նրանք գերի են վերցրել "
            "Հայաստանի տարածքում ինժեներական աշխատանքներ կատարող վեց հայ զինծառայողների։ "
            "Ադրբեջանի պնդումն առ այն, թե հայկական դիվերսիոն խումբը փորձել է հատել սահմանը, "
            "կեղծ է։ Գերեվարված զինծառայողները պետք է անհապաղ վերադարձվեն։"
        ),
        "claims": [
            (
                "c27-mfa-captured",
                "am-mfa",
                "նրանք գերի են վերցրել Հայաստանի տարածքում ինժեներական աշխատանքներ կատարող վեց հայ "
                "զինծառայողների",
                date(2021, 5, 27),
                [],
            ),
            (
                "c27-mfa-denial",
                "am-mfa",
                "Ադրբեջանի պնդումն առ այն, թե հայկական դիվերսիոն խումբը փորձել է հատել սահմանը, "
                "կեղծ է",
                None,
                [],
            ),
        ],
    },
    {
        "key": "capture27-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2021, 5, 27),
        "incident": None,
        "text": (
            "БАКУ, 27 мая. Минобороны Азербайджана сообщило о задержании шести армянских "
            "военнослужащих, которые, по версии ведомства, в составе разведывательно-диверсионной "
            "группы пытались проникнуть в Кельбаджарский район и заминировать дороги снабжения. "
            "В Ереване настаивают, что военные были окружены и взяты в плен на армянской "
            "территории во время инженерных работ."
        ),
        "claims": [
            (
                "c27-ru-az-sabotage",
                "az-mod",
                "в составе разведывательно-диверсионной группы пытались проникнуть в "
                "Кельбаджарский район и заминировать дороги снабжения",
                None,
                [],
            ),
            (
                "c27-ru-am-captured",
                "am-mod",
                "военные были окружены и взяты в плен на армянской территории во время инженерных "
                "работ",
                None,
                [],
            ),
        ],
    },
    {
        "key": "capture27-az-mfa-en",
        "publisher": "az-mfa",
        "language": "en",
        "published": date(2021, 5, 28),
        "incident": None,
        "text": (
            "Yerevan's claim that its servicemen were seized on Armenian soil is groundless. The "
            "group was detained on the Azerbaijani side of the border, on a road leading to our "
            "border posts, and its members are treated in line with international humanitarian "
            "law."
        ),
        "claims": [
            (
                "c27-azmfa-denial",
                "az-mfa",
                "Yerevan's claim that its servicemen were seized on Armenian soil is groundless",
                None,
                [],
            ),
            (
                "c27-azmfa-detained",
                "az-mfa",
                "The group was detained on the Azerbaijani side of the border, on a road leading "
                "to our border posts",
                None,
                [],
            ),
        ],
    },
]
