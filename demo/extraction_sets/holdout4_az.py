"""A fourth held-out set in Azerbaijani, written after reading real copy of 2020-2023 from
outlets the earlier sets do not follow: Fins.az, Reportyor.info and Lent.az, Interpress.az,
Ena.az, the Azerbaijani service of an Iranian broadcaster (SəhərAzəri), Sherg.az and Ümid TV.

Written apart from the extraction rules and never tuned against them, by the conventions of
``demo.extraction_set`` and ``demo.extraction_sets.az``. The publishers (Göygöl Xəbər, Bulaq.az,
Səda Media, Qanun Xəbər, Araz Dalğası, Yamac.az, Nur TV), the incidents, the figures and the
member of parliament are invented; the institutions and officials are real, in their real roles.
The formulas are those the real pages use: a quotation as the lead, attributed by the next
paragraph ("X xəbər verir ki, bunu Y deyib", "Bu sözləri Y ... deyib"); "Onun sözlərinə görə, C:
“Q”" (one statement); a ministry's denial attributed by "Bu barədə X-ə Müdafiə Nazirliyindən
bildirilib." and continued by "Qeyd olunub ki"; content made a noun before a passive ("Nazirliyin
məlumatında ... daşıdığı vurğulanır"); "Y-dən verilən məlumata görə, C"; "... – deyə
Y-dən bildirilib"; a comment on Twitter quoted after "şərhində deyilir:"; "X-in məlumatına
əsasən, Y deyib ki"; "-deyərək Y ... cavablandırıb"; a post on Facebook ("Facebook səhifəsində
yazıb ki"); "X-in sözlərinə görə" with an initial; and "açıqlama yayıb" with no content, a
negative.
"""

from demo.extraction_set import Article, SourceSpec, Statement


