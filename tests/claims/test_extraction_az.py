"""Claim extraction in Azerbaijani (claims/extraction/languages/az.toml): one sentence per
pattern, written for these tests, with the statement's span, its speaker and its relays; names
in their cases linking to one source; follow-ons; the publisher's own voice; reruns."""

import pytest

from claims.extraction.services import document_claims_extract
from claims.models import Claim
from sources.models import Source, SourceProposal
from tests.factories import make_document, make_source

pytestmark = pytest.mark.django_db

AZ_MOD = "Ministry of Defence of Azerbaijan"
AM_MOD = "Ministry of Defence of Armenia"
AM_MFA = "Ministry of Foreign Affairs of Armenia"
BORDER = "State Border Service of Azerbaijan"
PEACEKEEPERS = "Russian peacekeeping contingent in Nagorno-Karabakh"


@pytest.fixture
def desk():
    """The sources these sentences name, by the names Azerbaijani copy gives them (as the
    starter registry lists them: base forms only)."""
    kinds = Source.Kind

    def source(name, kind, *aliases):
        return make_source(name, kind=kind, aliases=list(aliases))

    return {
        "apa": source("Azeri Press Agency", kinds.NEWS_AGENCY, "APA"),
        "trend": source("Trend", kinds.NEWS_AGENCY),
        "oxu": source("Oxu.az", kinds.OUTLET),
        "tass": source("TASS", kinds.NEWS_AGENCY),
        "ria": source("RIA Novosti", kinds.NEWS_AGENCY, "RİA Novosti"),
        "armenpress": source("Armenpress", kinds.NEWS_AGENCY),
        "rferl": source("Radio Free Europe/Radio Liberty", kinds.OUTLET, "Azadlıq Radiosu"),
        "az-mod": source(
            AZ_MOD,
            kinds.MINISTRY,
            "Azərbaycan Müdafiə Nazirliyi",
            "Azərbaycan Respublikasının Müdafiə Nazirliyi",
            "Bakı",
        ),
        "am-mod": source(AM_MOD, kinds.MINISTRY, "Ermənistan Müdafiə Nazirliyi", "İrəvan"),
        "am-mfa": source(
            AM_MFA, kinds.MINISTRY, "Ermənistan Xarici İşlər Nazirliyi", "Ermənistan XİN"
        ),
        "az-border": source(BORDER, kinds.GOVERNMENT_BODY, "Azərbaycan Dövlət Sərhəd Xidməti"),
        "peacekeepers": source(PEACEKEEPERS, kinds.MILITARY, "Rusiya sülhməramlı kontingenti"),
        "am-sc": source("Security Council of Armenia", kinds.GOVERNMENT_BODY),
        "bayramov": source("Jeyhun Bayramov", kinds.OFFICIAL, "Ceyhun Bayramov"),
        "hajizada": source("Ayhan Hajizada", kinds.OFFICIAL, "Ayxan Hacızadə", "Hacızadə"),
        "dargahli": source("Vagif Dargahli", kinds.OFFICIAL, "Vaqif Dərgahlı", "Dərgahlı"),
        "pashinyan": source("Nikol Pashinyan", kinds.OFFICIAL, "Nikol Paşinyan", "Paşinyan"),
        "torosyan": source("Aram Torosyan", kinds.OFFICIAL),
        "badalyan": source("Ani Badalyan", kinds.OFFICIAL),
        "grigoryan": source("Armen Grigoryan", kinds.OFFICIAL, "Armen Qriqoryan"),
        "zakharova": source("Maria Zakharova", kinds.OFFICIAL, "Mariya Zaxarova", "Zaxarova"),
    }


def extract(text, desk, publisher="apa"):
    document = make_document(text, publisher=desk[publisher], language="az")
    result = document_claims_extract(document=document)
    claims = (
        Claim.objects.filter(document=document)
        .select_related("speaker")
        .prefetch_related("attributions__source")
        .order_by("start")
    )
    found = [
        (c.quote, c.speaker.name, [a.source.name for a in c.attributions.all()]) for c in claims
    ]
    return document, result, found


