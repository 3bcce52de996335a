"""Read admin pages the way a browser would: the values a form would post, and its errors."""

from html.parser import HTMLParser

from django.contrib.auth.models import Permission


class _FormReader(HTMLParser):
    def __init__(self, form_id: str):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.data: dict[str, list[str]] = {}
        self._textarea: str | None = None
        self._select: str | None = None
        self._option: tuple[str, bool] | None = None
        self._selected: list[str] = []
        self._first_option: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == self.form_id:
            self.inside = True
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "image", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.data.setdefault(name, []).append(
                attrs.get("value", "on" if kind == "checkbox" else "")
            )
        elif tag == "textarea" and name:
            self._textarea = name
            self.data.setdefault(name, []).append("")
        elif tag == "select" and name:
            self._select, self._selected, self._first_option = name, [], None
            self._multiple = "multiple" in attrs
        elif tag == "option" and self._select:
            value = attrs.get("value", "")
            if self._first_option is None:
                self._first_option = value
            if "selected" in attrs:
                self._selected.append(value)

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside = False
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select" and self._select:
            chosen = self._selected or (
                [] if self._multiple or self._first_option is None else [self._first_option]
            )
            self.data.setdefault(self._select, []).extend(chosen)
            self._select = None

    def handle_data(self, data):
        if self.inside and self._textarea:
            self.data[self._textarea][-1] += data


def form_values(response, form_id: str) -> dict[str, str | list[str]]:
    """What submitting the form ``form_id`` of ``response`` unchanged would post."""
    reader = _FormReader(form_id)
    reader.feed(response.content.decode())
    values = {}
    for name, items in reader.data.items():
        # A browser drops the one newline that opens a textarea's content (Django adds it).
        items = [item[1:] if item.startswith("\n") else item for item in items]
        values[name] = items[0] if len(items) == 1 else items
    return values


def form_errors(response) -> dict[str, list[str]]:
    """The errors of the admin form and its inline formsets, keyed by field or formset."""
    errors = {}
    adminform = response.context["adminform"].form
    for field, messages in adminform.errors.items():
        errors[field] = list(messages)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        if formset.non_form_errors():
            errors[formset.prefix] = list(formset.non_form_errors())
        for index, form_errors_ in enumerate(formset.errors):
            for field, messages in form_errors_.items():
                errors[f"{formset.prefix}-{index}-{field}"] = list(messages)
    return errors


def grant(user, *codenames: str) -> None:
    """Give ``user`` permissions like ``claims.view_claim`` directly."""
    for code in codenames:
        app_label, codename = code.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
