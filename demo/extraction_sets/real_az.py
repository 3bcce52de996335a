"""An Azerbaijani development set of the formulas real Azerbaijani copy of 2020-2023 attributes
with, as news sites, agencies and the ministries' releases write them, and which the first
development set (``demo.extraction_sets.az``) has few of: eleven articles, six of them in
``_az_real_sites``.

Every article is written for Parallax, in its own words, after the ways of real outlets
(named in ``modelled_on``): the publishers (Sahil Xəbər, Nar Media, Dan Ulduzu, Cənub Press,
Arazmedia.az, Qala Xəbər), the incidents, the figures and the journalist of the byline are
invented; the institutions and officials are real, in their real roles. Labelled by the
conventions of ``demo.extraction_set`` and ``demo.extraction_sets.az``. What it holds:

- a quotation attributed after a dash by a pronoun, a title or a name with no "deyə" ("“Q”, –
  o qeyd edib", "“Q”, - dövlət başçısı bildirib"), or after a comma alone ("“Q”, Sergey Lavrov
  bildirib");
- a quotation attributed by a passive in "the information" ("– deyə məlumatda bildirilir");
- "X xəbər verir ki, bu barədə Y-in məlumatında deyilir", "Bu barədə Y-ə X-dən (MN) məlumat
  verilib", "Bu barədə X-dən xəbər verilib", and the passives that continue them ("Qeyd edilib
  ki", "Diqqətə çatdırılıb ki");
- reported speech ending with a colon and its quotation in a paragraph of its own (two
  statements), or running into the quotation in the same paragraph (one);
- titles that name a ministry before the person ("Müdafiə Nazirliyinin mətbuat katibi,
  polkovnik-leytenant Anar Eyvazov"), and titles that refer back ("Nazirlik rəsmisi", "XİN
  rəhbəri", "Rusiya XİN-in rəsmisi");
- "verdiyi açıqlamada bildirib ki" with an agency told; a byline ("Bakı. N – Dan Ulduzu:"); a
  credit line after a statement ("(AZƏRTAC)"); an initial with a space ("S. Lavrovun");
  "danışıb:" before a quotation; quotation marks written as doubled single ones (‘‘ ’’).
"""

from demo.extraction_set import Article, SourceSpec, Statement

from ._az_real_sites import MORE_ARTICLES


