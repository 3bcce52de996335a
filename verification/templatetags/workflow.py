from django import template
from django.urls import reverse
from django.utils.dateformat import format as format_date
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from verification import selectors
from verification.workflow import transition_label

register = template.Library()

OVERDUE_FLAG = mark_safe(' <strong class="parallax-overdue-flag">overdue</strong>')


@register.inclusion_tag("admin/verification/verificationtask/desk_queue.html", takes_context=True)
def my_queue(context):
    """What waits for the signed-in person, for the admin's landing page: their open tasks, the
    proposals awaiting their approval (editors), their ratings sent back to them."""
    return {
        "queue": selectors.desk_queue(user=context["request"].user),
        "request": context["request"],
        "csrf_token": context.get("csrf_token"),
    }


register.filter("step_label", transition_label)


@register.filter
def queue_rows(tasks):
    """The queue's table rows, built in one pass.

    "My queue" is the page reviewers open most; as a template loop its rows took half the
    page's server time. Every value is escaped by format_html_join.
    """
    return format_html_join("", "{}", ((_queue_row(task),) for task in tasks))


def _queue_row(task):
    overdue = selectors.task_is_overdue(task)
    due = "—"
    if task.due_on:
        due = format_html(
            "{}{}",
            format_date(task.due_on, "j M Y"),
            OVERDUE_FLAG if overdue else "",
        )
    if task.claim_id is not None:
        claim = task.claim
        url = reverse("admin:claims_claim_change", args=[task.claim_id])
        subject = f"#{task.claim_id} {Truncator(claim.summary).chars(120)}"
        speaker, status = str(claim.speaker), claim.get_status_display()
    else:
        url = reverse("admin:claims_claimpair_change", args=[task.pair_id])
        subject, speaker, status = f"Pair #{task.pair_id}", "—", "—"
    return format_html(
        '<tr class="{}"><td>{}</td><td>{}</td><td><a href="{}">{}</a></td>'
        "<td>{}</td><td>{}</td></tr>",
        "parallax-overdue" if overdue else "",
        due,
        task.get_priority_display(),
        url,
        subject,
        speaker,
        status,
    )
