"""A labelled set for contradiction candidates: short reports in several outlets' styles, each
claim tagged with its incident, and the pairs a fact-checker would call contradictions.

Everything here is written for Parallax; the incidents are invented variations on the kind of
border clash the desk covers. ``recall_at(k)`` loads the set, asks for every claim's candidates
and reports how many true partners are among the first ``k``.
"""

from dataclasses import dataclass
from datetime import date

from django.db import transaction

from claims.candidates import contradiction_candidates
from claims.models import Claim
from claims.services import claim_create, incident_create
from sources.models import Source
from sources.services import document_create, source_create

# key -> (name, kind, country)
SPEAKERS = {
    "az-mod": ("Azerbaijan Ministry of Defence (evaluation)", Source.Kind.MINISTRY, "AZ"),
    "am-mod": ("Armenia Ministry of Defence (evaluation)", Source.Kind.MINISTRY, "AM"),
    "am-pm": ("Office of the Prime Minister of Armenia (evaluation)", Source.Kind.OFFICIAL, "AM"),
    "az-aide": ("Adviser to the President of Azerbaijan (evaluation)", Source.Kind.OFFICIAL, "AZ"),
    "ru-mod": ("Russian Ministry of Defence (evaluation)", Source.Kind.MINISTRY, "RU"),
    "wire": ("Border Wire (evaluation)", Source.Kind.NEWS_AGENCY, ""),
    "daily": ("Caspian Daily (evaluation)", Source.Kind.OUTLET, ""),
    "herald": ("Highland Herald (evaluation)", Source.Kind.OUTLET, ""),
    "monitors": ("Border Monitoring Mission (evaluation)", Source.Kind.INTERNATIONAL_BODY, ""),
    "residents": ("Residents' council (evaluation)", Source.Kind.OTHER, ""),
    "analyst": ("Regional security analyst (evaluation)", Source.Kind.OFFICIAL, "GE"),
}

INCIDENTS = {
    "sotk": ("Exchange of fire near Sotk (evaluation)", date(2025, 3, 2)),
    "lachin": ("Drone strike on the Lachin road (evaluation)", date(2025, 4, 18)),
    "tavush": ("Shelling of villages in Tavush (evaluation)", date(2025, 6, 9)),
    "kalbajar": ("Advance near Kalbajar (evaluation)", date(2025, 8, 23)),
}


@dataclass(frozen=True)
class Report:
    key: str
    publisher: str
    incident: str
    text: str
    # (claim key, speaker, the exact phrase of the text the claim covers)
    claims: tuple[tuple[str, str, str], ...]


