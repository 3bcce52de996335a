"""A second Azerbaijani development set of the formulas real copy of 2020-2023 attributes with,
after pages of Unikal.az, Azinformasiya.az, Newscenter.az, Yeniavropa.az and Repost.az (the
defence ministry's denials passed on to sites), News24.az and Mia.az (the foreign ministry's
spokeswoman), Rakus.az (a broadcaster's report passed on), apa.tv and Metbuat.az (the border
service's press centre), Azertimes.az (Trend relaying the ministry), and Trend, Yenigundem.az,
Sherg.az, Vertikal.az and Metbuat.az (the prosecutor general and his office), Milliyol.az (a
party congress relayed from an agency) Metbuat.az again (the Armenian government's denial
relayed from an agency), Nuhcixan.az, Sabah.az and Unikal.org (an agency told by the ministry, a
press officer told by an agency), and Sputnik Azərbaycan and Aktual.az (a ministry's statement
after a dateline, a press officer's words attributed by the next paragraph).

Every article is written for Parallax, in its own words: the publishers (Çinar Xəbər, Lənkəran
Press, Ağsu Media, Şəki Xəbər, Naxçıvan Səhər, Sumqayıt Press, Qəbələ Xəbər, Quba Press,
Zaqatala Xəbər, Goranboy Media, Beyləqan Xəbər, Naftalan Press; and Sputnik Azərbaycan, a real
agency, as publisher), the incidents, the figures and the military expert are invented; the
institutions and officials are real, in their real roles. Labelled by the conventions of
``demo.extraction_set`` and ``demo.extraction_sets.az``. What it holds: "Bu barədə X-a Y-dən
bildirilib." after a quotation or a sentence; "“Q”, – nazirlikdən qeyd olunub."; "X xəbər verir
ki, bu barədə Y-dən məlumat veriblər." (a plural active with an ablative); "“Q” deyə, məlumatda
qeyd olunub." (a comma after "deyə"); "X xəbər verir ki, bu barədə Y-in yaydığı açıqlamada
vurğulanır." and "Qeyd olunur ki, …"; "Y təəssüflə bildirir ki, …"; the border service's press
centre in the genitive and ablative ("DSX-nin Mətbuat Mərkəzindən", "Dövlət Sərhəd Xidmətinin
Mətbuat Mərkəzindən X-ə verilən məlumata görə"); "X xəbər verir ki, bu barədə “Y” material
hazırlayıb." (a broadcaster as the speaker); "Telekanalın müxbiri C-dığını qeyd edib"; "bunu X …
sualını şərh edərkən bildirib"; "Bu fikirləri X-a hərbi ekspert Y deyib." and "Ekspert bildirir
ki, …"; a title before a name after "jurnalistlərə açıqlamasında"; "Baş prokuror deyib ki"; "bu
barədə X-in bəyanatında bildirilib" with an agency cited; "Y “Z”a istinadən xəbər verir ki,
hökumət rəhbəri bunu … deyib" after a statement already attributed (its relay is labelled,
though the rules cannot add it to a statement already taken); "Y-in “Z”yə istinadən verdiyi
xəbərə görə, X … təkzib edib"; "X C-dığını da bildirib: “Q”" (two statements).
"""

from demo.extraction_set import Article, SourceSpec, Statement


