"""Reports of the third held-out set (``holdout3``): near Shusha and in the Khojavend direction,
8–11 November 2021; the Lachin road and the gas supply of Karabakh, 12–13 December 2022."""

from datetime import date

REPORTS = [
    # --- Water-pipe workers near Shusha, 8 November 2021 ---
    {
        "key": "shusha8-nk-nss-hy",
        "publisher": "nk-nss",
        "language": "hy",
        "published": date(2021, 11, 8),
        "incident": "shusha-2021",
        "text": (
            "Նոյեմբերի 8-ին ժամը 15:00-ի սահմաններում Շուշիի մուտքի խաչմերուկի մոտ "
            "ադրբեջանական կողմը կրակ է բացել ջրատարի վրա աշխատող քաղաքացիական անձանց խմբի "
            "ուղղությամբ։ Չորս քաղաքացի տեղափոխվել է հիվանդանոց, նրանցից մեկը մահացել է "
            "հրազենային վնասվածքից։"
        ),
        "claims": [
            (
                "sh8-nk-fire",
                "nk-nss",
                "ադրբեջանական կողմը կրակ է բացել ջրատարի վրա աշխատող քաղաքացիական անձանց խմբի "
                "ուղղությամբ",
                date(2021, 11, 8),
                [],
            ),
            (
                "sh8-nk-killed",
                "nk-nss",
                "Չորս քաղաքացի տեղափոխվել է հիվանդանոց, նրանցից մեկը մահացել է հրազենային "
                "վնասվածքից",
                date(2021, 11, 8),
                [],
            ),
        ],
    },
    {
        "key": "shusha8-ru-mod-ru",
        "publisher": "ru-mod",
        "language": "ru",
        "published": date(2021, 11, 9),
        "incident": "shusha-2021",
        "text": (
            "8 ноября около 14:40 в районе Шуши азербайджанская сторона открыла огонь по группе "
            "из четырех рабочих, один человек погиб, трое ранены. Командование российского "
            "миротворческого контингента совместно с азербайджанской и армянской сторонами "
            "проводит расследование."
        ),
        "claims": [
            (
                "sh8-ru-fire",
                "ru-mod",
                "в районе Шуши азербайджанская сторона открыла огонь по группе из четырех рабочих, "
                "один человек погиб, трое ранены",
                date(2021, 11, 8),
                [],
            ),
        ],
    },
    {
        "key": "shusha8-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2021, 11, 9),
        "incident": None,
        "text": (
            "Şuşa yaxınlığında Azərbaycan Ordusunun bölmələrinin mülki şəxslərə atəş açması "
            "barədə erməni mediasında yayılan məlumatlar tamamilə əsassızdır. Həmin ərazidə "
            "bölmələrimiz tərəfindən heç bir atəş açılmayıb, hadisə təxribat xarakteri daşıyır."
        ),
        "claims": [
            (
                "sh8-az-denial",
                "az-mod",
                "Şuşa yaxınlığında Azərbaycan Ordusunun bölmələrinin mülki şəxslərə atəş açması "
                "barədə erməni mediasında yayılan məlumatlar tamamilə əsassızdır",
                None,
                [],
            ),
            (
                "sh8-az-no-fire",
                "az-mod",
                "Həmin ərazidə bölmələrimiz tərəfindən heç bir atəş açılmayıb",
                None,
                [],
            ),
        ],
    },
    {
        "key": "shusha8-am-mfa-en",
        "publisher": "am-mfa",
        "language": "en",
        "published": date(2021, 11, 9),
        "incident": None,
        "text": (
            "Armenia's foreign ministry condemned what it called a gross breach of the ceasefire: "
            "Azerbaijani servicemen shot at utility workers mending a water main by the Shusha "
            "road, killing a 22-year-old. It was the second fatal attack on civilians in a month, "
            "the ministry said."
        ),
        "claims": [
            (
                "sh8-mfa-fire",
                "am-mfa",
                "Azerbaijani servicemen shot at utility workers mending a water main by the Shusha "
                "road, killing a 22-year-old",
                date(2021, 11, 8),
                [],
            ),
        ],
    },
    # --- Khojavend direction, 11 November 2021 ---
    {
        "key": "khojavend11-az-mod-ru",
        "publisher": "az-mod",
        "language": "ru",
        "published": date(2021, 11, 11),
        "incident": None,
        "text": (
            "11 ноября незаконные армянские вооруженные формирования на территории Азербайджана, "
            "где временно размещен российский миротворческий контингент, обстреляли из "
            "стрелкового оружия позиции нашей армии в Ходжавендском направлении. Ответным огнем "
            "противник подавлен."
        ),
        "claims": [
            (
                "k11-az-fire",
                "az-mod",
                "незаконные армянские вооруженные формирования на территории Азербайджана, где "
                "временно размещен российский миротворческий контингент, обстреляли из "
                "стрелкового оружия позиции нашей армии в Ходжавендском направлении",
                date(2021, 11, 11),
                [],
            ),
        ],
    },
    {
        "key": "khojavend11-nk-army-hy",
        "publisher": "nk-army",
        "language": "hy",
        "published": date(2021, 11, 11),
        "incident": None,
        "text": (
            "Ադրբեջանի ՊՆ տարածած տեղեկությունը, թե Պաշտպանության բանակի ստորաբաժանումները "
            "կրակ են բացել Մարտունու ուղղությամբ, չի համապատասխանում իրականությանը։ Նոյեմբերի "
            "11-ին ադրբեջանական զինուժը կրակել է Կարմիր Շուկայի մերձակայքում դաշտային աշխատանքներ "
            "կատարող գյուղացիների ուղղությամբ։"
        ),
        "claims": [
            (
                "k11-nk-denial",
                "nk-army",
                "Ադրբեջանի ՊՆ տարածած տեղեկությունը, թե Պաշտպանության բանակի ստորաբաժանումները "
                "կրակ են բացել Մարտունու ուղղությամբ, չի համապատասխանում իրականությանը",
                date(2021, 11, 11),
                [],
            ),
            (
                "k11-nk-farmers",
                "nk-army",
                "ադրբեջանական զինուժը կրակել է Կարմիր Շուկայի մերձակայքում դաշտային աշխատանքներ "
                "կատարող գյուղացիների ուղղությամբ",
                date(2021, 11, 11),
                [],
            ),
        ],
    },
    {
        "key": "khojavend11-az-agency-az",
        "publisher": "az-agency",
        "language": "az",
        "published": date(2021, 11, 12),
        "incident": None,
        "text": (
            "Qeyd edək ki, erməni silahlı dəstələri Xocavənd istiqamətində mövqelərimizi atıcı "
            "silahlardan atəşə tutub, düşmən cavab atəşi ilə susdurulub. Azərbaycan Ordusu "
            "Qırmızı Bazar yaxınlığında kəndlilərə atəş açmayıb."
        ),
        "claims": [
            (
                "k11-azag-fire",
                "az-mod",
                "erməni silahlı dəstələri Xocavənd istiqamətində mövqelərimizi atıcı silahlardan "
                "atəşə tutub",
                None,
                [],
            ),
            (
                "k11-azag-no-farmers",
                "az-mod",
                "Azərbaycan Ordusu Qırmızı Bazar yaxınlığında kəndlilərə atəş açmayıb",
                None,
                [],
            ),
        ],
    },
    # --- The Lachin road, 12 December 2022 ---
    {
        "key": "road12-nk-leader-hy",
        "publisher": "nk-leader",
        "language": "hy",
        "published": date(2022, 12, 12),
        "incident": "road-2022",
        "text": (
            "Դեկտեմբերի 12-ից Ադրբեջանի իշխանությունների կողմից ուղարկված, բնապահպան "
            "ներկայացող խմբերը Շուշիի մոտ փակել են Ստեփանակերտը Հայաստանին կապող միակ ճանապարհը։ "
            "Արցախի 120 հազար բնակիչները հայտնվել են շրջափակման մեջ։"
        ),
        "claims": [
            (
                "r12-nk-blocked",
                "nk-leader",
                "բնապահպան ներկայացող խմբերը Շուշիի մոտ փակել են Ստեփանակերտը Հայաստանին կապող "
                "միակ ճանապարհը",
                date(2022, 12, 12),
                [],
            ),
        ],
    },
    {
        "key": "road12-az-mfa-en",
        "publisher": "az-mfa",
        "language": "en",
        "published": date(2022, 12, 13),
        "incident": "road-2022",
        "text": (
            "The foreign ministry spokesperson said the Lachin road has not been closed: the "
            "environmental activists are protesting peacefully against illegal mining, and "
            "vehicles of the Russian peacekeepers and humanitarian convoys may pass freely."
        ),
        "claims": [
            (
                "r12-az-not-closed",
                "az-mfa",
                "the Lachin road has not been closed",
                date(2022, 12, 13),
                [],
            ),
            (
                "r12-az-may-pass",
                "az-mfa",
                "vehicles of the Russian peacekeepers and humanitarian convoys may pass freely",
                date(2022, 12, 13),
                [],
            ),
        ],
    },
    {
        "key": "road12-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2022, 12, 13),
        "incident": None,
        "text": (
            "В МИД Азербайджана заявили, что Лачинская дорога не закрыта, а экоактивисты "
            "протестуют мирно. В Степанакерте утверждают, что акция полностью перекрыла "
            "единственную дорогу, связывающую Карабах с Арменией."
        ),
        "claims": [
            (
                "r12-ru-az-not-closed",
                "az-mfa",
                "Лачинская дорога не закрыта",
                None,
                [],
            ),
            (
                "r12-ru-nk-blocked",
                "nk-leader",
                "акция полностью перекрыла единственную дорогу, связывающую Карабах с Арменией",
                None,
                [],
            ),
        ],
    },
    # --- The gas pipeline to Karabakh, 13 December 2022 ---
    {
        "key": "gas13-nk-leader-en",
        "publisher": "nk-leader",
        "language": "en",
        "published": date(2022, 12, 13),
        "incident": None,
        "text": (
            "Stepanakert said Azerbaijan had shut off the gas pipeline that enters Karabakh "
            "through territory it controls, leaving homes, schools and hospitals without heating "
            "in winter."
        ),
        "claims": [
            (
                "gs13-nk-cut",
                "nk-leader",
                "Azerbaijan had shut off the gas pipeline that enters Karabakh through territory "
                "it controls",
                date(2022, 12, 13),
                [],
            ),
        ],
    },
    {
        "key": "gas13-az-gas-az",
        "publisher": "az-gas",
        "language": "az",
        "published": date(2022, 12, 14),
        "incident": None,
        "text": (
            "Azəriqaz İstehsalat Birliyi bildirir ki, Qarabağa gedən qaz xəttində Azərbaycan "
            "tərəfindən heç bir müdaxilə edilməyib. Qaz təchizatının dayandırılması barədə "
            "erməni mənbələrinin iddiaları yalandır."
        ),
        "claims": [
            (
                "gs13-az-no-cut",
                "az-gas",
                "Qarabağa gedən qaz xəttində Azərbaycan tərəfindən heç bir müdaxilə edilməyib",
                None,
                [],
            ),
            (
                "gs13-az-denial",
                "az-gas",
                "Qaz təchizatının dayandırılması barədə erməni mənbələrinin iddiaları yalandır",
                None,
                [],
            ),
        ],
    },
    {
        "key": "gas13-am-agency-hy",
        "publisher": "am-agency",
        "language": "hy",
        "published": date(2022, 12, 14),
        "incident": None,
        "text": (
            "Արցախի իշխանությունների փոխանցմամբ՝ Ադրբեջանն ընդհատել է Արցախ գազ մատակարարող "
            "խողովակաշարով գազի մատակարարումը, և հանրապետությունը մնացել է առանց ջեռուցման։"
        ),
        "claims": [
            (
                "gs13-amag-cut",
                "nk-leader",
                "Ադրբեջանն ընդհատել է Արցախ գազ մատակարարող խողովակաշարով գազի մատակարարումը",
                None,
                [],
            ),
        ],
    },
]
