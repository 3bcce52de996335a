"""The admin's header says who is logged in (their own name) and in which roles."""

import re

import pytest
from django.urls import reverse

from demo import content
from desk.roles import EDITORS, REVIEWERS
from tests.factories import make_editor, make_reviewer, make_user

pytestmark = pytest.mark.django_db

WELCOME = re.compile(r'<div id="user-tools">\s*(Welcome,.*?\.)\s*<', re.S)


def welcome(client, user, page: str = "admin:index") -> str:
    client.force_login(user)
    found = WELCOME.search(client.get(reverse(page)).content.decode())
    assert found, "no greeting in the header"
    return " ".join(re.sub(r"<[^>]+>", "", found.group(1)).split())


def test_each_person_is_greeted_by_name_with_their_roles(client):
    editor = make_editor("hanna", first_name="Hanna", last_name="Lindqvist")
    reviewer = make_reviewer("tomas", first_name="Tomás", last_name="Ortega")

    assert welcome(client, editor) == "Welcome, Hanna Lindqvist (Editor)."
    assert welcome(client, reviewer) == "Welcome, Tomás Ortega (Reviewer)."
    # The same on the desk's own pages, not only Django's.
    assert welcome(client, reviewer, "admin:verification_verificationtask_my_queue") == (
        "Welcome, Tomás Ortega (Reviewer)."
    )


def test_without_a_name_the_username_and_every_kind_of_role(client):
    both = make_user("both", groups=(EDITORS, REVIEWERS), is_staff=True)
    looker = make_user("looker", is_staff=True)
    admin = make_user("root", is_staff=True, is_superuser=True, first_name="Ada")

    assert welcome(client, both) == "Welcome, both (Editor, Reviewer)."
    assert welcome(client, looker) == "Welcome, looker (Viewer)."
    assert welcome(client, admin) == "Welcome, Ada (Administrator)."


def test_a_name_is_escaped(client):
    user = make_reviewer(first_name="<b>Mallory</b>", last_name="& co")
    client.force_login(user)
    page = client.get(reverse("admin:index")).content.decode()

    assert "&lt;b&gt;Mallory&lt;/b&gt; &amp; co" in page
    assert "<b>Mallory</b>" not in page


def test_the_greeting_costs_one_query_for_the_roles(client, django_assert_num_queries):
    reviewer = make_reviewer(first_name="Tomás", last_name="Ortega")
    client.force_login(reviewer)
    url = reverse("admin:sources_source_changelist")
    # The session, the user, two for the permissions, two counts, the rows, the countries of
    # the filter, and one for the header: the user's roles, once.
    with django_assert_num_queries(9) as queries:
        client.get(url)
    roles = [q for q in queries if 'FROM "auth_group" INNER JOIN "auth_user_groups"' in q["sql"]]
    assert len(roles) == 1


def test_the_demo_people_have_names_of_their_own():
    names = [f"{spec['first_name']} {spec['last_name']}" for spec in content.USERS]
    first_names = [spec["first_name"] for spec in content.USERS]
    assert len(set(names)) == len(set(first_names)) == len(content.USERS)
