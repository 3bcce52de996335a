"""An Armenian development set after the attribution formulas of real copy (2020–2023) that the
first sets did not cover: news sites passing on an agency's interview, the Karabakh army's and
information centre's denials, a border village's alarm, a security briefing, and reactions on
social networks. Each article follows one outlet's way of writing (``modelled_on``); the
incidents, the figures, what anyone is said to have said and every minor person are written for
Parallax, by the conventions of ``demo.extraction_set``.

The formulas: «…»,-հայտնեց X (no space after the dash) and «…»,–գրել է X; "X-ն ասաց նաև, որ";
"Նա նաև նշում է, որ"; "X-ը տեղեկացնում է, որ"; a body's press service in the ablative with a
plural verb ("…ծառայությունից տեղեկացնում են, որ"); "C, այդ մասին հայտնում են X-ից" in one
sentence; "X-ի տեղեկությամբ, C"; "Ըստ ամենայնի, …" (apparently: no one's words); "…, հայտնում
է X-ը` հղում տալով Y-ին"; "X-ը գրել է․ «…»" and "X-ը հաղորդագրություն է տարածել․ «…»" in one
paragraph; "Ահազանգը X-ին փոխանցեց Y-ը" for the sentence before; "Մեր զրուցակցի խոսքով՝";
"Ասում է՝ …" for the person who spoke last; two speakers in one sentence joined by
"սակայն"; "Ինչպես նշել է X-ը, …"; "չի բացառել, որ"; "ասել է հետևյալը. «…»"; a deputy
minister named again as "փոխնախարարը";
"«…»,- այսպես է X-ը արձագանքել …"; "«…»,- նման մտահոգությամբ կիսվեց X-ը"; a speaker named
again by the body's initials and a title ("ԱԽ քարտուղարը", "ՊՆ մամուլի խոսնակը", with the older
"մամլո"); "X-ն այս մասին ասել է …՝ նշելով, որ …" for the sentence before and more; «…»,-
փոխանցում է X-ը՝ հավելելով, որ …; "Այդ մասին հայտարարել է X-ը. հայտնում է Y-ը"; and "ասել
է՝ պատասխանելով …", a converb of circumstance that is no statement.
"""

from demo.extraction_set import Article, SourceSpec, Statement