REPORTS = [
    Report(
        "sotk-baku-statement",
        "az-mod",
        "sotk",
        "STATEMENT. On the night of 2 March, Armenian armed units opened fire on Azerbaijani "
        "army positions near Sotk with large-calibre weapons. Our units took retaliatory "
        "measures. There are no losses among our servicemen.",
        (
            (
                "sotk-az-fire",
                "az-mod",
                "Armenian armed units opened fire on Azerbaijani army "
                "positions near Sotk with large-calibre weapons",
            ),
            ("sotk-az-losses", "az-mod", "There are no losses among our servicemen"),
        ),
    ),
    Report(
        "sotk-yerevan-statement",
        "am-mod",
        "sotk",
        "The information spread by the Azerbaijani side is false. It was the Azerbaijani "
        "forces who opened fire on Armenian border posts near Sotk at about 23:40; the "
        "Armenian side answered in kind. One Armenian soldier was wounded.",
        (
            (
                "sotk-am-fire",
                "am-mod",
                "It was the Azerbaijani forces who opened fire on Armenian "
                "border posts near Sotk at about 23:40",
            ),
            ("sotk-am-wounded", "am-mod", "One Armenian soldier was wounded"),
        ),
    ),
    Report(
        "sotk-wire",
        "wire",
        "sotk",
        "YEREVAN/BAKU, March 3 (Border Wire) - Each side blamed the other for a night-time "
        "exchange of fire near Sotk. Russia's defence ministry said its peacekeepers recorded "
        "no violations in their zone of responsibility.",
        (
            (
                "sotk-ru-calm",
                "ru-mod",
                "its peacekeepers recorded no violations in their zone of responsibility",
            ),
        ),
    ),
    Report(
        "lachin-daily",
        "daily",
        "lachin",
        "Baku accuses Yerevan of a drone attack. The adviser to Azerbaijan's president said on "
        "Friday that an Armenian drone struck a truck on the Lachin road, calling it a "
        "deliberate provocation against civilian traffic.",
        (("lachin-az-drone", "az-aide", "an Armenian drone struck a truck on the Lachin road"),),
    ),
    Report(
        "lachin-herald",
        "herald",
        "lachin",
        "Yerevan rejects the accusations. The prime minister's office said Armenia has no "
        "drones over the Lachin road and that the truck was damaged by an Azerbaijani drone "
        "that lost control. It urged observers to examine the wreckage.",
        (
            ("lachin-am-denial", "am-pm", "Armenia has no drones over the Lachin road"),
            (
                "lachin-am-drone",
                "am-pm",
                "the truck was damaged by an Azerbaijani drone that lost control",
            ),
        ),
    ),
    Report(
        "tavush-yerevan",
        "am-mod",
        "tavush",
        "Azerbaijani artillery shelled the villages of Tavush from 06:10 to 07:00, damaging two "
        "houses and a school. There were no casualties among the civilian population.",
        (
            (
                "tavush-am-shelling",
                "am-mod",
                "Azerbaijani artillery shelled the villages of Tavush from 06:10 to 07:00",
            ),
            (
                "tavush-am-no-casualties",
                "am-mod",
                "There were no casualties among the civilian population",
            ),
        ),
    ),
    Report(
        "tavush-baku",
        "az-mod",
        "tavush",
        "The claims of the Armenian ministry that villages in Tavush were shelled are "
        "groundless. The Azerbaijani army did not fire in that direction; Armenian units "
        "themselves shelled our positions in the Gazakh district.",
        (
            ("tavush-az-denial", "az-mod", "The Azerbaijani army did not fire in that direction"),
            (
                "tavush-az-shelling",
                "az-mod",
                "Armenian units themselves shelled our positions in the Gazakh district",
            ),
        ),
    ),
    Report(
        "kalbajar-wire",
        "wire",
        "kalbajar",
        "BAKU, Aug 23 (Border Wire) - Azerbaijan's defence ministry said Armenian "
        "reconnaissance groups tried to advance towards its positions in Kalbajar and were "
        "pushed back. Armenia's defence ministry said Azerbaijani troops had crossed into "
        "Armenian territory near Jermuk and dug in there.",
        (
            (
                "kalbajar-az-advance",
                "az-mod",
                "Armenian reconnaissance groups tried to advance "
                "towards its positions in Kalbajar and were pushed back",
            ),
            (
                "kalbajar-am-advance",
                "am-mod",
                "Azerbaijani troops had crossed into Armenian "
                "territory near Jermuk and dug in there",
            ),
        ),
    ),
]

