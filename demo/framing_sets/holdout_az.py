"""Azerbaijani (Latin script) held-out articles for the framing lexicon: scored apart, never
tuned against.

Written for Parallax in its own words, in the manner of outlets that publish in Azerbaijani
(the defence and foreign ministries, APA, Trend, AZERTAC, Report, Oxu.az), about real events
of 2016-2023; the wording, quotations and figures are our own. Every loaded term a conflict
fact-checker would mark is marked, whether or not the lexicon knows it; neutral reporting
words are not. Each marked item is (phrase, label) for the first occurrence of the phrase in
the text, or (phrase, label, n) for its n-th.
"""

ARTICLES = [
    {
        "key": "mod-style-kalbajar-border-2021",
        "outlet_style": "Azərbaycan Müdafiə Nazirliyi (press release)",
        "language": "az",
        "text": (
            "Noyabrın 16-da Ermənistan silahlı qüvvələrinin bölmələri Kəlbəcər və Laçın "
            "rayonları istiqamətində dövlət sərhədində növbəti irimiqyaslı hərbi təxribat "
            "törədib. Nazirliyin məlumatına görə, düşmən əlverişli yüksəklikləri ələ keçirmək "
            "niyyəti ilə sərhəd postlarımıza hücuma keçib.\n\n"
            "Bölmələrimizin gördüyü təxirəsalınmaz tədbirlər nəticəsində hücum dəf edilib, "
            "qarşı tərəfin canlı qüvvəsi və zirehli texnikası zərərsizləşdirilib. Bir neçə "
            "erməni hərbçisi əsir götürülüb. Əməliyyat şəraiti tam nəzarətimiz altındadır.\n\n"
            "Nazirlik vurğulayır ki, baş verənlərə görə bütün məsuliyyət Ermənistanın "
            "hərbi-siyasi rəhbərliyinin üzərinə düşür. Erməni tərəfinin yaydığı, guya "
            "Azərbaycan Ordusunun qonşu ölkənin ərazisinə daxil olması barədə xəbərlər "
            "həqiqəti əks etdirmir və növbəti dezinformasiyadır. Qəhrəman əsgərlərimiz "
            "torpaqlarımızın hər qarışını qorumağa hazırdır."
        ),
        "marked": [
            ("irimiqyaslı", "exaggeration-minimisation"),
            ("təxribat", "provocation-framing"),
            ("düşmən", "enemy-othering"),
            ("təxirəsalınmaz tədbirlər", "military-euphemism"),
            ("qarşı tərəfin", "enemy-othering"),
            ("canlı qüvvəsi", "military-euphemism"),
            ("zərərsizləşdirilib", "military-euphemism"),
            ("bütün məsuliyyət", "one-sided-blame"),
            ("guya", "doubt"),
            ("dezinformasiyadır", "doubt"),
            ("Qəhrəman", "loaded-language"),
            ("əsgərlərimiz", "flag-waving"),
            ("torpaqlarımızın", "sovereignty-assertion"),
        ],
    },
    {
        "key": "mfa-style-khojaly-anniversary",
        "outlet_style": "Azərbaycan Xarici İşlər Nazirliyi (statement)",
        "language": "az",
        "text": (
            "Xocalı soyqırımının növbəti ildönümü ilə bağlı Xarici İşlər Nazirliyi bəyanat "
            "yayıb. Bəyanatda qeyd olunur ki, 1992-ci ilin fevralında Ermənistan silahlı "
            "qüvvələri Xocalı şəhərində dinc əhaliyə qarşı misli görünməmiş vəhşilik "
            "törədib, yüzlərlə günahsız insan amansızcasına qətlə yetirilib.\n\n"
            "Nazirliyin fikrincə, bu cinayətin təşkilatçıları və icraçıları bu günə qədər "
            "cəzasız qalır, beynəlxalq birlik isə faciəyə layiqli qiymət verməyib. "
            "Bəyanatda deyilir ki, Ermənistanın uzun illər davam edən təcavüzkar siyasəti "
            "regionu fəlakət həddinə gətirib.\n\n"
            "Sənəddə 30 illik işğal dövründə dağıdılmış Ağdam və Füzuli şəhərləri də "
            "xatırlanır. Nazirlik beynəlxalq təşkilatları ikili standartlardan əl çəkməyə "
            "və ədalətin bərpasına dəstək verməyə çağırır. Xocalı faciəsinin qurbanlarının "
            "xatirəsi hər zaman qəlbimizdə yaşayacaq."
        ),
        "marked": [
            ("soyqırımının", "loaded-language"),
            ("misli görünməmiş", "exaggeration-minimisation"),
            ("vəhşilik", "loaded-language"),
            ("günahsız", "loaded-language"),
            ("amansızcasına", "loaded-language"),
            ("təcavüzkar", "one-sided-blame"),
            ("fəlakət həddinə", "exaggeration-minimisation"),
            ("işğal", "occupation-framing"),
            ("ikili standartlardan", "appeal-to-hypocrisy"),
            ("ədalətin bərpasına", "appeal-to-values"),
        ],
    },
    {
        "key": "apa-style-peacekeeper-zone-shelling",
        "outlet_style": "APA",
        "language": "az",
        "text": (
            "Rusiya sülhməramlılarının müvəqqəti yerləşdiyi Azərbaycan ərazisindəki "
            "qanunsuz erməni silahlı dəstələri avqustun 3-də Laçın rayonu istiqamətində "
            "mövqelərimizi atəşə tutub. APA-nın Müdafiə Nazirliyinə istinadən verdiyi "
            "məlumata görə, atəş nəticəsində bir hərbçimiz şəhid olub.\n\n"
            'Təxribatın qarşısını almaq üçün "Qisas" adlı əməliyyat keçirilib, bir neçə '
            "strateji yüksəklik nəzarətə götürülüb. Nazirlik bildirib ki, qanunsuz silahlı "
            "birləşmələrin terror təşkilatına çevrildiyi artıq hamıya aydındır.\n\n"
            "Ekspertlər qeyd edirlər ki, Ermənistan hələ də Qarabağdakı separatçılara "
            "silah və canlı qüvvə göndərir. Onların sözlərinə görə, kukla rejimin "
            "havadarları bu vəziyyətə göz yummağa davam edir."
        ),
        "marked": [
            ("müvəqqəti yerləşdiyi Azərbaycan ərazisindəki", "sovereignty-assertion"),
            ("qanunsuz erməni silahlı dəstələri", "criminalising-label"),
            ("hərbçimiz", "flag-waving"),
            ("şəhid", "loaded-language"),
            ("Təxribatın", "provocation-framing"),
            ("nəzarətə götürülüb", "military-euphemism"),
            ("qanunsuz silahlı birləşmələrin", "criminalising-label"),
            ("terror təşkilatına", "criminalising-label"),
            ("hamıya aydındır", "appeal-to-popularity"),
            ("separatçılara", "criminalising-label"),
            ("kukla rejimin", "name-calling-labeling"),
            ("havadarları", "sponsor-labelling"),
            ("göz yummağa", "appeal-to-hypocrisy"),
        ],
    },
    {
        "key": "trend-style-lachin-checkpoint",
        "outlet_style": "Trend",
        "language": "az",
        "text": (
            "Laçın-Xankəndi yolunda Azərbaycan sərhəd-buraxılış məntəqəsinin qurulmasından "
            'sonra Ermənistanda yenə "humanitar böhran" haqqında hay-küy qaldırılıb. '
            'Trend-in müsahibi olan siyasi şərhçi bildirib ki, İrəvanın "blokada" '
            "iddiaları heç bir əsasa söykənmir və Qərb auditoriyası üçün hazırlanmış "
            "uydurmadır.\n\n"
            "Şərhçinin sözlərinə görə, yol bağlı deyil, Qızıl Xaç maşınları hər gün "
            'hərəkət edir. "Ermənistanın məqsədi dünyanı çaşdırmaq və öz təxribatçı '
            'siyasətini ört-basdır etməkdir", - deyə o vurğulayıb.\n\n'
            "O həmçinin xatırladıb ki, Azərbaycan öz suveren ərazisində istənilən nəzarət "
            "məntəqəsi qurmaq hüququna malikdir və bu məsələ heç kimlə müzakirə "
            "olunmayacaq. Ekspert hesab edir ki, erməni lobbisi Avropa parlamentlərində "
            "anti-Azərbaycan kampaniyasını gücləndirib."
        ),
        "marked": [
            ('"humanitar böhran"', "doubt"),
            ("hay-küy", "loaded-language"),
            ('"blokada"', "doubt"),
            ("uydurmadır", "doubt"),
            ("dünyanı çaşdırmaq", "doubt"),
            ("təxribatçı", "provocation-framing"),
            ("ört-basdır", "doubt"),
            ("suveren ərazisində", "sovereignty-assertion"),
            ("heç kimlə müzakirə olunmayacaq", "conversation-killer"),
            ("erməni lobbisi", "guilt-by-association"),
            ("anti-Azərbaycan kampaniyasını", "loaded-language"),
        ],
    },
    {
        "key": "azertac-style-aghdam-return",
        "outlet_style": "AZERTAC",
        "language": "az",
        "text": (
            "Ağdam şəhərinə ilk köç karvanı yola salınıb. AZERTAC xəbər verir ki, otuz "
            "ilə yaxın həsrətdən sonra keçmiş məcburi köçkünlər doğma yurdlarına "
            "qayıdırlar. Tədbirdə çıxış edənlər bildiriblər ki, bu sevincli gün Müzəffər "
            "Ali Baş Komandanın rəhbərliyi ilə qazanılan şanlı Qələbənin nəticəsidir.\n\n"
            "Qeyd olunub ki, erməni vandalları işğal illərində Ağdamı yerlə-yeksan edib, "
            'şəhər "Qafqazın Xirosiması" adlandırılıb. Bu gün isə azad olunmuş '
            "torpaqlarda genişmiqyaslı quruculuq işləri aparılır.\n\n"
            'Sakinlərdən biri deyib: "Şəhidlərimizin qanı hesabına bu torpağa qayıtdıq. '
            'Ata-baba yurdumuzu bir daha heç kimə verməyəcəyik". Böyük Qayıdış '
            "proqramı çərçivəsində yaxın illərdə on minlərlə ailənin köçürülməsi "
            "planlaşdırılır."
        ),
        "marked": [
            ("doğma yurdlarına", "sovereignty-assertion"),
            ("Müzəffər", "flag-waving"),
            ("şanlı", "flag-waving"),
            ("erməni vandalları", "name-calling-labeling"),
            ("işğal", "occupation-framing"),
            ("yerlə-yeksan", "loaded-language"),
            ("azad olunmuş", "liberation-framing"),
            ("Şəhidlərimizin", "loaded-language"),
            ("Ata-baba yurdumuzu", "sovereignty-assertion"),
            ("Böyük Qayıdış", "liberation-framing"),
        ],
    },
    {
        "key": "report-style-antiterror-2023",
        "outlet_style": "Report.az",
        "language": "az",
        "text": (
            "Sentyabrın 19-da Qarabağ iqtisadi rayonunda başlanan lokal xarakterli "
            "antiterror tədbirləri bir gündən az davam edib. Report-un məlumatına görə, "
            "Ermənistan silahlı qüvvələrinin qalıqları və separatçı rejimin silahlı "
            "dəstələri silahlarını yerə qoymağa razılaşıb.\n\n"
            "Müdafiə Nazirliyinin açıqlamasında deyilir ki, əməliyyatın məqsədi "
            "konstitusiya quruluşunu bərpa etmək və bölgədə terror təhlükəsini aradan "
            "qaldırmaq idi. Bəyanatda vurğulanıb ki, mülki əhali və infrastruktur hədəf "
            "alınmayıb, yalnız legitim hərbi obyektlər zərərsizləşdirilib.\n\n"
            "Prezidentin köməkçisi bildirib ki, Xankəndidə yaşayan ermənilər Azərbaycan "
            "vətəndaşları kimi bütün hüquqlardan istifadə edəcəklər. O əlavə edib ki, "
            'sözdə "DQR" artıq tarixin arxivinə göndərilib və bu mövzu bağlanıb.'
        ),
        "marked": [
            ("antiterror tədbirləri", "military-euphemism"),
            ("Ermənistan silahlı qüvvələrinin qalıqları", "sponsor-labelling"),
            ("separatçı rejimin", "criminalising-label"),
            ("konstitusiya quruluşunu bərpa", "liberation-framing"),
            ("terror təhlükəsini", "criminalising-label"),
            ("legitim hərbi obyektlər", "military-euphemism"),
            ("zərərsizləşdirilib", "military-euphemism"),
            ("sözdə", "doubt"),
            ("tarixin arxivinə", "conversation-killer"),
            ("bu mövzu bağlanıb", "conversation-killer"),
        ],
    },
    {
        "key": "oxu-style-revanchist-opposition",
        "outlet_style": "Oxu.az (commentary)",
        "language": "az",
        "text": (
            "Ermənistanda revanşist qüvvələr yenidən baş qaldırır. Oxu.az-ın müəllifi "
            "yazır ki, keçmiş rəhbərlərin ətrafında toplaşan millətçi dairələr sülh "
            "gündəliyini pozmaq üçün əllərindən gələni edirlər.\n\n"
            "Müəllifə görə, Qarabağ klanının nümayəndələri xalqı küçələrə çıxararaq "
            '"Artsaxı qaytarmaq" kimi absurd şüarlar səsləndirirlər. Bu qüvvələrin '
            "arxasında bəzi xarici dairələr dayanır və onların Moskvadan idarə olunduğu "
            "heç kimə sirr deyil.\n\n"
            "Yazıda qeyd olunur ki, Ermənistan cəmiyyəti ya sülhü seçməli, ya da yeni "
            "fəlakətə sürüklənməlidir, üçüncü yol yoxdur. Müəllif xatırladır ki, erməni "
            "faşizminin ideoloqlarına xalqımıza qarşı törədilən cinayətlər heç vaxt "
            "unudulmayacaq."
        ),
        "marked": [
            ("revanşist", "name-calling-labeling"),
            ("millətçi dairələr", "name-calling-labeling"),
            ("Qarabağ klanının", "name-calling-labeling"),
            ("absurd", "loaded-language"),
            ("bəzi xarici dairələr", "obfuscation-vagueness-confusion"),
            ("Moskvadan idarə olunduğu", "sponsor-labelling"),
            ("heç kimə sirr deyil", "appeal-to-popularity"),
            ("ya sülhü seçməli, ya da yeni fəlakətə sürüklənməlidir", "false-dilemma-no-choice"),
            ("üçüncü yol yoxdur", "false-dilemma-no-choice"),
            ("erməni faşizminin", "name-calling-labeling"),
        ],
    },
    {
        "key": "apa-style-april-2016-anniversary",
        "outlet_style": "APA (feature)",
        "language": "az",
        "text": (
            "Aprel döyüşlərindən bir neçə il ötür. 2016-cı ilin aprelində düşmənin "
            "təxribatına cavab olaraq Azərbaycan Ordusu əks-hücum əməliyyatı keçirərək "
            "Lələtəpə yüksəkliyini və bir sıra strateji mövqeləri işğalçılardan geri "
            "alıb.\n\n"
            "APA-ya danışan veteranlar xatırlayırlar ki, o günlərdə döyüşçülərimiz "
            "misilsiz şücaət göstərib, erməni quldurlarının istehkamları darmadağın "
            'edilib. Veteranlardan biri deyib: "Aprel qələbəsi göstərdi ki, Azərbaycan '
            'əsgəri heç vaxt torpağını düşmənə verməz".\n\n'
            "Hərbi ekspertlərin fikrincə, Aprel döyüşləri 2020-ci ildəki tarixi Zəfərin "
            "ilk addımı olub və işğalçı ordunun yenilməzlik mifini dağıdıb. Döyüşlərdə "
            "şəhid olanların xatirəsi Lələtəpədə ucaldılan abidədə əbədiləşdirilib."
        ),
        "marked": [
            ("düşmənin", "enemy-othering"),
            ("təxribatına", "provocation-framing"),
            ("əks-hücum əməliyyatı", "military-euphemism"),
            ("işğalçılardan", "occupation-framing"),
            ("döyüşçülərimiz", "flag-waving"),
            ("misilsiz", "exaggeration-minimisation"),
            ("şücaət", "loaded-language"),
            ("erməni quldurlarının", "criminalising-label"),
            ("darmadağın", "loaded-language"),
            ("düşmənə", "enemy-othering"),
            ("tarixi Zəfərin", "flag-waving"),
            ("işğalçı", "occupation-framing"),
            ("şəhid", "loaded-language"),
        ],
    },
    {
        "key": "trend-style-france-senate",
        "outlet_style": "Trend (reaction)",
        "language": "az",
        "text": (
            "Fransa Senatının Azərbaycana qarşı sanksiyalar tətbiq edilməsinə çağıran "
            "qətnaməsinə Bakıdan sərt reaksiya gəlib. Milli Məclisin bəyanatında sənəd "
            "qərəzli və ermənipərəst adlandırılıb.\n\n"
            "Deputatlar bildiriblər ki, müstəmləkəçi keçmişi olan Fransa öz qanlı "
            "tarixinə göz yumaraq başqalarına demokratiya dərsi keçməyə çalışır. "
            '"Əlcəzairdə və Afrikada törədilən cinayətlərin hesabını verməyən ölkə '
            'Azərbaycana ədalət öyrədə bilməz", - bəyanatda deyilir.\n\n'
            "Trend-in həmsöhbəti olan politoloq qeyd edib ki, Parisin bu addımı "
            "Ermənistanı yeni avantüralara təhrik edir və regionda sülhə təhdid "
            "yaradır. O, Fransanın vasitəçi roluna iddia etmək hüququnu itirdiyini "
            "vurğulayıb."
        ),
        "marked": [
            ("qərəzli", "doubt"),
            ("ermənipərəst", "name-calling-labeling"),
            ("müstəmləkəçi keçmişi", "whataboutism"),
            ("qanlı", "loaded-language"),
            ("göz yumaraq", "appeal-to-hypocrisy"),
            ("Əlcəzairdə və Afrikada törədilən cinayətlərin", "whataboutism"),
            ("avantüralara", "provocation-framing"),
            ("sülhə təhdid", "appeal-to-fear-prejudice"),
        ],
    },
]
