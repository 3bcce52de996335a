"""Writes of the publishing side that are not webhooks' (``publishing.webhooks``): API tokens,
and reviews by other fact-checkers imported from their ClaimReview."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from knox.models import AuthToken

from claims.models import Claim
from desk.roles import is_desk_member, is_editor
from desk.text import whole_number

from .claimreview_reading import ReadReview, Refusal
from .models import ExternalReview
from .selectors import claimreview_read, external_reviews_there


def api_token_issue(*, user: AbstractBaseUser, days: int | None) -> tuple[AuthToken, str]:
    """A new API token for ``user``, valid ``days`` (None: until revoked).

    Returns the token and its key. Only a digest of the key is stored, so this is the one time
    the key can be shown.
    """
    if not user.is_active:
        raise ValidationError({"user": f"{user} is inactive: activate the account first."})
    if days is not None and days < 1:
        raise ValidationError({"days": "A token lasts at least one day."})
    return AuthToken.objects.create(user=user, expiry=timedelta(days=days) if days else None)


def api_token_revoke(*, token: AuthToken, actor: AbstractBaseUser) -> None:
    """Revoke an API token: its holder's or an editor's call."""
    if token.user_id != actor.pk and not is_editor(actor):
        raise PermissionDenied("Only editors revoke others' API tokens.")
    token.delete()


# --- Reviews by other fact-checkers ---------------------------------------------------------


@dataclass(frozen=True)
class ClaimReviewImport:
    """What an import did (or, with ``written`` False, refused to do: nothing was written).

    ``created`` and ``already_there`` pair each review with its position in the file;
    ``refused`` says why each bad item was not taken; ``passed_over`` lists the nodes of a
    ``@graph`` that are not ClaimReviews, with their types."""

    created: list[tuple[int, ExternalReview]] = field(default_factory=list)
    already_there: list[tuple[int, ExternalReview]] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    passed_over: list[tuple[int, str]] = field(default_factory=list)
    written: bool = True


def claimreview_import(
    *,
    data: object,
    actor: AbstractBaseUser | None,
    claims: Iterable[int] = (),
    skip_bad: bool = False,
) -> ClaimReviewImport:
    """Keep the ClaimReviews of ``data`` (parsed JSON: one, a list, a ``@graph``) as reviews by
    other fact-checkers, each linked to the claims numbered ``claims``.

    A review the desk already has (the same url and author name) is not made again; it is
    linked to ``claims`` too. When any item is refused nothing is written, unless
    ``skip_bad``: then the others are. Reviewers and editors import; ``actor`` None is the
    command line (whoever may run ``manage.py``), recorded as nobody.
    """
    if actor is not None and not is_desk_member(actor):
        raise PermissionDenied("Only reviewers and editors import reviews by other fact-checkers.")
    linked = _claims_numbered(claims)
    reading = claimreview_read(data)
    written = skip_bad or not reading.refused
    report = ClaimReviewImport(
        refused=reading.refused, passed_over=reading.passed_over, written=written
    )
    if not written:
        return report
    with transaction.atomic():
        there = external_reviews_there(reading.reviews)
        for review in reading.reviews:
            existing = there.get(review.key)
            if existing is None:
                existing, made = _external_review_create(review, actor)
                there[review.key] = existing
                (report.created if made else report.already_there).append(
                    (review.position, existing)
                )
            else:
                report.already_there.append((review.position, existing))
        links = ExternalReview.claims.through
        # A link already there is left as it is (also one an import at the same moment made).
        links.objects.bulk_create(
            [
                links(externalreview_id=review.pk, claim_id=claim.pk)
                for review in there.values()
                for claim in linked
            ],
            ignore_conflicts=True,
        )
    return report


def _claims_numbered(ids: Iterable[object]) -> list[Claim]:
    """The claims numbered ``ids``; an id that is not a claim's is a ValidationError naming it."""
    wanted, bad = [], []
    for value in ids:
        number = _claim_number(value)
        (bad if number is None else wanted).append(value if number is None else number)
    found = {claim.pk: claim for claim in Claim.objects.filter(pk__in=wanted)}
    bad += [number for number in wanted if number not in found]
    if bad:
        listed = ", ".join(str(value)[:20] for value in dict.fromkeys(map(str, bad)))
        raise ValidationError({"claims": f"No claim has the id {listed}."})
    return list(found.values())


def _claim_number(value: object) -> int | None:
    if isinstance(value, Claim):
        return value.pk
    if isinstance(value, str):
        value = whole_number(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**63:
        return None
    return value


def _external_review_create(
    review: ReadReview, actor: AbstractBaseUser | None
) -> tuple[ExternalReview, bool]:
    """The review made now, or the one an import at the same moment made first."""
    try:
        with transaction.atomic():
            return (
                ExternalReview.objects.create(
                    url=review.url,
                    author_name=review.author_name,
                    author_url=review.author_url,
                    claim_reviewed=review.claim_reviewed,
                    rating_text=review.rating_text,
                    rating_value=review.rating_value,
                    best_rating=review.best_rating,
                    worst_rating=review.worst_rating,
                    date_published=review.date_published,
                    item_author_name=review.item_author_name,
                    item_date_published=review.item_date_published,
                    appearance_url=review.appearance_url,
                    raw=review.raw,
                    imported_by=actor,
                ),
                True,
            )
    except IntegrityError:
        return ExternalReview.objects.get(url=review.url, author_name=review.author_name), False


@transaction.atomic
def external_review_link(
    *, review: ExternalReview, claims: Iterable[int], actor: AbstractBaseUser
) -> ExternalReview:
    """Make ``claims`` (ids) the claims ``review`` concerns: a reviewer's or an editor's call."""
    if not is_desk_member(actor):
        raise PermissionDenied("Only reviewers and editors link reviews to claims.")
    review.claims.set(_claims_numbered(claims))
    return review


def external_review_delete(*, review: ExternalReview, actor: AbstractBaseUser) -> None:
    """Remove an imported review (a file imported by mistake): editors only."""
    if not is_editor(actor):
        raise PermissionDenied("Only editors remove imported reviews.")
    review.delete()