# Reports of the same incidents that contradict nobody: without them, a claim would have fewer
# than five candidates and recall@5 would measure nothing.
REPORTS += [
    Report(
        "sotk-roundup",
        "daily",
        "sotk",
        "Night of gunfire near Sotk. Villagers said the shooting lasted about forty minutes and "
        "stopped before midnight. The monitoring mission said its patrol would visit the area "
        "on Monday. An analyst in Tbilisi said such exchanges usually precede talks. The "
        "paper's correspondent saw no damage to houses in the village.",
        (
            (
                "sotk-residents",
                "residents",
                "the shooting lasted about forty minutes and stopped before midnight",
            ),
            ("sotk-monitors", "monitors", "its patrol would visit the area on Monday"),
            ("sotk-analyst", "analyst", "such exchanges usually precede talks"),
            ("sotk-daily", "daily", "saw no damage to houses in the village"),
        ),
    ),
    Report(
        "lachin-roundup",
        "wire",
        "lachin",
        "LACHIN, April 18 (Border Wire) - Traffic on the road resumed by the evening. The "
        "monitoring mission said it had asked both sides for flight records. Drivers waiting at "
        "the checkpoint said queues were longer than usual. An analyst said the road carries "
        "most goods between the two regions.",
        (
            ("lachin-wire", "wire", "Traffic on the road resumed by the evening"),
            ("lachin-monitors", "monitors", "it had asked both sides for flight records"),
            ("lachin-residents", "residents", "queues were longer than usual"),
            ("lachin-analyst", "analyst", "the road carries most goods between the two regions"),
        ),
    ),
    Report(
        "tavush-roundup",
        "herald",
        "tavush",
        "Morning in Tavush. Residents said the school will stay closed until the roof is "
        "repaired. The monitoring mission said it had received reports from both capitals. An "
        "analyst noted that the harvest season makes farmers especially exposed. The paper "
        "counted eleven families who spent the night in the basement of the town hall.",
        (
            (
                "tavush-residents",
                "residents",
                "the school will stay closed until the roof is repaired",
            ),
            ("tavush-monitors", "monitors", "it had received reports from both capitals"),
            ("tavush-analyst", "analyst", "the harvest season makes farmers especially exposed"),
            (
                "tavush-herald",
                "herald",
                "eleven families who spent the night in the basement of the town hall",
            ),
        ),
    ),
    Report(
        "kalbajar-roundup",
        "daily",
        "kalbajar",
        "Tension in the mountains. The monitoring mission said snow had not yet closed the "
        "passes. Shepherds said they had moved their flocks lower than usual this year. An "
        "analyst said both armies had rotated units in the area during the summer. Russia's "
        "defence ministry said it was in contact with both general staffs.",
        (
            ("kalbajar-monitors", "monitors", "snow had not yet closed the passes"),
            ("kalbajar-residents", "residents", "they had moved their flocks lower than usual"),
            (
                "kalbajar-analyst",
                "analyst",
                "both armies had rotated units in the area during the summer",
            ),
            ("kalbajar-ru", "ru-mod", "it was in contact with both general staffs"),
        ),
    ),
]

# Each unordered couple a fact-checker calls a contradiction.
CONTRADICTIONS = [
    ("sotk-az-fire", "sotk-am-fire"),
    ("sotk-az-losses", "sotk-am-wounded"),
    ("lachin-az-drone", "lachin-am-denial"),
    ("lachin-az-drone", "lachin-am-drone"),
    ("tavush-am-shelling", "tavush-az-denial"),
    ("tavush-am-shelling", "tavush-az-shelling"),
    ("kalbajar-az-advance", "kalbajar-am-advance"),
]


def load() -> dict[str, Claim]:
    """Write the set into the database through the services; returns the claims by key."""
    speakers = {
        key: source_create(name=name, kind=kind, country=country)
        for key, (name, kind, country) in SPEAKERS.items()
    }
    incidents = {
        key: incident_create(title=title, starts_on=day) for key, (title, day) in INCIDENTS.items()
    }
    claims = {}
    for report in REPORTS:
        document = document_create(
            title=report.key, publisher=speakers[report.publisher], text=report.text
        )
        for key, speaker, phrase in report.claims:
            start = report.text.index(phrase)
            claims[key] = claim_create(
                document=document,
                start=start,
                end=start + len(phrase),
                quote=phrase,
                speaker=speakers[speaker],
                summary=phrase,
                incident=incidents[report.incident],
                stated_on=INCIDENTS[report.incident][1],
            )
    return claims


@dataclass(frozen=True)
class Recall:
    k: int
    found: int
    expected: int
    # How many candidates each claim of a true pair had to choose from, on average.
    mean_candidates: float

    @property
    def value(self) -> float:
        return self.found / self.expected


def recall_at(k: int = 5) -> Recall:
    """For each claim of each true pair, whether its partner is among its first ``k``
    candidates. The set is loaded in a transaction that is rolled back."""
    with transaction.atomic():
        claims = load()
        expected = found = pool = 0
        for first, second in CONTRADICTIONS:
            for claim, partner in (
                (claims[first], claims[second]),
                (claims[second], claims[first]),
            ):
                ranked = contradiction_candidates(claim, limit=1_000)
                expected += 1
                pool += len(ranked)
                found += any(candidate.claim.pk == partner.pk for candidate in ranked[:k])
        transaction.set_rollback(True)
    return Recall(k, found, expected, pool / expected)