PATTERNS = [
    pytest.param(
        "«Bölgədə vəziyyəti gərginləşdirən addımlar atılmamalıdır».\n\n"
        "Oxu.Az TASS-a istinadən xəbər verir ki, bunu Rusiya XİN-in rəsmi nümayəndəsi Mariya "
        "Zaxarova brifinqdə deyib.",
        "oxu",
        [("Bölgədə vəziyyəti gərginləşdirən addımlar atılmamalıdır", "Maria Zakharova", ["TASS"])],
        id="publisher citing an agency: this was said by",
    ),
    pytest.param(
        "Sərhədin Laçın sahəsində atəş açılması barədə məlumat həqiqəti əks etdirmir.\n\n"
        "Bu barədə APA-ya Azərbaycan Müdafiə Nazirliyindən bildirilib.",
        "apa",
        [
            (
                "Sərhədin Laçın sahəsində atəş açılması barədə məlumat həqiqəti əks etdirmir",
                AZ_MOD,
                [],
            )
        ],
        id="this was said by, told the publisher",
    ),
    pytest.param(
        "Sərhəddə yeni mövqe qurulmayıb. Bu barədə Trend-ə Azərbaycan Dövlət Sərhəd "
        "Xidmətindən bildirilib.",
        "oxu",
        [("Sərhəddə yeni mövqe qurulmayıb", BORDER, ["Trend"])],
        id="this was said by, told another agency",
    ),
    pytest.param(
        "“Danışıqlar masasına qayıtmağa hazırıq”.\n\n"
        "Trend xəbər verir ki, bu sözləri Ceyhun Bayramov Bakıda jurnalistlərlə görüşdə deyib.",
        "trend",
        [("Danışıqlar masasına qayıtmağa hazırıq", "Jeyhun Bayramov", [])],
        id="publisher reports: these words were said by",
    ),
    pytest.param(
        "“Sülh gündəliyinin alternativi yoxdur”.\n\n"
        "Trend xəbər verir ki, bu sözlər Ayxan Hacızadənin sosial şəbəkədəki paylaşımında yer "
        "alıb.",
        "trend",
        [("Sülh gündəliyinin alternativi yoxdur", "Ayhan Hajizada", [])],
        id="these words are in someone's post",
    ),
    pytest.param(
        "“RİA Novosti” agentliyi Rusiya sülhməramlı kontingentinin komandanlığına istinadən "
        "xəbər verir ki, müşahidə postları gecə atəş səsləri qeydə almayıb.",
        "apa",
        [("müşahidə postları gecə atəş səsləri qeydə almayıb", PEACEKEEPERS, ["RIA Novosti"])],
        id="agency, citing speaker, reports that",
    ),
    pytest.param(
        "Trend “Armenpress”ə istinadən xəbər verir ki, Ermənistan XİN-in mətbuat katibi Ani "
        "Badalyan bildirib ki, İrəvan Bakının təkliflərini öyrənir.",
        "trend",
        [("İrəvan Bakının təkliflərini öyrənir", "Ani Badalyan", ["Armenpress"])],
        id="publisher citing a source reports that, inner speaker",
    ),
    pytest.param(
        "Oxu.Az TASS-a istinadən xəbər verir ki, Moskvada xarici işlər nazirlərinin görüşü "
        "gələn həftə keçiriləcək.",
        "oxu",
        [("Moskvada xarici işlər nazirlərinin görüşü gələn həftə keçiriləcək", "TASS", [])],
        id="publisher citing an agency reports that",
    ),
    pytest.param(
        "Ermənistan Müdafiə Nazirliyinin məlumatına görə, atəş nəticəsində bir əsgər yaralanıb.",
        "apa",
        [("atəş nəticəsində bir əsgər yaralanıb", AM_MOD, [])],
        id="according to someone",
    ),
    pytest.param(
        "“Armenpress”in yaydığı məlumata görə, Paşinyan hökumətin iclasında bildirib ki, "
        "sərhəddə vəziyyət sabitdir.",
        "apa",
        [("sərhəddə vəziyyət sabitdir", "Nikol Pashinyan", ["Armenpress"])],
        id="according to an agency, the speaker said",
    ),
    pytest.param(
        "Hacızadənin fikrincə, belə bəyanatlar sülh prosesinə xidmət etmir.",
        "apa",
        [("belə bəyanatlar sülh prosesinə xidmət etmir", "Ayhan Hajizada", [])],
        id="in someone's opinion",
    ),
    pytest.param(
        '"Bölmələrimiz heç bir yaşayış məntəqəsini atəşə tutmayıb", - deyə V.Dərgahlı vurğulayıb.',
        "apa",
        [("Bölmələrimiz heç bir yaşayış məntəqəsini atəşə tutmayıb", "Vagif Dargahli", [])],
        id="quotation, deyə speaker said",
    ),
    pytest.param(
        "Sərhəddə vəziyyət sabit qalır, – deyə Vaqif Dərgahlı bildirib.",
        "apa",
        [("Sərhəddə vəziyyət sabit qalır", "Vagif Dargahli", [])],
        id="statement, deyə speaker said",
    ),
    pytest.param(
        "Ayxan Hacızadə bildirib: “Bu iddialar əsassızdır. İrəvan bunu yaxşı bilir”.",
        "apa",
        [("Bu iddialar əsassızdır. İrəvan bunu yaxşı bilir", "Ayhan Hajizada", [])],
        id="speaker said: quotation",
    ),
    pytest.param(
        "Azərbaycan Müdafiə Nazirliyi bu iddiaları rədd edərək bildirib ki, bölmələrimiz "
        "atəşkəsə əməl edir.",
        "apa",
        [
            ("bu iddiaları rədd edərək", AZ_MOD, []),
            ("bölmələrimiz atəşkəsə əməl edir", AZ_MOD, []),
        ],
        id="speaker denied, saying that",
    ),
    pytest.param(
        "Aram Torosyan “Armenpress”ə açıqlamasında bildirib ki, mövqelərə minaatanlardan atəş "
        "açılıb.",
        "apa",
        [("mövqelərə minaatanlardan atəş açılıb", "Aram Torosyan", ["Armenpress"])],
        id="named speaker told an agency",
    ),
    pytest.param(
        "Ani Badalyan Azadlıq Radiosunun erməni xidmətinə bildirib ki, cavab artıq hazırlanır.",
        "apa",
        [("cavab artıq hazırlanır", "Ani Badalyan", ["Radio Free Europe/Radio Liberty"])],
        id="named speaker told an outlet, its name right after the speaker's",
    ),
    pytest.param(
        "Aram Torosyan bildirib ki, atəş gecə yarısı başlayıb. O “Armenpress”ə açıqlamasında "
        "əlavə edib ki, mövqelər heç dəyişməyib.",
        "apa",
        [
            ("atəş gecə yarısı başlayıb", "Aram Torosyan", []),
            ("mövqelər heç dəyişməyib", "Aram Torosyan", ["Armenpress"]),
        ],
        id="a follow-on told an agency",
    ),
    pytest.param(
        "Xatırladaq ki, Paşinyan ötən həftə jurnalistlərə demişdi ki, İrəvan sazişi imzalamağa "
        "hazırdır.",
        "apa",
        [("İrəvan sazişi imzalamağa hazırdır", "Nikol Pashinyan", [])],
        id="speaker told an audience, after an aside",
    ),
    pytest.param(
        "Ermənistan Təhlükəsizlik Şurasının katibi Armen Qriqoryan bildirib ki, komissiyaların "
        "iclası may ayında keçiriləcək.",
        "apa",
        [("komissiyaların iclası may ayında keçiriləcək", "Armen Grigoryan", [])],
        id="speaker said that",
    ),
    pytest.param(
        "Paşinyan parlamentdə çıxış edib, vurğulayaraq ki, hökumət danışıqları davam etdirəcək.",
        "apa",
        [("hökumət danışıqları davam etdirəcək", "Nikol Pashinyan", [])],
        id="speaker's clause, saying that",
    ),
    pytest.param(
        "Ceyhun Bayramov Bakının danışıqları davam etdirməyə hazır olduğunu bildirib.",
        "apa",
        [("Bakının danışıqları davam etdirməyə hazır olduğunu", "Jeyhun Bayramov", [])],
        id="speaker said what, nominalised",
    ),
    pytest.param(
        "Ayxan Hacızadə bildirib ki, sənədin layihəsi hazırdır. O İrəvanın cavabı yenidən "
        "gecikdirdiyini də vurğulayıb.",
        "apa",
        [
            ("sənədin layihəsi hazırdır", "Ayhan Hajizada", []),
            ("İrəvanın cavabı yenidən gecikdirdiyini", "Ayhan Hajizada", []),
        ],
        id="speaker said what, a follow-on before a known name",
    ),
    pytest.param(
        "Ermənistan Xarici İşlər Nazirliyi Azərbaycanı atəşkəsi pozmaqda ittiham edib.",
        "apa",
        [("Azərbaycanı atəşkəsi pozmaqda ittiham edib", AM_MFA, [])],
        id="speaker accused",
    ),
    pytest.param(
        "Ermənistan XİN Azərbaycan Müdafiə Nazirliyini yalan məlumat yaymaqda ittiham edib.",
        "apa",
        [("Azərbaycan Müdafiə Nazirliyini yalan məlumat yaymaqda ittiham edib", AM_MFA, [])],
        id="speaker accused, the accused named right after",
    ),
    pytest.param(
        "Ermənistan Xarici İşlər Nazirliyi bildirib ki, danışıqlar hələ dayandırılmayıb. "
        "Nazirlik Bakını sərhəddə gərginlik yaratmaqda günahlandırıb.",
        "apa",
        [
            ("danışıqlar hələ dayandırılmayıb", AM_MFA, []),
            ("Bakını sərhəddə gərginlik yaratmaqda günahlandırıb", AM_MFA, []),
        ],
        id="speaker accused, a follow-on",
    ),
    pytest.param(
        "“Kənd yolunun bərpası payızda başa çatacaq”.\n\n"
        "APA xəbər verir ki, bunu Ceyhun Bayramov Bakıda keçirilən görüşdə deyib.",
        "oxu",
        [("Kənd yolunun bərpası payızda başa çatacaq", "Jeyhun Bayramov", ["Azeri Press Agency"])],
        id="an agency reports that this was said by: the agency relays",
    ),
    pytest.param(
        "“Növbəti görüş yayda keçiriləcək”.\n\n"
        "Oxu.az xəbər verir ki, bunu Nikol Paşinyan TASS agentliyinə müsahibəsində deyib.",
        "oxu",
        [("Növbəti görüş yayda keçiriləcək", "Nikol Pashinyan", ["TASS"])],
        id="this was said to an outlet by: the outlet relays",
    ),
    pytest.param(
        "Sərhədin cənub sahəsində vəziyyət gərgin olaraq qalır. Ermənistan Müdafiə Nazirliyi bu "
        "barədə məlumat yayıb.",
        "apa",
        [("Sərhədin cənub sahəsində vəziyyət gərgin olaraq qalır", AM_MOD, [])],
        id="speaker said this",
    ),
    pytest.param(
        "Sülh mətni üzərində iş davam edir.\n\n"
        "Oxu.az xəbər verir ki, N.Paşinyan bu barədə “Armenpress”ə müsahibəsində bildirib.",
        "oxu",
        [("Sülh mətni üzərində iş davam edir", "Nikol Pashinyan", ["Armenpress"])],
        id="speaker said this, in an interview to an agency",
    ),
    pytest.param(
        "Trend xəbər verir ki, Ceyhun Bayramov bildirib ki, sənədin mətni yaxın həftələrdə "
        "razılaşdırılacaq.",
        "oxu",
        [
            (
                "sənədin mətni yaxın həftələrdə razılaşdırılacaq",
                "Jeyhun Bayramov",
                ["Trend"],
            )
        ],
        id="outlet reports that speaker said that",
    ),
    pytest.param(
        "Oxu.az xəbər verir ki, bu barədə Azərbaycan Müdafiə Nazirliyinin rəsmi saytında "
        "yerləşdirilən məlumatda bildirilib: “Bölmələrimiz yaşayış məntəqələrini atəşə tutmur”.",
        "oxu",
        [("Bölmələrimiz yaşayış məntəqələrini atəşə tutmur", AZ_MOD, [])],
        id="the publisher reports that speaker said: quotation",
    ),
    pytest.param(
        "Sərhəddə yeni insident baş verib. Bu barədə Ermənistan Müdafiə Nazirliyi məlumat "
        "yayıb.\n\n"
        "Məlumatda mövqelərin minaatanlardan atəşə tutulduğu qeyd olunur.",
        "apa",
        [
            ("Sərhəddə yeni insident baş verib", AM_MOD, []),
            ("mövqelərin minaatanlardan atəşə tutulduğu", AM_MOD, []),
        ],
        id="in the statement, what is said",
    ),
    pytest.param(
        "Ceyhun Bayramov danışıqların uğurla irəlilədiyini vurğulayıb, N.Paşinyan isə sənədin hələ "
        "hazır olmadığını deyib.",
        "apa",
        [
            ("danışıqların uğurla irəlilədiyini", "Jeyhun Bayramov", []),
            ("sənədin hələ hazır olmadığını", "Nikol Pashinyan", []),
        ],
        id="two speakers in one sentence, the second with isə",
    ),
    pytest.param(
        "Ermənistanın “Armenpress” agentliyi Ermənistan Müdafiə Nazirliyinə istinadən xəbər "
        "verir ki, sərhəddə vəziyyət sakitdir.",
        "apa",
        [("sərhəddə vəziyyət sakitdir", AM_MOD, ["Armenpress"])],
        id="an agency after its country, citing speaker, reports that",
    ),
    pytest.param(
        "Nikol Paşinyan sənədin payızda imzalanacağını istisna etməyib.",
        "apa",
        [("sənədin payızda imzalanacağını", "Nikol Pashinyan", [])],
        id="speaker did not rule out what",
    ),
    pytest.param(
        "Mətbuat katibi Aram Torosyan bildirib ki, sərhəddə vəziyyət sabit qalır.",
        "apa",
        [("sərhəddə vəziyyət sabit qalır", "Aram Torosyan", [])],
        id="a title before a known name is no subject of its own",
    ),
    pytest.param(
        "Azərbaycan Dövlət Sərhəd Xidməti həmçinin sosial şəbəkədəki paylaşımında bu "
        "məlumatları qətiyyətlə təkzib edib.",
        "apa",
        [("bu məlumatları qətiyyətlə təkzib edib", BORDER, [])],
        id="speaker denied, in a post",
    ),
    pytest.param(
        "Gecə ərzində cəbhə xəttində vəziyyət sakit keçib. Mövqelərimizə atəş açılmayıb.\n\n"
        "Oxu.Az xəbər verir ki, bunu Vaqif Dərgahlı jurnalistlərə açıqlamasında deyib.",
        "oxu",
        [
            (
                "Gecə ərzində cəbhə xəttində vəziyyət sakit keçib. Mövqelərimizə atəş açılmayıb",
                "Vagif Dargahli",
                [],
            )
        ],
        id="this was said by: the whole paragraph before",
    ),
    pytest.param(
        "Sərhəd komissiyalarının növbəti iclası yaxın həftələrdə keçiriləcək.\n\n"
        "Oxu.Az xəbər verir ki, Ceyhun Bayramov bunu Rusiyanın TASS agentliyinə müsahibəsində "
        "bildirib.",
        "oxu",
        [
            (
                "Sərhəd komissiyalarının növbəti iclası yaxın həftələrdə keçiriləcək",
                "Jeyhun Bayramov",
                ["TASS"],
            )
        ],
        id="speaker said this, to an agency",
    ),
    pytest.param(
        "“Bu, bölgədə sabitliyə xidmət etmir”.\n\n"
        "Trend xəbər verir ki, bu barədə Azərbaycan Xarici İşlər Nazirliyinin nümayəndəsi − "
        "Mətbuat xidməti idarəsinin rəisi Ayxan Hacızadə sosial şəbəkədə yazıb.",
        "trend",
        [("Bu, bölgədə sabitliyə xidmət etmir", "Ayhan Hajizada", [])],
        id="this was said by, titles joined by a minus sign",
    ),
    pytest.param(
        "Vaqif Dərgahlı bildirib ki, gecə sərhəddə təxribat qeydə alınmayıb.\n\n"
        "Qarşı tərəfin iddialarından danışan nazirlik rəsmisi qeyd edib ki, bu məlumatlar "
        "reallığı əks etdirmir.",
        "apa",
        [
            ("gecə sərhəddə təxribat qeydə alınmayıb", "Vagif Dargahli", []),
            ("bu məlumatlar reallığı əks etdirmir", "Vagif Dargahli", []),
        ],
        id="anaphor said that, after a participle clause",
    ),
    pytest.param(
        "“Bölmələrimiz mövqelərini qoruyur”.\n\n"
        "Bu barədə APA-ya Azərbaycan Müdafiə Nazirliyindən bildirilib.\n\n"
        "“Qarşı tərəfin yaydığı məlumatlar əsassızdır”, - deyə nazirlikdə qeyd ediblər.",
        "apa",
        [
            ("Bölmələrimiz mövqelərini qoruyur", AZ_MOD, []),
            ("Qarşı tərəfin yaydığı məlumatlar əsassızdır", AZ_MOD, []),
        ],
        id="quotation, deyə it was said in the ministry",
    ),
    pytest.param(
        "Vaqif Dərgahlı cəbhədəki vəziyyəti şərh edib: “Bölmələrimiz əməliyyat şəraitinə tam "
        "nəzarət edir”.",
        "apa",
        [("Bölmələrimiz əməliyyat şəraitinə tam nəzarət edir", "Vagif Dargahli", [])],
        id="speaker commented: quotation",
    ),
    pytest.param(
        "Vaqif Dərgahlı qeyd edib ki, bölmələrimiz yeni mövqelərdə möhkəmlənir:\n\n"
        "“Düşmənin bütün hücum cəhdlərinin qarşısı alınıb. Vəziyyət nəzarətimiz altındadır”.",
        "apa",
        [
            ("bölmələrimiz yeni mövqelərdə möhkəmlənir", "Vagif Dargahli", []),
            (
                "Düşmənin bütün hücum cəhdlərinin qarşısı alınıb. Vəziyyət nəzarətimiz altındadır",
                "Vagif Dargahli",
                [],
            ),
        ],
        id="quotation a colon introduced",
    ),
    pytest.param(
        "Nazirliyin rəsmi saytında yazıldığı kimi, iki kəndin minalardan təmizləndiyini "
        "bildirən Vaqif Dərgahlı deyib ki, işlər digər ərazilərdə də davam edir.",
        "apa",
        [
            ("iki kəndin minalardan təmizləndiyini", "Vagif Dargahli", []),
            ("işlər digər ərazilərdə də davam edir", "Vagif Dargahli", []),
        ],
        id="speaker, having said what, said that",
    ),
    pytest.param(
        "Vaqif Dərgahlı jurnalistin sualını belə cavablandırıb: “Ordumuz bütün mövqelərini "
        "qoruyub saxlayır”.",
        "apa",
        [("Ordumuz bütün mövqelərini qoruyub saxlayır", "Vagif Dargahli", [])],
        id="speaker answered: quotation",
    ),
    pytest.param(
        "Ceyhun Bayramov danışıqların yeni mərhələyə keçdiyini qeyd edib:\n\n"
        "“Tərəflər sənədin mətni üzərində işləməyə davam edir”.",
        "apa",
        [
            ("danışıqların yeni mərhələyə keçdiyini", "Jeyhun Bayramov", []),
            ("Tərəflər sənədin mətni üzərində işləməyə davam edir", "Jeyhun Bayramov", []),
        ],
        id="speaker said what: and the quotation after the colon",
    ),
    pytest.param(
        "Sərhəddə vəziyyət sabitdir. Bu barədə Azərbaycan Dövlət Sərhəd Xidməti (DSX) "
        "məlumat yayıb.",
        "apa",
        [("Sərhəddə vəziyyət sabitdir", BORDER, [])],
        id="this was said by a body with its abbreviation in brackets",
    ),
]

