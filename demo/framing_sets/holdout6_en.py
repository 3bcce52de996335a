"""Sixth English held-out set for the framing lexicon: scored apart, never tuned against, and
written without looking at the lexicon's entries or at the sets the lexicon is tuned on.

Written for Parallax in its own words, in the manner of English-language outlets on both sides
of the Armenia–Azerbaijan conflict and of international media (Euronews, DW, BBC, France 24,
The Economist, The Armenian Weekly, AzerTac, Caliber.az), about real events of 2020–2024 (the
missile strikes on Ganja, the September 2022 fighting on Armenia's border around Jermuk, the
video of the killing of a captured Armenian servicewoman, the exodus of the Karabakh Armenians
in September 2023, the Granada summit without Azerbaijan's president, the December 2023
prisoner release and the COP29 deal, the 2024 Tavush protests led by Archbishop Bagrat
Galstanyan, the campaign for a "return to Western Azerbaijan"); the wording, quotations and
figures are our own. Every loaded term a conflict fact-checker would mark is marked, quoted
speech included; neutral reporting words are not, and some articles carry no marked term at
all. Each marked item is (phrase, label) for the first occurrence of the phrase in the text,
or (phrase, label, n) for its n-th.
"""

ARTICLES = [
    {
        "key": "euronews-style-ganja-strike-2020",
        "outlet_style": "Euronews",
        "language": "en",
        "text": (
            "Rescue workers in Ganja, Azerbaijan's second-largest city, spent Saturday "
            "pulling bodies from the rubble of a residential block flattened by a missile "
            "overnight. Azerbaijani officials said at least nine people were killed and more "
            "than thirty wounded, hours after a Russian-brokered humanitarian ceasefire was "
            "due to take effect.\n\n"
            'President Ilham Aliyev\'s aide called the strike a "barbaric act" of '
            '"Armenian fascism" and said the "criminal junta" in Yerevan would be held '
            'to account. "They target sleeping children because they cannot win on the '
            'battlefield," he told reporters at the site.\n\n'
            "Armenia's defence ministry denied firing at Ganja and called the accusations "
            '"absurd". Officials in Stepanakert, the main city of the region, said the '
            "region's forces had hit only military targets, and added that Azerbaijan had "
            "been shelling Stepanakert itself for two weeks.\n\n"
            "Human rights groups urged both sides to stop using heavy weapons in populated "
            "areas."
        ),
        "marked": [
            ("barbaric act", "loaded-language"),
            ("Armenian fascism", "name-calling-labeling"),
            ("criminal junta", "name-calling-labeling"),
            ("They target sleeping children", "appeal-to-fear-prejudice"),
            ("absurd", "doubt"),
            (
                "added that Azerbaijan had been shelling Stepanakert itself for two weeks",
                "whataboutism",
            ),
        ],
    },
    {
        "key": "dw-style-jermuk-border-fighting-2022",
        "outlet_style": "DW",
        "language": "en",
        "text": (
            "The heaviest fighting between Armenia and Azerbaijan since the 2020 war broke "
            "out overnight along their shared border, with shelling reported near the "
            "Armenian towns of Jermuk, Goris and Vardenis. Armenia said more than 100 of its "
            "soldiers had been killed in two days; Azerbaijan put its own losses at 80.\n\n"
            "Prime Minister Nikol Pashinyan told parliament that Azerbaijani troops had "
            "advanced into Armenia's sovereign territory and called the attack \"unprovoked "
            'aggression". Armenia asked the Russian-led CSTO for help under its mutual '
            "defence clause.\n\n"
            'Baku said its army had responded to "large-scale subversive acts" by Armenian '
            'units on the border and had taken "local retaliatory measures" to suppress '
            'firing points. "Armenia will bear full responsibility for this provocation," '
            "the defence ministry in Baku said.\n\n"
            "The European Union and the United States called for an immediate halt to the "
            "fighting. A truce brokered with US involvement took hold on Thursday."
        ),
        "marked": [
            ("unprovoked aggression", "one-sided-blame"),
            ("large-scale subversive acts", "loaded-language"),
            ("local retaliatory measures", "military-euphemism"),
            ("suppress firing points", "military-euphemism"),
            ("Armenia will bear full responsibility", "one-sided-blame"),
            ("provocation", "provocation-framing"),
        ],
    },
    {
        "key": "armenian-weekly-style-servicewoman-video-2022",
        "outlet_style": "The Armenian Weekly",
        "language": "en",
        "text": (
            "A video circulating on Azerbaijani Telegram channels shows the mutilated body "
            "of Anush Apetyan, a 36-year-old mother of three who served in the Armenian "
            "armed forces and was captured during Azerbaijan's September assault on "
            "Jermuk. Armenia's human rights defender said the soldiers filming her had "
            "stripped and dismembered her after her death.\n\n"
            "Community leaders in Watertown said the footage laid bare the genocidal "
            'nature of the Aliyev dictatorship. "These savages do not fight armies, they '
            'butcher women and film it for applause," one speaker told a vigil on Sunday. '
            '"The Turks did the same to our grandmothers in 1915."\n\n'
            "Azerbaijan's prosecutor general said the video would be examined. Activists "
            "replied that nobody was ever punished for the beheadings of elderly Armenians "
            "in Hadrut in 2020, and that Baku's promised investigations were a smokescreen. "
            "If the West keeps buying Azerbaijani gas, they warned, the next massacre is only "
            "a matter of time."
        ),
        "marked": [
            ("assault", "loaded-language"),
            ("genocidal nature", "exaggeration-minimisation"),
            ("Aliyev dictatorship", "name-calling-labeling"),
            ("These savages", "dehumanising-language"),
            ("butcher", "loaded-language"),
            ("The Turks did the same to our grandmothers in 1915.", "guilt-by-association"),
            ("smokescreen", "doubt"),
            (
                "If the West keeps buying Azerbaijani gas, they warned, the next massacre is "
                "only a matter of time.",
                "consequential-oversimplification",
            ),
        ],
    },
    {
        "key": "bbc-style-exodus-kornidzor-2023",
        "outlet_style": "BBC",
        "language": "en",
        "text": (
            "More than 100,000 people, almost the entire Armenian population of "
            "Nagorno-Karabakh, have crossed into Armenia in the week since Azerbaijan "
            "retook the region, according to the Armenian government.\n\n"
            "At a reception centre in the border village of Kornidzor, families who had "
            "spent up to 30 hours on the single mountain road sat on bags of belongings. "
            '"They wanted the land without us, and now they have it," said a retired '
            "teacher from Stepanakert. Armenia's prime minister called the departure an act "
            "of ethnic cleansing.\n\n"
            "Azerbaijan denies that. It says Armenian residents were free to stay and to "
            "become Azerbaijani citizens, and accuses Yerevan of staging a propaganda "
            "exodus to smear the country before international forums. Presidential aide "
            'Hikmet Hajiyev said the people leaving had been frightened by "separatist '
            'leaders" rather than by any Azerbaijani action.\n\n'
            "The UN sent its first mission to the region in some 30 years on Sunday."
        ),
        "marked": [
            ("They wanted the land without us", "loaded-language"),
            ("ethnic cleansing", "criminalising-label"),
            ("propaganda exodus", "doubt"),
            ("smear", "loaded-language"),
            ("separatist leaders", "criminalising-label"),
        ],
    },
    {
        "key": "france24-style-granada-summit-2023",
        "outlet_style": "France 24",
        "language": "en",
        "text": (
            "European leaders gathered in the Spanish city of Granada on Thursday for a "
            "summit of the European Political Community at which a meeting between the "
            "leaders of Armenia and Azerbaijan had been planned. Azerbaijan's president "
            "Ilham Aliyev did not attend, and the talks did not take place.\n\n"
            "Baku's state news agency reported that Aliyev had objected to France and "
            "Germany taking part in the format, and had asked for Turkey to be included. "
            "Armenian Prime Minister Nikol Pashinyan met French President Emmanuel Macron, "
            "German Chancellor Olaf Scholz and European Council President Charles Michel, "
            "who issued a statement supporting the two countries' territorial integrity "
            "within the borders of the Alma-Ata declaration of 1991.\n\n"
            "The meeting was the first high-level gathering since Azerbaijan took control "
            "of Nagorno-Karabakh last month. Michel said he would keep working with both "
            "sides towards a peace agreement."
        ),
        "marked": [],
    },
    {
        "key": "azertac-style-prisoner-release-cop29-2023",
        "outlet_style": "AzerTac",
        "language": "en",
        "text": (
            "In a goodwill gesture demonstrating the humanism of the Azerbaijani state, Baku "
            "has freed 32 Armenian military servicemen, while Armenia has released two "
            "Azerbaijani soldiers, the Presidential Administration and the Armenian prime "
            "minister's office said in a joint statement.\n\n"
            "The two servicemen returned home are Huseyn Akhundov and Agshin Babirov, who "
            "had lost their way in the fog and crossed the border. Azerbaijani experts note "
            "that Armenia had seized them and subjected them to a show trial, while "
            "Azerbaijan released the Armenian saboteurs despite the crimes they had "
            "committed on Azerbaijani soil.\n\n"
            "The statement also said Armenia had withdrawn its candidacy in support of "
            "Azerbaijan's bid to host COP29. Observers say this historic step was made "
            "possible only by the iron will of the Victorious Commander-in-Chief, who brought "
            "Yerevan to the negotiating table after the 44-day Patriotic War. The whole world "
            "now sees that peace in the South Caucasus is being built on Azerbaijan's terms."
        ),
        "marked": [
            ("the humanism of the Azerbaijani state", "appeal-to-values"),
            ("seized", "loaded-language"),
            ("lost their way in the fog", "exaggeration-minimisation"),
            ("show trial", "doubt"),
            ("Armenian saboteurs", "criminalising-label"),
            ("historic step", "loaded-language"),
            ("made possible only by the iron will", "causal-oversimplification"),
            ("Victorious Commander-in-Chief", "flag-waving"),
            ("Patriotic War", "liberation-framing"),
            ("The whole world now sees", "appeal-to-popularity"),
        ],
    },
    {
        "key": "economist-style-tavush-protests-2024",
        "outlet_style": "The Economist",
        "language": "en",
        "text": (
            "Few Armenians had heard of Bagrat Galstanyan until this spring. The archbishop "
            "of the northern diocese of Tavush has since led a march from his province to "
            "Yerevan and filled the capital's Republic Square with tens of thousands of "
            "people demanding that Nikol Pashinyan resign.\n\n"
            "The trigger was a deal to hand Azerbaijan four villages along the Tavush "
            "border, abandoned in the war of the early 1990s. The government calls it a "
            'technical step in delimitation; the archbishop calls it "capitulation" and the '
            'prime minister a "traitor" who is "selling the homeland piece by piece". '
            'Protesters chant that "Tavush is for the homeland".\n\n'
            "Mr Pashinyan replies that the choice is between demarcating the border now or "
            "fighting a new war within a week, and that his critics are doing Moscow's "
            "bidding. Neither claim is easy to test. What is clear is that the movement has "
            "given Armenia's fractured opposition a figurehead for the first time since "
            "2021."
        ),
        "marked": [
            ("capitulation", "loaded-language"),
            ("traitor", "name-calling-labeling"),
            ("selling the homeland piece by piece", "loaded-language"),
            ("Tavush is for the homeland", "slogans"),
            (
                "the choice is between demarcating the border now or fighting a new war "
                "within a week",
                "false-dilemma-no-choice",
            ),
            ("doing Moscow's bidding", "sponsor-labelling"),
        ],
    },
    {
        "key": "caliber-style-western-azerbaijan-return-2023",
        "outlet_style": "Caliber.az",
        "language": "en",
        "text": (
            "The Western Azerbaijan Community has adopted a concept of return that calls for "
            "hundreds of thousands of Azerbaijanis expelled from their ancestral lands in "
            "present-day Armenia to go back in safety and dignity. Speakers at the meeting in "
            "Baku said Yerevan itself was once the Azerbaijani city of Irevan.\n\n"
            '"Just as we returned to Karabakh, we will return to Western Azerbaijan," the '
            'community\'s chairman said. "No one can deny our people this right." He '
            "accused Armenia of a century of ethnic cleansing of Azerbaijanis and called on "
            "the international community to end its double standards: those who shed "
            "tears for Karabakh Armenians stay silent about the Azerbaijanis driven out of "
            "Zangezur and Goycha.\n\n"
            "Political scientists in Baku note that Armenian revanchist circles and their "
            "patrons in Paris have reacted with hysteria to the concept. Yerevan has called "
            "it a territorial claim in disguise."
        ),
        "marked": [
            ("ancestral lands", "sovereignty-assertion"),
            ("Irevan", "sovereignty-assertion"),
            ("Western Azerbaijan", "sovereignty-assertion"),
            ("Western Azerbaijan", "sovereignty-assertion", 2),
            ("No one can deny our people this right.", "conversation-killer"),
            ("a century of ethnic cleansing", "criminalising-label"),
            ("double standards", "appeal-to-hypocrisy"),
            (
                "those who shed tears for Karabakh Armenians stay silent about the "
                "Azerbaijanis driven out",
                "whataboutism",
            ),
            ("Zangezur", "sovereignty-assertion"),
            ("Goycha", "sovereignty-assertion"),
            ("revanchist circles", "name-calling-labeling"),
            ("patrons in Paris", "sponsor-labelling"),
            ("hysteria", "loaded-language"),
        ],
    },
]
