"""Reports of the third held-out set (``holdout3``): the Hakari bridge and Tegh, 15 June 2023, and
the Yeraskh–Sadarak border, 19 June 2023."""

from datetime import date

REPORTS = [
    # --- Hakari bridge, entrance of the Lachin road, 15 June 2023 ---
    {
        "key": "hakari15-az-border-az",
        "publisher": "az-border",
        "language": "az",
        "published": date(2023, 6, 15),
        "incident": "hakari-2023",
        "text": (
            "İyunun 15-də saat 08:45-də Laçın dövlət sərhəd buraxılış məntəqəsində bayraq "
            "qaldırılması mərasimi zamanı Ermənistan ərazisindəki postdan pulemyotdan açılan atəş "
            "nəticəsində Dövlət Sərhəd Xidmətinin bir hərbi qulluqçusu yaralanıb. Düşmənin atəş "
            "nöqtəsi cavab atəşi ilə susdurulub. Yaralının həyatı təhlükə altında deyil."
        ),
        "claims": [
            (
                "h15-az-fire",
                "az-border",
                "Ermənistan ərazisindəki postdan pulemyotdan açılan atəş nəticəsində Dövlət Sərhəd "
                "Xidmətinin bir hərbi qulluqçusu yaralanıb",
                date(2023, 6, 15),
                [],
            ),
            (
                "h15-az-suppressed",
                "az-border",
                "Düşmənin atəş nöqtəsi cavab atəşi ilə susdurulub",
                date(2023, 6, 15),
                [],
            ),
        ],
    },
    {
        "key": "hakari15-am-nss-hy",
        "publisher": "am-nss",
        "language": "hy",
        "published": date(2023, 6, 15),
        "incident": "hakari-2023",
        "text": (
            "Հունիսի 15-ի առավոտյան ադրբեջանցի սահմանապահների խումբը փորձել է անցնել Հակարի "
            "գետի կամուրջը և Ադրբեջանի դրոշը տեղադրել Հայաստանի Հանրապետության ինքնիշխան "
            "տարածքում։ Հայկական կողմի գործողությունների արդյունքում հակառակորդի առաջխաղացումը "
            "կասեցվել է։ Ժամը 08:40-ի սահմաններում ադրբեջանական ստորաբաժանումները կամրջի "
            "կողմից կրակ են բացել հայկական դիրքերի ուղղությամբ։"
        ),
        "claims": [
            (
                "h15-am-flag",
                "am-nss",
                "ադրբեջանցի սահմանապահների խումբը փորձել է անցնել Հակարի գետի կամուրջը և "
                "Ադրբեջանի դրոշը տեղադրել Հայաստանի Հանրապետության ինքնիշխան տարածքում",
                date(2023, 6, 15),
                [],
            ),
            (
                "h15-am-fire",
                "am-nss",
                "ադրբեջանական ստորաբաժանումները կամրջի կողմից կրակ են բացել հայկական դիրքերի "
                "ուղղությամբ",
                date(2023, 6, 15),
                [],
            ),
        ],
    },
    {
        "key": "hakari15-ru-agency-ru",
        "publisher": "ru-agency",
        "language": "ru",
        "published": date(2023, 6, 15),
        "incident": None,
        "text": (
            "БАКУ, 15 июня. Госпогранслужба Азербайджана сообщила, что утром с армянской стороны "
            "был открыт пулеметный огонь по пропускному пункту «Лачин», ранен азербайджанский "
            "пограничник. В Ереване заявили, что азербайджанские пограничники пытались перейти "
            "мост через Акари и установить флаг на армянской территории."
        ),
        "claims": [
            (
                "h15-ru-az-fire",
                "az-border",
                "утром с армянской стороны был открыт пулеметный огонь по пропускному пункту "
                "«Лачин», ранен азербайджанский пограничник",
                date(2023, 6, 15),
                [],
            ),
            (
                "h15-ru-am-flag",
                "am-nss",
                "азербайджанские пограничники пытались перейти мост через Акари и установить флаг "
                "на армянской территории",
                None,
                [],
            ),
        ],
    },
    {
        "key": "hakari15-az-aide-en",
        "publisher": "az-aide",
        "language": "en",
        "published": date(2023, 6, 16),
        "incident": None,
        "text": (
            "Hikmet Hajiyev told diplomats at the Lachin checkpoint that the Armenian story of "
            "a flag planted on Armenian soil is a fabrication: the flag was raised on Azerbaijani "
            "territory, as every morning, when the Armenian post opened fire. The checkpoint was "
            "closed only for a temporary investigation, he said."
        ),
        "claims": [
            (
                "h15-aide-no-crossing",
                "az-aide",
                "the Armenian story of a flag planted on Armenian soil is a fabrication",
                None,
                [],
            ),
            (
                "h15-aide-fire",
                "az-aide",
                "the flag was raised on Azerbaijani territory, as every morning, when the Armenian "
                "post opened fire",
                None,
                [],
            ),
        ],
    },
    # --- Tegh, 15 June 2023 (same day, a few kilometres from the bridge) ---
    {
        "key": "tegh15-am-mod-hy",
        "publisher": "am-mod",
        "language": "hy",
        "published": date(2023, 6, 15),
        "incident": None,
        "text": (
            "Հունիսի 15-ին ժամը 13:15-ի սահմաններում Ադրբեջանի զինված ուժերը հրաձգային զենքից "
            "կրակ են բացել Տեղ գյուղի մոտակայքում տեղակայված հայկական դիրքերի ուղղությամբ։ "
            "Հրազենային վիրավորում է ստացել պայմանագրային զինծառայող, նրա վիճակը ծանր է, "
            "սակայն կայուն։"
        ),
        "claims": [
            (
                "t15-am-fire",
                "am-mod",
                "Ադրբեջանի զինված ուժերը հրաձգային զենքից կրակ են բացել Տեղ գյուղի մոտակայքում "
                "տեղակայված հայկական դիրքերի ուղղությամբ",
                date(2023, 6, 15),
                [],
            ),
            (
                "t15-am-wounded",
                "am-mod",
                "Հրազենային վիրավորում է ստացել պայմանագրային զինծառայող",
                date(2023, 6, 15),
                [],
            ),
        ],
    },
    {
        "key": "tegh15-az-mod-az",
        "publisher": "az-mod",
        "language": "az",
        "published": date(2023, 6, 15),
        "incident": None,
        "text": (
            "Ermənistan Müdafiə Nazirliyinin Azərbaycan Ordusu bölmələrinin Teğ kəndi "
            "istiqamətində atəş açması barədə yaydığı məlumat həqiqətə uyğun deyil. Bölmələrimiz "
            "həmin istiqamətdə heç bir atəş açmayıb."
        ),
        "claims": [
            (
                "t15-az-denial",
                "az-mod",
                "Ermənistan Müdafiə Nazirliyinin Azərbaycan Ordusu bölmələrinin Teğ kəndi "
                "istiqamətində atəş açması barədə yaydığı məlumat həqiqətə uyğun deyil",
                date(2023, 6, 15),
                [],
            ),
            (
                "t15-az-no-fire",
                "az-mod",
                "Bölmələrimiz həmin istiqamətdə heç bir atəş açmayıb",
                None,
                [],
            ),
        ],
    },
    {
        "key": "tegh15-wire-en",
        "publisher": "wire",
        "language": "en",
        "published": date(2023, 6, 15),
        "incident": None,
        "text": (
            "Hours after the bridge incident, Yerevan said a contract soldier was shot and "
            "badly wounded when Azerbaijani troops fired on positions outside Tegh in Syunik. "
            "Baku's defence ministry said its units had not fired in that direction at all."
        ),
        "claims": [
            (
                "t15-wire-am-fire",
                "am-mod",
                "a contract soldier was shot and badly wounded when Azerbaijani troops fired on "
                "positions outside Tegh in Syunik",
                date(2023, 6, 15),
                [],
            ),
            (
                "t15-wire-az-no-fire",
                "az-mod",
                "its units had not fired in that direction at all",
                None,
                [],
            ),
        ],
    },
    # --- Yeraskh and the Sadarak district of Nakhchivan, 19 June 2023 ---
    {
        "key": "yeraskh19-am-mod-en",
        "publisher": "am-mod",
        "language": "en",
        "published": date(2023, 6, 19),
        "incident": "yeraskh-2023",
        "text": (
            "On the evening of 19 June units of the Azerbaijani armed forces fired mortars and "
            "small arms at Armenian combat positions near Yeraskh, in the Ararat province. The "
            "head of the village was hit by shrapnel while putting out a fire. Azerbaijani claims "
            "that Armenian units fired at Nakhchivan are untrue."
        ),
        "claims": [
            (
                "y19-am-fire",
                "am-mod",
                "units of the Azerbaijani armed forces fired mortars and small arms at Armenian "
                "combat positions near Yeraskh",
                date(2023, 6, 19),
                [],
            ),
            (
                "y19-am-mayor",
                "am-mod",
                "The head of the village was hit by shrapnel while putting out a fire",
                date(2023, 6, 19),
                [],
            ),
            (
                "y19-am-denial",
                "am-mod",
                "Azerbaijani claims that Armenian units fired at Nakhchivan are untrue",
                date(2023, 6, 19),
                [],
            ),
        ],
    },
    {
        "key": "yeraskh19-az-mod-ru",
        "publisher": "az-mod",
        "language": "ru",
        "published": date(2023, 6, 19),
        "incident": "yeraskh-2023",
        "text": (
            "19 июня подразделения вооруженных сил Армении с позиций у села Араздаян обстреляли "
            "из оружия различного калибра позиции азербайджанской армии у Гейдарабада Садаракского "
            "района Нахчыванской АР. Азербайджанский военнослужащий получил ранение в ногу. "
            "Сообщения о минометном обстреле Ерасха нашими подразделениями не соответствуют "
            "действительности."
        ),
        "claims": [
            (
                "y19-az-fire",
                "az-mod",
                "подразделения вооруженных сил Армении с позиций у села Араздаян обстреляли из "
                "оружия различного калибра позиции азербайджанской армии у Гейдарабада "
                "Садаракского района",
                date(2023, 6, 19),
                [],
            ),
            (
                "y19-az-wounded",
                "az-mod",
                "Азербайджанский военнослужащий получил ранение в ногу",
                date(2023, 6, 19),
                [],
            ),
            (
                "y19-az-denial",
                "az-mod",
                "Сообщения о минометном обстреле Ерасха нашими подразделениями не соответствуют "
                "действительности",
                date(2023, 6, 19),
                [],
            ),
        ],
    },
    {
        "key": "yeraskh19-az-agency-az",
        "publisher": "az-agency",
        "language": "az",
        "published": date(2023, 6, 20),
        "incident": None,
        "text": (
            "Müdafiə Nazirliyi bildirir ki, Ermənistan silahlı qüvvələrinin bölmələri Arazdəyən "
            "kəndi yaxınlığındakı mövqelərdən Sədərək rayonunun Heydərabad qəsəbəsi "
            "istiqamətində ordumuzun mövqelərini atəşə tutub."
        ),
        "claims": [
            (
                "y19-azag-fire",
                "az-mod",
                "Ermənistan silahlı qüvvələrinin bölmələri Arazdəyən kəndi yaxınlığındakı "
                "mövqelərdən Sədərək rayonunun Heydərabad qəsəbəsi istiqamətində ordumuzun "
                "mövqelərini atəşə tutub",
                None,
                [],
            ),
        ],
    },
    {
        "key": "yeraskh19-am-agency-hy",
        "publisher": "am-agency",
        "language": "hy",
        "published": date(2023, 6, 20),
        "incident": None,
        "text": (
            "ՊՆ խոսնակի խոսքով՝ ադրբեջանական զինուժը ականանետերից կրակ է վարել Երասխի "
            "մոտակայքում գտնվող հայկական մարտական դիրքերի ուղղությամբ, իսկ Նախիջևանի "
            "ուղղությամբ հայկական կողմից կրակոցներ չեն եղել։"
        ),
        "claims": [
            (
                "y19-amag-fire",
                "am-mod",
                "ադրբեջանական զինուժը ականանետերից կրակ է վարել Երասխի մոտակայքում գտնվող "
                "հայկական մարտական դիրքերի ուղղությամբ",
                None,
                [],
            ),
            (
                "y19-amag-denial",
                "am-mod",
                "Նախիջևանի ուղղությամբ հայկական կողմից կրակոցներ չեն եղել",
                None,
                [],
            ),
        ],
    },
]