FOLLOW_ONS = [
    pytest.param(
        "Azərbaycan Dövlət Sərhəd Xidməti bildirib ki, keçid məntəqəsi fəaliyyətdədir. "
        "Məntəqənin beynəlxalq normalara uyğun qurulduğu vurğulanaraq, sərhədçilərin "
        "növbədə olduğu diqqətə çatdırılıb. Sərhəddə təxribat törədilmədiyi qeyd olunub.",
        [
            ("keçid məntəqəsi fəaliyyətdədir", BORDER, []),
            ("Məntəqənin beynəlxalq normalara uyğun qurulduğu", BORDER, []),
            ("sərhədçilərin növbədə olduğu", BORDER, []),
            ("Sərhəddə təxribat törədilmədiyi", BORDER, []),
        ],
        id="what it was said, in a passive with no subject, continues the statement before",
    ),
]


@pytest.mark.parametrize(("text", "publisher", "expected"), PATTERNS)
def test_attribution_patterns(desk, text, publisher, expected):
    _, _, found = extract(text, desk, publisher)
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), FOLLOW_ONS)
def test_passives_with_no_subject_continue_the_statement_before(desk, text, expected):
    _, _, found = extract(text, desk)
    assert found == expected


def test_a_quotation_attributed_by_a_passive_continues_the_statement_before(desk):
    text = (
        "Naxçıvan sahəsində sərhəd pozucusu saxlanılıb. Bu barədə Azərbaycan Dövlət Sərhəd "
        "Xidməti məlumat yayıb.\n\n"
        "Bildirilib ki, saxlanılan şəxs İran vətəndaşıdır.\n\n"
        "“Fakt üzrə araşdırma aparılır”, – deyə qeyd olunub."
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("Naxçıvan sahəsində sərhəd pozucusu saxlanılıb", BORDER, []),
        ("saxlanılan şəxs İran vətəndaşıdır", BORDER, []),
        ("Fakt üzrə araşdırma aparılır", BORDER, []),
    ]