def _paragraphs(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


SOURCES: tuple[SourceSpec, ...] = (
    # Publishers (invented).
    SourceSpec("sahil-xeber", "Sahil Xəbər", "outlet", "AZ"),
    SourceSpec("nar-media", "Nar Media Agentliyi", "news_agency", "AZ", aliases=("Nar Media",)),
    SourceSpec("dan-ulduzu", "Dan Ulduzu Agentliyi", "news_agency", "AZ", aliases=("Dan Ulduzu",)),
    SourceSpec("cenub-press", "Cənub Press", "outlet", "AZ"),
    SourceSpec("arazmedia", "Arazmedia.az", "outlet", "AZ", aliases=("Arazmedia",)),
    SourceSpec("qala-xeber", "Qala Xəbər", "outlet", "AZ"),
    # Real officials in their real roles, whom the desk does not have yet.
    SourceSpec("eyvazov", "Anar Eyvazov", "official", "AZ", aliases=("A.Eyvazov",), known=False),
    SourceSpec("muradov", "Rüstəm Muradov", "military", "RU", known=False),
    SourceSpec("simonyan", "Alen Simonyan", "official", "AM", known=False),
    # Invented.
    SourceSpec("tagiyev", "Rəşid Tağıyev", "official", "AZ", known=False),
)

AGENCY_AND_SITE_ARTICLES: tuple[Article, ...] = (
    Article(
        key="real-az-tovuz-denial-site",
        publisher="sahil-xeber",
        style="news site",
        title="MN: Tovuz istiqamətində kəndlərin atəşə tutulması barədə xəbər yalandır",
        text=_paragraphs(
            "Ermənistan mətbuatında guya Azərbaycan Ordusunun Tovuz istiqamətində sərhədyanı "
            "kəndləri artilleriyadan atəşə tutması barədə yayılan məlumat yalandır.",
            "Sahil Xəbər xəbər verir ki, bu barədə Müdafiə Nazirliyinin məlumatında deyilir.",
            "“Bölmələrimiz yalnız qarşı tərəfin atəş nöqtələrinə cavab verir. Mülki obyektlər "
            "heç vaxt hədəf olmayıb”, – deyə məlumatda bildirilir.",
            "Müdafiə Nazirliyinin mətbuat katibi, polkovnik-leytenant Anar Eyvazov isə "
            "brifinqdə bildirib ki, sərhəddə əməliyyat şəraiti bölmələrimizin nəzarəti "
            "altındadır: “Hazırda vəziyyət gərgin olaraq qalır, lakin düşmənin bütün "
            "cəhdlərinin qarşısı alınıb”.",
            "“Ermənistanın hərbi-siyasi rəhbərliyi məsuliyyəti Azərbaycanın üzərinə atmağa "
            "çalışır”, – o qeyd edib.",
            "Nazirlik rəsmisi həmçinin əlavə edib ki, itkilər barədə ictimaiyyətə əlavə məlumat "
            "veriləcək.",
            "Qeyd edək ki, Ermənistan Müdafiə Nazirliyi bu gün səhər Azərbaycan tərəfinin "
            "atəşkəsi pozduğunu açıqlamışdı.",
        ),
        statements=(
            # attributed by the next paragraph: "bu barədə X-in məlumatında deyilir"
            Statement(
                span=(
                    "Ermənistan mətbuatında guya Azərbaycan Ordusunun Tovuz istiqamətində "
                    "sərhədyanı kəndləri artilleriyadan atəşə tutması barədə yayılan məlumat "
                    "yalandır"
                ),
                speaker="az-mod",
            ),
            # quotation, "– deyə məlumatda bildirilir": the statement before goes on
            Statement(
                span=(
                    "Bölmələrimiz yalnız qarşı tərəfin atəş nöqtələrinə cavab verir. Mülki "
                    "obyektlər heç vaxt hədəf olmayıb"
                ),
                speaker="az-mod",
            ),
            # the ministry named in the title before the person; "ki" running into a
            # quotation after a colon: one statement
            Statement(
                span=(
                    "sərhəddə əməliyyat şəraiti bölmələrimizin nəzarəti altındadır: “Hazırda "
                    "vəziyyət gərgin olaraq qalır, lakin düşmənin bütün cəhdlərinin qarşısı "
                    "alınıb"
                ),
                speaker="eyvazov",
            ),
            # quotation, a dash and a pronoun
            Statement(
                span=(
                    "Ermənistanın hərbi-siyasi rəhbərliyi məsuliyyəti Azərbaycanın üzərinə atmağa "
                    "çalışır"
                ),
                speaker="eyvazov",
            ),
            # a title that refers back ("Nazirlik rəsmisi")
            Statement(
                span="itkilər barədə ictimaiyyətə əlavə məlumat veriləcək",
                speaker="eyvazov",
            ),
            # nominalised content before "açıqlamışdı" in a "Qeyd edək ki" aside
            Statement(
                span="Azərbaycan tərəfinin atəşkəsi pozduğunu",
                speaker="am-mod",
            ),
        ),
        language="az",
        modelled_on="Metbuat.az",
    ),
    Article(
        key="real-az-khojaly-trenches-agency",
        publisher="nar-media",
        style="national agency",
        title="Qanunsuz erməni silahlı dəstələri Xocalı istiqamətində səngər qazmağa cəhd edib",
        text=_paragraphs(
            "Qeyri-qanuni erməni silahlı dəstələri Xocalı rayonu istiqamətində yeni səngərlər "
            "qazmağa cəhd göstəriblər.",
            "Bu barədə Nar Media-ya Müdafiə Nazirliyindən (MN) məlumat verilib.",
            "Qeyd edilib ki, bölmələrimizin təxirəsalınmaz tədbirləri nəticəsində işlər "
            "dayandırılıb.",
            "Rusiya sülhməramlı kontingentinin komandanı, general-leytenant Rüstəm Muradov "
            "TASS-a verdiyi açıqlamada bildirib ki, hadisə yerinə sülhməramlıların patrul qrupu "
            "göndərilib.",
            "Muradov əlavə edib ki, vəziyyət tam nəzarət altındadır.",
            "Rusiya Müdafiə Nazirliyi isə gündəlik bülletenində Xocalı istiqamətində atəşkəsin "
            "pozulması halının qeydə alındığını açıqlayıb.",
            "Xocalı rayonunun bir hissəsi 2020-ci ilin noyabrından Rusiya sülhməramlılarının "
            "müvəqqəti nəzarəti altındadır.",
        ),
        statements=(
            # attributed by the next paragraph; the publisher told, the ministry's abbreviation
            # in brackets
            Statement(
                span=(
                    "Qeyri-qanuni erməni silahlı dəstələri Xocalı rayonu istiqamətində yeni "
                    "səngərlər qazmağa cəhd göstəriblər"
                ),
                speaker="az-mod",
            ),
            # a passive with no subject ("Qeyd edilib ki") continues it
            Statement(
                span="bölmələrimizin təxirəsalınmaz tədbirləri nəticəsində işlər dayandırılıb",
                speaker="az-mod",
            ),
            # "X-a verdiyi açıqlamada bildirib ki": the agency told relays
            Statement(
                span="hadisə yerinə sülhməramlıların patrul qrupu göndərilib",
                speaker="muradov",
                relays=("tass",),
            ),
            # follow-on by surname, keeping the relay
            Statement(
                span="vəziyyət tam nəzarət altındadır",
                speaker="muradov",
                relays=("tass",),
            ),
            # nominalised content before "açıqlayıb"
            Statement(
                span="Xocalı istiqamətində atəşkəsin pozulması halının qeydə alındığını",
                speaker="ru-mod",
            ),
        ),
        language="az",
        modelled_on="FED.az",
    ),
    Article(
        key="real-az-peace-principles-agency",
        publisher="dan-ulduzu",
        style="national agency",
        title="Ceyhun Bayramov: Ermənistan real addımlar atmalıdır",
        text=_paragraphs(
            "Bakı. Nigar Əhmədli – Dan Ulduzu:",
            "Ermənistan sülh danışıqlarında irəliləyiş üçün real addımlar atmalıdır.",
            "Dan Ulduzu-nun məlumatına görə, bunu xarici işlər naziri Ceyhun Bayramov ADA "
            "Universitetində keçirilən konfransda deyib.",
            "Nazir xatırladıb ki, Azərbaycan sülh müqaviləsinin əsas prinsiplərini iki il əvvəl "
            "təqdim edib:",
            "“Bu prinsiplər beynəlxalq hüququn normalarına əsaslanır. Onlardan geri çəkilmək "
            "mümkün deyil”.",
            "XİN rəhbəri bildirib ki, Ermənistanda sülh gündəliyinə qarşı çıxan qüvvələr ictimai "
            "dəstəyə malik deyil.",
            "C.Bayramov həmçinin Ermənistanla sərhədin delimitasiyası üzrə işin davam etdiyini "
            "bəyan edib.",
        ),
        statements=(
            # attributed by the next paragraph ("X-in məlumatına görə, bunu Y deyib"); the
            # publisher's own name relays nothing
            Statement(
                span="Ermənistan sülh danışıqlarında irəliləyiş üçün real addımlar atmalıdır",
                speaker="bayramov",
            ),
            # reported speech ending with a colon, and its quotation in a paragraph of its own
            Statement(
                span=("Azərbaycan sülh müqaviləsinin əsas prinsiplərini iki il əvvəl təqdim edib"),
                speaker="bayramov",
            ),
            Statement(
                span=(
                    "Bu prinsiplər beynəlxalq hüququn normalarına əsaslanır. Onlardan geri "
                    "çəkilmək mümkün deyil"
                ),
                speaker="bayramov",
            ),
            # a title that refers back ("XİN rəhbəri")
            Statement(
                span=(
                    "Ermənistanda sülh gündəliyinə qarşı çıxan qüvvələr ictimai dəstəyə malik deyil"
                ),
                speaker="bayramov",
            ),
            # nominalised content before "bəyan edib"
            Statement(
                span="Ermənistanla sərhədin delimitasiyası üzrə işin davam etdiyini",
                speaker="bayramov",
            ),
        ),
        language="az",
        modelled_on="Trend",
    ),
    Article(
        key="real-az-moscow-ceasefire-site",
        publisher="cenub-press",
        style="news site",
        title="Rusiya Qarabağda atəşkəsin möhkəmlənməsinə səy göstərir",
        text=_paragraphs(
            "Rusiya Qarabağda atəşkəs rejiminin möhkəmlənməsinə yönələn səyləri davam etdirir.",
            "Cənub Press-in xəbərinə görə, bu barədə Rusiya Xarici İşlər Nazirliyinin rəsmi "
            "nümayəndəsi Mariya Zaxarova keçirdiyi brifinqdə bildirib.",
            "Laçın dəhlizindəki vəziyyətdən danışan Rusiya XİN-in rəsmisi qeyd edib ki, "
            "üçtərəfli bəyanatın bütün müddəaları yerinə yetirilməlidir: “Biz tərəfləri "
            "təmkinli olmağa çağırırıq”.",
            "Zaxarova deyib: ‘‘Atəşkəsin pozulması ilə bağlı bütün hallar araşdırılır’’.",
            "S. Lavrovun sözlərinə görə, Moskva növbəti üçtərəfli görüşün keçirilməsinə hazırdır.",
            "S. Lavrov danışıqların formatından da danışıb: “Biz istənilən formatı dəstəkləyirik, "
            "əsas odur ki, nəticə olsun”.",
            "“Sülhməramlılarımız öz vəzifələrini peşəkarcasına yerinə yetirir”, Sergey Lavrov "
            "bildirib.",
        ),
        statements=(
            # attributed by the next paragraph ("X-in xəbərinə görə, bu barədə Y bildirib")
            Statement(
                span="Rusiya Qarabağda atəşkəs rejiminin möhkəmlənməsinə yönələn səyləri davam "
                "etdirir",
                speaker="zakharova",
            ),
            # a participle clause, then a title that refers back with its country ("Rusiya
            # XİN-in rəsmisi"); "ki" running into a quotation: one statement
            Statement(
                span=(
                    "üçtərəfli bəyanatın bütün müddəaları yerinə yetirilməlidir: “Biz tərəfləri "
                    "təmkinli olmağa çağırırıq"
                ),
                speaker="zakharova",
            ),
            # "X deyib:" and a quotation in doubled single marks
            Statement(
                span="Atəşkəsin pozulması ilə bağlı bütün hallar araşdırılır",
                speaker="zakharova",
            ),
            # an initial with a space before the surname, "-un sözlərinə görə"
            Statement(
                span="Moskva növbəti üçtərəfli görüşün keçirilməsinə hazırdır",
                speaker="lavrov",
            ),
            # "danışıb:" before a quotation
            Statement(
                span="Biz istənilən formatı dəstəkləyirik, əsas odur ki, nəticə olsun",
                speaker="lavrov",
            ),
            # a quotation attributed after a comma alone
            Statement(
                span="Sülhməramlılarımız öz vəzifələrini peşəkarcasına yerinə yetirir",
                speaker="lavrov",
            ),
        ),
        language="az",
        modelled_on="Sputnik Azərbaycan and TRT Azərbaycan",
    ),
    Article(
        key="real-az-summit-speech-site",
        publisher="arazmedia",
        style="news site",
        title="İlham Əliyev: “Ermənistan təxribatlarla sülh prosesinə zərbə vurur”",
        text=_paragraphs(
            "“Ermənistan sərhəddə təxribatlarını davam etdirməklə sülh prosesinə zərbə vurur”.",
            "Arazmedia.az-ın xəbərinə görə, bunu Prezident İlham Əliyev Səmərqənddə keçirilən "
            "sammitdə çıxışı zamanı deyib.",
            "“Biz öz ərazimizdə hərəkət edirik və heç kimin torpağına iddiamız yoxdur”, - "
            "dövlət başçısı bildirib.",
            "“Ermənistanın yaydığı görüntülər saxtadır və heç bir real hadisəni əks etdirmir”.",
            "Bunu Prezidentin köməkçisi Hikmət Hacıyev tviterdə yazıb.",
            "“Dezinformasiya kampaniyası adətən yeni təxribatdan əvvəl başlayır”, - o yazıb.",
            "Ermənistan parlamentinin sədri Alen Simonyan isə jurnalistlərə bildirib ki, İrəvan "
            "sülh müqaviləsini ilin sonunadək imzalamağa hazırdır.",
            "“Amma hələ ortada razılaşdırılmış sənəd yoxdur”, – o deyib.",
        ),
        statements=(
            # attributed by the next paragraph ("X-in xəbərinə görə, bunu Y deyib")
            Statement(
                span=(
                    "Ermənistan sərhəddə təxribatlarını davam etdirməklə sülh prosesinə zərbə vurur"
                ),
                speaker="aliyev",
            ),
            # quotation, a dash and a title that refers back
            Statement(
                span=("Biz öz ərazimizdə hərəkət edirik və heç kimin torpağına iddiamız yoxdur"),
                speaker="aliyev",
            ),
            # a post, attributed by the next paragraph ("tviterdə yazıb")
            Statement(
                span=(
                    "Ermənistanın yaydığı görüntülər saxtadır və heç bir real hadisəni əks etdirmir"
                ),
                speaker="hajiyev",
            ),
            # quotation, a dash and a pronoun, "yazıb"
            Statement(
                span="Dezinformasiya kampaniyası adətən yeni təxribatdan əvvəl başlayır",
                speaker="hajiyev",
            ),
            # a speaker the desk does not know, told journalists (an audience)
            Statement(
                span="İrəvan sülh müqaviləsini ilin sonunadək imzalamağa hazırdır",
                speaker="simonyan",
            ),
            Statement(
                span="Amma hələ ortada razılaşdırılmış sənəd yoxdur",
                speaker="simonyan",
            ),
        ),
        language="az",
        modelled_on="Musavat.com and APA",
    ),
)

ARTICLES: tuple[Article, ...] = (*AGENCY_AND_SITE_ARTICLES, *MORE_ARTICLES)
