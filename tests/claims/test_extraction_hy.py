"""Claim extraction in Armenian (``claims/extraction/languages/hy.toml``): one sentence of our own
for each attribution formula the rules know, inflected names, follow-ons, the publisher's own
voice, proposals for unknown speakers and reruns."""

import pytest

from claims.extraction.rules import NAME_MARK, rules_for
from claims.extraction.sentences import split_sentences
from claims.extraction.services import document_claims_extract
from claims.models import Claim
from sources.models import Source
from sources.names import source_index
from tests.factories import make_document, make_source

pytestmark = pytest.mark.django_db

K = Source.Kind
# The desk's sources: an English name, the Armenian forms as aliases (base forms only: the
# endings are the morphology's work).
DESK = {
    "publisher": ("Lori Herald", K.OUTLET, []),
    "am-mod": (
        "Ministry of Defence of Armenia",
        K.MINISTRY,
        ["ՀՀ պաշտպանության նախարարություն", "ՀՀ ՊՆ"],
    ),
    "az-mod": (
        "Ministry of Defence of Azerbaijan",
        K.MINISTRY,
        ["Ադրբեջանի պաշտպանության նախարարություն", "Ադրբեջանի ՊՆ"],
    ),
    "ru-mod": (
        "Ministry of Defence of the Russian Federation",
        K.MINISTRY,
        ["ՌԴ պաշտպանության նախարարություն", "ՌԴ ՊՆ"],
    ),
    "pashinyan": ("Nikol Pashinyan", K.OFFICIAL, ["Նիկոլ Փաշինյան", "Փաշինյան"]),
    "torosyan": ("Aram Torosyan", K.OFFICIAL, ["Արամ Թորոսյան"]),
    "zakharova": ("Maria Zakharova", K.OFFICIAL, ["Մարիա Զախարովա", "Զախարովա"]),
    "bayramov": ("Jeyhun Bayramov", K.OFFICIAL, ["Ջեյհուն Բայրամով", "Բայրամով"]),
    "tass": ("TASS", K.NEWS_AGENCY, ["ՏԱՍՍ"]),
    "ria": ("RIA Novosti", K.NEWS_AGENCY, ["ՌԻԱ Նովոստի"]),
    "apa": ("Azeri Press Agency", K.NEWS_AGENCY, ["APA"]),
    "interfax": ("Interfax", K.NEWS_AGENCY, ["Ինտերֆաքս"]),
    "armenpress": ("Armenpress", K.NEWS_AGENCY, ["Արմենպրես"]),
    "sputnik-am": ("Sputnik Armenia", K.OUTLET, ["Sputnik Արմենիա", "Սպուտնիկ Արմենիա"]),
    "aztv": ("AzTV", K.OUTLET, ["AzTV"]),
    "al-jazeera": ("Al Jazeera", K.OUTLET, ["Ալ Ջազիրա"]),
    "aliyev": ("Ilham Aliyev", K.OFFICIAL, ["Իլհամ Ալիև", "Ալիև"]),
    "tert": ("Tert.am", K.OUTLET, ["Tert.am"]),
}
NAMES = {key: name for key, (name, _, _) in DESK.items()}


def make_desk():
    return {
        key: make_source(name, kind=kind, aliases=aliases)
        for key, (name, kind, aliases) in DESK.items()
    }


@pytest.fixture
def desk():
    return make_desk()


def extract(text: str, desk):
    document = make_document(text, publisher=desk["publisher"], language="hy")
    result = document_claims_extract(document=document)
    claims = (
        Claim.objects.filter(document=document)
        .select_related("speaker")
        .prefetch_related("attributions__source")
        .order_by("start")
    )
    by_name = {name: key for key, name in NAMES.items()}
    found = [
        (
            c.quote,
            by_name.get(c.speaker.name, c.speaker.name),
            [by_name.get(a.source.name, a.source.name) for a in c.attributions.all()],
        )
        for c in claims
    ]
    return document, result, found


def matches(pattern_name: str, text: str) -> bool:
    """Whether the named pattern matches one of the text's sentences, with the known names
    masked as the finder masks them (a pattern that passes a clause on to be parsed again is
    not the one its statements carry, so its own match is what is checked)."""
    rules = rules_for("hy")
    (pattern,) = [p for p in rules.patterns if p.name == pattern_name]
    masked = list(text)
    for start, end, _ in source_index(rules.morphology).names_in(text):
        masked[start:end] = NAME_MARK * (end - start)
    masked = "".join(masked)
    return any(pattern.regex.match(masked[s:e]) for s, e in split_sentences(text, rules))