def _paragraphs(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


SOURCES: tuple[SourceSpec, ...] = (
    # Speakers the desk does not have yet.
    SourceSpec("poghosyan", "Վահրամ Պողոսյան", "official", "", known=False),
    SourceSpec("ghazaryan", "Սամվել Ղազարյան", "other", "AM", known=False),
    SourceSpec("davtyan", "Արթուր Դավթյան", "official", "AM", known=False),
    SourceSpec("a-sargsyan", "Արման Սարգսյան", "official", "AM", known=False),
    SourceSpec("avetisyan", "Անահիտ Ավետիսյան", "official", "", known=False),
)

ARTICLES: tuple[Article, ...] = (
    Article(
        key="real-hy-syunik-night-panorama",
        publisher="panorama",
        style="news site",
        language="hy",
        modelled_on="Panorama.am",
        title="Սյունիքի սահմանին գիշերը կրակոցներ են հնչել. ՊՆ",
        text=_paragraphs(
            "Սյունիքի սահմանին գիշերը կրակոցներ են հնչել, սակայն իրավիճակը վերահսկելի է։ "
            "«Արմենպրես»-ի հետ զրույցում այս մասին հայտնեց ՀՀ ՊՆ մամուլի քարտուղար Արամ "
            "Թորոսյանը՝ նշելով, որ հակառակորդը կրակել է հիմնականում ավտոմատային զենքերից։",
            "«Կրակոցներ եղել են, բայց լարվածությունը նախորդ գիշերվա նման չէ»,-հայտնեց ՊՆ "
            "մամուլի խոսնակը։",
            "Թորոսյանն ասաց նաև, որ հայկական կողմը կորուստներ չունի։",
            "Ադրբեջանի ՊՆ-ն, իր հերթին, պնդում է, թե հայկական ստորաբաժանումներն են կրակ բացել "
            "Քալբաջարի ուղղությամբ։",
            "Ադրբեջանի ԱԳՆ խոսնակ Այխան Հաջիզադեն լրագրողների հետ զրույցում ասել է հետևյալը. "
            "«Հայկական կողմը պետք է դադարեցնի սադրանքները սահմանին»։",
            "Ըստ ամենայնի, հրադադարի խախտումները կշարունակվեն մինչև բանակցությունների նոր փուլը։ "
            "Ռուսական կողմը միջադեպի վերաբերյալ դեռ հայտարարություն չի տարածել։",
        ),
        statements=(
            # attributed by the next sentence, the agency told first: it is a relay here
            Statement(
                span="Սյունիքի սահմանին գիշերը կրակոցներ են հնչել, սակայն իրավիճակը վերահսկելի է",
                speaker="torosyan",
                relays=("armenpress",),
            ),
            # the converb after "this was said by": a statement of its own
            Statement(
                span="հակառակորդը կրակել է հիմնականում ավտոմատային զենքերից",
                speaker="torosyan",
                relays=("armenpress",),
            ),
            # no space after the dash; named again by the ministry's initials and a title
            Statement(
                span="Կրակոցներ եղել են, բայց լարվածությունը նախորդ գիշերվա նման չէ",
                speaker="torosyan",
                relays=("armenpress",),
            ),
            # "ասաց նաև, որ"
            Statement(
                span="հայկական կողմը կորուստներ չունի",
                speaker="torosyan",
                relays=("armenpress",),
            ),
            Statement(
                span="հայկական ստորաբաժանումներն են կրակ բացել Քալբաջարի ուղղությամբ",
                speaker="az-mod",
            ),
            # a quotation after "հայտարարել է." in the same paragraph
            Statement(
                span="Հայկական կողմը պետք է դադարեցնի սադրանքները սահմանին",
                speaker="hajizada",
            ),
        ),
    ),
    Article(
        key="real-hy-aghdam-denial-aysor",
        publisher="aysor",
        style="news site",
        language="hy",
        modelled_on="Aysor.am",
        title="Կեղծ է Ադրբեջանի ՊՆ հաղորդագրությունը. ԱՀ ՊՆ",
        text=_paragraphs(
            "ԱՀ ՊՆ մամուլի ծառայությունից տեղեկացնում են, որ ադրբեջանական կայքերում տարածված "
            "լուրը, թե իբր Պաշտպանության բանակի ստորաբաժանումները գիշերը կրակել են Աղդամի "
            "ուղղությամբ, իրականությանը չի համապատասխանում։ Պաշտպանության բանակը շարունակում "
            "է պահպանել հրադադարի ռեժիմը։",
            "«Կոչ ենք անում լրատվամիջոցներին հետևել միայն պաշտոնական հաղորդագրություններին», "
            "– նշվում է ՊՆ հաղորդագրությունում։",
            "Ինչպես հաղորդում է ԱՀ ՊՆ մամուլի ծառայությունը, առաջնագծում իրադրությունը "
            "հարաբերականորեն կայուն է։",
            "Ստեփանակերտում գիշերը լսվել են պայթյունների ձայներ, այդ մասին հայտնում են "
            "Արցախի տեղեկատվական շտաբից։",
            "Ադրբեջանական կողմը պատրաստվում է նոր սադրանքի, հայտնում է CivilNet-ը` հղում տալով "
            "Արցախի տեղեկատվական շտաբին։",
            "Արցախի նախագահի մամուլի խոսնակ Վահրամ Պողոսյանը ֆեյսբուքյան իր էջում գրել է․ "
            "«Ադրբեջանը ևս մեկ անգամ ապացուցում է, որ հրադադարի պայմանավորվածությունները նրա "
            "համար ոչինչ չեն նշանակում»։",
            "Նա նաև նշում է, որ արցախցիները պատրաստ են պաշտպանել իրենց տները։",
            "Արցախի ՄԻՊ-ը հաղորդագրություն է տարածել․ «Շրջափակման պայմաններում երեխաները "
            "զրկված են սննդի և դեղորայքի բնականոն հասանելիությունից»։",
        ),
        statements=(
            # a press service in the ablative with a plural verb: the ministry
            Statement(
                span=(
                    "ադրբեջանական կայքերում տարածված լուրը, թե իբր Պաշտպանության բանակի "
                    "ստորաբաժանումները գիշերը կրակել են Աղդամի ուղղությամբ, իրականությանը չի "
                    "համապատասխանում"
                ),
                speaker="artsakh-mod",
            ),
            # a space before the dash; the ministry by its initials alone
            Statement(
                span="Կոչ ենք անում լրատվամիջոցներին հետևել միայն պաշտոնական հաղորդագրություններին",
                speaker="artsakh-mod",
            ),
            Statement(
                span="առաջնագծում իրադրությունը հարաբերականորեն կայուն է",
                speaker="artsakh-mod",
            ),
            # "C, այդ մասին հայտնում են X-ից" in one sentence
            Statement(
                span="Ստեփանակերտում գիշերը լսվել են պայթյունների ձայներ",
                speaker="artsakh-infohq",
            ),
            # "հղում տալով" for citing
            Statement(
                span="Ադրբեջանական կողմը պատրաստվում է նոր սադրանքի",
                speaker="artsakh-infohq",
                relays=("civilnet",),
            ),
            Statement(
                span=(
                    "Ադրբեջանը ևս մեկ անգամ ապացուցում է, որ հրադադարի պայմանավորվածությունները "
                    "նրա համար ոչինչ չեն նշանակում"
                ),
                speaker="poghosyan",
            ),
            Statement(
                span="արցախցիները պատրաստ են պաշտպանել իրենց տները",
                speaker="poghosyan",
            ),
            # circulated a statement, its quotation after «․» in the same paragraph
            Statement(
                span=(
                    "Շրջափակման պայմաններում երեխաները զրկված են սննդի և դեղորայքի բնականոն "
                    "հասանելիությունից"
                ),
                speaker="artsakh-hrd",
            ),
        ),
    ),
    Article(
        key="real-hy-movses-vineyards-newsam",
        publisher="news-am",
        style="news site",
        language="hy",
        modelled_on="news.am",
        title="Մովսեսի այգիների ուղղությամբ կրակահերթեր են արձակվել",
        text=_paragraphs(
            "Տավուշի մարզի Մովսես գյուղի այգիների ուղղությամբ այսօր առավոտից կրակահերթեր են "
            "արձակվել։ Ահազանգը News.am-ին փոխանցեց գյուղի բնակիչ Սամվել Ղազարյանը։",
            "«Այգում քսանից ավելի մարդ էր աշխատում, երբ կրակոցները սկսվեցին։ Հիմա նույնիսկ չենք "
            "կարողանում մոտենալ»,-ավելացրեց Ղազարյանը։",
            "Մեր զրուցակցի խոսքով՝ գյուղացիները պահանջում են, որ այգիների մոտ զինվորական "
            "դիրքեր տեղակայվեն։",
            "Մովսեսի վարչական ղեկավար Արթուր Դավթյանը լրագրողներին ասաց, որ զանգվածային "
            "տարհանում գյուղում չկա։",
            "«Ոչ ոք գյուղը լքելու մտադրություն չունի»,- լրագրողներին ասաց Դավթյանը։ Ասում է՝ "
            "մարդիկ ուղղակի վախենում են երեկոյան դուրս գալ տնից։",
            "ՀՀ ՊՆ-ից News.am-ին հայտնեցին, որ կրակոցների վերաբերյալ տեղեկությունը ճշտվում է։",
            "Պաշտպանության նախարարության տեղեկությամբ, երկկողմ կրակոցների հետևանքով զոհեր չկան։",
            "Ադրբեջանի պաշտպանության նախարարությունը հայտնում է, որ հայկական կողմը կրակել է "
            "Ղազախի ուղղությամբ, հաղորդում է Report.az-ը։",
        ),
        statements=(
            # "the alarm was passed to the publisher by X": the sentence before
            Statement(
                span=(
                    "Տավուշի մարզի Մովսես գյուղի այգիների ուղղությամբ այսօր առավոտից "
                    "կրակահերթեր են արձակվել"
                ),
                speaker="ghazaryan",
            ),
            Statement(
                span=(
                    "Այգում քսանից ավելի մարդ էր աշխատում, երբ կրակոցները սկսվեցին։ Հիմա "
                    "նույնիսկ չենք կարողանում մոտենալ"
                ),
                speaker="ghazaryan",
            ),
            # "our interlocutor" for the person who spoke last
            Statement(
                span="գյուղացիները պահանջում են, որ այգիների մոտ զինվորական դիրքեր տեղակայվեն",
                speaker="ghazaryan",
            ),
            Statement(
                span="զանգվածային տարհանում գյուղում չկա",
                speaker="davtyan",
            ),
            Statement(
                span="Ոչ ոք գյուղը լքելու մտադրություն չունի",
                speaker="davtyan",
            ),
            # "Ասում է՝" with no subject: the person who spoke last
            Statement(
                span="մարդիկ ուղղակի վախենում են երեկոյան դուրս գալ տնից",
                speaker="davtyan",
            ),
            Statement(
                span="կրակոցների վերաբերյալ տեղեկությունը ճշտվում է",
                speaker="am-mod",
            ),
            # "according to the information of", a comma for «՝»
            Statement(
                span="երկկողմ կրակոցների հետևանքով զոհեր չկան",
                speaker="am-mod",
            ),
            # reported speech, then the agency that reported it
            Statement(
                span="հայկական կողմը կրակել է Ղազախի ուղղությամբ",
                speaker="az-mod",
                relays=("report-az",),
            ),
        ),
    ),
    Article(
        key="real-hy-border-briefing-mediamax",
        publisher="mediamax",
        style="national agency",
        language="hy",
        modelled_on="Mediamax / Arminfo",
        title="Սահմանին կուտակումներ չեն արձանագրվել. Գրիգորյան",
        text=_paragraphs(
            "Եթե սահմանին որևէ վտանգ նկատվի, հանրությունն անմիջապես կտեղեկացվի։ Այդ մասին "
            "ճեպազրույցում հայտարարել է ՀՀ անվտանգության խորհրդի քարտուղար Արմեն Գրիգորյանը՝ "
            "պատասխանելով լրագրողների հարցերին։",
            "Նա նշել է, որ սահմանային միջադեպերի հետաքննության մեխանիզմի մասին հայկական "
            "առաջարկը մնում է ուժի մեջ։ Գրիգորյանը չի բացառել, որ այդ հարցը կքննարկվի "
            "Բրյուսելի հանդիպմանը։",
            "Հարցին, թե արդյոք տեսնում է էսկալացիայի վտանգ, ԱԽ քարտուղարը կրկնել է, որ "
            "իրավիճակը լարված է, բայց վերահսկելի։",
            "Ադրբեջանական զինուժը սահմանի երկայնքով նոր տեղաշարժեր չի կատարել։ Այս մասին "
            "այսօր՝ մարտի 2-ին, ասուլիսի ընթացքում հայտնեց ՀՀ պաշտպանության փոխնախարար Արման "
            "Սարգսյանը։",
            "«Եթե իրավիճակը փոխվի, մենք անմիջապես հայտարարություն կտարածենք»,- լրագրողներին "
            "ասաց Սարգսյանը։",
            "Լրագրողների հետ ճեպազրույցում փոխնախարարը վստահեցրել է, որ բանակը պատրաստ է "
            "ցանկացած զարգացման։",
            "Ադրբեջանի նախագահի օգնական Հիքմեթ Հաջիևը, Trend-ի փոխանցմամբ, պնդել է, որ Բաքուն "
            "պատրաստ է շարունակել բանակցությունները Բրյուսելում։",
            "Հաջիևի խոսքով՝ խաղաղության պայմանագրի տեքստը գրեթե համաձայնեցված է։",
        ),
        statements=(
            Statement(
                span="Եթե սահմանին որևէ վտանգ նկատվի, հանրությունն անմիջապես կտեղեկացվի",
                speaker="grigoryan",
            ),
            Statement(
                span=(
                    "սահմանային միջադեպերի հետաքննության մեխանիզմի մասին հայկական առաջարկը մնում "
                    "է ուժի մեջ"
                ),
                speaker="grigoryan",
            ),
            # "did not rule out that"
            Statement(
                span="այդ հարցը կքննարկվի Բրյուսելի հանդիպմանը",
                speaker="grigoryan",
            ),
            # named again by the council's initials and his title
            Statement(
                span="իրավիճակը լարված է, բայց վերահսկելի",
                speaker="grigoryan",
            ),
            # "Այս մասին" with the day set off, then the setting
            Statement(
                span="Ադրբեջանական զինուժը սահմանի երկայնքով նոր տեղաշարժեր չի կատարել",
                speaker="a-sargsyan",
            ),
            Statement(
                span="Եթե իրավիճակը փոխվի, մենք անմիջապես հայտարարություն կտարածենք",
                speaker="a-sargsyan",
            ),
            # "the deputy minister"
            Statement(
                span="բանակը պատրաստ է ցանկացած զարգացման",
                speaker="a-sargsyan",
            ),
            # the agency between commas after the name
            Statement(
                span="Բաքուն պատրաստ է շարունակել բանակցությունները Բրյուսելում",
                speaker="hajiyev",
                relays=("trend",),
            ),
            Statement(
                span="խաղաղության պայմանագրի տեքստը գրեթե համաձայնեցված է",
                speaker="hajiyev",
                relays=("trend",),
            ),
        ),
    ),
    Article(
        key="real-hy-lachin-reactions-tert",
        publisher="tert-am",
        style="news site",
        language="hy",
        modelled_on="Tert.am / yn.am",
        title="Շրջափակումը մարդասիրական ճգնաժամ է ստեղծել. Փաշինյան",
        text=_paragraphs(
            "Լաչինի միջանցքի շրջափակումը Լեռնային Ղարաբաղում մարդասիրական ճգնաժամ է ստեղծել։ "
            "Այս մասին իր թվիթերյան էջում գրել է ՀՀ վարչապետ Նիկոլ Փաշինյանը։",
            "«Միջազգային հանրությունը պետք է գործի հիմա, ոչ թե վաղը»,–գրել է Փաշինյանը։",
            "ՀՀ վարչապետն ընդգծել է, որ տարածաշրջանում ապակայունացման բարձր ռիսկ կա։",
            "«Բաքվի պահանջները ոչ մի կապ չունեն խաղաղության հետ»,- այսպես է ՀՀ ԱԳՆ խոսնակ "
            "Անի Բադալյանը արձագանքել Ադրբեջանի ԱԳՆ հայտարարությանը։",
            "Ինչպես նշել է Անի Բադալյանը, Երևանը դեռ սպասում է Բաքվի պատասխանին պայմանագրի "
            "վերջին նախագծի վերաբերյալ։",
            "Ադրբեջանի ԱԳՆ-ն ավելի վաղ տարածած հայտարարությամբ պնդել էր, թե Հայաստանը "
            "«խոչընդոտում է» խաղաղության գործընթացը։",
            "Արցախի ԱԺ պատգամավոր Անահիտ Ավետիսյանը «Ազատություն» ռադիոկայանի հետ զրույցում "
            "ասաց՝ Ստեփանակերտում հացի հերթերը օրեցօր երկարում են։",
            "«Մարդիկ առավոտյան ժամը հինգից հերթ են կանգնում»,- նման մտահոգությամբ կիսվեց "
            "Ավետիսյանը։",
            "Արցախի օմբուդսմեն Գեղամ Ստեփանյանը տեղեկացնում է, որ շրջափակման հետևանքով "
            "հիվանդանոցներում հետաձգվել է ավելի քան հարյուր վիրահատություն։",
        ),
        statements=(
            Statement(
                span=(
                    "Լաչինի միջանցքի շրջափակումը Լեռնային Ղարաբաղում մարդասիրական ճգնաժամ է ստեղծել"
                ),
                speaker="pashinyan",
            ),
            # an en dash with no space on either side
            Statement(
                span="Միջազգային հանրությունը պետք է գործի հիմա, ոչ թե վաղը",
                speaker="pashinyan",
            ),
            Statement(
                span="տարածաշրջանում ապակայունացման բարձր ռիսկ կա",
                speaker="pashinyan",
            ),
            # "this is how X reacted to …"
            Statement(
                span="Բաքվի պահանջները ոչ մի կապ չունեն խաղաղության հետ",
                speaker="badalyan",
            ),
            # "as X said, C"
            Statement(
                span=("Երևանը դեռ սպասում է Բաքվի պատասխանին պայմանագրի վերջին նախագծի վերաբերյալ"),
                speaker="badalyan",
            ),
            Statement(
                span="Հայաստանը «խոչընդոտում է» խաղաղության գործընթացը",
                speaker="az-mfa",
            ),
            # "ասաց՝ C"; the broadcaster she spoke to is a relay
            Statement(
                span="Ստեփանակերտում հացի հերթերը օրեցօր երկարում են",
                speaker="avetisyan",
                relays=("rferl",),
            ),
            # "shared with such a concern"
            Statement(
                span="Մարդիկ առավոտյան ժամը հինգից հերթ են կանգնում",
                speaker="avetisyan",
                relays=("rferl",),
            ),
            Statement(
                span=(
                    "շրջափակման հետևանքով հիվանդանոցներում հետաձգվել է ավելի քան հարյուր "
                    "վիրահատություն"
                ),
                speaker="gegham-stepanyan",
            ),
        ),
    ),
    Article(
        key="real-hy-verin-shorzha-sputnik",
        publisher="sputnik-am",
        style="national agency",
        language="hy",
        modelled_on="Sputnik Armenia / Epress.am",
        title="Վերին Շորժայի հատվածում հակառակորդը կրակ է բացել",
        text=_paragraphs(
            "ԵՐԵՎԱՆ, 25 մայիսի – Sputnik. Գեղարքունիքի մարզի Վերին Շորժայի հատվածում "
            "հակառակորդը կեսօրից հետո կրակ է բացել հայկական դիրքերի ուղղությամբ։ Արամ "
            "Թորոսյանն այս մասին ասել է լրագրողների հետ զրույցում՝ նշելով, որ հայ "
            "զինծառայողներից վիրավորներ չկան։",
            "«Հակառակորդի կրակակետերը լռեցվել են, իրավիճակն այս պահին վերահսկելի է»,- "
            "փոխանցում է ՀՀ պաշտպանության նախարարությունը՝ հավելելով, որ մանրամասները "
            "ճշտվում են։",
            "Թորոսյանը հրաժարվեց մանրամասնել՝ պատասխանելով լրագրողների հարցերին։",
            "«Մենք ունենք միայն նախնական տվյալներ»,- մեզ հետ զրույցում ասել է ՊՆ մամլո խոսնակը։",
            "Ադրբեջանի ՊՆ-ն պնդում է, որ հայկական ստորաբաժանումները կրակել են Զանգելանի "
            "ուղղությամբ, սակայն ՀՀ ՊՆ-ն հերքում է այդ տեղեկությունը։",
            "Հայկական կողմն է առաջինը կրակ բացել Քալբաջարի ուղղությամբ։ Այդ մասին հայտարարել է "
            "Ադրբեջանի ԱԳՆ խոսնակ Այխան Հաջիզադեն. հայտնում է Report.az-ը։",
            "Երևանը պետք է դադարեցնի սահմանին ամրաշինական աշխատանքները։ Այս մասին ասված է "
            "Հաջիզադեի տարածած հայտարարության մեջ։",
        ),
        statements=(
            # "X-ն այս մասին ասել է": the sentence before; the converb after it, a statement
            Statement(
                span=(
                    "Գեղարքունիքի մարզի Վերին Շորժայի հատվածում հակառակորդը կեսօրից հետո կրակ է "
                    "բացել հայկական դիրքերի ուղղությամբ"
                ),
                speaker="torosyan",
            ),
            Statement(
                span="հայ զինծառայողներից վիրավորներ չկան",
                speaker="torosyan",
            ),
            # a body conveying its own words, then adding more
            Statement(
                span="Հակառակորդի կրակակետերը լռեցվել են, իրավիճակն այս պահին վերահսկելի է",
                speaker="am-mod",
            ),
            Statement(
                span="մանրամասները ճշտվում են",
                speaker="am-mod",
            ),
            # "declined to detail, answering the questions": no statement; "մամլո", the older
            # spelling, and the ministry's spokesman
            Statement(
                span="Մենք ունենք միայն նախնական տվյալներ",
                speaker="torosyan",
            ),
            # one sentence, two speakers, joined by "սակայն"
            Statement(
                span="հայկական ստորաբաժանումները կրակել են Զանգելանի ուղղությամբ",
                speaker="az-mod",
            ),
            Statement(
                span="հերքում է այդ տեղեկությունը",
                speaker="am-mod",
            ),
            # the agency after a «.» typed for the comma
            Statement(
                span="Հայկական կողմն է առաջինը կրակ բացել Քալբաջարի ուղղությամբ",
                speaker="hajizada",
                relays=("report-az",),
            ),
            Statement(
                span="Երևանը պետք է դադարեցնի սահմանին ամրաշինական աշխատանքները",
                speaker="hajizada",
                # named again right after speaking: the relays of what it continues
                relays=("report-az",),
            ),
        ),
    ),
)
