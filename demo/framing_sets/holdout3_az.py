"""Third Azerbaijani held-out set for the framing lexicon: scored apart, never tuned against,
and written without looking at the lexicon's entries or at the sets the lexicon is tuned on.

Written for Parallax in its own words, in the manner of outlets that publish in Azerbaijani on
the Armenia–Azerbaijan conflict (APA, Report.az, the Western Azerbaijan Community, Xalq qəzeti,
Azadlıq Radiosu, Qafqazinfo, Yeni Azərbaycan, AZƏRTAC, Turan, Milli.Az), about real events of
2020–2024 (the Tovuz clashes, the Ganja strikes, the Kalbajar and Lachin handovers, the Qazax
villages, the Tavush protests, the Baku trial of former Karabakh leaders); the wording,
quotations and figures are our own. Every loaded term a conflict fact-checker would mark is
marked, quoted speech included, in whatever inflected form the sentence needs; neutral
reporting words are not, and some articles carry no marked term at all. Each marked item is
(phrase, label) for the first occurrence of the phrase in the text, or (phrase, label, n) for
its n-th.
"""

ARTICLES = [
    {
        "key": "apa-az-style-ganja-2020",
        "outlet_style": "APA (Azərbaycan dilində)",
        "language": "az",
        "text": (
            "Gecə saat 01 radələrində Ermənistan silahlı qüvvələri Gəncə şəhərinin sıx "
            "məskunlaşmış yaşayış məhəllələrini növbəti dəfə ballistik raketlərlə atəşə "
            "tutub. Baş Prokurorluğun məlumatına görə, dağıntılar altında qalan 13 dinc "
            "sakin həlak olub, 50-dən çox insan yaralanıb.\n\n"
            "Prezidentin köməkçisi Hikmət Hacıyev bildirib ki, döyüş meydanında məğlub olan "
            "düşmən acizliyindən dinc əhalidən qisas alır. O, hücumu erməni faşizminin "
            "növbəti vəhşiliyi və dövlət terrorizmi adlandırıb.\n\n"
            "Müzəffər Azərbaycan Ordusu işğal altındakı torpaqlarımızı azad etməyə davam "
            "edir. Şəhidlərimizin qanı yerdə qalmayacaq."
        ),
        "marked": [
            ("düşmən", "enemy-othering"),
            ("acizliyindən", "questioning-the-reputation"),
            ("erməni faşizminin", "name-calling-labeling"),
            ("vəhşiliyi", "loaded-language"),
            ("dövlət terrorizmi", "criminalising-label"),
            ("Müzəffər", "flag-waving"),
            ("işğal altındakı", "occupation-framing"),
            ("torpaqlarımızı", "sovereignty-assertion"),
            ("azad etməyə", "liberation-framing"),
            ("Şəhidlərimizin", "loaded-language"),
            ("qanı yerdə qalmayacaq", "slogans"),
        ],
    },
    {
        "key": "report-az-style-tovuz-2020",
        "outlet_style": "Report.az",
        "language": "az",
        "text": (
            "Ermənistan silahlı qüvvələri iyulun 12-də Azərbaycan-Ermənistan dövlət "
            "sərhədinin Tovuz rayonu istiqamətində atəşkəs rejimini kobud şəkildə pozaraq "
            "artilleriyadan istifadə etməklə mövqelərimizi atəşə tutub.\n\n"
            "Müdafiə Nazirliyinin məlumatına görə, düşmənin təxribatının qarşısı alınıb, "
            "qarşı tərəf canlı qüvvə və texnikada ağır itki verib. Döyüşlər zamanı general-"
            "mayor Polad Həşimov və polkovnik İlqar Mirzəyev qəhrəmancasına şəhid olublar.\n\n"
            "Nazirlik bildirib ki, yaranmış gərginliyə görə bütün məsuliyyət Ermənistanın "
            "hərbi-siyasi rəhbərliyinin üzərinə düşür. Ordumuz torpaqlarımızın hər qarışını "
            "qorumağa hazırdır."
        ),
        "marked": [
            ("kobud şəkildə", "loaded-language"),
            ("düşmənin", "enemy-othering"),
            ("təxribatının", "provocation-framing"),
            ("ağır itki", "exaggeration-minimisation"),
            ("qəhrəmancasına", "flag-waving"),
            ("şəhid", "loaded-language"),
            ("bütün məsuliyyət", "one-sided-blame"),
            ("hər qarışını", "sovereignty-assertion"),
        ],
    },
    {
        "key": "western-az-community-style-statement-2024",
        "outlet_style": "Qərbi Azərbaycan İcması (bəyanat)",
        "language": "az",
        "text": (
            "Qərbi Azərbaycan İcması Ermənistanda fəaliyyət göstərən revanşist dairələrin və "
            "tarixin zibilliyinə atılmış qondarma rejimin tör-töküntülərinin son "
            "çıxışlarını qətiyyətlə pisləyir.\n\n"
            'Özlərini "mühacirətdə olan hökumət" adlandıran separatçı ünsürlər Fransadakı '
            "havadarlarına arxalanaraq Azərbaycanın suverenliyinə qarşı təxribatçı "
            "bəyanatlar verirlər. Ermənistan hökuməti isə bir tərəfdən sülhdən danışır, digər "
            "tərəfdən bu qüvvələrə göz yumur.\n\n"
            "Yüz minlərlə soydaşımız Ermənistan tərəfindən etnik təmizləməyə məruz qalaraq "
            "dədə-baba yurdlarından qovulub. Qərbi azərbaycanlıların öz doğma torpaqlarına "
            "qayıdış hüququ danılmazdır."
        ),
        "marked": [
            ("revanşist", "name-calling-labeling"),
            ("tarixin zibilliyinə atılmış", "loaded-language"),
            ("qondarma rejimin", "doubt"),
            ("tör-töküntülərinin", "loaded-language"),
            ("separatçı ünsürlər", "criminalising-label"),
            ("Fransadakı havadarlarına", "sponsor-labelling"),
            ("təxribatçı", "provocation-framing"),
            ("bir tərəfdən sülhdən danışır", "appeal-to-hypocrisy"),
            ("etnik təmizləməyə", "loaded-language"),
            ("dədə-baba yurdlarından", "sovereignty-assertion"),
            ("Qərbi azərbaycanlıların", "sovereignty-assertion"),
            ("doğma torpaqlarına", "sovereignty-assertion"),
        ],
    },
    {
        "key": "xalq-qazeti-style-kalbajar-2020",
        "outlet_style": "Xalq qəzeti",
        "language": "az",
        "text": (
            "Noyabrın 25-də Azərbaycan Ordusunun bölmələri 27 il işğal altında qalmış "
            "Kəlbəcər rayonuna daxil olub. Rayon bir güllə atılmadan, müzəffər ordumuzun "
            "döyüş meydanında qazandığı şanlı Qələbə sayəsində azad edilib.\n\n"
            "Kəlbəcəri tərk edən işğalçılar evləri yandırıb, meşələri qırıb, hətta məktəbləri "
            "də dağıdıblar. Ekspertlər bunu erməni vandalizminin və ekoloji terrorun "
            "növbəti təzahürü kimi dəyərləndirirlər.\n\n"
            "Ali Baş Komandan xalqa müraciətində bildirib ki, düşmən doğma torpağımızdan "
            "qovulub və tarixi ədalət bərpa olunub. Qarabağ Azərbaycandır!"
        ),
        "marked": [
            ("işğal altında", "occupation-framing"),
            ("müzəffər", "flag-waving"),
            ("şanlı Qələbə", "flag-waving"),
            ("azad edilib", "liberation-framing"),
            ("işğalçılar", "occupation-framing"),
            ("vandalizminin", "name-calling-labeling"),
            ("ekoloji terrorun", "criminalising-label"),
            ("düşmən", "enemy-othering"),
            ("doğma torpağımızdan", "sovereignty-assertion"),
            ("tarixi ədalət", "liberation-framing"),
            ("Qarabağ Azərbaycandır!", "slogans"),
        ],
    },
    {
        "key": "azadliq-style-qazax-villages-2024",
        "outlet_style": "Azadlıq Radiosu",
        "language": "az",
        "text": (
            "Azərbaycan və Ermənistanın sərhəd komissiyaları Qazax rayonunun dörd kəndi "
            "ətrafında sərhəd xəttinin keçdiyi yerlər barədə razılığa gəlib. Razılaşmaya "
            "görə, 12,7 kilometrlik hissə Sovet İttifaqının dağıldığı vaxtdakı xəritələr "
            "əsasında müəyyən edilib.\n\n"
            "Mayın 24-dən Bağanis Ayrım, Aşağı Əskipara, Xeyrimli və Qızılhacılı kəndlərinin "
            "ərazisini Dövlət Sərhəd Xidmətinin bölmələri qoruyur. Ermənistan tərəfində isə "
            "Kirants kəndinin sakinləri yolun köçürülməsinə etiraz ediblər.\n\n"
            "Baş nazirin müavini Şahin Mustafayev bildirib ki, komissiyalar işlərini digər "
            "hissələrdə də davam etdirəcək."
        ),
        "marked": [],
    },
    {
        "key": "qafqazinfo-style-galstanyan-2024",
        "outlet_style": "Qafqazinfo",
        "language": "az",
        "text": (
            "Ermənistanda Tavuş yeparxiyasının rəhbəri Baqrat Qalstanyanın başçılıq etdiyi "
            'etiraz aksiyaları davam edir. Özünü "vətənpərvər" kimi təqdim edən keşiş '
            "əslində Moskvanın və erməni diasporunun radikal qanadının sifarişini yerinə "
            "yetirir.\n\n"
            "Aksiyada çıxış edənlər Azərbaycana qarşı ərazi iddialarını açıq şəkildə "
            "səsləndirib, sülh prosesini pozmağa çağırıblar. Müşahidəçilər qeyd edir ki, "
            "keşişin arxasında Köçəryan-Sərkisyan klanının revanşist qüvvələri dayanır.\n\n"
            "Hamıya aydındır ki, bu qüvvələr hakimiyyətə gəlsə, bölgə yenidən müharibə "
            "təhlükəsi ilə üzləşəcək."
        ),
        "marked": [
            ('"vətənpərvər"', "doubt"),
            ("Moskvanın və erməni diasporunun radikal qanadının sifarişini", "sponsor-labelling"),
            ("ərazi iddialarını", "loaded-language"),
            ("klanının", "name-calling-labeling"),
            ("revanşist", "name-calling-labeling"),
            ("Hamıya aydındır", "appeal-to-popularity"),
            (
                "bu qüvvələr hakimiyyətə gəlsə, bölgə yenidən müharibə təhlükəsi ilə üzləşəcək",
                "consequential-oversimplification",
            ),
        ],
    },
    {
        "key": "azertac-az-style-lachin-2022",
        "outlet_style": "AZƏRTAC",
        "language": "az",
        "text": (
            "Avqustun 26-da Laçın şəhəri, Zabux və Sus kəndləri Azərbaycanın nəzarətinə "
            "qaytarılıb. Prezident İlham Əliyev bu münasibətlə xalqı təbrik edərək "
            '"Laçın bizimdir!" deyib.\n\n'
            "Dövlət başçısı bildirib ki, Laçın 1992-ci ildə erməni quldurları tərəfindən "
            "işğal edilmişdi və otuz il ərzində düşmən burada tarixi abidələrimizi "
            "dağıdıb. O, Laçın yolunun qanunsuz silah daşınması üçün istifadə edildiyini də "
            "vurğulayıb.\n\n"
            "Laçının qayıdışı Böyük Qayıdışın yeni mərhələsinin başlanğıcıdır. Keçmiş "
            "məcburi köçkünlər tezliklə doğma yurdlarına qayıdacaqlar."
        ),
        "marked": [
            ("qaytarılıb", "liberation-framing"),
            ('"Laçın bizimdir!"', "slogans"),
            ("erməni quldurları", "criminalising-label"),
            ("işğal edilmişdi", "occupation-framing"),
            ("düşmən", "enemy-othering"),
            ("qanunsuz silah daşınması", "one-sided-blame"),
            ("Böyük Qayıdışın", "liberation-framing"),
            ("doğma yurdlarına", "sovereignty-assertion"),
        ],
    },
    {
        "key": "yeni-azerbaycan-style-trial-2024",
        "outlet_style": "Yeni Azərbaycan (partiya qəzeti)",
        "language": "az",
        "text": (
            "Bakı Hərbi Məhkəməsində keçmiş qondarma rejimin rəhbərlərinin cinayət işinə "
            "baxılır. Onlar təcavüzkar müharibənin planlaşdırılmasında, terrorizmdə və "
            "Xocalı soyqırımının törədilməsində ittiham olunurlar.\n\n"
            "Qanunsuz silahlı birləşmələrə rəhbərlik etmiş bu cinayətkarlar illərlə "
            "havadarlarının himayəsi altında cəzasız qalıblar. İndi onlar Azərbaycan "
            "ədalət mühakiməsi qarşısında cavab verirlər.\n\n"
            'Bəzi Qərb dairələrinin "siyasi məhbus" iddiaları isə ikili standartların '
            "bariz nümunəsidir: öz ölkələrində terrorçuları mühakimə edənlər Azərbaycana "
            "dərs verməyə çalışırlar."
        ),
        "marked": [
            ("qondarma rejimin", "doubt"),
            ("təcavüzkar", "loaded-language"),
            ("soyqırımının", "loaded-language"),
            ("Qanunsuz silahlı birləşmələrə", "criminalising-label"),
            ("cinayətkarlar", "name-calling-labeling"),
            ("havadarlarının", "sponsor-labelling"),
            ("ikili standartların", "appeal-to-hypocrisy"),
            (
                "öz ölkələrində terrorçuları mühakimə edənlər Azərbaycana dərs verməyə",
                "whataboutism",
            ),
        ],
    },
    {
        "key": "turan-style-prisoner-swap-2023",
        "outlet_style": "Turan informasiya agentliyi",
        "language": "az",
        "text": (
            "Dekabrın 13-də Ermənistan iki azərbaycanlı hərbçini Azərbaycana təhvil verib, "
            "Azərbaycan isə 32 erməni hərbçini Ermənistana qaytarıb. Mübadilə iki ölkənin "
            "bir həftə əvvəl yaydığı birgə bəyanata əsasən həyata keçirilib.\n\n"
            "Həmin bəyanatda Ermənistan COP29 konfransına ev sahibliyi etmək üçün "
            "namizədliyini geri götürdüyünü bildirib. Bəyanat vasitəçilərin iştirakı "
            "olmadan hazırlanıb.\n\n"
            "Sentyabrda saxlanılan keçmiş Qarabağ rəhbərləri mübadiləyə daxil edilməyib."
        ),
        "marked": [],
    },
    {
        "key": "milli-az-style-mine-victim-2023",
        "outlet_style": "Milli.Az",
        "language": "az",
        "text": (
            "Füzuli rayonunda kənd təsərrüfatı işləri aparan traktor tank əleyhinə minaya "
            "düşüb, sürücü ağır yaralanıb. ANAMA məlumat yayıb ki, ərazi əvvəllər "
            "təmizlənməmiş sahələrə aid idi.\n\n"
            "Vətən müharibəsindən sonra erməni minalarının qurbanlarının sayı 300-ə "
            "yaxınlaşıb. Rəsmi Bakı Ermənistanı dəqiq mina xəritələrini təqdim etməməkdə "
            "ittiham edir və bunu mina terroru adlandırır.\n\n"
            "Beynəlxalq təşkilatlar bu bəşəri cinayətə göz yummamalıdır."
        ),
        "marked": [
            ("Vətən müharibəsindən", "flag-waving"),
            ("mina terroru", "criminalising-label"),
            ("bəşəri cinayətə", "exaggeration-minimisation"),
            ("göz yummamalıdır", "loaded-language"),
        ],
    },
]
