"""One more article of the Armenian development set ``hy``, after news.am's way of passing on
what agencies, ministries and broadcasters gave it, kept apart only so that each module stays
short. The conventions and the sources are those of ``hy``: the institutions and officials are
real and in their real roles; the incident, the figures and what anyone is said to have said
are written for Parallax.
"""

from demo.extraction_set import Article, Statement

SITE_ARTICLES: tuple[Article, ...] = (
    Article(
        key="karmrakar-pastures-newsam",
        publisher="news-am",
        style="national agency",
        language="hy",
        modelled_on="news.am",
        title="Ադրբեջանական զինծառայողները կրակել են Վերին Կարմրաքարի արոտավայրերի ուղղությամբ",
        text=(
            "Ադրբեջանական զինծառայողները երեկ երեկոյան կրակել են Սյունիքի մարզի Վերին Կարմրաքար "
            "գյուղի արոտավայրերի ուղղությամբ։ «Արմենպրես»-ի փոխանցմամբ՝ այս մասին հայտարարել է "
            "ՀՀ ՊՆ մամուլի քարտուղար Արամ Թորոսյանը՝ պատասխանելով «Սպուտնիկ Արմենիա» լրատվական "
            "գործակալության՝ գիշերային միջադեպին վերաբերող հարցին։\n\n"
            "«Կրակոցների հետևանքով տուժածներ չկան, սակայն բնակիչները ստիպված են եղել անասունները "
            "հետ բերել գյուղ»,- նշել է Թորոսյանը։\n\n"
            "Գյուղապետ Գուրգեն Մխիթարյանը «Ազատություն» ռադիոկայանին տված հարցազրույցում ասել "
            "է, որ գյուղի երեք ընտանիք արդեն ժամանակավորապես տեղափոխվել է Գորիս։\n\n"
            "Ադրբեջանի ՊՆ-ն պնդում է, իբր, հայկական կողմն է առաջինը կրակ բացել, հաղորդում է "
            "APA-ն։\n\n"
            "«Սադրանքներին մենք կպատասխանենք համարժեք կերպով»,- ՏԱՍՍ-ի փոխանցմամբ ասել է "
            "Ադրբեջանի ԱԳՆ խոսնակ Այխան Հաջիզադեն։\n\n"
            "ՀՀ ԱԳՆ-ն միջադեպը դեռ չի մեկնաբանել։"
        ),
        statements=(
            # the agency that passed it on first, "այս մասին" attributing the sentence before;
            # the agency whose question was answered is the nearer relay
            Statement(
                span=(
                    "Ադրբեջանական զինծառայողները երեկ երեկոյան կրակել են Սյունիքի մարզի Վերին "
                    "Կարմրաքար գյուղի արոտավայրերի ուղղությամբ"
                ),
                speaker="torosyan",
                relays=("sputnik-am", "armenpress"),
            ),
            # named again right after speaking: the relays of what it continues
            Statement(
                span=(
                    "Կրակոցների հետևանքով տուժածներ չկան, սակայն բնակիչները ստիպված են եղել "
                    "անասունները հետ բերել գյուղ"
                ),
                speaker="torosyan",
                relays=("sputnik-am", "armenpress"),
            ),
            # an interview given to a broadcaster, who is a relay
            Statement(
                span="գյուղի երեք ընտանիք արդեն ժամանակավորապես տեղափոխվել է Գորիս",
                speaker="mkhitaryan",
                relays=("rferl",),
            ),
            # "իբր" set off by commas, then the agency that reported it
            Statement(
                span="հայկական կողմն է առաջինը կրակ բացել",
                speaker="az-mod",
                relays=("apa",),
            ),
            # the agency that passed it on just before the verb
            Statement(
                span="Սադրանքներին մենք կպատասխանենք համարժեք կերպով",
                speaker="hajizada",
                relays=("tass",),
            ),
        ),
    ),
)