def test_a_name_in_any_of_its_cases_links_to_one_source(desk):
    text = (
        "Azərbaycan Müdafiə Nazirliyinin məlumatına görə, gecə atəş açılmayıb. "
        "Azərbaycan Müdafiə Nazirliyindən bildirilib ki, vəziyyət nəzarət altındadır. "
        "Paşinyanın sözlərinə görə, hökumət hesabat hazırlayır. "
        "Nikol Paşinyan isə bildirib ki, sərhəddə itki olmayıb."
    )
    _, result, found = extract(text, desk)
    assert [(quote, speaker) for quote, speaker, _ in found] == [
        ("gecə atəş açılmayıb", AZ_MOD),
        ("vəziyyət nəzarət altındadır", AZ_MOD),
        ("hökumət hesabat hazırlayır", "Nikol Pashinyan"),
        ("sərhəddə itki olmayıb", "Nikol Pashinyan"),
    ]
    assert result.proposed == []


def test_follow_ons_resolve_to_the_earlier_speaker_and_keep_its_relays(desk):
    text = (
        "Aram Torosyan “Armenpress”ə açıqlamasında bildirib ki, atəş bir saat davam edib. "
        "Onun sözlərinə görə, heç kim yaralanmayıb. O əlavə edib ki, mövqelər "
        "yenidən möhkəmləndirilir.\n\n"
        "Ermənistan Müdafiə Nazirliyi bildirib ki, hadisə hərtərəfli araşdırılır. Nazirlik "
        "həmçinin qeyd edib ki, sərhəddə vəziyyət sakitdir."
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("atəş bir saat davam edib", "Aram Torosyan", ["Armenpress"]),
        ("heç kim yaralanmayıb", "Aram Torosyan", ["Armenpress"]),
        ("mövqelər yenidən möhkəmləndirilir", "Aram Torosyan", ["Armenpress"]),
        ("hadisə hərtərəfli araşdırılır", AM_MOD, []),
        ("sərhəddə vəziyyət sakitdir", AM_MOD, []),
    ]