# (pattern, text, [(statement, speaker, relays)]): each formula of hy.toml in a sentence of our
# own; "this …" patterns attribute the sentence before them.
CASES = [
    (
        "this was reported by relay, citing speaker",
        "Ադրբեջանական ստորաբաժանումները լքել են երկու դիրք։ Այս մասին հայտնում է ՏԱՍՍ-ը՝ "
        "հղում անելով Ադրբեջանի ՊՆ-ին։",
        [("Ադրբեջանական ստորաբաժանումները լքել են երկու դիրք", "az-mod", ["tass"])],
    ),
    (
        "this was said by speaker, relay reported",
        "Մոսկվան պատրաստ է նոր հանդիպում կազմակերպել։ Այս մասին լրագրողների հետ զրույցում "
        "ասել է Մարիա Զախարովան, հաղորդում է ՏԱՍՍ-ը։",
        [("Մոսկվան պատրաստ է նոր հանդիպում կազմակերպել", "zakharova", ["tass"])],
    ),
    (
        "this was said by speaker, relay reported",
        "Հանձնաժողովը կհավաքվի աշնանը։ Այս մասին լրագրողներին ասել է Ջեյհուն Բայրամովը՝ "
        "պատասխանելով հանդիպման վերաբերյալ հարցին, գրում է APA.az կայքը։",
        [("Հանձնաժողովը կհավաքվի աշնանը", "bayramov", ["apa"])],
    ),
    (
        "this was told an agency by speaker",
        "Սահմանին գիշերը կրակոցներ չեն եղել։ Այս մասին «Արմենպրես»-ին հայտնեցին ՀՀ ՊՆ-ից։",
        [("Սահմանին գիշերը կրակոցներ չեն եղել", "am-mod", ["armenpress"])],
    ),
    (
        "answering an agency, this was said by speaker",
        "Ուկրաինային զինամթերք չի մատակարարվում։ «Արմենպրես»-ի հարցին ի պատասխան՝ այս մասին "
        "ասել է Արամ Թորոսյանը։",
        [("Ուկրաինային զինամթերք չի մատակարարվում", "torosyan", ["armenpress"])],
    ),
    (
        "this was said by speaker",
        "Առաջնագծում իրադրությունը կայուն է։ Այս մասին հայտնում են ՀՀ պաշտպանության "
        "նախարարությունից։",
        [("Առաջնագծում իրադրությունը կայուն է", "am-mod", [])],
    ),
    (
        "statement. This was said by speaker",
        "Լաչինի միջանցքում երթևեկությունը վերականգնվել է. Այս մասին ճեպազրույցում ասել է Մարիա "
        "Զախարովան։",
        [("Լաչինի միջանցքում երթևեկությունը վերականգնվել է", "zakharova", [])],
    ),
    (
        "this, speaker said",
        "Գյուղի դպրոցը վաղը կբացվի։ Այս մասին Փաշինյանը գրել է ֆեյսբուքյան իր էջում։",
        [("Գյուղի դպրոցը վաղը կբացվի", "pashinyan", [])],
    ),
    (
        "the news is reported by speaker",
        "Ադրբեջանական ստորաբաժանումները կրակել են Վերին Շորժայի ուղղությամբ։ Տեղեկությունը "
        "հայտնում է ՀՀ ՊՆ-ն։",
        [("Ադրբեջանական ստորաբաժանումները կրակել են Վերին Շորժայի ուղղությամբ", "am-mod", [])],
    ),
    (
        "such a statement was made by speaker",
        "Բանակցությունները կշարունակվեն աշնանը։ Նման հայտարարություն է արել Ջեյհուն Բայրամովը։",
        [("Բանակցությունները կշարունակվեն աշնանը", "bayramov", [])],
    ),
    (
        "this is said in speaker's document",
        "Հանդիպումը կկայանա Բրյուսելում հաջորդ ամիս։ Այս մասին նշված է ՀՀ ՊՆ տարածած "
        "հաղորդագրության մեջ։",
        [("Հանդիպումը կկայանա Բրյուսելում հաջորդ ամիս", "am-mod", [])],
    ),
    (
        "by relay's report, this was said by speaker",
        "Ադրբեջանը չի պատասխանել Երևանի առաջարկին։ «Արմենպրես»-ի փոխանցմամբ՝ այս մասին "
        "հայտարարել է Արամ Թորոսյանը՝ պատասխանելով «Սպուտնիկ Արմենիա» լրատվական "
        "գործակալության՝ բանակցությունների վերաբերյալ հարցին։",
        [("Ադրբեջանը չի պատասխանել Երևանի առաջարկին", "torosyan", ["sputnik-am", "armenpress"])],
    ),
    (
        "by relay's report, this is said in speaker's document",
        "Սահմանին գիշերը կրակոցներ չեն եղել։ «Արմենպրես»-ի փոխանցմամբ՝ այս մասին ասված է ՀՀ "
        "ՊՆ տարածած հաղորդագրության մեջ։",
        [("Սահմանին գիշերը կրակոցներ չեն եղել", "am-mod", ["armenpress"])],
    ),
    (
        "relay, citing speaker, reported that",
        "«Ինտերֆաքս»-ը, հղում անելով APA գործակալությանը, հաղորդում է, որ Բայրամովը "
        "լրագրողներին ասել է, թե Բաքուն սպասում է Երևանի պատասխանին։",
        [("Բաքուն սպասում է Երևանի պատասխանին", "bayramov", ["apa", "interfax"])],
    ),
    (
        "relay, by speaker's citation, reported that",
        "ՏԱՍՍ-ը ՌԻԱ Նովոստիի հղումով հաղորդում է, որ Զախարովան ասել է, թե Մոսկվան պատրաստ է "
        "միջնորդել։",
        [("Մոսկվան պատրաստ է միջնորդել", "zakharova", ["ria", "tass"])],
    ),
    (
        "statement, relay reported, citing speaker",
        "Բայրամովը հայտարարել է, որ Բաքուն պատրաստ է նոր փուլի, հաղորդում է «Ինտերֆաքս»-ը՝ "
        "հղում անելով APA-ին։",
        [("Բաքուն պատրաստ է նոր փուլի", "bayramov", ["apa", "interfax"])],
    ),
    (
        "as relay reports, this was said by speaker",
        "Մոսկվան ողջունում է ուղիղ երկխոսությունը։ Ինչպես հաղորդում է ՌԻԱ Նովոստին, այս մասին "
        "հայտարարել է Զախարովան։",
        [("Մոսկվան ողջունում է ուղիղ երկխոսությունը", "zakharova", ["ria"])],
    ),
    (
        "as relay reports, citing speaker, statement",
        "Ինչպես հաղորդում է ՏԱՍՍ-ը՝ վկայակոչելով ՌԻԱ Նովոստին, Զախարովան նշել է, որ "
        "հանդիպումը կկայանա Մոսկվայում։",
        [("հանդիպումը կկայանա Մոսկվայում", "zakharova", ["ria", "tass"])],
    ),
    (
        "as relay reports, statement",
        "Ինչպես հաղորդում է ՏԱՍՍ-ը, Զախարովան նշել է, որ հանդիպման օրը դեռ հայտնի չէ։",
        [("հանդիպման օրը դեռ հայտնի չէ", "zakharova", ["tass"])],
    ),
    (
        "statement, relay reported",
        "Զախարովան ասել է, որ Մոսկվան սպասում է կողմերի պատասխանին, գրում է ՏԱՍՍ-ը։",
        [("Մոսկվան սպասում է կողմերի պատասխանին", "zakharova", ["tass"])],
    ),
    (
        "according to speaker, statement",
        "Ըստ ՀՀ ՊՆ-ի՝ հակառակորդը կրակել է ականանետից։",
        [("հակառակորդը կրակել է ականանետից", "am-mod", [])],
    ),
    (
        "statement, according to speaker",
        "Գիշերը հակառակորդը կրակել է Սոթքի ուղղությամբ, ըստ ՀՀ պաշտպանության նախարարության։",
        [("Գիշերը հակառակորդը կրակել է Սոթքի ուղղությամբ", "am-mod", [])],
    ),
    (
        "speaker's words, statement",
        "Փաշինյանի խոսքով՝ կառավարությունը կվերականգնի վնասված տները։",
        [("կառավարությունը կվերականգնի վնասված տները", "pashinyan", [])],
    ),
    (
        "relay reported that, statement",
        "ՌԻԱ Նովոստին հաղորդում է, որ Զախարովան ճեպազրույցում ասել է, թե Մոսկվան հետևում է "
        "իրավիճակին։",
        [("Մոսկվան հետևում է իրավիճակին", "zakharova", ["ria"])],
    ),
    (
        "speaker (title) - statement",
        "Արամ Թորոսյան (ՀՀ ՊՆ մամուլի քարտուղար) - Սահմանին իրադրությունը գիշերը եղել է "
        "համեմատաբար հանգիստ։",
        [("Սահմանին իրադրությունը գիշերը եղել է համեմատաբար հանգիստ", "torosyan", [])],
    ),
    (
        "quotation, said speaker, adding that",
        "«Մենք չենք պատասխանում սադրանքներին»,- ասաց Արամ Թորոսյանը՝ հավելելով, որ "
        "իրադրությունը հանգիստ է։",
        [
            ("Մենք չենք պատասխանում սադրանքներին", "torosyan", []),
            ("իրադրությունը հանգիստ է", "torosyan", []),
        ],
    ),
    (
        "quotation, said in speaker's document",
        "«Հրադադարի ռեժիմը խախտվել է մեկ անգամ»,- ասվում է ՌԴ պաշտպանության նախարարության "
        "ամենօրյա տեղեկագրում։",
        [("Հրադադարի ռեժիմը խախտվել է մեկ անգամ", "ru-mod", [])],
    ),
    (
        "quotation, said in the document",
        "Ըստ ՌԴ ՊՆ-ի՝ խաղաղապահները պարեկություն են իրականացրել չորս երթուղով։ «Զոհեր և "
        "վիրավորներ չկան»,- ասվում է հաղորդագրությունում։",
        [
            ("խաղաղապահները պարեկություն են իրականացրել չորս երթուղով", "ru-mod", []),
            ("Զոհեր և վիրավորներ չկան", "ru-mod", []),
        ],
    ),
    (
        "quotation, relay quotes speaker's words",
        "«Բաքուն պատրաստ է շարունակել բանակցությունները»,- մեջբերում է Բայրամովի խոսքերը APA-ն։",
        [("Բաքուն պատրաստ է շարունակել բանակցությունները", "bayramov", ["apa"])],
    ),
    (
        "quotation, told an agency, said speaker",
        "«Լուրը չի համապատասխանում իրականությանը», - «Արմենպրես»-ի հետ զրույցում ասաց Արամ "
        "Թորոսյանը։",
        [("Լուրը չի համապատասխանում իրականությանը", "torosyan", ["armenpress"])],
    ),
    (
        "split quotation, said speaker",
        "«Մենք չենք շտապում,- ասաց Նիկոլ Փաշինյանը,- բայց ժամկետները պետք է հստակ լինեն»։",
        [
            ("Մենք չենք շտապում", "pashinyan", []),
            ("բայց ժամկետները պետք է հստակ լինեն", "pashinyan", []),
        ],
    ),
    (
        "quotation, said speaker, told an agency",
        "«Մենք պատրաստ ենք նոր փուլի»,- ասել է Ալիևը AzTV հեռուստաալիքին տված հարցազրույցում։",
        [("Մենք պատրաստ ենք նոր փուլի", "aliyev", ["aztv"])],
    ),
    (
        "quotation, said speaker",
        "«Սահմանին իրադրությունը վերահսկելի է»,- Ազգային ժողովում ասաց Նիկոլ Փաշինյանը։",
        [("Սահմանին իրադրությունը վերահսկելի է", "pashinyan", [])],
    ),
    (
        "quotation, speaker said",
        "«Մենք կշարունակենք աշխատանքը»,- Փաշինյանն ասաց։",
        [("Մենք կշարունակենք աշխատանքը", "pashinyan", [])],
    ),
    (
        "in speaker's document it is said that",
        "ՌԴ ՊՆ տեղեկագրում նշվում է, որ Մարտակերտի շրջանում հրադադարի խախտում է արձանագրվել։",
        [("Մարտակերտի շրջանում հրադադարի խախտում է արձանագրվել", "ru-mod", [])],
    ),
    (
        "speaker, by relay's report, said",
        "Բայրամովը, «Ինտերֆաքս»-ի հաղորդմամբ, ասել է, որ Բաքուն պատրաստ է հանդիպման։",
        [("Բաքուն պատրաստ է հանդիպման", "bayramov", ["interfax"])],
    ),
    (
        "speaker circulated a statement according to which",
        "Ադրբեջանի ՊՆ-ն տարածել է հաղորդագրություն, ըստ որի՝ հայկական կողմը կրակել է "
        "Քարվաճառի ուղղությամբ։",
        [("հայկական կողմը կրակել է Քարվաճառի ուղղությամբ", "az-mod", [])],
    ),
    (
        "speaker accused, adding that",
        "ՀՀ ՊՆ-ն հերքել է Բաքվի պնդումները՝ նշելով, որ հայկական ստորաբաժանումները կրակ չեն բացել։",
        [
            ("հերքել է Բաքվի պնդումները", "am-mod", []),
            ("հայկական ստորաբաժանումները կրակ չեն բացել", "am-mod", []),
        ],
    ),
    (
        "speaker accused",
        "Ջեյհուն Բայրամովը մեղադրել է Երևանին բանակցությունները ձգձգելու մեջ։",
        [("մեղադրել է Երևանին բանակցությունները ձգձգելու մեջ", "bayramov", [])],
    ),
    (
        "speaker told an agency",
        "Արամ Թորոսյանը «Արմենպրես»-ի հետ զրույցում նշեց, որ զինծառայողի կյանքին վտանգ չի "
        "սպառնում։",
        [("զինծառայողի կյանքին վտանգ չի սպառնում", "torosyan", ["armenpress"])],
    ),
    (
        "told an agency, speaker said",
        "«Արմենպրես»-ի հետ զրույցում Արամ Թորոսյանը նշեց, որ գիշերը գյուղում կրակոցներ չեն լսվել։",
        [("գիշերը գյուղում կրակոցներ չեն լսվել", "torosyan", ["armenpress"])],
    ),
    (
        "statement, told an agency, said speaker",
        "Ադրբեջանը խոչընդոտում է բեռների անցումը, «Արմենպրես»-ին տված հարցազրույցում նշել է "
        "Արամ Թորոսյանը։",
        [("Ադրբեջանը խոչընդոտում է բեռների անցումը", "torosyan", ["armenpress"])],
    ),
    (
        "statement, said speaker, told an agency",
        "Բաքուն չի շտապում ստորագրել փաստաթուղթը, ասել է Ալիևը AzTV հեռուստաալիքին տված "
        "հարցազրույցում։",
        [("Բաքուն չի շտապում ստորագրել փաստաթուղթը", "aliyev", ["aztv"])],
    ),
    (
        "statement, said speaker",
        "Մոսկվան պատրաստ է օգնել կողմերին, հայտարարել է Մարիա Զախարովան։",
        [("Մոսկվան պատրաստ է օգնել կողմերին", "zakharova", [])],
    ),
    (
        "speaker said, adding that",
        "Փաշինյանը հայտարարել է, որ պայմանագրի տեքստը պատրաստ է՝ հավելելով, որ ստորագրման "
        "օրը կորոշվի ավելի ուշ։",
        [
            ("պայմանագրի տեքստը պատրաստ է", "pashinyan", []),
            ("ստորագրման օրը կորոշվի ավելի ուշ", "pashinyan", []),
        ],
    ),
    (
        "speaker's clause, saying",
        "Արամ Թորոսյանը հաստատել է լուրը՝ նշելով, որ զինծառայողի կյանքին վտանգ չի սպառնում։",
        [("զինծառայողի կյանքին վտանգ չի սպառնում", "torosyan", [])],
    ),
    (
        "in the document it is noted that",
        "ՌԴ ՊՆ-ն հայտնում է, որ խաղաղապահները պարեկություն են իրականացրել։ Տեղեկագրում "
        "նշվում է, որ հրադադարի խախտումներ չեն գրանցվել։",
        [
            ("խաղաղապահները պարեկություն են իրականացրել", "ru-mod", []),
            ("հրադադարի խախտումներ չեն գրանցվել", "ru-mod", []),
        ],
    ),
    (
        "it is noted that",
        "«Գիշերը կրակոցներ չեն գրանցվել»,- ասվում է ՀՀ ՊՆ հաղորդագրությունում։ Նշվում է, որ "
        "զինծառայողներից ոչ ոք չի տուժել։",
        [
            ("Գիշերը կրակոցներ չեն գրանցվել", "am-mod", []),
            ("զինծառայողներից ոչ ոք չի տուժել", "am-mod", []),
        ],
    ),
    (
        "speaker said",
        "ՀՀ ՊՆ-ն հայտնում է, որ առաջնագծում իրադրությունը հարաբերականորեն կայուն է։",
        [("առաջնագծում իրադրությունը հարաբերականորեն կայուն է", "am-mod", [])],
    ),
    (
        "speaker said, quotation in the next paragraph",
        "ՀՀ ՊՆ-ն իր կայքում գրել է.\n\n«Հակառակորդի կրակակետերը ճնշվել են»։",
        [("Հակառակորդի կրակակետերը ճնշվել են", "am-mod", [])],
    ),
    (
        "speaker did something, saying, quotation in the next paragraph",
        "Նիկոլ Փաշինյանը հրապարակել է վերադարձած զինվորների լուսանկարը՝ գրելով․\n\n"
        "«Տղաները տանն են»։",
        [("Տղաները տանն են", "pashinyan", [])],
    ),
    (
        "clause, then speaker, saying",
        "Այս լուրին ավելի ուշ արձագանքեց նաև Ադրբեջանի ՊՆ-ն՝ հայտարարելով, թե հայկական "
        "ստորաբաժանումները նահանջել են։",
        [("հայկական ստորաբաժանումները նահանջել են", "az-mod", [])],
    ),
    (
        "quotation, this is how speaker reacted",
        "«Սա հերթական սադրանք է»,- այսպես է Մարիա Զախարովան արձագանքել Բաքվի հայտարարությանը։",
        [("Սա հերթական սադրանք է", "zakharova", [])],
    ),
    (
        "says, statement",
        "«Մենք չենք հեռանա մեր գյուղից»,- ասաց Նիկոլ Փաշինյանը։ Ասում է՝ կառավարությունը "
        "կօգնի բնակիչներին։",
        [
            ("Մենք չենք հեռանա մեր գյուղից", "pashinyan", []),
            ("կառավարությունը կօգնի բնակիչներին", "pashinyan", []),
        ],
    ),
    (
        "statement, this was said by speaker",
        "Գիշերը Սոթքում լսվել են պայթյուններ, այդ մասին հայտնում են ՀՀ ՊՆ-ից։",
        [("Գիշերը Սոթքում լսվել են պայթյուններ", "am-mod", [])],
    ),
    (
        "quotation, conveyed by speaker",
        "«Մեր կողմից կորուստներ չկան»,- փոխանցում է ՀՀ ՊՆ-ն՝ զորակցություն հայտնելով "
        "զինծառայողների ընտանիքներին։",
        [("Մեր կողմից կորուստներ չկան", "am-mod", [])],
    ),
    (
        "as speaker said, statement",
        "Ինչպես նշել է Արամ Թորոսյանը, հակառակորդը կրակել է ականանետերից։",
        [("հակառակորդը կրակել է ականանետերից", "torosyan", [])],
    ),
    (
        "speaker said this",
        "Սահմանին կրակոցներ չեն եղել։ Արամ Թորոսյանն այս մասին ասել է «Արմենպրես»-ի հետ "
        "զրույցում՝ նշելով, որ իրավիճակը կայուն է։",
        [
            ("Սահմանին կրակոցներ չեն եղել", "torosyan", ["armenpress"]),
            ("իրավիճակը կայուն է", "torosyan", ["armenpress"]),
        ],
    ),
    (
        "statement, said speaker, adding that",
        "Հանձնաժողովը նոր քարտեզներ է ստացել, հայտնել է Նիկոլ Փաշինյանը՝ հստակեցնելով, որ "
        "դրանք կհրապարակվեն հաջորդ շաբաթ։",
        [
            ("Հանձնաժողովը նոր քարտեզներ է ստացել", "pashinyan", []),
            ("դրանք կհրապարակվեն հաջորդ շաբաթ", "pashinyan", []),
        ],
    ),
    (
        "quotation, relay quotes the words of speaker",
        "Իլհամ Ալիևն այսօր խոսել է սահմանի մասին։ «Մեր դիրքերն ամուր են»,- «Ինտերֆաքս»-ը "
        "մեջբերում է նրա խոսքը։",
        [("Մեր դիրքերն ամուր են", "aliyev", ["interfax"])],
    ),
    (
        "speaker denied and said that",
        "Ադրբեջանի ՊՆ-ն հերքել է հայկական կողմի հայտարարությունները և հայտնել, որ դիրքերում "
        "փոփոխություն չկա։",
        [
            ("հերքել է հայկական կողմի հայտարարությունները", "az-mod", []),
            ("դիրքերում փոփոխություն չկա", "az-mod", []),
        ],
    ),
    (
        "in speaker's document it is said: quotation",
        "Ալիևի միկրոբլոգում մասնավորապես նշված է. «Մեր բանակը պատրաստ է»։",
        [("Մեր բանակը պատրաստ է", "aliyev", [])],
    ),
]


