"""Two more articles of the Azerbaijani development set ``az``, in the way Azerbaijani news sites
pass on what the agencies and ministries gave them, kept apart only so that each module stays
short. The conventions and the sources are those of ``az``: the institutions and officials are
real and in their real roles; the incidents, the figures and what anyone is said to have said
are written for Parallax.

They hold the formulas of site copy: the site told first ("Oxu.Az-a bu barədə X-dan məlumat
verilib"), an agency's report cited ("Trend-in məlumatına görə, bunu X deyib"), "Məlumata
görə" for the information of the statement before, a quotation and then what its speaker went
on to say ("“Q”, - deyən X C-dığını da bildirib"), two verbs of saying in one sentence, the
defence ministry as "Azərbaycan MN", an outlet reporting what was said made a noun ("Trend
xəbər verir ki, X C-dığını bildirib:"), and a title narrowed by the country ("Erməni baş
nazirin sözlərinə görə").
"""

from demo.extraction_set import Article, Statement

SITE_ARTICLES: tuple[Article, ...] = (
    Article(
        key="az-oxu-horadiz-mine",
        publisher="oxu-az",
        style="news site",
        language="az",
        modelled_on="Oxu.az",
        title="Horadiz yaxınlığında traktor minaya düşüb",
        text=(
            "Füzuli rayonunun Horadiz qəsəbəsi yaxınlığında minalardan təmizlənməmiş ərazidə "
            "traktor piyada əleyhinə minaya düşüb.\n\n"
            "Oxu.Az-a bu barədə Minatəmizləmə Agentliyindən məlumat verilib.\n\n"
            "Məlumata görə, hadisə nəticəsində traktorun sürücüsü yüngül xəsarət alıb və rayon "
            "xəstəxanasına çatdırılıb.\n\n"
            "“Ərazidə təmizləmə işləri gələn həftə bərpa olunacaq”.\n\n"
            "Trend-in məlumatına görə, bunu agentliyin İdarə Heyətinin sədri Vüqar Süleymanov "
            "Ağdamda jurnalistlərlə görüşdə deyib.\n\n"
            "“Sahədə işləyən bütün texnika yoxlanılıb, təhlükəsizlik qaydaları sərtləşdirilib”, "
            "- deyən V.Süleymanov Horadizdə daha iki sahənin təmizlənməsinin yaxın günlərdə "
            "başa çatacağını da bildirib.\n\n"
            "Vüqar Süleymanov deyib ki, ötən ay rayonda 300 hektardan çox ərazi təmizlənib və "
            "əmin olduğunu bildirib ki, qəsəbə sakinləri payızadək öz sahələrinə qayıda "
            "biləcəklər.\n\n"
            "Azərbaycan MN habelə bildirib ki, hadisə yerinə hərbi mühəndis bölməsi göndərilib "
            "və ərazi mühafizəyə alınıb.\n\n"
            "Xatırladaq ki, Füzuli rayonunda son iki ayda üç mina hadisəsi qeydə alınıb."
        ),
        statements=(
            # the site told first, in the dative, before "bu barədə": the sentence before is
            # the agency's statement; the publisher told is no relay
            Statement(
                span=(
                    "Füzuli rayonunun Horadiz qəsəbəsi yaxınlığında minalardan təmizlənməmiş "
                    "ərazidə traktor piyada əleyhinə minaya düşüb"
                ),
                speaker="anama",
            ),
            # "Məlumata görə": the information of the statement before
            Statement(
                span=(
                    "hadisə nəticəsində traktorun sürücüsü yüngül xəsarət alıb və rayon "
                    "xəstəxanasına çatdırılıb"
                ),
                speaker="anama",
            ),
            # a quotation attributed by the next paragraph, through an agency's report
            Statement(
                span="Ərazidə təmizləmə işləri gələn həftə bərpa olunacaq",
                speaker="suleymanov",
                relays=("trend",),
            ),
            # a quotation, then what the one saying it went on to say, made a noun: two
            # statements, keeping the relay
            Statement(
                span=(
                    "Sahədə işləyən bütün texnika yoxlanılıb, təhlükəsizlik qaydaları "
                    "sərtləşdirilib"
                ),
                speaker="suleymanov",
                relays=("trend",),
            ),
            Statement(
                span="Horadizdə daha iki sahənin təmizlənməsinin yaxın günlərdə başa çatacağını",
                speaker="suleymanov",
                relays=("trend",),
            ),
            # two verbs of saying in one sentence: two statements
            Statement(
                span="ötən ay rayonda 300 hektardan çox ərazi təmizlənib",
                speaker="suleymanov",
                relays=("trend",),
            ),
            Statement(
                span="qəsəbə sakinləri payızadək öz sahələrinə qayıda biləcəklər",
                speaker="suleymanov",
                relays=("trend",),
            ),
            # the defence ministry as the press abbreviates it, with "habelə"
            Statement(
                span=("hadisə yerinə hərbi mühəndis bölməsi göndərilib və ərazi mühafizəyə alınıb"),
                speaker="az-mod",
            ),
        ),
    ),
    Article(
        key="az-1news-commissions-date",
        publisher="1news-az",
        style="news site",
        language="az",
        modelled_on="1news.az",
        title="Paşinyan: “Komissiyalar növbəti mərhələyə keçməyə hazırdır”",
        text=(
            "Trend xəbər verir ki, N.Paşinyan hökumətin iclasında sərhəd komissiyalarının "
            "növbəti görüşünün gələn ay keçiriləcəyini bildirib:\n\n"
            "“Komissiyalar delimitasiya üzrə işin növbəti mərhələsinə keçməyə hazırdır”.\n\n"
            "Ceyhun Bayramov isə APA-ya açıqlamasında bildirib ki, Bakı görüşün tarixini hələ "
            "təsdiqləməyib. Nazir əlavə edib ki, Azərbaycan tərəfi gündəliyə dair təkliflərini "
            "artıq İrəvana göndərib.\n\n"
            "Erməni baş nazirin sözlərinə görə, görüşdə sərhədin şimal hissəsindəki dörd "
            "kəndin ərazisi müzakirə ediləcək.\n\n"
            "Hökumətin iclasında həmçinin sərhədyanı kəndlərdə yolların təmiri ilə bağlı "
            "məsələlər müzakirə olunub. Ermənistan tərəfindən komissiyaya Baş nazirin müavini "
            "Mher Qriqoryan rəhbərlik edir.\n\n"
            "Xatırladaq ki, Azərbaycan tərəfindən dövlət komissiyasına Baş nazirin müavini Şahin "
            "Mustafayev rəhbərlik edir. Komissiyaların əvvəlki görüşü yazda keçirilib. Həmin "
            "görüşdə tərəflər işçi qrupların fəaliyyətinin qaydalarını və növbəti görüşlərin "
            "keçiriləcəyi yerləri razılaşdırıblar."
        ),
        statements=(
            # an outlet reports what a named speaker said, made a noun before the verb; the
            # outlet relays it, and the quotation the colon introduces keeps both
            Statement(
                span="sərhəd komissiyalarının növbəti görüşünün gələn ay keçiriləcəyini",
                speaker="pashinyan",
                relays=("trend",),
            ),
            Statement(
                span="Komissiyalar delimitasiya üzrə işin növbəti mərhələsinə keçməyə hazırdır",
                speaker="pashinyan",
                relays=("trend",),
            ),
            # told an agency, which relays it
            Statement(
                span="Bakı görüşün tarixini hələ təsdiqləməyib",
                speaker="bayramov",
                relays=("apa",),
            ),
            # a follow-on by title keeps the relay
            Statement(
                span="Azərbaycan tərəfi gündəliyə dair təkliflərini artıq İrəvana göndərib",
                speaker="bayramov",
                relays=("apa",),
            ),
            # the title narrowed by the country: the Armenian official who spoke before, not
            # the last speaker; a follow-on keeps the relays of what it continues
            Statement(
                span=("görüşdə sərhədin şimal hissəsindəki dörd kəndin ərazisi müzakirə ediləcək"),
                speaker="pashinyan",
                relays=("trend",),
            ),
        ),
    ),
)
