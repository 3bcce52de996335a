"""More articles of ``demo.extraction_sets.real_az``, the Azerbaijani set of real copy's
formulas: a comment of the foreign ministry's spokesman, the ministry's reply to a claim, its
press service's statement, the border service's, the Russian ministry's bulletin and an
interview of the Armenian prime minister (see that module for how they are written and
labelled)."""

from demo.extraction_set import Article, Statement


def _paragraphs(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


MORE_ARTICLES: tuple[Article, ...] = (
    Article(
        key="real-az-border-comment-site",
        publisher="qala-xeber",
        style="news site",
        title="XİN: Ermənistanın ittihamları məntiqə sığmır",
        text=_paragraphs(
            "Ermənistanın Azərbaycanı sərhəddə yeni mövqelər tutmaqda təqsirləndirməsi heç bir "
            "məntiqə sığmır.",
            "Qala Xəbər xəbər verir ki, bu, Xarici İşlər Nazirliyinin mətbuat xidməti "
            "idarəsinin rəisi Ayxan Hacızadənin şərhində bildirilib.",
            "“Sərhədlərin delimitasiyası təklifinə uzun müddət cavab verməyən tərəf məhz "
            "Ermənistan olub”, - A.Hacızadə qeyd edib.",
            "Ermənistan XİN-in sözçüsü Ani Badalyan isə bəyan edib ki, Azərbaycan qoşunları "
            "Ermənistan ərazisindən çıxarılmalıdır. (AZƏRTAC)",
            "Ermənistan tərəfinin yaydığı videogörüntülər başqa əraziyə aiddir.",
            "Bu barədə Müdafiə Nazirliyindən xəbər verilib.",
            "Diqqətə çatdırılıb ki, videoda əks olunan mövqe Azərbaycan Ordusuna məxsus deyil.",
            "Qeyd edək ki, Ermənistan Müdafiə Nazirliyi bu barədə hələ açıqlama verməyib.",
        ),
        statements=(
            # attributed by the next paragraph ("bu, X-in şərhində bildirilib")
            Statement(
                span=(
                    "Ermənistanın Azərbaycanı sərhəddə yeni mövqelər tutmaqda təqsirləndirməsi "
                    "heç bir məntiqə sığmır"
                ),
                speaker="hajizada",
            ),
            Statement(
                span=(
                    "Sərhədlərin delimitasiyası təklifinə uzun müddət cavab verməyən tərəf məhz "
                    "Ermənistan olub"
                ),
                speaker="hajizada",
            ),
            # an agency's credit line after the statement is no part of it
            Statement(
                span="Azərbaycan qoşunları Ermənistan ərazisindən çıxarılmalıdır",
                speaker="badalyan",
            ),
            # attributed by the next paragraph ("Bu barədə X-dən xəbər verilib")
            Statement(
                span="Ermənistan tərəfinin yaydığı videogörüntülər başqa əraziyə aiddir",
                speaker="az-mod",
            ),
            # "Diqqətə çatdırılıb ki" continues it
            Statement(
                span="videoda əks olunan mövqe Azərbaycan Ordusuna məxsus deyil",
                speaker="az-mod",
            ),
        ),
        language="az",
        modelled_on="Unikal.org and AZERTAC",
    ),
    Article(
        key="real-az-drone-claims-site",
        publisher="sahil-xeber",
        style="news site",
        title="MN erməni mətbuatının dron iddiasına cavab verib",
        text=_paragraphs(
            "Sahil Xəbər Müdafiə Nazirliyinə istinadən xəbər verir ki, Ermənistan tərəfinin "
            "Gorus istiqamətində pilotsuz uçuş aparatının vurulması barədə yaydığı xəbər "
            "uydurmadır.",
            "“Həmin ərazidə bizim heç bir pilotsuz uçuş aparatımız uçuş həyata keçirməyib”, – "
            "deyə Müdafiə Nazirliyinin şərhində bildirilir.",
            "Ermənistan Müdafiə Nazirliyinin sözçüsü Aram Torosyan isə yazıb ki, aparat "
            "sərhədi pozduğu üçün vurulub. (APA)",
            "“Bu, Ermənistanın növbəti dezinformasiya kampaniyasıdır”.",
            "Bu sözləri Prezidentin köməkçisi Hikmət Hacıyev Ağdamda jurnalistlərə "
            "açıqlamasında deyib.",
            "Onun sözlərinə görə, belə iddialar sərhəddə yeni gərginlik yaratmaq məqsədi "
            "daşıyır: “Ermənistan eyni ssenarini dəfələrlə təkrarlayır”.",
            "Ordumuzun bölmələri sərhəd boyu mövqelərində xidmətini davam etdirir.",
        ),
        statements=(
            # the publisher citing the ministry: the ministry is the speaker
            Statement(
                span=(
                    "Ermənistan tərəfinin Gorus istiqamətində pilotsuz uçuş aparatının vurulması "
                    "barədə yaydığı xəbər uydurmadır"
                ),
                speaker="az-mod",
            ),
            # a quotation, "– deyə X-in şərhində bildirilir"
            Statement(
                span=(
                    "Həmin ərazidə bizim heç bir pilotsuz uçuş aparatımız uçuş həyata keçirməyib"
                ),
                speaker="az-mod",
            ),
            # an agency's credit line after the statement is no part of it; no relay named
            Statement(
                span="aparat sərhədi pozduğu üçün vurulub",
                speaker="torosyan",
            ),
            # a quotation in a paragraph of its own, attributed by the next ("Bu sözləri X
            # jurnalistlərə açıqlamasında deyib")
            Statement(
                span="Bu, Ermənistanın növbəti dezinformasiya kampaniyasıdır",
                speaker="hajiyev",
            ),
            # "Onun sözlərinə görə, C: “Q”": one statement running into the quotation
            Statement(
                span=(
                    "belə iddialar sərhəddə yeni gərginlik yaratmaq məqsədi daşıyır: “Ermənistan "
                    "eyni ssenarini dəfələrlə təkrarlayır"
                ),
                speaker="hajiyev",
            ),
        ),
        language="az",
        modelled_on="Aktual.az and Yeni Avropa",
    ),
    Article(
        key="real-az-lachin-positions-site",
        publisher="qala-xeber",
        style="news site",
        title="MN: Ermənistan Laçın istiqamətində yeni atəş mövqeləri qurur",
        text=_paragraphs(
            "“Ermənistan silahlı qüvvələrinin bölmələri Laçın istiqamətində yeni atəş mövqeləri "
            "qurur”.",
            "Qala Xəbər xəbər verir ki, bu açıqlama ilə Müdafiə Nazirliyinin mətbuat xidməti "
            "çıxış edib.",
            "Nazirliyin rəsmi səhifəsində yayılan məlumatda isə bildirilib: “Qarşı tərəfin "
            "bütün hərəkətləri bölmələrimizin nəzarəti altındadır”.",
            "Ermənistan Müdafiə Nazirliyi bu məlumatı təkzib edib.",
            "Xarici işlər naziri Ceyhun Bayramov isə jurnalistlərin suallarını cavablandırarkən "
            "bu fikirləri deyib:",
            "“Sülh prosesinə zərbə vuran hər addım Ermənistanın özünə qarşı çevriləcək”.",
            "Nazir hesab edir ki, danışıqlar yeni mərhələyə keçməlidir:",
            "“Biz bu il ərzində sənədin mətnini yekunlaşdırmağa hazırıq”.",
        ),
        statements=(
            # a quotation attributed by the next paragraph ("bu açıqlama ilə X çıxış edib")
            Statement(
                span=(
                    "Ermənistan silahlı qüvvələrinin bölmələri Laçın istiqamətində yeni atəş "
                    "mövqeləri qurur"
                ),
                speaker="az-mod",
            ),
            # "in the information spread on its page it was said: “Q”"
            Statement(
                span="Qarşı tərəfin bütün hərəkətləri bölmələrimizin nəzarəti altındadır",
                speaker="az-mod",
            ),
            # verb of denying
            Statement(span="bu məlumatı təkzib edib", speaker="am-mod"),
            # "X bu fikirləri deyib:" announcing the quotation of the next paragraph
            Statement(
                span="Sülh prosesinə zərbə vuran hər addım Ermənistanın özünə qarşı çevriləcək",
                speaker="bayramov",
            ),
            # reported speech ending with a colon, and its quotation in a paragraph of its own
            Statement(span="danışıqlar yeni mərhələyə keçməlidir", speaker="bayramov"),
            Statement(
                span="Biz bu il ərzində sənədin mətnini yekunlaşdırmağa hazırıq",
                speaker="bayramov",
            ),
        ),
        language="az",
        modelled_on="Modern.az and Ednews",
    ),
    Article(
        key="real-az-border-service-agency",
        publisher="nar-media",
        style="national agency",
        title="DSX: sərhəddə təxribatın qarşısı alınacaq",
        text=_paragraphs(
            "Ermənistan tərəfinin Naxçıvan istiqamətində sərhəd məntəqəsinin atəşə tutulması "
            "barədə yaydığı məlumat həqiqətə uyğun deyil.",
            "Bu barədə Müdafiə Nazirliyindən bildirilib: “Bölmələrimiz həmin istiqamətdə heç bir "
            "atəş açmayıb”.",
            "Dövlət Sərhəd Xidmətindən Nar Media-ya verilən xəbərdə bildirilir ki, sərhəd "
            "naryadları gücləndirilmiş rejimdə xidmət aparır.",
            "“Dövlət sərhədində istənilən təxribatın qarşısı qətiyyətlə alınacaq”-deyə, "
            "məlumatda qeyd olunub.",
            "Mövzu ilə bağlı Nar Media-ya açıqlama verən millət vəkili Rəşid Tağıyev bildirib "
            "ki, sərhəd məntəqələrinin gücləndirilməsi növbəti təxribatların qarşısını alacaq.",
            "Naxçıvan Muxtar Respublikasının Ermənistanla sərhədi iki yüz kilometrdən uzundur.",
        ),
        statements=(
            # attributed by the next sentence, which goes on with a quotation after a colon:
            # two statements
            Statement(
                span=(
                    "Ermənistan tərəfinin Naxçıvan istiqamətində sərhəd məntəqəsinin atəşə "
                    "tutulması barədə yaydığı məlumat həqiqətə uyğun deyil"
                ),
                speaker="az-mod",
            ),
            Statement(
                span="Bölmələrimiz həmin istiqamətdə heç bir atəş açmayıb",
                speaker="az-mod",
            ),
            # the body's ablative, the publisher told, "verilən xəbərdə bildirilir ki"
            Statement(
                span="sərhəd naryadları gücləndirilmiş rejimdə xidmət aparır",
                speaker="az-border",
            ),
            # "-deyə," with a comma, "məlumatda qeyd olunub": the statement before goes on
            Statement(
                span="Dövlət sərhədində istənilən təxribatın qarşısı qətiyyətlə alınacaq",
                speaker="az-border",
            ),
            # a participle clause of the speaker ("açıqlama verən"), a title, a name the desk
            # does not know
            Statement(
                span="sərhəd məntəqələrinin gücləndirilməsi növbəti təxribatların qarşısını alacaq",
                speaker="tagiyev",
            ),
        ),
        language="az",
        modelled_on="Metbuat.az and News24.az",
    ),
    Article(
        key="real-az-peacekeepers-bulletin-site",
        publisher="cenub-press",
        style="news site",
        title="Rusiya MN: Ağdərə istiqamətində atəşkəs pozulub",
        text=_paragraphs(
            "“Rusiya sülhməramlıları Ağdərə rayonunda atəşkəs rejiminin bir dəfə pozulmasını "
            "qeydə alıblar”.",
            "Cənub Press TASS-a istinadla xəbər verir ki, bu barədə Rusiya Müdafiə Nazirliyinin "
            "bu gün dərc olunan gündəlik bülletenində deyilir.",
            "“İtki yoxdur. Komandanlıq tərəflərlə birlikdə hadisəni araşdırır”, - Rusiya Müdafiə "
            "Nazirliyi qeyd edib.",
            "Cənub Press xəbər verir ki, Rüstəm Muradovun sözlərinə görə, sülhməramlılar "
            "vəziyyəti gecə-gündüz izləyir.",
            "Ermənistan XİN-in sözçüsü Ani Badalyanın açıqlamasına cavab olaraq, Hacızadə qeyd "
            "edib ki, bülletendə hadisənin təşəbbüskarı göstərilməyib.",
            "Xatırladaq ki, Ermənistan Müdafiə Nazirliyi ötən həftə Azərbaycan tərəfini Ağdərə "
            "istiqamətində atəş açmaqda ittiham etmişdi.",
        ),
        statements=(
            # a quotation attributed by the next paragraph: the ministry's bulletin, which the
            # agency cited ("TASS-a istinadla") relays
            Statement(
                span=(
                    "Rusiya sülhməramlıları Ağdərə rayonunda atəşkəs rejiminin bir dəfə "
                    "pozulmasını qeydə alıblar"
                ),
                speaker="ru-mod",
                relays=("tass",),
            ),
            # a quotation, a dash and the ministry again: it keeps the relay
            Statement(
                span="İtki yoxdur. Komandanlıq tərəflərlə birlikdə hadisəni araşdırır",
                speaker="ru-mod",
                relays=("tass",),
            ),
            # the outlet's "xəbər verir ki" before "X-in sözlərinə görə"
            Statement(
                span="sülhməramlılar vəziyyəti gecə-gündüz izləyir",
                speaker="muradov",
            ),
            # "Y-in açıqlamasına cavab olaraq, X qeyd edib ki": the one answered is no speaker
            Statement(
                span="bülletendə hadisənin təşəbbüskarı göstərilməyib",
                speaker="hajizada",
            ),
            # verb of accusing, pluperfect, in a "Xatırladaq ki" aside
            Statement(
                span="Azərbaycan tərəfini Ağdərə istiqamətində atəş açmaqda ittiham etmişdi",
                speaker="am-mod",
            ),
        ),
        language="az",
        modelled_on="Redaktor.az, Metbuat.az and Trend",
    ),
    Article(
        key="real-az-pashinyan-interview-site",
        publisher="arazmedia",
        style="news site",
        title="Paşinyan: “Sülh indiki şəraitdə çətindir”",
        text=_paragraphs(
            "Ermənistanın baş naziri Nikol Paşinyan Fransa televiziyasına müsahibəsində bir "
            "sıra açıqlamalar verib.",
            "Arazmedia.az xəbər verir ki, o, danışıqlardan bəhs edərkən bildirib ki, Bakı ilə "
            "İrəvan arasında sülh indiki şəraitdə çətindir.",
            "Paşinyan jurnalistin sabiq prezidentin bəyanatı ilə bağlı sualını belə şərh edib:",
            "“Mən bu suala çoxdan cavab vermişəm, Ermənistan yeni müharibəyə getməyəcək”.",
            "O hesab edir ki, Fransanın hərbi yardımı regionda vəziyyəti gərginləşdirmir.",
            "Ombudsman Aparatından Arazmedia.az-a bildirilib ki, Bərdə raket hücumunun "
            "ildönümü ilə bağlı beynəlxalq təşkilatlara yeni hesabat göndərilib.",
            "“Hesabatda mülki əhaliyə qarşı hücumların yeni sübutları toplanıb”, – deyə "
            "Aparatdan bildirilib.",
            "Xatırladaq ki, baş nazirin müsahibəsi ötən axşam yayımlanıb.",
        ),
        statements=(
            # the outlet's report, a pronoun with a comma, a converb clause, "bildirib ki"
            Statement(
                span="Bakı ilə İrəvan arasında sülh indiki şəraitdə çətindir",
                speaker="pashinyan",
            ),
            # "belə şərh edib:" announcing the quotation of the next paragraph
            Statement(
                span="Mən bu suala çoxdan cavab vermişəm, Ermənistan yeni müharibəyə getməyəcək",
                speaker="pashinyan",
            ),
            # "O hesab edir ki"
            Statement(
                span="Fransanın hərbi yardımı regionda vəziyyəti gərginləşdirmir",
                speaker="pashinyan",
            ),
            # a body's office in the ablative, the publisher told, "bildirilib ki"
            Statement(
                span=(
                    "Bərdə raket hücumunun ildönümü ilə bağlı beynəlxalq təşkilatlara yeni "
                    "hesabat göndərilib"
                ),
                speaker="az-ombudsman",
            ),
            # a quotation, "– deyə" and the office in the ablative, by its bare name
            Statement(
                span="Hesabatda mülki əhaliyə qarşı hücumların yeni sübutları toplanıb",
                speaker="az-ombudsman",
            ),
        ),
        language="az",
        modelled_on="Editor.az and Teleqraf",
    ),
)
