"""A third held-out set in Azerbaijani, written after reading real Azerbaijani copy of 2020-2023
(agencies, news sites, the defence ministry's releases) for the formulas it attributes with.

Written apart from the extraction rules and never tuned against them, by the conventions of
``demo.extraction_set``. The publishers (Mil Xəbər, Şahdağ Press, Kəpəz.az, Xəzər Media,
Ulduz Xəbər), the incidents, the figures, the press officer and the analyst are invented; the
institutions and officials are real, in their real roles. What it holds that the earlier sets
hardly do: a quotation attributed by a pronoun or a title after a dash with no "deyə" ("“Q”, –
o qeyd edib"); reported speech running into a quotation after a colon (one statement, as in
``demo.extraction_sets.az``); a release attributed by the next sentence ("Bu barədə Müdafiə
Nazirliyi məlumat yayıb.") and continued by a passive ("Bildirilib ki, …"); the ministry's
ablative before a passive after a quotation ("– deyə nazirlikdən bildirilib"); a dateline run
into a quotation; a social-media post; "Bu, X-in şərhində bildirilib." attributing the
paragraph before it.
"""

from demo.extraction_set import Article, SourceSpec, Statement


def _paragraphs(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


SOURCES: tuple[SourceSpec, ...] = (
    # Publishers (invented).
    SourceSpec(
        "mil-xeber",
        "Mil Xəbər Agentliyi",
        "news_agency",
        "AZ",
        short_name="Mil Xəbər",
        aliases=("Mil Xəbər",),
    ),
    SourceSpec(
        "shahdag-press",
        "Şahdağ Press Agentliyi",
        "news_agency",
        "AZ",
        short_name="Şahdağ Press",
        aliases=("Şahdağ Press",),
    ),
    SourceSpec("kepez", "Kəpəz.az", "outlet", "AZ", aliases=("Kəpəz",)),
    SourceSpec("xezer-media", "Xəzər Media", "outlet", "AZ"),
    SourceSpec(
        "ulduz-xeber",
        "Ulduz Xəbər Agentliyi",
        "news_agency",
        "AZ",
        short_name="Ulduz Xəbər",
        aliases=("Ulduz Xəbər",),
    ),
    # Speakers the desk does not have yet (invented).
    SourceSpec("qurbanli", "Elşən Qurbanlı", "official", "AZ", known=False),
    SourceSpec("safarli", "Rauf Səfərli", "other", "AZ", known=False),
)

ARTICLES: tuple[Article, ...] = (
    Article(
        key="h3-az-delimitation-agency",
        publisher="mil-xeber",
        style="national agency",
        title="Ceyhun Bayramov: “Xəritələr eyni hüquqi əsasla müqayisə olunmalıdır”",
        text=_paragraphs(
            "“Sərhədin delimitasiyası prosesində hər iki tərəfin xəritələri eyni hüquqi əsasla "
            "müqayisə olunmalıdır”.",
            "“Mil Xəbər” xəbər verir ki, bunu xarici işlər naziri Ceyhun Bayramov Bakıda "
            "gürcüstanlı həmkarı ilə görüşdən sonra keçirilən mətbuat konfransında deyib.",
            "O bildirib ki, komissiyaların növbəti iclası üçün texniki sənədlər artıq hazırlanıb: "
            "“Biz tarixlə bağlı İrəvandan rəsmi cavab gözləyirik. Gecikmə bizim tərəfimizdən "
            "deyil”.",
            "“Ermənistan tərəfi hər dəfə yeni şərtlər irəli sürür və bu, prosesi süni şəkildə "
            "uzadır”, – o qeyd edib.",
            "Nazir hesab edir ki, beynəlxalq vasitəçilərin rolu danışıqların gedişinə təsir "
            "etməməlidir.",
            "Xatırladaq ki, Ermənistanın xarici işlər naziri Ararat Mirzoyan ötən həftə "
            "Azərbaycanı delimitasiya prosesini ləngitməkdə günahlandırmışdı.",
            "Bakı ilə İrəvan arasında dövlət komissiyalarının sonuncu iclası mart ayında "
            "keçirilib.",
        ),
        statements=(
            # a quotation opening the article, attributed by the next paragraph
            Statement(
                span=(
                    "Sərhədin delimitasiyası prosesində hər iki tərəfin xəritələri eyni hüquqi "
                    "əsasla müqayisə olunmalıdır"
                ),
                speaker="bayramov",
            ),
            # reported speech running into a quotation after a colon: one statement
            Statement(
                span=(
                    "komissiyaların növbəti iclası üçün texniki sənədlər artıq hazırlanıb: “Biz "
                    "tarixlə bağlı İrəvandan rəsmi cavab gözləyirik. Gecikmə bizim tərəfimizdən "
                    "deyil"
                ),
                speaker="bayramov",
            ),
            # quotation, then a dash and a pronoun, no "deyə"
            Statement(
                span=(
                    "Ermənistan tərəfi hər dəfə yeni şərtlər irəli sürür və bu, prosesi süni "
                    "şəkildə uzadır"
                ),
                speaker="bayramov",
            ),
            # "hesab edir ki" by title
            Statement(
                span="beynəlxalq vasitəçilərin rolu danışıqların gedişinə təsir etməməlidir",
                speaker="bayramov",
            ),
            # verb of blaming, pluperfect, in a "Xatırladaq ki" background paragraph
            Statement(
                span="Azərbaycanı delimitasiya prosesini ləngitməkdə günahlandırmışdı",
                speaker="mirzoyan",
            ),
        ),
        language="az",
        modelled_on="Report.az",
    ),
    Article(
        key="h3-az-kalbajar-fire-agency",
        publisher="shahdag-press",
        style="national agency",
        title="Ermənistan silahlı qüvvələri Kəlbəcər istiqamətində mövqelərimizi atəşə tutub",
        text=_paragraphs(
            "Bakı, 12 sentyabr (Şahdağ Press).",
            "Ermənistan silahlı qüvvələrinin bölmələri gecə saatlarında Kəlbəcər rayonu "
            "istiqamətində yerləşən mövqelərimizi iriçaplı pulemyotlardan atəşə tutub.",
            "Bu barədə Müdafiə Nazirliyi məlumat yayıb.",
            "Bildirilib ki, bölmələrimiz cavab atəşi ilə qarşı tərəfin atəş nöqtələrini "
            "susdurub, şəxsi heyət arasında itki yoxdur.",
            "“Ermənistan tərəfinin bu gecə yaydığı məlumatlar reallığı əks etdirmir. Ordumuz heç "
            "bir yaşayış məntəqəsini hədəfə almayıb”, – deyə nazirlikdən bildirilib.",
            "Ermənistan Müdafiə Nazirliyi isə səhər yaydığı məlumatda Azərbaycan Ordusunu "
            "Vardenis istiqamətində minaatanlardan atəş açmaqda ittiham edib.",
            "Müdafiə Nazirliyinin mətbuat xidmətinin rəis müavini, polkovnik-leytenant Elşən "
            "Qurbanlı Şahdağ Press-ə açıqlamasında bu iddianı təkzib edib.",
            "Onun sözlərinə görə, erməni tərəfi bu cür məlumatlarla sərhəddə növbəti təxribata "
            "zəmin hazırlayır.",
            "Qeyd edək ki, son bir həftədə Kəlbəcər və Laçın istiqamətlərində atəşkəsin "
            "pozulması halları artıb.",
        ),
        statements=(
            # attributed by the next paragraph ("Bu barədə X məlumat yayıb")
            Statement(
                span=(
                    "Ermənistan silahlı qüvvələrinin bölmələri gecə saatlarında Kəlbəcər rayonu "
                    "istiqamətində yerləşən mövqelərimizi iriçaplı pulemyotlardan atəşə tutub"
                ),
                speaker="az-mod",
            ),
            # a passive with no subject continues the ministry's statement
            Statement(
                span=(
                    "bölmələrimiz cavab atəşi ilə qarşı tərəfin atəş nöqtələrini susdurub, şəxsi "
                    "heyət arasında itki yoxdur"
                ),
                speaker="az-mod",
            ),
            # quotation, "– deyə" and the ministry's ablative before a passive
            Statement(
                span=(
                    "Ermənistan tərəfinin bu gecə yaydığı məlumatlar reallığı əks etdirmir. "
                    "Ordumuz heç bir yaşayış məntəqəsini hədəfə almayıb"
                ),
                speaker="az-mod",
            ),
            # verb of accusing (content to verb)
            Statement(
                span=(
                    "Azərbaycan Ordusunu Vardenis istiqamətində minaatanlardan atəş açmaqda "
                    "ittiham edib"
                ),
                speaker="am-mod",
            ),
            # a press officer the desk does not know, titled with his ministry; told the
            # publisher (no relay); verb of denying
            Statement(span="bu iddianı təkzib edib", speaker="qurbanli"),
            # follow-on, "Onun sözlərinə görə"
            Statement(
                span=(
                    "erməni tərəfi bu cür məlumatlarla sərhəddə növbəti təxribata zəmin hazırlayır"
                ),
                speaker="qurbanli",
            ),
        ),
        language="az",
        modelled_on="AZERTAC (relaying the Ministry of Defence)",
    ),
    Article(
        key="h3-az-pashinyan-site",
        publisher="kepez",
        style="news site",
        title="Paşinyan Azərbaycanı sərhəddə yeni istehkamlar qurmaqda günahlandırır",
        text=_paragraphs(
            "Kəpəz.az “Armenpress”ə istinadən xəbər verir ki, Ermənistanın baş naziri Nikol "
            "Paşinyan hökumətin iclasında iddia edib ki, Azərbaycan sərhədin şərq hissəsində "
            "yeni istehkamlar qurur.",
            "“Biz bu məsələni beynəlxalq tərəfdaşlarımızın diqqətinə çatdırmışıq və onların "
            "reaksiyasını gözləyirik”, - Paşinyan deyib.",
            "Erməni baş nazirin sözlərinə görə, İrəvan sülh müqaviləsi üzrə danışıqlardan imtina "
            "etmək niyyətində deyil.",
            "Ermənistan Müdafiə Nazirliyinin sözçüsü Aram Torosyan isə “Facebook” səhifəsində "
            "yazıb ki, sərhəddə vəziyyət nisbətən sabitdir.",
            "Azərbaycan XİN-in sözçüsü Ayxan Hacızadə Paşinyanın açıqlamasını şərh edərkən "
            "bildirib ki, Ermənistan rəhbərliyi daxili auditoriya üçün saxta gündəm yaradır.",
            "“Azərbaycan öz ərazisində istənilən mühəndis işlərini aparmaq hüququna malikdir”, "
            "– XİN sözçüsü qeyd edib.",
            "Qeyd edək ki, iki ölkənin sərhəd komissiyalarının son görüşü ötən ay Brüsseldə olub.",
        ),
        statements=(
            # a site citing an Armenian agency, which relays the prime minister's "iddia edib ki"
            Statement(
                span="Azərbaycan sərhədin şərq hissəsində yeni istehkamlar qurur",
                speaker="pashinyan",
                relays=("armenpress",),
            ),
            # quotation, straight dash and surname, no "deyə"; keeps the relay
            Statement(
                span=(
                    "Biz bu məsələni beynəlxalq tərəfdaşlarımızın diqqətinə çatdırmışıq və "
                    "onların reaksiyasını gözləyirik"
                ),
                speaker="pashinyan",
                relays=("armenpress",),
            ),
            # "Erməni baş nazirin sözlərinə görə": follow-on by title; keeps the relay
            Statement(
                span="İrəvan sülh müqaviləsi üzrə danışıqlardan imtina etmək niyyətində deyil",
                speaker="pashinyan",
                relays=("armenpress",),
            ),
            # a spokesman's post on social media, "yazıb ki"
            Statement(span="sərhəddə vəziyyət nisbətən sabitdir", speaker="torosyan"),
            # a converb clause ("şərh edərkən") between the speaker and the verb
            Statement(
                span="Ermənistan rəhbərliyi daxili auditoriya üçün saxta gündəm yaradır",
                speaker="hajizada",
            ),
            # quotation, a dash and a title, no "deyə"
            Statement(
                span=(
                    "Azərbaycan öz ərazisində istənilən mühəndis işlərini aparmaq hüququna malikdir"
                ),
                speaker="hajizada",
            ),
        ),
        language="az",
        modelled_on="Qafqazinfo",
    ),
    Article(
        key="h3-az-moscow-briefing-site",
        publisher="xezer-media",
        style="news site",
        title="Zaxarova: “Rusiya atəşkəsin möhkəmlənməsinə hazırdır”",
        text=_paragraphs(
            "BAKI, 3 oktyabr — Xəzər Media. “Rusiya Cənubi Qafqazda atəşkəsin möhkəmlənməsi üçün "
            "bütün imkanlardan istifadə etməyə hazırdır”.",
            "Bunu Rusiya Xarici İşlər Nazirliyinin rəsmi nümayəndəsi Mariya Zaxarova həftəlik "
            "brifinqdə deyib.",
            "M.Zaxarova əlavə edib: “Sülhməramlı kontingent öz mandatı çərçivəsində fəaliyyət "
            "göstərir və tərəflərlə gündəlik təmas saxlayır”.",
            "Kremlin mətbuat katibi Dmitri Peskov isə jurnalistlərə deyib ki, Moskva Bakı ilə "
            "İrəvan arasında yeni görüşün təşkilinə hazırdır.",
            "Politoloq Rauf Səfərli Xəzər Media-ya şərhində bildirib ki, Moskvanın bəyanatları "
            "regionda təsirini qoruyub saxlamaq cəhdidir.",
            "Onun fikrincə, sülh prosesinin əsas parametrləri artıq Bakı ilə İrəvan arasında "
            "birbaşa müzakirə olunur.",
            "“Vasitəçilərin rolu getdikcə azalır, tərəflər isə bir-birinə daha çox birbaşa "
            "müraciət edir”, – ekspert vurğulayıb.",
        ),
        statements=(
            # a quotation after the dateline in the same paragraph, attributed by the next
            Statement(
                span=(
                    "Rusiya Cənubi Qafqazda atəşkəsin möhkəmlənməsi üçün bütün imkanlardan "
                    "istifadə etməyə hazırdır"
                ),
                speaker="zakharova",
            ),
            # "X əlavə edib: “Q”"; initial and surname
            Statement(
                span=(
                    "Sülhməramlı kontingent öz mandatı çərçivəsində fəaliyyət göstərir və "
                    "tərəflərlə gündəlik təmas saxlayır"
                ),
                speaker="zakharova",
            ),
            # told journalists (an audience, no relay); "Kremlin" only in his title
            Statement(
                span="Moskva Bakı ilə İrəvan arasında yeni görüşün təşkilinə hazırdır",
                speaker="peskov",
            ),
            # an analyst the desk does not know, telling the publisher
            Statement(
                span="Moskvanın bəyanatları regionda təsirini qoruyub saxlamaq cəhdidir",
                speaker="safarli",
            ),
            # "Onun fikrincə"
            Statement(
                span=(
                    "sülh prosesinin əsas parametrləri artıq Bakı ilə İrəvan arasında birbaşa "
                    "müzakirə olunur"
                ),
                speaker="safarli",
            ),
            # quotation, a dash and a title, no "deyə"
            Statement(
                span=(
                    "Vasitəçilərin rolu getdikcə azalır, tərəflər isə bir-birinə daha çox "
                    "birbaşa müraciət edir"
                ),
                speaker="safarli",
            ),
        ),
        language="az",
        modelled_on="Sputnik Azərbaycan",
    ),
    Article(
        key="h3-az-mine-maps-agency",
        publisher="ulduz-xeber",
        style="national agency",
        title="XİN: minalanma xəritələrinin verilməməsi dinc sakinləri təhlükə altında saxlayır",
        text=_paragraphs(
            "Ermənistanın keçmiş işğal altındakı ərazilərin minalanma xəritələrini tam təqdim "
            "etməməsi dinc sakinlərin həyatını təhlükə altında saxlayır.",
            "Bu, Azərbaycan XİN-in Ermənistan XİN-in son bəyanatına dair şərhində bildirilib.",
            "Şərhdə vurğulanıb ki, müharibədən sonra minaya düşmə nəticəsində yüzlərlə mülki "
            "şəxs və hərbçi həlak olub və ya yaralanıb.",
            "Prezidentin köməkçisi Hikmət Hacıyev də “X” sosial şəbəkəsindəki hesabında yazıb "
            "ki, dəqiq xəritələrin verilməsi humanitar öhdəlikdir və siyasi sövdələşmə mövzusu "
            "ola bilməz.",
            "“Hər bir yeni mina qurbanı bu öhdəliyin yerinə yetirilmədiyini göstərir”, - "
            "H.Hacıyev yazıb.",
            "Ermənistan Xarici İşlər Nazirliyi isə bəyanatında bütün mövcud xəritələrin artıq "
            "təqdim edildiyini iddia edib.",
            "Qeyd edək ki, 2020-ci ildən bəri azad olunmuş ərazilərdə minatəmizləmə işləri "
            "davam edir.",
        ),
        statements=(
            # "Bu, X-in şərhində bildirilib." attributes the paragraph before it
            Statement(
                span=(
                    "Ermənistanın keçmiş işğal altındakı ərazilərin minalanma xəritələrini tam "
                    "təqdim etməməsi dinc sakinlərin həyatını təhlükə altında saxlayır"
                ),
                speaker="az-mfa",
            ),
            # "Şərhdə vurğulanıb ki": follow-on of the comment
            Statement(
                span=(
                    "müharibədən sonra minaya düşmə nəticəsində yüzlərlə mülki şəxs və hərbçi "
                    "həlak olub və ya yaralanıb"
                ),
                speaker="az-mfa",
            ),
            # a post on a social network, "yazıb ki"
            Statement(
                span=(
                    "dəqiq xəritələrin verilməsi humanitar öhdəlikdir və siyasi sövdələşmə "
                    "mövzusu ola bilməz"
                ),
                speaker="hajiyev",
            ),
            # quotation, a dash and an initial with surname, "yazıb"
            Statement(
                span="Hər bir yeni mina qurbanı bu öhdəliyin yerinə yetirilmədiyini göstərir",
                speaker="hajiyev",
            ),
            # nominalised content before "iddia edib"
            Statement(
                span="bütün mövcud xəritələrin artıq təqdim edildiyini",
                speaker="am-mfa",
            ),
        ),
        language="az",
        modelled_on="APA",
    ),
)
