"""Second Azerbaijani (Latin script) held-out set for the framing lexicon: scored apart, never
tuned against, and written without looking at the lexicon's entries.

Written for Parallax in its own words, in the manner of outlets that publish in Azerbaijani
(the defence and foreign ministries, the Ombudsman, APA, Report, AZƏRTAC, Trend, Oxu.az, and
the independent Meydan TV and Turan), about real events of 2020–2023; the wording, quotations
and figures are our own. Every loaded term a conflict fact-checker would mark is marked,
quoted speech included, in whatever inflected form the sentence needs; neutral reporting words
are not, and some articles carry no marked term at all. Each marked item is (phrase, label)
for the first occurrence of the phrase in the text, or (phrase, label, n) for its n-th.
"""

ARTICLES = [
    {
        "key": "mn-style-kalbajar-soldier-2022",
        "outlet_style": "Azərbaycan Müdafiə Nazirliyi (məlumat)",
        "language": "az",
        "text": (
            "Yanvarın 11-də Ermənistan silahlı qüvvələrinin bölmələri dövlət sərhədinin "
            "Kəlbəcər rayonu istiqamətində növbəti qanlı təxribata əl atıb. Düşmən "
            "snayperinin açdığı atəş nəticəsində hərbi qulluqçumuz şəhid olub.\n\n"
            "Gecə saatlarında Basarkeçər və Şəmşəddin istiqamətlərindəki mövqelərdən "
            "Tovuz və Kəlbəcər rayonlarındakı postlarımız iri çaplı pulemyotlardan atəşə "
            "tutulub. Bölmələrimiz tərəfindən adekvat cavab tədbirləri görülüb, rəqibin "
            "atəş nöqtələri susdurulub. Hazırda əməliyyat şəraiti Ordumuzun tam "
            "nəzarətindədir.\n\n"
            "Nazirlik bildirir ki, vəziyyətin qəsdən gərginləşdirilməsinə görə bütün "
            "məsuliyyəti Ermənistanın hərbi-siyasi rəhbərliyi daşıyır. Şəhidimizə Allahdan "
            "rəhmət diləyirik."
        ),
        "marked": [
            ("qanlı", "loaded-language"),
            ("təxribata", "provocation-framing"),
            ("Düşmən", "enemy-othering"),
            ("şəhid", "loaded-language"),
            ("adekvat cavab tədbirləri", "military-euphemism"),
            ("rəqibin", "enemy-othering"),
            ("susdurulub", "military-euphemism"),
            ("qəsdən", "one-sided-blame"),
            ("bütün məsuliyyəti", "one-sided-blame"),
            ("Şəhidimizə", "loaded-language"),
        ],
    },
    {
        "key": "xin-style-border-denial-2022",
        "outlet_style": "Azərbaycan Xarici İşlər Nazirliyi (bəyanat)",
        "language": "az",
        "text": (
            "Sentyabrın 12-dən 13-nə keçən gecə Ermənistan silahlı qüvvələri Daşkəsən, "
            "Kəlbəcər və Laçın istiqamətlərində genişmiqyaslı təxribatlar törədib. Bunun "
            "qarşısını almaq üçün Azərbaycan Ordusu lokal xarakterli cavab tədbirləri "
            "həyata keçirib.\n\n"
            "Bəyanatda vurğulanır ki, Ermənistan mətbuatında yayılan, guya Azərbaycanın "
            "qonşu dövlətin ərazisinə soxulduğu barədə məlumatlar cəfəngiyatdan başqa bir "
            "şey deyil. Regionda yeganə təcavüzkar və işğalçı dövlət Ermənistandır, onun "
            "qoşunları hələ də Qarabağ iqtisadi rayonunda qalır.\n\n"
            "Rəsmi İrəvanın hərbi avantüraları və revanşist siyasəti sülh prosesini təhlükə "
            "altına atır. Nazirlik beynəlxalq tərəfdaşları Ermənistanın ikiüzlü "
            "davranışına qiymət verməyə çağırır."
        ),
        "marked": [
            ("genişmiqyaslı", "exaggeration-minimisation"),
            ("təxribatlar", "provocation-framing"),
            ("lokal xarakterli", "exaggeration-minimisation"),
            ("cavab tədbirləri", "military-euphemism"),
            ("guya", "doubt"),
            ("cəfəngiyatdan", "doubt"),
            ("təcavüzkar", "loaded-language"),
            ("işğalçı", "occupation-framing"),
            ("Qarabağ iqtisadi rayonunda", "sovereignty-assertion"),
            ("hərbi avantüraları", "provocation-framing"),
            ("revanşist", "loaded-language"),
            ("ikiüzlü", "appeal-to-hypocrisy"),
        ],
    },
    {
        "key": "apa-style-zangezur-speech-2021",
        "outlet_style": "APA (informasiya agentliyi)",
        "language": "az",
        "text": (
            "Prezident İlham Əliyev Zəngilanda keçirilən görüşdə bildirib ki, Zəngəzur "
            "dəhlizi Ermənistan istəsə də, istəməsə də reallaşacaq. APA xəbər verir ki, "
            "dövlət başçısı bu layihəni bütün region üçün yeni imkanlar kimi "
            "qiymətləndirib.\n\n"
            "Prezident qeyd edib ki, Zəngəzur azərbaycanlıların tarixi torpağıdır və "
            "əsrlər boyu orada yaşamış soydaşlarımız ədalətsiz şəkildə qovulub. Onun "
            "sözlərinə görə, Qərbi Azərbaycandan didərgin salınmış insanların öz doğma "
            "yurdlarına qayıtmaq hüququ tanınmalıdır.\n\n"
            "İlham Əliyev xatırladıb ki, 44 gün ərzində dəmir yumruq düşmənin belini "
            "qırdı və bu gün heç kim Azərbaycanla ultimatum dilində danışa bilməz. "
            "Görüşdə Zəngilan rayonunun bərpası ilə bağlı layihələr də müzakirə olunub."
        ),
        "marked": [
            ("istəsə də, istəməsə də", "conversation-killer"),
            ("tarixi torpağıdır", "sovereignty-assertion"),
            ("ədalətsiz şəkildə qovulub", "one-sided-blame"),
            ("Qərbi Azərbaycandan", "sovereignty-assertion"),
            ("didərgin salınmış", "loaded-language"),
            ("dəmir yumruq", "flag-waving"),
            ("düşmənin belini qırdı", "enemy-othering"),
        ],
    },
    {
        "key": "report-style-victory-day-2022",
        "outlet_style": "Report (informasiya agentliyi)",
        "language": "az",
        "text": (
            "Bu gün Azərbaycanda Zəfər Günü qeyd olunur. Report xəbər verir ki, 2020-ci ilin "
            "payızında rəşadətli Azərbaycan Ordusu Müzəffər Ali Baş Komandanın rəhbərliyi "
            "ilə 44 günlük Vətən müharibəsində tarixi qələbə qazanıb.\n\n"
            "Döyüşlər zamanı 5 şəhər, 4 qəsəbə və 286 kənd işğaldan azad edilib. Noyabrın "
            "8-də Şuşanın düşmən əsarətindən qurtarılması müharibənin taleyini həll edib, "
            "bir gün sonra isə məğlub Ermənistan kapitulyasiya aktına imza atmağa məcbur "
            "olub.\n\n"
            "Qəhrəman övladlarımız canları bahasına torpaqlarımızın bütövlüyünü bərpa "
            "ediblər. Xalqımız şəhidlərimizin xatirəsini heç vaxt unutmayacaq. Qarabağ "
            "Azərbaycandır!"
        ),
        "marked": [
            ("rəşadətli", "flag-waving"),
            ("Müzəffər Ali Baş Komandanın", "flag-waving"),
            ("Vətən müharibəsində", "flag-waving"),
            ("işğaldan azad edilib", "liberation-framing"),
            ("düşmən əsarətindən qurtarılması", "liberation-framing"),
            ("kapitulyasiya aktına", "loaded-language"),
            ("Qəhrəman", "loaded-language"),
            ("torpaqlarımızın", "sovereignty-assertion"),
            ("şəhidlərimizin", "loaded-language"),
            ("Qarabağ Azərbaycandır", "slogans"),
        ],
    },
    {
        "key": "azertac-style-shusha-speech-2021",
        "outlet_style": "AZƏRTAC (dövlət informasiya agentliyi)",
        "language": "az",
        "text": (
            "Şuşa, 15 yanvar (AZƏRTAC). Prezident İlham Əliyev işğaldan azad olunmuş Şuşa "
            "şəhərində olub, Yuxarı Gövhər ağa məscidinin bərpası ilə tanış olub.\n\n"
            "Dövlət başçısı deyib ki, vəhşi düşmən 28 il ərzində Şuşanın tarixi simasını "
            "məhv etməyə çalışıb, məscidlərimizi təhqir edib, qəbirləri dağıdıb. Onun "
            "sözlərinə görə, bu vandalizm erməni faşizminin əsl üzünü bütün dünyaya "
            "göstərir. Prezident işğalçıların şəhərə saxta erməni izi vurmaq cəhdlərinin "
            "də puça çıxdığını söyləyib.\n\n"
            "İlham Əliyev bildirib ki, Şuşa bundan sonra Azərbaycanın mədəniyyət paytaxtı "
            "olacaq və şəhərin bütün tarixi abidələri dövlət hesabına bərpa ediləcək."
        ),
        "marked": [
            ("işğaldan azad olunmuş", "liberation-framing"),
            ("vəhşi düşmən", "dehumanising-language"),
            ("təhqir edib", "loaded-language"),
            ("vandalizm", "loaded-language"),
            ("erməni faşizminin", "name-calling-labeling"),
            ("bütün dünyaya", "appeal-to-popularity"),
            ("işğalçıların", "occupation-framing"),
            ("saxta", "doubt"),
        ],
    },
    {
        "key": "trend-style-lachin-checkpoint-2023",
        "outlet_style": "Trend (informasiya agentliyi)",
        "language": "az",
        "text": (
            "Laçın-Xankəndi yolunun başlanğıcında, Həkəri çayı körpüsünün yanında "
            "Azərbaycanın sərhəd-buraxılış məntəqəsi fəaliyyətə başlayıb. Dövlət Sərhəd "
            "Xidmətinin məlumatına görə, məntəqə Ermənistandan Qarabağa silah-sursat və "
            "minaların qanunsuz daşınmasının qarşısını almaq üçün qurulub.\n\n"
            "Xidmət bildirir ki, uzun müddət bu yol qanunsuz erməni silahlı dəstələrinin "
            "təchizatı üçün istifadə olunub, Qarabağ iqtisadi rayonunda qalan separatçılar "
            "isə regiona xarici havadarlarının köməyi ilə silah gətiriblər.\n\n"
            "Qarabağın erməni sakinləri məntəqədən sərbəst keçə bilər. Rəsmi Bakı bildirir "
            "ki, ermənilərin Azərbaycan qanunlarına tabe olmaqdan başqa yolu yoxdur."
        ),
        "marked": [
            ("qanunsuz erməni silahlı dəstələrinin", "criminalising-label"),
            ("Qarabağ iqtisadi rayonunda", "sovereignty-assertion"),
            ("separatçılar", "criminalising-label"),
            ("xarici havadarlarının", "sponsor-labelling"),
            ("başqa yolu yoxdur", "false-dilemma-no-choice"),
        ],
    },
    {
        "key": "oxu-style-antiterror-2023",
        "outlet_style": "Oxu.az",
        "language": "az",
        "text": (
            "Qarabağ regionunda başlanan lokal antiterror tədbirləri uğurla davam edir. "
            "Müdafiə Nazirliyinin məlumatına görə, bölmələrimiz yüksək dəqiqlikli "
            "silahlarla yalnız qanuni hərbi hədəfləri sıradan çıxarır, 60-dan çox mövqe "
            "ələ keçirilib, düşmənin hərbi texnikası neytrallaşdırılıb.\n\n"
            "Nazirlik qeyd edir ki, Ermənistan silahlı qüvvələrinin qalıqları və terrorçu "
            "birləşmələr tərksilah edilməli, Xankəndidəki qondarma xunta isə buraxılmalıdır. "
            "Separatçı rejimin başçıları ədalət qarşısında cavab verəcək.\n\n"
            "Mülki əhali üçün humanitar dəhlizlər açılıb. Rəsmi Bakı bildirir ki, Qarabağın "
            "erməni sakinləri Azərbaycan cəmiyyətinə reinteqrasiya olunacaq."
        ),
        "marked": [
            ("lokal", "exaggeration-minimisation"),
            ("antiterror", "criminalising-label"),
            ("qanuni hərbi hədəfləri", "military-euphemism"),
            ("sıradan çıxarır", "military-euphemism"),
            ("düşmənin", "enemy-othering"),
            ("neytrallaşdırılıb", "military-euphemism"),
            ("qalıqları", "loaded-language"),
            ("terrorçu", "criminalising-label"),
            ("qondarma", "doubt"),
            ("xunta", "name-calling-labeling"),
            ("Separatçı rejimin", "criminalising-label"),
            ("reinteqrasiya", "military-euphemism"),
        ],
    },
    {
        "key": "meydan-style-soldiers-families-2021",
        "outlet_style": "Meydan TV (müstəqil media)",
        "language": "az",
        "text": (
            "İkinci Qarabağ müharibəsində itkin düşmüş hərbçilərin ailələri Bakıda Müdafiə "
            "Nazirliyinin binası qarşısına toplaşaraq övladlarının taleyi barədə məlumat "
            "istəyiblər. Ailələrdən biri Meydan TV-yə bildirib ki, bir ildir heç bir "
            "cavab ala bilmir.\n\n"
            "Nazirlik aksiyaya münasibət bildirməyib. Rəsmi məlumata görə, müharibədə "
            "2900-dən çox hərbçi həlak olub, onlarla insan hələ də itkin sayılır.\n\n"
            'Aksiyanı işıqlandıran jurnalistlər sonra hökumətyönlü saytlarda "xain" və '
            '"beşinci kolon" adlandırılıblar. Jurnalist təşkilatları bu cür ittihamların '
            "media işçilərini təhlükə altına atdığını bildirir."
        ),
        "marked": [
            ("xain", "name-calling-labeling"),
            ("beşinci kolon", "name-calling-labeling"),
        ],
    },
    {
        "key": "turan-style-delimitation-2023",
        "outlet_style": "Turan (müstəqil informasiya agentliyi)",
        "language": "az",
        "text": (
            "Bakı/30.08.23/Turan: Azərbaycan və Ermənistanın sərhədin delimitasiyası üzrə "
            "dövlət komissiyalarının növbəti iclası Brüsseldə keçirilib. Görüşdə "
            "komissiyaların sədrləri, baş nazirin müavinləri Şahin Mustafayev və Mher "
            "Qriqoryan iştirak ediblər.\n\n"
            "Tərəflər iş qaydası ilə bağlı sənədin layihəsini müzakirə edib və ekspert "
            "qruplarının işini davam etdirmək barədə razılığa gəliblər. Növbəti görüşün "
            "vaxtı diplomatik kanallarla razılaşdırılacaq.\n\n"
            "Xatırladaq ki, iki ölkə arasındakı sərhədin ümumi uzunluğu min kilometrdən "
            "çoxdur və onun heç bir hissəsi hələ rəsmi olaraq delimitasiya edilməyib."
        ),
        "marked": [],
    },
    {
        "key": "ombudsman-style-ganja-strike-2020",
        "outlet_style": "Azərbaycan Ombudsmanı (bəyanat)",
        "language": "az",
        "text": (
            "Oktyabrın 17-si gecə saatlarında Ermənistan silahlı qüvvələri Gəncə şəhərinin "
            "yaşayış massivini ballistik raketlərlə atəşə tutub. İlkin məlumata görə, 13 "
            "dinc sakin, o cümlədən azyaşlı uşaqlar həlak olub, 50-dən çox insan yaralanıb.\n\n"
            "Ombudsman bəyanatında bildirib ki, yuxuda olan insanlara qarşı törədilən bu "
            "qəddar terror aktı beynəlxalq humanitar hüququn kobud şəkildə pozulmasıdır və "
            "erməni faşizminin növbəti vəhşiliyidir. Günahsız insanların qanı bu "
            "cinayətkarların əlindədir.\n\n"
            "Ombudsman beynəlxalq təşkilatları ikili standartlara son qoymağa, susmamağa "
            "və təcavüzkara layiqli qiymət verməyə çağırıb."
        ),
        "marked": [
            ("qəddar", "loaded-language"),
            ("terror aktı", "criminalising-label"),
            ("erməni faşizminin", "name-calling-labeling"),
            ("vəhşiliyidir", "loaded-language"),
            ("Günahsız", "loaded-language"),
            ("cinayətkarların", "criminalising-label"),
            ("ikili standartlara", "appeal-to-hypocrisy"),
            ("təcavüzkara", "loaded-language"),
        ],
    },
]
