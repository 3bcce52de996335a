"""Held-out labelled set in Azerbaijani: four articles, each written the way one Azerbaijani
outlet writes (APA, Trend, AZERTAC, the defence ministry's own releases).

Written apart from the Azerbaijani rules and never tuned against them, by the conventions of
``demo.extraction_set``. The institutions, agencies and officials are real, in their real roles;
the incidents, dates, figures, villages and what anyone is said to have said are invented, and so
are Rövşən Əlizadə and Elvin Nağıyev.

Conventions for verb-final sentences (the rulebook's rules carried over to Azerbaijani word order):
- Content nominalised before the verb ("X ... sadiq olduğunu vurğulayıb"): the span is the
  content, its nominalised verb included, without the speaker or the verb of saying.
- Denying and rejecting verbs come last ("... barədə yaydığı məlumatı təkzib edib"): the span runs
  from the start of what is denied to the verb, so that it holds both, as rule 5 asks.
- "Bu barədə X-dən bildirilib." and "..., bunu X deyib." attribute the sentence before them: that
  sentence's content is the statement and X its speaker.
- "Bildiririk ki, ..." in a ministry's own release is the publisher speaking in the first person
  without naming itself: its own voice, a negative. "Azərbaycan Respublikası Müdafiə Nazirliyi
  bəyan edir ki, ..." names it, so the ministry is the speaker.
- A quotation split by its attribution ("“A, - deyə X bildirib. - B”") gives two Statements, one
  per contiguous piece, both with the same speaker.
"""

from demo.extraction_set import Article, SourceSpec, Statement

SOURCES: tuple[SourceSpec, ...] = (
    SourceSpec(
        "hb-alizade",
        "Rövşən Əlizadə",
        "other",
        "AZ",
        aliases=(
            "R.Əlizadə",
            "Rovshan Alizade",
        ),
        known=False,
    ),
    SourceSpec(
        "hb-nagiyev",
        "Elvin Nağıyev",
        "other",
        "AZ",
        aliases=(
            "E.Nağıyev",
            "Nağıyev",
            "Elvin Naghiyev",
        ),
    ),
)

