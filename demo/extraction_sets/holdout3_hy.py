"""A third held-out set in Armenian, after the ways real outlets wrote in 2020–2023: the defence
ministry's own release (mil.am), a national agency's copy (Armenpress), a broadcaster's report
from a border community (Azatutyun, RFE/RL's Armenian service), an agency's item on a denial by
the Karabakh army (Sputnik Armenia) and a news site's roundup of reactions on social networks
(news.am).

Written apart from the extraction rules and never tuned against them, by the conventions of
``demo.extraction_set``. The incidents, the figures, what anyone is said to have said, the
community head, the member of parliament and the political scientist are invented; the
institutions and officials are real, in their real roles. The formulas are those seen in real
copy: an attribution with no space after its dash («…»,-հայտնեց X-ը) or with an en dash
(«…»,– ասված է …), "X-ն ասաց նաև, որ …", "X-ի տվյալներով, …" with a comma, a ministry in the
ablative telling the publisher, a quotation after "հայտարարեց." in the same paragraph, a
particle after a name ("X-ն էլ"), a post on X or Facebook, a relay named between commas
("X-ը, ՏԱՍՍ-ի հաղորդմամբ, հայտարարել է"), and a speaker named again by a description.
"""

from demo.extraction_set import Article, SourceSpec, Statement


