"""Webhook deliveries for each verdict the desk publishes or corrects."""

from django.dispatch import receiver

from verification.signals import verdict_corrected, verdict_published

from .webhooks import webhook_deliveries_create


@receiver(verdict_published, dispatch_uid="publishing-webhooks-published")
@receiver(verdict_corrected, dispatch_uid="publishing-webhooks-corrected")
def queue_webhook_deliveries(sender, verdict, **kwargs):
    webhook_deliveries_create(verdict=verdict)
