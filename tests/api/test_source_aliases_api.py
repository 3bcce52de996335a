"""A source's aliases over the API: given on create, replaced on update, each checked, and
nothing written when one of them is bad."""

import pytest
from django.urls import reverse
from drf_spectacular.generators import SchemaGenerator

from sources.models import Source, SourceAlias
from tests.api.test_workflow_api import client_for
from tests.factories import make_editor, make_reviewer, make_source, make_user

pytestmark = pytest.mark.django_db


def aliases_of(source: Source) -> dict[str, int]:
    return dict(source.aliases.values_list("alias", "pk"))


def rows() -> tuple:
    return (
        list(Source.objects.order_by("pk").values()),
        list(SourceAlias.objects.order_by("pk").values()),
    )


@pytest.fixture
def editor():
    return client_for(make_editor())


def test_a_source_is_created_with_its_aliases(editor):
    response = editor.post(
        reverse("source-list"),
        {
            "name": "Ministry of Defence of Azerbaijan",
            "kind": "ministry",
            "aliases": ["Baku", "  Azerbaijan's   defence ministry ", "Минобороны Азербайджана"],
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    # White space is collapsed; the answer lists them as every source lists its aliases.
    assert body["aliases"] == ["Azerbaijan's defence ministry", "Baku", "Минобороны Азербайджана"]
    source = Source.objects.get(pk=body["id"])
    assert set(aliases_of(source)) == set(body["aliases"])
    assert (
        editor.get(reverse("source-detail", args=[source.pk])).json()["aliases"]
        == (body["aliases"])
    )


def test_without_aliases_a_source_has_none(editor):
    response = editor.post(reverse("source-list"), {"name": "Interfax"}, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["aliases"] == []


def test_an_update_makes_the_list_its_aliases(editor):
    source = make_source("Ministry of Defence of Azerbaijan", aliases=["Baku", "MoD AZ", "Bakı"])
    before = aliases_of(source)
    response = editor.patch(
        reverse("source-detail", args=[source.pk]),
        {"aliases": ["baku", "Bakı", "Azerbaijani Defence Ministry"], "short_name": "AZ MoD"},
        format="json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["aliases"] == ["Azerbaijani Defence Ministry", "Bakı", "baku"]
    assert response.json()["short_name"] == "AZ MoD"
    after = aliases_of(source)
    assert set(after) == {"baku", "Bakı", "Azerbaijani Defence Ministry"}
    # Kept as the same rows: "Bakı" unchanged, "Baku" rewritten as "baku"; "MoD AZ" removed.
    assert after["Bakı"] == before["Bakı"] and after["baku"] == before["Baku"]
    assert not SourceAlias.objects.filter(alias="MoD AZ").exists()


def test_an_update_without_aliases_keeps_them_and_an_empty_list_removes_them(editor):
    source = make_source(aliases=["Baku", "Bakı"])
    url = reverse("source-detail", args=[source.pk])
    response = editor.patch(url, {"description": "Speaks for the army."}, format="json")
    assert response.json()["aliases"] == ["Baku", "Bakı"]
    response = editor.patch(url, {"aliases": []}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["aliases"] == []
    assert not source.aliases.exists()


def test_aliases_in_a_form_body(editor):
    response = editor.post(
        reverse("source-list"), {"name": "TASS", "aliases": ["ТАСС", "TASS news agency"]}
    )
    assert response.status_code == 201, response.content
    assert response.json()["aliases"] == ["TASS news agency", "ТАСС"]


LONG = "Ministry " + "of Defence " * 20  # 219 characters
BAD = {
    "another source's alias": (
        ["Yerevan", "Baku"],
        "\u201cBaku\u201d is already an alias of Ministry of Defence of Azerbaijan.",
    ),
    "another source's alias in another case": (
        ["BAKU"],
        "\u201cBAKU\u201d is already an alias of Ministry of Defence of Azerbaijan.",
    ),
    "another source's name": (
        ["ministry of defence of azerbaijan"],
        "\u201cministry of defence of azerbaijan\u201d is already the name of Ministry of "
        "Defence of Azerbaijan.",
    ),
    "another source's short name": (
        ["Azerbaijani MoD"],
        "\u201cAzerbaijani MoD\u201d is already the short name of Ministry of Defence of "
        "Azerbaijan.",
    ),
    "an empty one": (["Yerevan", "  "], "Alias 2 is empty."),
    "one listed twice": (
        ["Yerevan", "Armenian MoD", "yerevan"],
        "\u201cyerevan\u201d is listed twice (also as \u201cYerevan\u201d): aliases are "
        "compared without regard to case.",
    ),
    "one too long": (
        ["Yerevan", LONG],
        f"\u201c{LONG.strip()[:40]}\u2026\u201d has {len(LONG.strip())} characters; an alias "
        "may have 200.",
    ),
}


@pytest.fixture
def baku():
    return make_source(
        "Ministry of Defence of Azerbaijan", short_name="Azerbaijani MoD", aliases=["Baku"]
    )


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_a_bad_alias_on_create_is_a_400_naming_it_and_nothing_is_created(case, editor, baku):
    aliases, message = BAD[case]
    before = rows()
    response = editor.post(
        reverse("source-list"),
        {"name": "Ministry of Defence of Armenia", "kind": "ministry", "aliases": aliases},
        format="json",
    )
    assert response.status_code == 400, response.content
    assert response.json() == {"aliases": [message]}
    assert rows() == before


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_a_bad_alias_on_update_is_a_400_naming_it_and_nothing_changes(case, editor, baku):
    aliases, message = BAD[case]
    source = make_source("Ministry of Defence of Armenia", aliases=["Armenian defence ministry"])
    before = rows()
    response = editor.patch(
        reverse("source-detail", args=[source.pk]),
        {"aliases": aliases, "description": "Not saved either."},
        format="json",
    )
    assert response.status_code == 400, response.content
    assert response.json() == {"aliases": [message]}
    assert rows() == before


def test_every_bad_alias_is_named_at_once(editor, baku):
    response = editor.post(
        reverse("source-list"),
        {"name": "X", "aliases": ["", "Baku", "Y", "y"]},
        format="json",
    )
    assert response.status_code == 400
    assert len(response.json()["aliases"]) == 3


def test_an_alias_that_is_not_a_string_or_a_list_that_is_not_one(editor):
    for aliases in ([["nested"]], "Baku", [{"alias": "Baku"}]):
        response = editor.post(
            reverse("source-list"), {"name": "X", "aliases": aliases}, format="json"
        )
        assert response.status_code == 400, (aliases, response.content)
        assert "aliases" in response.json()
    assert not Source.objects.exists()


def test_who_may_write_aliases(baku):
    source = make_source("Ministry of Defence of Armenia", aliases=["Yerevan"])
    url = reverse("source-detail", args=[source.pk])
    before = rows()
    assert client_for().patch(url, {"aliases": ["Ереван"]}, format="json").status_code == 401
    outsider = client_for(make_user())
    assert outsider.patch(url, {"aliases": ["Ереван"]}, format="json").status_code == 403
    assert (
        outsider.post(
            reverse("source-list"), {"name": "X", "aliases": ["Y"]}, format="json"
        ).status_code
        == 403
    )
    # Reviewers add names (as they create sources); only editors remove one.
    reviewer = client_for(make_reviewer())
    refused = reviewer.patch(url, {"aliases": ["Ереван"], "description": "No."}, format="json")
    assert refused.status_code == 403
    assert refused.json() == {"detail": "Only editors remove a source's aliases."}
    assert rows() == before
    added = reviewer.patch(url, {"aliases": ["Yerevan", "Ереван"]}, format="json")
    assert added.status_code == 200, added.content
    assert added.json()["aliases"] == ["Yerevan", "Ереван"]


def test_the_schema_documents_the_aliases_of_a_write():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    components = schema["components"]["schemas"]
    for path, method, component in (
        ("/api/v1/sources/", "post", "SourceWrite"),
        ("/api/v1/sources/{id}/", "patch", "PatchedSourceWrite"),
    ):
        body = schema["paths"][path][method]["requestBody"]["content"]["application/json"]
        assert body["schema"]["$ref"] == f"#/components/schemas/{component}"
        aliases = components[component]["properties"]["aliases"]
        assert aliases["type"] == "array" and aliases["items"]["type"] == "string"
        assert "removed" in aliases["description"]
    assert components["SourceWrite"]["required"] == ["name"]
    # Answers list the aliases.
    assert "aliases" in components["Source"]["properties"]


def test_the_name_filter_finds_a_source_by_any_of_its_aliases_in_any_case(editor):
    ministry = make_source(
        "Ministry of Defence of Armenia", aliases=["Минобороны Армении", "Yerevan"]
    )
    make_source("Ministry of Defence of Azerbaijan", aliases=["Baku"])

    def found(value: str) -> list[int]:
        answer = editor.get(reverse("source-list"), {"name": value})
        assert answer.status_code == 200, answer.content
        return [row["id"] for row in answer.json()["results"]]

    assert found("минобороны армении") == [ministry.pk]
    assert found("YEREVAN") == [ministry.pk]
    assert found("defence of armenia") == [ministry.pk]
    assert found("Stepanakert") == []
