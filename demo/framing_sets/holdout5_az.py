"""Fifth Azerbaijani held-out set for the framing lexicon: scored apart, never tuned against,
and written without looking at the lexicon's entries or at the sets the lexicon is tuned on.

Written for Parallax in its own words, in the manner of outlets and offices that publish in
Azerbaijani on the Armenia–Azerbaijan conflict (APA, the Ministry of Defence, the Prosecutor
General's Office, AZƏRTAC, Report.az, Qafqazinfo, Oxu.az, Trend, Azadlıq Radiosu), about real
events of 2020–2024 other than the earlier held-out sets' ones (the retaking of Sugovushan and
of Hadrut, the Barda missile strike, the Baku victory parade, the border fighting of September
2022, the road protest of December 2022, the Prague statement on the Alma-Ata declaration, the
detention of Ruben Vardanyan, the departure of the Russian peacekeepers); the wording,
quotations and figures are our own. Every loaded term a conflict fact-checker would mark is
marked, quoted speech included, in whatever inflected form the sentence needs; neutral
reporting words are not, and one article carries no marked term at all. Each marked item is
(phrase, label) for the first occurrence of the phrase in the text, or (phrase, label, n) for
its n-th.
"""

ARTICLES = [
    {
        "key": "apa-style-suqovushan-2020",
        "outlet_style": "APA (informasiya agentliyi)",
        "language": "az",
        "text": (
            "Oktyabrın 3-də Müzəffər Azərbaycan Ordusu Tərtər istiqamətində apardığı "
            "əks-hücum əməliyyatı nəticəsində Suqovuşan kəndini erməni işğalçılarından "
            "azad edib. APA xəbər verir ki, bu barədə Prezident, Silahlı Qüvvələrin Ali Baş "
            "Komandanı İlham Əliyev xalqa müraciətində məlumat verib.\n\n"
            "Dövlət başçısı vurğulayıb ki, 1993-cü ildən bəri düşmən tapdağı altında olan "
            "Suqovuşanda artıq üçrəngli bayrağımız dalğalanır. “Biz öz torpağımızda "
            "vuruşuruq, haqq işimiz uğrunda axıra qədər gedəcəyik. Qarabağ Azərbaycandır!”, "
            "deyə Prezident bildirib.\n\n"
            "Müdafiə Nazirliyinin məlumatına görə, döyüşlər zamanı düşmənin canlı qüvvəsi "
            "və texnikası məhv edilib, kəndin ətrafındakı strateji yüksəkliklər nəzarətə "
            "götürülüb. Erməni silahlı birləşmələrinin bölmələri qaçaraq mövqelərini tərk "
            "edib."
        ),
        "marked": [
            ("Müzəffər Azərbaycan Ordusu", "flag-waving"),
            ("erməni işğalçılarından", "occupation-framing"),
            ("azad edib", "liberation-framing"),
            ("düşmən tapdağı altında olan", "occupation-framing"),
            ("üçrəngli bayrağımız dalğalanır", "flag-waving"),
            ("öz torpağımızda", "sovereignty-assertion"),
            ("haqq işimiz", "appeal-to-values"),
            ("Qarabağ Azərbaycandır!", "slogans"),
            ("düşmənin", "enemy-othering"),
            ("məhv edilib", "military-euphemism"),
            ("qaçaraq", "loaded-language"),
        ],
    },
    {
        "key": "mn-style-september-border-2022",
        "outlet_style": "Azərbaycan Respublikasının Müdafiə Nazirliyi (məlumat)",
        "language": "az",
        "text": (
            "Sentyabrın 12-dən 13-nə keçən gecə Ermənistan silahlı qüvvələrinin bölmələri "
            "Daşkəsən, Kəlbəcər və Laçın rayonları istiqamətlərində dövlət sərhədi boyunca "
            "genişmiqyaslı təxribat törədib. Düşmənin kəşfiyyat qrupları bölmələrimizin "
            "mövqeləri arasındakı ərazilərə və təchizat yollarına minalar basdırıb.\n\n"
            "Ermənistanın hərbi-siyasi rəhbərliyinin bu təxribatının qarşısını almaq və "
            "hərbi qulluqçularımızın təhlükəsizliyini təmin etmək məqsədilə bölmələrimiz "
            "tərəfindən qətiyyətli cavab tədbirləri görülür. Düşmənin atəş nöqtələri "
            "susdurulub, artilleriya qurğuları və canlı qüvvəsi zərərsizləşdirilib.\n\n"
            "Ermənistan tərəfinin sərhəddə vəziyyəti qəsdən gərginləşdirməsi sülh "
            "gündəliyini pozmağa yönəlib və baş verənlərə görə bütün məsuliyyət "
            "Ermənistanın hərbi-siyasi rəhbərliyinin üzərinə düşür. Hazırda vəziyyət "
            "bölmələrimizin nəzarəti altındadır."
        ),
        "marked": [
            ("genişmiqyaslı təxribat", "provocation-framing"),
            ("Düşmənin", "enemy-othering"),
            ("təxribatının", "provocation-framing"),
            ("qətiyyətli cavab tədbirləri", "military-euphemism"),
            ("Düşmənin", "enemy-othering", 2),
            ("susdurulub", "military-euphemism"),
            ("zərərsizləşdirilib", "military-euphemism"),
            ("qəsdən gərginləşdirməsi", "one-sided-blame"),
            ("bütün məsuliyyət", "one-sided-blame"),
        ],
    },
    {
        "key": "prosecutor-style-barda-2020",
        "outlet_style": "Azərbaycan Respublikasının Baş Prokurorluğu (məlumat)",
        "language": "az",
        "text": (
            "Oktyabrın 28-də günorta saatlarında düşmənin silahlı birləşmələri Bərdə "
            "şəhərinin mərkəzində, insanların sıx toplaşdığı bazar və mağazaların yerləşdiyi "
            "əraziyə “Smerç” raket sistemindən kaset sursatları ilə zərbə endirib. İlkin "
            "məlumata görə, 21 mülki şəxs həlak olub, 70-ə yaxın insan yaralanıb.\n\n"
            "Cəbhə xəttindən uzaqda yerləşən şəhərə qarşı törədilən bu vəhşilik "
            "Ermənistanın dövlət terrorizmi siyasətinin növbəti təzahürüdür. Faktla bağlı "
            "Cinayət Məcəlləsinin qəsdən adam öldürməyə və təcavüzkar müharibə aparmağa "
            "dair maddələri ilə cinayət işi başlanıb.\n\n"
            "Baş Prokurorluq beynəlxalq təşkilatları erməni faşizminin günahsız uşaqları və "
            "qadınları hədəf alan hərbi cinayətlərinə göz yummamağa çağırır. Bu qanlı "
            "cinayətin sifarişçiləri və icraçıları mütləq məsuliyyətə cəlb olunacaqlar."
        ),
        "marked": [
            ("düşmənin", "enemy-othering"),
            ("vəhşilik", "loaded-language"),
            ("dövlət terrorizmi", "criminalising-label"),
            ("erməni faşizminin", "name-calling-labeling"),
            ("günahsız uşaqları və qadınları hədəf alan", "loaded-language"),
            ("hərbi cinayətlərinə", "loaded-language"),
            ("qanlı cinayətin", "loaded-language"),
        ],
    },
    {
        "key": "azertac-style-victory-parade-2020",
        "outlet_style": "AZƏRTAC",
        "language": "az",
        "text": (
            "Dekabrın 10-da Bakıda, Azadlıq meydanında Vətən müharibəsində qazanılmış "
            "tarixi Qələbəyə həsr olunmuş parad keçirilib. Paradda Prezident İlham Əliyev "
            "və Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan iştirak ediblər.\n\n"
            "Çıxışında dövlət başçısı bildirib ki, 44 gün ərzində qəhrəman əsgər və "
            "zabitlərimiz düşmənin illərlə “keçilməz” adlandırdığı müdafiə xəttini yarıb və "
            "otuz ilə yaxın sürən işğala son qoyublar. “Dəmir yumruq erməni faşizminin "
            "belini qırdı. Biz tarixi torpaqlarımızı qaytardıq və heç kim onları bizdən "
            "ala bilməz”, - deyə Prezident vurğulayıb.\n\n"
            "Paradda döyüşlərdə ələ keçirilmiş tanklar və zirehli texnika da nümayiş "
            "etdirilib. Tədbir şəhidlərimizin xatirəsinin bir dəqiqəlik sükutla yad "
            "edilməsi ilə başlayıb."
        ),
        "marked": [
            ("Vətən müharibəsində", "flag-waving"),
            ("tarixi Qələbəyə", "flag-waving"),
            ("qəhrəman əsgər və zabitlərimiz", "flag-waving"),
            ("düşmənin", "enemy-othering"),
            ("işğala", "occupation-framing"),
            ("Dəmir yumruq", "slogans"),
            ("erməni faşizminin", "name-calling-labeling"),
            ("belini qırdı", "loaded-language"),
            ("tarixi torpaqlarımızı", "sovereignty-assertion"),
            ("qaytardıq", "liberation-framing"),
            ("şəhidlərimizin", "loaded-language"),
        ],
    },
    {
        "key": "report-az-style-hadrut-2020",
        "outlet_style": "Report.az",
        "language": "az",
        "text": (
            "Oktyabrın 9-da Prezident İlham Əliyev Xocavənd rayonunun Hadrut qəsəbəsinin və "
            "ətrafdakı bir neçə kəndin işğaldan azad edildiyini elan edib. “Report”un "
            "məlumatına görə, qəsəbənin nəzarətə götürülməsi ilə ordumuz dağlıq ərazilərə "
            "açılan əsas yolları əlinə alıb.\n\n"
            "Hadrut uğrunda gedən döyüşlərdə düşmən ağır itki verib, terrorçu-diversant "
            "dəstələrinin qalıqları meşələrə çəkilib. Erməni tərəfinin qəsəbənin hələ də öz "
            "nəzarətində olduğu barədə yaydığı iddialar növbəti yalandır.\n\n"
            "Hərbi ekspertlər qeyd edir ki, işğalçıların illər boyu Hadrutda "
            "məskunlaşdırdığı ailələr evlərini hələ döyüşlərdən əvvəl tərk ediblər. "
            "Onların fikrincə, Hadrutun azad olunması ilə Şuşaya gedən yol açılıb."
        ),
        "marked": [
            ("işğaldan", "occupation-framing"),
            ("azad edildiyini", "liberation-framing"),
            ("düşmən", "enemy-othering"),
            ("terrorçu-diversant dəstələrinin", "criminalising-label"),
            ("növbəti yalandır", "doubt"),
            ("işğalçıların", "occupation-framing"),
            ("məskunlaşdırdığı", "occupation-framing"),
            ("azad olunması", "liberation-framing"),
        ],
    },
    {
        "key": "qafqazinfo-style-vardanyan-2023",
        "outlet_style": "Qafqazinfo",
        "language": "az",
        "text": (
            "Separatçı rejimin keçmiş “dövlət naziri” Ruben Vardanyan Laçın "
            "sərhəd-buraxılış məntəqəsindən Ermənistana qaçmağa cəhd edərkən Dövlət Sərhəd "
            "Xidmətinin əməkdaşları tərəfindən saxlanılıb. Qafqazinfo xəbər verir ki, o, "
            "Bakıya gətirilərək Dövlət Təhlükəsizlik Xidmətinə təhvil verilib.\n\n"
            "Rusiyada milyarder kimi tanınan Vardanyan 2022-ci ilin sonunda Moskvanın "
            "tapşırığı ilə Qarabağa göndərilmiş və burada qanunsuz silahlı birləşmələrin "
            "maliyyələşdirilməsində iştirak etmişdi. Ona bir neçə maddə üzrə ittiham elan "
            "olunub.\n\n"
            "Ekspertlər bildirir ki, Xankəndidəki xunta başçılarının bir-bir məhkəmə "
            "qarşısına çıxarılması separatizmə vurulan son zərbədir. Onların sözlərinə "
            "görə, Kremlin Qarabağa yeritdiyi bu “Troya atı” artıq heç kimə xidmət edə "
            "bilməyəcək."
        ),
        "marked": [
            ("Separatçı rejimin", "criminalising-label"),
            ("“dövlət naziri”", "doubt"),
            ("qaçmağa cəhd edərkən", "loaded-language"),
            ("Moskvanın tapşırığı ilə", "sponsor-labelling"),
            ("qanunsuz silahlı birləşmələrin", "criminalising-label"),
            ("xunta başçılarının", "criminalising-label"),
            ("separatizmə vurulan son zərbədir", "loaded-language"),
            ("Kremlin Qarabağa yeritdiyi", "sponsor-labelling"),
            ("“Troya atı”", "name-calling-labeling"),
        ],
    },
    {
        "key": "oxu-az-style-road-protest-2022",
        "outlet_style": "Oxu.az",
        "language": "az",
        "text": (
            "Dekabrın 12-dən Şuşa–Xankəndi yolunda, Daşaltı kəndinin yaxınlığında ekoloji "
            "ictimai birliklərin nümayəndələri Qarabağdakı faydalı qazıntı yataqlarının "
            "qanunsuz istismarına etiraz olaraq dinc aksiya keçirirlər.\n\n"
            "Aksiya iştirakçıları Rusiya sülhməramlılarının müvəqqəti yerləşdiyi ərazidə "
            "Qızılbulaq və Dəmirli yataqlarında ekoloji terror törədən qanunsuz erməni "
            "qurumlarının fəaliyyətinin dayandırılmasını və azərbaycanlı mütəxəssislərə "
            "monitorinq imkanı verilməsini tələb edirlər. Yol humanitar yüklər və təcili "
            "tibbi yardım maşınları üçün açıqdır.\n\n"
            "Erməni təbliğat maşını isə “blokada” və “humanitar böhran” barədə yalanlar "
            "yayaraq Qərb ictimaiyyətini aldatmağa çalışır. Ekspertlər bunu separatçıların "
            "növbəti şousu adlandırırlar."
        ),
        "marked": [
            ("qanunsuz istismarına", "loaded-language"),
            ("dinc aksiya", "loaded-language"),
            ("ekoloji terror", "criminalising-label"),
            ("qanunsuz erməni qurumlarının", "criminalising-label"),
            ("Erməni təbliğat maşını", "name-calling-labeling"),
            ("“blokada”", "doubt"),
            ("“humanitar böhran”", "doubt"),
            ("yalanlar", "doubt"),
            ("Qərb ictimaiyyətini aldatmağa", "loaded-language"),
            ("separatçıların", "criminalising-label"),
            ("şousu", "doubt"),
        ],
    },
    {
        "key": "trend-style-prague-statement-2022",
        "outlet_style": "Trend (şərh)",
        "language": "az",
        "text": (
            "Oktyabrın 6-da Praqada Avropa Siyasi Birliyinin sammiti çərçivəsində keçirilən "
            "dördtərəfli görüşdən sonra yayılan bəyanatda Ermənistan və Azərbaycan BMT "
            "Nizamnaməsinə və 1991-ci il Alma-Ata Bəyannaməsinə sadiq olduqlarını "
            "təsdiqləyiblər. Tərəflər bir-birinin ərazi bütövlüyünü və suverenliyini "
            "tanıyıblar.\n\n"
            "Trend-in şərhçisinə görə, Paşinyanın bu razılığı Azərbaycanın 86,6 min "
            "kvadratkilometrlik ərazisinin, o cümlədən Qarabağın tanınması deməkdir və "
            "“Dağlıq Qarabağ” mifinə son qoyur. İndi İrəvan revanşist diaspor və keçmiş "
            "Qarabağ klanı ilə üz-üzə qalıb.\n\n"
            "Şərhçi hesab edir ki, Ermənistan ya sülh gündəliyinə sadiq qalacaq, ya da "
            "Parisin təhriki ilə yeni fəlakətə sürüklənəcək. Azərbaycan regionda yeni "
            "reallıqlar yaradıb və bu reallıqları hamı qəbul etməlidir."
        ),
        "marked": [
            ("“Dağlıq Qarabağ” mifinə", "doubt"),
            ("revanşist", "name-calling-labeling"),
            ("Qarabağ klanı", "name-calling-labeling"),
            ("ya sülh gündəliyinə sadiq qalacaq, ya da", "false-dilemma-no-choice"),
            ("Parisin təhriki ilə", "sponsor-labelling"),
            ("yeni fəlakətə sürüklənəcək", "appeal-to-fear-prejudice"),
            ("bu reallıqları hamı qəbul etməlidir", "conversation-killer"),
        ],
    },
    {
        "key": "azadliq-style-peacekeepers-exit-2024",
        "outlet_style": "Azadlıq Radiosu",
        "language": "az",
        "text": (
            "Rusiya sülhməramlı kontingenti 2020-ci ilin noyabrından yerləşdiyi Qarabağdan "
            "çıxarılır. Kreml sözçüsü Dmitri Peskov aprelin 17-də prosesin başladığını "
            "təsdiqləyib, Prezident Administrasiyasının rəsmisi Hikmət Hacıyev də qərarın "
            "iki ölkənin rəhbərləri arasında razılaşdırıldığını bildirib.\n\n"
            "Kontingentdə təxminən iki min hərbçi, zirehli texnika və helikopterlər olub. "
            "Sülhməramlılar 2020-ci il noyabrın 10-da imzalanmış üçtərəfli bəyanata əsasən "
            "beş illik müddətə yerləşdirilmişdi.\n\n"
            "Ağdamdakı birgə Rusiya-Türkiyə monitorinq mərkəzi də işini dayandırıb. "
            "Ekspertlər çıxarılmanın Moskvanın regiondakı təsirinə necə əks olunacağı "
            "barədə fərqli fikirlər söyləyirlər."
        ),
        "marked": [],
    },
]