ARTICLES: tuple[Article, ...] = (
    Article(
        key="apa-kalbajar-fire",
        publisher="apa",
        style="national agency",
        title=("MN: Ermənistan silahlı qüvvələri Kəlbəcər istiqamətində mövqelərimizi atəşə tutub"),
        text=(
            "Mayın 14-ü saat 21:40 radələrində Ermənistan silahlı qüvvələrinin bölmələri "
            "Basarkeçər rayonunun Şorca yaşayış məntəqəsi istiqamətində yerləşən mövqelərdən "
            "Azərbaycan Ordusunun Kəlbəcər rayonu istiqamətində yerləşən mövqelərini iriçaplı "
            "silahlardan atəşə tutub.\n\n"
            "Bu barədə APA-ya Müdafiə Nazirliyindən məlumat verilib.\n\n"
            "Nazirliyin məlumatına görə, bölmələrimiz tərəfindən görülən adekvat cavab "
            "tədbirləri nəticəsində qarşı tərəfin atəş nöqtələri susdurulub.\n\n"
            "“Ermənistan tərəfi bu cür təxribatlarla sərhəddə vəziyyəti gərginləşdirməyə "
            "çalışır. Bu addımların nəticələrinə görə məsuliyyəti Ermənistan rəhbərliyi "
            "daşıyır”, - deyə məlumatda qeyd olunub.\n\n"
            "Nazirlik həmçinin Ermənistan Müdafiə Nazirliyinin həmin gün Azərbaycan Ordusunun "
            "bölmələrinin guya Şorca kəndini atəşə tutması barədə yaydığı məlumatı təkzib "
            "edib.\n\n"
            "MN-in mətbuat katibi Vaqif Dərgahlı APA-ya açıqlamasında bildirib ki, hadisə "
            "nəticəsində şəxsi heyət arasında itki yoxdur və əməliyyat şəraiti bölmələrimizin "
            "tam nəzarəti altındadır. O əlavə edib ki, sərhədin bu hissəsində müşahidə "
            "postları gücləndirilib.\n\n"
            "Kəlbəcər şəhərində bərpa işlərində çalışan mühəndis Rövşən Əlizadə APA-nın bölgə "
            "müxbirinə deyib ki, atışma səsləri təxminən yarım saat davam edib.\n\n"
            "Ermənistan Müdafiə Nazirliyinin mətbuat katibi Aram Torosyan isə “Facebook” "
            "səhifəsində yazıb ki, Azərbaycan tərəfinin yaydığı məlumat reallığa uyğun deyil.\n\n"
            "Xatırladaq ki, aprelin sonunda da Kəlbəcər istiqamətində oxşar insident qeydə "
            "alınmışdı.\n\n"
            "Qeyd edək ki, Azərbaycan və Ermənistan arasında sərhədlərin delimitasiyası üzrə "
            "dövlət komissiyalarının növbəti iclasının tarixi hələ açıqlanmayıb.\n\n"
            "Nərmin Səfərova"
        ),
        statements=(
            # the sentence attributed by the next one ("Bu barədə APA-ya Müdafiə Nazirliyindən
            # məlumat verilib"): the publisher is named and is no relay; ablative -dən
            Statement(
                span=(
                    "Mayın 14-ü saat 21:40 radələrində Ermənistan silahlı qüvvələrinin "
                    "bölmələri Basarkeçər rayonunun Şorca yaşayış məntəqəsi istiqamətində "
                    "yerləşən mövqelərdən Azərbaycan Ordusunun Kəlbəcər rayonu istiqamətində "
                    "yerləşən mövqelərini iriçaplı silahlardan atəşə tutub"
                ),
                speaker="az-mod",
            ),
            # according to X ("Nazirliyin məlumatına görə"), follow-on to the ministry
            Statement(
                span=(
                    "bölmələrimiz tərəfindən görülən adekvat cavab tədbirləri nəticəsində "
                    "qarşı tərəfin atəş nöqtələri susdurulub"
                ),
                speaker="az-mod",
            ),
            # direct quote of two sentences, attribution after ("- deyə məlumatda qeyd olunub")
            Statement(
                span=(
                    "Ermənistan tərəfi bu cür təxribatlarla sərhəddə vəziyyəti "
                    "gərginləşdirməyə çalışır. Bu addımların nəticələrinə görə məsuliyyəti "
                    "Ermənistan rəhbərliyi daşıyır"
                ),
                speaker="az-mod",
            ),
            # denial, verb last: from what is denied to the verb; the other side's ministry is
            # only mentioned inside the span
            Statement(
                span=(
                    "Ermənistan Müdafiə Nazirliyinin həmin gün Azərbaycan Ordusunun "
                    "bölmələrinin guya Şorca kəndini atəşə tutması barədə yaydığı məlumatı "
                    "təkzib edib"
                ),
                speaker="az-mod",
            ),
            # spokesman speaking for the ministry; "told APA" in APA's copy: no relay
            Statement(
                span=(
                    "hadisə nəticəsində şəxsi heyət arasında itki yoxdur və əməliyyat şəraiti "
                    "bölmələrimizin tam nəzarəti altındadır"
                ),
                speaker="dargahli",
            ),
            # follow-on "O əlavə edib ki"
            Statement(
                span="sərhədin bu hissəsində müşahidə postları gücləndirilib",
                speaker="dargahli",
            ),
            # speaker the desk does not have; "APA-nın bölgə müxbirinə": the publisher
            Statement(
                span="atışma səsləri təxminən yarım saat davam edib",
                speaker="hb-alizade",
            ),
            # the other side's spokesman, on Facebook; genitive ministry in the apposition
            Statement(
                span="Azərbaycan tərəfinin yaydığı məlumat reallığa uyğun deyil",
                speaker="torosyan",
            ),
        ),
        language="az",
        modelled_on="APA",
    ),
    Article(
        key="trend-peace-talks",
        publisher="trend",
        style="news site",
        title="Ceyhun Bayramov: Sülh sazişinin mətni üzrə razılaşdırılmamış məsələlər azalır",
        text=(
            "Bakı. 12 iyul. Trend: Azərbaycan ilə Ermənistan arasında sülh sazişinin mətni "
            "üzrə razılaşdırılmamış məsələlərin sayı azalır.\n\n"
            "Trend xəbər verir ki, bunu Azərbaycanın xarici işlər naziri Ceyhun Bayramov "
            "Vaşinqtonda ermənistanlı həmkarı Ararat Mirzoyanla keçirdiyi görüşdən sonra "
            "jurnalistlərə açıqlamasında deyib.\n\n"
            '"Mətnin böyük hissəsi artıq razılaşdırılıb, - deyə C.Bayramov bildirib. - Amma '
            "sərhədlərin delimitasiyası ilə bağlı bəzi maddələr üzrə mövqelərimiz hələ də "
            'fərqlidir".\n\n'
            "Nazirin sözlərinə görə, tərəflər növbəti raundun avqust ayında keçirilməsini "
            "müzakirə ediblər.\n\n"
            "C.Bayramov Bakının sülh prosesinə sadiq olduğunu vurğulayıb, A.Mirzoyan isə "
            "İrəvanın da yekun razılığa nail olmaq üçün səylərini davam etdirəcəyini deyib.\n\n"
            "Rusiya XİN-in rəsmi nümayəndəsi Mariya Zaxarova isə TASS-a açıqlamasında "
            "bildirib ki, Moskva tərəflərin növbəti görüşünü Rusiyada təşkil etməyə hazırdır.\n\n"
            "Interfax agentliyinin RİA Novosti-yə istinadən yaydığı məlumata görə, Kremlin "
            "sözçüsü Dmitri Peskov da Rusiyanın Bakı ilə İrəvan arasında vasitəçilik "
            "səylərini davam etdirəcəyini bildirib.\n\n"
            "Politoloq Elvin Nağıyev Trend-ə açıqlamasında bildirib ki, Vaşinqton görüşü "
            "prosesin yeni mərhələyə keçdiyini göstərir.\n\n"
            "Xatırladaq ki, Azərbaycan və Ermənistan xarici işlər nazirləri arasında əvvəlki "
            "görüş may ayının əvvəlində Arlinqtonda keçirilib.\n\n"
            "Sülh sazişinin layihəsi üzrə tərəflər 2022-ci ildən bəri təkliflər mübadiləsi "
            "aparır."
        ),
        statements=(
            # the lead sentence, attributed by the next paragraph ("bunu ... deyib");
            # span after the dateline "Bakı. 12 iyul. Trend:"
            Statement(
                span=(
                    "Azərbaycan ilə Ermənistan arasında sülh sazişinin mətni üzrə "
                    "razılaşdırılmamış məsələlərin sayı azalır"
                ),
                speaker="bayramov",
            ),
            # quote split around its attribution, first piece; straight quotes; initial and
            # surname "C.Bayramov"
            Statement(
                span="Mətnin böyük hissəsi artıq razılaşdırılıb",
                speaker="bayramov",
            ),
            # quote split around its attribution, second piece
            Statement(
                span=(
                    "Amma sərhədlərin delimitasiyası ilə bağlı bəzi maddələr üzrə "
                    "mövqelərimiz hələ də fərqlidir"
                ),
                speaker="bayramov",
            ),
            # follow-on in the genitive, according to X ("Nazirin sözlərinə görə")
            Statement(
                span="tərəflər növbəti raundun avqust ayında keçirilməsini müzakirə ediblər",
                speaker="bayramov",
            ),
            # two speakers in one sentence, first: nominalised content before the verb
            Statement(
                span="Bakının sülh prosesinə sadiq olduğunu",
                speaker="bayramov",
            ),
            # two speakers in one sentence, second ("A.Mirzoyan isə ... deyib")
            Statement(
                span=("İrəvanın da yekun razılığa nail olmaq üçün səylərini davam etdirəcəyini"),
                speaker="mirzoyan",
            ),
            # "told TASS": the agency is a relay; dative "TASS-a"
            Statement(
                span="Moskva tərəflərin növbəti görüşünü Rusiyada təşkil etməyə hazırdır",
                speaker="zakharova",
                relays=("tass",),
            ),
            # two relays, closest to the speaker first: Interfax citing RIA Novosti; capitals
            # inside the content
            Statement(
                span=(
                    "Rusiyanın Bakı ilə İrəvan arasında vasitəçilik səylərini davam etdirəcəyini"
                ),
                speaker="peskov",
                relays=(
                    "ria",
                    "interfax",
                ),
            ),
            # invented analyst the desk has; "Trend-ə": the publisher, no relay
            Statement(
                span="Vaşinqton görüşü prosesin yeni mərhələyə keçdiyini göstərir",
                speaker="hb-nagiyev",
            ),
        ),
        language="az",
        modelled_on="Trend",
    ),
    Article(
        key="azertac-serviceman-handover",
        publisher="azertac",
        style="national agency",
        title=("Sərhədi qanunsuz keçmiş Ermənistan hərbçisi humanitar jest olaraq təhvil verilib"),
        text=(
            "Bakı, 18 oktyabr, AZƏRTAC\n\n"
            "Azərbaycan-Ermənistan dövlət sərhədini qanunsuz keçərək ölkəmizin ərazisinə "
            "daxil olmuş Ermənistan silahlı qüvvələrinin hərbi qulluqçusu humanitar "
            "prinsiplər rəhbər tutularaq Ermənistan tərəfinə təhvil verilib.\n\n"
            "Bu barədə Dövlət Sərhəd Xidmətindən AZƏRTAC-a məlumat verilib.\n\n"
            "Xidmətin məlumatında bildirilir ki, hərbi qulluqçu oktyabrın 9-da Qazax rayonu "
            "ərazisində sərhədçilərimiz tərəfindən saxlanılıb və ona dərhal tibbi yardım "
            "göstərilib.\n\n"
            "Təhvil-təslim prosesi oktyabrın 18-də səhər saatlarında Qazax rayonu ərazisində, "
            "dövlət sərhədinin keçid məntəqəsində həyata keçirilib.\n\n"
            "Prezidentin köməkçisi – Prezident Administrasiyasının xarici siyasət məsələləri "
            "şöbəsinin müdiri Hikmət Hacıyev “X” sosial şəbəkəsindəki paylaşımında qeyd edib "
            "ki, bu addım Azərbaycanın beynəlxalq humanitar hüquq normalarına sadiqliyinin "
            "növbəti təzahürüdür.\n\n"
            "“Biz ümid edirik ki, Ermənistan da birinci Qarabağ müharibəsi zamanı itkin "
            "düşmüş azərbaycanlıların taleyinə aydınlıq gətirilməsi üçün əlində olan "
            "məlumatları bölüşəcək”, – deyə H.Hacıyev yazıb.\n\n"
            "İnsan Hüquqları üzrə Müvəkkil (Ombudsman) Aparatından AZƏRTAC-a bildiriblər ki, "
            "hərbi qulluqçunun saxlanıldığı müddətdə onun bütün hüquqlarına əməl olunub, "
            "Beynəlxalq Qırmızı Xaç Komitəsinin nümayəndələrinə onunla görüşmək imkanı "
            "yaradılıb.\n\n"
            "Dövlət Sərhəd Xidməti həmçinin Ermənistanın bəzi media qurumlarında hərbçinin "
            "Azərbaycan ərazisinə zorla aparılması barədə yayılan iddiaları rədd edib.\n\n"
            "Ermənistanın “Armenpress” agentliyi Ermənistan Müdafiə Nazirliyinə istinadən "
            "xəbər verir ki, hərbi qulluqçu hazırda tibbi müayinədən keçir.\n\n"
            "Xatırladaq ki, son iki ildə oxşar hallarda sərhədi keçmiş daha üç hərbçi "
            "Ermənistana qaytarılıb."
        ),
        statements=(
            # the sentence attributed by the next one ("Bu barədə Dövlət Sərhəd Xidmətindən
            # AZƏRTAC-a məlumat verilib"); the dateline stands as its own paragraph
            Statement(
                span=(
                    "Azərbaycan-Ermənistan dövlət sərhədini qanunsuz keçərək ölkəmizin "
                    "ərazisinə daxil olmuş Ermənistan silahlı qüvvələrinin hərbi qulluqçusu "
                    "humanitar prinsiplər rəhbər tutularaq Ermənistan tərəfinə təhvil verilib"
                ),
                speaker="az-border",
            ),
            # "Xidmətin məlumatında bildirilir ki": the service's statement, follow-on
            Statement(
                span=(
                    "hərbi qulluqçu oktyabrın 9-da Qazax rayonu ərazisində sərhədçilərimiz "
                    "tərəfindən saxlanılıb və ona dərhal tibbi yardım göstərilib"
                ),
                speaker="az-border",
            ),
            # post on X; the long title in apposition before the name
            Statement(
                span=(
                    "bu addım Azərbaycanın beynəlxalq humanitar hüquq normalarına "
                    "sadiqliyinin növbəti təzahürüdür"
                ),
                speaker="hajiyev",
            ),
            # direct quote, attribution after with an en dash ("– deyə H.Hacıyev yazıb")
            Statement(
                span=(
                    "Biz ümid edirik ki, Ermənistan da birinci Qarabağ müharibəsi zamanı "
                    "itkin düşmüş azərbaycanlıların taleyinə aydınlıq gətirilməsi üçün əlində "
                    "olan məlumatları bölüşəcək"
                ),
                speaker="hajiyev",
            ),
            # the ombudsman's office ("Aparatından ... bildiriblər") is the ombudsman; the
            # Red Cross is only mentioned
            Statement(
                span=(
                    "hərbi qulluqçunun saxlanıldığı müddətdə onun bütün hüquqlarına əməl "
                    "olunub, Beynəlxalq Qırmızı Xaç Komitəsinin nümayəndələrinə onunla "
                    "görüşmək imkanı yaradılıb"
                ),
                speaker="az-ombudsman",
            ),
            # rejection, verb last: from what is rejected to the verb
            Statement(
                span=(
                    "Ermənistanın bəzi media qurumlarında hərbçinin Azərbaycan ərazisinə "
                    "zorla aparılması barədə yayılan iddiaları rədd edib"
                ),
                speaker="az-border",
            ),
            # the other side's ministry through its agency ("istinadən xəbər verir ki")
            Statement(
                span="hərbi qulluqçu hazırda tibbi müayinədən keçir",
                speaker="am-mod",
                relays=("armenpress",),
            ),
        ),
        language="az",
        modelled_on="AZERTAC",
    ),
    Article(
        key="az-mod-service-meeting",
        publisher="az-mod",
        style="ministry statement",
        title="Müdafiə nazirinin rəhbərliyi ilə xidməti müşavirə keçirilib",
        text=(
            "Müdafiə naziri general-polkovnik Zakir Həsənovun rəhbərliyi ilə "
            "Azərbaycan-Ermənistan dövlət sərhədinin Laçın istiqamətində yaranmış əməliyyat "
            "şəraitinə həsr olunmuş xidməti müşavirə keçirilib.\n\n"
            "Müşavirədə nazirə iyulun 6-dan 7-nə keçən gecə Ermənistan silahlı qüvvələrinin "
            "bölmələri tərəfindən dövlət sərhədinin bu hissəsində törədilən təxribat barədə "
            "məruzə edilib.\n\n"
            "Nazir bildirib ki, qarşı tərəfin sərhədboyu ərazidə mühəndis-istehkam işləri "
            "aparmaq cəhdinin qarşısı bölmələrimiz tərəfindən qətiyyətlə alınıb.\n\n"
            "Nazir həmçinin vurğulayıb ki, Azərbaycan Ordusu dövlət sərhədinin etibarlı "
            "mühafizəsi üçün bütün zəruri tədbirləri görməyə hazırdır.\n\n"
            "Z.Həsənov qoşunların döyüş hazırlığının yüksək səviyyədə saxlanılması, müşahidə "
            "vasitələrinin fasiləsiz işinin təmin edilməsi ilə bağlı komandirlərə müvafiq "
            "tapşırıqlar verib.\n\n"
            "Azərbaycan Respublikası Müdafiə Nazirliyi bəyan edir ki, Ermənistan Müdafiə "
            "Nazirliyinin Azərbaycan Ordusunun bölmələrinin guya Gorus rayonunun Xnazax "
            "kəndini atəşə tutması barədə yaydığı məlumat yalandır və həqiqəti əks etdirmir.\n\n"
            "Bildiririk ki, sərhəddə vəziyyətin gərginləşməsinə görə məsuliyyəti İrəvan "
            "daşıyır.\n\n"
            "Müşavirədən sonra nazirliyin mətbuat katibi Vaqif Dərgahlı jurnalistlər üçün "
            "brifinq keçirib.\n\n"
            "V.Dərgahlı bildirib ki, təxribat zamanı şəxsi heyət arasında itki olmayıb. O "
            "əlavə edib ki, qarşı tərəfin atəş nöqtələri cavab tədbirləri ilə susdurulub.\n\n"
            "“Bölmələrimiz vəziyyətə tam nəzarət edir və istənilən təxribatın qarşısını "
            "almağa qadirdir”, – deyə mətbuat katibi vurğulayıb.\n\n"
            "Hazırda əməliyyat şəraiti bölmələrimizin nəzarəti altındadır."
        ),
        statements=(
            # "Nazir" points back to the minister, who was only mentioned (as the meeting's
            # chair), not yet a speaker
            Statement(
                span=(
                    "qarşı tərəfin sərhədboyu ərazidə mühəndis-istehkam işləri aparmaq "
                    "cəhdinin qarşısı bölmələrimiz tərəfindən qətiyyətlə alınıb"
                ),
                speaker="hasanov",
            ),
            # follow-on "Nazir həmçinin vurğulayıb ki"
            Statement(
                span=(
                    "Azərbaycan Ordusu dövlət sərhədinin etibarlı mühafizəsi üçün bütün "
                    "zəruri tədbirləri görməyə hazırdır"
                ),
                speaker="hasanov",
            ),
            # the release names its ministry in the third person: the publisher is the speaker;
            # the other side's ministry is only mentioned inside the span
            Statement(
                span=(
                    "Ermənistan Müdafiə Nazirliyinin Azərbaycan Ordusunun bölmələrinin guya "
                    "Gorus rayonunun Xnazax kəndini atəşə tutması barədə yaydığı məlumat "
                    "yalandır və həqiqəti əks etdirmir"
                ),
                speaker="az-mod",
            ),
            # spokesman, initial and surname ("V.Dərgahlı")
            Statement(
                span="təxribat zamanı şəxsi heyət arasında itki olmayıb",
                speaker="dargahli",
            ),
            # follow-on "O əlavə edib ki"
            Statement(
                span="qarşı tərəfin atəş nöqtələri cavab tədbirləri ilə susdurulub",
                speaker="dargahli",
            ),
            # direct quote, attribution after by role ("mətbuat katibi")
            Statement(
                span=(
                    "Bölmələrimiz vəziyyətə tam nəzarət edir və istənilən təxribatın "
                    "qarşısını almağa qadirdir"
                ),
                speaker="dargahli",
            ),
        ),
        language="az",
        modelled_on="Ministry of Defence of Azerbaijan",
    ),
)