def test_every_pattern_of_the_rules_file_has_a_sentence_here():
    assert {pattern.name for pattern in rules_for("hy").patterns} == {c[0] for c in CASES}


@pytest.mark.parametrize(("pattern", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_formula_gives_its_statement_speaker_and_relays(pattern, text, expected, desk):
    _, result, found = extract(text, desk)
    assert found == expected
    assert matches(pattern, text)
    assert result.proposed == []


def test_inflected_forms_of_a_name_link_to_one_source(desk):
    text = (
        "ՀՀ պաշտպանության նախարարությունը հայտնում է, որ կրակոցները դադարել են։ Ըստ ՀՀ "
        "պաշտպանության նախարարության՝ տուժածներ և վիրավորներ չկան։ ՀՀ պաշտպանության "
        "նախարարությունից տեղեկացրին, որ վնասվել է մեկ տուն։"
    )
    _, _, found = extract(text, desk)
    assert [(speaker, relays) for _, speaker, relays in found] == [("am-mod", [])] * 3


def test_a_follow_on_resolves_to_the_earlier_speaker_and_keeps_its_relay(desk):
    text = (
        "Զախարովան ասել է, որ Մոսկվան պատրաստ է հյուրընկալել հանդիպումը, հաղորդում է ՏԱՍՍ-ը։ "
        "Նա նաև նշել է, որ ամսաթիվը դեռ համաձայնեցվում է։ Ըստ գերատեսչության՝ նախարարները "
        "կհանդիպեն հունիսին։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("Մոսկվան պատրաստ է հյուրընկալել հանդիպումը", "zakharova", ["tass"]),
        ("ամսաթիվը դեռ համաձայնեցվում է", "zakharova", ["tass"]),
    ]  # "the department" fits no speaker before it: no ministry has spoken


def test_a_description_finds_the_ministry_that_spoke(desk):
    text = (
        "Ադրբեջանի ՊՆ-ն պնդում է, որ կրակ չի բացել։ Գերատեսչությունից նաև պարզաբանեցին, որ "
        "ստորաբաժանումները պլանային աշխատանքներ են իրականացնում։"
    )
    _, _, found = extract(text, desk)
    assert [speaker for _, speaker, _ in found] == ["az-mod", "az-mod"]


def test_a_surname_alone_is_the_person_named_before_it(desk):
    text = (
        "ՀՀ ՊՆ մամուլի քարտուղար Արամ Թորոսյանն այսօր այցելել է Սոթք։ «Հակառակորդի "
        "կրակակետերը ճնշվել են»,- ասաց Թորոսյանը։"
    )
    _, result, found = extract(text, desk)
    assert found == [("Հակառակորդի կրակակետերը ճնշվել են", "torosyan", [])]
    assert result.proposed == []


def test_an_unknown_speaker_is_proposed_once_in_the_dictionary_form(desk):
    text = (
        "Սոթքի վարչական ղեկավար Սամվել Ավագյանը լրագրողներին ասաց, որ գյուղում տուժածներ "
        "չկան։ Ըստ Ավագյանի՝ վնասվել է միայն մեկ անասնագոմ։"
    )
    _, result, found = extract(text, desk)
    assert found == []  # its statements wait until an editor confirms the speaker
    assert result.proposed == ["Սամվել Ավագյան"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The article -ն before a vowel.
        (
            "Համայնքի ղեկավար Գուրգեն Մարտիրոսյանն այսօր հայտարարեց, որ գյուղում լույս չկա։",
            "Գուրգեն Մարտիրոսյան",
        ),
        # The genitive of "…ի խոսքով՝".
        (
            "Գուրգեն Մարտիրոսյանի խոսքով՝ գիշերը կրակոցներ չեն եղել։",
            "Գուրգեն Մարտիրոսյան",
        ),
        # A surname in -ին with its article, and one in -յան without any ending.
        ("Բնակիչ Արտյոմ Կարապետինը նշեց, որ ճանապարհը փակ է։", "Արտյոմ Կարապետին"),
        ("«Ճանապարհը փակ է»,- ասաց բնակիչ Արտյոմ Սիմոնյան։", "Արտյոմ Սիմոնյան"),
    ],
)
def test_a_proposed_name_loses_its_article_or_case(desk, text, name):
    _, result, _ = extract(text, desk)
    assert result.proposed == [name]


def test_the_publishers_own_voice_gives_nothing(desk):
    text = (
        "Նշենք, որ Ադրբեջանի ՊՆ-ն դեռ չի արձագանքել։ Հիշեցնենք, որ հանդիպումը կայացել էր "
        "Բրյուսելում։ ՀՀ ՊՆ-ն հաղորդագրություն է տարածել։ Կառավարության որոշմամբ՝ յուրաքանչյուր "
        "ընտանիք կստանա աջակցություն։ Հաղորդվում է, որ կրակոցները դադարել են։ Ադրբեջանի ՊՆ-ն "
        "հայտնում է Հայաստանի կողմից կրակ բացելու մասին։"
    )
    _, result, found = extract(text, desk)
    assert found == [] and result.proposed == [] and result.found == 0


def test_a_colon_before_a_quotation_does_not_end_the_sentence(desk):
    text = "Փաշինյանը, մասնավորապես, ասել է. «Մենք ունենք խաղաղության օրակարգ։ Այլ ճանապարհ չկա»։"
    _, _, found = extract(text, desk)
    assert found == [
        ("Մենք ունենք խաղաղության օրակարգ։ Այլ ճանապարհ չկա", "pashinyan", []),
    ]


def test_a_name_in_the_dative_is_not_the_speaker(desk):
    text = "Գյուղի բնակիչները «Արմենպրես»-ին ասացին, որ գիշերը կրակոցներ են լսել։"
    _, result, found = extract(text, desk)
    assert found == [] and result.proposed == []


def test_a_name_a_postposition_follows_is_not_the_speaker(desk):
    text = (
        "Մարիա Զախարովան Ջեյհուն Բայրամովի հետ հանդիպմանը նշել է, որ Մոսկվան պատրաստ է "
        "օգնել։ Հիշեցնենք, որ Փաշինյանը հայտարարել էր, թե պայմանագիրը պատրաստ է։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("Մոսկվան պատրաստ է օգնել", "zakharova", []),
        ("պայմանագիրը պատրաստ է", "pashinyan", []),  # the publisher recalls who said it
    ]


def test_it_is_noted_needs_a_source_that_spoke_before(desk):
    text = "Նշվում է, որ ճանապարհը վերանորոգվել է։ Հաղորդվում է, որ երթևեկությունը վերականգնվել է։"
    _, result, found = extract(text, desk)
    assert found == [] and result.proposed == []


def test_a_grave_accent_stands_for_the_armenian_comma_after_an_opening(desk):
    text = (
        "Ըստ ՀՀ ՊՆ-ի` հակառակորդը կրակել է դիպուկահար հրացանից։ Զախարովայի խոսքով` Մոսկվան "
        "պատրաստ է օգնել։ Հիշեցնենք` Փաշինյանը հայտարարել էր, որ սահմանը կբացվի գարնանը։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("հակառակորդը կրակել է դիպուկահար հրացանից", "am-mod", []),
        ("Մոսկվան պատրաստ է օգնել", "zakharova", []),
        ("սահմանը կբացվի գարնանը", "pashinyan", []),
    ]


def test_this_was_said_may_attribute_the_paragraph_before(desk):
    text = (
        "Խաղաղապահները շարունակում են պարեկությունը Լաչինի միջանցքում։\n\n"
        "Այս մասին հայտնում են ՌԴ պաշտպանության նախարարությունից։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("Խաղաղապահները շարունակում են պարեկությունը Լաչինի միջանցքում", "ru-mod", []),
    ]


def test_a_comment_and_an_address_are_documents_a_quotation_is_said_in(desk):
    text = (
        "Բայրամովը նշել է, որ հանդիպումը հետաձգվել է։ «Ժամկետները կճշտվեն առաջիկայում»,- ասված է "
        "մեկնաբանության մեջ։ Թորոսյանը հաստատել է լուրը։ «Կորուստներ և վիրավորներ չկան»,- ասվում է "
        "ուղերձում։"
    )
    _, _, found = extract(text, desk)
    assert [(quote, speaker) for quote, speaker, _ in found] == [
        ("հանդիպումը հետաձգվել է", "bayramov"),
        ("Ժամկետները կճշտվեն առաջիկայում", "bayramov"),
        ("Կորուստներ և վիրավորներ չկան", "bayramov"),
    ]  # "confirmed the news" says nothing: the last to speak is still Bayramov


def test_an_agency_is_no_speaker_of_a_sentence_that_only_says_what_was_spoken_of(desk):
    text = (
        "Զախարովան երեկ հայտարարել է նոր հանդիպման հնարավորության մասին, գրում է ՏԱՍՍ-ը։ "
        "Բայրամովը կարծում է, որ բանակցությունները կշարունակվեն աշնանը, հաղորդում է APA-ն։"
    )
    _, _, found = extract(text, desk)
    assert found == [("բանակցությունները կշարունակվեն աշնանը", "bayramov", ["apa"])]


def test_an_agency_named_by_what_it_is_is_told_and_relays(desk):
    text = "Բայրամովը, իր հերթին, ՏԱՍՍ գործակալությանն ասել է, որ Բաքուն սպասում է նոր առաջարկների։"
    _, _, found = extract(text, desk)
    assert found == [("Բաքուն սպասում է նոր առաջարկների", "bayramov", ["tass"])]


def test_an_agency_in_the_dative_does_not_report_in_its_own_name(desk):
    text = "Համայնքապետարանից «Արմենպրես»-ին հայտնեցին, որ վնասված տները կվերանորոգվեն ամռանը։"
    _, _, found = extract(text, desk)
    assert found == []


def test_one_sentence_may_hold_two_speakers(desk):
    text = (
        "Զախարովան ասել է, որ Մոսկվան պատրաստ է հյուրընկալել հանդիպումը, իսկ Բայրամովը "
        "լրագրողներին նշել է, որ Բաքուն դեռ չի որոշել վայրը։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("Մոսկվան պատրաստ է հյուրընկալել հանդիպումը", "zakharova", []),
        ("Բաքուն դեռ չի որոշել վայրը", "bayramov", []),
    ]


def test_a_converb_of_saying_may_follow_a_comma(desk):
    text = (
        "Ադրբեջանի ՊՆ-ն անհիմն է համարել Երևանի մեղադրանքները, նշելով, որ ստորաբաժանումները "
        "կրակ չեն բացել։ Փաշինյանը հայտարարել է, որ բանակցությունները կշարունակվեն աշնանը, "
        "հավելելով, որ վայրը դեռ որոշված չէ։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("ստորաբաժանումները կրակ չեն բացել", "az-mod", []),
        ("բանակցությունները կշարունակվեն աշնանը", "pashinyan", []),
        ("վայրը դեռ որոշված չէ", "pashinyan", []),
    ]


def test_a_comma_may_close_an_according_to_opening(desk):
    text = (
        "Ըստ Բայրամովի, պայմանագրի տեքստը համաձայնեցված է գրեթե ամբողջությամբ։ "
        "Զախարովայի խոսքով, Մոսկվան պատրաստ է տրամադրել հարթակ։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("պայմանագրի տեքստը համաձայնեցված է գրեթե ամբողջությամբ", "bayramov", []),
        ("Մոսկվան պատրաստ է տրամադրել հարթակ", "zakharova", []),
    ]


def test_the_publishers_own_figures_name_no_source(desk):
    text = (
        "Նախնական տվյալներով՝ տուժածներ չկան խաղաղ բնակիչների շրջանում։ Վերջին տվյալներով՝ "
        "վնասվել է տասը տուն։"
    )
    _, result, found = extract(text, desk)
    assert found == [] and result.proposed == []


def test_extracting_again_adds_nothing(desk):
    text = (
        "ԵՐԵՎԱՆ, 4 ԱՊՐԻԼԻ, ԱՐՄԵՆՊՐԵՍ։ Ադրբեջանական ստորաբաժանումները կրակ են բացել Սոթքի "
        "ուղղությամբ։ Այս մասին հայտնեցին ՀՀ ՊՆ-ից։ «Իրադրությունը կայուն է»,- ասաց Արամ "
        "Թորոսյանը։"
    )
    document, first, found = extract(text, desk)
    assert len(first.created) == 2 == len(found)
    again = document_claims_extract(document=document)
    assert again.created == [] and again.found == 2
    assert Claim.objects.filter(document=document).count() == 2


def test_this_was_said_after_an_aside_of_when(desk):
    text = (
        "Շփման գծում իրավիճակը մնում է լարված։ Այս մասին, այսօր՝ մայիսի 3-ին, խորհրդարանում "
        "հայտարարեց Նիկոլ Փաշինյանը։ Զորքերը մնում են իրենց դիրքերում։ Այս մասին չորեքշաբթի՝ "
        "հունիսի 7-ին, ճեպազրույցում ասել է Մարիա Զախարովան։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("Շփման գծում իրավիճակը մնում է լարված", "pashinyan", []),
        ("Զորքերը մնում են իրենց դիրքերում", "zakharova", []),
    ]


def test_a_converbs_phrase_may_open_the_sentence(desk):
    text = (
        "Անդրադառնալով բանակցությունների ընթացքին՝ Բայրամովը նշել է, որ տեքստը դեռ "
        "համաձայնեցված չէ։"
    )
    _, _, found = extract(text, desk)
    assert found == [("տեքստը դեռ համաձայնեցված չէ", "bayramov", [])]


def test_criticising_is_a_statement_and_he_follows_it(desk):
    text = (
        "Ջեյհուն Բայրամովը քննադատել է եվրոպացի պատգամավորների բանաձևը։ Նա նշել է, որ "
        "փաստաթուղթը միակողմանի է։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("քննադատել է եվրոպացի պատգամավորների բանաձևը", "bayramov", []),
        ("փաստաթուղթը միակողմանի է", "bayramov", []),
    ]


def test_a_description_with_the_article_n_refers_back(desk):
    text = (
        "Նիկոլ Փաշինյանը կարևորել է, որ սահմանազատումը շարունակվի առանց ընդհատման։ ՀՀ "
        "վարչապետն ընդգծել է, "
        "որ գործընթացը պետք է լինի թափանցիկ։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("սահմանազատումը շարունակվի առանց ընդհատման", "pashinyan", []),
        ("գործընթացը պետք է լինի թափանցիկ", "pashinyan", []),
    ]


def test_the_bodys_spokesperson_is_the_person_who_spoke_for_it(desk):
    mfa = make_source(
        "Ministry of Foreign Affairs of Azerbaijan",
        kind=K.MINISTRY,
        aliases=["Ադրբեջանի ԱԳՆ"],
    )
    make_source("Leyla Abdullayeva", kind=K.OFFICIAL, aliases=["Լեյլա Աբդուլլաևա"], parent=mfa)
    text = (
        "Լեյլա Աբդուլլաևան հայտարարել է, որ Բաքուն պատրաստ է շարունակել բանակցությունները։ "
        "«Մենք սպասում ենք պատասխանի»,- ասել է Ադրբեջանի ԱԳՆ-ի պաշտոնական ներկայացուցիչը։"
    )
    _, _, found = extract(text, desk)
    assert [speaker for _, speaker, _ in found] == ["Leyla Abdullayeva"] * 2


def test_the_bodys_spokesperson_is_the_body_when_no_one_spoke_for_it(desk):
    make_source(
        "Ministry of Foreign Affairs of Azerbaijan",
        kind=K.MINISTRY,
        aliases=["Ադրբեջանի ԱԳՆ"],
    )
    text = "«Մենք սպասում ենք պատասխանի»,- ասել է Ադրբեջանի ԱԳՆ-ի պաշտոնական ներկայացուցիչը։"
    _, _, found = extract(text, desk)
    assert [speaker for _, speaker, _ in found] == ["Ministry of Foreign Affairs of Azerbaijan"]


def test_a_post_on_a_social_network_is_a_statement(desk):
    text = (
        "Բանակցությունների նոր փուլը կկայանա հաջորդ ամիս։ Այս մասին ֆեյսբուքյան էջում "
        "գրառում է արել Ջեյհուն Բայրամովը։"
    )
    _, _, found = extract(text, desk)
    assert found == [("Բանակցությունների նոր փուլը կկայանա հաջորդ ամիս", "bayramov", [])]


def test_said_also_and_an_opening_of_sequence_keep_the_speaker(desk):
    text = (
        "Նիկոլ Փաշինյանը հայտարարեց, որ բանակցությունները շարունակվում են։ Փաշինյանը նշել է "
        "նաև, որ սահմանին իրավիճակը կայուն է։ Ընդ որում, ՀՀ վարչապետը շեշտեց, որ "
        "ականապատ դաշտերի քարտեզները փոխանցվել են։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("բանակցությունները շարունակվում են", "pashinyan", []),
        ("սահմանին իրավիճակը կայուն է", "pashinyan", []),
        ("ականապատ դաշտերի քարտեզները փոխանցվել են", "pashinyan", []),
    ]


def test_a_confirmed_new_speaker_is_who_his_surname_and_he_mean(
    desk, django_capture_on_commit_callbacks
):
    from sources.models import SourceProposal
    from sources.services import source_proposal_confirm
    from tests.factories import make_editor

    text = (
        "Գյուղի վարչական ղեկավար Վարդան Մելիքյանը հայտնեց, որ կրակոցները դադարել են։ "
        "«Մարդիկ վերադառնում են տներ»,- ասաց Մելիքյանը։ Նա նշեց նաև, որ դպրոցը վաղը կբացվի։"
    )
    document, result, _ = extract(text, desk)
    assert result.proposed == ["Վարդան Մելիքյան"]
    with django_capture_on_commit_callbacks(execute=True):
        source_proposal_confirm(proposal=SourceProposal.objects.get(), actor=make_editor())
    document_claims_extract(document=document)
    speakers = [c.speaker.name for c in Claim.objects.filter(document=document).order_by("start")]
    assert speakers == ["Վարդան Մելիքյան"] * 3


def test_a_speaker_named_after_a_clause_then_a_converb_of_saying(desk):
    text = (
        "Այս լուրին ավելի ուշ արձագանքեց նաև Ադրբեջանի ՊՆ-ն՝ հայտարարելով, թե հայկական "
        "ստորաբաժանումները նահանջել են։ Զինվորները տեսան զեկույցը, նշելով, որ այն ուշ է ստացվել։"
    )
    _, _, found = extract(text, desk)
    assert found == [("հայկական ստորաբաժանումները նահանջել են", "az-mod", [])]


def test_a_surname_alone_is_the_person_named_in_full_before(desk):
    text = (
        "Ֆուտբոլիստ Դավիթ Գասպարյանը երեկ այցելել է սահմանամերձ գյուղ։\n\n"
        "«Այստեղ մարդիկ ապրում են կրակոցների տակ»,- ասել է Գասպարյանը։"
    )
    _, result, _ = extract(text, desk)
    assert result.proposed == ["Դավիթ Գասպարյան"]


def test_an_attribution_ending_its_paragraph_takes_the_quotation_after_it(desk):
    text = (
        "Նիկոլ Փաշինյանը ֆեյսբուքյան իր էջում գրել է.\n\n"
        "«Մեր տղաները վերադառնում են տուն»։\n\n"
        "Ադրբեջանի ՊՆ-ն տեսանյութ է հրապարակել՝ նշելով.\n\n"
        "Գերիների փոխանակումը կշարունակվի։"
    )
    _, _, found = extract(text, desk)
    assert found == [("Մեր տղաները վերադառնում են տուն", "pashinyan", [])]


def test_a_ministry_by_what_it_is_is_the_one_of_the_publishers_country(desk):
    yerevan = make_source("Syunik Courier", kind=K.OUTLET, country="AM")
    mod = make_source(
        "Armenian Defence Ministry",
        kind=K.MINISTRY,
        country="AM",
        aliases=["Հայաստանի պաշտպանության նախարարություն"],
    )
    make_source(
        "Georgian Defence Ministry",
        kind=K.MINISTRY,
        country="GE",
        aliases=["Վրաստանի պաշտպանության նախարարություն"],
    )
    text = (
        "Սահմանին տեղադրվել են նոր դիտակետեր, տեղեկացնում է Պաշտպանության նախարարությունը։\n\n"
        "«Աշխատանքներն ավարտվել են առանց միջադեպի»,-ասվում է հաղորդագրության մեջ։"
    )
    document = make_document(text, publisher=yerevan, language="hy")
    document_claims_extract(document=document)
    claims = Claim.objects.filter(document=document).order_by("start")
    assert [(c.quote, c.speaker_id) for c in claims] == [
        ("Սահմանին տեղադրվել են նոր դիտակետեր", mod.pk),
        ("Աշխատանքներն ավարտվել են առանց միջադեպի", mod.pk),
    ]


def test_the_pluperfect_of_background_and_a_lost_space_after_that(desk):
    text = (
        "Ավելի վաղ ՀՀ պաշտպանության նախարարությունը հաղորդել էր, որԱդրբեջանի զինուժը "
        "կրակ է բացել Տավուշի ուղղությամբ։ Երեկ Զախարովան պնդում էր, որ շփման գծում "
        "լարվածություն չկա։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("Ադրբեջանի զինուժը կրակ է բացել Տավուշի ուղղությամբ", "am-mod", []),
        ("շփման գծում լարվածություն չկա", "zakharova", []),
    ]


def test_a_body_named_by_whose_it_is_is_proposed_without_its_article(desk):
    text = (
        "Սևանի ափին երեկ հրդեհ է բռնկվել։ Այս մասին հայտնում է Գեղարքունիքի փրկարարական "
        "վարչությունը։\n\n"
        "Վանաձորի քաղաքային խորհուրդը հայտարարել է, որ ջրամատակարարումը կվերականգնվի վաղը "
        "առավոտյան։"
    )
    _, result, _ = extract(text, desk)
    assert result.proposed == [
        "Գեղարքունիքի փրկարարական վարչություն",
        "Վանաձորի քաղաքային խորհուրդ",
    ]


def test_a_title_after_a_genitive_is_no_body(desk):
    text = "Ֆրանսիայի նախագահը հայտարարել է, որ այցը հետաձգվում է։"
    _, result, _ = extract(text, desk)
    assert result.proposed == []


def test_this_statement_was_made_by_attributes_the_sentence_before(desk):
    text = (
        "Հայկական դիրքերի ուղղությամբ կրակոցներ չեն արձանագրվել։ Այս հայտարարությունն արել է "
        "ՀՀ պաշտպանության նախարարությունը։"
    )
    _, _, found = extract(text, desk)
    assert found == [("Հայկական դիրքերի ուղղությամբ կրակոցներ չեն արձանագրվել", "am-mod", [])]


def test_an_office_with_whose_it_is_refers_back_to_its_holder(desk):
    text = (
        "Ջեյհուն Բայրամովը հայտարարել է, որ բանակցությունները կշարունակվեն Վաշինգտոնում։\n\n"
        "«Սահմանազատման հարցը պետք է լուծվի երկկողմ հանձնաժողովում»,- գրել է Ադրբեջանի "
        "արտգործնախարարը։\n\n"
        "Ընդ որում, Ադրբեջանի ԱԳ նախարարը պնդել է, որ խաղաղապահների մանդատը փոփոխության "
        "կարիք չունի։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("բանակցությունները կշարունակվեն Վաշինգտոնում", "bayramov", []),
        ("Սահմանազատման հարցը պետք է լուծվի երկկողմ հանձնաժողովում", "bayramov", []),
        ("խաղաղապահների մանդատը փոփոխության կարիք չունի", "bayramov", []),
    ]


def test_as_an_agency_reports_this_was_said_attributes_the_paragraph_before(desk):
    text = (
        "«Մոսկվան պատրաստ է հյուրընկալել եռակողմ հանդիպումը առաջիկա ամիսներին»։\n\n"
        "Ինչպես հաղորդում է ՏԱՍՍ-ը, այս մասին լրագրողներին ասել է Մարիա Զախարովան՝ "
        "պատասխանելով հարցին։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        (
            "Մոսկվան պատրաստ է հյուրընկալել եռակողմ հանդիպումը առաջիկա ամիսներին",
            "zakharova",
            ["tass"],
        )
    ]


def test_western_armenian_an_agencys_reports_with_the_ending_after_the_quote_mark(desk):
    azg = make_source("Azg Daily", kind=K.OUTLET, aliases=["Ազգ"])
    text = (
        "«Ազգ»ի հաղորդումներով, Երեւանի քաղաքապետարանը նոր ծրագիր պիտի ներկայացնէ յառաջիկայ շաբթու։"
    )
    document = make_document(text, publisher=desk["publisher"], language="hy")
    document_claims_extract(document=document)
    claim = Claim.objects.get(document=document)
    assert (claim.quote, claim.speaker_id) == (
        "Երեւանի քաղաքապետարանը նոր ծրագիր պիտի ներկայացնէ յառաջիկայ շաբթու",
        azg.pk,
    )