def test_the_publishers_own_voice_and_saying_without_content_give_nothing(desk):
    text = (
        "Noyabrın 16-da Ermənistan silahlı qüvvələrinin bölmələri mövqelərimizi atəşə tutub. "
        "Bildiririk ki, bölmələrimiz atəşkəs rejiminə əməl edir. Qeyd edək ki, sərhəddə "
        "gərginlik bir aydır davam edir.\n\n"
        "Ermənistan Müdafiə Nazirliyi hadisə ilə bağlı açıqlama yayıb. Ermənistan hökuməti "
        "məsələ ilə bağlı münasibət bildirməyib. Sakinlər minnətdarlıqlarını bildiriblər."
    )
    _, result, found = extract(text, desk, publisher="az-mod")
    assert found == [] and result.proposed == []


def test_an_unknown_speaker_after_a_long_title_with_a_dash_is_proposed_by_the_name(desk):
    text = (
        "Komitənin sədri – Beynəlxalq əlaqələr şöbəsinin müdiri Samir Qasımlı bildirib ki, "
        "növbəti görüş payızda keçiriləcək.\n\n"
        "Bərpa işlərində çalışan mühəndis Fuad Rzalı deyib ki, yolun tikintisi yekunlaşır."
    )
    document, _, found = extract(text, desk)
    assert found == []
    assert set(
        SourceProposal.objects.filter(documents=document).values_list("name", flat=True)
    ) == {
        "Samir Qasımlı",
        "Fuad Rzalı",
    }


