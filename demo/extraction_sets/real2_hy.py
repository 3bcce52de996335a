"""A second Armenian development set of the formulas real copy of 2020-2023 attributes with, after
pages of Armenpress (an agency's own conversation), Asekose.am (the Karabakh defence ministry's
statement), Henaran.am (a governor answering journalists), Hayacq.com (a foreign leader quoted
through a Russian agency), Bactv.am and Irevanaz (a member of parliament, and the Azerbaijani
ministry in Armenian), Aliqmedia.am and Factor.am (the other side's minister, the ministry's
ablative, "Ըստ"), Araratnews.am and 168.am (a spokesman's post on Twitter), Verelq.am and
Newsline.am (posts on Facebook), Besttimarm.online and Alphanews.am (the Azerbaijani foreign
ministry in Armenian copy), Operativ.am and Freenews.am (an agency that passed a statement on,
the ministry's ablative), Auroranews.am, Araratnews.am and Blognews.am (a spokesman told by a
site, named again by his title), and Nt.am, Mitk.am and Blognews.am again (a border roundup, a
site's review paragraph).

Every article is written for Parallax, in its own words: the publishers other than Armenpress
(Արփա Լուր, Մասիս Մեդիա, Վարդենիս Լուր, Ախուրյան Պրես, Շիրակ Մեդիա, Դեբեդ Լուր, Նաիրի Լուր,
Արարատ Մեդիա, Սևան Լուր, Ապարան Լուր, Մեղրի Լուր), the incidents, the figures, the governor's
and the member of parliament's words are invented; the institutions and officials are real, in
their real roles. Labelled by the conventions of ``demo.extraction_set`` and
``demo.extraction_sets.hy``. What it holds: a dateline with the agency's name, then "C։ Այդ
մասին «Արմենպրես»-ի հետ զրույցում նշեց X-ը՝ անդրադառնալով …" (the publisher told: no relay);
«…»,- ընդգծեց X-ը; «…»,- նշված է X-ի մամուլի ծառայության հաղորդագրության մեջ; "Նշվում է նաև,
որ"; "… հարցերին պատասխանելիս X-ը հայտնել է, որ C"; «…»,- շեշտել է մարզպետը; «…»,- «Ինտերֆաքս»-ը
մեջբերում է նրա խոսքը (the agency relays); "Նրա խոսքով՝"; "X-ը նաև հայտարարել է, որ"; "C,
հայտնել է X-ը՝ հստակեցնելով, որ C2" (two statements); "X-ը հայտարարությամբ է հանդես եկել՝
նշելով, որ C"; "X-ից հայտնում են, որ C" (a ministry's ablative and a plural verb); "Ըստ X-ի՝ C"
with an abbreviation's case ending ("Ըստ Ադրբեջանի ՊՆ-ի՝"); "X-ը տեղեկացնում է, որ"; "հաղորդում
է X-ը" after what it reports; «…»,-այս մասին «Թվիթեր»-ի իր միկրոբլոգում գրառում է կատարել X-ը;
"X-ի միկրոբլոգում … նշված է. «…»"; "Այս մասին ֆեյսբուքյան իր էջում գրել է X-ը"; «…»,- ֆեյսբուքի
իր էջում գրել է նա; "Ինչպես փոխանցում է X-ը, C"; "X-ը հերքել է … և հայտնել, որ C" (two
statements); «…», — ասել է X-ը (an em dash with spaces); "«Y»-ի փոխանցմամբ՝ այս մասին …
լրագրողներին հայտնել է X-ը"; "Նա Երևանին մեղադրել է … մեջ"; «…»,- նշել են X-ից.
"""

from demo.extraction_set import Article, SourceSpec, Statement


