from django import template

from claims import selectors
from claims.roles import is_desk_member

register = template.Library()


@register.inclusion_tag("admin/claims/verificationtask/queue_table.html", takes_context=True)
def my_queue(context):
    """The signed-in person's open tasks, for the admin's landing page."""
    user = context["request"].user
    tasks = list(selectors.task_queue_for_user(user=user))
    for task in tasks:
        task.overdue = selectors.task_is_overdue(task)
    return {
        "tasks": tasks,
        "can_take": is_desk_member(user),
        "request": context["request"],
        "csrf_token": context.get("csrf_token"),
    }