def test_an_unknown_speaker_is_proposed_by_the_name_after_the_title(desk):
    text = "Laçın sakini Rəşad Məmmədov jurnalistlərə deyib ki, ailəsi doğma evinə qayıdıb."
    document, result, found = extract(text, desk)
    assert found == [] and result.proposed == ["Rəşad Məmmədov"]
    assert SourceProposal.objects.get(name="Rəşad Məmmədov").documents.get() == document


def test_running_it_again_adds_nothing(desk):
    text = (
        "“Sərhəddə vəziyyət sabitdir”.\n\n"
        "Bunu Ayxan Hacızadə Bakıda jurnalistlərə deyib. A.Hacızadə qeyd edib ki, İrəvanın "
        "cavabı gözlənilir."
    )
    document, first, found = extract(text, desk)
    assert [speaker for _, speaker, _ in found] == ["Ayhan Hajizada", "Ayhan Hajizada"]
    again = document_claims_extract(document=document)
    assert again.created == [] and again.found == first.found == 2
    assert Claim.objects.filter(document=document).count() == 2


def test_a_body_by_its_bare_name_in_any_case_is_the_one_of_the_publishers_country():
    """Azerbaijani copy names its own country's bodies without the country, in the ablative or
    genitive ("Müdafiə Nazirliyindən", "Dövlət Sərhəd Xidmətindən"): before anyone spoke, the
    body of that name and of the publisher's country."""
    kinds = Source.Kind
    publisher = make_source("Azeri Press Agency", kind=kinds.NEWS_AGENCY, country="AZ")
    for name, kind, country, aliases in (
        (AZ_MOD, kinds.MINISTRY, "AZ", ["Azərbaycan Müdafiə Nazirliyi"]),
        (AM_MOD, kinds.MINISTRY, "AM", ["Ermənistan Müdafiə Nazirliyi"]),
        ("Ministry of Foreign Affairs of Azerbaijan", kinds.MINISTRY, "AZ", ["Azərbaycan XİN"]),
        (BORDER, kinds.GOVERNMENT_BODY, "AZ", ["Azərbaycan Dövlət Sərhəd Xidməti"]),
    ):
        make_source(name, kind=kind, country=country, aliases=aliases)
    text = (
        "Gecə ərzində cəbhədə atəşkəs pozulmayıb. Bu barədə Müdafiə Nazirliyindən bildirilib.\n\n"
        "Sərhəddə yeni keçid məntəqəsi açılıb. Bu barədə Dövlət Sərhəd Xidmətindən məlumat "
        "verilib."
    )
    document = make_document(text, publisher=publisher, language="az")
    document_claims_extract(document=document)
    found = [
        (c.quote, c.speaker.name)
        for c in Claim.objects.filter(document=document).select_related("speaker").order_by("start")
    ]
    assert found == [
        ("Gecə ərzində cəbhədə atəşkəs pozulmayıb", AZ_MOD),
        ("Sərhəddə yeni keçid məntəqəsi açılıb", BORDER),
    ]