def _paragraphs(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


SOURCES: tuple[SourceSpec, ...] = (
    # Speakers the desk does not have yet (invented).
    SourceSpec("martirosyan", "Ներսես Մարտիրոսյան", "official", "AM", known=False),
    SourceSpec("galstyan", "Լևոն Գալստյան", "official", "AM", known=False),
    SourceSpec("margaryan", "Լիլիթ Մարգարյան", "other", "AM", known=False),
)

ARTICLES: tuple[Article, ...] = (
    Article(
        key="h3-hy-sotk-release-mod",
        publisher="am-mod",
        style="ministry statement",
        language="hy",
        modelled_on="mil.am",
        title="Ադրբեջանական ստորաբաժանումները կրակ են բացել Սոթքի ուղղությամբ",
        text=_paragraphs(
            "Սեպտեմբերի 14-ին, ժամը 21:10-ի սահմաններում, Ադրբեջանի զինված ուժերի "
            "ստորաբաժանումները հրաձգային զինատեսակներից կրակ են բացել Գեղարքունիքի մարզի Սոթք "
            "գյուղի ուղղությամբ տեղակայված հայկական մարտական դիրքերի վրա։ Հայկական կողմը "
            "տուժածներ չունի։",
            "ՀՀ պաշտպանության նախարարությունը հայտնում է, որ ադրբեջանական կողմի տարածած "
            "տեղեկությունն այն մասին, թե իբր հայկական ստորաբաժանումներն են առաջինը կրակ բացել, "
            "չի համապատասխանում իրականությանը։",
            "Ադրբեջանի ՊՆ-ն իր հաղորդագրության մեջ պնդել էր, թե հայկական դիրքերից արձակված "
            "կրակոցներից վնասվել է ռազմական տեխնիկա։",
            "«Հակառակորդը կրկին փորձում է տեղեկատվական հող նախապատրաստել հերթական սադրանքի "
            "համար։ Կոչ ենք անում հետևել միայն պաշտոնական աղբյուրներին», - նշվում է "
            "հաղորդագրությունում։",
            "Առաջնագծում իրադրությունը ներկայումս համեմատաբար կայուն է։",
        ),
        statements=(
            # the ministry names itself in its own release: it is the speaker
            Statement(
                span=(
                    "ադրբեջանական կողմի տարածած տեղեկությունն այն մասին, թե իբր հայկական "
                    "ստորաբաժանումներն են առաջինը կրակ բացել, չի համապատասխանում իրականությանը"
                ),
                speaker="am-mod",
            ),
            # the other side's earlier claim, pluperfect, with "թե"
            Statement(
                span="հայկական դիրքերից արձակված կրակոցներից վնասվել է ռազմական տեխնիկա",
                speaker="az-mod",
            ),
            # a quotation of two sentences, said in "the statement" (the release's own)
            Statement(
                span=(
                    "Հակառակորդը կրկին փորձում է տեղեկատվական հող նախապատրաստել հերթական "
                    "սադրանքի համար։ Կոչ ենք անում հետևել միայն պաշտոնական աղբյուրներին"
                ),
                speaker="am-mod",
            ),
        ),
    ),
    Article(
        key="h3-hy-east-border-armenpress",
        publisher="armenpress",
        style="national agency",
        language="hy",
        modelled_on="Armenpress",
        title="Սահմանի արևելյան հատվածում լարվածությունն աճել է",
        text=_paragraphs(
            "ԵՐԵՎԱՆ, 12 ՍԵՊՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ։ Հայ-ադրբեջանական սահմանի արևելյան հատվածում "
            "գիշերը լարվածությունն աճել է, սակայն զոհերի մասին տեղեկություն չկա։ "
            "«Արմենպրես»-ի հետ զրույցում այս մասին ասաց ՀՀ ՊՆ մամուլի քարտուղար Արամ "
            "Թորոսյանը։",
            "«Հակառակորդը կրակել է խոշոր տրամաչափի հրաձգային զենքերից։ Մեր ստորաբաժանումները "
            "պատասխան գործողություններով ճնշել են կրակակետերը»,-հայտնեց Թորոսյանը։",
            "Թորոսյանն ասաց նաև, որ ադրբեջանական կողմից արձակված ականներից մեկը պայթել է "
            "Վերիշեն գյուղի մերձակայքում, բայց բնակիչներից ոչ ոք չի տուժել։",
            "ՀՀ ՊՆ տվյալներով, կրակոցների հետևանքով վնասվել է բանակի մեկ ավտոմեքենա։",
            "Ադրբեջանի պաշտպանության նախարարությունը, իր հերթին, մեղադրել է հայկական կողմին "
            "Լաչինի ուղղությամբ սադրանքի դիմելու մեջ, հաղորդում է APA-ն։",
            "Ռուսաստանի ԱԳՆ պաշտոնական ներկայացուցիչ Մարիա Զախարովան ճեպազրույցում "
            "հայտարարել է, որ Մոսկվան պատրաստ է միջնորդել հրադադարի վերականգնման համար։ Ըստ "
            "նրա՝ ռուսական կողմը կապի մեջ է Երևանի և Բաքվի հետ։",
            "Հիշեցնենք, որ 2022 թվականի սեպտեմբերին Ադրբեջանը լայնածավալ հարձակում էր սկսել "
            "Հայաստանի ինքնիշխան տարածքի դեմ։",
        ),
        statements=(
            # attributed by the next sentence, the agency told first (the publisher: no relay)
            Statement(
                span=(
                    "Հայ-ադրբեջանական սահմանի արևելյան հատվածում գիշերը լարվածությունն աճել է, "
                    "սակայն զոհերի մասին տեղեկություն չկա"
                ),
                speaker="torosyan",
            ),
            # no space between the comma's dash and the verb
            Statement(
                span=(
                    "Հակառակորդը կրակել է խոշոր տրամաչափի հրաձգային զենքերից։ Մեր "
                    "ստորաբաժանումները պատասխան գործողություններով ճնշել են կրակակետերը"
                ),
                speaker="torosyan",
            ),
            # "ասաց նաև, որ"
            Statement(
                span=(
                    "ադրբեջանական կողմից արձակված ականներից մեկը պայթել է Վերիշեն գյուղի "
                    "մերձակայքում, բայց բնակիչներից ոչ ոք չի տուժել"
                ),
                speaker="torosyan",
            ),
            # "according to the data of", a comma for «՝»
            Statement(
                span="կրակոցների հետևանքով վնասվել է բանակի մեկ ավտոմեքենա",
                speaker="am-mod",
            ),
            # accusing, "իր հերթին" between commas, then the agency that reported it
            Statement(
                span="մեղադրել է հայկական կողմին Լաչինի ուղղությամբ սադրանքի դիմելու մեջ",
                speaker="az-mod",
                relays=("apa",),
            ),
            Statement(
                span="Մոսկվան պատրաստ է միջնորդել հրադադարի վերականգնման համար",
                speaker="zakharova",
            ),
            # "Ըստ նրա՝" for the person who spoke last
            Statement(
                span="ռուսական կողմը կապի մեջ է Երևանի և Բաքվի հետ",
                speaker="zakharova",
            ),
        ),
    ),
    Article(
        key="h3-hy-tegh-pastures-azatutyun",
        publisher="rferl",
        style="broadcaster",
        language="hy",
        modelled_on="Azatutyun (RFE/RL)",
        title="Տեղի բնակիչները չեն համարձակվում անասունները տանել արոտավայրեր",
        text=_paragraphs(
            "Տեղ համայնքի ղեկավար Ներսես Մարտիրոսյանը «Ազատության» հետ զրույցում ասաց, որ "
            "վերջին երկու օրում գյուղի արոտավայրերի ուղղությամբ մի քանի անգամ կրակոցներ են "
            "հնչել։",
            "«Մարդիկ վախենում են անասունները տանել սարերը։ Մենք պետությունից երաշխիքներ ենք "
            "ուզում, ոչ թե խոստումներ»,- ասում է Մարտիրոսյանը։",
            "Նրա խոսքով՝ վերջին ամիսներին գյուղից արդեն հեռացել է ավելի քան տասը ընտանիք։",
            "Պաշտպանության նախարարությունից «Ազատությանը» հայտնեցին, որ տեղեկությունները "
            "ճշտվում են, և սահմանային իրադրությունը վերահսկողության տակ է։",
            "Ադրբեջանի ԱԳՆ խոսնակ Այխան Հաջիզադեն, մինչդեռ, պնդել է, թե Բաքուն «որևէ "
            "հավակնություն չունի» Հայաստանի տարածքի նկատմամբ։",
            "Վարչապետ Նիկոլ Փաշինյանը խորհրդարանում երեկ հայտարարեց. «Մենք չենք կարող թույլ "
            "տալ, որ սահմանային գյուղերը դատարկվեն։ Կառավարությունը կօժանդակի յուրաքանչյուր "
            "ընտանիքի»։",
            "Կառավարությունը դեռ չի հրապարակել աջակցության ծրագրի մանրամասները։",
            "Անվտանգության խորհրդի քարտուղար Արմեն Գրիգորյանն էլ լրագրողների հետ "
            "ճեպազրույցում վստահեցրել է, որ սահմանին ադրբեջանական ուժերի կուտակումներ չեն "
            "արձանագրվել։",
        ),
        statements=(
            # the broadcaster is the publisher: no relay
            Statement(
                span=(
                    "վերջին երկու օրում գյուղի արոտավայրերի ուղղությամբ մի քանի անգամ կրակոցներ "
                    "են հնչել"
                ),
                speaker="martirosyan",
            ),
            # the present tense of saying after a quotation
            Statement(
                span=(
                    "Մարդիկ վախենում են անասունները տանել սարերը։ Մենք պետությունից "
                    "երաշխիքներ ենք ուզում, ոչ թե խոստումներ"
                ),
                speaker="martirosyan",
            ),
            Statement(
                span="վերջին ամիսներին գյուղից արդեն հեռացել է ավելի քան տասը ընտանիք",
                speaker="martirosyan",
            ),
            # the ministry in the ablative, without its country: the publisher's country's
            Statement(
                span=(
                    "տեղեկությունները ճշտվում են, և սահմանային իրադրությունը վերահսկողության տակ է"
                ),
                speaker="am-mod",
            ),
            # a word between commas after the name; a partial quotation inside
            Statement(
                span="Բաքուն «որևէ հավակնություն չունի» Հայաստանի տարածքի նկատմամբ",
                speaker="hajizada",
            ),
            # a quotation after "հայտարարեց." in the same paragraph
            Statement(
                span=(
                    "Մենք չենք կարող թույլ տալ, որ սահմանային գյուղերը դատարկվեն։ "
                    "Կառավարությունը կօժանդակի յուրաքանչյուր ընտանիքի"
                ),
                speaker="pashinyan",
            ),
            # "-ն էլ" after the name, the audience and the setting before the verb
            Statement(
                span="սահմանին ադրբեջանական ուժերի կուտակումներ չեն արձանագրվել",
                speaker="grigoryan",
            ),
        ),
    ),
    Article(
        key="h3-hy-shushi-denial-sputnik",
        publisher="sputnik-am",
        style="national agency",
        language="hy",
        modelled_on="Sputnik Armenia",
        title="Պաշտպանության բանակը հերքում է Բաքվի տարածած լուրը",
        text=_paragraphs(
            "ՍՏԵՓԱՆԱԿԵՐՏ, 3 օգոստոսի – Sputnik. Արցախի պաշտպանության բանակը հերքել է "
            "Ադրբեջանի պաշտպանության նախարարության հաղորդագրությունն այն մասին, թե իբր "
            "հայկական ստորաբաժանումները կրակել են Շուշիի ուղղությամբ։",
            "«Ադրբեջանական կողմի տարածած տեղեկությունը բացարձակ կեղծիք է։ Պաշտպանության "
            "բանակի ստորաբաժանումները շարունակում են խստորեն պահպանել հրադադարի ռեժիմը»,– "
            "ասված է հաղորդագրությունում։",
            "Ըստ գերատեսչության` Բաքուն նման հաղորդագրություններով տեղեկատվական հող է "
            "նախապատրաստում նոր սադրանքի համար։",
            "Ադրբեջանի ՊՆ-ն ավելի վաղ տարածած հաղորդագրությունում պնդել էր, որ իր "
            "ստորաբաժանումները «պատասխան միջոցներ» են ձեռնարկել։",
            "Ռուս խաղաղապահների հրամանատարությունը միջադեպի վերաբերյալ դեռ մեկնաբանություն չի "
            "տվել։",
            "Արցախի մարդու իրավունքների պաշտպան Գեղամ Ստեփանյանը ֆեյսբուքյան իր էջում գրել է, "
            "որ Լաչինի միջանցքի փակման պատճառով Ստեփանակերտի հիվանդանոցներում դեղորայքի պակաս "
            "կա։",
            "«Երեխաներն ու տարեցներն են առաջինը տուժում։ Միջազգային կառույցները պետք է "
            "գործեն, ոչ թե մտահոգություն հայտնեն»,- գրել է նա։",
        ),
        statements=(
            # dateline with the agency after a dash; a denial: the span starts at the verb
            Statement(
                span=(
                    "հերքել է Ադրբեջանի պաշտպանության նախարարության հաղորդագրությունն այն մասին, "
                    "թե իբր հայկական ստորաբաժանումները կրակել են Շուշիի ուղղությամբ"
                ),
                speaker="artsakh-army",
            ),
            # an en dash right after the comma
            Statement(
                span=(
                    "Ադրբեջանական կողմի տարածած տեղեկությունը բացարձակ կեղծիք է։ Պաշտպանության "
                    "բանակի ստորաբաժանումները շարունակում են խստորեն պահպանել հրադադարի ռեժիմը"
                ),
                speaker="artsakh-army",
            ),
            # «`» typed for «՝»; "the agency" for the army that spoke
            Statement(
                span=(
                    "Բաքուն նման հաղորդագրություններով տեղեկատվական հող է նախապատրաստում նոր "
                    "սադրանքի համար"
                ),
                speaker="artsakh-army",
            ),
            Statement(
                span="իր ստորաբաժանումները «պատասխան միջոցներ» են ձեռնարկել",
                speaker="az-mod",
            ),
            Statement(
                span=(
                    "Լաչինի միջանցքի փակման պատճառով Ստեփանակերտի հիվանդանոցներում դեղորայքի "
                    "պակաս կա"
                ),
                speaker="gegham-stepanyan",
            ),
            Statement(
                span=(
                    "Երեխաներն ու տարեցներն են առաջինը տուժում։ Միջազգային կառույցները պետք է "
                    "գործեն, ոչ թե մտահոգություն հայտնեն"
                ),
                speaker="gegham-stepanyan",
            ),
        ),
    ),
    Article(
        key="h3-hy-peace-treaty-reactions-newsam",
        publisher="news-am",
        style="news site",
        language="hy",
        modelled_on="news.am",
        title="Ալիևը կրկին պահանջներ է ներկայացնում. արձագանքներ Երևանից և Մոսկվայից",
        text=_paragraphs(
            "Հայաստանը պետք է հրաժարվի տարածքային պահանջներից, եթե ցանկանում է խաղաղության "
            "պայմանագիր կնքել։ Այս մասին Բաքվում կայացած համաժողովում հայտարարել է Ադրբեջանի "
            "նախագահ Իլհամ Ալիևը, հաղորդում է AZERTAC-ը։",
            "Ալիևի այս խոսքերին արձագանքել է ՀՀ ԱԳՆ խոսնակ Անի Բադալյանը։ «Հայաստանը "
            "տարածքային պահանջներ չունի որևէ երկրի նկատմամբ, և Բաքուն դա շատ լավ գիտի»,- "
            "X-ում գրառում է արել Բադալյանը։",
            "Ընդդիմադիր պատգամավոր Լևոն Գալստյանը, անդրադառնալով Ալիևի ելույթին, ֆեյսբուքյան "
            "գրառմամբ նշել է, որ իշխանությունները միակողմանի զիջումներով խրախուսում են "
            "Բաքվի ախորժակը։",
            "Քաղաքագետ Լիլիթ Մարգարյանը News.am-ի հետ զրույցում կարծիք հայտնեց, որ Բաքվի "
            "հռետորաբանությունն ուղղված է բանակցային դիրքերն ամրապնդելուն։",
            "«Սա ճնշման դասական մեթոդ է, որը Բաքուն կիրառում է ամեն անգամ բանակցություններից "
            "առաջ»,- նշեց քաղաքագետը։",
            "Ռուսաստանի նախագահի մամուլի քարտուղար Դմիտրի Պեսկովը, ՏԱՍՍ-ի հաղորդմամբ, "
            "հայտարարել է, որ Մոսկվան աջակցում է Երևանի և Բաքվի միջև ուղիղ երկխոսությանը։",
            "Կրեմլի խոսնակի խոսքով՝ խաղաղության պայմանագրի տեքստի շուրջ բանակցությունները դեռ "
            "շարունակվում են։",
        ),
        statements=(
            # attributed by the next sentence, the place of the telling and the agency
            Statement(
                span=(
                    "Հայաստանը պետք է հրաժարվի տարածքային պահանջներից, եթե ցանկանում է "
                    "խաղաղության պայմանագիր կնքել"
                ),
                speaker="aliyev",
                relays=("azertac",),
            ),
            # "reacted" with no content is no statement; the quotation is a post on X
            Statement(
                span=(
                    "Հայաստանը տարածքային պահանջներ չունի որևէ երկրի նկատմամբ, և Բաքուն դա շատ "
                    "լավ գիտի"
                ),
                speaker="badalyan",
            ),
            # a converb phrase between commas, then a post on Facebook
            Statement(
                span="իշխանությունները միակողմանի զիջումներով խրախուսում են Բաքվի ախորժակը",
                speaker="galstyan",
            ),
            # "կարծիք հայտնեց, որ", the publisher told (no relay)
            Statement(
                span="Բաքվի հռետորաբանությունն ուղղված է բանակցային դիրքերն ամրապնդելուն",
                speaker="margaryan",
            ),
            # the speaker named again by what she is
            Statement(
                span=(
                    "Սա ճնշման դասական մեթոդ է, որը Բաքուն կիրառում է ամեն անգամ "
                    "բանակցություններից առաջ"
                ),
                speaker="margaryan",
            ),
            # the agency between commas after the name
            Statement(
                span="Մոսկվան աջակցում է Երևանի և Բաքվի միջև ուղիղ երկխոսությանը",
                speaker="peskov",
                relays=("tass",),
            ),
            # a description in the genitive for the person who spoke last; his relay kept
            Statement(
                span="խաղաղության պայմանագրի տեքստի շուրջ բանակցությունները դեռ շարունակվում են",
                speaker="peskov",
                relays=("tass",),
            ),
        ),
    ),
)
