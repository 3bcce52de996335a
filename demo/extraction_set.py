"""A labelled set for the statement finder: short articles in three house styles (a ministry's own
press release, a national agency's copy, an international wire), each with the attributed
statements a fact-checker would pull out of it: the span, the speaker and the relay chain.

Everything here is written for Parallax. The institutions and agencies are real; the incidents,
what anyone is said to have said, every named person and the publishers that are not ministries
(South Caucasus Wire, Meridian, Black Sea Report, Shirvan, Hrazdan, Volga) are invented. The set
measures precision and recall, so it is labelled by the rules below and by nothing else: every
sentence they do not cover is a negative and must produce no statement.

What counts as a statement
- Attributed speech only. A sentence in the publisher's own voice is not a statement, even when it
  is a checkable claim and even in a ministry's own release ("Units of the Azerbaijani armed
  forces opened fire ..."). A release that names its ministry in the third person ("The Ministry
  of Defence of the Republic of Armenia reports that ...") does attribute: the publisher is then
  the speaker.
- A verb of saying needs reported content: "circulated a statement about", "has not commented",
  "has published similar figures", "gave conflicting accounts", "has been criticised" and "could
  not be verified" are negatives. So are datelines and capitals used as places ("held in Baku").

Spans
1. Reported speech, "X said (that) C" or "C, X said": the span is C, from its first word to its
   last, without a leading "that", the final full stop or comma, or the attribution clause.
2. Direct quotes: the quoted words without the quotation marks and without the comma or full stop
   that closes the quotation. A quotation of several sentences is one span, inner full stops
   included. A quotation split by its attribution ("“A,” she said. “B.”") is two spans, one per
   part: a span is one stretch of text and never holds its attribution.
3. Partial quotes inside reported speech: the whole reported content, its inner quotation marks
   included; a quotation mark at its very start or very end is dropped, even when that leaves its
   partner unpaired.
4. "according to X, C" or "C, according to X": the span is C.
5. Verbs of accusing, denying, rejecting, blaming and condemning: the span starts at the verb and
   runs to the end of the reported content ("accused Armenian units of shelling its positions").
6. One Statement per attribution. "X said that A and that B" is one span. Every further verb of
   saying is an attribution of its own: "said A and insisted that B", "said A, adding that B" and
   "rejected the accusation, saying B" give two Statements each.
7. Relays: the sources named in the attribution that the statement passed through between the
   speaker and the publisher, closest to the speaker first ("RIA Novosti, citing Armenpress, quoted
   the council as saying": speaker the council, relays armenpress then ria). The publisher is
   never a relay, even when named ("told the agency", "told Hrazdan" in Hrazdan's copy). "X told
   Y" makes Y a relay when Y is a news agency or outlet, and an audience otherwise (residents, a
   ministry's representatives). "Interfax reported that C" with no other speaker: Interfax is the
   speaker. A follow-on keeps the relays of the statement it continues unless it names its own.
8. Every span occurs exactly once in its article text, within one paragraph, and never starts or
   ends with whitespace, a quotation mark, a comma or a full stop.

Speakers
- The original asserter, as specifically as the text names it. A named person is their own
  source, spokespeople included; a ministry's press service and "a source in the ministry" are
  the ministry itself.
- Follow-ons ("It added that", "The ministry also said", "She noted", "the service insisted")
  resolve to the most recent speaker that fits; a source only mentioned in between ("rejected the
  statement from Baku") is not a speaker.
- ``known=False``: a speaker the desk does not have yet; the finder should propose it as a new
  source by the name the text uses, not link it to another.

Text: paragraphs are separated by "\\n\\n" and the text is NFC. Some articles use typographic
quotes, others straight ones; the detainees wire also uses typographic apostrophes ("Armenia’s
foreign ministry") while aliases are written with straight ones. One article has an emoji outside
the Basic Multilingual Plane before some of its spans, so code-point and UTF-16 offsets differ.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceSpec:
    key: str  # short key, e.g. "az-mod"
    name: str  # the source's full name, e.g. "Ministry of Defence of Azerbaijan"
    # one of: ministry, official, military, government_body, news_agency, outlet,
    # international_body, other
    kind: str
    country: str = ""  # ISO 3166-1 alpha-2, or "" (international)
    short_name: str = ""
    aliases: tuple[str, ...] = ()  # other names the text may use for the source
    # False: a speaker the desk does not have yet; the finder should propose it as a new source
    # (by the name used in the text), not link it.
    known: bool = True


@dataclass(frozen=True)
class Statement:
    span: str  # an exact substring of the article text, occurring exactly once in it
    speaker: str  # a SourceSpec key
    relays: tuple[str, ...] = ()  # closest to the speaker first; never the article's publisher


@dataclass(frozen=True)
class Article:
    key: str
    publisher: str  # a SourceSpec key (known=True)
    style: str  # "ministry statement", "national agency", "international wire"
    title: str
    text: str  # plain text, paragraphs separated by "\n\n"
    statements: tuple[Statement, ...]
    language: str = "en"  # BCP 47: "en", "ru", "az", "hy"
    # The real outlet whose way of writing the article follows ("Interfax", "APA"); the
    # article itself, its people and its events are written for Parallax.
    modelled_on: str = ""


SOURCES: tuple[SourceSpec, ...] = (
    # Ministries, government bodies and armed forces.
    SourceSpec(
        "az-mod",
        "Ministry of Defence of Azerbaijan",
        "ministry",
        "AZ",
        short_name="Azerbaijani MoD",
        aliases=(
            "Baku",
            "Azerbaijan's defence ministry",
            "Azerbaijan's Ministry of Defence",
            "Azerbaijani Defence Ministry",
            "Azerbaijani Defense Ministry",
            "Ministry of Defence of the Republic of Azerbaijan",
        ),
    ),
    SourceSpec(
        "am-mod",
        "Ministry of Defence of Armenia",
        "ministry",
        "AM",
        short_name="Armenian MoD",
        aliases=(
            "Yerevan",
            "Armenia's defence ministry",
            "Armenian Defence Ministry",
            "Armenian Defense Ministry",
            "Yerevan's defence ministry",
            "Ministry of Defence of the Republic of Armenia",
        ),
    ),
    SourceSpec(
        "az-mfa",
        "Ministry of Foreign Affairs of Azerbaijan",
        "ministry",
        "AZ",
        aliases=(
            "Azerbaijan's foreign ministry",
            "Azerbaijani Foreign Ministry",
            "Ministry of Foreign Affairs of the Republic of Azerbaijan",
        ),
    ),
    SourceSpec(
        "am-mfa",
        "Ministry of Foreign Affairs of Armenia",
        "ministry",
        "AM",
        aliases=(
            "Armenia's foreign ministry",
            "Armenian Foreign Ministry",
            "Ministry of Foreign Affairs of the Republic of Armenia",
        ),
    ),
    SourceSpec(
        "ru-mod",
        "Ministry of Defence of the Russian Federation",
        "ministry",
        "RU",
        short_name="Russian MoD",
        aliases=(
            "Russia's defence ministry",
            "Russian Defence Ministry",
            "Russian Defense Ministry",
        ),
    ),
    SourceSpec(
        "ru-mfa",
        "Ministry of Foreign Affairs of the Russian Federation",
        "ministry",
        "RU",
        aliases=("Moscow", "Russia's foreign ministry", "Russian Foreign Ministry"),
    ),
    SourceSpec(
        "ua-mod",
        "Ministry of Defence of Ukraine",
        "ministry",
        "UA",
        aliases=("Ukraine's defence ministry", "Ukrainian Defence Ministry"),
    ),
    SourceSpec(
        "ua-gs",
        "General Staff of the Armed Forces of Ukraine",
        "military",
        "UA",
        aliases=("Ukraine's General Staff", "Ukrainian General Staff"),
    ),
    SourceSpec(
        "ua-af",
        "Air Force of the Armed Forces of Ukraine",
        "military",
        "UA",
        aliases=("Ukraine's air force", "Ukrainian Air Force"),
    ),
    SourceSpec(
        "ge-mfa",
        "Ministry of Foreign Affairs of Georgia",
        "ministry",
        "GE",
        aliases=("Tbilisi", "Georgia's foreign ministry", "Georgian Foreign Ministry"),
    ),
    SourceSpec(
        "ge-sss",
        "State Security Service of Georgia",
        "government_body",
        "GE",
        short_name="SSG",
        aliases=("State Security Service", "Georgia's State Security Service"),
    ),
    SourceSpec(
        "am-sc",
        "Security Council of Armenia",
        "government_body",
        "AM",
        aliases=("Armenia's Security Council", "Armenian Security Council"),
    ),
    SourceSpec(
        "am-gov",
        "Government of Armenia",
        "government_body",
        "AM",
        aliases=("Armenian government",),
    ),
    SourceSpec(
        "am-hrd",
        "Human Rights Defender of Armenia",
        "government_body",
        "AM",
        aliases=("Armenia's Human Rights Defender", "Armenian ombudsman"),
    ),
    SourceSpec(
        "az-pres",
        "Administration of the President of Azerbaijan",
        "government_body",
        "AZ",
        aliases=(
            "Azerbaijan's presidential administration",
            "Azerbaijani presidential administration",
        ),
    ),
    SourceSpec(
        "az-border",
        "State Border Service of Azerbaijan",
        "government_body",
        "AZ",
        aliases=("Azerbaijan's State Border Service", "Azerbaijani border service"),
    ),
    SourceSpec(
        "anama",
        "Mine Action Agency of the Republic of Azerbaijan",
        "government_body",
        "AZ",
        short_name="ANAMA",
        aliases=("Mine Action Agency of Azerbaijan",),
    ),
    SourceSpec(
        "belgorod-hq",
        "Operational Headquarters of the Belgorod Region",
        "government_body",
        "RU",
        aliases=("regional emergency headquarters", "Belgorod region's operational headquarters"),
    ),
    # People the desk already has.
    SourceSpec(
        "hovsepyan",
        "Lilit Hovsepyan",
        "official",
        "AM",
        aliases=("Hovsepyan", "Lilit Hovsepian"),
    ),
    SourceSpec("vusal", "Vüsal Məmmədli", "official", "AZ", aliases=("Məmmədli", "Vusal Mammadli")),
    SourceSpec(
        "hasanova",
        "Aynur Həsənova",
        "official",
        "AZ",
        aliases=("Həsənova", "Aynur Hasanova"),
    ),
    # International bodies.
    SourceSpec(
        "euma",
        "European Union Mission in Armenia",
        "international_body",
        short_name="EUMA",
        aliases=("EU mission in Armenia",),
    ),
    SourceSpec(
        "eumm",
        "European Union Monitoring Mission in Georgia",
        "international_body",
        short_name="EUMM",
        aliases=("EU Monitoring Mission", "EU Monitoring Mission in Georgia"),
    ),
    SourceSpec(
        "icrc",
        "International Committee of the Red Cross",
        "international_body",
        short_name="ICRC",
        aliases=("Red Cross",),
    ),
    SourceSpec(
        "hrmmu",
        "UN Human Rights Monitoring Mission in Ukraine",
        "international_body",
        short_name="HRMMU",
        aliases=("United Nations human rights monitoring mission in Ukraine",),
    ),
    SourceSpec(
        "osce",
        "Organization for Security and Co-operation in Europe",
        "international_body",
        short_name="OSCE",
    ),
    # News agencies and outlets.
    SourceSpec("interfax", "Interfax", "news_agency", "RU", aliases=("Interfax news agency",)),
    SourceSpec("ria", "RIA Novosti", "news_agency", "RU", short_name="RIA"),
    SourceSpec("tass", "TASS", "news_agency", "RU", aliases=("TASS news agency",)),
    SourceSpec("afp", "Agence France-Presse", "news_agency", "FR", short_name="AFP"),
    SourceSpec("reuters", "Reuters", "news_agency", "GB"),
    SourceSpec(
        "armenpress",
        "Armenpress",
        "news_agency",
        "AM",
        aliases=("Armenpress news agency",),
    ),
    SourceSpec("apa", "Azeri Press Agency", "news_agency", "AZ", short_name="APA"),
    SourceSpec(
        "azertac",
        "Azerbaijan State News Agency",
        "news_agency",
        "AZ",
        short_name="AZERTAC",
    ),
    SourceSpec("ukrinform", "Ukrinform", "news_agency", "UA"),
    SourceSpec(
        "interpressnews",
        "Interpressnews",
        "news_agency",
        "GE",
        short_name="IPN",
        aliases=("Interpressnews agency",),
    ),
    SourceSpec("res", "Res", "news_agency", "GE", aliases=("Res news agency",)),
    SourceSpec("suspilne", "Suspilne", "outlet", "UA", aliases=("public broadcaster Suspilne",)),
    # Publishers of the articles below (invented).
    SourceSpec("scw", "South Caucasus Wire", "news_agency"),
    SourceSpec("meridian", "Meridian Wire Service", "news_agency", short_name="Meridian"),
    SourceSpec("bsr", "Black Sea Report", "news_agency"),
    SourceSpec("shirvan", "Shirvan Press Agency", "news_agency", "AZ", short_name="Shirvan"),
    SourceSpec("hrazdan", "Hrazdan News Agency", "news_agency", "AM", short_name="Hrazdan"),
    SourceSpec("volga", "Volga Information Agency", "news_agency", "RU", short_name="Volga"),
    # Speakers the desk does not have yet: the finder should propose them.
    SourceSpec(
        "avetisyan",
        "Tigran Avetisyan",
        "military",
        "AM",
        aliases=("Colonel Tigran Avetisyan",),
        known=False,
    ),
    SourceSpec("sargsyan", "Hovik Sargsyan", "official", "AM", known=False),
    SourceSpec("kapanadze", "Levan Kapanadze", "official", "GE", known=False),
    SourceSpec("ilyin", "Sergei Ilyin", "official", "RU", aliases=("Ilyin",), known=False),
    SourceSpec("martynenko", "Oleh Martynenko", "official", "UA", known=False),
    SourceSpec("lindqvist", "Hanna Lindqvist", "official", known=False),
    SourceSpec("beridze", "Nino Beridze", "other", "GE", known=False),
    SourceSpec(
        "so-kgb",
        "State Security Committee of South Ossetia",
        "government_body",
        "GE",
        aliases=("South Ossetia's State Security Committee",),
        known=False,
    ),
)

ARTICLES: tuple[Article, ...] = (
    Article(
        key="sotk-yerevan-statement",
        publisher="am-mod",
        style="ministry statement",
        title="Azerbaijani units opened fire towards Armenian positions near Sotk",
        text=(
            "On 12 May 2025, from 22:40 to 23:20, units of the Azerbaijani armed forces opened "
            "fire with small arms in the direction of Armenian combat positions near Sotk, in the "
            "Gegharkunik province.\n\n"
            "The Ministry of Defence of the Republic of Armenia reports that the Armenian side did "
            "not return fire and that no servicemen were wounded. According to the ministry, "
            "bullets damaged the roof of a farm building on the edge of the village.\n\n"
            'Colonel Tigran Avetisyan, who commands the unit deployed in the area, said: "The '
            "shots came from the heights west of the village. Our soldiers showed restraint and "
            'stayed in their positions."\n\n'
            "Earlier on Tuesday, the Azerbaijani Defence Ministry accused Armenian units of "
            "shelling its positions in the Kalbajar district. The Ministry of Defence of Armenia "
            'stated that this information "does not correspond to reality" and that no Armenian '
            "unit had fired in that direction. Reports circulating on Azerbaijani social media "
            "about casualties on the Armenian side are also false.\n\n"
            "The ministry has informed the European Union Mission in Armenia of the incident. EUMA "
            "observers visited Sotk on the morning of 13 May, the ministry's press service "
            "said.\n\n"
            "Hovik Sargsyan, the head of the Sotk community, told residents at a meeting on "
            "Tuesday that the village school would open as usual. He said that the farm building "
            "would be repaired at the community's expense.\n\n"
            "The Armed Forces of Armenia remain committed to the ceasefire regime. The statement "
            "was issued at 09:15 on 13 May."
        ),
        statements=(
            # the publisher names itself; reported speech, attribution first; that A and that B;
            # "reported"
            Statement(
                span="the Armenian side did not return fire and that no servicemen were wounded",
                speaker="am-mod",
            ),
            # the publisher names itself; according to X, first
            Statement(
                span="bullets damaged the roof of a farm building on the edge of the village",
                speaker="am-mod",
            ),
            # direct quote, attribution before; quote of several sentences; speaker not known to the
            # desk; "said"
            Statement(
                span=(
                    "The shots came from the heights west of the village. Our soldiers showed "
                    "restraint and stayed in their positions"
                ),
                speaker="avetisyan",
            ),
            # verb of accusing/denying (span from the verb); "accused"
            Statement(
                span="accused Armenian units of shelling its positions in the Kalbajar district",
                speaker="az-mod",
            ),
            # the publisher names itself; reported speech, attribution first; partial quote in
            # reported speech; "stated"
            Statement(
                span=(
                    'this information "does not correspond to reality" and that no Armenian unit '
                    "had fired in that direction"
                ),
                speaker="am-mod",
            ),
            # the publisher names itself; reported speech, attribution last; "said"
            Statement(
                span="EUMA observers visited Sotk on the morning of 13 May",
                speaker="am-mod",
            ),
            # told an audience; speaker not known to the desk; "told"
            Statement(
                span="the village school would open as usual",
                speaker="sargsyan",
            ),
            # follow-on; speaker not known to the desk; "said"
            Statement(
                span="the farm building would be repaired at the community's expense",
                speaker="sargsyan",
            ),
        ),
    ),
    Article(
        key="lachin-checkpoint-baku-statement",
        publisher="az-mfa",
        style="ministry statement",
        title="Statement of the Ministry of Foreign Affairs on the Lachin border checkpoint",
        text=(
            "On 3 February 2026 the Ministry of Foreign Affairs of Armenia circulated a statement "
            "about the border checkpoint at the entrance to the Lachin road.\n\n"
            "In it, the Armenian Foreign Ministry claimed that Azerbaijani border guards had "
            "turned back a convoy carrying medical supplies on 2 February and held its drivers for "
            "several hours.\n\n"
            "The Ministry of Foreign Affairs of the Republic of Azerbaijan rejects these "
            "allegations as groundless.\n\n"
            "According to the State Border Service of Azerbaijan, the convoy was stopped because "
            "the documents presented did not match the cargo, and it crossed the checkpoint two "
            "hours later after a routine inspection. Nobody was detained, the service insisted.\n\n"
            "The ministry noted that more than 1,400 vehicles had used the checkpoint in January "
            "alone. It added that the checkpoint operates in line with the legislation of "
            "Azerbaijan and with international practice.\n\n"
            "The ministry’s spokesman, Vüsal Məmmədli, said: “Attempts to present routine border "
            "procedures as a blockade only poison the peace process. Yerevan knows this very "
            "well.”\n\n"
            "The checkpoint was set up in April 2023. The International Committee of the Red "
            "Cross, which keeps a delegation in Baku, has used the road for its own movements "
            "since then.\n\n"
            "The Armenian side published its statement without first asking the Azerbaijani side "
            "for any clarification."
        ),
        statements=(
            # reported speech, attribution first; "claimed"
            Statement(
                span=(
                    "Azerbaijani border guards had turned back a convoy carrying medical supplies "
                    "on 2 February and held its drivers for several hours"
                ),
                speaker="am-mfa",
            ),
            # the publisher names itself; verb of accusing/denying (span from the verb); "rejected"
            Statement(
                span="rejects these allegations as groundless",
                speaker="az-mfa",
            ),
            # according to X, first
            Statement(
                span=(
                    "the convoy was stopped because the documents presented did not match the "
                    "cargo, and it crossed the checkpoint two hours later after a routine "
                    "inspection"
                ),
                speaker="az-border",
            ),
            # reported speech, attribution last; follow-on; "insisted"
            Statement(
                span="Nobody was detained",
                speaker="az-border",
            ),
            # the publisher names itself; reported speech, attribution first; "noted"
            Statement(
                span="more than 1,400 vehicles had used the checkpoint in January alone",
                speaker="az-mfa",
            ),
            # the publisher names itself; follow-on; "added"
            Statement(
                span=(
                    "the checkpoint operates in line with the legislation of Azerbaijan and with "
                    "international practice"
                ),
                speaker="az-mfa",
            ),
            # direct quote, attribution before; quote of several sentences; "said"
            Statement(
                span=(
                    "Attempts to present routine border procedures as a blockade only poison the "
                    "peace process. Yerevan knows this very well"
                ),
                speaker="vusal",
            ),
        ),
    ),
    Article(
        key="khurvaleti-tbilisi-statement",
        publisher="ge-mfa",
        style="ministry statement",
        title=(
            "Statement of the Ministry of Foreign Affairs of Georgia on new fences near Khurvaleti"
        ),
        text=(
            "On 20 and 21 August 2024, representatives of the Russian occupation forces installed "
            "new barbed-wire fences near the village of Khurvaleti, in the Gori municipality, "
            "moving the dividing line about 300 metres deeper into territory controlled by the "
            "central government.\n\n"
            "The Ministry of Foreign Affairs of Georgia strongly condemns the installation of the "
            "fences and the continued illegal detention of Georgian citizens along the occupation "
            "line.\n\n"
            "According to the State Security Service of Georgia, two residents of Khurvaleti were "
            "detained on 21 August while collecting firewood and taken to Tskhinvali. The service "
            "said that it had informed the co-chairs of the Geneva International Discussions and "
            "activated the hotline run by the EU Monitoring Mission.\n\n"
            "The EUMM confirmed that its patrols had observed the works from the Georgian side of "
            "the line on both days.\n\n"
            "Levan Kapanadze, the head of the village administration, told representatives of the "
            "ministry that four families had lost access to their orchards and a spring.\n\n"
            'The ministry warned that such actions "undermine security and stability on the '
            'ground" and run counter to the commitments of the ceasefire agreement of 12 August '
            "2008.\n\n"
            "Moscow has not commented on the new fences. Khurvaleti has been divided by the line "
            "since 2011, and some of its houses now stand on the other side of the fence.\n\n"
            "The statement was issued in Tbilisi on 22 August."
        ),
        statements=(
            # the publisher names itself; verb of accusing/denying (span from the verb); "condemned"
            Statement(
                span=(
                    "condemns the installation of the fences and the continued illegal detention "
                    "of Georgian citizens along the occupation line"
                ),
                speaker="ge-mfa",
            ),
            # according to X, first
            Statement(
                span=(
                    "two residents of Khurvaleti were detained on 21 August while collecting "
                    "firewood and taken to Tskhinvali"
                ),
                speaker="ge-sss",
            ),
            # reported speech, attribution first; follow-on; "said"
            Statement(
                span=(
                    "it had informed the co-chairs of the Geneva International Discussions and "
                    "activated the hotline run by the EU Monitoring Mission"
                ),
                speaker="ge-sss",
            ),
            # reported speech, attribution first; "confirmed"
            Statement(
                span=(
                    "its patrols had observed the works from the Georgian side of the line on both "
                    "days"
                ),
                speaker="eumm",
            ),
            # told an audience; speaker not known to the desk; "told"
            Statement(
                span="four families had lost access to their orchards and a spring",
                speaker="kapanadze",
            ),
            # the publisher names itself; reported speech, attribution first; partial quote in
            # reported speech; "warned"
            Statement(
                span=(
                    'such actions "undermine security and stability on the ground" and run '
                    "counter to the commitments of the ceasefire agreement of 12 August 2008"
                ),
                speaker="ge-mfa",
            ),
        ),
    ),
    Article(
        key="kalbajar-shirvan",
        publisher="shirvan",
        style="national agency",
        title="Armenian units fired on positions in Kalbajar, defence ministry says",
        text=(
            "Baku, 14 October, Shirvan Press Agency. Units of the Armenian armed forces opened "
            "fire on Azerbaijani army positions in the Kalbajar district overnight, Azerbaijan's "
            "Ministry of Defence told the agency.\n\n"
            "The shooting, from the direction of the village of Verin Shorzha in Armenia's "
            "Gegharkunik province, lasted about 40 minutes, a source in the ministry said. There "
            "were no casualties among Azerbaijani servicemen.\n\n"
            "The ministry's Telegram post about the incident was headed “📍 Kalbajar” and carried "
            "a map of the area.\n\n"
            "The ministry stressed that “adequate retaliatory measures” had been taken and that "
            "the situation in the area was under control.\n\n"
            "Armenia's defence ministry denied that its units had fired in the direction of "
            "Kalbajar, the Armenian news agency Armenpress reported. The Armenian side has made "
            "similar denials after previous incidents.\n\n"
            "Separately, the Mine Action Agency of Azerbaijan announced that a civilian worker had "
            "been injured by an anti-personnel mine while clearing a road near the village of Zar "
            "on Monday.\n\n"
            "Its spokeswoman, Aynur Həsənova, told the agency that the worker had been taken to "
            "hospital in Kalbajar and that his life was not in danger. “The area was mined before "
            "2020, and our teams had not yet reached that section of the road,” Həsənova said.\n\n"
            "Mine clearance near Zar resumed on Tuesday. Since the end of the 2020 war, mines have "
            "remained one of the main obstacles to the return of former residents to the district."
        ),
        statements=(
            # reported speech, attribution last; told the publisher (no relay); "told"
            Statement(
                span=(
                    "Units of the Armenian armed forces opened fire on Azerbaijani army positions "
                    "in the Kalbajar district overnight"
                ),
                speaker="az-mod",
            ),
            # reported speech, attribution last; anonymous source in an institution; "said"
            Statement(
                span=(
                    "The shooting, from the direction of the village of Verin Shorzha in Armenia's "
                    "Gegharkunik province, lasted about 40 minutes"
                ),
                speaker="az-mod",
            ),
            # reported speech, attribution first; partial quote in reported speech; follow-on; that
            # A and that B; "stressed"
            Statement(
                span=(
                    "adequate retaliatory measures” had been taken and that the situation in the "
                    "area was under control"
                ),
                speaker="az-mod",
            ),
            # verb of accusing/denying (span from the verb); agency reported; "denied"
            Statement(
                span="denied that its units had fired in the direction of Kalbajar",
                speaker="am-mod",
                relays=("armenpress",),
            ),
            # reported speech, attribution first; "announced"
            Statement(
                span=(
                    "a civilian worker had been injured by an anti-personnel mine while clearing a "
                    "road near the village of Zar on Monday"
                ),
                speaker="anama",
            ),
            # told the publisher (no relay); reported speech, attribution first; that A and that B;
            # "told"
            Statement(
                span=(
                    "the worker had been taken to hospital in Kalbajar and that his life was not "
                    "in danger"
                ),
                speaker="hasanova",
            ),
            # direct quote, attribution after; "said"
            Statement(
                span=(
                    "The area was mined before 2020, and our teams had not yet reached that "
                    "section of the road"
                ),
                speaker="hasanova",
            ),
        ),
    ),
    Article(
        key="gazakh-drone-hrazdan",
        publisher="hrazdan",
        style="national agency",
        title="Defence ministry denies Baku's claim of a drone flight over Gazakh",
        text=(
            "YEREVAN, March 9. /Hrazdan/. No Armenian drone crossed the border with Azerbaijan on "
            "Sunday, the press secretary of the Armenian Defence Ministry, Lilit Hovsepyan, told "
            "Hrazdan.\n\n"
            "Earlier in the day, the Azerbaijani Defence Ministry claimed that a quadcopter "
            "launched from Armenian positions near Berd had flown over the Gazakh district and had "
            "been brought down by electronic warfare systems. The drone was a commercial model "
            "fitted with a camera, according to Baku.\n\n"
            'Hovsepyan said the claim was "another attempt to prepare the information ground for '
            'a provocation". She added that the ministry had asked the European Union Mission in '
            "Armenia to inspect the section of the border near Berd.\n\n"
            "Hovsepyan has served as the ministry's press secretary since 2024.\n\n"
            "The Security Council of Armenia stated after a meeting on Monday that the situation "
            "on the border with Azerbaijan remained stable. It warned that provocative statements "
            "could undermine the work of the two countries' delimitation commissions.\n\n"
            "The commissions last met in January in Gabala. A source in the Armenian government "
            "said the next meeting could take place in April.\n\n"
            "TASS reported, citing the Russian Foreign Ministry, that Moscow was ready to help the "
            "two countries with the delimitation of their border.\n\n"
            "Armenia and Azerbaijan initialled the text of a peace agreement in Washington in "
            "August 2025."
        ),
        statements=(
            # reported speech, attribution last; told the publisher (no relay); "told"
            Statement(
                span="No Armenian drone crossed the border with Azerbaijan on Sunday",
                speaker="hovsepyan",
            ),
            # reported speech, attribution first; "claimed"
            Statement(
                span=(
                    "a quadcopter launched from Armenian positions near Berd had flown over the "
                    "Gazakh district and had been brought down by electronic warfare systems"
                ),
                speaker="az-mod",
            ),
            # according to X, last; capital as speaker
            Statement(
                span="The drone was a commercial model fitted with a camera",
                speaker="az-mod",
            ),
            # reported speech, attribution first; partial quote in reported speech; "said"
            Statement(
                span=(
                    'the claim was "another attempt to prepare the information ground for a '
                    "provocation"
                ),
                speaker="hovsepyan",
            ),
            # follow-on; "added"
            Statement(
                span=(
                    "the ministry had asked the European Union Mission in Armenia to inspect the "
                    "section of the border near Berd"
                ),
                speaker="hovsepyan",
            ),
            # reported speech, attribution first; "stated"
            Statement(
                span="the situation on the border with Azerbaijan remained stable",
                speaker="am-sc",
            ),
            # follow-on; "warned"
            Statement(
                span=(
                    "provocative statements could undermine the work of the two countries' "
                    "delimitation commissions"
                ),
                speaker="am-sc",
            ),
            # reported speech, attribution first; anonymous source in an institution; "said"
            Statement(
                span="the next meeting could take place in April",
                speaker="am-gov",
            ),
            # X, citing Y; "reported"
            Statement(
                span=(
                    "Moscow was ready to help the two countries with the delimitation of their "
                    "border"
                ),
                speaker="ru-mfa",
                relays=("tass",),
            ),
        ),
    ),
    Article(
        key="belgorod-drones-volga",
        publisher="volga",
        style="national agency",
        title="Air defence systems destroy 27 drones over two border regions",
        text=(
            "MOSCOW, June 3. /Volga/. Russian air defence systems intercepted and destroyed 27 "
            "Ukrainian drones over the Belgorod and Kursk regions overnight, the Russian Defence "
            "Ministry said on Tuesday. According to the ministry, 19 of the drones were shot down "
            "over the Belgorod region. The ministry also said that two drones had been brought "
            "down by electronic warfare systems near Rylsk.\n\n"
            "Sergei Ilyin, the head of the village of Nekhoteyevka, told Volga that a drone had "
            "hit a garage and set fire to two cars, and that nobody had been hurt. “The enemy is "
            "trying to frighten the border villages. It will not succeed,” said Ilyin.\n\n"
            "Firefighters put out the blaze within an hour.\n\n"
            "The regional emergency headquarters confirmed that power supply to two villages had "
            "been restored by the morning, TASS reported.\n\n"
            "Ukraine's General Staff claimed that its forces had struck a fuel depot near "
            "Belgorod, RIA Novosti reported. A source in the Russian Defence Ministry told RIA "
            "Novosti that the depot had not been damaged.\n\n"
            "The ministry has published similar figures almost every day since the spring. Kyiv "
            "rarely comments on attacks inside Russia."
        ),
        statements=(
            # reported speech, attribution last; "said"
            Statement(
                span=(
                    "Russian air defence systems intercepted and destroyed 27 Ukrainian drones "
                    "over the Belgorod and Kursk regions overnight"
                ),
                speaker="ru-mod",
            ),
            # according to X, first; follow-on
            Statement(
                span="19 of the drones were shot down over the Belgorod region",
                speaker="ru-mod",
            ),
            # reported speech, attribution first; follow-on; "said"
            Statement(
                span="two drones had been brought down by electronic warfare systems near Rylsk",
                speaker="ru-mod",
            ),
            # told the publisher (no relay); reported speech, attribution first; speaker not known
            # to the desk; that A and that B; "told"
            Statement(
                span=(
                    "a drone had hit a garage and set fire to two cars, and that nobody had been "
                    "hurt"
                ),
                speaker="ilyin",
            ),
            # direct quote, attribution after; quote of several sentences; inverted attribution
            # (said X); speaker not known to the desk; "said"
            Statement(
                span="The enemy is trying to frighten the border villages. It will not succeed",
                speaker="ilyin",
            ),
            # reported speech, attribution first; agency reported; "confirmed"
            Statement(
                span="power supply to two villages had been restored by the morning",
                speaker="belgorod-hq",
                relays=("tass",),
            ),
            # reported speech, attribution first; agency reported; "claimed"
            Statement(
                span="its forces had struck a fuel depot near Belgorod",
                speaker="ua-gs",
                relays=("ria",),
            ),
            # told a news organisation (relay); anonymous source in an institution; "told"
            Statement(
                span="the depot had not been damaged",
                speaker="ru-mod",
                relays=("ria",),
            ),
        ),
    ),
    Article(
        key="tegh-wire",
        publisher="scw",
        style="international wire",
        title="Armenia and Azerbaijan give conflicting accounts of shooting near Tegh",
        text=(
            "YEREVAN/BAKU, Sept 8 (South Caucasus Wire) - Armenia and Azerbaijan gave conflicting "
            "accounts on Monday of a night of shooting near the Armenian village of Tegh, the most "
            "serious incident reported on their border in months.\n\n"
            "Azerbaijan's defence ministry said Armenian units had fired on its positions in the "
            "Lachin district with mortars and large-calibre machine guns shortly after midnight. "
            '"The Armenian side bears full responsibility for this provocation," the ministry '
            "said in a statement on Monday, adding that its units had returned fire.\n\n"
            "Armenia's defence ministry rejected the statement from Baku. Azerbaijani troops had "
            "opened fire first, targeting a border post and the outskirts of Tegh, and one "
            "Armenian soldier had been lightly wounded, the ministry said.\n\n"
            "Lilit Hovsepyan, the ministry's press secretary, told Interfax: \"The soldier is in a "
            'stable condition. He will return to his unit after treatment."\n\n'
            "Russia's RIA Novosti, citing Armenpress, quoted Armenia's Security Council as saying "
            "that the shooting had stopped by 3 a.m. and that the situation was calm.\n\n"
            "Reports from both sides could not be verified independently. The European Union "
            "Mission in Armenia, which patrols the Armenian side of the border, said it would send "
            "observers to Tegh on Tuesday.\n\n"
            "The Interfax news agency reported that Russian border guards, who still serve at "
            "several points of Armenia's borders with Iran and Turkey, had not been involved.\n\n"
            "Azerbaijan took full control of Nagorno-Karabakh in September 2023, after which more "
            "than 100,000 ethnic Armenians left the region for Armenia. The two countries "
            "initialled a peace agreement in August 2025 but have yet to sign it."
        ),
        statements=(
            # reported speech, attribution first; "said"
            Statement(
                span=(
                    "Armenian units had fired on its positions in the Lachin district with mortars "
                    "and large-calibre machine guns shortly after midnight"
                ),
                speaker="az-mod",
            ),
            # direct quote, attribution after; said in a statement; two attributions in one
            # sentence; "said"
            Statement(
                span="The Armenian side bears full responsibility for this provocation",
                speaker="az-mod",
            ),
            # participle clause of saying; two attributions in one sentence; "added"
            Statement(
                span="its units had returned fire",
                speaker="az-mod",
            ),
            # verb of accusing/denying (span from the verb); "rejected"
            Statement(
                span="rejected the statement from Baku",
                speaker="am-mod",
            ),
            # reported speech, attribution last; follow-on; "said"
            Statement(
                span=(
                    "Azerbaijani troops had opened fire first, targeting a border post and the "
                    "outskirts of Tegh, and one Armenian soldier had been lightly wounded"
                ),
                speaker="am-mod",
            ),
            # direct quote, attribution before; quote of several sentences; told a news organisation
            # (relay); "told"
            Statement(
                span=(
                    "The soldier is in a stable condition. He will return to his unit after "
                    "treatment"
                ),
                speaker="hovsepyan",
                relays=("interfax",),
            ),
            # X quoted Y as saying; X, citing Y; that A and that B; "said"
            Statement(
                span="the shooting had stopped by 3 a.m. and that the situation was calm",
                speaker="am-sc",
                relays=("armenpress", "ria"),
            ),
            # reported speech, attribution first; "said"
            Statement(
                span="it would send observers to Tegh on Tuesday",
                speaker="euma",
            ),
            # agency reported; "reported"
            Statement(
                span=(
                    "Russian border guards, who still serve at several points of Armenia's borders "
                    "with Iran and Turkey, had not been involved"
                ),
                speaker="interfax",
            ),
        ),
    ),
    Article(
        key="detainees-wire",
        publisher="meridian",
        style="international wire",
        title="Red Cross says it visited Armenian detainees held in Baku",
        text=(
            "BAKU, Jan 27 (Meridian) - The International Committee of the Red Cross said on "
            "Tuesday that its delegates had visited 19 Armenians held in Baku and had passed on "
            "messages from their families.\n\n"
            "The visits took place last week, the organisation said in a statement, without giving "
            "further details.\n\n"
            "“Our role is strictly humanitarian. We do not comment on the legal situation of the "
            "people we visit,” ICRC spokeswoman Hanna Lindqvist told Meridian.\n\n"
            "Armenia’s foreign ministry has repeatedly accused Azerbaijan of holding the men as "
            "bargaining chips in the peace talks. Azerbaijan’s presidential administration "
            "rejected the accusation, saying the detainees were being tried for crimes committed "
            "during the conflict.\n\n"
            "Several of the men are former leaders of the separatist administration of "
            "Nagorno-Karabakh, arrested in 2023.\n\n"
            "Armenia’s Human Rights Defender said at least 23 Armenians were being held in "
            "Azerbaijan, AFP reported, citing Armenpress. The figure could not be independently "
            "confirmed.\n\n"
            "The ICRC has worked in Azerbaijan since 1992, according to its website. The "
            "organisation also visits detainees in other conflicts and rarely discusses its "
            "findings in public."
        ),
        statements=(
            # reported speech, attribution first; "said"
            Statement(
                span=(
                    "its delegates had visited 19 Armenians held in Baku and had passed on "
                    "messages from their families"
                ),
                speaker="icrc",
            ),
            # reported speech, attribution last; said in a statement; follow-on; "said"
            Statement(
                span="The visits took place last week",
                speaker="icrc",
            ),
            # direct quote, attribution after; quote of several sentences; told the publisher (no
            # relay); speaker not known to the desk; "told"
            Statement(
                span=(
                    "Our role is strictly humanitarian. We do not comment on the legal situation "
                    "of the people we visit"
                ),
                speaker="lindqvist",
            ),
            # verb of accusing/denying (span from the verb); typographic apostrophe in the speaker's
            # name; "accused"
            Statement(
                span="accused Azerbaijan of holding the men as bargaining chips in the peace talks",
                speaker="am-mfa",
            ),
            # verb of accusing/denying (span from the verb); two attributions in one sentence;
            # typographic apostrophe in the speaker's name; "rejected"
            Statement(
                span="rejected the accusation",
                speaker="az-pres",
            ),
            # participle clause of saying; two attributions in one sentence; "said"
            Statement(
                span="the detainees were being tried for crimes committed during the conflict",
                speaker="az-pres",
            ),
            # reported speech, attribution first; X, citing Y; typographic apostrophe in the
            # speaker's name; "said"
            Statement(
                span="at least 23 Armenians were being held in Azerbaijan",
                speaker="am-hrd",
                relays=("armenpress", "afp"),
            ),
            # according to X, last
            Statement(
                span="The ICRC has worked in Azerbaijan since 1992",
                speaker="icrc",
            ),
        ),
    ),
    Article(
        key="zolochiv-wire",
        publisher="bsr",
        style="international wire",
        title="Glide bombs hit Ukrainian border town; Moscow says it struck troops",
        text=(
            "KYIV, Nov 4 (Black Sea Report) - Russian glide bombs struck the town of Zolochiv in "
            "Ukraine's Kharkiv region, damaging a school and several houses, Ukraine's General "
            "Staff said in a statement on Tuesday.\n\n"
            "Two people were wounded, said Oleh Martynenko, the head of the local community. He "
            "told the public broadcaster Suspilne that rescuers were still searching the rubble of "
            "one house.\n\n"
            "Russia's defence ministry said its forces had hit \"a temporary deployment point of "
            'Ukrainian units" near Zolochiv and insisted that only military targets had been '
            "struck. Interfax, citing TASS, quoted the ministry as saying that up to 40 Ukrainian "
            "servicemen had been killed. The ministry added that the strike had been carried out "
            "by Su-34 bombers.\n\n"
            "Ukraine's defence ministry denied that any military unit had been stationed in the "
            "town.\n\n"
            "The United Nations human rights monitoring mission in Ukraine said it was aware of "
            "the reports and was seeking more information. Neither side's casualty figures could "
            "be verified.\n\n"
            "Ukraine's air force announced that Russia had also launched 85 drones overnight, of "
            "which 61 had been shot down or jammed, Ukrinform reported.\n\n"
            "Zolochiv lies about 10 km from the Russian border and has been shelled regularly "
            "since 2022. Glide bombs are dropped from aircraft that often stay inside Russian "
            "airspace."
        ),
        statements=(
            # reported speech, attribution last; said in a statement; "said"
            Statement(
                span=(
                    "Russian glide bombs struck the town of Zolochiv in Ukraine's Kharkiv region, "
                    "damaging a school and several houses"
                ),
                speaker="ua-gs",
            ),
            # inverted attribution (said X); speaker not known to the desk; "said"
            Statement(
                span="Two people were wounded",
                speaker="martynenko",
            ),
            # told a news organisation (relay); follow-on; speaker not known to the desk; "told"
            Statement(
                span="rescuers were still searching the rubble of one house",
                speaker="martynenko",
                relays=("suspilne",),
            ),
            # reported speech, attribution first; partial quote in reported speech; two attributions
            # in one sentence; "said"
            Statement(
                span=(
                    'its forces had hit "a temporary deployment point of Ukrainian units" near '
                    "Zolochiv"
                ),
                speaker="ru-mod",
            ),
            # reported speech, attribution first; two attributions in one sentence; "insisted"
            Statement(
                span="only military targets had been struck",
                speaker="ru-mod",
            ),
            # X quoted Y as saying; X, citing Y; "said"
            Statement(
                span="up to 40 Ukrainian servicemen had been killed",
                speaker="ru-mod",
                relays=("tass", "interfax"),
            ),
            # follow-on; "added"
            Statement(
                span="the strike had been carried out by Su-34 bombers",
                speaker="ru-mod",
                relays=("tass", "interfax"),
            ),
            # verb of accusing/denying (span from the verb); "denied"
            Statement(
                span="denied that any military unit had been stationed in the town",
                speaker="ua-mod",
            ),
            # reported speech, attribution first; "said"
            Statement(
                span="it was aware of the reports and was seeking more information",
                speaker="hrmmu",
            ),
            # reported speech, attribution first; agency reported; "announced"
            Statement(
                span=(
                    "Russia had also launched 85 drones overnight, of which 61 had been shot down "
                    "or jammed"
                ),
                speaker="ua-af",
                relays=("ukrinform",),
            ),
        ),
    ),
    Article(
        key="ditsi-wire",
        publisher="scw",
        style="international wire",
        title="Georgia protests detention of two villagers near South Ossetia",
        text=(
            "TBILISI, Feb 20 (South Caucasus Wire) - Georgia's foreign ministry accused Russian "
            "border guards on Friday of detaining two villagers near the line that separates "
            "government-controlled territory from the breakaway region of South Ossetia.\n\n"
            "Two residents of Ditsi were taken to Tskhinvali while gathering firewood, the State "
            "Security Service said, according to the Interpressnews agency.\n\n"
            "“This is another gross violation of the ceasefire agreement of 2008. We demand the "
            "immediate and unconditional release of our citizens,” said the foreign ministry.\n\n"
            "RIA Novosti quoted the Russian Foreign Ministry as saying that the two men had "
            "“illegally crossed the state border of the Republic of South Ossetia” and would be "
            "handed over once a fine had been paid. Interpressnews, citing the Res news agency, "
            "reported that South Ossetia's State Security Committee said the men would face "
            "charges of illegal border crossing.\n\n"
            "The EU Monitoring Mission stressed that it had been in contact with all sides through "
            "its hotline since the morning.\n\n"
            "Tbilisi has been criticised by the opposition for its muted response to earlier "
            "detentions. Such incidents happen several times a year, and most of those detained "
            "are released within days.\n\n"
            "Nino Beridze, an analyst at the Caucasus Security Forum in Tbilisi, said the timing "
            "was probably linked to the next round of the Geneva International Discussions. She "
            "noted that detentions had become less frequent since 2022.\n\n"
            "Russia recognised South Ossetia as independent after a five-day war with Georgia in "
            "2008 and keeps troops there."
        ),
        statements=(
            # verb of accusing/denying (span from the verb); "accused"
            Statement(
                span=(
                    "accused Russian border guards on Friday of detaining two villagers near the "
                    "line that separates government-controlled territory from the breakaway region "
                    "of South Ossetia"
                ),
                speaker="ge-mfa",
            ),
            # reported speech, attribution last; according to X, last; "said"
            Statement(
                span="Two residents of Ditsi were taken to Tskhinvali while gathering firewood",
                speaker="ge-sss",
                relays=("interpressnews",),
            ),
            # direct quote, attribution after; quote of several sentences; inverted attribution
            # (said X); "said"
            Statement(
                span=(
                    "This is another gross violation of the ceasefire agreement of 2008. We demand "
                    "the immediate and unconditional release of our citizens"
                ),
                speaker="ge-mfa",
            ),
            # X quoted Y as saying; partial quote in reported speech; "said"
            Statement(
                span=(
                    "the two men had “illegally crossed the state border of the Republic of South "
                    "Ossetia” and would be handed over once a fine had been paid"
                ),
                speaker="ru-mfa",
                relays=("ria",),
            ),
            # reported speech, attribution first; X, citing Y; speaker not known to the desk; "said"
            Statement(
                span="the men would face charges of illegal border crossing",
                speaker="so-kgb",
                relays=("res", "interpressnews"),
            ),
            # reported speech, attribution first; "stressed"
            Statement(
                span="it had been in contact with all sides through its hotline since the morning",
                speaker="eumm",
            ),
            # reported speech, attribution first; speaker not known to the desk; "said"
            Statement(
                span=(
                    "the timing was probably linked to the next round of the Geneva International "
                    "Discussions"
                ),
                speaker="beridze",
            ),
            # follow-on; speaker not known to the desk; "noted"
            Statement(
                span="detentions had become less frequent since 2022",
                speaker="beridze",
            ),
        ),
    ),
)