def test_it_was_said_after_an_unknown_speaker_is_theirs_not_the_publishers(desk):
    text = (
        "Briqadanın komandiri polkovnik Fuad Rzalı bildirib ki, bölmələr yeni mövqelərə "
        "çəkilib.\n\n"
        "Qeyd olunub ki, əməliyyat şəraiti tam nəzarət altındadır."
    )
    document, _, found = extract(text, desk)
    assert found == []
    names = SourceProposal.objects.filter(documents=document).values_list("name", flat=True)
    assert list(names) == ["Fuad Rzalı"]


def test_an_expert_by_title_is_proposed_by_name_and_referred_to_by_title(desk):
    text = (
        "Politoloq Samir Qasımlı əmindir ki, danışıqlar bu il yekunlaşacaq.\n\n"
        "“Tərəflər əsas məsələlərdə razılığa gəlib”, - deyə politoloq əlavə edib."
    )
    _, result, found = extract(text, desk)
    # Both statements wait for the one name proposed.
    assert found == [] and result.proposed == ["Samir Qasımlı"] and result.found == 2


def test_an_abbreviation_in_brackets_stays_in_the_title_before_the_name(desk):
    text = (
        "Daxili İşlər Nazirliyinin (DİN) mətbuat xidmətinin rəisi Samir Qasımlı bildirib ki, "
        "yollarda nəzarət gücləndirilib."
    )
    _, result, found = extract(text, desk)
    assert found == [] and result.proposed == ["Samir Qasımlı"]


def test_a_title_running_through_a_body_reaches_the_name_after_its_last_title_noun(desk):
    # Two titles, the second of a body whose capitalised words come right after the first:
    # the speaker is the person after the last, not the body.
    text = (
        "“Sərhəddə yeni postlar qurulub”. Bunu Azərbaycan Respublikası Baş nazirinin müavini - "
        "Nazirlər Kabineti Aparatının beynəlxalq əlaqələr şöbəsinin müdiri Ceyhun Bayramov "
        "jurnalistlərə deyib.\n\n"
        "Prezidentin köməkçisi, Təhlükəsizlik Şurası Aparatının mətbuat katibi Samir Qasımlı "
        "bildirib ki, görüşün tarixi hələ müəyyən edilməyib."
    )
    _, result, found = extract(text, desk)
    assert found == [("Sərhəddə yeni postlar qurulub", "Jeyhun Bayramov", [])]
    assert result.proposed == ["Samir Qasımlı"]


