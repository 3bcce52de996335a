"""Writes to incidents, claims, their relay chains and pairs. A claim's status is the
verification desk's to change (``verification.services.claim_transition``)."""

from collections.abc import Sequence
from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from desk.exceptions import Conflict
from desk.roles import require_editor
from desk.services import model_delete_or_retire, model_update
from sources.models import Document, Source, SourceProposal
from sources.selectors import source_named
from sources.services import source_proposal_record

from . import access
from .accounts.services import account_suggest
from .models import Attribution, Claim, ClaimPair, HeldClaim, Incident
from .status import Status


def incident_create(
    *,
    title: str,
    starts_on: date,
    ends_on: date | None = None,
    place: str = "",
    description: str = "",
) -> Incident:
    incident = Incident(
        title=title.strip(),
        starts_on=starts_on,
        ends_on=ends_on,
        place=place,
        description=description,
    )
    incident.full_clean()
    incident.save()
    return incident


INCIDENT_EDITABLE_FIELDS = frozenset({"title", "starts_on", "ends_on", "place", "description"})
CLAIM_EDITABLE_FIELDS = frozenset({"summary", "incident", "stated_on"})
PAIR_EDITABLE_FIELDS = frozenset({"relation", "rationale", "axes"})


def incident_update(*, incident: Incident, **fields) -> Incident:
    model_update(instance=incident, fields=fields, editable=INCIDENT_EDITABLE_FIELDS)
    return incident


# What a published verdict froze of its claim: edits wait until the claim is reopened.
CLAIM_PUBLIC_FIELDS = frozenset({"summary", "incident", "stated_on"})


def claim_public_fields_frozen(claim: Claim) -> bool:
    """Whether the claim's public fields are those its published verdict froze: while it is
    published they wait for a reopen, so that a change shows only with the correction."""
    return claim.status == Status.PUBLISHED


def _refuse_while_published(claim: Claim, field: str) -> None:
    """A published claim's public wording and references are what its verdict reviewed; they
    change with a reopen, so that the change is published as a correction."""
    if claim_public_fields_frozen(claim):
        raise ValidationError(
            {
                field: "This claim's verdict is published, and it shows this as it was "
                "reviewed. Reopen the claim to change it: the change is published with the "
                "correction."
            }
        )


@transaction.atomic
def claim_update(*, claim: Claim, **fields) -> Claim:
    """Edit what describes a claim. Its span, speaker and status have their own paths; while
    its verdict is published, its public fields (``CLAIM_PUBLIC_FIELDS``) are refused."""
    if "summary" in fields:
        fields["summary"] = " ".join(fields["summary"].split())
    locked = Claim.objects.select_for_update().get(pk=claim.pk)
    for name in sorted(CLAIM_PUBLIC_FIELDS & set(fields)):
        current = getattr(locked, name + "_id" if name == "incident" else name)
        wanted = fields[name].pk if name == "incident" and fields[name] else fields[name]
        if wanted != current:
            _refuse_while_published(locked, name)
    model_update(instance=claim, fields=fields, editable=CLAIM_EDITABLE_FIELDS)
    if {"summary", "stated_on"} & set(fields):
        # A reviewed account stays as the reviewer left it.
        account_suggest(claim=claim)
    return claim


def pair_axes(axes) -> list[str]:
    """The axes, each once, in the taxonomy's order; an unknown one is refused."""
    if unknown := set(axes) - set(ClaimPair.Axis.values):
        raise ValidationError(
            {
                "axes": f"Unknown axis {', '.join(sorted(unknown))}; choose from "
                f"{', '.join(ClaimPair.Axis.values)}."
            }
        )
    return [axis for axis in ClaimPair.Axis.values if axis in set(axes)]


def claim_pair_update(*, pair: ClaimPair, **fields) -> ClaimPair:
    if "axes" in fields:
        fields["axes"] = pair_axes(fields["axes"])
    if "rationale" in fields:
        fields["rationale"] = fields["rationale"].strip()
    model_update(instance=pair, fields=fields, editable=PAIR_EDITABLE_FIELDS)
    return pair


@transaction.atomic
def claim_create(
    *,
    document: Document,
    start: int,
    end: int,
    speaker: Source,
    summary: str,
    quote: str | None = None,
    relay_chain: Sequence[Source] = (),
    incident: Incident | None = None,
    stated_on: date | None = None,
    status: str = Status.NEW,
    created_by: AbstractBaseUser | None = None,
) -> Claim:
    """Create a claim on a span of a document.

    ``quote``, when given, must equal the text at ``start:end``; when left out it is taken from
    the text. ``relay_chain`` lists the sources the statement passed through after its speaker,
    closest to the speaker first (e.g. RIA, then AFP).
    """
    if status not in (Status.NEW, Status.SUGGESTED):
        raise ValidationError("A claim starts as new or suggested; its workflow moves it on.")
    # Lock the document so that its text cannot change between this check and the insert.
    document = Document.objects.select_for_update().get(pk=document.pk)
    claim = Claim(
        document=document,
        start=start,
        end=end,
        quote="" if quote is None else quote,
        speaker=speaker,
        summary=" ".join(summary.split()),
        incident=incident,
        stated_on=stated_on,
        status=status,
        created_by=created_by,
    )
    if quote == "":
        raise ValidationError({"quote": "The quote cannot be empty."})
    claim.full_clean()
    claim.save()
    claim_set_relay_chain(claim=claim, relay_chain=relay_chain)
    account_suggest(claim=claim)
    return claim


