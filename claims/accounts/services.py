"""Writes to the gazetteer and to claims' structured accounts."""

import re
import tomllib
from functools import cache
from pathlib import Path

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from desk.roles import is_desk_member
from sources.models import Source
from sources.text import fold

from ..models import Claim
from .gazetteer import LANGUAGES, places_in, read_places
from .models import Act, Casualties, ClaimAccount, Place, PlaceName
from .reading import Reading, cues, read_account

ACCOUNT_FIELDS = frozenset(
    {"act", "initiator", "target", "place", "occurred_on", "time_of_day", "weapons"}
)


def side_of(source: Source | None) -> str:
    """The country a source speaks for: its own, or the nearest parent's; failing both, the
    party its name says it speaks for (``parties.toml``: the Karabakh Armenian authorities,
    with no country of their own, speak for the Armenian side)."""
    seen, names = set(), []
    while source is not None and source.pk not in seen:
        if source.country:
            return source.country
        seen.add(source.pk)
        names.append(source.name)
        source = source.parent
    for name in names:
        for side, pattern in _parties():
            if pattern.search(fold(name)):
                return side
    return ""


@cache
def _parties() -> tuple[tuple[str, re.Pattern], ...]:
    data = tomllib.loads((Path(__file__).resolve().parent / "parties.toml").read_text("utf-8"))
    return tuple((side, cues(words)) for side, words in data.items())


@transaction.atomic
def places_load() -> tuple[int, int]:
    """Load the gazetteer file: places added or updated by key, their names added; returns
    (places new, names new). Running it again adds nothing."""
    rows = read_places()
    created_places = created_names = 0
    places = {}
    for row in rows:
        place, created = Place.objects.update_or_create(
            key=row["key"],
            defaults={
                "name": (row.get("en") or [row["key"]])[0],
                "kind": row["kind"],
                "administered_by": row.get("administered_by", ""),
                "note": row.get("note", ""),
            },
        )
        place.full_clean()
        places[row["key"]] = place
        created_places += created
        for language in LANGUAGES:
            for name in row.get(language, []):
                _, made = PlaceName.objects.get_or_create(place=place, language=language, name=name)
                created_names += made
    for row in rows:
        within = places.get(row.get("within", ""))
        if within is not None and places[row["key"]].within_id != within.pk:
            places[row["key"]].within = within
            places[row["key"]].save(update_fields=["within"])
    return created_places, created_names


def account_suggest(*, claim) -> ClaimAccount | None:
    """Read the claim's account from its quote (in its document's language) and its summary
    (the desk's English), and store it as a suggestion; a reviewed account is left as it is.
    None when neither is in a language with cues."""
    side = side_of(claim.speaker)
    language = claim.document.language
    reading = read_account(
        claim.quote,
        language,
        speaker_side=side,
        places=lambda text: places_in(text, language),
    )
    summary = read_account(
        claim.summary, "en", speaker_side=side, places=lambda text: places_in(text, "en")
    )
    reading = _merged(reading, summary)
    if reading is None:
        return None
    with transaction.atomic():
        # The claim's row is the lock: a review of an account not yet made waits for it too.
        _lock(claim)
        account = ClaimAccount.objects.filter(claim=claim).first()
        if account is not None and account.is_reviewed:
            return account
        account = account or ClaimAccount(claim=claim)
        account.act = reading.act
        account.initiator = reading.initiator
        account.target = reading.target
        account.place_id = reading.place_id
        # When it happened is for a reviewer to say: the claim's date is when it was made.
        account.time_of_day = reading.time_of_day[:40]
        account.weapons = ", ".join(reading.weapons)[:300]
        account.save()
        account.casualties.all().delete()
        Casualties.objects.bulk_create(
            Casualties(
                account=account,
                side=casualty_side,
                kind=kind,
                low=count,
                best=count,
                high=count,
                civilians=civilians,
            )
            for casualty_side, kind, count, civilians in reading.casualties
        )
    return account


def _lock(claim) -> None:
    """Lock the claim's row until the transaction ends."""
    list(Claim.objects.select_for_update().filter(pk=claim.pk).values_list("pk", flat=True))


def _merged(first: Reading | None, second: Reading | None) -> Reading | None:
    """The quote's reading, with what it lacks taken from the summary's."""
    if first is None or second is None:
        return first or second
    for name in ("act", "initiator", "target", "place_id", "time_of_day"):
        if not getattr(first, name):
            setattr(first, name, getattr(second, name))
    if first.act == second.act and not (first.initiator and first.target):
        first.initiator = first.initiator or second.initiator
        first.target = first.target or second.target
    first.weapons = first.weapons or second.weapons
    first.casualties = first.casualties or second.casualties
    return first


@transaction.atomic
def account_delete(*, account: ClaimAccount, actor: AbstractBaseUser) -> None:
    """Forget a claim's account (reviewers and editors); the rules read it again when the
    claim is next edited or by ``manage.py suggest_accounts``. Deleting a claim takes its
    account along."""
    if not is_desk_member(actor):
        raise PermissionDenied("Only reviewers and editors change a claim's account.")
    account.delete()


def account_update(*, account: ClaimAccount, actor: AbstractBaseUser, **fields) -> ClaimAccount:
    """``account_review`` for an account at hand (the admin's form)."""
    return account_review(claim=account.claim, actor=actor, **fields)


@transaction.atomic
def account_review(*, claim, actor: AbstractBaseUser, casualties=None, **fields) -> ClaimAccount:
    """A reviewer's account of the claim: the fields given replace the suggestion's, and the
    account is marked reviewed (suggestions no longer change it). ``casualties`` is a list of
    (side, kind, low, best, high, civilians) replacing the claim's counts."""
    if not is_desk_member(actor):
        raise PermissionDenied("Only reviewers and editors change a claim's account.")
    if "place" in fields and not isinstance(fields["place"], Place | None):
        raise ValidationError({"place": "Choose a place of the gazetteer."})
    if casualties is not None:
        kinds = [(side, kind, civilians) for side, kind, *_, civilians in casualties]
        if len(set(kinds)) != len(kinds):
            raise ValidationError(
                {"casualties": "Give each side's killed, wounded or captured once."}
            )
    if unknown := set(fields) - ACCOUNT_FIELDS:
        raise ValidationError(f"Unknown field(s): {', '.join(sorted(unknown))}.")
    if "act" in fields and fields["act"] not in ("", *Act.values):
        raise ValidationError({"act": f"Choose one of: {', '.join(Act.values)}."})
    # The claim's row is the lock, as for a suggestion: neither overwrites the other.
    _lock(claim)
    account, _ = ClaimAccount.objects.get_or_create(claim=claim)
    for name, value in fields.items():
        setattr(account, name, value)
    account.reviewed_by = actor
    account.reviewed_at = timezone.now()
    account.full_clean()
    account.save()
    if casualties is not None:
        account.casualties.all().delete()
        rows = [
            Casualties(
                account=account,
                side=side,
                kind=kind,
                low=low,
                best=best,
                high=high,
                civilians=civilians,
            )
            for side, kind, low, best, high, civilians in casualties
        ]
        for row in rows:
            row.full_clean(exclude=["account"])
        Casualties.objects.bulk_create(rows)
    return account