def test_according_to_what_a_body_gave_an_outlet_the_body_is_the_speaker(desk):
    # "Given to Trend by the ministry's press service": the ministry speaks, Trend relays; the
    # ministry is the one that spoke before.
    text = (
        "Azərbaycan Müdafiə Nazirliyi bildirib ki, gecə ərzində mövqelərimiz atəşə tutulub.\n\n"
        "Müdafiə Nazirliyinin mətbuat xidmətindən Trend-ə verilən məlumata görə, düşmənin "
        "atəş nöqtələri susdurulub.\n\n"
        "Müdafiə Nazirliyindən APA-ya daxil olan xəbərə görə, bölmələrimizin itkisi yoxdur."
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("gecə ərzində mövqelərimiz atəşə tutulub", AZ_MOD, []),
        ("düşmənin atəş nöqtələri susdurulub", AZ_MOD, ["Trend"]),
        ("bölmələrimizin itkisi yoxdur", AZ_MOD, []),
    ]


def test_an_outlet_reporting_a_clause_of_saying_is_not_its_speaker(desk):
    # The "ki," of the outlet's report opens a clause of its own: what follows the second
    # "ki" is never the outlet's statement, whoever "the President" turns out to be.
    text = (
        "Trend xəbər verir ki, Azərbaycan Prezidenti qeyd edib ki, yeni yolun tikintisi "
        "ilin sonunadək başa çatacaq."
    )
    _, _, found = extract(text, desk, publisher="oxu")
    assert all(speaker != "Trend" for _, speaker, _ in found)


def test_a_state_or_ministry_official_is_the_official_who_spoke_before(desk):
    text = (
        "Ayxan Hacızadə bildirib ki, yayılan açıqlama tamamilə əsassızdır.\n\n"
        "“Bu iddialar reallığı əks etdirmir”, – deyə dövlət rəsmisi əlavə edib.\n\n"
        "“Ətraflı məlumat sabah yayılacaq”, - nazirlik rəsmisi qeyd edib."
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("yayılan açıqlama tamamilə əsassızdır", "Ayhan Hajizada", []),
        ("Bu iddialar reallığı əks etdirmir", "Ayhan Hajizada", []),
        ("Ətraflı məlumat sabah yayılacaq", "Ayhan Hajizada", []),
    ]


def test_a_body_named_before_a_title_is_not_the_speaker(desk):
    # "A representative of Armenia's Ministry of Defence, X, admitted …": the person speaks.
    text = (
        "Ermənistan Müdafiə Nazirliyinin nümayəndəsi Qarik Sərkisyan brifinqdə cəbhədə "
        "vəziyyətin gərgin olduğunu etiraf edib."
    )
    _, result, found = extract(text, desk)
    assert found == [] and result.proposed == ["Qarik Sərkisyan"]


def test_a_person_named_before_a_body_they_answer_is_the_speaker(desk):
    # "This was said by X, commenting on Armenia's foreign ministry": X speaks, not the ministry.
    text = (
        "“Bu açıqlama bölgədəki reallığı əks etdirmir”.\n\n"
        "Oxu.Az xəbər verir ki, bunu XİN-in Mətbuat xidməti idarəsinin rəisi Nərmin Quliyeva "
        "Ermənistan XİN-in bəyanatını şərh edərkən deyib."
    )
    _, result, found = extract(text, desk, publisher="oxu")
    assert found == [] and result.proposed == ["Nərmin Quliyeva"]


def test_a_person_the_desk_confirmed_is_found_by_surname(desk):
    # A speaker confirmed from a proposal is "other" until an editor says more: the surname
    # alone still finds them.
    make_source("Nərmin Quliyeva", kind=Source.Kind.OTHER)
    text = (
        "Nərmin Quliyeva bildirib ki, danışıqlar davam edir.\n\n"
        "Quliyeva əlavə edib ki, növbəti görüş Brüsseldə keçiriləcək."
    )
    _, result, found = extract(text, desk)
    assert found == [
        ("danışıqlar davam edir", "Nərmin Quliyeva", []),
        ("növbəti görüş Brüsseldə keçiriləcək", "Nərmin Quliyeva", []),
    ]
    assert result.proposed == []


def test_a_quotation_after_a_paragraph_without_a_colon_is_not_introduced(desk):
    # Only a colon hands the paragraph after it to the speaker before.
    text = (
        "Vaqif Dərgahlı qeyd edib ki, bölmələrimiz yeni mövqelərdə möhkəmlənir.\n\n"
        "“Vətən müharibəsi” adlı sərgi bu gün açılıb."
    )
    _, _, found = extract(text, desk)
    assert found == [("bölmələrimiz yeni mövqelərdə möhkəmlənir", "Vagif Dargahli", [])]