@transaction.atomic
def claim_hold(
    *,
    speaker_name: str,
    document: Document,
    start: int,
    end: int,
    summary: str,
    quote: str | None = None,
    relay_chain: Sequence[Source] = (),
    incident: Incident | None = None,
    stated_on: date | None = None,
    created_by: AbstractBaseUser | None = None,
) -> HeldClaim:
    """Mark a claim whose speaker the desk does not know yet: ``speaker_name`` is proposed as a
    new source for an editor to confirm, and the claim waits on it (``claims_made_for``).

    Checked as a claim is (the span against the text, the summary, the relay chain), so that
    what waits can be made as it is. A name the desk knows, or one an editor rejected, is
    refused: the reviewer then chooses the speaker from the sources.
    """
    name = " ".join(speaker_name.split())[:200]
    if not name:
        raise ValidationError({"speaker_name": "Name the speaker."})
    known = source_named(name)
    if known is not None:
        raise ValidationError(
            {"speaker_name": f"The desk knows “{name}” as {known}: choose it from the sources."}
        )
    document = Document.objects.select_for_update().get(pk=document.pk)
    held = HeldClaim(
        document=document,
        start=start,
        end=end,
        quote="" if quote is None else quote,
        summary=" ".join(summary.split()),
        relay_chain=[source.pk for source in relay_chain],
        incident=incident,
        stated_on=stated_on,
        created_by=created_by,
    )
    if quote == "":
        raise ValidationError({"quote": "The quote cannot be empty."})
    if len(set(held.relay_chain)) != len(held.relay_chain):
        raise ValidationError({"relay_chain": "A source appears twice in the relay chain."})
    held.full_clean(exclude=["proposal"])
    proposal = source_proposal_record(name=name, document=document)
    # Locked as a confirmation locks it: a confirmation either committed before, and the state
    # says so here, or waits for this claim and then makes it.
    proposal = SourceProposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.state != SourceProposal.State.PENDING:
        raise ValidationError(
            {
                "speaker_name": f"An editor already decided on “{proposal.name}” "
                f"({proposal.get_state_display().lower()}): choose the speaker from the sources."
            }
        )
    held.proposal = proposal
    held.validate_constraints()  # the same claim held twice (the document lock queues both)
    held.save()
    return held


def claims_made_for(*, proposal: SourceProposal) -> list[Claim]:
    """Make the claims that waited on ``proposal``, now that it is confirmed as a source.

    A claim that cannot be made as it was marked (the text changed meanwhile, or the same
    speaker already has a claim on that span) keeps waiting, for a reviewer to see.
    """
    made = []
    for held in proposal.held_claims.select_related("document", "created_by").order_by("id"):
        relays = Source.objects.in_bulk(held.relay_chain)
        try:
            with transaction.atomic():
                claim = claim_create(
                    document=held.document,
                    start=held.start,
                    end=held.end,
                    quote=held.quote,
                    speaker=proposal.source,
                    summary=held.summary,
                    relay_chain=[relays[pk] for pk in held.relay_chain if pk in relays],
                    incident=held.incident,
                    stated_on=held.stated_on,
                    created_by=held.created_by,
                )
                held.delete()
        except (ValidationError, IntegrityError):
            continue
        made.append(claim)
    return made