def _paragraphs(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


SOURCES: tuple[SourceSpec, ...] = (
    # Publishers (invented).
    SourceSpec("cinar-xeber", "Çinar Xəbər", "outlet", "AZ"),
    SourceSpec("lenkeran-press", "Lənkəran Press", "outlet", "AZ"),
    SourceSpec("agsu-media", "Ağsu Media", "outlet", "AZ"),
    SourceSpec("sheki-xeber", "Şəki Xəbər", "outlet", "AZ"),
    SourceSpec("naxcivan-seher", "Naxçıvan Səhər", "outlet", "AZ"),
    SourceSpec("sumqayit-press", "Sumqayıt Press", "outlet", "AZ"),
    SourceSpec(
        "qebele-xeber",
        "Qəbələ Xəbər Agentliyi",
        "news_agency",
        "AZ",
        short_name="Qəbələ Xəbər",
        aliases=("Qəbələ Xəbər",),
    ),
    SourceSpec("quba-press", "Quba Press", "outlet", "AZ"),
    SourceSpec("zaqatala-xeber", "Zaqatala Xəbər", "outlet", "AZ"),
    SourceSpec("goranboy-media", "Goranboy Media", "outlet", "AZ"),
    SourceSpec("beylagan-xeber", "Beyləqan Xəbər", "outlet", "AZ"),
    SourceSpec("naftalan-press", "Naftalan Press", "outlet", "AZ"),
    # A real agency the registry does not hold.
    SourceSpec(
        "nuhcixan",
        "NUHÇIXAN İnformasiya Agentliyi",
        "news_agency",
        "AZ",
        short_name="NUHÇIXAN",
    ),
    # A real body the registry does not hold.
    SourceSpec(
        "az-prosecutor",
        "Prosecutor General's Office of Azerbaijan",
        "government_body",
        "AZ",
        aliases=("Baş Prokurorluq", "Azərbaycan Respublikasının Baş Prokurorluğu"),
    ),
    # A real broadcaster the registry does not hold.
    SourceSpec("trt-haber", "TRT Haber", "outlet", "TR", aliases=("“TRT Haber”",)),
    # Speakers the desk does not have yet: a real spokeswoman, an invented expert.
    SourceSpec(
        "abdullayeva",
        "Leyla Abdullayeva",
        "official",
        "AZ",
        aliases=("L.Abdullayeva", "Abdullayeva"),
        known=False,
    ),
    SourceSpec(
        "kamran-aliyev",
        "Kamran Əliyev",
        "official",
        "AZ",
        aliases=("K.Əliyev",),
        known=False,
    ),
    SourceSpec(
        "mustafazade",
        "Vüqar Mustafazadə",
        "other",
        "AZ",
        aliases=("V.Mustafazadə",),
        known=False,
    ),
)

ARTICLES: tuple[Article, ...] = (
    Article(
        key="r2-az-denial-site",
        publisher="cinar-xeber",
        style="news site",
        title="MN: “Ağdərə istiqamətində atəş açılması barədə məlumat yalandır”",
        text=_paragraphs(
            "Erməni mətbuatında Silahlı Qüvvələrimizin Ağdərə istiqamətində mülki obyektləri "
            "atəşə tutması barədə yayılan xəbərlərin heç bir əsası yoxdur.",
            "Bu barədə Çinar Xəbər-ə Azərbaycan Müdafiə Nazirliyindən bildirilib.",
            "“Qarşı tərəfin növbəti uydurmasını qəti şəkildə təkzib edirik. Bölmələrimiz yaşayış "
            "məntəqələrini hədəf almır”, – nazirlikdən qeyd olunub.",
            "Nazirlik həmçinin bildirib ki, həmin gecə bölgədə heç bir döyüş əməliyyatı "
            "aparılmayıb.",
            "Qeyd edək ki, erməni KİV-ləri bu barədə səhər saatlarında məlumat yaymışdı.",
            "Müəllif: Cavid Əhmədli",
        ),
        statements=(
            # attributed by the next paragraph, the publisher told
            Statement(
                span=(
                    "Erməni mətbuatında Silahlı Qüvvələrimizin Ağdərə istiqamətində mülki "
                    "obyektləri atəşə tutması barədə yayılan xəbərlərin heç bir əsası yoxdur"
                ),
                speaker="az-mod",
            ),
            # "“Q”, – nazirlikdən qeyd olunub": the ablative before a passive
            Statement(
                span=(
                    "Qarşı tərəfin növbəti uydurmasını qəti şəkildə təkzib edirik. Bölmələrimiz "
                    "yaşayış məntəqələrini hədəf almır"
                ),
                speaker="az-mod",
            ),
            Statement(
                span="həmin gecə bölgədə heç bir döyüş əməliyyatı aparılmayıb",
                speaker="az-mod",
            ),
        ),
        language="az",
        modelled_on="Newscenter.az and Azinformasiya.az",
    ),
    Article(
        key="r2-az-pastures-site",
        publisher="lenkeran-press",
        style="news site",
        title="Müdafiə Nazirliyi otlaqların yandırılması barədə xəbəri yalanladı",
        text=_paragraphs(
            "Ermənistan mətbuatında Azərbaycan hərbçilərinin Gədəbəy yaxınlığında biçənəkləri "
            "qəsdən yandırması barədə yayılan məlumatlar böhtandır.",
            "Lənkəran Press xəbər verir ki, bu barədə Müdafiə Nazirliyindən məlumat veriblər.",
            "“Bu cür iddiaların Azərbaycan Ordusu ilə heç bir əlaqəsi yoxdur” deyə, məlumatda "
            "qeyd olunub.",
            "Yanğının səbəbləri hələ məlum deyil.",
            "Ermənistan Müdafiə Nazirliyi isə Azərbaycan hərbçilərini yanğını törətməkdə "
            "günahlandırıb.",
        ),
        statements=(
            # attributed by "bu barədə Y-dən məlumat veriblər"
            Statement(
                span=(
                    "Ermənistan mətbuatında Azərbaycan hərbçilərinin Gədəbəy yaxınlığında "
                    "biçənəkləri qəsdən yandırması barədə yayılan məlumatlar böhtandır"
                ),
                speaker="az-mod",
            ),
            # "“Q” deyə, məlumatda qeyd olunub"
            Statement(
                span="Bu cür iddiaların Azərbaycan Ordusu ilə heç bir əlaqəsi yoxdur",
                speaker="az-mod",
            ),
            Statement(
                span="Azərbaycan hərbçilərini yanğını törətməkdə günahlandırıb",
                speaker="am-mod",
            ),
        ),
        language="az",
        modelled_on="Yeniavropa.az and Repost.az",
    ),
    Article(
        key="r2-az-russian-ministry-site",
        publisher="agsu-media",
        style="news site",
        title="MN: Rusiya Müdafiə Nazirliyinin açıqlaması həqiqətə uyğun deyil",
        text=_paragraphs(
            "Azərbaycan hərbçiləri arasında itki yoxdur.",
            "Trend xəbər verir ki, bu barədə Müdafiə Nazirliyinin bazar günü yaydığı "
            "açıqlamada vurğulanır.",
            "Qeyd olunur ki, Rusiya Müdafiə Nazirliyinin bülletenində bölmələrimizin geri "
            "çəkilməsi barədə deyilənlər həqiqəti əks etdirmir.",
            "“Azərbaycan Respublikası Müdafiə Nazirliyi təəssüflə bildirir ki, Rusiya "
            "tərəfinin açıqlamasında qeyd olunan məqamlar reallığa uyğun deyil. Ordumuz "
            "əməliyyat şəraitinə tam nəzarət edir”, – açıqlamada bildirilir.",
            "Rusiya Müdafiə Nazirliyi isə bülletendə Azərbaycan bölmələrinin sülhməramlıların "
            "məsuliyyət zonasına daxil olduğunu bildirmişdi.",
            "Teqlər: MN, Rusiya, sülhməramlılar",
        ),
        statements=(
            # the lead, attributed by the next paragraph: an agency and a statement's passive
            Statement(
                span="Azərbaycan hərbçiləri arasında itki yoxdur",
                speaker="az-mod",
                relays=("trend",),
            ),
            # "Qeyd olunur ki" continues it
            Statement(
                span=(
                    "Rusiya Müdafiə Nazirliyinin bülletenində bölmələrimizin geri çəkilməsi "
                    "barədə deyilənlər həqiqəti əks etdirmir"
                ),
                speaker="az-mod",
                relays=("trend",),
            ),
            # a quotation whose own "təəssüflə bildirir ki" is inside it
            Statement(
                span=(
                    "Azərbaycan Respublikası Müdafiə Nazirliyi təəssüflə bildirir ki, Rusiya "
                    "tərəfinin açıqlamasında qeyd olunan məqamlar reallığa uyğun deyil. Ordumuz "
                    "əməliyyat şəraitinə tam nəzarət edir"
                ),
                speaker="az-mod",
                relays=("trend",),
            ),
            # content made a noun, pluperfect
            Statement(
                span=(
                    "Azərbaycan bölmələrinin sülhməramlıların məsuliyyət zonasına daxil olduğunu"
                ),
                speaker="ru-mod",
            ),
        ),
        language="az",
        modelled_on="Azertimes.az (Trend)",
    ),
    Article(
        key="r2-az-border-service-site",
        publisher="sheki-xeber",
        style="news site",
        title="Dövlət sərhədini pozmağa cəhd edən şəxslər saxlanılıb",
        text=_paragraphs(
            "Dövlət sərhədinin mühafizəsi üzrə tədbirlər davam etdirilir.",
            "Dövlət Sərhəd Xidmətinin Mətbuat Mərkəzindən Şəki Xəbər-ə verilən məlumata görə, "
            "noyabrın 3-də “Astara” sərhəd dəstəsinin xidməti ərazisində sərhədi qanunsuz "
            "keçməyə cəhd edən iki əcnəbi saxlanılıb.",
            "Araşdırma zamanı saxlanılan şəxslərin Avropaya keçmək niyyətində olduqları "
            "müəyyən edilib.",
            "Bu barədə həmçinin DSX-nin Mətbuat Mərkəzindən məlumat verilib.",
            "Bildirilib ki, fakt üzrə əməliyyat-istintaq tədbirləri davam etdirilir.",
        ),
        statements=(
            # "Y-in Mətbuat Mərkəzindən X-ə verilən məlumata görə, C"
            Statement(
                span=(
                    "noyabrın 3-də “Astara” sərhəd dəstəsinin xidməti ərazisində sərhədi "
                    "qanunsuz keçməyə cəhd edən iki əcnəbi saxlanılıb"
                ),
                speaker="az-border",
            ),
            # attributed by the next paragraph, the service in the genitive and ablative
            Statement(
                span=(
                    "Araşdırma zamanı saxlanılan şəxslərin Avropaya keçmək niyyətində olduqları "
                    "müəyyən edilib"
                ),
                speaker="az-border",
            ),
            Statement(
                span="fakt üzrə əməliyyat-istintaq tədbirləri davam etdirilir",
                speaker="az-border",
            ),
        ),
        language="az",
        modelled_on="apa.tv and Metbuat.az",
    ),
    Article(
        key="r2-az-spokeswoman-site",
        publisher="naxcivan-seher",
        style="news site",
        title="XİN: “Sərhəd pozuntuları komandirlər arasında tənzimlənir”",
        text=_paragraphs(
            "“Azərbaycan ilə İran arasındakı sərhəd əməkdaşlıq sərhədidir. Sərhədçilər arasında "
            "təmaslar mütəmadi davam edir”.",
            "Naxçıvan Səhər xəbər verir ki, bunu Azərbaycan Xarici İşlər Nazirliyinin Mətbuat "
            "xidməti idarəsinin rəhbəri Leyla Abdullayeva jurnalistlərin sualını şərh edərkən "
            "bildirib.",
            "Leyla Abdullayeva qeyd edib ki, ayrı-ayrı sərhəd pozuntusu halları yerlərdəki "
            "komandirlərin birbaşa təmasları ilə həll olunur.",
            "XİN sözçüsünün sözlərinə görə, qonşu ölkənin sərhəd orqanlarının dünənki "
            "bəyanatının Azərbaycanla heç bir əlaqəsi yoxdur.",
            "Qeyd edək ki, bəyanat bazar ertəsi yayılıb.",
        ),
        statements=(
            # the lead, attributed by "bunu X … sualını şərh edərkən bildirib"
            Statement(
                span=(
                    "Azərbaycan ilə İran arasındakı sərhəd əməkdaşlıq sərhədidir. Sərhədçilər "
                    "arasında təmaslar mütəmadi davam edir"
                ),
                speaker="abdullayeva",
            ),
            Statement(
                span=(
                    "ayrı-ayrı sərhəd pozuntusu halları yerlərdəki komandirlərin birbaşa "
                    "təmasları ilə həll olunur"
                ),
                speaker="abdullayeva",
            ),
            # "XİN sözçüsünün sözlərinə görə"
            Statement(
                span=(
                    "qonşu ölkənin sərhəd orqanlarının dünənki bəyanatının Azərbaycanla heç bir "
                    "əlaqəsi yoxdur"
                ),
                speaker="abdullayeva",
            ),
        ),
        language="az",
        modelled_on="News24.az and Mia.az",
    ),
    Article(
        key="r2-az-broadcaster-report-site",
        publisher="sumqayit-press",
        style="news site",
        title="Erməni qüvvələri Ağdamdan çıxarkən meşələri yandırır",
        text=_paragraphs(
            "Ağdamı tərk etməli olan erməni silahlı dəstələri çıxmazdan əvvəl binaları və "
            "meşəlikləri yandırır.",
            "Sumqayıt Press xəbər verir ki, bu barədə “TRT Haber” material hazırlayıb.",
            "Telekanalın bölgədəki müxbiri erməni qüvvələrinin öz istifadə etdikləri binaları "
            "da yandırdığını qeyd edib.",
            "“Bu, ekoloji terrordur. Məğlubiyyətlə barışa bilməyən tərəf belə davranır”.",
            "Bu fikirləri Sumqayıt Press-ə hərbi ekspert Vüqar Mustafazadə deyib.",
            "Ekspert bildirir ki, yanğınlar beynəlxalq təşkilatlar tərəfindən "
            "sənədləşdirilməlidir.",
            "Ermənistan rəsmiləri bu barədə hələ açıqlama verməyiblər.",
        ),
        statements=(
            # attributed by the next paragraph: the broadcaster prepared the report
            Statement(
                span=(
                    "Ağdamı tərk etməli olan erməni silahlı dəstələri çıxmazdan əvvəl binaları "
                    "və meşəlikləri yandırır"
                ),
                speaker="trt-haber",
            ),
            # the broadcaster's correspondent: the broadcaster
            Statement(
                span="erməni qüvvələrinin öz istifadə etdikləri binaları da yandırdığını",
                speaker="trt-haber",
            ),
            # a quotation attributed by "Bu fikirləri X-a Y deyib."
            Statement(
                span="Bu, ekoloji terrordur. Məğlubiyyətlə barışa bilməyən tərəf belə davranır",
                speaker="mustafazade",
            ),
            # "Ekspert bildirir ki"
            Statement(
                span="yanğınlar beynəlxalq təşkilatlar tərəfindən sənədləşdirilməlidir",
                speaker="mustafazade",
            ),
        ),
        language="az",
        modelled_on="Rakus.az and Metbuat.az",
    ),
    Article(
        key="r2-az-prosecutor-agency",
        publisher="qebele-xeber",
        style="national agency",
        title="Baş prokuror: “Tərtərə raket zərbəsi ilə bağlı cinayət işi başlanıb”",
        text=_paragraphs(
            "“Ermənistan silahlı qüvvələrinin Tərtərə raket zərbəsi ilə bağlı cinayət işi "
            "başlanıb”.",
            "Qəbələ Xəbər bildirir ki, bunu cümə günü jurnalistlərə açıqlamasında Baş prokuror "
            "Kamran Əliyev deyib.",
            "O bildirib ki, hadisə ilə bağlı ümumilikdə 12 cinayət işi başlanılıb:",
            "“Onlardan doqquzu mülki əhaliyə qarşı törədilmiş cinayətlərlə bağlıdır. İstintaq "
            "davam edir”.",
            "Baş prokuror deyib ki, təqsirli şəxslərin bir qismi artıq müəyyən edilib.",
            "“Bu cinayətləri törədənlər məsuliyyətdən qaça bilməyəcək”, - deyə K.Əliyev qeyd edib.",
        ),
        statements=(
            # the lead, attributed by "bunu … jurnalistlərə açıqlamasında <title> X deyib"
            Statement(
                span=(
                    "Ermənistan silahlı qüvvələrinin Tərtərə raket zərbəsi ilə bağlı cinayət işi "
                    "başlanıb"
                ),
                speaker="kamran-aliyev",
            ),
            # reported speech ending with a colon, the quotation in a paragraph of its own
            Statement(
                span="hadisə ilə bağlı ümumilikdə 12 cinayət işi başlanılıb",
                speaker="kamran-aliyev",
            ),
            Statement(
                span=(
                    "Onlardan doqquzu mülki əhaliyə qarşı törədilmiş cinayətlərlə bağlıdır. "
                    "İstintaq davam edir"
                ),
                speaker="kamran-aliyev",
            ),
            # a title referring back: "Baş prokuror deyib ki"
            Statement(
                span="təqsirli şəxslərin bir qismi artıq müəyyən edilib",
                speaker="kamran-aliyev",
            ),
            # an initial and a surname another source's name shares
            Statement(
                span="Bu cinayətləri törədənlər məsuliyyətdən qaça bilməyəcək",
                speaker="kamran-aliyev",
            ),
        ),
        language="az",
        modelled_on="Trend, Yenigundem.az and Sherg.az",
    ),
    Article(
        key="r2-az-prosecutor-statement-site",
        publisher="quba-press",
        style="news site",
        title="Gədəbəyin atəşə tutulması ilə bağlı cinayət işləri başlanıb",
        text=_paragraphs(
            "Gədəbəyin atəşə tutulması ilə əlaqədar Baş Prokurorluqda iki cinayət işi başlanıb.",
            "Quba Press APA-ya istinadən xəbər verir ki, bu barədə Baş Prokurorluğun "
            "bəyanatında bildirilib.",
            "Qeyd olunub ki, təqsirli şəxslərin müəyyən edilməsi üçün bütün tədbirlər görülür.",
            "Baş Prokurorluğun Mətbuat xidmətindən Quba Press-ə verilən məlumata görə, hadisə "
            "nəticəsində iki mülki şəxs yaralanıb.",
            "Ermənistan tərəfi hadisəyə münasibət bildirməyib.",
        ),
        statements=(
            # attributed by the next paragraph: an agency cited, a statement's passive
            Statement(
                span=(
                    "Gədəbəyin atəşə tutulması ilə əlaqədar Baş Prokurorluqda iki cinayət işi "
                    "başlanıb"
                ),
                speaker="az-prosecutor",
                relays=("apa",),
            ),
            Statement(
                span="təqsirli şəxslərin müəyyən edilməsi üçün bütün tədbirlər görülür",
                speaker="az-prosecutor",
                relays=("apa",),
            ),
            # the body's press service in the ablative, the publisher told
            Statement(
                span="hadisə nəticəsində iki mülki şəxs yaralanıb",
                speaker="az-prosecutor",
            ),
        ),
        language="az",
        modelled_on="Vertikal.az (APA) and Metbuat.az",
    ),
    Article(
        key="r2-az-congress-relay-site",
        publisher="zaqatala-xeber",
        style="news site",
        title="Paşinyan: “Sülhməramlıların mandatının uzadılmasına hazırıq”",
        text=_paragraphs(
            "Ermənistanın baş naziri Nikol Paşinyan bildirib ki, müharibənin nəticələri onun "
            "hökuməti üçün ən ağır problem olaraq qalır.",
            "Zaqatala Xəbər “Sputnik Ermənistan”a istinadən xəbər verir ki, hökumət rəhbəri "
            "bunu hakim partiyanın qurultayında deyib.",
            "“Biz danışıqlarda başqa yerlərdə verilən qərarları icra etmək məcburiyyətində "
            "qaldıq”, deyə Paşinyan bildirib.",
            "Paşinyan Rusiya sülhməramlılarının mandatının uzadılması barədə sənədi imzalamağa "
            "hazır olduğunu da bildirib: “Mən bu təklifi özüm də edə bilərəm”.",
            "Baş nazir etiraf edib ki, Ermənistanın yeni təhlükəsizlik strategiyasına ehtiyacı "
            "var.",
            "Qurultayda partiyanın yeni idarə heyəti seçilib.",
        ),
        statements=(
            # attributed by the next paragraph: "hökumət rəhbəri bunu … deyib", an agency cited
            Statement(
                span=("müharibənin nəticələri onun hökuməti üçün ən ağır problem olaraq qalır"),
                speaker="pashinyan",
                relays=("sputnik-am",),
            ),
            # a comma and "deyə" with no dash
            Statement(
                span=(
                    "Biz danışıqlarda başqa yerlərdə verilən qərarları icra etmək "
                    "məcburiyyətində qaldıq"
                ),
                speaker="pashinyan",
                relays=("sputnik-am",),
            ),
            # what he said made a noun, then a quotation after the verb and a colon: two
            Statement(
                span=(
                    "Rusiya sülhməramlılarının mandatının uzadılması barədə sənədi imzalamağa "
                    "hazır olduğunu"
                ),
                speaker="pashinyan",
                relays=("sputnik-am",),
            ),
            Statement(
                span="Mən bu təklifi özüm də edə bilərəm",
                speaker="pashinyan",
                relays=("sputnik-am",),
            ),
            # "Baş nazir etiraf edib ki"
            Statement(
                span="Ermənistanın yeni təhlükəsizlik strategiyasına ehtiyacı var",
                speaker="pashinyan",
                relays=("sputnik-am",),
            ),
        ),
        language="az",
        modelled_on="Milliyol.az",
    ),
    Article(
        key="r2-az-cabinet-denial-site",
        publisher="goranboy-media",
        style="news site",
        title="Ermənistan hökuməti istefa xəbərlərini təkzib edib",
        text=_paragraphs(
            "Ermənistan hökuməti baş nazirin istefa verəcəyi barədə yayılan xəbərlərə "
            "münasibət bildirib.",
            "Goranboy Media-nın “RİA Novosti”yə istinadən verdiyi xəbərə görə, Ermənistan "
            "hökuməti bu xəbərləri təkzib edib.",
            "Qeyd edək ki, bəzi erməni saytları istefanın bayram müraciətində elan ediləcəyini "
            "yazmışdı.",
            "Hökumətin mətbuat xidməti bildirib ki, baş nazir öz vəzifəsini icra etməyə davam "
            "edir.",
        ),
        statements=(
            # an agency cited by the publisher: "X-ın Y-yə istinadən verdiyi xəbərə görə"
            Statement(
                span="bu xəbərləri təkzib edib",
                speaker="am-gov",
                relays=("ria",),
            ),
            # the government's press service is the government: a follow-on, keeping the relay
            Statement(
                span="baş nazir öz vəzifəsini icra etməyə davam edir",
                speaker="am-gov",
                relays=("ria",),
            ),
        ),
        language="az",
        modelled_on="Metbuat.az (RİA Novosti)",
    ),
    Article(
        key="r2-az-nakhchivan-agency-site",
        publisher="beylagan-xeber",
        style="news site",
        title="MN: Ordumuzun Şərur istiqamətində atəş açması barədə məlumat yalandır",
        text=_paragraphs(
            "Ermənistan mətbuatında Azərbaycan Ordusunun bölmələrinin Şərur istiqamətində "
            "atəş açması barədə yayılan məlumatlar həqiqəti əks etdirmir.",
            "Bu barədə NUHÇIXAN İnformasiya Agentliyinə Müdafiə Nazirliyindən (MN) məlumat "
            "verilib.",
            "Nazirliyin Mətbuat xidmətindən Beyləqan Xəbər-ə verilən məlumata görə, həmin "
            "ərazidə bölmələrimiz planlı təlim keçirib.",
            "Nazirliyin mətbuat xidmətinin rəisi, polkovnik Vaqif Dərgahlı APA-ya açıqlamasında "
            "bildirib ki, bu barədə yayılan xəbərlər kökündən yalandır: “Təlim zamanı heç bir "
            "atəş açılmayıb”.",
            "Qeyd edək ki, Şərur istiqamətində sonuncu insident iyun ayında qeydə alınıb.",
        ),
        statements=(
            # attributed by the next paragraph: an agency told by its full name, the ministry's
            # ablative with its abbreviation in brackets
            Statement(
                span=(
                    "Ermənistan mətbuatında Azərbaycan Ordusunun bölmələrinin Şərur "
                    "istiqamətində atəş açması barədə yayılan məlumatlar həqiqəti əks etdirmir"
                ),
                speaker="az-mod",
                relays=("nuhcixan",),
            ),
            # "Nazirliyin Mətbuat xidmətindən X-ə verilən məlumata görə"
            Statement(
                span="həmin ərazidə bölmələrimiz planlı təlim keçirib",
                speaker="az-mod",
            ),
            # an agency told, the content running into a quotation: one statement
            Statement(
                span=(
                    "bu barədə yayılan xəbərlər kökündən yalandır: “Təlim zamanı heç bir atəş "
                    "açılmayıb"
                ),
                speaker="dargahli",
                relays=("apa",),
            ),
        ),
        language="az",
        modelled_on="Nuhcixan.az, Sabah.az and Unikal.org",
    ),
    Article(
        key="r2-az-ministry-declares-site",
        publisher="naftalan-press",
        style="news site",
        title="Müdafiə Nazirliyi bəyanat yayıb",
        text=_paragraphs(
            "Azərbaycan Müdafiə Nazirliyi (MN) cəbhə bölgəsindəki vəziyyətlə bağlı bəyanat yayıb.",
            "Bəyanatda bildirilir ki, qarşı tərəf təmas xəttində vəziyyəti gərginləşdirməyə "
            "yönəlmiş növbəti addım atır.",
            "Müdafiə Nazirliyi bəyan edir ki, mövqelərimizə yaxınlaşan istənilən uçuş vasitəsi "
            "dərhal zərərsizləşdiriləcək.",
            "Ermənistan Müdafiə Nazirliyi bəyanata hələ münasibət bildirməyib.",
        ),
        statements=(
            # "Bəyanatda bildirilir ki": the statement of the body that issued it
            Statement(
                span=(
                    "qarşı tərəf təmas xəttində vəziyyəti gərginləşdirməyə yönəlmiş növbəti "
                    "addım atır"
                ),
                speaker="az-mod",
            ),
            # "bəyan edir ki"
            Statement(
                span=(
                    "mövqelərimizə yaxınlaşan istənilən uçuş vasitəsi dərhal zərərsizləşdiriləcək"
                ),
                speaker="az-mod",
            ),
        ),
        language="az",
        modelled_on="Sputnik Azərbaycan",
    ),
    Article(
        key="r2-az-sputnik-dateline",
        publisher="sputnik-az",
        style="national agency",
        title="MN: Ermənistanın təlim uçuşları təxribatdır",
        text=_paragraphs(
            "BAKI, 12 oktyabr — Sputnik. Azərbaycan Müdafiə Nazirliyi (MN) təmas xəttindəki "
            "vəziyyətlə bağlı bəyanat yayıb. Sputnik Azərbaycan bu barədə MN-nin mətbuat "
            "xidmətinə istinadən xəbər verir.",
            "Bəyanatda bildirilir ki, Ermənistan tərəfi işğal olunmuş ərazilərdə hərbi "
            "aviasiyanın iştirakı ilə təlimlər keçirir.",
            "“Bu təxribatın bütün nəticələrinə görə məsuliyyət Ermənistanın hərbi-siyasi "
            "rəhbərliyinin üzərinə düşür”.",
            "Bu sözləri nazirliyin mətbuat xidmətinin rəisi, polkovnik Vaqif Dərgahlı Ermənistan "
            "Müdafiə Nazirliyinin iddialarını cavablandırarkən deyib.",
            "Ermənistan Müdafiə Nazirliyi isə təlimlərin planlı keçirildiyini bildirib.",
        ),
        statements=(
            # "Bəyanatda bildirilir ki": the statement the ministry issued
            Statement(
                span=(
                    "Ermənistan tərəfi işğal olunmuş ərazilərdə hərbi aviasiyanın iştirakı ilə "
                    "təlimlər keçirir"
                ),
                speaker="az-mod",
            ),
            # attributed by the next paragraph: a title, and the body answered after the name
            Statement(
                span=(
                    "Bu təxribatın bütün nəticələrinə görə məsuliyyət Ermənistanın "
                    "hərbi-siyasi rəhbərliyinin üzərinə düşür"
                ),
                speaker="dargahli",
            ),
            # content made a noun, another speaker
            Statement(span="təlimlərin planlı keçirildiyini", speaker="am-mod"),
        ),
        language="az",
        modelled_on="Sputnik Azərbaycan and Aktual.az",
    ),
)
