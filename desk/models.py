from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class OutboxMessage(models.Model):
    """A task a change asked for, written in the change's own transaction (the outbox).

    It is handed to the broker once that transaction commits, and again by a periodic sweep
    while it is still pending: a broker that is down delays the task, never loses it, and never
    fails the request that asked for it.
    """

    class State(models.TextChoices):
        PENDING = "pending", "Pending"
        SENT = "sent", "Sent"

    task = models.CharField(max_length=200, help_text="The Celery task's name.")
    args = models.JSONField(default=list, blank=True, help_text="Its arguments: ids, not rows.")
    state = models.CharField(max_length=16, choices=State.choices, default=State.PENDING)
    available_at = models.DateTimeField(
        default=timezone.now, help_text="Not sent before this moment (a retry's backoff)."
    )
    attempts = models.PositiveIntegerField(
        default=0, help_text="Failed tries to hand it over (or, without a broker, to run it)."
    )
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "queued task"
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=["pending", "sent"]), name="outboxmessage_state_valid"
            ),
        ]
        indexes = [
            # The sweep: pending messages that are due, oldest first.
            models.Index(
                fields=["available_at", "id"],
                condition=Q(state="pending"),
                name="outbox_pending_due_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.task}({', '.join(map(str, self.args))})"


class Authored(models.Model):
    """Who made a row and when, and when it last changed: the stamps the desk's records share."""

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
