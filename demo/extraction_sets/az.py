"""The Azerbaijani development set: fourteen short articles in the ways Azerbaijani outlets write
(two of them, of news sites, in ``_az_sites``).

The articles follow the copy of APA, Trend, AZERTAC, Report.az, 1news.az and Oxu.az and the
releases of the Azerbaijani defence and foreign ministries, 2020-2023. Their institutions and
officials are real and appear in their real roles; the incidents, the numbers, what anyone is
said to have said and the minor people are written for Parallax.

They are labelled by the rulebook of ``demo.extraction_set``. Azerbaijani puts the verb last,
so three of its rules read as follows here.

- Reported speech with "ki" ("X bildirib ki, C"): the span is C. When the content stands
  before the verb as a nominalised clause ("X C-dığını bildirib"), the span is that clause up
  to its nominalised verb ("hökumətin bu məsələdə gecikdiyini"), without the verb of saying.
- Verbs of accusing, denying, rejecting, blaming and condemning: the span is the predicate,
  from the first word of what is denied or of whom is accused to the verb and its auxiliary
  ("Azərbaycanı danışıqları ləngitməkdə ittiham etmişdi"); the speaker, the words between the
  speaker and the predicate ("həmçinin", "sosial şəbəkədəki paylaşımında") are outside it.
- A sentence that attributes the sentence before it ("Bunu X deyib.", "Bu barədə APA-ya X-dan
  bildirilib.", "Trend xəbər verir ki, bu sözləri X deyib.") makes that sentence, or the
  paragraph before it when it stands alone, the statement.

A publisher's own first-person voice ("Bildiririk ki, …", "Onu da xatırladırıq ki, …") and its
asides ("Qeyd edək ki, …", "Xatırladaq ki, …" with no speaker) are negatives, as is a verb of
saying without content ("açıqlama yayıb", "münasibət bildirməyib", "minnətdarlıqlarını
bildiriblər"). Speakers are written as real copy writes them: in the genitive and ablative
("Müdafiə Nazirliyinin", "Nazirliyindən"), with initials ("A.Hacızadə"), by surname alone, and
agencies with their case endings ("APA-ya", "“Armenpress”ə", "TASS-a").
"""

from demo.extraction_set import Article, SourceSpec, Statement

from ._az_sites import SITE_ARTICLES

SOURCES: tuple[SourceSpec, ...] = (
    # Publishers the starter registry does not have.
    SourceSpec("1news-az", "1news.az", "outlet", "AZ", aliases=("1news",)),
    SourceSpec("oxu-az", "Oxu.az", "outlet", "AZ"),
    # A real agency, in its real role.
    SourceSpec(
        "anama",
        "Mine Action Agency of the Republic of Azerbaijan",
        "government_body",
        "AZ",
        short_name="ANAMA",
        aliases=(
            "Azərbaycan Respublikasının Minatəmizləmə Agentliyi",
            "Minatəmizləmə Agentliyi",
        ),
    ),
    # Speakers the desk does not have yet: the finder should propose them.
    SourceSpec("memmedov", "Rəşad Məmmədov", "other", "AZ", known=False),
    SourceSpec("nagiyev", "Elvin Nağıyev", "official", "AZ", known=False),
    SourceSpec("sahakyan", "Qarik Sahakyan", "official", "AM", known=False),
    SourceSpec(
        "suleymanov", "Vüqar Süleymanov", "official", "AZ", aliases=("V.Süleymanov",), known=False
    ),
)

