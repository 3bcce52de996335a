"""The synthetic desk's people, sources, incidents and teams, written once before its documents."""

from dataclasses import dataclass
from datetime import timedelta
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from claims.models import Incident
from desk.roles import EDITORS, REVIEWERS
from sources.models import Source, SourceAlias, alias_key
from verification.models import Rating, Team

from .synthetic_words import PLACES, SIDES


@dataclass(frozen=True)
class References:
    """Ids of the rows every chunk of documents points at."""

    sources: list[int]
    source_by_id: dict[int, SimpleNamespace]
    rating_by_id: dict[int, Rating]
    scale: tuple[int | None, int | None]
    agencies: list[int]
    incidents: list[dict]
    labels: list[int]
    ratings: list[int]
    teams: list[int]
    reviewers: list[int]
    editors: list[int]


def _as_source(row: dict) -> SimpleNamespace:
    """A source row read as ``snapshot_of`` reads a Source."""
    return SimpleNamespace(
        pk=row["id"], name=row["name"], kind=row["kind"], country=row["country"], url=""
    )


def _people(desk, writer, claims):
    User = get_user_model()
    count = claims // 5_000 + 10
    password = make_password(None)
    users = [
        {
            "id": desk.new_id(User),
            "username": f"synthetic-{desk.ids[User]}-{i}",
            "password": password,
            "is_staff": True,
            "is_active": True,
            "date_joined": desk.moment(),
            "email": "",
        }
        for i in range(count)
    ]
    writer.write(User, users)
    editors, reviewers = users[: max(2, count // 5)], users[max(2, count // 5) :]
    Membership = User.groups.through
    groups = dict(Group.objects.filter(name__in=[EDITORS, REVIEWERS]).values_list("name", "id"))
    writer.write(
        Membership,
        [{"user_id": u["id"], "group_id": groups[EDITORS]} for u in editors]
        + [{"user_id": u["id"], "group_id": groups[REVIEWERS]} for u in reviewers],
    )
    return {"editors": [u["id"] for u in editors], "reviewers": [u["id"] for u in reviewers]}


def _sources(desk, writer, claims):
    rng, kinds = desk.rng, [k for k, _ in Source.Kind.choices]
    countries = ["AZ", "AM", "RU", "FR", "TR", "US", "GE", "IR", ""]
    sources, aliases = [], []
    for i in range(claims // 2_000 + 50):
        source_id = desk.new_id(Source)
        parent = rng.choice(sources)["id"] if sources and rng.random() < 0.2 else None
        body = rng.choice(["ministry", "agency", "outlet", "office"])
        name = f"{rng.choice(SIDES)} {body} {source_id}"
        sources.append(
            {
                "id": source_id,
                "name": name,
                "short_name": f"S{source_id}",
                "kind": kinds[i % len(kinds)],
                "country": rng.choice(countries),
                "state_affiliated": rng.random() < 0.4,
                "parent_id": parent,
                "created_at": desk.moment(),
                "updated_at": desk.now,
            }
        )
        for k in range(rng.randint(1, 3)):
            alias = f"{name} alias {k}"
            aliases.append(
                {
                    "id": desk.new_id(SourceAlias),
                    "source_id": source_id,
                    "alias": alias,
                    "key": alias_key(alias),
                }
            )
    writer.write(Source, sources)
    writer.write(SourceAlias, aliases)
    return sources


def _incidents(desk, writer, claims):
    incidents = []
    for _ in range(max(1, claims // 200)):
        starts = desk.today - timedelta(days=desk.rng.randrange(1000))
        incidents.append(
            {
                "id": desk.new_id(Incident),
                "title": f"Clash near {desk.rng.choice(PLACES)}",
                "starts_on": starts,
                "ends_on": starts + timedelta(days=desk.rng.randrange(3)),
                "place": desk.rng.choice(PLACES),
                "created_at": desk.moment(),
            }
        )
    writer.write(Incident, incidents)
    return incidents


def _teams(desk, writer, people):
    teams = [
        {"id": desk.new_id(Team), "name": f"Synthetic desk {desk.ids[Team]}"} for _ in range(4)
    ]
    writer.write(Team, teams)
    Members = Team.members.through
    writer.write(
        Members,
        [
            {"team_id": teams[i % len(teams)]["id"], "user_id": user_id}
            for i, user_id in enumerate(people["reviewers"])
        ],
    )
    return [team["id"] for team in teams]
