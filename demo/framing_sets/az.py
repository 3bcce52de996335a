"""Azerbaijani (Latin script) articles with the framing terms a fact-checker marked.

Written for Parallax in its own words, each in the manner of an outlet that publishes in
Azerbaijani, about real events of 2020-2023. Every loaded term is marked, whether or not the
lexicon knows it; neutral reporting words are not. Each marked item is (phrase, label) for the
first occurrence of the phrase in the text, or (phrase, label, n) for its n-th.
"""

ARTICLES = [
    {
        "key": "mod-style-counteroffensive",
        "outlet_style": "Azərbaycan Müdafiə Nazirliyi (press release)",
        "language": "az",
        "text": (
            "Sentyabrın 27-də səhər saatlarında Ermənistan silahlı qüvvələri cəbhənin bütün "
            "istiqamətlərində növbəti genişmiqyaslı təxribat törədərək Azərbaycan Ordusunun "
            "mövqelərini və cəbhəyanı yaşayış məntəqələrini iriçaplı silahlardan, minaatan və "
            "artilleriya qurğularından atəşə tutub. Düşmənin atəşi nəticəsində Tərtər və "
            "Ağdam rayonlarında dinc sakinlər arasında həlak olanlar və yaralananlar var, "
            "mülki infrastruktura ciddi ziyan dəyib.\n\n"
            "Ordumuzun bölmələri düşmənin döyüş fəaliyyətinin qarşısını almaq və əhalinin "
            "təhlükəsizliyini təmin etmək məqsədilə bütün cəbhə boyu cavab tədbirləri görür. "
            "Əks-hücum əməliyyatı zamanı düşmənin xeyli sayda canlı qüvvəsi, 12 ədəd hava "
            "hücumundan müdafiə vasitəsi və bir neçə tankı məhv edilib. Düşmənin atəş "
            "nöqtələri ardıcıl olaraq susdurulur.\n\n"
            "Nazirlik bəyan edir ki, yaranmış vəziyyətə görə bütün məsuliyyət Ermənistanın "
            "hərbi-siyasi rəhbərliyinin üzərinə düşür. Ermənistan tərəfinin yaydığı, guya "
            "Azərbaycan Ordusunun ilk olaraq atəş açması barədə məlumatlar tamamilə yalandır "
            "və dezinformasiya xarakteri daşıyır.\n\n"
            "Hazırda cəbhədə əməliyyat şəraiti Silahlı Qüvvələrimizin nəzarəti altındadır. "
            "Rəşadətli əsgər və zabitlərimiz işğal altındakı torpaqlarımızın azad edilməsi "
            "uğrunda qəhrəmanlıq nümunəsi göstərirlər. Əhalidən xahiş olunur ki, yalnız rəsmi "
            "mənbələrin məlumatlarına etibar etsin."
        ),
        "marked": [
            ("genişmiqyaslı", "exaggeration-minimisation"),
            ("təxribat", "provocation-framing"),
            ("Düşmənin", "enemy-othering"),
            ("Ordumuzun", "flag-waving"),
            ("düşmənin", "enemy-othering"),
            ("cavab tədbirləri", "military-euphemism"),
            ("Əks-hücum əməliyyatı", "military-euphemism"),
            ("düşmənin", "enemy-othering", 2),
            ("canlı qüvvəsi", "military-euphemism"),
            ("Düşmənin", "enemy-othering", 2),
            ("susdurulur", "military-euphemism"),
            ("bütün məsuliyyət", "one-sided-blame"),
            ("guya", "doubt"),
            ("yalandır", "doubt"),
            ("dezinformasiya", "doubt"),
            ("Silahlı Qüvvələrimizin", "flag-waving"),
            ("Rəşadətli", "loaded-language"),
            ("zabitlərimiz", "flag-waving"),
            ("işğal", "occupation-framing"),
            ("torpaqlarımızın", "sovereignty-assertion"),
            ("azad edilməsi", "liberation-framing"),
            ("qəhrəmanlıq", "loaded-language"),
        ],
    },
    {
        "key": "azertac-style-shusha",
        "outlet_style": "AZERTAC",
        "language": "az",
        "text": (
            "Prezident, Müzəffər Ali Baş Komandan İlham Əliyev noyabrın 8-də Şəhidlər "
            "xiyabanında xalqa müraciət edərək Şuşa şəhərinin işğaldan azad olunduğunu elan "
            "edib. Dövlət başçısı bildirib ki, 28 il erməni işğalı altında qalan Şuşa artıq "
            "azaddır və bu tarixi Zəfər şəhidlərimizin qanı bahasına qazanılıb.\n\n"
            "Ölkə başçısı vurğulayıb ki, Qarabağın tacı olan Şuşa Azərbaycan mədəniyyətinin "
            "beşiyidir və onun azad edilməsi Vətən müharibəsinin taleyini həll edən əməliyyat "
            'olub. "Biz Şuşaya qayıtdıq. Qarabağ Azərbaycandır!" - deyə Prezident müraciətini '
            "tamamlayıb.\n\n"
            "AZERTAC-ın məlumatına görə, Azərbaycan Ordusu Şuşanı sıldırım qayalar, meşələr "
            "və dərələr keçərək, yüngül silahlarla, əlbəyaxa döyüşlərdə düşməndən təmizləyib. "
            "Hərbi ekspertlər bu əməliyyatı dünya hərb tarixinə düşəcək misilsiz hadisə kimi "
            "qiymətləndirirlər.\n\n"
            "Xəbər yayılan kimi Bakının küçələri bayraqlarla doldu. Minlərlə insan şanlı "
            "ordumuzun qələbəsini qeyd etdi, şəhidlərin xatirəsini yad etdi. Ümummilli lider "
            "Heydər Əliyevin arzusu olan Şuşaya qayıdış gerçəkləşdi. Şəhərdə bərpa işlərinə "
            "yaxın günlərdə başlanılacağı bildirilir."
        ),
        "marked": [
            ("Müzəffər", "flag-waving"),
            ("işğaldan", "occupation-framing"),
            ("azad olunduğunu", "liberation-framing"),
            ("işğalı", "occupation-framing"),
            ("azaddır", "liberation-framing"),
            ("tarixi Zəfər", "flag-waving"),
            ("şəhidlərimizin", "loaded-language"),
            ("Qarabağın tacı", "flag-waving"),
            ("mədəniyyətinin beşiyidir", "sovereignty-assertion"),
            ("azad edilməsi", "liberation-framing"),
            ("Vətən müharibəsinin", "flag-waving"),
            ("Qarabağ Azərbaycandır", "slogans"),
            ("düşməndən", "enemy-othering"),
            ("düşməndən təmizləyib", "military-euphemism"),
            ("dünya hərb tarixinə", "exaggeration-minimisation"),
            ("misilsiz", "exaggeration-minimisation"),
            ("şanlı", "flag-waving"),
            ("ordumuzun", "flag-waving"),
            ("şəhidlərin", "loaded-language"),
            ("Ümummilli lider", "appeal-to-authority"),
        ],
    },
    {
        "key": "apa-style-ganja",
        "outlet_style": "APA",
        "language": "az",
        "text": (
            "Oktyabrın 17-nə keçən gecə Ermənistan silahlı qüvvələri Gəncə şəhərinin sıx "
            "yaşayış məhəlləsini ballistik raketlə atəşə tutub. Baş Prokurorluğun APA-ya "
            "verdiyi məlumata görə, zərbə nəticəsində 13 dinc sakin, o cümlədən uşaqlar həlak "
            "olub, 50-dən çox insan yaralanıb, onlarla ev dağılıb.\n\n"
            "Hadisə yerinə baş çəkən Prezidentin köməkçisi Hikmət Hacıyev bildirib ki, bu, "
            "növbəti müharibə cinayətidir və Ermənistanın dövlət terrorizmi siyasətinin açıq "
            'ifadəsidir: "Təcavüzkar dövlət döyüş meydanında məğlub olduqca qəddar metodlara '
            'əl atır, yatmış insanları öldürür".\n\n'
            "Millət vəkilləri hadisəni Gəncə qətliamı adlandırıb, beynəlxalq təşkilatları "
            "erməni vəhşiliyinə qiymət verməyə çağırıblar. Deputatlardan biri qeyd edib ki, "
            "dinc əhaliyə qarşı törədilən bu terror aktı Xocalı soyqırımını xatırladır və "
            "cəzasız qalmamalıdır.\n\n"
            "Ermənistan Müdafiə Nazirliyi isə Gəncəyə atəş açılmasını təkzib edib. Hadisə "
            "yerində dağıntıların altında axtarış-xilasetmə işləri davam edir, yaralılar "
            "şəhər xəstəxanalarına yerləşdirilib. Şəhər icra hakimiyyəti evləri dağılan "
            "ailələrin müvəqqəti yerləşdirilməsi üçün tədbirlər gördüyünü açıqlayıb."
        ),
        "marked": [
            ("müharibə cinayətidir", "loaded-language"),
            ("dövlət terrorizmi", "criminalising-label"),
            ("Təcavüzkar", "one-sided-blame"),
            ("qəddar", "loaded-language"),
            ("qətliamı", "loaded-language"),
            ("vəhşiliyinə", "loaded-language"),
            ("terror aktı", "criminalising-label"),
            ("soyqırımını", "loaded-language"),
        ],
    },
    {
        "key": "mfa-style-french-senate",
        "outlet_style": "Azərbaycan Xarici İşlər Nazirliyi (statement)",
        "language": "az",
        "text": (
            'Fransa Senatının sözdə "Dağlıq Qarabağ Respublikası"nın tanınması zərurəti '
            "barədə qəbul etdiyi qətnaməni qətiyyətlə pisləyirik. Bu sənədin heç bir hüquqi "
            "qüvvəsi yoxdur və o, bir kağız parçasından başqa bir şey deyil.\n\n"
            "Qətnamə beynəlxalq hüququn norma və prinsiplərini, BMT Təhlükəsizlik Şurasının "
            "işğalçı qüvvələrin çıxarılmasını tələb edən dörd qətnaməsini açıq şəkildə nəzərə "
            "almır. Belə qərarlar ATƏT-in Minsk qrupunun həmsədri kimi Fransanın qərəzli "
            "mövqeyini bir daha təsdiqləyir və vasitəçinin bitərəfliyini şübhə altına alır.\n\n"
            "Təəssüf ki, Fransada bəzi siyasi dairələr erməni lobbisinin təsiri altında ikili "
            "standartlar nümayiş etdirir. Otuz il ərzində Azərbaycan torpaqlarının işğalına, "
            "bir milyondan artıq soydaşımızın doğma yurdlarından qovulmasına göz yuman bu "
            "dairələr indi ərazi bütövlüyünü bərpa edən ölkəni ittiham edir.\n\n"
            "Azərbaycan xalqı otuz illik işğala son qoyaraq tarixi ədaləti bərpa edib. "
            "Qarabağ münaqişəsi artıq tarixə qovuşub və bu reallığı heç kəs dəyişə bilməz. "
            "Fransa tərəfini regionda sülh və əməkdaşlığa xidmət etməyən addımlardan "
            "çəkinməyə çağırırıq."
        ),
        "marked": [
            ("sözdə", "doubt"),
            ("kağız parçasından", "loaded-language"),
            ("işğalçı", "occupation-framing"),
            ("qərəzli", "doubt"),
            ("bəzi siyasi dairələr", "obfuscation-vagueness-confusion"),
            ("erməni lobbisinin", "guilt-by-association"),
            ("ikili standartlar", "appeal-to-hypocrisy"),
            ("işğalına", "occupation-framing"),
            ("göz yuman", "appeal-to-hypocrisy"),
            ("ərazi bütövlüyünü bərpa", "liberation-framing"),
            ("işğala", "occupation-framing"),
            ("tarixi ədaləti", "appeal-to-values"),
            ("tarixə qovuşub", "conversation-killer"),
            ("heç kəs dəyişə bilməz", "conversation-killer"),
        ],
    },
    {
        "key": "bbc-az-style-ceasefire",
        "outlet_style": "BBC News Azərbaycanca",
        "language": "az",
        "text": (
            "Azərbaycan, Ermənistan və Rusiya liderləri Dağlıq Qarabağda hərbi əməliyyatların "
            "dayandırılması barədə bəyanat imzalayıblar. Sənəd noyabrın 10-da Moskva vaxtı "
            "ilə gecə yarısından qüvvəyə minib.\n\n"
            "Bəyanata əsasən, Ermənistan Ağdam, Kəlbəcər və Laçın rayonlarını müəyyən edilmiş "
            "tarixlərədək Azərbaycana qaytarmalıdır. Təmas xətti boyunca və Laçın dəhlizində "
            "təxminən iki min nəfərlik Rusiya sülhməramlı kontingenti yerləşdiriləcək.\n\n"
            "Azərbaycan Prezidenti İlham Əliyev sənədi Ermənistanın kapitulyasiyası kimi "
            "təqdim edib. Ermənistanın baş naziri Nikol Paşinyan isə qərarı özü və xalqı üçün "
            '"ağrılı" adlandırıb və bildirib ki, ordu rəhbərliyinin tövsiyəsi ilə bu addımı '
            "atmağa məcbur olub.\n\n"
            "İrəvanda bəyanat xəbərindən sonra etirazçılar hökumət binasına və parlamentə "
            "daxil olublar. Bakıda isə insanlar küçələrə çıxaraq bayram ediblər.\n\n"
            "Altı həftə davam edən döyüşlərdə hər iki tərəfdən minlərlə hərbçi həlak olub. "
            "Tərəflər bir-birini dinc əhalini atəşə tutmaqda ittiham ediblər; bu iddiaları "
            "müstəqil şəkildə yoxlamaq mümkün olmayıb. Bəyanatda Dağlıq Qarabağın gələcək "
            "statusu barədə heç nə deyilmir."
        ),
        "marked": [
            ("kapitulyasiyası", "loaded-language"),
        ],
    },
    {
        "key": "azadliq-style-lachin-road",
        "outlet_style": "Azadlıq Radiosu (RFE/RL)",
        "language": "az",
        "text": (
            "Dekabrın 12-dən Laçın yolunda, Şuşa yaxınlığında özlərini ekoloq kimi təqdim "
            "edən bir qrup azərbaycanlı aksiya keçirir. Aksiyaçılar Qarabağdakı yataqlarda "
            "mədən istismarının dayandırılmasını və Azərbaycan mütəxəssislərinin ərazidə "
            "monitorinq aparmasına icazə verilməsini tələb edirlər.\n\n"
            "Aksiya səbəbindən Xankəndi ilə Ermənistan arasında nəqliyyat hərəkəti demək olar "
            "ki, dayanıb. Ermənistan hökuməti Bakını bölgədə yaşayan 120 min ermənini "
            "blokadaya almaqda və humanitar fəlakət yaratmaqda ittiham edir. İrəvan bunu "
            "etnik təmizləmə siyasətinin bir hissəsi adlandırır.\n\n"
            "Azərbaycan rəsmiləri isə blokada iddialarını rədd edir. Xarici İşlər "
            "Nazirliyinin sözçüsü bildirib ki, yol mülki nəqliyyat üçün açıqdır, Ermənistanın "
            "ittihamları isə növbəti erməni təbliğatı və dezinformasiyadır. Rəsmi Bakı "
            "əvvəllər Laçın yolundan Qarabağa silah-sursat və mina daşındığını iddia edib.\n\n"
            "Azadlıq Radiosunun müxbiri ərazidə olduğu müddətdə Beynəlxalq Qırmızı Xaç "
            "Komitəsinin maşınlarının keçdiyini müşahidə edib, ərzaq daşıyan yük maşınları "
            "isə keçməyib. Hadisələri müstəqil şəkildə araşdırmaq çətindir, çünki "
            "jurnalistlərin bölgəyə girişi məhduddur."
        ),
        "marked": [
            ("humanitar fəlakət", "appeal-to-fear-prejudice"),
            ("etnik təmizləmə", "loaded-language"),
            ("erməni təbliğatı", "doubt"),
            ("dezinformasiyadır", "doubt"),
        ],
    },
    {
        "key": "meydan-style-exodus",
        "outlet_style": "Meydan TV",
        "language": "az",
        "text": (
            'Sentyabrın 19-da başlayan və rəsmi Bakının "lokal antiterror tədbirləri" '
            "adlandırdığı hərbi əməliyyatdan bir həftə sonra Qarabağ ermənilərinin demək olar "
            "ki, hamısı bölgəni tərk edib. BMT-nin məlumatına görə, 100 mindən çox insan "
            "Ermənistana keçib.\n\n"
            "Azərbaycan hökuməti ermənilərin könüllü olaraq tərk etdiyini bildirir və onların "
            "reinteqrasiyası üçün şərait yaradıldığını deyir. Prezidentin köməkçisi "
            "ermənilərin öz istəkləri ilə getdiyini vurğulayıb. Lakin Meydan TV-nin danışdığı "
            "qaçqınlar qorxu və qeyri-müəyyənlik səbəbindən evlərini atdıqlarını deyirlər.\n\n"
            "Ermənistanın baş naziri Nikol Paşinyan baş verənləri etnik təmizləmə adlandırıb. "
            "Hökumətyönlü Azərbaycan mediası isə bölgədən gedənlərin əksəriyyətinin "
            'separatçıların ailə üzvləri olduğunu yazır və köçü "terrorçu rejimin sonu" kimi '
            "təqdim edir.\n\n"
            "Hüquq müdafiəçiləri hesab edir ki, əməliyyat zamanı dinc əhali arasında "
            "itkilərin sayı, həmçinin saxlanılan keçmiş rəhbərlərə qarşı ittihamlar müstəqil "
            "şəkildə araşdırılmalıdır. Bakıda televiziya kanalları isə bir neçə gündür ki, "
            '"ədalətin zəfəri" mövzusunda verilişlər yayımlayır.'
        ),
        "marked": [
            ("antiterror tədbirləri", "military-euphemism"),
            ("könüllü olaraq tərk", "exaggeration-minimisation"),
            ("reinteqrasiyası", "military-euphemism"),
            ("öz istəkləri ilə", "exaggeration-minimisation"),
            ("etnik təmizləmə", "loaded-language"),
            ("separatçıların", "criminalising-label"),
            ("terrorçu rejimin", "criminalising-label"),
            ("ədalətin zəfəri", "appeal-to-values"),
        ],
    },
    {
        "key": "report-style-antiterror",
        "outlet_style": "Report.az",
        "language": "az",
        "text": (
            "Sentyabrın 19-da Ermənistan silahlı qüvvələrinin Qarabağda yerləşən "
            "birləşmələrinin tərksilah edilməsi və ərazilərimizdən çıxarılması, Azərbaycan "
            "Respublikasının konstitusiya quruluşunun bərpası məqsədilə lokal antiterror "
            "tədbirlərinə başlanılıb.\n\n"
            "Report-un Müdafiə Nazirliyinə istinadla verdiyi məlumata görə, tədbirlər zamanı "
            "qanunsuz erməni silahlı birləşmələrinin ön xətt mövqeləri, uzunmüddətli atəş "
            "nöqtələri və hərbi obyektləri yüksək dəqiqlikli silahlarla sıradan çıxarılır. "
            "Mülki əhali və mülki infrastruktur hədəf alınmır.\n\n"
            "Nazirlik bildirib ki, bundan əvvəl Xocavənd istiqamətində "
            "terrorçu-diversantların basdırdığı minalar nəticəsində dörd polis əməkdaşı və "
            "iki mülki şəxs həlak olub. Bu terror aktından sonra marionet rejimin silahlı "
            "dəstələrinə qarşı qətiyyətli addımlar atılması zəruri olub.\n\n"
            "Ertəsi gün separatçıların silahı yerə qoyması barədə razılıq əldə edilib. "
            "Prezident İlham Əliyev xalqa müraciətində deyib ki, cəmi bir gün ərzində "
            "Azərbaycan öz suverenliyini bərpa edib və dəmir yumruq yenə öz sözünü deyib. "
            "Qarabağda yaşayan ermənilərin nümayəndələri ilə ilk görüş Yevlaxda keçirilib."
        ),
        "marked": [
            ("ərazilərimizdən", "sovereignty-assertion"),
            ("konstitusiya quruluşunun bərpası", "liberation-framing"),
            ("antiterror tədbirlərinə", "military-euphemism"),
            ("qanunsuz erməni silahlı birləşmələrinin", "criminalising-label"),
            ("terrorçu-diversantların", "criminalising-label"),
            ("terror aktından", "criminalising-label"),
            ("marionet rejimin", "name-calling-labeling"),
            ("qətiyyətli addımlar", "military-euphemism"),
            ("separatçıların", "criminalising-label"),
            ("suverenliyini bərpa", "liberation-framing"),
            ("dəmir yumruq", "slogans"),
        ],
    },
    {
        "key": "trend-style-great-return",
        "outlet_style": "Trend",
        "language": "az",
        "text": (
            "İşğaldan azad edilmiş ərazilərə Böyük Qayıdış başlayıb: ilk köçkün ailələr "
            "Zəngilan rayonunun Ağalı kəndinə qayıdıb. Trend xəbər verir ki, kəndə 41 ailə "
            "köçürülüb və bu, işğaldan azad olunmuş ərazilərə ilk mütəşəkkil qayıdışdır.\n\n"
            'Kənd "ağıllı kənd" konsepsiyası əsasında yenidən qurulub: evlərdə alternativ '
            "enerji mənbələri var, məktəb, uşaq bağçası və tibb məntəqəsi fəaliyyət göstərir.\n\n"
            "Sakinlərdən biri jurnalistlərə deyib ki, otuz ilə yaxın həsrətində olduğu "
            'ata-baba torpağına qayıtmaq onun üçün bayramdır: "Bu günü bizə şəhidlərimiz və '
            'qəhrəman ordumuz bəxş edib".\n\n'
            "Rəsmilər bildirir ki, azad edilmiş ərazilərdə minatəmizləmə işləri hələ də əsas "
            "çətinlik olaraq qalır. Ermənistan 2020-ci ilə qədər bölgəyə basdırdığı minaların "
            "xəritələrinin tam versiyasını təqdim etməyib, müharibədən sonra minaya düşərək "
            "həlak olan və yaralanan mülki şəxslərin sayı artmaqda davam edir.\n\n"
            "Dövlət proqramına əsasən, 2026-cı ilədək azad edilmiş ərazilərə 34 min ailənin "
            "qaytarılması nəzərdə tutulur."
        ),
        "marked": [
            ("İşğaldan", "occupation-framing"),
            ("azad edilmiş", "liberation-framing"),
            ("Böyük Qayıdış", "liberation-framing"),
            ("işğaldan", "occupation-framing"),
            ("azad olunmuş", "liberation-framing"),
            ("ata-baba torpağına", "sovereignty-assertion"),
            ("şəhidlərimiz", "loaded-language"),
            ("qəhrəman", "loaded-language"),
            ("ordumuz", "flag-waving"),
            ("azad edilmiş", "liberation-framing", 2),
            ("azad edilmiş", "liberation-framing", 3),
        ],
    },
    {
        "key": "xalq-qazeti-style-western-azerbaijan",
        "outlet_style": "Xalq qəzeti (opinion)",
        "language": "az",
        "text": (
            "Qərbi Azərbaycana qayıdış: tarixi ədalətin bərpası yolunda\n\n"
            "İndiki Ermənistan ərazisi əzəli Azərbaycan torpağıdır. İrəvan xanlığı, Zəngəzur "
            "və Göyçə mahalları əsrlər boyu soydaşlarımızın yurdu olub. XX əsrdə erməni "
            "millətçiləri xarici havadarlarının köməyi ilə yüz minlərlə azərbaycanlını tarixi "
            "torpaqlarından qovmuş, bu mənfur siyasəti soyqırımı və deportasiya ilə müşayiət "
            "etmişlər.\n\n"
            "Qərbi Azərbaycan İcmasının irəli sürdüyü Qayıdış Konsepsiyası sülhsevər və "
            "humanist sənəddir. Qərbi azərbaycanlılar öz doğma torpaqlarına dinc yolla, "
            "təhlükəsizlik təminatları ilə qayıtmaq istəyirlər. Bu, beynəlxalq hüquqa tam "
            "uyğundur.\n\n"
            "Lakin İrəvandakı revanşist qüvvələr və onların Paris və Vaşinqtondakı "
            "himayədarları bu haqlı tələbə göz yumurlar. Bütün dünya bilir ki, Ermənistan "
            "regionda yeganə monoetnik dövlətdir.\n\n"
            "Müəllif hesab edir ki, Qərbi Zəngəzur da daxil olmaqla tarixi torpaqlarımıza "
            "qayıdışın alternativi yoxdur. Soydaşlarımız gec-tez ata-baba yurdlarında yenidən "
            "yaşayacaqlar. Bu məsələ yaxın illərdə beynəlxalq təşkilatların gündəliyinə "
            "çıxarılmalı, qayıdış hüququ BMT və ATƏT səviyyəsində müzakirə edilməlidir."
        ),
        "marked": [
            ("Qərbi Azərbaycana", "sovereignty-assertion"),
            ("tarixi ədalətin", "appeal-to-values"),
            ("əzəli Azərbaycan torpağıdır", "sovereignty-assertion"),
            ("İrəvan xanlığı", "sovereignty-assertion"),
            ("erməni millətçiləri", "name-calling-labeling"),
            ("havadarlarının", "sponsor-labelling"),
            ("tarixi torpaqlarından", "sovereignty-assertion"),
            ("mənfur", "loaded-language"),
            ("soyqırımı", "loaded-language"),
            ("Qərbi Azərbaycan İcmasının", "sovereignty-assertion"),
            ("sülhsevər və humanist", "appeal-to-values"),
            ("Qərbi azərbaycanlılar", "sovereignty-assertion"),
            ("doğma torpaqlarına", "sovereignty-assertion"),
            ("revanşist", "name-calling-labeling"),
            ("himayədarları", "sponsor-labelling"),
            ("haqlı tələbə", "appeal-to-values"),
            ("Bütün dünya bilir", "appeal-to-popularity"),
            ("monoetnik", "name-calling-labeling"),
            ("Qərbi Zəngəzur", "sovereignty-assertion"),
            ("tarixi torpaqlarımıza", "sovereignty-assertion"),
            ("alternativi yoxdur", "false-dilemma-no-choice"),
            ("ata-baba yurdlarında", "sovereignty-assertion"),
        ],
    },
    {
        "key": "voa-style-september-clashes",
        "outlet_style": "Amerikanın Səsi (VOA)",
        "language": "az",
        "text": (
            "Sentyabrın 13-nə keçən gecə Ermənistan-Azərbaycan sərhədində başlayan "
            "toqquşmalarda hər iki tərəfdən ümumilikdə 200-dən çox hərbçi həlak olub. Bu, "
            "2020-ci il müharibəsindən sonra ən ağır eskalasiyadır.\n\n"
            "Ermənistan Azərbaycanı Cermuk, Qoris və Vardenis istiqamətlərində Ermənistanın "
            "suveren ərazisinə hücum etməkdə ittiham edir. Baş nazir Nikol Paşinyan "
            "parlamentdə çıxışında bunu Azərbaycanın təcavüzü adlandırıb və KTMT-dən kömək "
            "istəyib.\n\n"
            "Azərbaycan Müdafiə Nazirliyi isə bildirir ki, Ermənistan ordusu Daşkəsən, "
            "Kəlbəcər və Laçın istiqamətlərində genişmiqyaslı təxribat törədib, Azərbaycan "
            "bölmələri isə adekvat cavab tədbirləri görərək düşmənin atəş nöqtələrini "
            "susdurub.\n\n"
            "ABŞ Dövlət Katibi Antoni Blinken hər iki liderlə telefonla danışaraq hərbi "
            "əməliyyatların dərhal dayandırılmasına çağırıb. Senatın Xarici Əlaqələr "
            'Komitəsinin sədri Bob Menendez isə Azərbaycanı "hücumun təşəbbüskarı" '
            "adlandırıb. Bakı bu bəyanatı erməni lobbisinin sifarişi ilə verilmiş qərəzli "
            "açıqlama kimi qiymətləndirib.\n\n"
            "Amerikanın Səsi-nin müstəqil mənbələri hansı tərəfin ilk atəş açdığını "
            "təsdiqləyə bilməyib."
        ),
        "marked": [
            ("təcavüzü", "one-sided-blame"),
            ("genişmiqyaslı", "exaggeration-minimisation"),
            ("təxribat", "provocation-framing"),
            ("adekvat cavab tədbirləri", "military-euphemism"),
            ("düşmənin", "enemy-othering"),
            ("susdurub", "military-euphemism"),
            ("hücumun təşəbbüskarı", "one-sided-blame"),
            ("erməni lobbisinin sifarişi ilə", "guilt-by-association"),
            ("qərəzli", "doubt"),
        ],
    },
    {
        "key": "musavat-style-peacekeepers",
        "outlet_style": "Yeni Müsavat (opinion)",
        "language": "az",
        "text": (
            "Sülhməramlılar, yoxsa separatçıların himayədarı?\n\n"
            "Rusiya sülhməramlı kontingenti Qarabağa gəldiyi gündən iki il keçir. Bu müddətdə "
            'Rusiya hərbçiləri sözdə "Artsax" rəhbərliyi ilə açıq əməkdaşlıq edir, qanunsuz '
            "erməni silahlı dəstələrinin tərksilah edilməsi üçün isə heç bir addım atmır.\n\n"
            "Kremlin bu siyasəti təsadüfi deyil. Moskva üçün Ermənistan həmişə Cənubi "
            "Qafqazda Rusiyanın forpostu olub. Xankəndidəki kukla rejim də yalnız Rusiyanın "
            "dəstəklədiyi bir layihə kimi yaşaya bilir. Müəyyən dairələr Qarabağda yeni "
            "gərginlik ocağı saxlamaqla Azərbaycana təzyiq göstərmək istəyir.\n\n"
            "Bu arada Moskvadan göndərilmiş milyarder Ruben Vardanyanın separatçılar arasında "
            '"dövlət naziri" təyin olunması hər şeyi aydın göstərir. Onun gəlişi Kremlin '
            "əlaltısının bölgəyə yerləşdirilməsi idi.\n\n"
            "Azərbaycanın başqa yolu yoxdur: ya sülhməramlılar üçtərəfli bəyanatın "
            "tələblərini yerinə yetirməlidir, ya da Azərbaycan öz ərazisində qaydanı özü "
            "bərpa edəcək. Gec olmadan rəsmi Bakı bu məsələni beynəlxalq tərəfdaşlar "
            "qarşısında açıq şəkildə qaldırmalıdır."
        ),
        "marked": [
            ("separatçıların", "criminalising-label"),
            ("himayədarı", "sponsor-labelling"),
            ("sözdə", "doubt"),
            ("qanunsuz erməni silahlı dəstələrinin", "criminalising-label"),
            ("forpostu", "sponsor-labelling"),
            ("kukla rejim", "name-calling-labeling"),
            ("Rusiyanın dəstəklədiyi", "sponsor-labelling"),
            ("Müəyyən dairələr", "obfuscation-vagueness-confusion"),
            ("Moskvadan göndərilmiş", "sponsor-labelling"),
            ("separatçılar", "criminalising-label", 2),
            ('"dövlət naziri"', "doubt"),
            ("Kremlin əlaltısının", "sponsor-labelling"),
            ("əlaltısının", "name-calling-labeling"),
            ("başqa yolu yoxdur", "false-dilemma-no-choice"),
            ("Gec olmadan", "appeal-to-time"),
        ],
    },
    {
        "key": "sputnik-az-style-border-clash",
        "outlet_style": "Sputnik Azərbaycan",
        "language": "az",
        "text": (
            "Noyabrın 16-da Azərbaycan-Ermənistan sərhədinin Kəlbəcər və Laçın "
            "istiqamətlərində baş verən toqquşmada hər iki tərəf itki verib. Azərbaycan "
            "Müdafiə Nazirliyinin məlumatına görə, yeddi hərbçi həlak olub, on nəfər "
            "yaralanıb.\n\n"
            "Bakının versiyasına görə, Ermənistan silahlı qüvvələri sərhəddə təxribat törədib "
            "və Azərbaycan mövqelərinə hücum edib. Ermənistan tərəfi isə Azərbaycan "
            "bölmələrinin Ermənistan ərazisinə daxil olduğunu bildirir, 15 hərbçisinin həlak "
            "olduğunu və 12 nəfərin əsir götürüldüyünü açıqlayıb.\n\n"
            "Rusiya Müdafiə Nazirliyinin vasitəçiliyi ilə Moskva vaxtı ilə saat 17:30-da atəş "
            "dayandırılıb. Kremlin sözçüsü Dmitri Peskov tərəfləri təmkinli olmağa çağırıb.\n\n"
            "Ekspertlər toqquşmanın sərhədlərin delimitasiyası aparılmadığı üçün yarandığını, "
            "demarkasiya prosesinin başlanmasının gərginliyi azalda biləcəyini bildirirlər. "
            "Ertəsi gün Bakıda bəzi politoloqlar hadisəni revanşist qüvvələrin növbəti "
            "avantürası adlandırıblar.\n\n"
            "Toqquşmadan bir gün sonra Azərbaycan və Ermənistan müdafiə nazirləri Rusiya "
            "tərəfi ilə telefon danışıqları aparıb, sərhəddə vəziyyətin sabitləşdirilməsi "
            "üçün birgə mexanizm yaradılması məsələsini müzakirə ediblər. Avropa İttifaqı da "
            "tərəfləri gərginliyi azaltmağa və danışıqlar masasına qayıtmağa çağırıb."
        ),
        "marked": [
            ("təxribat", "provocation-framing"),
            ("revanşist", "name-calling-labeling"),
            ("avantürası", "provocation-framing"),
        ],
    },
    {
        "key": "oxu-style-khojaly",
        "outlet_style": "Oxu.Az",
        "language": "az",
        "text": (
            "Bu gün Azərbaycan xalqı Xocalı soyqırımının 30-cu ildönümünü qeyd edir. 1992-ci "
            "il fevralın 25-dən 26-na keçən gecə erməni silahlı birləşmələri keçmiş sovet "
            "ordusunun 366-cı motoatıcı alayının iştirakı ilə Xocalı şəhərinə hücum edib. "
            "Rəsmi məlumata görə, 613 nəfər, o cümlədən 63 uşaq, 106 qadın və 70 qoca xüsusi "
            "qəddarlıqla qətlə yetirilib, 1275 nəfər girov götürülüb.\n\n"
            "Oxu.Az xatırladır ki, bu qanlı faciə bəşəriyyətə qarşı ən dəhşətli cinayətlərdən "
            "biridir. Xocalı cəlladları hələ də cəzalandırılmayıb; onlardan bəziləri sonralar "
            "Ermənistanda ən yüksək vəzifələrə qədər yüksəlib.\n\n"
            "Paytaxtda Xocalı soyqırımı qurbanlarının xatirəsinə ucaldılmış abidə önündə anım "
            "mərasimi keçirilir. Minlərlə insan abidəni ziyarət edərək günahsız qurbanların "
            'xatirəsini yad edir. "Xocalıya ədalət!" kampaniyası çərçivəsində xarici '
            "ölkələrdə də tədbirlər təşkil olunub.\n\n"
            "Mərasimdə çıxış edən millət vəkili bildirib ki, Vətən müharibəsində qazanılan "
            "tarixi Qələbə şəhidlərimizin qisasını alıb, lakin soyqırımın dünya tərəfindən "
            "tanınması üçün mübarizə davam edir."
        ),
        "marked": [
            ("soyqırımının", "loaded-language"),
            ("qəddarlıqla", "loaded-language"),
            ("qanlı", "loaded-language"),
            ("bəşəriyyətə qarşı", "loaded-language"),
            ("ən dəhşətli cinayətlərdən", "exaggeration-minimisation"),
            ("cəlladları", "name-calling-labeling"),
            ("soyqırımı", "loaded-language", 2),
            ("günahsız qurbanların", "loaded-language"),
            ("Xocalıya ədalət", "slogans"),
            ("Vətən müharibəsində", "flag-waving"),
            ("tarixi Qələbə", "flag-waving"),
            ("şəhidlərimizin", "loaded-language"),
            ("qisasını", "loaded-language"),
            ("soyqırımın", "loaded-language", 2),
        ],
    },
    {
        "key": "turan-style-brussels-talks",
        "outlet_style": "Turan",
        "language": "az",
        "text": (
            "Azərbaycan Prezidenti İlham Əliyev və Ermənistanın baş naziri Nikol Paşinyan "
            "iyulun 15-də Brüsseldə Avropa İttifaqı Şurasının prezidenti Şarl Mişelin "
            "vasitəçiliyi ilə görüşüblər. Turan agentliyinin mənbələrinə görə, tərəflər "
            "bir-birinin ərazi bütövlüyünü, Ermənistan üçün 29,8 min, Azərbaycan üçün 86,6 "
            "min kvadrat kilometr olmaqla tanıdıqlarını təsdiqləyiblər.\n\n"
            "Görüşdən sonra Azərbaycan Prezidentinin Administrasiyası bildirib ki, Qarabağ "
            "Azərbaycanın ayrılmaz hissəsidir və orada yaşayan ermənilərin hüquqları "
            "Azərbaycan qanunvericiliyi çərçivəsində təmin olunacaq; status məsələsi isə "
            "müzakirə mövzusu deyil.\n\n"
            "Ermənistan tərəfi bölgədəki ermənilərin hüquq və təhlükəsizliyi üçün beynəlxalq "
            "mexanizm yaradılmasında israr edir. Paşinyan Laçın yolunun bağlı qalmasını "
            "humanitar böhran kimi xarakterizə edib.\n\n"
            "Mişel bəyanatında nəqliyyat kommunikasiyalarının açılması, sərhədlərin "
            "delimitasiyası və humanitar məsələlərdə irəliləyiş olduğunu qeyd edib. Növbəti "
            "görüşün payızda keçirilməsi planlaşdırılır. Ekspertlər tərəflər arasında əsas "
            "fikir ayrılığının Qarabağ ermənilərinin gələcəyi ilə bağlı olduğunu bildirirlər."
        ),
        "marked": [
            ("Azərbaycanın ayrılmaz hissəsidir", "sovereignty-assertion"),
            ("müzakirə mövzusu deyil", "conversation-killer"),
        ],
    },
    {
        "key": "aa-az-style-shusha-declaration",
        "outlet_style": "Anadolu Ajansı (Azerbaijani service)",
        "language": "az",
        "text": (
            "Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan və Azərbaycan Prezidenti İlham Əliyev "
            "işğaldan azad edilmiş Şuşa şəhərində Müttəfiqlik münasibətləri haqqında Şuşa "
            "Bəyannaməsini imzalayıblar.\n\n"
            "AA-nın müxbirinin xəbərinə görə, sənəd tərəflərdən birinin ərazi bütövlüyünə və "
            "ya suverenliyinə qarşı təhdid olduqda qarşılıqlı yardım göstərilməsini nəzərdə "
            "tutur. Bəyannamədə həmçinin Zəngəzur dəhlizinin açılmasının regional əməkdaşlığa "
            "töhfə verəcəyi vurğulanır.\n\n"
            'Ərdoğan Şuşada çıxışında deyib: "Bir millət, iki dövlət şüarı bu gün daha da '
            "möhkəmlənib. Qardaş Azərbaycanın haqq savaşında Türkiyə həmişə onun yanında "
            'olub". Əliyev isə qeyd edib ki, Türkiyənin mənəvi dəstəyi müzəffər ordumuzun '
            "qələbəsində mühüm rol oynayıb.\n\n"
            "Liderlər Cıdır düzündə keçirilən mərasimdə iştirak ediblər, şəhərdə Türkiyənin "
            "baş konsulluğunun açılması barədə qərar elan olunub. Ermənistan Xarici İşlər "
            "Nazirliyi Şuşa Bəyannaməsini regionda sülhə zərbə vuran təxribatçı addım kimi "
            "qiymətləndirib.\n\n"
            "Bəyannamədə müdafiə sənayesi sahəsində əməkdaşlığın genişləndirilməsi, birgə "
            "hərbi təlimlərin keçirilməsi və enerji layihələrinin davam etdirilməsi də əks "
            "olunub."
        ),
        "marked": [
            ("işğaldan", "occupation-framing"),
            ("azad edilmiş", "liberation-framing"),
            ("Zəngəzur dəhlizinin", "sovereignty-assertion"),
            ("Bir millət, iki dövlət", "slogans"),
            ("Qardaş Azərbaycanın", "flag-waving"),
            ("haqq savaşında", "appeal-to-values"),
            ("müzəffər", "flag-waving"),
            ("ordumuzun", "flag-waving"),
            ("təxribatçı", "provocation-framing"),
        ],
    },
    {
        "key": "qafqazinfo-style-lachin-checkpoint",
        "outlet_style": "Qafqazinfo",
        "language": "az",
        "text": (
            "Laçın-Xankəndi yolunun başlanğıcında, Həkəri çayı üzərindəki körpünün yanında "
            "Azərbaycan sərhəd-buraxılış məntəqəsi quraşdırılıb. Dövlət Sərhəd Xidmətinin "
            "məlumatına görə, addım Ermənistan ərazisindən Qarabağa silah-sursat, canlı qüvvə "
            "və minaların qanunsuz daşınmasının qarşısını almaq məqsədi daşıyır.\n\n"
            "Qafqazinfo-nun əldə etdiyi məlumata görə, son aylarda yoldan istifadə edilərək "
            "bölgəyə əlavə mina partiyaları gətirilib, bu da Azərbaycan hərbçilərinin "
            "həyatını təhlükə altına qoyub. Sərhədçilərimiz məntəqədən keçən vətəndaşlarla, o "
            "cümlədən erməni sakinlərlə beynəlxalq standartlara uyğun davranacaqlar.\n\n"
            "Xarici İşlər Nazirliyi bəyan edib ki, dövlət sərhədində nəzarət-buraxılış "
            "rejiminin tətbiqi suveren hüquqdur və bu, heç bir ölkənin müzakirə predmeti ola "
            "bilməz. Nazirlik Ermənistanın əsassız ittihamlarını rədd edərək rəsmi İrəvanı öz "
            "öhdəliklərini yerinə yetirməyə çağırıb.\n\n"
            "Ermənistan isə bu addımı üçtərəfli bəyanatın kobud şəkildə pozulması adlandırıb "
            "və Rusiya sülhməramlılarından müdaxilə tələb edib. Ekspertlərin fikrincə, "
            "məntəqə Azərbaycanın bölgə üzərində suverenliyinin bərpası yolunda mühüm "
            "addımdır. Politoloqlardan biri qeyd edib ki, separatçılar artıq anlamalıdırlar: "
            "ya Azərbaycan vətəndaşı kimi yaşayacaqlar, ya da bölgəni tərk edəcəklər."
        ),
        "marked": [
            ("Sərhədçilərimiz", "flag-waving"),
            ("müzakirə predmeti ola bilməz", "conversation-killer"),
            ("əsassız ittihamlarını", "doubt"),
            ("kobud şəkildə pozulması", "loaded-language"),
            ("suverenliyinin bərpası", "liberation-framing"),
            ("separatçılar", "criminalising-label"),
            (
                "ya Azərbaycan vətəndaşı kimi yaşayacaqlar, ya da bölgəni tərk edəcəklər",
                "false-dilemma-no-choice",
            ),
        ],
    },
    {
        "key": "haqqin-style-armenian-election",
        "outlet_style": "Haqqin.az (opinion)",
        "language": "az",
        "text": (
            "Ermənistanda 20 iyun seçkiləri ərəfəsində revanş ritorikası yenidən baş "
            "qaldırıb. Keçmiş prezident Robert Koçaryanın başçılıq etdiyi blok seçicilərə "
            'Qarabağı "geri qaytarmaq" vəd edir. Haqqin.az-ın müsahibi olan politoloq hesab '
            "edir ki, Xocalı qırğınının təşkilatçılarından biri olan Koçaryanın yenidən "
            "hakimiyyətə can atması regionda yeni müharibə təhlükəsi deməkdir.\n\n"
            '"Koçaryan və Sarkisyan klanı otuz il ərzində öz xalqını talayıb, Azərbaycan '
            "torpaqlarını işğalda saxlayıb, indi isə məğlubiyyətin bütün günahını Paşinyanın "
            "üstünə atır. Bu cinayətkar dəstə hakimiyyətə qayıtsa, Ermənistanı yeni fəlakət "
            'gözləyir", - deyə ekspert bildirib.\n\n'
            "Müsahib qeyd edib ki, Paşinyan da sülhsevər deyil: o, 2019-cu ildə Xankəndidə "
            '"Artsax Ermənistandır, nöqtə" deyərək danışıqlar prosesini faktiki olaraq dalana '
            "dirəmişdi. Lakin 44 günlük müharibədən sonra İrəvanın real seçimi qalmayıb: ya "
            "regional layihələrə qoşulmaq, ya da təcrid olunmuş halda qalmaq.\n\n"
            'Seçkilərdə Paşinyanın "Vətəndaş müqaviləsi" partiyası qalib gəlsə də, müxalifət '
            "nəticələri saxtakarlıq adlandırıb və Konstitusiya Məhkəməsinə müraciət edib. "
            "Məhkəmə iddianı əsassız sayıb."
        ),
        "marked": [
            ("revanş ritorikası", "name-calling-labeling"),
            ('"geri qaytarmaq"', "doubt"),
            ("qırğınının", "loaded-language"),
            ("təşkilatçılarından biri", "one-sided-blame"),
            ("yeni müharibə təhlükəsi", "appeal-to-fear-prejudice"),
            ("klanı", "name-calling-labeling"),
            ("xalqını talayıb", "loaded-language"),
            ("işğalda", "occupation-framing"),
            ("cinayətkar dəstə", "criminalising-label"),
            ("yeni fəlakət gözləyir", "consequential-oversimplification"),
            ("Artsax Ermənistandır", "slogans"),
            ("nöqtə", "conversation-killer"),
            ("dalana dirəmişdi", "one-sided-blame"),
            ("real seçimi qalmayıb", "false-dilemma-no-choice"),
            ("saxtakarlıq", "doubt"),
        ],
    },
    {
        "key": "azerbaycan-qazeti-style-parade",
        "outlet_style": "Azərbaycan qəzeti",
        "language": "az",
        "text": (
            "Dekabrın 10-da Azadlıq meydanında Vətən müharibəsində qazanılmış şanlı Qələbəyə "
            "həsr olunmuş Zəfər paradı keçirilib. Paradda Azərbaycan Prezidenti, Müzəffər Ali "
            "Baş Komandan İlham Əliyev və Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan iştirak "
            "ediblər. Bu, qalib xalqın qürur günü idi.\n\n"
            "Meydandan düşməndən qənimət götürülmüş tanklar, zirehli maşınlar və hava "
            "hücumundan müdafiə sistemləri keçib. Dövlət başçısı çıxışında bildirib ki, "
            "Azərbaycan xalqı dəmir iradəsi və birliyi sayəsində otuz ilə yaxın davam edən "
            'işğala son qoyub. "Biz düşməni torpaqlarımızdan qovduq, onun belini qırdıq. '
            'Ermənistan faşizmi məhv edildi", - deyə Prezident vurğulayıb.\n\n'
            "Parada qatılan igid döyüşçülərimiz xalqın alqışları ilə qarşılanıb. Paytaxt "
            "sakinləri əllərində üçrəngli bayraqlar, qəhrəmanlarımızı salamlayıblar. Yaşlı "
            "bir qadın qəzetimizin müxbirinə deyib ki, bu günü görmək üçün otuz il gözləyib: "
            '"Allah şəhidlərimizə rəhmət eləsin, onların qanı yerdə qalmadı".\n\n'
            "Paraddan sonra ölkənin bütün bölgələrində bayram tədbirləri davam edib. Dekabrın "
            "10-u Azərbaycan Ordusunun qüdrətini bütün dünyaya nümayiş etdirən gün kimi "
            "yaddaşlara həkk olunacaq."
        ),
        "marked": [
            ("Vətən müharibəsində", "flag-waving"),
            ("şanlı", "flag-waving"),
            ("Müzəffər", "flag-waving"),
            ("qalib xalqın qürur günü", "flag-waving"),
            ("düşməndən", "enemy-othering"),
            ("dəmir iradəsi", "flag-waving"),
            ("işğala", "occupation-framing"),
            ("düşməni", "enemy-othering"),
            ("torpaqlarımızdan", "sovereignty-assertion"),
            ("belini qırdıq", "loaded-language"),
            ("Ermənistan faşizmi", "name-calling-labeling"),
            ("igid", "loaded-language"),
            ("döyüşçülərimiz", "flag-waving"),
            ("qəhrəmanlarımızı", "loaded-language"),
            ("şəhidlərimizə", "loaded-language"),
            ("qanı yerdə qalmadı", "loaded-language"),
        ],
    },
    {
        "key": "mod-style-ceasefire-violations",
        "outlet_style": "Azərbaycan Müdafiə Nazirliyi (daily report, 2022)",
        "language": "az",
        "text": (
            "Avqustun 3-də Rusiya sülhməramlılarının müvəqqəti yerləşdiyi Azərbaycan "
            "ərazisindəki qanunsuz erməni silahlı dəstələri Laçın rayonu istiqamətində "
            "Azərbaycan Ordusunun mövqelərinə hücum cəhdi edib, nəticədə bir hərbçimiz şəhid "
            "olub.\n\n"
            'Nazirlikdən bildirilib ki, "Qisas" əməliyyatı çərçivəsində görülən cavab '
            "tədbirləri ilə qarşı tərəfin bir neçə döyüş mövqeyi zərərsizləşdirilib, strateji "
            "əhəmiyyətli yüksəkliklər nəzarətə götürülüb. Qanunsuz silahlı qruplaşmanın "
            "üzvləri arasında ölən və yaralananlar var.\n\n"
            "Ərazidə yeni minalar basdırılması faktları da aşkarlanıb. Nazirlik bunu "
            "ermənilərin mina terrorunun davamı kimi qiymətləndirir və bildirir ki, bu "
            "ərazidə terror qrupları formalaşdırılmasına imkan verilməyəcək.\n\n"
            "Xatırladaq ki, noyabrın 10-da imzalanmış bəyanata əsasən erməni silahlı "
            "birləşmələri regiondan tamamilə çıxarılmalı idi. Sülhməramlı kontingentin "
            "komandanlığına müraciət göndərilib."
        ),
        "marked": [
            ("müvəqqəti yerləşdiyi Azərbaycan ərazisindəki", "sovereignty-assertion"),
            ("qanunsuz erməni silahlı dəstələri", "criminalising-label"),
            ("hərbçimiz", "flag-waving"),
            ("şəhid", "loaded-language"),
            ('"Qisas"', "loaded-language"),
            ("cavab tədbirləri", "military-euphemism"),
            ("qarşı tərəfin", "enemy-othering"),
            ("zərərsizləşdirilib", "military-euphemism"),
            ("Qanunsuz silahlı qruplaşmanın", "criminalising-label"),
            ("mina terrorunun", "loaded-language"),
            ("terror qrupları", "criminalising-label"),
        ],
    },
    {
        "key": "apa-style-ecological-damage",
        "outlet_style": "APA (feature)",
        "language": "az",
        "text": (
            "Ekologiya və Təbii Sərvətlər Nazirliyi işğaldan azad edilmiş ərazilərdə "
            "apardığı monitorinqin nəticələrini açıqlayıb. Hesabatda bildirilir ki, işğal "
            "dövründə Azərbaycanın Qarabağ iqtisadi rayonunda 150-dən çox faydalı qazıntı "
            "yatağı qanunsuz istismar edilib, qızıl və mis filizi Ermənistana daşınıb.\n\n"
            "Nazirliyin rəsmisi APA-ya deyib ki, ərazilərimizdə təbii sərvətlər otuz il "
            'boyunca talan olunub: "Bu, erməni vandalizminin və ekoloji terrorun bariz '
            "nümunəsidir. Meşələrin qırılması, çayların çirkləndirilməsi bütün regiona "
            'təsir göstərib".\n\n'
            "Hesabatda həmçinin qeyd olunur ki, Oxçuçay və Həkəri çaylarında çirklənmə "
            "səviyyəsi normadan bir neçə dəfə yüksəkdir. Mütəxəssislər meşə sahələrinin "
            "bərpası üçün ən azı on illər lazım olacağını bildirirlər. Beynəlxalq "
            "təşkilatlara məlumat göndərilib, lakin nazirlik onların bu məsələyə "
            "laqeyd qaldığını vurğulayır."
        ),
        "marked": [
            ("işğaldan", "occupation-framing"),
            ("azad edilmiş", "liberation-framing"),
            ("işğal dövründə", "occupation-framing"),
            ("Azərbaycanın Qarabağ iqtisadi rayonunda", "sovereignty-assertion"),
            ("qanunsuz istismar", "loaded-language"),
            ("ərazilərimizdə", "sovereignty-assertion"),
            ("talan", "loaded-language"),
            ("erməni vandalizminin", "name-calling-labeling"),
            ("ekoloji terrorun", "loaded-language"),
            ("laqeyd qaldığını", "appeal-to-hypocrisy"),
        ],
    },
    {
        "key": "sherg-style-road-protest-column",
        "outlet_style": "Şərq qəzeti (opinion column)",
        "language": "az",
        "text": (
            "Laçın yolunda ekofəalların aksiyası başlayandan Yerevanda və Xankəndidəki "
            "qondarma qurumda vay-şüvən səngimir. Ermənilər utanmadan bütün dünyaya "
            "\u201cblokada\u201d nağılı danışır, onların Paris və Vaşinqtondakı xarici "
            "ağaları da dərhal \u201cnarahatlığını\u201d bildirir.\n\n"
            "Halbuki yol açıqdır: Qızıl Xaç maşınları hər gün hərəkət edir. Bütün dünya "
            "bunu görür, amma Fransa tərəfindən dəstəklənən erməni lobbisi həyasızcasına "
            "\u201csoyqırım\u201d ifadəsini işlədir. Bu hay-küy daxili auditoriya üçündür, "
            "bir də qondarma rejimin başçılarının marazmatik çıxışlarına bəraət qazandırmaq "
            "üçün.\n\n"
            "Otuz il Qarabağı qara dəliyə çevirən, oradan qızıl və silah daşıyan "
            "əldəqayırma qurum indi ekologiya mövzusunda danışmaqdan qorxur. Məsələ "
            "sadədir: Qarabağ Azərbaycandır və orada Azərbaycanın qanunları işləməlidir."
        ),
        "marked": [
            ("qondarma qurumda", "name-calling-labeling"),
            ("vay-şüvən", "loaded-language"),
            ("utanmadan", "loaded-language"),
            ("\u201cblokada\u201d nağılı", "doubt"),
            ("xarici ağaları", "sponsor-labelling"),
            ("\u201cnarahatlığını\u201d", "doubt"),
            ("Bütün dünya bunu görür", "appeal-to-popularity"),
            ("Fransa tərəfindən dəstəklənən", "sponsor-labelling"),
            ("erməni lobbisi", "guilt-by-association"),
            ("həyasızcasına", "loaded-language"),
            ("\u201csoyqırım\u201d", "doubt"),
            ("hay-küy", "loaded-language"),
            ("daxili auditoriya üçündür", "doubt"),
            ("qondarma rejimin", "name-calling-labeling"),
            ("marazmatik", "name-calling-labeling"),
            ("qara dəliyə", "loaded-language"),
            ("əldəqayırma qurum", "name-calling-labeling"),
            ("Qarabağ Azərbaycandır", "slogans"),
        ],
    },
    {
        "key": "report-style-losses-and-captives",
        "outlet_style": "Report.az (analysis)",
        "language": "az",
        "text": (
            "Ermənistanın müdafiə nazirliyi 44 günlük müharibədə həlak olan hərbçilərin "
            "siyahısını yenidən yeniləyib. Azərbaycanlı hərbi ekspertlər bildirir ki, "
            "Yerevan real itkilərini gizlədir və cəmiyyətin reaksiyasından çəkinir.\n\n"
            "Eyni zamanda Ermənistan tərəfi Azərbaycanı əsirlərlə pis rəftarda ittiham edir. "
            "Bakı bu iddiaları böhtan adlandırıb və xatırladıb ki, Ermənistan özü uzun illər "
            "Dilqəm Əsgərov və Şahbaz Quliyevi girov saxlayıb. Rəsmi Bakının sözlərinə görə, "
            "sərhəddə saxlanılan erməni hərbçiləri diversiya qrupunun üzvləridir və "
            "Azərbaycanın suveren ərazisində terror törətməyə hazırlaşırdılar.\n\n"
            "Avropa Şurasının nümayəndəsi hər iki tərəfi əsirlər məsələsində humanitar "
            "prinsiplərə əməl etməyə çağırıb. Ekspertlərin fikrincə, Parisin vasitəçilik "
            "cəhdi fiaskoya uğrayıb, çünki Fransa neytral mövqe tutmur."
        ),
        "marked": [
            ("real itkilərini gizlədir", "doubt"),
            ("böhtan", "doubt"),
            ("girov saxlayıb", "loaded-language"),
            ("diversiya qrupunun", "criminalising-label"),
            ("Azərbaycanın suveren ərazisində", "sovereignty-assertion"),
            ("terror törətməyə", "criminalising-label"),
            ("fiaskoya uğrayıb", "loaded-language"),
        ],
    },
]