AGENCY_AND_MINISTRY_ARTICLES: tuple[Article, ...] = (
    Article(
        key="az-apa-gorus-denial",
        publisher="apa",
        style="national agency",
        language="az",
        modelled_on="APA",
        title="MN: Gorus istiqamətində atəş açılması barədə məlumat yalandır",
        text=(
            "Ermənistan Müdafiə Nazirliyinin Azərbaycan Ordusunun bölmələrinin oktyabrın 8-də "
            "Gorus istiqamətində guya atəş açması barədə yaydığı məlumat həqiqətə uyğun "
            "deyil.\n\n"
            "Bu barədə APA-ya Azərbaycan Müdafiə Nazirliyindən bildirilib.\n\n"
            '"Qarşı tərəfin mövqeləri istiqamətində heç bir atəş açılmayıb. Bölmələrimiz '
            'atəşkəs rejiminə ciddi şəkildə əməl edir", - deyə nazirlikdən bildirilib.\n\n'
            "Nazirlik həmçinin qeyd edib ki, sərhədin Laçın sahəsində vəziyyət sabitdir və "
            "bölmələrimizin nəzarəti altındadır.\n\n"
            "Qeyd edək ki, daha əvvəl Ermənistan Müdafiə Nazirliyinin mətbuat katibi Aram "
            'Torosyan "Armenpress"ə açıqlamasında iddia etmişdi ki, səhər saatlarında Gorus '
            "yaxınlığındakı mövqelərə atıcı silahlardan atəş açılıb. Onun sözlərinə görə, "
            "hadisə nəticəsində erməni tərəfində itki olmayıb.\n\n"
            "Ermənistan Müdafiə Nazirliyi həmçinin Azərbaycan tərəfini sərhəddə gərginliyi "
            "qəsdən artırmaqda ittiham edib.\n\n"
            "Son bir ay ərzində sərhədin bu sahəsində atəşkəsin pozulması ilə bağlı üç belə "
            "hadisə qeydə alınıb. Hər iki ölkənin sərhəd komissiyaları delimitasiya "
            "məsələlərini müzakirə etməkdə davam edir."
        ),
        statements=(
            # the next sentence attributes this one ("Bu barədə APA-ya X-dan bildirilib"); told
            # the publisher (no relay); ablative speaker
            Statement(
                span=(
                    "Ermənistan Müdafiə Nazirliyinin Azərbaycan Ordusunun bölmələrinin oktyabrın "
                    "8-də Gorus istiqamətində guya atəş açması barədə yaydığı məlumat həqiqətə "
                    "uyğun deyil"
                ),
                speaker="az-mod",
            ),
            # direct quote, attribution after ("…", - deyə X-dan bildirilib); quote of two
            # sentences; follow-on by an ablative description ("nazirlikdən")
            Statement(
                span=(
                    "Qarşı tərəfin mövqeləri istiqamətində heç bir atəş açılmayıb. Bölmələrimiz "
                    "atəşkəs rejiminə ciddi şəkildə əməl edir"
                ),
                speaker="az-mod",
            ),
            # reported speech with "ki"; follow-on ("Nazirlik həmçinin qeyd edib ki")
            Statement(
                span=(
                    "sərhədin Laçın sahəsində vəziyyət sabitdir və bölmələrimizin nəzarəti "
                    "altındadır"
                ),
                speaker="az-mod",
            ),
            # reported speech with "ki" after "Qeyd edək ki, daha əvvəl"; told an agency (relay);
            # pluperfect "iddia etmişdi"; speaker named with the ministry in the genitive
            Statement(
                span=(
                    "səhər saatlarında Gorus yaxınlığındakı mövqelərə atıcı silahlardan atəş açılıb"
                ),
                speaker="torosyan",
                relays=("armenpress",),
            ),
            # according to X ("Onun sözlərinə görə"); follow-on keeps the relay
            Statement(
                span="hadisə nəticəsində erməni tərəfində itki olmayıb",
                speaker="torosyan",
                relays=("armenpress",),
            ),
            # verb of accusing (the predicate); "ittiham edib"
            Statement(
                span="Azərbaycan tərəfini sərhəddə gərginliyi qəsdən artırmaqda ittiham edib",
                speaker="am-mod",
            ),
        ),
    ),
    Article(
        key="az-trend-bayramov-press",
        publisher="trend",
        style="national agency",
        language="az",
        modelled_on="Trend",
        title="Ceyhun Bayramov: Ermənistan sülh təkliflərinə cavabı gecikdirir",
        text=(
            "Bakı. Trend:\n\n"
            "Ermənistan sülh sazişi üzrə son təkliflərə cavabı yenidən gecikdirir.\n\n"
            "Trend xəbər verir ki, bunu Azərbaycanın xarici işlər naziri Ceyhun Bayramov "
            "aprelin 14-də Bakıda keçirilən birgə mətbuat konfransında deyib.\n\n"
            "Nazir qeyd edib ki, Azərbaycan tərəfi təkliflər paketini İrəvana üç həftə əvvəl "
            "təqdim edib: “Biz hələ də rəsmi cavab gözləyirik. Danışıqların irəliləməsi üçün "
            "hər iki tərəfin siyasi iradəsi vacibdir”.\n\n"
            "Onun sözlərinə görə, sərhədin delimitasiyası üzrə dövlət komissiyalarının növbəti "
            "iclası may ayında keçirilə bilər. Ceyhun Bayramov Bakının danışıqları müxtəlif "
            "beynəlxalq platformalarda davam etdirməyə hazır olduğunu da bildirib.\n\n"
            "Nazir Ermənistanın xarici işlər naziri Ararat Mirzoyanın son açıqlamalarına da "
            "toxunub.\n\n"
            "Xatırladaq ki, Ararat Mirzoyan ötən həftə İrəvanda jurnalistlərə bildirmişdi ki, "
            "Ermənistan sazişin mətni üzərində işi davam etdirməyə hazırdır.\n\n"
            "Trend “Sputnik Ermənistan”a istinadən xəbər verir ki, Ermənistan Təhlükəsizlik "
            "Şurasının katibi Armen Qriqoryan da bildirib ki, İrəvan cavabını “yaxın günlərdə” "
            "göndərəcək.\n\n"
            "Azərbaycan ilə Ermənistan arasında sülh sazişi üzrə danışıqlar 2022-ci ildən "
            "aparılır. Tərəflər sazişin layihəsinin bir neçə variantını mübadilə ediblər."
        ),
        statements=(
            # the next paragraph attributes this one ("Trend xəbər verir ki, bunu X deyib")
            Statement(
                span="Ermənistan sülh sazişi üzrə son təkliflərə cavabı yenidən gecikdirir",
                speaker="bayramov",
            ),
            # reported speech with "ki" running into a quote after a colon: one attribution;
            # follow-on ("Nazir"); the closing quotation mark at the end is dropped
            Statement(
                span=(
                    "Azərbaycan tərəfi təkliflər paketini İrəvana üç həftə əvvəl təqdim edib: “Biz "
                    "hələ də rəsmi cavab gözləyirik. Danışıqların irəliləməsi üçün hər iki tərəfin "
                    "siyasi iradəsi vacibdir"
                ),
                speaker="bayramov",
            ),
            # according to X ("Onun sözlərinə görə"); follow-on
            Statement(
                span=(
                    "sərhədin delimitasiyası üzrə dövlət komissiyalarının növbəti iclası may "
                    "ayında keçirilə bilər"
                ),
                speaker="bayramov",
            ),
            # nominalised content before the verb ("… hazır olduğunu da bildirib")
            Statement(
                span=(
                    "Bakının danışıqları müxtəlif beynəlxalq platformalarda davam etdirməyə hazır "
                    "olduğunu"
                ),
                speaker="bayramov",
            ),
            # reported speech with "ki" after "Xatırladaq ki,"; told an audience; pluperfect
            Statement(
                span="Ermənistan sazişin mətni üzərində işi davam etdirməyə hazırdır",
                speaker="mirzoyan",
            ),
            # publisher citing an agency ("Y-a istinadən xəbər verir ki, X bildirib ki"); partial
            # quote in reported speech; speaker named with the council in the genitive
            Statement(
                span="İrəvan cavabını “yaxın günlərdə” göndərəcək",
                speaker="grigoryan",
                relays=("sputnik-am",),
            ),
        ),
    ),
    Article(
        key="az-azertac-lachin-visit",
        publisher="azertac",
        style="national agency",
        language="az",
        modelled_on="AZERTAC",
        title="Prezident İlham Əliyev Laçın sakinləri ilə görüşüb",
        text=(
            "Laçın, 26 may, AZƏRTAC\n\n"
            "“Laçın şəhərində bərpa işləri bu ilin sonunadək əsasən başa çatdırılacaq”.\n\n"
            "AZƏRTAC xəbər verir ki, bu sözləri Prezident İlham Əliyev mayın 26-da Laçın "
            "şəhərinə qayıdan sakinlərlə görüşündə deyib.\n\n"
            "Dövlətimizin başçısı bildirib ki, rayonun Zabux və Sus kəndlərinə ilk ailələrin "
            "köçürülməsi gələn il nəzərdə tutulur.\n\n"
            "“Torpaqlarımız minalardan təmizlənmədən insanların təhlükəsiz qayıdışını təmin "
            "etmək mümkün deyil. Bu iş uzun çəkir, amma biz onu ardıcıl aparırıq”, – deyə "
            "Prezident vurğulayıb.\n\n"
            "İlham Əliyev qeyd edib ki, sülh sazişinin imzalanması üçün Ermənistan Azərbaycanın "
            "ərazi bütövlüyünü sözdə deyil, əməldə tanımalıdır. Prezidentin sözlərinə görə, "
            "Laçın rayonunda bu il 300-dən çox yeni ev istifadəyə veriləcək.\n\n"
            "Görüşdə sakinlərin məşğulluğu və yeni məktəbin açılışı da müzakirə olunub. Laçın "
            "sakini Rəşad Məmmədov jurnalistlərə deyib ki, ailəsi 30 ildən sonra doğma şəhərinə "
            "ilk dəfə qayıdıb. Sakinlər yaradılan şəraitə görə minnətdarlıqlarını bildiriblər.\n\n"
            "Laçın şəhəri 2022-ci il avqustun 26-da Azərbaycanın nəzarətinə qaytarılıb."
        ),
        statements=(
            # a quotation the next paragraph attributes ("AZƏRTAC xəbər verir ki, bu sözləri X
            # deyib")
            Statement(
                span="Laçın şəhərində bərpa işləri bu ilin sonunadək əsasən başa çatdırılacaq",
                speaker="aliyev",
            ),
            # reported speech with "ki"; follow-on by a description ("Dövlətimizin başçısı")
            Statement(
                span=(
                    "rayonun Zabux və Sus kəndlərinə ilk ailələrin köçürülməsi gələn il nəzərdə "
                    "tutulur"
                ),
                speaker="aliyev",
            ),
            # direct quote, attribution after ("…”, – deyə Prezident vurğulayıb"); two sentences
            Statement(
                span=(
                    "Torpaqlarımız minalardan təmizlənmədən insanların təhlükəsiz qayıdışını "
                    "təmin etmək mümkün deyil. Bu iş uzun çəkir, amma biz onu ardıcıl aparırıq"
                ),
                speaker="aliyev",
            ),
            # reported speech with "ki"
            Statement(
                span=(
                    "sülh sazişinin imzalanması üçün Ermənistan Azərbaycanın ərazi bütövlüyünü "
                    "sözdə deyil, əməldə tanımalıdır"
                ),
                speaker="aliyev",
            ),
            # according to X, a description in the genitive ("Prezidentin sözlərinə görə")
            Statement(
                span="Laçın rayonunda bu il 300-dən çox yeni ev istifadəyə veriləcək",
                speaker="aliyev",
            ),
            # told an audience; speaker not known to the desk
            Statement(
                span="ailəsi 30 ildən sonra doğma şəhərinə ilk dəfə qayıdıb",
                speaker="memmedov",
            ),
        ),
    ),
    Article(
        key="az-report-hajizada-post",
        publisher="report-az",
        style="national agency",
        language="az",
        modelled_on="Report.az",
        title="Ayxan Hacızadə Ermənistan XİN-in bəyanatına cavab verib",
        text=(
            "Ermənistan Xarici İşlər Nazirliyinin sülh prosesi ilə bağlı son bəyanatı "
            "danışıqların real vəziyyətini əks etdirmir.\n\n"
            '"Report" xəbər verir ki, bunu Azərbaycan XİN-in Mətbuat xidməti idarəsinin rəisi '
            "Ayxan Hacızadə Twitter hesabında yazıb.\n\n"
            "A.Hacızadə qeyd edib ki, Azərbaycan sazişin layihəsi ilə bağlı öz təkliflərini "
            "hələ fevralda Ermənistan tərəfinə göndərib və cavab gözləyir.\n\n"
            '"Konstruktiv danışıqlar əvəzinə ictimaiyyəti çaşdıran bəyanatlar yaymaq sülh '
            'gündəliyinə xidmət etmir", - deyə XİN rəsmisi əlavə edib. Hacızadənin fikrincə, '
            "İrəvan bu cür bəyanatlarla daxili auditoriyaya müraciət edir.\n\n"
            "Qeyd edək ki, martın 20-də Ermənistan Xarici İşlər Nazirliyi Azərbaycanı "
            "danışıqları ləngitməkdə ittiham etmişdi.\n\n"
            '"Armenpress"in yaydığı məlumata görə, Ermənistan XİN-in mətbuat katibi Ani '
            "Badalyan Azadlıq Radiosunun erməni xidmətinə bildirib ki, İrəvan Bakının son "
            "təkliflərini diqqətlə öyrənir.\n\n"
            "Tərəflərin nümayəndələri arasında sonuncu görüş fevral ayında keçirilib. Növbəti "
            "görüşün vaxtı hələ açıqlanmayıb."
        ),
        statements=(
            # the next paragraph attributes this one ("bunu X Twitter hesabında yazıb"); a post
            # on social media; the person named with the ministry in the genitive
            Statement(
                span=(
                    "Ermənistan Xarici İşlər Nazirliyinin sülh prosesi ilə bağlı son bəyanatı "
                    "danışıqların real vəziyyətini əks etdirmir"
                ),
                speaker="hajizada",
            ),
            # reported speech with "ki"; speaker by initial and surname ("A.Hacızadə")
            Statement(
                span=(
                    "Azərbaycan sazişin layihəsi ilə bağlı öz təkliflərini hələ fevralda "
                    "Ermənistan tərəfinə göndərib və cavab gözləyir"
                ),
                speaker="hajizada",
            ),
            # direct quote, attribution after; follow-on by a description ("XİN rəsmisi")
            Statement(
                span=(
                    "Konstruktiv danışıqlar əvəzinə ictimaiyyəti çaşdıran bəyanatlar yaymaq sülh "
                    "gündəliyinə xidmət etmir"
                ),
                speaker="hajizada",
            ),
            # according to X ("X-nin fikrincə"); surname in the genitive
            Statement(
                span="İrəvan bu cür bəyanatlarla daxili auditoriyaya müraciət edir",
                speaker="hajizada",
            ),
            # verb of accusing (the predicate); pluperfect "ittiham etmişdi"
            Statement(
                span="Azərbaycanı danışıqları ləngitməkdə ittiham etmişdi",
                speaker="am-mfa",
            ),
            # according to an agency ("Y-in yaydığı məlumata görə"), inner attribution; told a
            # radio's service (relay): two relays
            Statement(
                span="İrəvan Bakının son təkliflərini diqqətlə öyrənir",
                speaker="badalyan",
                relays=("rferl", "armenpress"),
            ),
        ),
    ),
    Article(
        key="az-mod-kalbajar-release",
        publisher="az-mod",
        style="ministry statement",
        language="az",
        modelled_on="Ministry of Defence of Azerbaijan",
        title="Ermənistan silahlı qüvvələri Kəlbəcər istiqamətində mövqelərimizi atəşə tutub",
        text=(
            "Noyabrın 16-sı saat 21:10-dan 22:05-dək Ermənistan silahlı qüvvələrinin bölmələri "
            "Basarkeçər rayonunun Zod kəndi yaxınlığındakı mövqelərdən Kəlbəcər rayonu "
            "ərazisində yerləşən bölmələrimizin mövqelərini iriçaplı pulemyotlardan atəşə "
            "tutublar.\n\n"
            "Bölmələrimiz tərəfindən müvafiq cavab tədbirləri görülüb. Şəxsi heyət arasında itki "
            "yoxdur.\n\n"
            "Ermənistan Müdafiə Nazirliyinin məlumatına görə, atəş nəticəsində erməni "
            "hərbçilərindən biri yüngül yaralanıb. Ermənistan Müdafiə Nazirliyinin mətbuat "
            "katibi Aram Torosyan sosial şəbəkədəki paylaşımında Azərbaycan tərəfini atəşkəsi "
            "pozmaqda günahlandırıb.\n\n"
            "Azərbaycan Respublikasının Müdafiə Nazirliyi Ermənistan tərəfinin atəşi Azərbaycan "
            "bölmələrinin başlatması barədə iddialarını qətiyyətlə təkzib edir. Bildiririk ki, "
            "bölmələrimiz atəşkəs rejiminə əməl edir və yalnız cavab atəşi açıb.\n\n"
            "Nazirlik bəyan edir ki, baş vermiş təxribata görə bütün məsuliyyət Ermənistanın "
            "hərbi-siyasi rəhbərliyinin üzərinə düşür. Müdafiə Nazirliyi həmçinin xatırladır ki, "
            "Azərbaycan Ordusunun bölmələri mülki obyektləri hədəfə almır.\n\n"
            "Hazırda sərhədin bu sahəsində nisbi sakitlik hökm sürür. Ermənistan Müdafiə "
            "Nazirliyi hadisə ilə bağlı gecə saatlarında da açıqlama yayıb."
        ),
        statements=(
            # according to X, first ("X-nin məlumatına görə"); the other side's ministry
            Statement(
                span="atəş nəticəsində erməni hərbçilərindən biri yüngül yaralanıb",
                speaker="am-mod",
            ),
            # verb of blaming (the predicate) after "in a post on social media"
            Statement(
                span="Azərbaycan tərəfini atəşkəsi pozmaqda günahlandırıb",
                speaker="torosyan",
            ),
            # the publisher names itself; verb of denying (the predicate); "təkzib edir"
            Statement(
                span=(
                    "Ermənistan tərəfinin atəşi Azərbaycan bölmələrinin başlatması barədə "
                    "iddialarını qətiyyətlə təkzib edir"
                ),
                speaker="az-mod",
            ),
            # reported speech with "ki"; follow-on by a description ("Nazirlik"); "bəyan edir"
            Statement(
                span=(
                    "baş vermiş təxribata görə bütün məsuliyyət Ermənistanın hərbi-siyasi "
                    "rəhbərliyinin üzərinə düşür"
                ),
                speaker="az-mod",
            ),
            # reported speech with "ki"; follow-on by the bare name of the publisher's ministry
            # ("Müdafiə Nazirliyi"); "xatırladır"
            Statement(
                span="Azərbaycan Ordusunun bölmələri mülki obyektləri hədəfə almır",
                speaker="az-mod",
            ),
        ),
    ),
    Article(
        key="az-mfa-grigoryan-comment",
        publisher="az-mfa",
        style="ministry statement",
        language="az",
        modelled_on="Ministry of Foreign Affairs of Azerbaijan",
        title="Ermənistan Təhlükəsizlik Şurasının katibinin iddialarına dair",
        text=(
            "Ermənistan Təhlükəsizlik Şurasının katibi Armen Qriqoryan iyunun 2-də yerli "
            "telekanala müsahibəsində iddia edib ki, Azərbaycan bölmələri sərhədin bir neçə "
            "sahəsində Ermənistan ərazisinə doğru irəliləyib.\n\n"
            "Azərbaycan Respublikasının Xarici İşlər Nazirliyi bu iddiaları qətiyyətlə rədd "
            "edir.\n\n"
            "Azərbaycan Respublikasının Dövlət Sərhəd Xidmətinin məlumatına görə, sərhədin qeyd "
            "olunan sahələrində "
            "Azərbaycan bölmələri 2021-ci ildən bəri eyni mövqelərdə yerləşir və heç bir yeni "
            "mövqe qurulmayıb.\n\n"
            "Nazirliyin Mətbuat xidməti idarəsinin rəisi Ayxan Hacızadə bildirib: “Ermənistan "
            "rəsmiləri sülh danışıqlarının həssas mərhələsində belə bəyanatlarla süni gərginlik "
            "yaratmağa çalışırlar. Bu yanaşma normallaşma prosesinə zərər vurur”.\n\n"
            "Xarici İşlər Nazirliyi həmçinin qeyd edir ki, Azərbaycan sərhəd məsələlərini "
            "dövlət komissiyaları çərçivəsində müzakirə etməyə hazırdır.\n\n"
            "Onu da xatırladırıq ki, komissiyaların sonuncu iclası may ayında keçirilib. "
            "Ermənistan hökuməti məsələ ilə bağlı hələlik münasibət bildirməyib.\n\n"
            "Bakı, 3 iyun 2023-cü il"
        ),
        statements=(
            # reported speech with "ki" after an interview with an unnamed channel (no relay);
            # "iddia edib"; the council in the genitive
            Statement(
                span=(
                    "Azərbaycan bölmələri sərhədin bir neçə sahəsində Ermənistan ərazisinə doğru "
                    "irəliləyib"
                ),
                speaker="grigoryan",
            ),
            # the publisher names itself; verb of rejecting (the predicate); "rədd edir"
            Statement(
                span="bu iddiaları qətiyyətlə rədd edir",
                speaker="az-mfa",
            ),
            # according to X, first ("X-nin məlumatına görə")
            Statement(
                span=(
                    "sərhədin qeyd olunan sahələrində Azərbaycan bölmələri 2021-ci ildən bəri "
                    "eyni mövqelərdə yerləşir və heç bir yeni mövqe qurulmayıb"
                ),
                speaker="az-border",
            ),
            # direct quote after a colon ("X bildirib: “…”"); two sentences; spokesman of the
            # publisher
            Statement(
                span=(
                    "Ermənistan rəsmiləri sülh danışıqlarının həssas mərhələsində belə "
                    "bəyanatlarla süni gərginlik yaratmağa çalışırlar. Bu yanaşma normallaşma "
                    "prosesinə zərər vurur"
                ),
                speaker="hajizada",
            ),
            # the publisher names itself; reported speech with "ki"; "qeyd edir"
            Statement(
                span=(
                    "Azərbaycan sərhəd məsələlərini dövlət komissiyaları çərçivəsində müzakirə "
                    "etməyə hazırdır"
                ),
                speaker="az-mfa",
            ),
        ),
    ),
    Article(
        key="az-1news-dargahli-khojavend",
        publisher="1news-az",
        style="news site",
        language="az",
        modelled_on="1news.az",
        title="MN: Xocavənd istiqamətində yaşayış məntəqələri atəşə tutulmayıb",
        text=(
            "“Bölmələrimiz Xocavənd istiqamətində heç bir yaşayış məntəqəsini atəşə "
            "tutmayıb”.\n\n"
            "1news.az-ın verdiyi xəbərə görə, bu sözləri Müdafiə Nazirliyinin Mətbuat "
            "xidmətinin rəisi, polkovnik Vaqif Dərgahlı deyib.\n\n"
            "O bildirib ki, erməni mətbuatında yayılan videogörüntülər başqa əraziyə və başqa "
            "tarixə aiddir: “Bu, növbəti dezinformasiya cəhdidir. Görüntülərin Xocavəndlə heç "
            "bir əlaqəsi yoxdur”.\n\n"
            "“Bölmələrimiz atəşkəs rejiminə əməl edir və təxribatlara yol vermir”, – deyə "
            "V.Dərgahlı vurğulayıb.\n\n"
            "Qeyd edək ki, bundan əvvəl Ermənistan Müdafiə Nazirliyi Azərbaycan Ordusunu "
            "Xocavənd rayonundakı kəndləri atəşə tutmaqda ittiham etmişdi.\n\n"
            "Rusiya sülhməramlıları da hadisə ilə bağlı məlumat yayıb. “RİA Novosti” agentliyi "
            "Rusiya sülhməramlı kontingentinin komandanlığına istinadən xəbər verir ki, Xocavənd "
            "ərazisindəki müşahidə postları ötən gecə atəş səsləri qeydə almayıb.\n\n"
            "Ermənistan ombudsmanı isə bəyanatında iddia edib ki, atəş nəticəsində kəndlərdən "
            "birində iki ev zədələnib.\n\n"
            "Xocavənd rayonunun bir hissəsi 2020-ci il noyabrın 10-dan Rusiya sülhməramlılarının "
            "müvəqqəti nəzarəti altındadır."
        ),
        statements=(
            # a quotation the next paragraph attributes ("X-ın verdiyi xəbərə görə, bu sözləri Y
            # deyib"); the ministry in the genitive before its spokesman
            Statement(
                span=(
                    "Bölmələrimiz Xocavənd istiqamətində heç bir yaşayış məntəqəsini atəşə tutmayıb"
                ),
                speaker="dargahli",
            ),
            # reported speech with "ki" running into a quote after a colon; follow-on ("O")
            Statement(
                span=(
                    "erməni mətbuatında yayılan videogörüntülər başqa əraziyə və başqa tarixə "
                    "aiddir: “Bu, növbəti dezinformasiya cəhdidir. Görüntülərin Xocavəndlə heç bir "
                    "əlaqəsi yoxdur"
                ),
                speaker="dargahli",
            ),
            # direct quote, attribution after; speaker by initial and surname ("V.Dərgahlı")
            Statement(
                span="Bölmələrimiz atəşkəs rejiminə əməl edir və təxribatlara yol vermir",
                speaker="dargahli",
            ),
            # verb of accusing (the predicate) after "Qeyd edək ki, bundan əvvəl"
            Statement(
                span=(
                    "Azərbaycan Ordusunu Xocavənd rayonundakı kəndləri atəşə tutmaqda ittiham "
                    "etmişdi"
                ),
                speaker="am-mod",
            ),
            # an agency citing the speaker ("Y X-a istinadən xəbər verir ki"); the speaker in the
            # genitive inside a dative phrase
            Statement(
                span="Xocavənd ərazisindəki müşahidə postları ötən gecə atəş səsləri qeydə almayıb",
                speaker="ru-peacekeepers",
                relays=("ria",),
            ),
            # reported speech with "ki" in a statement; "iddia edib"
            Statement(
                span="atəş nəticəsində kəndlərdən birində iki ev zədələnib",
                speaker="am-hrd",
            ),
        ),
    ),
    Article(
        key="az-oxu-zakharova-briefing",
        publisher="oxu-az",
        style="news site",
        language="az",
        modelled_on="Oxu.az",
        title="Zaxarova: Moskva Bakı ilə İrəvan arasında birbaşa dialoqu dəstəkləyir",
        text=(
            "Moskva Laçın yolu ətrafında yaranmış vəziyyətin Bakı ilə İrəvan arasında birbaşa "
            "dialoq yolu ilə həllini dəstəkləyir.\n\n"
            "Oxu.Az TASS-a istinadən xəbər verir ki, bunu Rusiya Xarici İşlər Nazirliyinin "
            "rəsmi nümayəndəsi Mariya Zaxarova həftəlik brifinqdə deyib.\n\n"
            "Zaxarovanın sözlərinə görə, Rusiya sülhməramlıları bölgədə humanitar yüklərin "
            "daşınmasına kömək etməyə davam edir.\n\n"
            "«Tərəfləri gərginliyi artıra biləcək addımlardan çəkinməyə çağırırıq», – deyə "
            "diplomat bildirib.\n\n"
            "Kremlin mətbuat katibi Dmitri Peskov da jurnalistlərə bildirib ki, Rusiya "
            "Prezidenti Vladimir Putin vəziyyəti diqqətlə izləyir.\n\n"
            "Ermənistanın baş naziri Nikol Paşinyan isə hökumətin iclasında bəyan edib ki, "
            "İrəvan sülhməramlıların fəaliyyətini beynəlxalq tərəfdaşlarla müzakirə etməyə "
            "hazırdır. Paşinyan Azərbaycanı yolda humanitar böhran yaratmaqda ittiham edib.\n\n"
            "Ermənistan parlamentinin deputatı Qarik Sahakyan isə hökumətin bu məsələdə "
            "gecikdiyini bildirib.\n\n"
            "Laçın yolunda vəziyyət dekabrın 12-dən diqqət mərkəzindədir. Brifinqdə "
            "Ukraynadakı vəziyyət də müzakirə olunub."
        ),
        statements=(
            # the next paragraph attributes this one, through an agency ("Oxu.Az TASS-a
            # istinadən xəbər verir ki, bunu X deyib")
            Statement(
                span=(
                    "Moskva Laçın yolu ətrafında yaranmış vəziyyətin Bakı ilə İrəvan arasında "
                    "birbaşa dialoq yolu ilə həllini dəstəkləyir"
                ),
                speaker="zakharova",
                relays=("tass",),
            ),
            # according to X ("X-nın sözlərinə görə"), surname in the genitive; keeps the relay
            Statement(
                span=(
                    "Rusiya sülhməramlıları bölgədə humanitar yüklərin daşınmasına kömək etməyə "
                    "davam edir"
                ),
                speaker="zakharova",
                relays=("tass",),
            ),
            # direct quote in «», attribution after; follow-on by a description ("diplomat")
            Statement(
                span="Tərəfləri gərginliyi artıra biləcək addımlardan çəkinməyə çağırırıq",
                speaker="zakharova",
                relays=("tass",),
            ),
            # told an audience; the Kremlin in the genitive before its spokesman
            Statement(
                span="Rusiya Prezidenti Vladimir Putin vəziyyəti diqqətlə izləyir",
                speaker="peskov",
            ),
            # reported speech with "ki"; "bəyan edib"
            Statement(
                span=(
                    "İrəvan sülhməramlıların fəaliyyətini beynəlxalq tərəfdaşlarla müzakirə "
                    "etməyə hazırdır"
                ),
                speaker="pashinyan",
            ),
            # verb of accusing (the predicate); surname alone
            Statement(
                span="Azərbaycanı yolda humanitar böhran yaratmaqda ittiham edib",
                speaker="pashinyan",
            ),
            # nominalised content before the verb ("… gecikdiyini bildirib"); speaker not known
            # to the desk
            Statement(
                span="hökumətin bu məsələdə gecikdiyini",
                speaker="sahakyan",
            ),
        ),
    ),
    Article(
        key="az-apa-border-nakhchivan",
        publisher="apa",
        style="national agency",
        language="az",
        modelled_on="APA",
        title="DSX: Sərhədçilərimizin Naxçıvan sahəsində sərhədi keçməsi barədə məlumat yalandır",
        text=(
            "Dövlət Sərhəd Xidmətinin Mətbuat Mərkəzindən APA-ya verilən məlumata görə, "
            "Ermənistan Milli Təhlükəsizlik Xidmətinin Azərbaycan sərhədçilərinin Naxçıvan "
            "sahəsində guya sərhədi keçməsi barədə yaydığı məlumat reallığı əks etdirmir.\n\n"
            "Xidmətdən bildirilib ki, iyulun 12-də sərhəd naryadları öz xidməti ərazisindən "
            "kənara çıxmayıb.\n\n"
            '"Sərhədin bu sahəsində vəziyyət sabitdir və tam nəzarət altındadır", - məlumatda '
            "qeyd olunub.\n\n"
            "Ermənistanın news.am saytının yazdığına görə, Ermənistan Milli Təhlükəsizlik "
            "Xidməti bildirib ki, hadisə Ararat vilayətinin Arazdəyən kəndi yaxınlığında baş "
            "verib və sərhədçilər geri qayıtmağa məcbur edilib.\n\n"
            "DSX həmçinin xatırladıb ki, cari ildə sərhədin Naxçıvan sahəsində 14 sərhəd "
            "pozucusu saxlanılıb.\n\n"
            "Fakt üzrə araşdırma aparılır. Naxçıvan Muxtar Respublikasının Sədərək rayonu "
            "Ermənistanın Ararat vilayəti ilə həmsərhəddir."
        ),
        statements=(
            # according to X, first, through the publisher ("X-dan APA-ya verilən məlumata
            # görə"): no relay; the other side's service named inside the content
            Statement(
                span=(
                    "Ermənistan Milli Təhlükəsizlik Xidmətinin Azərbaycan sərhədçilərinin "
                    "Naxçıvan sahəsində guya sərhədi keçməsi barədə yaydığı məlumat reallığı əks "
                    "etdirmir"
                ),
                speaker="az-border",
            ),
            # passive reported speech from a description in the ablative ("Xidmətdən bildirilib
            # ki"); follow-on
            Statement(
                span="iyulun 12-də sərhəd naryadları öz xidməti ərazisindən kənara çıxmayıb",
                speaker="az-border",
            ),
            # direct quote, attribution after ("…", - məlumatda qeyd olunub); follow-on
            Statement(
                span="Sərhədin bu sahəsində vəziyyət sabitdir və tam nəzarət altındadır",
                speaker="az-border",
            ),
            # according to an outlet ("Y-nin yazdığına görə"), inner attribution with "ki"
            Statement(
                span=(
                    "hadisə Ararat vilayətinin Arazdəyən kəndi yaxınlığında baş verib və "
                    "sərhədçilər geri qayıtmağa məcbur edilib"
                ),
                speaker="am-nss",
                relays=("news-am",),
            ),
            # reported speech with "ki"; the service by its abbreviation ("DSX")
            Statement(
                span="cari ildə sərhədin Naxçıvan sahəsində 14 sərhəd pozucusu saxlanılıb",
                speaker="az-border",
            ),
        ),
    ),
    Article(
        key="az-report-fuzuli-mine",
        publisher="report-az",
        style="national agency",
        language="az",
        modelled_on="Report.az",
        title="Füzulidə minaya düşən traktorun sürücüsü yaralanıb",
        text=(
            "Füzuli rayonunda tank əleyhinə minaya düşən traktorun sürücüsü yaralanıb.\n\n"
            "Bu barədə “Report”a Azərbaycan Respublikasının Minatəmizləmə Agentliyindən (ANAMA) "
            "bildirilib.\n\n"
            "Bildirilib ki, hadisə oktyabrın 4-də rayonun Qacar kəndi ərazisində "
            "kənd təsərrüfatı işləri aparılarkən baş verib.\n\n"
            "Füzuli rayonunun Qacar kənd inzibati ərazi dairəsi üzrə nümayəndəsi Elvin Nağıyev "
            "“Report”a açıqlamasında bildirib ki, yaralı rayon xəstəxanasına çatdırılıb və onun "
            "həyatı təhlükə altında deyil.\n\n"
            "Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkili (Ombudsman) Aparatının "
            "yaydığı bəyanatda deyilir ki, mina xəritələri tam təqdim edilmədiyi üçün azad "
            "edilmiş ərazilərdə mülki şəxslər risk altında qalır. “Beynəlxalq təşkilatları bu "
            "məsələdə daha fəal mövqe tutmağa çağırırıq”, – deyə bəyanatda vurğulanıb.\n\n"
            "ANAMA-nın məlumatına görə, 2020-ci il noyabrın 10-dan bu günədək mina partlayışları "
            "nəticəsində 280-dən çox insan həlak olub və ya xəsarət alıb.\n\n"
            "Agentlik azad edilmiş ərazilərdə minatəmizləmə işlərini davam etdirir. Qacar kəndi "
            "2020-ci ilin oktyabrında işğaldan azad edilib."
        ),
        statements=(
            # the next paragraph attributes this one ("Bu barədə “Report”a X-dan bildirilib");
            # told the publisher (no relay)
            Statement(
                span="Füzuli rayonunda tank əleyhinə minaya düşən traktorun sürücüsü yaralanıb",
                speaker="anama",
            ),
            # passive reported speech with no subject ("Bildirilib ki"); follow-on
            Statement(
                span=(
                    "hadisə oktyabrın 4-də rayonun Qacar kəndi ərazisində kənd təsərrüfatı işləri "
                    "aparılarkən baş verib"
                ),
                speaker="anama",
            ),
            # reported speech with "ki" in a statement to the publisher (no relay); speaker not
            # known to the desk
            Statement(
                span=("yaralı rayon xəstəxanasına çatdırılıb və onun həyatı təhlükə altında deyil"),
                speaker="nagiyev",
            ),
            # "X-ın yaydığı bəyanatda deyilir ki"
            Statement(
                span=(
                    "mina xəritələri tam təqdim edilmədiyi üçün azad edilmiş ərazilərdə mülki "
                    "şəxslər risk altında qalır"
                ),
                speaker="az-ombudsman",
            ),
            # direct quote, attribution after ("…”, – deyə bəyanatda vurğulanıb"); follow-on
            Statement(
                span="Beynəlxalq təşkilatları bu məsələdə daha fəal mövqe tutmağa çağırırıq",
                speaker="az-ombudsman",
            ),
            # according to X, first ("ANAMA-nın məlumatına görə")
            Statement(
                span=(
                    "2020-ci il noyabrın 10-dan bu günədək mina partlayışları nəticəsində 280-dən "
                    "çox insan həlak olub və ya xəsarət alıb"
                ),
                speaker="anama",
            ),
        ),
    ),
    Article(
        key="az-oxu-border-commissions",
        publisher="oxu-az",
        style="news site",
        language="az",
        modelled_on="Oxu.az",
        title="Ceyhun Bayramov: “Sərhəd komissiyalarının iclası Qazaxda keçiriləcək”",
        text=(
            "“Sərhəd komissiyalarının növbəti iclası gələn ay Qazax rayonunda keçiriləcək, "
            "tərəflər gündəliyi artıq razılaşdırıb”.\n\n"
            "Oxu.Az xəbər verir ki, bunu Azərbaycanın xarici işlər naziri Ceyhun Bayramov "
            "Azadlıq Radiosuna müsahibəsində deyib.\n\n"
            "Nazir qeyd edib ki, delimitasiya prosesi beynəlxalq hüququn norma və prinsipləri "
            "əsasında aparılır.\n\n"
            "Trend xəbər verir ki, Ermənistan Xarici İşlər Nazirliyi bildirib ki, İrəvan iclasa "
            "hazırlıq görür. Ermənistan Baş nazirinin Aparatı isə iclasla bağlı açıqlama "
            "yaymayıb.\n\n"
            "Qazax rayonu ərazisində sərhədboyu kəndlərdə vəziyyət sabitdir. Bu barədə Oxu.Az-a "
            "Dövlət Sərhəd Xidmətindən bildirilib.\n\n"
            "Məlumatda son həftə ərzində sərhəd pozuntusu halının qeydə alınmadığı vurğulanır.\n\n"
            "Daha əvvəl Ceyhun Bayramov danışıqların yeni mərhələyə keçdiyini vurğulayıb, Ararat "
            "Mirzoyan isə bir sıra məsələlərin hələ açıq qaldığını deyib.\n\n"
            "Qeyd edək ki, komissiyaların sonuncu iclası may ayında Brüsseldə keçirilib. "
            "Tərəflər həmin iclasda sərhədin şimal hissəsində işçi qrupların yaradılmasını "
            "müzakirə ediblər."
        ),
        statements=(
            # direct quote opening the article, attributed by the next paragraph ("X xəbər verir
            # ki, bunu ... deyib"); the outlet that interviewed the speaker relays it, the
            # publisher reporting it does not
            Statement(
                span=(
                    "Sərhəd komissiyalarının növbəti iclası gələn ay Qazax rayonunda "
                    "keçiriləcək, tərəflər gündəliyi artıq razılaşdırıb"
                ),
                speaker="bayramov",
                relays=("rferl",),
            ),
            # follow-on by title ("Nazir qeyd edib ki"); keeps the relay
            Statement(
                span=(
                    "delimitasiya prosesi beynəlxalq hüququn norma və prinsipləri əsasında aparılır"
                ),
                speaker="bayramov",
                relays=("rferl",),
            ),
            # an agency reporting a statement ("Trend xəbər verir ki, X bildirib ki") relays it
            Statement(span="İrəvan iclasa hazırlıq görür", speaker="am-mfa", relays=("trend",)),
            # attributed by the next sentence; the bare name of the country's own service, in
            # the ablative, before anyone spoke
            Statement(
                span="Qazax rayonu ərazisində sərhədboyu kəndlərdə vəziyyət sabitdir",
                speaker="az-border",
            ),
            # "Məlumatda ... -dığı vurğulanır": the statement before goes on
            Statement(
                span="son həftə ərzində sərhəd pozuntusu halının qeydə alınmadığı",
                speaker="az-border",
            ),
            # two speakers in one sentence, the second with "isə"
            Statement(span="danışıqların yeni mərhələyə keçdiyini", speaker="bayramov"),
            Statement(span="bir sıra məsələlərin hələ açıq qaldığını", speaker="mirzoyan"),
        ),
    ),
    Article(
        key="az-oxu-hajizada-reply",
        publisher="oxu-az",
        style="news site",
        language="az",
        modelled_on="Oxu.az",
        title="Ayxan Hacızadə: “Bakı sülh gündəliyinə sadiq qalır”",
        text=(
            "Ermənistan tərəfinin son bəyanatı danışıqların ruhuna uyğun deyil. Bakı sülh "
            "gündəliyinə sadiq qalır.\n\n"
            "Oxu.Az xəbər verir ki, bunu XİN-in Mətbuat xidməti idarəsinin rəisi Ayxan Hacızadə "
            "jurnalistlərin suallarını cavablandırarkən deyib.\n\n"
            "A.Hacızadə qeyd edib ki, sərhəd komissiyalarının işi davam edir:\n\n"
            "“Növbəti iclasın tarixi razılaşdırılıb. Tərəflər gündəliyi yaxın günlərdə "
            "təsdiqləyəcək”.\n\n"
            "Sülh sazişi üzrə yeni təkliflərin İrəvana göndərildiyini bildirən XİN rəsmisi deyib "
            "ki, qarşı tərəfin cavabı hələ gəlməyib.\n\n"
            "Xatırladaq ki, komissiyaların əvvəlki iclası ötən ay keçirilib. Həmin iclasda "
            "tərəflər sərhədin şimal hissəsində işçi qrupların fəaliyyətini müzakirə ediblər.\n\n"
            "Sülh sazişinin mətni üzərində iş ötən ilin sonundan aparılır. Sazişin layihəsi "
            "tərəflər arasında bir neçə dəfə mübadilə olunub."
        ),
        statements=(
            # a lead paragraph of two sentences, attributed by the next paragraph: the whole
            # paragraph is the statement
            Statement(
                span=(
                    "Ermənistan tərəfinin son bəyanatı danışıqların ruhuna uyğun deyil. Bakı sülh "
                    "gündəliyinə sadiq qalır"
                ),
                speaker="hajizada",
            ),
            # reported speech ending with a colon, and the quotation it introduces in a
            # paragraph of its own
            Statement(span="sərhəd komissiyalarının işi davam edir", speaker="hajizada"),
            Statement(
                span=(
                    "Növbəti iclasın tarixi razılaşdırılıb. Tərəflər gündəliyi yaxın günlərdə "
                    "təsdiqləyəcək"
                ),
                speaker="hajizada",
            ),
            # a participle of saying before the speaker, then "deyib ki": two statements
            Statement(
                span="Sülh sazişi üzrə yeni təkliflərin İrəvana göndərildiyini",
                speaker="hajizada",
            ),
            Statement(span="qarşı tərəfin cavabı hələ gəlməyib", speaker="hajizada"),
        ),
    ),
)

ARTICLES: tuple[Article, ...] = (*AGENCY_AND_MINISTRY_ARTICLES, *SITE_ARTICLES)
