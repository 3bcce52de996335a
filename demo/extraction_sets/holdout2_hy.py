"""A second held-out set in Armenian: a national agency's copy, a broadcaster's report from a
border village, and a news site's roundup on the Lachin corridor.

Written apart from the extraction rules and never tuned against them, by the conventions of
``demo.extraction_set``. The publishers Aragats, Araks Radio and Ardzagang.am, the incidents,
the figures, the villages Sarahovit and Verin Saralanj, the village head, the resident and the
driver are invented; the institutions and officials are real, in their real roles. Sentences
end with the Armenian full stop "։" in two articles and with a colon, as several sites type it,
in the third. A quotation split by its attribution («..., - ասաց X, - ...») gives one statement
per part, since a span is one stretch of text.
"""

from demo.extraction_set import Article, SourceSpec, Statement


def _paragraphs(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


SOURCES: tuple[SourceSpec, ...] = (
    # Publishers (invented).
    SourceSpec(
        "aragats",
        "Aragats News Agency",
        "news_agency",
        "AM",
        short_name="Aragats",
        aliases=("Արագած", "Արագած լրատվական գործակալություն"),
    ),
    SourceSpec(
        "araks",
        "Araks Radio",
        "outlet",
        "AM",
        aliases=("Արաքս", "Արաքս ռադիոկայան"),
    ),
    SourceSpec("ardzagang", "Ardzagang.am", "outlet", "AM", aliases=("Արձագանգ",)),
    # People the desk already has.
    SourceSpec(
        "melkonyan",
        "Գագիկ Մելքոնյան",
        "official",
        "AM",
        aliases=("Gagik Melkonyan",),
    ),
    SourceSpec(
        "manasyan",
        "Անահիտ Մանասյան",
        "official",
        "AM",
        aliases=("Anahit Manasyan",),
    ),
    # Speakers the desk does not have yet.
    SourceSpec("arakelyan", "Սամվել Առաքելյան", "other", "AM", known=False),
    SourceSpec("sahakyan", "Արթուր Սահակյան", "other", "AM", known=False),
)

ARTICLES: tuple[Article, ...] = (
    Article(
        key="h2b-hy-tavush-shepherd-agency",
        publisher="aragats",
        style="national agency",
        title="Ադրբեջանական կողմը վերադարձրել է Տավուշում գերեվարված հովվին. ՊՆ",
        text=_paragraphs(
            "ԵՐԵՎԱՆ, 18 ՀՈՒԼԻՍԻ, ԱՐԱԳԱԾ։ Երեկ երեկոյան Տավուշի մարզի Սարահովիտ գյուղի "
            "մոտակայքում ադրբեջանական զինծառայողների կողմից գերեվարված 58-ամյա հովիվն այսօր "
            "վերադարձվել է Հայաստան։ Այս մասին հայտնում են ՀՀ պաշտպանության նախարարությունից։",
            "«Արագած»-ի հետ զրույցում ՊՆ մամուլի քարտուղար Արամ Թորոսյանը նշեց, որ քաղաքացին "
            "հանձնվել է Կարմիր խաչի միջազգային կոմիտեի միջնորդությամբ, և նրա առողջական վիճակը "
            "բավարար է։",
            "Ըստ Թորոսյանի՝ հովիվը կորած անասուններին փնտրելիս անզգուշությամբ անցել էր "
            "սահմանագիծը, որն այդ հատվածում նշված չէ։",
            "Սարահովիտի համայնքի ղեկավար Գագիկ Մելքոնյանն «Արագած»-ին ասաց, որ գյուղացիներն "
            "արդեն երկու շաբաթ է՝ անասուններին չեն հանում սահմանամերձ արոտավայրեր։",
            "«Մարդիկ վախենում են մոտենալ, որովհետև չգիտեն, թե որտեղով է անցնում գիծը։ Դիրքերը "
            "շատ մոտ են մեր տներին»,- ասաց նա։",
            "Ադրբեջանական APA գործակալությունը, հղում անելով Ադրբեջանի պետական սահմանապահ "
            "ծառայությանը, հաղորդում է, որ Հայաստանի քաղաքացին «ապօրինի հատել է պետական "
            "սահմանը» և վերադարձվել է «մարդասիրական նկատառումներով»։",
            "ՀՀ մարդու իրավունքների պաշտպանն իր ֆեյսբուքյան էջում գրել է, որ աշխատակազմը դեպքի "
            "մասին տեղեկացել է դեռ երեկ գիշեր և անմիջապես կապ է հաստատել միջազգային "
            "գործընկերների հետ։",
            "Պաշտպանը նաև նշել է, որ Ադրբեջանում շարունակում են պահվել հայ գերիներ, և նրանց "
            "վերադարձը մնում է առաջնահերթություն։",
            "ՀՀ ԱԳՆ խոսնակ Անի Բադալյանը X-ում ողջունել է քաղաքացու վերադարձը։ Բադալյանի "
            "խոսքով՝ նման դեպքերը ևս մեկ անգամ ցույց են տալիս սահմանազատման գործընթացն "
            "արագացնելու անհրաժեշտությունը։",
            "Հիշեցնենք, որ Տավուշի մարզի սահմանամերձ գյուղերի բնակիչները տարիներ շարունակ "
            "խնդիրներ ունեն արոտավայրերից և վարելահողերից օգտվելու հարցում։ Հայաստանի և "
            "Ադրբեջանի սահմանազատման հանձնաժողովները նիստեր են անցկացնում 2022 թվականի "
            "մայիսից։",
        ),
        statements=(
            # dateline and agency tag, then a sentence attributed by the next one ("Այս մասին
            # հայտնում են ...-ից"), the ministry in the ablative
            Statement(
                span=(
                    "Երեկ երեկոյան Տավուշի մարզի Սարահովիտ գյուղի մոտակայքում ադրբեջանական "
                    "զինծառայողների կողմից գերեվարված 58-ամյա հովիվն այսօր վերադարձվել է "
                    "Հայաստան"
                ),
                speaker="am-mod",
            ),
            # spokesman for the ministry (speaker = the person), telling the publisher (no
            # relay); bare "ՊՆ" for the home ministry
            Statement(
                span=(
                    "քաղաքացին հանձնվել է Կարմիր խաչի միջազգային կոմիտեի միջնորդությամբ, և նրա "
                    "առողջական վիճակը բավարար է"
                ),
                speaker="torosyan",
            ),
            # "Ըստ ...-ի՝" with the surname alone, inflected
            Statement(
                span=(
                    "հովիվը կորած անասուններին փնտրելիս անզգուշությամբ անցել էր սահմանագիծը, որն "
                    "այդ հատվածում նշված չէ"
                ),
                speaker="torosyan",
            ),
            # reported speech; name with the article "-ն"; told the publisher (dative)
            Statement(
                span=(
                    "գյուղացիներն արդեն երկու շաբաթ է՝ անասուններին չեն հանում սահմանամերձ "
                    "արոտավայրեր"
                ),
                speaker="melkonyan",
            ),
            # direct quote of two sentences, speaker after by pronoun ("- ասաց նա")
            Statement(
                span=(
                    "Մարդիկ վախենում են մոտենալ, որովհետև չգիտեն, թե որտեղով է անցնում գիծը։ "
                    "Դիրքերը շատ մոտ են մեր տներին"
                ),
                speaker="melkonyan",
            ),
            # an agency citing a body; partial quotes, the final quotation mark dropped; the
            # body has no Armenian name in the registry
            Statement(
                span=(
                    "Հայաստանի քաղաքացին «ապօրինի հատել է պետական սահմանը» և վերադարձվել է "
                    "«մարդասիրական նկատառումներով"
                ),
                speaker="az-border",
                relays=("apa",),
            ),
            # a Facebook post; the office by its registry name with the article "-ն"
            Statement(
                span=(
                    "աշխատակազմը դեպքի մասին տեղեկացել է դեռ երեկ գիշեր և անմիջապես կապ է "
                    "հաստատել միջազգային գործընկերների հետ"
                ),
                speaker="am-hrd",
            ),
            # follow-on ("Պաշտպանը նաև նշել է")
            Statement(
                span=(
                    "Ադրբեջանում շարունակում են պահվել հայ գերիներ, և նրանց վերադարձը մնում է "
                    "առաջնահերթություն"
                ),
                speaker="am-hrd",
            ),
            # "-ի խոսքով՝" with the surname in the genitive, after a sentence with no content
            Statement(
                span=(
                    "նման դեպքերը ևս մեկ անգամ ցույց են տալիս սահմանազատման գործընթացն "
                    "արագացնելու անհրաժեշտությունը"
                ),
                speaker="badalyan",
            ),
        ),
        language="hy",
        modelled_on="Armenpress",
    ),
    Article(
        key="h2b-hy-saralanj-shooting-radio",
        publisher="araks",
        style="broadcaster",
        title="Վերին Սարալանջում գիշերային կրակոցներից վնասվել է բնակելի տուն",
        text=_paragraphs(
            "Նարինե Գասպարյան",
            "Սյունիքի մարզի Վերին Սարալանջ գյուղում գիշերը հնչած կրակոցներից վնասվել է բնակելի "
            "տան տանիք, տուժածներ չկան։ Գյուղը գտնվում է Ադրբեջանի հետ սահմանից մոտ երկու "
            "կիլոմետր հեռավորության վրա։",
            "«Լույսերն անջատեցինք, երեխաներին տարանք նկուղ։ Առավոտյան տեսանք, որ տանիքի թիթեղը "
            "մի քանի տեղից ծակված է»,- «Արաքսի» հետ զրույցում պատմեց Սամվել Առաքելյանը, ում "
            "տունը գյուղի վերին հատվածում է։",
            "Նրա խոսքով՝ վերջին մեկ ամսում սա երրորդ դեպքն է, երբ գնդակները հասնում են գյուղի "
            "տներին։",
            "ՀՀ պաշտպանության նախարարությունը հաղորդագրությամբ հայտնել է, որ Ադրբեջանի զինված "
            "ուժերի ստորաբաժանումները գիշերը ժամը 23:10-ի սահմաններում հրաձգային զենքից կրակ են "
            "բացել Վերին Սարալանջի ուղղությամբ, և որ հայկական կողմը պատասխան կրակ չի բացել։ "
            "Նախարարությունը նաև նշել է, որ առավոտյան ժամերին իրադրությունը սահմանի այդ "
            "հատվածում կայունացել է։",
            "Ադրբեջանի պաշտպանության նախարարությունը հերքել է այդ տեղեկությունը՝ պնդելով, թե "
            "հայկական ստորաբաժանումներն են կրակել Զանգիլանի ուղղությամբ տեղակայված ադրբեջանական "
            "դիրքերի վրա։",
            "«Ինտերֆաքս» գործակալության փոխանցմամբ՝ ՌԴ ԱԳՆ պաշտոնական ներկայացուցիչ Մարիա "
            "Զախարովան հայտարարել է, որ Մոսկվան ուշադիր հետևում է սահմանին տիրող իրավիճակին, իսկ "
            "Կրեմլի խոսնակ Դմիտրի Պեսկովն ասել է, որ Ռուսաստանը պատրաստ է աջակցել սահմանազատման "
            "աշխատանքներին։",
            "ՀՀ անվտանգության խորհրդի քարտուղար Արմեն Գրիգորյանը լրագրողների հետ զրույցում ասաց, "
            "որ միջադեպի մասին տեղեկատվությունը փոխանցվել է միջազգային գործընկերներին, այդ թվում՝ "
            "Հայաստանում ԵՄ դիտորդական առաքելությանը։",
            "«Մենք չենք ցանկանում, որ նման միջադեպերը վերածվեն լայնածավալ լարվածության,- ասաց "
            "Գրիգորյանը,- բայց յուրաքանչյուր դեպք պետք է արձանագրվի և ստանա իր գնահատականը»։",
            "Հայաստանն ու Ադրբեջանը 2022 թվականի մայիսից սահմանազատման հանձնաժողովների "
            "մակարդակով բանակցություններ են վարում, սակայն սահմանի այս հատվածում գիծը դեռ "
            "որոշված չէ։ «Արաքսը» փորձեց Ադրբեջանի պաշտպանության նախարարությունից լրացուցիչ "
            "մեկնաբանություն ստանալ, սակայն պատասխան չստացավ։",
        ),
        statements=(
            # direct quote of two sentences, speaker after with a relative clause; told the
            # publisher (no relay); speaker not known to the desk
            Statement(
                span=(
                    "Լույսերն անջատեցինք, երեխաներին տարանք նկուղ։ Առավոտյան տեսանք, որ տանիքի "
                    "թիթեղը մի քանի տեղից ծակված է"
                ),
                speaker="arakelyan",
            ),
            # follow-on "Նրա խոսքով՝"; speaker not known to the desk
            Statement(
                span=(
                    "վերջին մեկ ամսում սա երրորդ դեպքն է, երբ գնդակները հասնում են գյուղի տներին"
                ),
                speaker="arakelyan",
            ),
            # "said that A, and that B": one span
            Statement(
                span=(
                    "Ադրբեջանի զինված ուժերի ստորաբաժանումները գիշերը ժամը 23:10-ի սահմաններում "
                    "հրաձգային զենքից կրակ են բացել Վերին Սարալանջի ուղղությամբ, և որ հայկական "
                    "կողմը պատասխան կրակ չի բացել"
                ),
                speaker="am-mod",
            ),
            # follow-on ("Նախարարությունը նաև նշել է")
            Statement(
                span="առավոտյան ժամերին իրադրությունը սահմանի այդ հատվածում կայունացել է",
                speaker="am-mod",
            ),
            # verb of denying (span from the verb)
            Statement(
                span="հերքել է այդ տեղեկությունը",
                speaker="az-mod",
            ),
            # participle of saying after the denial ("պնդելով, թե"): a second statement
            Statement(
                span=(
                    "հայկական ստորաբաժանումներն են կրակել Զանգիլանի ուղղությամբ տեղակայված "
                    "ադրբեջանական դիրքերի վրա"
                ),
                speaker="az-mod",
            ),
            # two speakers in one sentence, both relayed by the agency that opens it; "ՌԴ ԱԳՆ"
            # (a registry name) in the spokeswoman's title
            Statement(
                span="Մոսկվան ուշադիր հետևում է սահմանին տիրող իրավիճակին",
                speaker="zakharova",
                relays=("interfax",),
            ),
            # second speaker of the sentence; "Կրեմլի" (a registry name) in his title
            Statement(
                span="Ռուսաստանը պատրաստ է աջակցել սահմանազատման աշխատանքներին",
                speaker="peskov",
                relays=("interfax",),
            ),
            # told journalists (an audience, no relay); the council only in his title
            Statement(
                span=(
                    "միջադեպի մասին տեղեկատվությունը փոխանցվել է միջազգային գործընկերներին, այդ "
                    "թվում՝ Հայաստանում ԵՄ դիտորդական առաքելությանը"
                ),
                speaker="grigoryan",
            ),
            # quote split around its attribution: the first part
            Statement(
                span=("Մենք չենք ցանկանում, որ նման միջադեպերը վերածվեն լայնածավալ լարվածության"),
                speaker="grigoryan",
            ),
            # quote split around its attribution: the second part
            Statement(
                span=("բայց յուրաքանչյուր դեպք պետք է արձանագրվի և ստանա իր գնահատականը"),
                speaker="grigoryan",
            ),
        ),
        language="hy",
        modelled_on="Azatutyun (RFE/RL Armenian service)",
    ),
    Article(
        key="h2b-hy-lachin-drivers-site",
        publisher="ardzagang",
        style="news site",
        title="Լաչինի միջանցքով այսօր ևս բեռնատար չի անցել. վարորդ",
        text=_paragraphs(
            "Լաչինի միջանցքով այսօր ևս Կարմիր խաչի միջազգային կոմիտեի մեքենաներից բացի որևէ "
            "բեռնատար չի անցել: Այս մասին Ardzagang.am-ի հետ զրույցում ասաց Գորիսում մնացած "
            "վարորդ Արթուր Սահակյանը, ով արդեն երեք շաբաթ է՝ չի կարողանում վերադառնալ "
            "Ստեփանակերտ:",
            "«Ամեն առավոտ գալիս ենք անցակետի մոտ ու սպասում մինչև երեկո: Ոչ ոք չի ասում, թե "
            "երբ են բացելու»,- նշեց նա:",
            "Մինչդեռ Ադրբեջանի նախագահի օգնական Հիքմեթ Հաջիևը, ադրբեջանական Trend "
            "գործակալության փոխանցմամբ, հայտարարել է, որ ճանապարհը փակ չէ, և մարդասիրական "
            "բեռները կարող են անցնել նաև Աղդամի ճանապարհով:",
            "ՀՀ ԱԳՆ խոսնակ Անի Բադալյանն իր X-ի էջում հերքել է Բաքվի պնդումները, թե միջանցքով "
            "բեռնափոխադրումներն իրականացվում են անարգել:",
            "«Աղդամի ճանապարհը Լաչինի միջանցքի այլընտրանք չէ: Միջանցքի ռեժիմը սահմանված է 2020 "
            "թվականի նոյեմբերի 9-ի եռակողմ հայտարարությամբ»,- գրել է Բադալյանը:",
            "ՌԴ պաշտպանության նախարարությունն իր ամենօրյա տեղեկագրում հայտնել է, որ ռուս "
            "խաղաղապահները շարունակում են բանակցությունները կողմերի հետ՝ միջանցքով "
            "երթևեկությունը վերականգնելու համար, հաղորդում է ՌԻԱ Նովոստին:",
            "ՀՀ ՄԻՊ Անահիտ Մանասյանն իր տելեգրամյան ալիքում գրել է, որ իր աշխատակազմը "
            "միջանցքում տիրող իրավիճակի մասին նոր զեկույց է ուղարկել միջազգային կառույցներին:",
            "Ինչպես հաղորդել էինք, ավելի վաղ ՌԴ ԱԳՆ խոսնակ Մարիա Զախարովան ճեպազրույցում ասել "
            "էր, որ ռուսական կողմն ամեն օր կապի մեջ է Բաքվի և Երևանի հետ՝ միջանցքում "
            "երթևեկությունը վերսկսելու համար:",
            "Հիշեցնենք՝ 2022 թվականի դեկտեմբերի 12-ին Լաչինի միջանցքը փակել էին ադրբեջանցի "
            "«բնապահպանները», իսկ 2023 թվականի ապրիլի 23-ին Ադրբեջանը Հակարի գետի կամրջի մոտ "
            "անցակետ տեղադրեց:",
        ),
        statements=(
            # the lead sentence attributed by the next one ("Այս մասին ... ասաց"); the publisher
            # named (no relay); speaker not known to the desk
            Statement(
                span=(
                    "Լաչինի միջանցքով այսօր ևս Կարմիր խաչի միջազգային կոմիտեի մեքենաներից բացի "
                    "որևէ բեռնատար չի անցել"
                ),
                speaker="sahakyan",
            ),
            # direct quote of two sentences (colon as full stop), speaker after by pronoun
            Statement(
                span=(
                    "Ամեն առավոտ գալիս ենք անցակետի մոտ ու սպասում մինչև երեկո: Ոչ ոք չի ասում, "
                    "թե երբ են բացելու"
                ),
                speaker="sahakyan",
            ),
            # an agency's relay inserted between the speaker and the verb
            Statement(
                span=(
                    "ճանապարհը փակ չէ, և մարդասիրական բեռները կարող են անցնել նաև Աղդամի ճանապարհով"
                ),
                speaker="hajiyev",
                relays=("trend",),
            ),
            # denied claims that ... (span from the verb); spokeswoman (speaker = the person);
            # "Բաքվի" is no name of a source
            Statement(
                span=(
                    "հերքել է Բաքվի պնդումները, թե միջանցքով բեռնափոխադրումներն իրականացվում են "
                    "անարգել"
                ),
                speaker="badalyan",
            ),
            # direct quote of two sentences, speaker after by surname ("- գրել է Բադալյանը")
            Statement(
                span=(
                    "Աղդամի ճանապարհը Լաչինի միջանցքի այլընտրանք չէ: Միջանցքի ռեժիմը սահմանված է "
                    "2020 թվականի նոյեմբերի 9-ի եռակողմ հայտարարությամբ"
                ),
                speaker="badalyan",
            ),
            # a ministry's bulletin relayed by an agency named at the end ("հաղորդում է ...-ն");
            # the peacekeepers (a registry name) inside the content
            Statement(
                span=(
                    "ռուս խաղաղապահները շարունակում են բանակցությունները կողմերի հետ՝ միջանցքով "
                    "երթևեկությունը վերականգնելու համար"
                ),
                speaker="ru-mod",
                relays=("ria",),
            ),
            # a Telegram post; the office's registry name "ՀՀ ՄԻՊ" as the title of a named
            # person, who is the speaker
            Statement(
                span=(
                    "իր աշխատակազմը միջանցքում տիրող իրավիճակի մասին նոր զեկույց է ուղարկել "
                    "միջազգային կառույցներին"
                ),
                speaker="manasyan",
            ),
            # background in the site's own voice ("Ինչպես հաղորդել էինք") with an earlier
            # briefing; "Երևանի" is no name of a source here
            Statement(
                span=(
                    "ռուսական կողմն ամեն օր կապի մեջ է Բաքվի և Երևանի հետ՝ միջանցքում "
                    "երթևեկությունը վերսկսելու համար"
                ),
                speaker="zakharova",
            ),
        ),
        language="hy",
        modelled_on="news.am",
    ),
)
