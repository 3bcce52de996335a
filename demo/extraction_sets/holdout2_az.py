"""A second held-out set in Azerbaijani: a national agency's copy, a news site's relay of the
Armenian press, and the Ministry of Defence's own release.

Written apart from the extraction rules and never tuned against them, by the conventions of
``demo.extraction_set``. The publishers Kür Press and Qoşqar.az, the incidents, the figures,
the general and the analyst are invented; the institutions and officials are real, in their
real roles. Azerbaijani puts reported content before its verb ("... qeydə alınmadığını
bildirib"), so a span of accusing or denying runs from the reported content to the verb that
closes it ("Azərbaycanı ... ittiham edib"); a quotation attributed by the next sentence ("Kür
Press xəbər verir ki, bunu ... deyib", "Bu barədə ... bildirilib") is that speaker's statement.
"""

from demo.extraction_set import Article, SourceSpec, Statement


def _paragraphs(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


SOURCES: tuple[SourceSpec, ...] = (
    # Publishers (invented).
    SourceSpec(
        "kur-press",
        "Kür Press Agentliyi",
        "news_agency",
        "AZ",
        short_name="Kür Press",
        aliases=("Kür Press",),
    ),
    SourceSpec("qosqar", "Qoşqar.az", "outlet", "AZ", aliases=("Qoşqar",)),
    # An analyst the desk already has.
    SourceSpec(
        "hashimli",
        "Tural Həşimli",
        "other",
        "AZ",
        aliases=("T.Həşimli", "Tural Hashimli"),
    ),
    # A commander the desk does not have yet.
    SourceSpec(
        "nasirli",
        "Samir Nəsirli",
        "military",
        "AZ",
        aliases=("S.Nəsirli", "general-mayor Samir Nəsirli"),
        known=False,
    ),
)

ARTICLES: tuple[Article, ...] = (
    Article(
        key="h2b-az-lachin-checkpoint-agency",
        publisher="kur-press",
        style="national agency",
        title="Hikmət Hacıyev: “Laçın məntəqəsində humanitar keçidlərə maneə yoxdur”",
        text=_paragraphs(
            "“Laçın sərhəd-buraxılış məntəqəsində nəzarət beynəlxalq təcrübəyə uyğun aparılır, "
            "sakinlərin və humanitar yüklərin keçidinə heç bir maneə yaradılmır”.",
            "Kür Press xəbər verir ki, bunu Azərbaycan Prezidentinin köməkçisi – Prezident "
            "Administrasiyasının Xarici siyasət məsələləri şöbəsinin müdiri Hikmət Hacıyev Bakıda "
            "akkreditə olunmuş diplomatik korpusun nümayəndələri üçün keçirilən brifinqdə deyib.",
            "H.Hacıyev qeyd edib ki, son iki həftədə məntəqədən 1300-dən çox şəxs keçib, onların "
            "arasında müalicə üçün Ermənistana yola düşən xəstələr və onları müşayiət edənlər də "
            "olub.",
            "Prezidentin köməkçisinin sözlərinə görə, keçidlər Beynəlxalq Qırmızı Xaç Komitəsi ilə "
            "əlaqələndirilir, Rusiya sülhməramlı kontingentinin komandanlığı isə hər bir konvoy "
            "barədə əvvəlcədən məlumatlandırılır.",
            "“Sülhməramlılarla işçi təmaslarımız gündəlik xarakter daşıyır. Hansısa anlaşılmazlıq "
            "yaranarsa, onu yerindəcə həll etməyə çalışırıq”, – deyə H.Hacıyev əlavə edib.",
            "Prezidentin köməkçisi Ermənistan tərəfinin məntəqə ilə bağlı son açıqlamalarına da "
            "münasibət bildirib. O deyib ki, Ermənistan Xarici İşlər Nazirliyinin dünənki "
            "bəyanatı reallığı əks etdirmir, rəsmi İrəvan isə danışıqlarda razılaşdırılmış "
            "məsələləri beynəlxalq platformalarda fərqli təqdim edir.",
            "Xatırladaq ki, Ermənistan XİN həmin bəyanatda Azərbaycanı Laçın dəhlizi ilə hərəkəti "
            "məhdudlaşdırmaqda və 2020-ci il 10 noyabr tarixli üçtərəfli bəyanatın müddəalarını "
            "pozmaqda ittiham edib.",
            "Məntəqədə son sutka ərzində heç bir insident qeydə alınmayıb. Bu barədə Kür Press-ə "
            "Dövlət Sərhəd Xidmətindən bildirilib.",
            "TASS-ın məlumatına görə, Rusiya Müdafiə Nazirliyi də sülhməramlı kontingentin "
            "fəaliyyətinə dair gündəlik bülletenində məsuliyyət zonasında atəşkəs rejiminin "
            "pozulması hallarının qeydə alınmadığını bildirib.",
            "Laçın sərhəd-buraxılış məntəqəsi 2023-cü il aprelin 23-də Laçın-Xankəndi yolunun "
            "Həkəri çayı üzərindəki körpünün girişində quraşdırılıb. Məntəqədə Dövlət Sərhəd "
            "Xidmətinin əməkdaşları xidmət aparır.",
        ),
        statements=(
            # direct quote opening the article, attributed by the next paragraph ("bunu ...
            # deyib"); the publisher named in the attribution is no relay
            Statement(
                span=(
                    "Laçın sərhəd-buraxılış məntəqəsində nəzarət beynəlxalq təcrübəyə uyğun "
                    "aparılır, sakinlərin və humanitar yüklərin keçidinə heç bir maneə yaradılmır"
                ),
                speaker="hajiyev",
            ),
            # reported speech, attribution first; initial before the surname; "qeyd edib ki"
            Statement(
                span=(
                    "son iki həftədə məntəqədən 1300-dən çox şəxs keçib, onların arasında müalicə "
                    "üçün Ermənistana yola düşən xəstələr və onları müşayiət edənlər də olub"
                ),
                speaker="hajiyev",
            ),
            # "-nın sözlərinə görə" with a title for the speaker; a registry name (the
            # peacekeepers, genitive) inside the content
            Statement(
                span=(
                    "keçidlər Beynəlxalq Qırmızı Xaç Komitəsi ilə əlaqələndirilir, Rusiya "
                    "sülhməramlı kontingentinin komandanlığı isə hər bir konvoy barədə əvvəlcədən "
                    "məlumatlandırılır"
                ),
                speaker="hajiyev",
            ),
            # direct quote of two sentences, speaker after ("– deyə ... əlavə edib")
            Statement(
                span=(
                    "Sülhməramlılarla işçi təmaslarımız gündəlik xarakter daşıyır. Hansısa "
                    "anlaşılmazlıq yaranarsa, onu yerindəcə həll etməyə çalışırıq"
                ),
                speaker="hajiyev",
            ),
            # follow-on by pronoun ("O deyib ki") after a verb of saying with no content; the
            # Armenian foreign ministry and "rəsmi İrəvan" only mentioned inside the content
            Statement(
                span=(
                    "Ermənistan Xarici İşlər Nazirliyinin dünənki bəyanatı reallığı əks etdirmir, "
                    "rəsmi İrəvan isə danışıqlarda razılaşdırılmış məsələləri beynəlxalq "
                    "platformalarda fərqli təqdim edir"
                ),
                speaker="hajiyev",
            ),
            # verb of accusing in a "Xatırladaq ki" background paragraph (content to verb)
            Statement(
                span=(
                    "Azərbaycanı Laçın dəhlizi ilə hərəkəti məhdudlaşdırmaqda və 2020-ci il 10 "
                    "noyabr tarixli üçtərəfli bəyanatın müddəalarını pozmaqda ittiham edib"
                ),
                speaker="am-mfa",
            ),
            # "Bu barədə ... bildirilib" attributing the previous sentence; bare name of the
            # home institution in the ablative; told the publisher (no relay)
            Statement(
                span="Məntəqədə son sutka ərzində heç bir insident qeydə alınmayıb",
                speaker="az-border",
            ),
            # according to an agency, a ministry's bulletin; nominalised content ("-dığını
            # bildirib")
            Statement(
                span=(
                    "məsuliyyət zonasında atəşkəs rejiminin pozulması hallarının qeydə alınmadığını"
                ),
                speaker="ru-mod",
                relays=("tass",),
            ),
        ),
        language="az",
        modelled_on="APA",
    ),
    Article(
        key="h2b-az-peace-talks-site",
        publisher="qosqar",
        style="news site",
        title='Paşinyan: "Sülh müqaviləsinin mətni üzrə bir sıra məsələlərdə razılıq yoxdur"',
        text=_paragraphs(
            "Azərbaycanla sülh müqaviləsinin mətni üzərində iş davam edir, lakin bir sıra "
            "prinsipial məsələlər üzrə hələ razılıq əldə olunmayıb.",
            "Qoşqar.az News.am-a istinadən xəbər verir ki, bunu Ermənistanın Baş naziri Nikol "
            "Paşinyan parlamentdə hökumətlə sual-cavab saatında deyib.",
            "Baş nazirin sözlərinə görə, tərəflər sərhədlərin delimitasiyası üzrə dövlət "
            "komissiyalarının növbəti iclasının tarixini razılaşdırmaq üzrədir.",
            '"Biz sənədi imzalamağa hazırıq, amma mətndə tərəflərin bir-birinin ərazi '
            'bütövlüyünü birmənalı tanıması öz əksini tapmalıdır", - deyə N.Paşinyan vurğulayıb.',
            "Azərbaycan Xarici İşlər Nazirliyinin Mətbuat xidməti idarəsinin rəisi Ayxan Hacızadə "
            'isə Baş nazirin çıxışına "X" sosial şəbəkəsində reaksiya verib.',
            "A.Hacızadə yazıb ki, Azərbaycan sülh sazişinin əsas prinsiplərini hələ 2022-ci ilin "
            "martında təqdim edib, İrəvanın cavabları gecikdirməsi isə prosesi ləngidir.",
            '"Bakı konstruktiv mövqedən çıxış edir. Gözləyirik ki, qarşı tərəf artıq '
            'razılaşdırılmış müddəaları yenidən müzakirəyə çıxarmayacaq", - XİN rəsmisi qeyd '
            "edib.",
            "Kreml sözçüsü Dmitri Peskov jurnalistlərə açıqlamasında Moskvanın vasitəçilik "
            "təklifinin qüvvədə qaldığını bildirib, Rusiya XİN-in sözçüsü Mariya Zaxarova isə "
            "Rusiyanın Cənubi Qafqazda sülh prosesindən kənarda qalmayacağını vurğulayıb, RİA "
            "Novosti xəbər verir.",
            "Ermənistan Təhlükəsizlik Şurasının katibi Armen Qriqoryan isə Armenpress-ə "
            "müsahibəsində sülh müqaviləsinin mətninin artıq razılaşdırıldığı barədə Azərbaycan "
            "mətbuatında yayılan xəbərləri təkzib edib.",
            "Politoloq Tural Həşimli Qoşqar.az-a açıqlamasında bildirib ki, İrəvanın bəyanatları "
            "daha çox daxili auditoriyaya hesablanıb və danışıqların real gündəliyini əks "
            "etdirmir.",
            "Xatırladaq ki, Ermənistan və Azərbaycan liderləri 2022-ci il oktyabrın 6-da Praqada "
            "Avropa Siyasi Birliyinin sammiti çərçivəsində görüşüblər. Delimitasiya üzrə dövlət "
            "komissiyalarının ilk birgə iclası isə həmin il mayın 24-də iki ölkənin sərhədində "
            "keçirilib.",
        ),
        statements=(
            # lead sentence attributed by the next paragraph ("bunu ... deyib"), relayed from an
            # Armenian site ("News.am-a istinadən"); the publisher named is no relay
            Statement(
                span=(
                    "Azərbaycanla sülh müqaviləsinin mətni üzərində iş davam edir, lakin bir sıra "
                    "prinsipial məsələlər üzrə hələ razılıq əldə olunmayıb"
                ),
                speaker="pashinyan",
                relays=("news-am",),
            ),
            # follow-on by title ("Baş nazirin sözlərinə görə"), keeping the relay
            Statement(
                span=(
                    "tərəflər sərhədlərin delimitasiyası üzrə dövlət komissiyalarının növbəti "
                    "iclasının tarixini razılaşdırmaq üzrədir"
                ),
                speaker="pashinyan",
                relays=("news-am",),
            ),
            # direct quote in straight quotes, speaker after ("- deyə N.Paşinyan vurğulayıb")
            Statement(
                span=(
                    "Biz sənədi imzalamağa hazırıq, amma mətndə tərəflərin bir-birinin ərazi "
                    "bütövlüyünü birmənalı tanıması öz əksini tapmalıdır"
                ),
                speaker="pashinyan",
                relays=("news-am",),
            ),
            # spokesman for a ministry (speaker = the person); a post on X; initial and surname
            Statement(
                span=(
                    "Azərbaycan sülh sazişinin əsas prinsiplərini hələ 2022-ci ilin martında "
                    "təqdim edib, İrəvanın cavabları gecikdirməsi isə prosesi ləngidir"
                ),
                speaker="hajizada",
            ),
            # direct quote, speaker after by title ("XİN rəsmisi qeyd edib")
            Statement(
                span=(
                    "Bakı konstruktiv mövqedən çıxış edir. Gözləyirik ki, qarşı tərəf artıq "
                    "razılaşdırılmış müddəaları yenidən müzakirəyə çıxarmayacaq"
                ),
                speaker="hajizada",
            ),
            # two speakers in one sentence, both relayed by the agency named at its end;
            # "Kreml" (a registry name) only in the spokesman's title; told journalists
            Statement(
                span="Moskvanın vasitəçilik təklifinin qüvvədə qaldığını",
                speaker="peskov",
                relays=("ria",),
            ),
            # second speaker of the sentence; "Rusiya XİN-in" (a registry name) in her title
            Statement(
                span="Rusiyanın Cənubi Qafqazda sülh prosesindən kənarda qalmayacağını",
                speaker="zakharova",
                relays=("ria",),
            ),
            # verb of denying (content to verb); interview given to an agency (relay)
            Statement(
                span=(
                    "sülh müqaviləsinin mətninin artıq razılaşdırıldığı barədə Azərbaycan "
                    "mətbuatında yayılan xəbərləri təkzib edib"
                ),
                speaker="grigoryan",
                relays=("armenpress",),
            ),
            # told the publisher ("Qoşqar.az-a açıqlamasında"), no relay
            Statement(
                span=(
                    "İrəvanın bəyanatları daha çox daxili auditoriyaya hesablanıb və danışıqların "
                    "real gündəliyini əks etdirmir"
                ),
                speaker="hashimli",
            ),
        ),
        language="az",
        modelled_on="Qafqazinfo",
    ),
    Article(
        key="h2b-az-mod-kalbajar-release",
        publisher="az-mod",
        style="ministry statement",
        title="Ermənistan mətbuatında yayılan məlumatlar həqiqətə uyğun deyil",
        text=_paragraphs(
            "Azərbaycan Respublikasının Müdafiə Nazirliyi bəyan edir ki, ötən gecə Ermənistan "
            "mətbuatında Azərbaycan Ordusunun bölmələrinin guya Gorus rayonunun sərhədyanı "
            "kəndlərini atəşə tutması barədə yayılan məlumatlar həqiqətə uyğun deyil.",
            "Nazirlik bildirir ki, bölmələrimiz həmin istiqamətdə heç bir atəş açmayıb, əməliyyat "
            "şəraiti tam nəzarətimiz altındadır.",
            "Ermənistan Müdafiə Nazirliyi avqustun 9-da yaydığı məlumatda da Azərbaycan tərəfini "
            "sərhədin şərq hissəsində atəşkəs rejimini pozmaqda ittiham edib. Bu iddia da heç bir "
            "faktla təsdiqlənməyib.",
            "Avqustun 10-u saat 21:40 radələrində Ermənistan silahlı qüvvələrinin bölmələri "
            "Basarkeçər rayonu ərazisindəki mövqelərdən Kəlbəcər rayonu istiqamətində yerləşən "
            "mövqelərimizi atıcı silahlardan atəşə tutub. Qarşı tərəfin atəş nöqtələri "
            "bölmələrimizin cavab atəşi ilə susdurulub, itki yoxdur.",
            "Bu gün Müdafiə naziri general-polkovnik Zakir Həsənovun rəhbərliyi ilə Kəlbəcər "
            "istiqamətində yerləşən birləşmənin komanda heyəti ilə xidməti müşavirə keçirilib.",
            "Müşavirədə birləşmənin komandiri general-mayor Samir Nəsirli son sutkalarda qarşı "
            "tərəfin mövqelərində müşahidə olunan fəallıq barədə məruzə edib.",
            "S.Nəsirli bildirib ki, avqustun 7-dən 10-dək Ermənistan silahlı qüvvələrinin "
            "bölmələri Basarkeçər istiqamətində yeni istehkam qurğuları quraşdırıb və bu "
            "ərazilərə əlavə canlı qüvvə cəlb edib.",
            "Müdafiə naziri qeyd edib ki, qarşı tərəfin bu addımları sərhəddə vəziyyəti "
            "gərginləşdirməyə yönəlib və əldə olunmuş razılaşmalara ziddir.",
            "“Ordumuz hər hansı təxribata adekvat cavab verməyə hazırdır. Bölmələrimiz yalnız "
            "hərbi mövqeləri və atəş nöqtələrini hədəf alır, mülki əhali heç vaxt hədəf "
            "seçilmir”, – deyə Z.Həsənov vurğulayıb.",
            "Nazir həmçinin döyüş növbətçiliyinin təşkili və şəxsi heyətin məişət şəraitinin "
            "yaxşılaşdırılması ilə bağlı müvafiq tapşırıqlar verib.",
            "Müdafiə Nazirliyinin Mətbuat xidmətinin rəisi polkovnik Vaqif Dərgahlı isə "
            "AZƏRTAC-a açıqlamasında bildirib ki, son günlər sosial şəbəkələrdə Ordumuzun guya "
            "itki verməsi barədə yayılan videoların heç biri sərhəddəki hadisələrlə bağlı deyil.",
            "Müdafiə Nazirliyi",
        ),
        statements=(
            # a release naming its ministry in the third person: the publisher is the speaker
            Statement(
                span=(
                    "ötən gecə Ermənistan mətbuatında Azərbaycan Ordusunun bölmələrinin guya Gorus "
                    "rayonunun sərhədyanı kəndlərini atəşə tutması barədə yayılan məlumatlar "
                    "həqiqətə uyğun deyil"
                ),
                speaker="az-mod",
            ),
            # follow-on ("Nazirlik bildirir ki")
            Statement(
                span=(
                    "bölmələrimiz həmin istiqamətdə heç bir atəş açmayıb, əməliyyat şəraiti tam "
                    "nəzarətimiz altındadır"
                ),
                speaker="az-mod",
            ),
            # verb of accusing (content to verb); the next sentence is the publisher's own voice
            Statement(
                span=(
                    "Azərbaycan tərəfini sərhədin şərq hissəsində atəşkəs rejimini pozmaqda "
                    "ittiham edib"
                ),
                speaker="am-mod",
            ),
            # speaker not known to the desk, by initial and surname, after "məruzə edib" with
            # no content
            Statement(
                span=(
                    "avqustun 7-dən 10-dək Ermənistan silahlı qüvvələrinin bölmələri Basarkeçər "
                    "istiqamətində yeni istehkam qurğuları quraşdırıb və bu ərazilərə əlavə canlı "
                    "qüvvə cəlb edib"
                ),
                speaker="nasirli",
            ),
            # speaker by title ("Müdafiə naziri"), named earlier only in the genitive
            Statement(
                span=(
                    "qarşı tərəfin bu addımları sərhəddə vəziyyəti gərginləşdirməyə yönəlib və "
                    "əldə olunmuş razılaşmalara ziddir"
                ),
                speaker="hasanov",
            ),
            # direct quote of two sentences, speaker after ("– deyə Z.Həsənov vurğulayıb")
            Statement(
                span=(
                    "Ordumuz hər hansı təxribata adekvat cavab verməyə hazırdır. Bölmələrimiz "
                    "yalnız hərbi mövqeləri və atəş nöqtələrini hədəf alır, mülki əhali heç vaxt "
                    "hədəf seçilmir"
                ),
                speaker="hasanov",
            ),
            # spokesman (speaker = the person) telling the state agency (relay); bare home name
            # of the ministry in the genitive
            Statement(
                span=(
                    "son günlər sosial şəbəkələrdə Ordumuzun guya itki verməsi barədə yayılan "
                    "videoların heç biri sərhəddəki hadisələrlə bağlı deyil"
                ),
                speaker="dargahli",
                relays=("azertac",),
            ),
        ),
        language="az",
        modelled_on="Ministry of Defence of Azerbaijan (press releases)",
    ),
)
