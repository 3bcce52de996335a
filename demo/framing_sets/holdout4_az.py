"""Fourth Azerbaijani held-out set for the framing lexicon: scored apart, never tuned against,
and written without looking at the lexicon's entries or at the sets the lexicon is tuned on.

Written for Parallax in its own words, in the manner of outlets that publish in Azerbaijani on
the Armenia–Azerbaijan conflict (Ordu.az, Axar.az, 525-ci qəzet, the State Border Service,
Musavat, Modern.az, BBC Azərbaycanca, Publika.az, Big.az), about real events of 2020–2024 (the
fall of Shusha, the Aghdam and Lachin town handovers, the Kalbajar mine that killed two
journalists, the Hakari checkpoint, the flag-raising in Khankendi, the Nerkin Hand shooting,
French arms sales to Armenia); the wording, quotations and figures are our own. Every loaded
term a conflict fact-checker would mark is marked, quoted speech included, in whatever
inflected form the sentence needs; neutral reporting words are not, and some articles carry no
marked term at all. Each marked item is (phrase, label) for the first occurrence of the phrase
in the text, or (phrase, label, n) for its n-th.
"""

ARTICLES = [
    {
        "key": "ordu-az-style-shusha-2020",
        "outlet_style": "Ordu.az",
        "language": "az",
        "text": (
            "Noyabrın 8-i tariximizə qızıl hərflərlə yazıldı: Qarabağın tacı Şuşa 28 illik "
            "erməni işğalından azad edildi! Müzəffər Ali Baş Komandan İlham Əliyev bu "
            "müjdəni Şəhidlər xiyabanından xalqa çatdırdı.\n\n"
            "Qəhrəman xüsusi təyinatlılarımız sıldırım qayalara dırmaşaraq əlbəyaxa "
            'döyüşlərdə düşməni şəhərdən qovub çıxardılar. "Şuşa bizimdir! Qarabağ '
            'Azərbaycandır!" sədaları bütün ölkəni bürüdü.\n\n'
            "Murdar düşmən Cıdır düzündən birdəfəlik rədd edildi. Şanlı ordumuz qalan "
            "torpaqlarımızı da azad edəcək."
        ),
        "marked": [
            ("tariximizə qızıl hərflərlə yazıldı", "flag-waving"),
            ("Qarabağın tacı", "flag-waving"),
            ("erməni işğalından", "occupation-framing"),
            ("azad edildi", "liberation-framing"),
            ("Müzəffər Ali Baş Komandan", "flag-waving"),
            ("Şəhidlər xiyabanından", "flag-waving"),
            ("Qəhrəman", "flag-waving"),
            ("düşməni", "enemy-othering"),
            ("Şuşa bizimdir! Qarabağ Azərbaycandır!", "slogans"),
            ("Murdar düşmən", "dehumanising-language"),
            ("rədd edildi", "loaded-language"),
            ("Şanlı ordumuz", "flag-waving"),
            ("azad edəcək", "liberation-framing"),
        ],
    },
    {
        "key": "axar-az-style-aghdam-2020",
        "outlet_style": "Axar.az",
        "language": "az",
        "text": (
            "Noyabrın 20-də Ağdam rayonu bir güllə atılmadan Azərbaycana qaytarıldı. "
            '"Qafqazın Xirosiması" adlandırılan şəhərdə işğalçılar yalnız xarabalıq '
            "qoyub gedib.\n\n"
            "Erməni vandalları Cümə məscidini mal-qara tövləsinə çeviriblər, evlərin "
            "daşlarını belə söküb aparıblar. Bu, erməni faşizminin mədəniyyətimizə qarşı "
            "törətdiyi növbəti cinayətdir.\n\n"
            "Dövlət başçısı bildirib ki, Ağdam yenidən qurulacaq və doğma yurd-yuvalarına "
            "qayıdacaq ağdamlılar burada firavan yaşayacaq."
        ),
        "marked": [
            ("qaytarıldı", "liberation-framing"),
            ("Qafqazın Xirosiması", "exaggeration-minimisation"),
            ("işğalçılar", "occupation-framing"),
            ("Erməni vandalları", "name-calling-labeling"),
            ("mal-qara tövləsinə çeviriblər", "loaded-language"),
            ("erməni faşizminin", "name-calling-labeling"),
            ("doğma yurd-yuvalarına", "sovereignty-assertion"),
        ],
    },
    {
        "key": "525-style-kalbajar-journalists-2021",
        "outlet_style": "525-ci qəzet",
        "language": "az",
        "text": (
            "Kəlbəcərin Susuzluq kəndində tank əleyhinə minaya düşən avtomobildə AZTV-nin "
            "operatoru Siraj Abışov, AZƏRTAC-ın müxbiri Məhərrəm İbrahimov və kənd "
            "nümayəndəsi Arif Aliyev həlak olub.\n\n"
            "Jurnalistlərimiz erməni mina terrorunun qurbanı oldular. Ermənistan minalanmış "
            "ərazilərin xəritələrini verməməklə dinc insanların ölümünə görə tam məsuliyyət "
            "daşıyır. Beynəlxalq təşkilatların bu cinayətə göz yumması ikili standartların "
            "bariz nümunəsidir.\n\n"
            "Şəhid jurnalistlərimizin xatirəsi qəlbimizdə əbədi yaşayacaq."
        ),
        "marked": [
            ("mina terrorunun", "criminalising-label"),
            ("tam məsuliyyət daşıyır", "one-sided-blame"),
            ("göz yumması", "loaded-language"),
            ("ikili standartların", "appeal-to-hypocrisy"),
            ("Şəhid jurnalistlərimizin", "flag-waving"),
        ],
    },
    {
        "key": "dsx-style-nerkin-hand-2024",
        "outlet_style": "Dövlət Sərhəd Xidməti (məlumat)",
        "language": "az",
        "text": (
            "Fevralın 12-də Ermənistan silahlı qüvvələrinin bölmələri Zəngilan rayonu "
            "istiqamətində növbəti təxribat törədərək sərhəd mövqelərimizi atəşə tutub, "
            "nəticədə əsgərimiz yaralanıb.\n\n"
            'Fevralın 13-də Dövlət Sərhəd Xidmətinin bölmələri tərəfindən "Qisas" '
            "əməliyyatı keçirilib, təxribatın törədildiyi döyüş postu tamamilə məhv "
            "edilib. Düşmənə layiqli cavab verilib.\n\n"
            "Xidmət bəyan edir ki, bundan sonra da istənilən təxribatın qarşısı qətiyyətlə "
            "alınacaq və bütün məsuliyyət Ermənistanın hərbi-siyasi rəhbərliyinin "
            "üzərinə düşür."
        ),
        "marked": [
            ("təxribat", "provocation-framing"),
            ('"Qisas" əməliyyatı', "loaded-language"),
            ("məhv edilib", "military-euphemism"),
            ("Düşmənə", "enemy-othering"),
            ("layiqli cavab", "military-euphemism"),
            ("təxribatın", "provocation-framing"),
            ("bütün məsuliyyət", "one-sided-blame"),
        ],
    },
    {
        "key": "musavat-style-french-arms-2023",
        "outlet_style": "Musavat",
        "language": "az",
        "text": (
            "Fransa Ermənistanı silahlandırmaqla regionda yeni müharibəyə zəmin hazırlayır. "
            "Özü Afrikada müstəmləkəçilik siyasəti yürüdən Paris bizə sülhdən dərs keçmək "
            "istəyir.\n\n"
            "Makron hökuməti erməni lobbisinin əlində oyuncağa çevrilib. Revanşist qüvvələri "
            "silahla təmin edənlər regionda töküləcək hər damla qana görə cavabdeh "
            "olacaqlar.\n\n"
            "Ermənistan seçim qarşısındadır: ya sülh müqaviləsini imzalayacaq, ya da "
            "ağır nəticələrlə üzləşəcək."
        ),
        "marked": [
            ("yeni müharibəyə zəmin hazırlayır", "appeal-to-fear-prejudice"),
            ("Özü Afrikada müstəmləkəçilik siyasəti yürüdən", "whataboutism"),
            ("erməni lobbisinin əlində oyuncağa", "sponsor-labelling"),
            ("Revanşist", "name-calling-labeling"),
            ("hər damla qana görə cavabdeh", "appeal-to-fear-prejudice"),
            ("ya sülh müqaviləsini imzalayacaq, ya da", "false-dilemma-no-choice"),
        ],
    },
    {
        "key": "modern-az-style-khankendi-2023",
        "outlet_style": "Modern.az",
        "language": "az",
        "text": (
            "Oktyabrın 15-də Prezident İlham Əliyev Xankəndidə, Xocalıda, Ağdərədə və "
            "Əsgəranda Azərbaycan bayrağını ucaldıb. Otuz ildir separatçıların yuvası olan "
            "şəhər artıq əbədi olaraq Azərbaycanındır.\n\n"
            "Cəmi bir gün çəkən lokal xarakterli antiterror tədbirləri nəticəsində qondarma "
            "rejimin qanunsuz silahlı birləşmələri tərksilah edilib. Xunta başçıları "
            "ədalət məhkəməsi qarşısında cavab verəcək.\n\n"
            "Hərbi ekspertlər deyir ki, Xankəndidə dalğalanan bayraq separatizmin kökünün "
            "kəsildiyinin sübutudur."
        ),
        "marked": [
            ("separatçıların yuvası", "criminalising-label"),
            ("antiterror tədbirləri", "military-euphemism"),
            ("qondarma rejimin", "doubt"),
            ("qanunsuz silahlı birləşmələri", "criminalising-label"),
            ("Xunta başçıları", "criminalising-label"),
            ("separatizmin kökünün kəsildiyinin", "loaded-language"),
        ],
    },
    {
        "key": "bbc-az-style-hakari-2023",
        "outlet_style": "BBC Azərbaycanca",
        "language": "az",
        "text": (
            "Azərbaycan Laçın yolunun başlanğıcında, Həkəri çayı üzərindəki körpünün "
            "yanında sərhəd-buraxılış məntəqəsi qurub. Dövlət Sərhəd Xidməti bunu silah və "
            "mina daşınmasının qarşısını almaq üçün atılan addım kimi izah edib.\n\n"
            "Ermənistan Xarici İşlər Nazirliyi məntəqənin 2020-ci il noyabrın 10-da "
            "imzalanmış üçtərəfli bəyanatı pozduğunu bildirib. Rusiya Xarici İşlər "
            "Nazirliyi də narahatlığını ifadə edib.\n\n"
            "Yol Qarabağda yaşayan ermənilərin Ermənistanla yeganə quru əlaqəsidir. Rus "
            "sülhməramlıları 2020-ci ildən bu yolda yerləşdirilib."
        ),
        "marked": [],
    },
    {
        "key": "publika-style-lachin-town-2022",
        "outlet_style": "Publika.az",
        "language": "az",
        "text": (
            "Avqustun 26-da Laçın şəhərinə Azərbaycan Ordusunun bölmələri daxil olub. "
            "Şəhərdə qanunsuz məskunlaşdırılan ermənilər çıxıb getməzdən əvvəl evlərə od "
            "vurublar.\n\n"
            "Sakinlər deyir ki, otuz ilə yaxın ata-baba yurdlarından didərgin düşən "
            'laçınlılar nəhayət tarixi ədalətin bərpasına şahidlik edirlər. "Böyük '
            'Qayıdış" artıq başlayıb.\n\n'
            "Ekspertlərin sözlərinə görə, işğal dövründə Laçında təbii sərvətlər talan "
            "edilib, tarixi abidələr erməniləşdirilib."
        ),
        "marked": [
            ("qanunsuz məskunlaşdırılan", "occupation-framing"),
            ("ata-baba yurdlarından", "sovereignty-assertion"),
            ("didərgin düşən", "loaded-language"),
            ("tarixi ədalətin bərpasına", "liberation-framing"),
            ("Böyük Qayıdış", "liberation-framing"),
            ("işğal dövründə", "occupation-framing"),
            ("talan edilib", "loaded-language"),
            ("erməniləşdirilib", "loaded-language"),
        ],
    },
    {
        "key": "big-az-style-sev-lake-2021",
        "outlet_style": "Big.az",
        "language": "az",
        "text": (
            "Erməni mətbuatı Azərbaycan Ordusunun Qaragöl ətrafında sərhədin "
            "dəqiqləşdirilməsi zamanı irəlilədiyini yazır. Ermənistan Müdafiə Nazirliyi "
            "bunu təxribat adlandırır.\n\n"
            "Hərbi ekspert bildirib ki, Azərbaycan əsgəri öz torpağındadır və heç kimin "
            'icazəsinə ehtiyacı yoxdur. "Zəngəzur bizim tarixi torpağımızdır, Ermənistan '
            'bunu nə qədər tez qəbul etsə, o qədər yaxşıdır", deyə o əlavə edib.\n\n'
            "Ekspertin sözlərinə görə, Ermənistan sərhəddə vəziyyəti gərginləşdirməklə "
            "Qərbdəki havadarlarının diqqətini çəkmək istəyir."
        ),
        "marked": [
            ("təxribat", "provocation-framing"),
            ("öz torpağındadır", "sovereignty-assertion"),
            ("Zəngəzur bizim tarixi torpağımızdır", "sovereignty-assertion"),
            (
                "Ermənistan bunu nə qədər tez qəbul etsə, o qədər yaxşıdır",
                "appeal-to-fear-prejudice",
            ),
            ("Qərbdəki havadarlarının", "sponsor-labelling"),
        ],
    },
]