@transaction.atomic
def claim_suggestion_correct(
    *,
    claim: Claim,
    actor: AbstractBaseUser,
    start: int,
    end: int,
    speaker: Source,
    quote: str | None = None,
    relay_chain: Sequence[Source] = (),
    **fields,
) -> Claim:
    """Correct what extraction suggested before it is accepted: its span, its speaker and relay
    chain, and any of ``CLAIM_EDITABLE_FIELDS``. Once a claim is accepted its span and speaker
    are fixed (its history, pairs and verdicts refer to them), so only a suggestion is changed;
    anything else is a Conflict."""
    # The document first, as claim_create locks it: two claims onto one span queue here, and
    # the second is told by the uniqueness check instead of failing in the database.
    Document.objects.select_for_update().only("pk").get(pk=claim.document_id)
    locked = Claim.objects.select_for_update().select_related("document").get(pk=claim.pk)
    if locked.status != Status.SUGGESTED:
        raise Conflict(
            f"Claim #{locked.pk} is {locked.get_status_display().lower()}, no longer a "
            "suggestion: its span and speaker can only be corrected before it is accepted."
        )
    if quote == "":
        raise ValidationError({"quote": "The quote cannot be empty."})
    if locked.corrected_reading is None and locked.created_by_id is None:
        # What extraction read, so that running it again does not offer that reading anew.
        locked.corrected_reading = {
            "start": locked.start,
            "end": locked.end,
            "speaker": locked.speaker_id,
        }
    locked.start, locked.end, locked.speaker = start, end, speaker
    # Corrected by a person: extraction no longer withdraws it as its own untouched suggestion.
    locked.created_by = actor
    # A page that showed the suggestion before the correction cannot accept it unseen.
    locked.workflow_version += 1
    locked.quote = "" if quote is None else quote  # left out: taken from the text
    if "summary" in fields:
        fields["summary"] = " ".join(fields["summary"].split())
    for name, value in fields.items():
        if name not in CLAIM_EDITABLE_FIELDS:
            raise ValidationError({name: "This field cannot be corrected here."})
        setattr(locked, name, value)
    locked.full_clean()
    locked.save()
    claim_set_relay_chain(claim=locked, relay_chain=relay_chain)
    account_suggest(claim=locked)
    return locked


@transaction.atomic
def claim_set_relay_chain(*, claim: Claim, relay_chain: Sequence[Source]) -> list[Attribution]:
    """Replace the claim's relay chain with ``relay_chain``, closest to the speaker first."""
    ids = [source.pk for source in relay_chain]
    locked = Claim.objects.select_for_update().get(pk=claim.pk)
    current = list(locked.attributions.order_by("position").values_list("source_id", flat=True))
    if ids != current:
        _refuse_while_published(locked, "relay_chain")
    if claim.speaker_id in ids:
        raise ValidationError(
            {"relay_chain": "The speaker is the start of the chain; list only who relayed it."}
        )
    if len(set(ids)) != len(ids):
        raise ValidationError({"relay_chain": "A source appears twice in the relay chain."})
    claim.attributions.all().delete()
    return Attribution.objects.bulk_create(
        Attribution(claim=claim, source=source, position=position)
        for position, source in enumerate(relay_chain, start=1)
    )


def claim_pair_create(
    *,
    claim_a: Claim,
    claim_b: Claim,
    relation: str,
    rationale: str = "",
    axes: Sequence[str] = (),
    created_by: AbstractBaseUser | None = None,
) -> ClaimPair:
    """Link two claims. The couple is stored once, in id order, whichever way it is given;
    ``axes`` names where two contradicting accounts conflict (``ClaimPair.Axis``)."""
    if claim_a.pk == claim_b.pk:
        raise ValidationError("A claim cannot be paired with itself.")
    if relation not in ClaimPair.Relation.values:
        raise ValidationError(
            {"relation": f"Choose one of: {', '.join(ClaimPair.Relation.values)}."}
        )
    axes = pair_axes(axes)
    if axes and relation != ClaimPair.Relation.CONTRADICTS:
        raise ValidationError({"axes": "Only a contradiction has axes of conflict."})
    first, second = sorted((claim_a, claim_b), key=lambda claim: claim.pk)
    existing = ClaimPair.objects.filter(claim_a=first, claim_b=second).first()
    if existing is not None:
        raise ValidationError(_duplicate_pair_message(existing))
    pair = ClaimPair(
        claim_a=first,
        claim_b=second,
        relation=relation,
        rationale=rationale.strip(),
        axes=axes,
        created_by=created_by,
    )
    try:
        with transaction.atomic():
            pair.save()
    except IntegrityError:
        # Someone linked the same couple between our check and our insert.
        existing = ClaimPair.objects.get(claim_a=first, claim_b=second)
        raise ValidationError(_duplicate_pair_message(existing)) from None
    return pair


def _duplicate_pair_message(pair: ClaimPair) -> str:
    return (
        f"Claims #{pair.claim_a_id} and #{pair.claim_b_id} are already paired "
        f"(they {pair.get_relation_display().lower()}, pair #{pair.pk})."
    )


@transaction.atomic
def incident_delete(*, incident: Incident, actor: AbstractBaseUser) -> None:
    """Delete an incident (editors); its claims stay, without an incident."""
    require_editor(actor, "Only editors delete incidents.")
    incident.delete()


def claim_delete(*, claim: Claim, actor: AbstractBaseUser) -> bool:
    """Delete a claim (editors), or retire it once it has a status history or a verdict, which
    outlive it. True when it was deleted."""
    if not access.may_delete(actor):
        raise PermissionDenied("Only editors delete claims.")
    return model_delete_or_retire(instance=claim)


@transaction.atomic
def claim_pair_delete(*, pair: ClaimPair, actor: AbstractBaseUser) -> None:
    """Unpair two claims (editors)."""
    require_editor(actor, "Only editors unpair claims.")
    pair.delete()