def _paragraphs(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


SOURCES: tuple[SourceSpec, ...] = (
    # Publishers (invented).
    SourceSpec("goygol-xeber", "Göygöl Xəbər", "outlet", "AZ"),
    SourceSpec("bulaq", "Bulaq.az", "outlet", "AZ", aliases=("Bulaq",)),
    SourceSpec("seda-media", "Səda Media", "outlet", "AZ"),
    SourceSpec(
        "qanun-xeber",
        "Qanun Xəbər Agentliyi",
        "news_agency",
        "AZ",
        short_name="Qanun Xəbər",
        aliases=("Qanun Xəbər",),
    ),
    SourceSpec("araz-dalgasi", "Araz Dalğası", "outlet", "AZ"),
    SourceSpec("yamac", "Yamac.az", "outlet", "AZ", aliases=("Yamac",)),
    SourceSpec("nur-tv", "Nur TV", "outlet", "AZ"),
    # Speakers the desk does not have yet: a real press officer, an invented member of
    # parliament.
    SourceSpec(
        "eyvazov",
        "Anar Eyvazov",
        "military",
        "AZ",
        aliases=("A.Eyvazov", "Eyvazov"),
        known=False,
    ),
    SourceSpec(
        "qasimzade",
        "Elnur Qasımzadə",
        "official",
        "AZ",
        aliases=("E.Qasımzadə", "Qasımzadə"),
        known=False,
    ),
)

ARTICLES: tuple[Article, ...] = (
    Article(
        key="h4-az-briefing-site",
        publisher="goygol-xeber",
        style="news site",
        title="Anar Eyvazov: “Yaralı hərbçilərimizin vəziyyəti stabildir”",
        text=_paragraphs(
            "“Ermənistan tərəfinin gecə saatlarında başlatdığı atışma nəticəsində iki hərbi "
            "qulluqçumuz yüngül yaralanıb”.",
            "Göygöl Xəbər xəbər verir ki, bunu Müdafiə Nazirliyinin mətbuat xidmətinin rəis "
            "müavini, polkovnik-leytenant Anar Eyvazov jurnalistlər üçün keçirilən brifinqdə "
            "deyib.",
            "Onun sözlərinə görə, yaralıların həyatı üçün təhlükə yoxdur və onlar hərbi "
            "hospitala çatdırılıb: “Hər iki əsgərimiz həkim nəzarəti altındadır. Vəziyyətləri "
            "stabildir”.",
            "Nazirlik rəsmisi bildirib ki, qarşı tərəfin atəş nöqtələri cavab atəşi ilə "
            "susdurulub.",
            "A.Eyvazov Ermənistan mətbuatında yayılan itki rəqəmlərinin reallığı əks "
            "etdirmədiyini vurğulayıb.",
            "“Bölmələrimiz bütün istiqamətlərdə əməliyyat şəraitinə nəzarət edir”, – deyə o "
            "əlavə edib.",
            "Qeyd edək ki, son iki gündə Daşkəsən və Kəlbəcər istiqamətlərində sərhəddə "
            "gərginlik artıb.",
            "Brifinq nazirliyin inzibati binasında keçirilib.",
        ),
        statements=(
            # the lead quotation, attributed by the next paragraph
            Statement(
                span=(
                    "Ermənistan tərəfinin gecə saatlarında başlatdığı atışma nəticəsində iki "
                    "hərbi qulluqçumuz yüngül yaralanıb"
                ),
                speaker="eyvazov",
            ),
            # "Onun sözlərinə görə, C: “Q”": one statement
            Statement(
                span=(
                    "yaralıların həyatı üçün təhlükə yoxdur və onlar hərbi hospitala "
                    "çatdırılıb: “Hər iki əsgərimiz həkim nəzarəti altındadır. Vəziyyətləri "
                    "stabildir"
                ),
                speaker="eyvazov",
            ),
            # a title referring back
            Statement(
                span="qarşı tərəfin atəş nöqtələri cavab atəşi ilə susdurulub",
                speaker="eyvazov",
            ),
            # content made a noun before the verb, speaker by initial
            Statement(
                span=(
                    "Ermənistan mətbuatında yayılan itki rəqəmlərinin reallığı əks etdirmədiyini"
                ),
                speaker="eyvazov",
            ),
            # a quotation and a pronoun after "deyə"
            Statement(
                span="Bölmələrimiz bütün istiqamətlərdə əməliyyat şəraitinə nəzarət edir",
                speaker="eyvazov",
            ),
        ),
        language="az",
        modelled_on="Fins.az",
    ),
    Article(
        key="h4-az-denial-site",
        publisher="bulaq",
        style="news site",
        title="MN Ermənistan tərəfinin iddiasını təkzib edib",
        text=_paragraphs(
            "Ermənistan tərəfinin Azərbaycan Ordusunun bölmələrinin Şuşa istiqamətində mülki "
            "avtomobilə atəş açması barədə yaydığı məlumat həqiqəti əks etdirmir.",
            "Bu barədə Bulaq.az-a Müdafiə Nazirliyindən bildirilib.",
            "Qeyd olunub ki, həmin ərazidə bu gün heç bir atışma qeydə alınmayıb və "
            "bölmələrimiz atəşkəs rejiminə ciddi əməl edir.",
            "Nazirliyin məlumatında bu cür xəbərlərin regionda gərginliyi artırmaq məqsədi "
            "daşıdığı vurğulanır.",
            "“Ermənistanın hərbi-siyasi rəhbərliyini dezinformasiya yaymaqdan çəkinməyə "
            "çağırırıq”, - məlumatda deyilir.",
            "Xatırladaq ki, Ermənistan Müdafiə Nazirliyi səhər saatlarında yaydığı açıqlamada "
            "Azərbaycan tərəfini atəşkəsi pozmaqda günahlandırıb.",
            "Rusiya sülhməramlılarının komandanlığı hadisə ilə bağlı hələ açıqlama verməyib.",
        ),
        statements=(
            # attributed by the next sentence ("Bu barədə X-a Y-dən bildirilib")
            Statement(
                span=(
                    "Ermənistan tərəfinin Azərbaycan Ordusunun bölmələrinin Şuşa istiqamətində "
                    "mülki avtomobilə atəş açması barədə yaydığı məlumat həqiqəti əks etdirmir"
                ),
                speaker="az-mod",
            ),
            # the passive that continues it
            Statement(
                span=(
                    "həmin ərazidə bu gün heç bir atışma qeydə alınmayıb və bölmələrimiz "
                    "atəşkəs rejiminə ciddi əməl edir"
                ),
                speaker="az-mod",
            ),
            # content made a noun before a passive, "in the ministry's information"
            Statement(
                span="bu cür xəbərlərin regionda gərginliyi artırmaq məqsədi daşıdığı",
                speaker="az-mod",
            ),
            # quotation, "məlumatda deyilir"
            Statement(
                span=(
                    "Ermənistanın hərbi-siyasi rəhbərliyini dezinformasiya yaymaqdan çəkinməyə "
                    "çağırırıq"
                ),
                speaker="az-mod",
            ),
            # blaming, in a "Xatırladaq ki" paragraph
            Statement(
                span="Azərbaycan tərəfini atəşkəsi pozmaqda günahlandırıb",
                speaker="am-mod",
            ),
        ),
        language="az",
        modelled_on="Reportyor.info and Lent.az",
    ),
    Article(
        key="h4-az-twitter-site",
        publisher="seda-media",
        style="news site",
        title="Hikmət Hacıyev həmsədrlərin bəyanatını şərh edib",
        text=_paragraphs(
            "“Həmsədrlərin bəyanatı tərəflər arasında fərq qoymur və bu, işğalçı tərəfi daha "
            "da cəsarətləndirir”.",
            "Səda Media bildirir ki, bunu Azərbaycan Prezidentinin köməkçisi, Prezident "
            "Administrasiyasının Xarici siyasət məsələləri şöbəsinin müdiri Hikmət Hacıyev "
            "Twitter səhifəsində ATƏT-in Minsk qrupu həmsədrlərinin son bəyanatına şərhində "
            "yazıb.",
            "Prezidentin köməkçisinin şərhində deyilir: “Qoşunlar işğal olunmuş ərazilərdən "
            "çıxarılmadan bölgədə davamlı sülh mümkün deyil. Danışıqların son iki ili də bunu "
            "göstərir”.",
            "H.Hacıyev qeyd edib ki, təmas xəttində gərginliyin əsas mənbəyi Ermənistan silahlı "
            "qüvvələrinin Azərbaycan torpaqlarında qalmasıdır.",
            "“Bakı danışıqlardan imtina etmir, lakin boş danışıqlara da vaxt sərf "
            "etməyəcək”, – deyə dövlət rəsmisi bildirib.",
            "Hacıyev əvvəlki şərhlərində də bildirmişdi ki, Azərbaycan öz torpaqlarının "
            "işğalı ilə heç vaxt barışmayacaq.",
            "Qeyd edək ki, həmsədrlər bəyanatı dünən axşam yayıblar.",
            "Ermənistan XİN-i həmsədrlərin bəyanatını müsbət qarşılayıb.",
        ),
        statements=(
            # the lead quotation, attributed by the next paragraph
            Statement(
                span=(
                    "Həmsədrlərin bəyanatı tərəflər arasında fərq qoymur və bu, işğalçı tərəfi "
                    "daha da cəsarətləndirir"
                ),
                speaker="hajiyev",
            ),
            # a quotation after "şərhində deyilir:"
            Statement(
                span=(
                    "Qoşunlar işğal olunmuş ərazilərdən çıxarılmadan bölgədə davamlı sülh "
                    "mümkün deyil. Danışıqların son iki ili də bunu göstərir"
                ),
                speaker="hajiyev",
            ),
            # "qeyd edib ki", speaker by initial
            Statement(
                span=(
                    "təmas xəttində gərginliyin əsas mənbəyi Ermənistan silahlı qüvvələrinin "
                    "Azərbaycan torpaqlarında qalmasıdır"
                ),
                speaker="hajiyev",
            ),
            # a quotation attributed by a description after "deyə"
            Statement(
                span=(
                    "Bakı danışıqlardan imtina etmir, lakin boş danışıqlara da vaxt sərf etməyəcək"
                ),
                speaker="hajiyev",
            ),
            # pluperfect, surname alone
            Statement(
                span="Azərbaycan öz torpaqlarının işğalı ilə heç vaxt barışmayacaq",
                speaker="hajiyev",
            ),
        ),
        language="az",
        modelled_on="Interpress.az",
    ),
    Article(
        key="h4-az-gadabay-agency",
        publisher="qanun-xeber",
        style="national agency",
        title="Ermənistan silahlı qüvvələri Gədəbəy istiqamətində mövqelərimizi atəşə tutub",
        text=_paragraphs(
            "Ermənistan tərəfi dövlət sərhədinin Gədəbəy istiqamətində vəziyyətlə bağlı "
            "açıqlama yayıb.",
            "Azərbaycan Respublikasının Müdafiə Nazirliyindən verilən məlumata görə, "
            "Ermənistan silahlı qüvvələrinin bölmələri gecə saat 02:15 radələrində Gədəbəy "
            "rayonu istiqamətində yerləşən mövqelərimizi iriçaplı silahlardan atəşə tutub.",
            "Açılmış atəş nəticəsində şəxsi heyət arasında itki olmayıb.",
            "“Bu təxribat Ermənistan tərəfinin sülh gündəliyini pozmaq niyyətində olduğunu bir "
            "daha göstərir. Baş verənlərə görə bütün məsuliyyət Ermənistanın hərbi-siyasi "
            "rəhbərliyinin üzərinə düşür”, - deyə Azərbaycan Respublikasının Müdafiə "
            "Nazirliyindən bildirilib.",
            "Nazirlik həmçinin bildirib ki, bölmələrimiz adekvat cavab tədbirləri görüb.",
            "Ermənistan Müdafiə Nazirliyi isə öz açıqlamasında Azərbaycan bölmələrini Sotk "
            "kəndi istiqamətində atəş açmaqda ittiham edib.",
            "Müdafiə Nazirliyinin mətbuat xidmətinin rəisi, polkovnik Vaqif Dərgahlı Qanun "
            "Xəbər-ə açıqlamasında bildirib ki, sərhəddəki vəziyyət hazırda sabitdir.",
            "Qeyd edək ki, Gədəbəy istiqamətində sonuncu atışma iki həftə əvvəl baş verib.",
        ),
        statements=(
            # "Y-dən verilən məlumata görə, C"
            Statement(
                span=(
                    "Ermənistan silahlı qüvvələrinin bölmələri gecə saat 02:15 radələrində "
                    "Gədəbəy rayonu istiqamətində yerləşən mövqelərimizi iriçaplı silahlardan "
                    "atəşə tutub"
                ),
                speaker="az-mod",
            ),
            # quotation, "- deyə" and the ministry's ablative before a passive
            Statement(
                span=(
                    "Bu təxribat Ermənistan tərəfinin sülh gündəliyini pozmaq niyyətində "
                    "olduğunu bir daha göstərir. Baş verənlərə görə bütün məsuliyyət "
                    "Ermənistanın hərbi-siyasi rəhbərliyinin üzərinə düşür"
                ),
                speaker="az-mod",
            ),
            Statement(span="bölmələrimiz adekvat cavab tədbirləri görüb", speaker="az-mod"),
            # accusing
            Statement(
                span="Azərbaycan bölmələrini Sotk kəndi istiqamətində atəş açmaqda ittiham edib",
                speaker="am-mod",
            ),
            # the publisher told, no relay
            Statement(span="sərhəddəki vəziyyət hazırda sabitdir", speaker="dargahli"),
        ),
        language="az",
        modelled_on="Ena.az",
    ),
    Article(
        key="h4-az-president-broadcaster",
        publisher="araz-dalgasi",
        style="broadcaster",
        title="İlham Əliyev: atəşkəs Ermənistan tərəfindən pozulur",
        text=_paragraphs(
            "Azərbaycan Prezidenti İlham Əliyev Ermənistanla sərhəddə yaranmış vəziyyətin "
            "sabitləşdirilməsi üçün Bakının bütün zəruri addımları atdığını bildirib.",
            "Araz Dalğasının məlumatına əsasən, dövlət başçısı sentyabrın 15-də Avropa "
            "İttifaqının Cənubi Qafqaz üzrə xüsusi nümayəndəsini qəbul edərkən deyib ki, "
            "atəşkəs rejimi Ermənistan tərəfindən pozulmaqda davam edir.",
            "Prezident qeyd edib ki, bunun bütün məsuliyyəti Ermənistanın hərbi-siyasi "
            "rəhbərliyinin üzərinə düşür.",
            "İlham Əliyev həmçinin Azərbaycanın Brüssel görüşlərində razılaşdırılmış sülh "
            "gündəliyinə sadiq qaldığını vurğulayıb.",
            "Görüşdə regional kommunikasiyaların açılması məsələləri də müzakirə olunub.",
            "Ermənistanın baş naziri Nikol Paşinyan isə parlament iclasında çıxış edərkən "
            "Azərbaycanı Ermənistan ərazisinə hücum etməkdə ittiham edib.",
            "Teqlər: Azərbaycan, Ermənistan, atəşkəs",
        ),
        statements=(
            # content made a noun before "bildirib"
            Statement(
                span=(
                    "Ermənistanla sərhəddə yaranmış vəziyyətin sabitləşdirilməsi üçün Bakının "
                    "bütün zəruri addımları atdığını"
                ),
                speaker="aliyev",
            ),
            # "X-in məlumatına əsasən, Y ... deyib ki, C"
            Statement(
                span="atəşkəs rejimi Ermənistan tərəfindən pozulmaqda davam edir",
                speaker="aliyev",
            ),
            Statement(
                span=(
                    "bunun bütün məsuliyyəti Ermənistanın hərbi-siyasi rəhbərliyinin üzərinə düşür"
                ),
                speaker="aliyev",
            ),
            Statement(
                span=(
                    "Azərbaycanın Brüssel görüşlərində razılaşdırılmış sülh gündəliyinə sadiq "
                    "qaldığını"
                ),
                speaker="aliyev",
            ),
            Statement(
                span="Azərbaycanı Ermənistan ərazisinə hücum etməkdə ittiham edib",
                speaker="pashinyan",
            ),
        ),
        language="az",
        modelled_on="SəhərAzəri (Sahar TV)",
    ),
    Article(
        key="h4-az-deputy-site",
        publisher="yamac",
        style="news site",
        title="Millət vəkili: “Paşinyan daxili böhrandan diqqəti yayındırmağa çalışır”",
        text=_paragraphs(
            "Ermənistan silahlı qüvvələrinin Tovuz istiqamətində törətdiyi son təxribat bu "
            "ölkədəki siyasi böhranın birbaşa nəticəsidir.",
            "Baş verənləri Yamac.az-a dəyərləndirən millət vəkili Elnur Qasımzadə bildirib ki, "
            "İrəvan daxili narazılığı sərhəddə gərginlik yaratmaqla ört-basdır etməyə "
            "çalışır: “Paşinyan hökuməti öz xalqına verdiyi vədləri yerinə yetirə bilmir. Ona "
            "görə də cəbhəyə üz tutur”.",
            "Millət vəkilinin sözlərinə görə, beynəlxalq təşkilatlar bu təxribata vaxtında "
            "qiymət verməlidir.",
            "Deputat onu da deyib ki, Azərbaycan Ordusunun cavab tədbirləri tam adekvat olub.",
            "Xatırladaq ki, iyulun 12-də Tovuz istiqamətində başlayan döyüşlər hələ də davam edir.",
            "Ermənistan Müdafiə Nazirliyinin mətbuat katibi Şuşan Stepanyan isə Facebook "
            "səhifəsində yazıb ki, Azərbaycan tərəfi gecə ərzində sərhədyanı kəndləri atəşə "
            "tutub.",
            "“Qarşı tərəfin bu iddiaları heç bir faktla təsdiqlənmir”, – deyə E.Qasımzadə "
            "sözlərinə əlavə edib.",
        ),
        statements=(
            # reported speech running into a quotation after a colon: one statement
            Statement(
                span=(
                    "İrəvan daxili narazılığı sərhəddə gərginlik yaratmaqla ört-basdır etməyə "
                    "çalışır: “Paşinyan hökuməti öz xalqına verdiyi vədləri yerinə yetirə "
                    "bilmir. Ona görə də cəbhəyə üz tutur"
                ),
                speaker="qasimzade",
            ),
            # "-in sözlərinə görə" after a title
            Statement(
                span="beynəlxalq təşkilatlar bu təxribata vaxtında qiymət verməlidir",
                speaker="qasimzade",
            ),
            # "onu da deyib ki", by another title
            Statement(
                span="Azərbaycan Ordusunun cavab tədbirləri tam adekvat olub",
                speaker="qasimzade",
            ),
            # a post on Facebook
            Statement(
                span="Azərbaycan tərəfi gecə ərzində sərhədyanı kəndləri atəşə tutub",
                speaker="stepanyan",
            ),
            # quotation, "deyə" and an initial, after another speaker
            Statement(
                span="Qarşı tərəfin bu iddiaları heç bir faktla təsdiqlənmir",
                speaker="qasimzade",
            ),
        ),
        language="az",
        modelled_on="Sherg.az",
    ),
    Article(
        key="h4-az-barda-broadcaster",
        publisher="nur-tv",
        style="broadcaster",
        title="Hikmət Hacıyev: “Bu, dinc əhaliyə qarşı qəsdən törədilmiş cinayətdir”",
        text=_paragraphs(
            "NUR TV: Ermənistanın humanitar atəşkəsi qəbul etdikdən bir neçə saat sonra "
            "Bərdəni atəşə tutması bu ölkənin heç bir öhdəliyə əməl etmədiyini göstərir.",
            "Bu sözləri Prezidentin köməkçisi Hikmət Hacıyev Bərdədə jurnalistlərə "
            "açıqlamasında deyib.",
            "O bildirib ki, zərbə nəticəsində şəhərin mərkəzindəki bazar ərazisində mülki "
            "şəxslər həlak olub: “Bu, dinc əhaliyə qarşı qəsdən törədilmiş cinayətdir”.",
            "H.Hacıyevin sözlərinə görə, hücumda kasetli sursatdan istifadə edilib.",
            "“Ermənistan rəhbərliyi bu hücumlara görə məsuliyyətdən yayına bilməyəcək”, "
            "-deyərək H.Hacıyev jurnalistlərin suallarını cavablandırıb.",
            "Ermənistan Müdafiə Nazirliyi isə Bərdəyə hər hansı zərbə endirildiyini təkzib edib.",
            "Hadisə yerində istintaq-əməliyyat tədbirləri davam edir.",
        ),
        statements=(
            # the lead after the broadcaster's name, attributed by "Bu sözləri X deyib"
            Statement(
                span=(
                    "Ermənistanın humanitar atəşkəsi qəbul etdikdən bir neçə saat sonra Bərdəni "
                    "atəşə tutması bu ölkənin heç bir öhdəliyə əməl etmədiyini göstərir"
                ),
                speaker="hajiyev",
            ),
            # reported speech running into a quotation: one statement
            Statement(
                span=(
                    "zərbə nəticəsində şəhərin mərkəzindəki bazar ərazisində mülki şəxslər "
                    "həlak olub: “Bu, dinc əhaliyə qarşı qəsdən törədilmiş cinayətdir"
                ),
                speaker="hajiyev",
            ),
            # "-in sözlərinə görə" with an initial
            Statement(span="hücumda kasetli sursatdan istifadə edilib", speaker="hajiyev"),
            # "-deyərək" after a quotation
            Statement(
                span="Ermənistan rəhbərliyi bu hücumlara görə məsuliyyətdən yayına bilməyəcək",
                speaker="hajiyev",
            ),
            # denying: from what is denied to the verb
            Statement(
                span="Bərdəyə hər hansı zərbə endirildiyini təkzib edib",
                speaker="am-mod",
            ),
        ),
        language="az",
        modelled_on="Ümid TV and Mediabiz.az",
    ),
)
