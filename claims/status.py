"""Where a claim stands. The transitions between these states are the verification desk's
(``verification.workflow``); this layer only stores the state and reads it."""

from django.db import models


class Status(models.TextChoices):
    SUGGESTED = "suggested", "Suggested"
    NEW = "new", "New"
    IN_REVIEW = "in_review", "In review"
    AWAITING_APPROVAL = "awaiting_approval", "Awaiting approval"
    PUBLISHED = "published", "Published"
    NOT_CHECKABLE = "not_checkable", "Not checkable"
    DISMISSED = "dismissed", "Dismissed"
