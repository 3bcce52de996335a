"""A fifth held-out set in Azerbaijani: six articles after the ways real outlets wrote about
the conflict in 2020–2023 (the defence ministry's own release, APA, AZERTAC, Report.az, Radio
Azadlıq and Meydan TV).

Labelled by the rules of ``demo.extraction_set`` and by nothing else, written without looking at
the extraction rules and never tuned against them. The publishers, the incidents, the figures,
what anyone is said to have said and the minor people are invented; the institutions, agencies
and officials are real, in their real roles. The formulas are those of real copy: a quotation
as the first paragraph and "X xəbər verir ki, bunu … deyib" after it, "O bildirib ki",
"– deyə … vurğulayıb", "Bu barədə X-ə … məlumat verilib" after the sentence it attributes,
"Məlumata görə", "X-in məlumatına görə", a ministry that names itself in its own release
("Müdafiə Nazirliyi bildirir ki"), "– məlumatda deyilir", "… xəbər verir" after an accusation,
an initial glued to a surname ("H.Hacıyev"), "… danışıb ki", "… təkzib edib və bildirib ki",
and a passive sentence with no speaker, which is no statement.
"""

from demo.extraction_set import Article, SourceSpec, Statement


def _paragraphs(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


SOURCES: tuple[SourceSpec, ...] = (
    # Publishers (invented).
    SourceSpec("qaranqus", "Qaranquş Xəbər Agentliyi", "news_agency", "AZ", short_name="Qaranquş"),
    SourceSpec("kur-agency", "Kür Xəbər Agentliyi", "news_agency", "AZ", short_name="KÜR"),
    SourceSpec("goygol", "Göygöl Press", "news_agency", "AZ", aliases=("Göygöl",)),
    SourceSpec("azad-qafqaz", "Azad Qafqaz Radiosu", "outlet"),
    SourceSpec("sahil-tv", "Sahil TV", "outlet", "AZ"),
    # Speakers the desk does not have: to be proposed by the name the text uses.
    SourceSpec("rzayev", "Tural Rzayev", "military", "AZ", known=False),
    SourceSpec("quliyev-rashad", "Rəşad Quliyev", "other", "AZ", known=False),
    SourceSpec(
        "az-prosecutor",
        "Baş Prokurorluq",
        "government_body",
        "AZ",
        aliases=("Azərbaycan Respublikasının Baş Prokurorluğu",),
        known=False,
    ),
    SourceSpec("asgarov", "Kamran Əsgərov", "official", "AZ", known=False),
    SourceSpec("nabiyev", "Elşən Nəbiyev", "other", "AZ", known=False),
    SourceSpec("prays", "Ned Prays", "official", "US", aliases=("Ned Price",), known=False),
    SourceSpec("mammadova-tovuz", "Gülnarə Məmmədova", "other", "AZ", known=False),
    SourceSpec(
        "tovuz-executive",
        "Tovuz Rayon İcra Hakimiyyəti",
        "government_body",
        "AZ",
        known=False,
    ),
    SourceSpec("aliyeva-ombudsman", "Səbinə Əliyeva", "official", "AZ", known=False),
)

ARTICLES: tuple[Article, ...] = (
    Article(
        key="h5-az-kalbajar-release-mod",
        publisher="az-mod",
        style="ministry statement",
        language="az",
        modelled_on="mod.gov.az",
        title="Ordumuzun Kəlbəcər istiqamətindəki mövqeləri atəşə tutulub",
        text=_paragraphs(
            "Avqustun 3-ü saat 14:00 radələrində Ermənistan silahlı qüvvələrinin bölmələri "
            "Basarkeçər rayonunun Yuxarı Şorca yaşayış məntəqəsi istiqamətindəki mövqelərdən "
            "Kəlbəcər rayonu istiqamətində yerləşən Azərbaycan Ordusunun mövqelərini atıcı "
            "silahlardan atəşə tutub.",
            "Düşmən atəşi nəticəsində bir hərbi qulluqçumuz yaralanıb.",
            "Müdafiə Nazirliyi bildirir ki, Ermənistan Müdafiə Nazirliyinin yaydığı guya "
            "Azərbaycan Ordusu bölmələrinin əvvəlcə atəş açması barədə məlumat həqiqəti əks "
            "etdirmir.",
            "Ermənistan Müdafiə Nazirliyi səhər iddia edib ki, Azərbaycan bölmələri Sotk kəndi "
            "istiqamətində atəş açıb.",
            "“Bölmələrimiz tərəfindən adekvat cavab tədbirləri görülüb. Hazırda əməliyyat "
            "şəraiti tam nəzarətimiz altındadır”, – məlumatda deyilir.",
            "Müdafiə Nazirliyinin mətbuat xidmətinin rəis müavini, polkovnik-leytenant Tural "
            "Rzayev bildirib ki, yaralı hərbi qulluqçunun həyatı üçün təhlükə yoxdur.",
            "Müdafiə Nazirliyi bir daha bəyan edir ki, gərginliyə görə bütün məsuliyyət "
            "Ermənistanın hərbi-siyasi rəhbərliyinin üzərinə düşür.",
            "Rusiya sülhməramlı kontingentinin komandanlığına hadisə barədə məlumat verilib.",
        ),
        statements=(
            # the ministry names itself in its own release: it is the speaker
            Statement(
                span=(
                    "Ermənistan Müdafiə Nazirliyinin yaydığı guya Azərbaycan Ordusu bölmələrinin "
                    "əvvəlcə atəş açması barədə məlumat həqiqəti əks etdirmir"
                ),
                speaker="az-mod",
            ),
            Statement(
                span="Azərbaycan bölmələri Sotk kəndi istiqamətində atəş açıb",
                speaker="am-mod",
            ),
            # "– məlumatda deyilir": the release itself
            Statement(
                span=(
                    "Bölmələrimiz tərəfindən adekvat cavab tədbirləri görülüb. Hazırda əməliyyat "
                    "şəraiti tam nəzarətimiz altındadır"
                ),
                speaker="az-mod",
            ),
            # an officer the desk does not know
            Statement(
                span="yaralı hərbi qulluqçunun həyatı üçün təhlükə yoxdur",
                speaker="rzayev",
            ),
            Statement(
                span=(
                    "gərginliyə görə bütün məsuliyyət Ermənistanın hərbi-siyasi rəhbərliyinin "
                    "üzərinə düşür"
                ),
                speaker="az-mod",
            ),
        ),
    ),
    Article(
        key="h5-az-hajiyev-briefing-agency",
        publisher="qaranqus",
        style="national agency",
        language="az",
        modelled_on="APA",
        title="Hikmət Hacıyev: Ermənistan sülh gündəliyini pozmağa çalışır",
        text=_paragraphs(
            "“Ermənistan sülh gündəliyini pozmağa çalışır”.",
            "Qaranquş xəbər verir ki, bunu Azərbaycan Prezidentinin köməkçisi, Prezident "
            "Administrasiyasının Xarici siyasət məsələləri şöbəsinin müdiri Hikmət Hacıyev "
            "xarici diplomatlar üçün keçirilən brifinqdə deyib.",
            "O bildirib ki, son bir həftədə Ermənistan silahlı qüvvələri sərhəddə ən azı 12 "
            "dəfə atəşkəs rejimini pozub.",
            "“Biz sərhədlərin delimitasiyası üzrə komissiyaların işinin davam etdirilməsinin "
            "tərəfdarıyıq”, – deyə H.Hacıyev vurğulayıb.",
            "Ermənistan Xarici İşlər Nazirliyinin mətbuat katibi Ani Badalyan isə Azərbaycanı "
            "sərhəddə təxribatlar törətməkdə ittiham edib, Armenpress xəbər verir.",
            "Politoloq Rəşad Quliyev Qaranquş-a açıqlamasında bildirib ki, İrəvanın ritorikası "
            "Qərb paytaxtlarına hesablanıb.",
            "Xatırladaq ki, tərəflər arasında sülh müqaviləsi üzrə danışıqlar Brüssel və "
            "Vaşinqtonda davam edir.",
        ),
        statements=(
            # a quotation as the first paragraph, attributed by the next one
            Statement(
                span="Ermənistan sülh gündəliyini pozmağa çalışır",
                speaker="hajiyev",
            ),
            # "O bildirib ki": a follow-on
            Statement(
                span=(
                    "son bir həftədə Ermənistan silahlı qüvvələri sərhəddə ən azı 12 dəfə "
                    "atəşkəs rejimini pozub"
                ),
                speaker="hajiyev",
            ),
            # an initial glued to the surname
            Statement(
                span=(
                    "Biz sərhədlərin delimitasiyası üzrə komissiyaların işinin davam "
                    "etdirilməsinin tərəfdarıyıq"
                ),
                speaker="hajiyev",
            ),
            # accusing, then the agency that reported it: a relay
            Statement(
                span="Azərbaycanı sərhəddə təxribatlar törətməkdə ittiham edib",
                speaker="badalyan",
                relays=("armenpress",),
            ),
            # told the publisher: no relay
            Statement(
                span="İrəvanın ritorikası Qərb paytaxtlarına hesablanıb",
                speaker="quliyev-rashad",
            ),
        ),
    ),
    Article(
        key="h5-az-november-address-agency",
        publisher="kur-agency",
        style="national agency",
        language="az",
        modelled_on="AZERTAC",
        title="Prezident İlham Əliyev xalqa müraciət edib",
        text=_paragraphs(
            "Bakı, 10 noyabr, KÜR. Prezident İlham Əliyev xalqa müraciətində bildirib ki, "
            "Ağdam, Kəlbəcər və Laçın rayonları Azərbaycana qaytarılacaq.",
            "“Bu, Ermənistanın kapitulyasiyasıdır. Biz müharibəni döyüş meydanında qazandıq”, – "
            "deyə dövlətimizin başçısı vurğulayıb.",
            "Dövlət başçısı qeyd edib ki, Rusiya sülhməramlıları bölgədə beş il qalacaq.",
            "Rusiya Prezidenti Vladimir Putin isə bəyanatında tərəflərin hazırkı mövqelərində "
            "qalacağını bildirib.",
            "Ermənistanın Baş naziri Nikol Paşinyan feysbuk səhifəsində yazıb ki, sənədi "
            "imzalamaq onun üçün “ağrılı” qərar olub.",
            "Müdafiə Nazirliyinin məlumatına görə, Şuşa şəhərində vəziyyət sabitdir.",
            "Xatırladaq ki, 44 gün davam edən Vətən müharibəsi noyabrın 10-da imzalanan "
            "üçtərəfli bəyanatla başa çatıb.",
        ),
        statements=(
            Statement(
                span="Ağdam, Kəlbəcər və Laçın rayonları Azərbaycana qaytarılacaq",
                speaker="aliyev",
            ),
            # a follow-on by title
            Statement(
                span=(
                    "Bu, Ermənistanın kapitulyasiyasıdır. Biz müharibəni döyüş meydanında qazandıq"
                ),
                speaker="aliyev",
            ),
            Statement(
                span="Rusiya sülhməramlıları bölgədə beş il qalacaq",
                speaker="aliyev",
            ),
            # the content as a verbal noun before "bildirib"
            Statement(
                span="tərəflərin hazırkı mövqelərində qalacağını",
                speaker="putin",
            ),
            Statement(
                span="sənədi imzalamaq onun üçün “ağrılı” qərar olub",
                speaker="pashinyan",
            ),
            # "X-in məlumatına görə, C"
            Statement(span="Şuşa şəhərində vəziyyət sabitdir", speaker="az-mod"),
        ),
    ),
    Article(
        key="h5-az-zar-mine-agency",
        publisher="goygol",
        style="national agency",
        language="az",
        modelled_on="Report.az",
        title="Kəlbəcərdə mina partlayışı: bir nəfər yaralanıb",
        text=_paragraphs(
            "Kəlbəcər rayonunda minaya düşən mülki şəxs yaralanıb.",
            "Bu barədə Göygöl-ə Baş Prokurorluqdan məlumat verilib.",
            "Məlumata görə, hadisə Kəlbəcər rayonunun Zar kəndi ərazisində baş verib.",
            "Yaralı xəstəxanaya çatdırılıb, onun vəziyyəti orta ağır kimi qiymətləndirilir.",
            "ANAMA-nın ictimaiyyətlə əlaqələr şöbəsinin müdiri Kamran Əsgərov Göygöl-ə bildirib "
            "ki, ərazi hələ təmizlənməmiş sahələr sırasında olub.",
            "O əlavə edib ki, 2020-ci ilin noyabrından bu günədək mina partlayışları nəticəsində "
            "250-dən çox şəxs həlak olub və ya yaralanıb.",
            "Prezidentin köməkçisi Hikmət Hacıyev “Twitter” hesabında yazıb ki, Ermənistan "
            "minalanmış ərazilərin xəritələrini tam təqdim etməkdən imtina edir.",
            "Qeyd edək ki, işğaldan azad olunmuş ərazilərdə minatəmizləmə işləri davam edir.",
        ),
        statements=(
            # attributed by the next paragraph: told the publisher
            Statement(
                span="Kəlbəcər rayonunda minaya düşən mülki şəxs yaralanıb",
                speaker="az-prosecutor",
            ),
            # "Məlumata görə": a follow-on
            Statement(
                span="hadisə Kəlbəcər rayonunun Zar kəndi ərazisində baş verib",
                speaker="az-prosecutor",
            ),
            Statement(
                span="ərazi hələ təmizlənməmiş sahələr sırasında olub",
                speaker="asgarov",
            ),
            Statement(
                span=(
                    "2020-ci ilin noyabrından bu günədək mina partlayışları nəticəsində "
                    "250-dən çox şəxs həlak olub və ya yaralanıb"
                ),
                speaker="asgarov",
            ),
            Statement(
                span=(
                    "Ermənistan minalanmış ərazilərin xəritələrini tam təqdim etməkdən imtina edir"
                ),
                speaker="hajiyev",
            ),
        ),
    ),
    Article(
        key="h5-az-september-losses-radio",
        publisher="azad-qafqaz",
        style="broadcaster",
        language="az",
        modelled_on="Radio Azadlıq",
        title="Sərhəddə toqquşmalar: Bakı 71 hərbçinin həlak olduğunu açıqlayıb",
        text=_paragraphs(
            "Azərbaycan Müdafiə Nazirliyi açıqlayıb ki, sentyabrın 13-14-də Ermənistanla "
            "sərhəddə baş verən toqquşmalarda 71 hərbçi həlak olub.",
            "Ermənistanın Baş naziri Nikol Paşinyan parlamentdəki çıxışında ölkəsinin 105 "
            "hərbçisinin öldüyünü deyib.",
            "Ermənistan Müdafiə Nazirliyi Azərbaycanı Ermənistanın suveren ərazisinə hücumda "
            "günahlandırıb.",
            "Həlak olan hərbçilərdən birinin atası, Füzuli sakini Elşən Nəbiyev Azad Qafqaz "
            "Radiosuna deyib ki, oğlu cəmi altı ay əvvəl hərbi xidmətə çağırılıbmış.",
            "“Biz ondan son dəfə bazar günü xəbər almışdıq”, – o deyib.",
            "ABŞ Dövlət Departamentinin sözçüsü Ned Prays brifinqdə bildirib ki, Vaşinqton hər "
            "iki ölkənin liderləri ilə təmasdadır.",
            "Azad Qafqaz Radiosu Azərbaycan Müdafiə Nazirliyinə sorğu göndərib, lakin cavab ala "
            "bilməyib.",
        ),
        statements=(
            Statement(
                span=(
                    "sentyabrın 13-14-də Ermənistanla sərhəddə baş verən toqquşmalarda 71 hərbçi "
                    "həlak olub"
                ),
                speaker="az-mod",
            ),
            # the content as a verbal noun before "deyib"
            Statement(span="ölkəsinin 105 hərbçisinin öldüyünü", speaker="pashinyan"),
            # blaming: the object and the verb
            Statement(
                span="Azərbaycanı Ermənistanın suveren ərazisinə hücumda günahlandırıb",
                speaker="am-mod",
            ),
            # told the publisher: no relay
            Statement(
                span="oğlu cəmi altı ay əvvəl hərbi xidmətə çağırılıbmış",
                speaker="nabiyev",
            ),
            Statement(
                span="Biz ondan son dəfə bazar günü xəbər almışdıq",
                speaker="nabiyev",
            ),
            Statement(
                span="Vaşinqton hər iki ölkənin liderləri ilə təmasdadır",
                speaker="prays",
            ),
        ),
    ),
    Article(
        key="h5-az-tovuz-village-site",
        publisher="sahil-tv",
        style="news site",
        language="az",
        modelled_on="Meydan TV",
        title="Tovuzun sərhəd kəndində mərmilər evlərə düşüb",
        text=_paragraphs(
            "Tovuz rayonunun Ağdam kəndində iyulun 14-də gecə saatlarında ən azı dörd ev "
            "artilleriya atəşindən ziyan görüb.",
            "Kənd sakini Gülnarə Məmmədova Sahil TV-yə danışıb ki, mərmi onların həyətinə gecə "
            "saat ikidə düşüb.",
            "“Uşaqlarla zirzəmidə gizləndik. Hələ də heç kim ziyanı qiymətləndirməyə "
            "gəlməyib”, – deyə o əlavə edib.",
            "Tovuz Rayon İcra Hakimiyyətindən Sahil TV-yə bildiriblər ki, ziyan çəkən evlərin "
            "siyahısı hazırlanır.",
            "Azərbaycan Müdafiə Nazirliyi bildirib ki, Ermənistan silahlı qüvvələri yaşayış "
            "məntəqələrini qəsdən atəşə tutur.",
            "Ermənistan Müdafiə Nazirliyinin mətbuat katibi Şuşan Stepanyan isə bu iddianı "
            "təkzib edib və bildirib ki, Azərbaycan ordusu Tavuş istiqamətində hücuma cəhd "
            "edib.",
            "Ombudsman Səbinə Əliyeva bəyanatında bildirib ki, atəş nəticəsində bir mülki şəxs "
            "həlak olub.",
            "İyulun 12-də başlayan toqquşmalarda general-mayor Polad Həşimov da daxil olmaqla "
            "11 azərbaycanlı hərbçi həlak olub.",
        ),
        statements=(
            # told the publisher: no relay
            Statement(
                span="mərmi onların həyətinə gecə saat ikidə düşüb",
                speaker="mammadova-tovuz",
            ),
            Statement(
                span=(
                    "Uşaqlarla zirzəmidə gizləndik. Hələ də heç kim ziyanı qiymətləndirməyə "
                    "gəlməyib"
                ),
                speaker="mammadova-tovuz",
            ),
            # a body the desk does not know, in the ablative, told the publisher
            Statement(
                span="ziyan çəkən evlərin siyahısı hazırlanır",
                speaker="tovuz-executive",
            ),
            Statement(
                span=("Ermənistan silahlı qüvvələri yaşayış məntəqələrini qəsdən atəşə tutur"),
                speaker="az-mod",
            ),
            # denied A and said B: two statements
            Statement(span="bu iddianı təkzib edib", speaker="stepanyan"),
            Statement(
                span="Azərbaycan ordusu Tavuş istiqamətində hücuma cəhd edib",
                speaker="stepanyan",
            ),
            Statement(
                span="atəş nəticəsində bir mülki şəxs həlak olub",
                speaker="aliyeva-ombudsman",
            ),
        ),
    ),
)