def _paragraphs(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


SOURCES: tuple[SourceSpec, ...] = (
    # Publishers (invented).
    SourceSpec("arpa-lur", "Արփա Լուր", "outlet", "AM"),
    SourceSpec("masis-media", "Մասիս Մեդիա", "outlet", "AM"),
    SourceSpec("vardenis-lur", "Վարդենիս Լուր", "outlet", "AM"),
    SourceSpec("akhuryan-press", "Ախուրյան Պրես", "outlet", "AM"),
    SourceSpec("shirak-media", "Շիրակ Մեդիա", "outlet", "AM"),
    SourceSpec("debed-lur", "Դեբեդ Լուր", "outlet", "AM"),
    SourceSpec("nairi-lur", "Նաիրի Լուր", "outlet", "AM"),
    SourceSpec("ararat-media", "Արարատ Մեդիա", "outlet", "AM"),
    SourceSpec("sevan-lur", "Սևան Լուր", "outlet", "AM"),
    SourceSpec("aparan-lur", "Ապարան Լուր", "outlet", "AM"),
    SourceSpec("meghri-lur", "Մեղրի Լուր", "outlet", "AM"),
    # A real outlet the registry does not hold.
    SourceSpec("aurora-news", "Aurora News", "outlet", "AM"),
    # Speakers the desk does not have yet: a real governor, an invented member of parliament.
    SourceSpec(
        "ararat-grigoryan",
        "Ararat Grigoryan",
        "official",
        "AM",
        aliases=("Արարատ Գրիգորյան",),
        known=False,
    ),
    SourceSpec(
        "vahram-poghosyan",
        "Vahram Poghosyan",
        "official",
        "AM",
        aliases=("Վահրամ Պողոսյան",),
        known=False,
    ),
    SourceSpec(
        "arayik-harutyunyan",
        "Arayik Harutyunyan",
        "official",
        "AM",
        aliases=("Արայիկ Հարությունյան", "Հարությունյան"),
        known=False,
    ),
    SourceSpec(
        "abdullayeva-hy",
        "Leyla Abdullayeva",
        "official",
        "AZ",
        aliases=("Լեյլա Աբդուլլաևա", "Աբդուլլաևա"),
        known=False,
    ),
    SourceSpec(
        "gagik-sahakyan",
        "Gagik Sahakyan",
        "official",
        "AM",
        aliases=("Գագիկ Սահակյան", "Սահակյան"),
        known=False,
    ),
    SourceSpec(
        "ghalumyan",
        "Hayk Ghalumyan",
        "official",
        "AM",
        aliases=("Հայկ Ղալումյան",),
        known=False,
    ),
    SourceSpec(
        "tovmasyan",
        "Taguhi Tovmasyan",
        "official",
        "AM",
        aliases=("Թագուհի Թովմասյան",),
        known=False,
    ),
    SourceSpec(
        "vahe-melkonyan",
        "Vahe Melkonyan",
        "official",
        "AM",
        aliases=("Վահե Մելքոնյան", "Մելքոնյան"),
        known=False,
    ),
)

ARTICLES: tuple[Article, ...] = (
    Article(
        key="r2-hy-agency-conversation",
        publisher="armenpress",
        style="national agency",
        title="ԱԳՆ խոսնակը դատապարտում է հուշարձանի պղծումը",
        text=_paragraphs(
            "ԵՐԵՎԱՆ, 9 ՀՈԿՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ: Հադրութի եկեղեցու պղծումը միջազգային "
            "մարդասիրական իրավունքի կոպիտ խախտում է։ Այդ մասին «Արմենպրես»-ի հետ զրույցում "
            "նշեց ՀՀ ԱԳՆ մամուլի խոսնակ Աննա Նաղդալյանը՝ անդրադառնալով համացանցում տարածված "
            "տեսանյութին։",
            "«Մենք այս փաստերի մասին տեղեկացրել ենք ՅՈՒՆԵՍԿՕ-ին։ Միջազգային կառույցները պետք "
            "է հստակ գնահատական տան»,- ընդգծեց Աննա Նաղդալյանը։",
            "Տեսանյութը համացանցում հայտնվել էր երեկ երեկոյան։",
            "Ադրբեջանի ԱԳՆ-ն տեսանյութին դեռ չի արձագանքել։",
        ),
        statements=(
            # attributed by the next sentence, the publisher told: no relay
            Statement(
                span=(
                    "Հադրութի եկեղեցու պղծումը միջազգային մարդասիրական իրավունքի կոպիտ խախտում է"
                ),
                speaker="naghdalyan",
            ),
            # «…»,- ընդգծեց X-ը
            Statement(
                span=(
                    "Մենք այս փաստերի մասին տեղեկացրել ենք ՅՈՒՆԵՍԿՕ-ին։ Միջազգային "
                    "կառույցները պետք է հստակ գնահատական տան"
                ),
                speaker="naghdalyan",
            ),
        ),
        language="hy",
        modelled_on="Armenpress",
    ),
    Article(
        key="r2-hy-artsakh-mod-site",
        publisher="arpa-lur",
        style="news site",
        title="Հայկական ստորաբաժանումները կապ չունեն Աղդամի հրդեհների հետ․ Արցախի ՊՆ",
        text=_paragraphs(
            "«Ադրբեջանական լրատվամիջոցների պնդումներն առ այն, թե իբր մեր ստորաբաժանումներն "
            "են հրդեհել սահմանամերձ դաշտերը, իրականությանը չեն համապատասխանում»,- նշված է "
            "Արցախի պաշտպանության նախարարության մամուլի ծառայության հաղորդագրության մեջ։",
            "Նշվում է նաև, որ Ադրբեջանում բերքահավաքից հետո հենց իրենք են այրում ցանքատարածքները։",
            "Կրակը հաճախ տարածվում է չեզոք գոտի։",
            "Ադրբեջանի ՊՆ-ն պնդում է, թե հրդեհները հայկական կողմի սադրանքն են։",
            "Կայքում տեղ գտած մտքերն ու տեսակետները հեղինակի սեփականությունն են։",
        ),
        statements=(
            # «…»,- նշված է X-ի մամուլի ծառայության հաղորդագրության մեջ
            Statement(
                span=(
                    "Ադրբեջանական լրատվամիջոցների պնդումներն առ այն, թե իբր մեր "
                    "ստորաբաժանումներն են հրդեհել սահմանամերձ դաշտերը, իրականությանը չեն "
                    "համապատասխանում"
                ),
                speaker="artsakh-mod",
            ),
            # "Նշվում է նաև, որ" continues it
            Statement(
                span="Ադրբեջանում բերքահավաքից հետո հենց իրենք են այրում ցանքատարածքները",
                speaker="artsakh-mod",
            ),
            # "պնդում է, թե"
            Statement(
                span="հրդեհները հայկական կողմի սադրանքն են",
                speaker="az-mod",
            ),
        ),
        language="hy",
        modelled_on="Asekose.am",
    ),
    Article(
        key="r2-hy-governor-site",
        publisher="masis-media",
        style="news site",
        title="Մարզպետ․ ադրբեջանցի զինվորները դեռ մնում են Ջերմուկի մատույցներում",
        text=_paragraphs(
            "Խորհրդարանում լրագրողների հարցերին պատասխանելիս Վայոց ձորի մարզպետ Արարատ "
            "Գրիգորյանը հայտնել է, որ ադրբեջանական ստորաբաժանումները շարունակում են մնալ "
            "Ջերմուկի մոտ գրաված բարձունքներում։",
            "«Մենք նրանց տեսնում ենք անզեն աչքով, դիրքերը չեն լքվել»,- շեշտել է մարզպետը։",
            "Գրիգորյանի խոսքով՝ համայնքի բնակիչները վերադարձել են իրենց տները։",
            "ՀՀ պաշտպանության նախարարությունը նախկինում հայտնել էր, որ ադրբեջանական ուժերը "
            "հետ են քաշվել։",
            "Ջերմուկում վերջին օրերին կրակոցներ չեն գրանցվել։",
        ),
        statements=(
            # a converb clause before the speaker; "հայտնել է, որ"
            Statement(
                span=(
                    "ադրբեջանական ստորաբաժանումները շարունակում են մնալ Ջերմուկի մոտ գրաված "
                    "բարձունքներում"
                ),
                speaker="ararat-grigoryan",
            ),
            # a title referring back
            Statement(
                span="Մենք նրանց տեսնում ենք անզեն աչքով, դիրքերը չեն լքվել",
                speaker="ararat-grigoryan",
            ),
            # "X-ի խոսքով՝" by surname
            Statement(
                span="համայնքի բնակիչները վերադարձել են իրենց տները",
                speaker="ararat-grigoryan",
            ),
            # pluperfect, another speaker
            Statement(
                span="ադրբեջանական ուժերը հետ են քաշվել",
                speaker="am-mod",
            ),
        ),
        language="hy",
        modelled_on="Henaran.am",
    ),
    Article(
        key="r2-hy-interfax-quote-site",
        publisher="vardenis-lur",
        style="news site",
        title="Ալիևը խոսել է Նախիջևանի ուղղությամբ «վերահսկողության» մասին",
        text=_paragraphs(
            "Ադրբեջանի նախագահ Իլհամ Ալիևն այսօր Բաքվում զինծառայողների հետ հանդիպման "
            "ժամանակ խոսել է Նախիջևանի ուղղությամբ դիրքերի մասին։",
            "«Մեր բանակն ի վիճակի է լուծել ցանկացած խնդիր։ Նոր դիրքերն արդեն մեր "
            "վերահսկողության տակ են»,- «Ինտերֆաքս»-ը մեջբերում է նրա խոսքը։",
            "Նրա խոսքով՝ այդ բարձունքներից Ադրբեջանը վերահսկում է կարևոր ճանապարհները։",
            "Ալիևը նաև հայտարարել է, որ երկրի պաշտպանական բյուջեն առաջիկա տարում կավելանա։",
            "ՀՀ ՊՆ-ից հայտնում են, որ սահմանի նախիջևանյան հատվածում փոփոխություններ չեն գրանցվել։",
            "Մեկնաբանություններ",
        ),
        statements=(
            # «…»,- «Ինտերֆաքս»-ը մեջբերում է նրա խոսքը: the agency relays the one before
            Statement(
                span=(
                    "Մեր բանակն ի վիճակի է լուծել ցանկացած խնդիր։ Նոր դիրքերն արդեն մեր "
                    "վերահսկողության տակ են"
                ),
                speaker="aliyev",
                relays=("interfax",),
            ),
            # "Նրա խոսքով՝": the follow-on keeps the relay
            Statement(
                span="այդ բարձունքներից Ադրբեջանը վերահսկում է կարևոր ճանապարհները",
                speaker="aliyev",
                relays=("interfax",),
            ),
            Statement(
                span="երկրի պաշտպանական բյուջեն առաջիկա տարում կավելանա",
                speaker="aliyev",
                relays=("interfax",),
            ),
            # a ministry's ablative and a plural verb
            Statement(
                span="սահմանի նախիջևանյան հատվածում փոփոխություններ չեն գրանցվել",
                speaker="am-mod",
            ),
        ),
        language="hy",
        modelled_on="Hayacq.com",
    ),
    Article(
        key="r2-hy-deputy-site",
        publisher="akhuryan-press",
        style="news site",
        title="Ընդդիմությունը ԱԺ արտահերթ նիստ է պահանջում",
        text=_paragraphs(
            "Ընդդիմադիր խմբակցությունները նախաձեռնել են խորհրդարանի արտահերթ նիստ, հայտնել "
            "է պատգամավոր Վահե Մելքոնյանը՝ հստակեցնելով, որ օրակարգում սահմանազատման "
            "հարցերն են։",
            "«Կառավարությունը պետք է բացատրի, թե ինչ քարտեզների հիման վրա է աշխատում "
            "հանձնաժողովը»,- ասել է Մելքոնյանը։",
            "Ադրբեջանի ԱԳՆ-ն, իր հերթին, հայտարարությամբ է հանդես եկել՝ նշելով, որ ականների "
            "պայթյուններից տուժածների թիվը 2020 թվականից ի վեր գերազանցել է երեք հարյուրը։",
            "Նիստի օրը դեռ որոշված չէ։",
            "Կառավարության ներկայացուցիչները նախաձեռնությանը չեն անդրադարձել։",
        ),
        statements=(
            # "C, հայտնել է X-ը՝ հստակեցնելով, որ C2": two statements
            Statement(
                span=("Ընդդիմադիր խմբակցությունները նախաձեռնել են խորհրդարանի արտահերթ նիստ"),
                speaker="vahe-melkonyan",
            ),
            Statement(
                span="օրակարգում սահմանազատման հարցերն են",
                speaker="vahe-melkonyan",
            ),
            Statement(
                span=(
                    "Կառավարությունը պետք է բացատրի, թե ինչ քարտեզների հիման վրա է աշխատում "
                    "հանձնաժողովը"
                ),
                speaker="vahe-melkonyan",
            ),
            # "հայտարարությամբ է հանդես եկել՝ նշելով, որ C"
            Statement(
                span=(
                    "ականների պայթյուններից տուժածների թիվը 2020 թվականից ի վեր գերազանցել է "
                    "երեք հարյուրը"
                ),
                speaker="az-mfa",
            ),
        ),
        language="hy",
        modelled_on="Bactv.am and Irevanaz",
    ),
    Article(
        key="r2-hy-other-side-site",
        publisher="shirak-media",
        style="news site",
        title="Ադրբեջանը զորավարժություններ է սկսել",
        text=_paragraphs(
            "Ադրբեջանի պաշտպանության նախարար Զաքիր Հասանովը հայտարարել է, որ երկրի "
            "հատուկ նշանակության ուժերը սեպտեմբերին համատեղ զորավարժություն կանցկացնեն "
            "Թուրքիայի հետ։",
            "Հասանովը նշել է, որ փորձագիտական խմբերն արդեն գնահատում են զորավարժության տարածքը։",
            "Ըստ Ադրբեջանի ՊՆ-ի՝ զորավարժությանը կմասնակցի մոտ երեք հազար զինծառայող։",
            "ՀՀ ՊՆ-ն տեղեկացնում է, որ հայկական ստորաբաժանումները հետևում են իրավիճակին։",
            "Զորավարժությունները կանցկացվեն Նախիջևանում, հաղորդում է «Սպուտնիկ Արմենիան»։",
            "Նախորդ զորավարժությունն անցկացվել էր գարնանը։",
        ),
        statements=(
            Statement(
                span=(
                    "երկրի հատուկ նշանակության ուժերը սեպտեմբերին համատեղ զորավարժություն "
                    "կանցկացնեն Թուրքիայի հետ"
                ),
                speaker="hasanov",
            ),
            # surname in the nominative with the article
            Statement(
                span="փորձագիտական խմբերն արդեն գնահատում են զորավարժության տարածքը",
                speaker="hasanov",
            ),
            # "Ըստ X-ի՝" with an abbreviation's case ending
            Statement(
                span="զորավարժությանը կմասնակցի մոտ երեք հազար զինծառայող",
                speaker="az-mod",
            ),
            # "տեղեկացնում է, որ"
            Statement(
                span="հայկական ստորաբաժանումները հետևում են իրավիճակին",
                speaker="am-mod",
            ),
            # "C, հաղորդում է X-ը": the agency is the speaker
            Statement(
                span="Զորավարժությունները կանցկացվեն Նախիջևանում",
                speaker="sputnik-am",
            ),
        ),
        language="hy",
        modelled_on="Aliqmedia.am and Factor.am",
    ),
    Article(
        key="r2-hy-twitter-site",
        publisher="debed-lur",
        style="news site",
        title="ԱԳՆ խոսնակն արձագանքել է Ալիևի գրառմանը",
        text=_paragraphs(
            "«Ադրբեջանի նախագահի այս գրառումը հերթական անգամ ցույց է տալիս, որ Բաքուն "
            "խաղաղության օրակարգ չունի»,-այս մասին «Թվիթեր»-ի իր միկրոբլոգում գրառում է "
            "կատարել ՀՀ ԱԳՆ խոսնակ Վահան Հունանյանը:",
            "Ալիևի միկրոբլոգում մասնավորապես նշված է. «Մեր բանակը պատրաստ է ցանկացած սադրանքի»:",
            "Հունանյանը նշել է նաև, որ Երևանը պատրաստ է շարունակել բանակցությունները:",
            "Ադրբեջանի ԱԳՆ-ն դեռ չի արձագանքել:",
        ),
        statements=(
            # «…»,-այս մասին … գրառում է կատարել X-ը
            Statement(
                span=(
                    "Ադրբեջանի նախագահի այս գրառումը հերթական անգամ ցույց է տալիս, որ Բաքուն "
                    "խաղաղության օրակարգ չունի"
                ),
                speaker="hunanyan",
            ),
            # "X-ի միկրոբլոգում … նշված է. «…»"
            Statement(span="Մեր բանակը պատրաստ է ցանկացած սադրանքի", speaker="aliyev"),
            # surname after another speaker
            Statement(
                span="Երևանը պատրաստ է շարունակել բանակցությունները",
                speaker="hunanyan",
            ),
        ),
        language="hy",
        modelled_on="Araratnews.am and 168.am",
    ),
    Article(
        key="r2-hy-facebook-site",
        publisher="nairi-lur",
        style="news site",
        title="Հակառակորդը նահանջել է․ Արցախի նախագահի խոսնակ",
        text=_paragraphs(
            "Ադրբեջանական ստորաբաժանումները գիշերը նահանջել են Մարտունու ուղղությամբ: Այս "
            "մասին ֆեյսբուքյան իր էջում գրել է Արցախի նախագահի խոսնակ Վահրամ Պողոսյանը:",
            "«Հակառակորդը կորուստներ ունի: Մեր դիրքերն ամբողջությամբ վերահսկվում են»,- գրել է նա:",
            "Արցախի նախագահ Արայիկ Հարությունյանը տեղեկացնում է, որ իրավիճակը շարունակում է "
            "լարված մնալ:",
            "«Բոլորս պետք է համախմբվենք»,- ֆեյսբուքի իր էջում գրել է նա:",
            "Հարությունյանը նշել է նաև, որ երախտապարտ է կամավորներին:",
        ),
        statements=(
            # attributed by the next sentence: a post on Facebook, a title before the name
            Statement(
                span="Ադրբեջանական ստորաբաժանումները գիշերը նահանջել են Մարտունու ուղղությամբ",
                speaker="vahram-poghosyan",
            ),
            Statement(
                span="Հակառակորդը կորուստներ ունի: Մեր դիրքերն ամբողջությամբ վերահսկվում են",
                speaker="vahram-poghosyan",
            ),
            # "տեղեկացնում է, որ"
            Statement(
                span="իրավիճակը շարունակում է լարված մնալ",
                speaker="arayik-harutyunyan",
            ),
            # where it was written, between the dash and the verb
            Statement(span="Բոլորս պետք է համախմբվենք", speaker="arayik-harutyunyan"),
            Statement(span="երախտապարտ է կամավորներին", speaker="arayik-harutyunyan"),
        ),
        language="hy",
        modelled_on="Verelq.am and Newsline.am",
    ),
    Article(
        key="r2-hy-other-side-mfa-site",
        publisher="ararat-media",
        style="news site",
        title="Բաքուն բողոքել է Մոսկվային",
        text=_paragraphs(
            "Ադրբեջանի ԱԳՆ մամուլի խոսնակ Լեյլա Աբդուլլաևան անդրադարձել է ռուսական կայքերից "
            "մեկում Լեռնային Ղարաբաղի հիշատակմանը։",
            "Ինչպես փոխանցում է Ադրբեջանի արտգործնախարարությունը, պաշտոնական Բաքուն իր "
            "դժգոհությունն է հայտնել Մոսկվային։",
            "Աբդուլլաևան ընդգծել է, որ ԱԳՆ-ն անմիջապես բողոքի նոտա է հղել ռուսական կողմին։",
            "Ադրբեջանի ԱԳՆ խոսնակը նշել է, որ ռուսական կողմը սխալը կուղղի։",
            "Ավելի ուշ Ադրբեջանի ԱԳՆ-ն հերքել է Փաշինյանի հայտարարությունները և հայտնել, որ "
            "զենքի գործարքների մասին պնդումները չեն համապատասխանում իրականությանը։",
            "«Այսպիսի հայտարարությունները խոչընդոտում են կարգավորմանը», — ասել է Ադրբեջանի ԱԳՆ "
            "խոսնակ Այխան Հաջիզադեն։",
        ),
        statements=(
            # "Ինչպես փոխանցում է X-ը, C"
            Statement(
                span="պաշտոնական Բաքուն իր դժգոհությունն է հայտնել Մոսկվային",
                speaker="az-mfa",
            ),
            # a woman's surname with the article
            Statement(
                span="ԱԳՆ-ն անմիջապես բողոքի նոտա է հղել ռուսական կողմին",
                speaker="abdullayeva-hy",
            ),
            # her title with the body's country
            Statement(span="ռուսական կողմը սխալը կուղղի", speaker="abdullayeva-hy"),
            # denying "… և հայտնել, որ …": two statements
            Statement(
                span="հերքել է Փաշինյանի հայտարարությունները",
                speaker="az-mfa",
            ),
            Statement(
                span="զենքի գործարքների մասին պնդումները չեն համապատասխանում իրականությանը",
                speaker="az-mfa",
            ),
            # an em dash with spaces
            Statement(
                span="Այսպիսի հայտարարությունները խոչընդոտում են կարգավորմանը",
                speaker="hajizada",
            ),
        ),
        language="hy",
        modelled_on="Besttimarm.online and Alphanews.am",
    ),
    Article(
        key="r2-hy-relay-ablative-site",
        publisher="sevan-lur",
        style="news site",
        title="Ադրբեջանը խաղաղության պայմանագրի նոր առաջարկներ է փոխանցել",
        text=_paragraphs(
            "Ադրբեջանը երկու շաբաթ առաջ Հայաստանին է փոխանցել խաղաղության պայմանագրի "
            "վերաբերյալ իր առաջարկները։ «Aysor.am»-ի փոխանցմամբ՝ այս մասին չորեքշաբթի "
            "լրագրողներին հայտնել է Ադրբեջանի ԱԳՆ մամուլի քարտուղար Այխան Հաջիզադեն։",
            "ԱԳՆ պաշտոնական ներկայացուցիչն ընդգծել է, որ բանակցությունների ընթացքը խախտել է "
            "հայկական կողմը։",
            "Նա Երևանին մեղադրել է գործընթացին արհեստական խոչընդոտներ ստեղծելու մեջ։",
            "Ադրբեջանի պաշտպանության նախարարությունը հերքել է ՌԴ ՊՆ-ի տարածած "
            "հայտարարությունը, ըստ որի՝ ադրբեջանական ստորաբաժանումները հետ են քաշվել։",
            "«Մեր բանակն ամբողջությամբ վերահսկում է իրավիճակը»,- նշել են Ադրբեջանի ՊՆ-ից։",
            "Հայաստանի ԱԳՆ-ն այս հայտարարություններին դեռ չի անդրադարձել։",
        ),
        statements=(
            # an agency that passed it on, then "this was said by": a relay
            Statement(
                span=(
                    "Ադրբեջանը երկու շաբաթ առաջ Հայաստանին է փոխանցել խաղաղության պայմանագրի "
                    "վերաբերյալ իր առաջարկները"
                ),
                speaker="hajizada",
                relays=("aysor",),
            ),
            # a description that refers back, with the article "-ն"
            Statement(
                span="բանակցությունների ընթացքը խախտել է հայկական կողմը",
                speaker="hajizada",
                relays=("aysor",),
            ),
            # accusing, the accused before the verb
            Statement(
                span="Երևանին մեղադրել է գործընթացին արհեստական խոչընդոտներ ստեղծելու մեջ",
                speaker="hajizada",
                relays=("aysor",),
            ),
            # denying, with what was denied after "ըստ որի՝"
            Statement(
                span=(
                    "հերքել է ՌԴ ՊՆ-ի տարածած հայտարարությունը, ըստ որի՝ ադրբեջանական "
                    "ստորաբաժանումները հետ են քաշվել"
                ),
                speaker="az-mod",
            ),
            # «…»,- նշել են X-ից: the ministry's ablative with a plural verb
            Statement(
                span="Մեր բանակն ամբողջությամբ վերահսկում է իրավիճակը",
                speaker="az-mod",
            ),
        ),
        language="hy",
        modelled_on="Operativ.am and Freenews.am",
    ),
    Article(
        key="r2-hy-spokesman-told-site",
        publisher="aparan-lur",
        style="news site",
        title="ՊՆ ներկայացուցիչ․ հակառակորդի ստորաբաժանումները ջարդված են",
        text=_paragraphs(
            "Aurora News-ի հետ զրույցում ՀՀ պաշտպանության նախարարության մամլո խոսնակ Արծրուն "
            "Հովհաննիսյանը նշեց. «Ռազմական ոստիկանությունն արդեն ուսումնասիրում է դեպքը»։",
            "Պարոն Հովհաննիսյանը հույս հայտնեց, որ մեղավորները շուտով կհայտնաբերվեն։",
            "«Հակառակորդը մեծ ներուժ ունի, բայց նրա մի քանի փորձերը տապալվել են»,- հիշեցրեց ՊՆ "
            "ներկայացուցիչը։",
            "«Պաշտոնական բոլոր հաղորդագրությունները տեղադրվում են կայքում»,- նշեցին "
            "գերատեսչությունից։",
            "Դեպքի վայրում աշխատում է քննչական խումբ։",
        ),
        statements=(
            # whom he told first, then the title and the name, "նշեց. «…»"
            Statement(
                span="Ռազմական ոստիկանությունն արդեն ուսումնասիրում է դեպքը",
                speaker="artsrun-hovhannisyan",
                relays=("aurora-news",),
            ),
            # "Պարոն" before the surname
            Statement(
                span="մեղավորները շուտով կհայտնաբերվեն",
                speaker="artsrun-hovhannisyan",
                relays=("aurora-news",),
            ),
            # the body's representative named again
            Statement(
                span="Հակառակորդը մեծ ներուժ ունի, բայց նրա մի քանի փորձերը տապալվել են",
                speaker="artsrun-hovhannisyan",
                relays=("aurora-news",),
            ),
            # the ministry's ablative, "the department"
            Statement(
                span="Պաշտոնական բոլոր հաղորդագրությունները տեղադրվում են կայքում",
                speaker="am-mod",
            ),
        ),
        language="hy",
        modelled_on="Auroranews.am, Araratnews.am and Blognews.am",
    ),
    Article(
        key="r2-hy-border-roundup-site",
        publisher="meghri-lur",
        style="news site",
        title="Սահմանին․ առևանգված հովիվ, կրակոցներ Բերդի և Կութականի ուղղությամբ",
        text=_paragraphs(
            "Ադրբեջանցիները Սյունիքի Տեղ համայնքի մոտ առևանգել են տեղացի հովվին։ "
            "Տեղեկությունը Sputnik Արմենիայի հետ զրույցում հայտնեց համայնքի աշխատակազմի "
            "քարտուղար Գագիկ Սահակյանը։",
            "«Ռուս սահմանապահներն արդեն տեղյակ են, բանակցություններ են ընթանում»,–ասաց Սահակյանը։",
            "Նա նշեց, որ դեպքը տեղի է ունեցել կեսօրից հետո, սակայն մանրամասներ չի կարող հայտնել։",
            "Ադրբեջանական կողմը մոտ մեկ ամիս առաջ կրակոցներ է արձակել Բերդի ուղղությամբ։ Այս "
            "մասին խորհրդարանում լրագրողների հետ զրույցում ասել է Տավուշի մարզպետ Հայկ "
            "Ղալումյանը՝ անդրադառնալով հարցին, թե արդյոք հրադադարի խախտումներ եղել են։",
            "«Հիմա իրավիճակը հանգիստ է»,- հավելել է մարզպետը։",
            "Tert.am-ը գրում է.",
            "ԱԺ հանձնաժողովի նախագահ Թագուհի Թովմասյանը հայտնում է, որ թշնամին կրակ է բացել "
            "Կութականի ուղղությամբ․ «Բնակիչները քիչ առաջ ահազանգեցին այդ մասին»։",
        ),
        statements=(
            # "Տեղեկությունը X-ի հետ զրույցում հայտնեց Y-ը": an agency told relays it
            Statement(
                span="Ադրբեջանցիները Սյունիքի Տեղ համայնքի մոտ առևանգել են տեղացի հովվին",
                speaker="gagik-sahakyan",
                relays=("sputnik-am",),
            ),
            # an en dash with no space
            Statement(
                span="Ռուս սահմանապահներն արդեն տեղյակ են, բանակցություններ են ընթանում",
                speaker="gagik-sahakyan",
                relays=("sputnik-am",),
            ),
            # one speaker's content, "սակայն" inside it
            Statement(
                span=("դեպքը տեղի է ունեցել կեսօրից հետո, սակայն մանրամասներ չի կարող հայտնել"),
                speaker="gagik-sahakyan",
                relays=("sputnik-am",),
            ),
            # attributed by the next sentence; the question answered is no one's statement
            Statement(
                span="Ադրբեջանական կողմը մոտ մեկ ամիս առաջ կրակոցներ է արձակել Բերդի ուղղությամբ",
                speaker="ghalumyan",
            ),
            Statement(span="Հիմա իրավիճակը հանգիստ է", speaker="ghalumyan"),
            # after "Tert.am-ը գրում է.": the site relays; reported speech running into a
            # quotation after «․»
            Statement(
                span=(
                    "թշնամին կրակ է բացել Կութականի ուղղությամբ․ «Բնակիչները քիչ առաջ "
                    "ահազանգեցին այդ մասին"
                ),
                speaker="tovmasyan",
                relays=("tert-am",),
            ),
        ),
        language="hy",
        modelled_on="Nt.am, Mitk.am and Blognews.am",
    ),
)
