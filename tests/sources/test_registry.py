"""The starter registry of the conflict's actors: the file itself, loading it into a desk that
has nothing, loading it into one that has sources of its own, and the command."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from sources.models import Source, SourceAlias, alias_key
from sources.names import AMBIGUOUS, SourceIndex, name_forms, source_index
from sources.names import key as link_key
from sources.registry import LANGUAGES, RegistryError, registry_load, registry_read
from sources.services import source_alias_add, source_create
from tests.factories import make_source
from tests.test_writes_through_services import writes_watched

# The keys other data refers to (the labelled sets): (kind, country, parent).
FIXED = {
    "az-mod": ("ministry", "AZ", ""),
    "am-mod": ("ministry", "AM", ""),
    "ru-mod": ("ministry", "RU", ""),
    "az-mfa": ("ministry", "AZ", ""),
    "am-mfa": ("ministry", "AM", ""),
    "ru-mfa": ("ministry", "RU", ""),
    "az-pres": ("government_body", "AZ", ""),
    "am-gov": ("government_body", "AM", ""),
    "am-sc": ("government_body", "AM", ""),
    "az-border": ("government_body", "AZ", ""),
    "am-nss": ("government_body", "AM", ""),
    "ru-kremlin": ("government_body", "RU", ""),
    "ru-peacekeepers": ("military", "RU", "ru-mod"),
    "am-hrd": ("government_body", "AM", ""),
    "az-ombudsman": ("government_body", "AZ", ""),
    "aliyev": ("official", "AZ", "az-pres"),
    "hajiyev": ("official", "AZ", "az-pres"),
    "bayramov": ("official", "AZ", "az-mfa"),
    "hajizada": ("official", "AZ", "az-mfa"),
    "hasanov": ("official", "AZ", "az-mod"),
    "dargahli": ("official", "AZ", "az-mod"),
    "pashinyan": ("official", "AM", "am-gov"),
    "mirzoyan": ("official", "AM", "am-mfa"),
    "badalyan": ("official", "AM", "am-mfa"),
    "papikyan": ("official", "AM", "am-mod"),
    "stepanyan": ("official", "AM", "am-mod"),
    "torosyan": ("official", "AM", "am-mod"),
    "grigoryan": ("official", "AM", "am-sc"),
    "putin": ("official", "RU", "ru-kremlin"),
    "peskov": ("official", "RU", "ru-kremlin"),
    "lavrov": ("official", "RU", "ru-mfa"),
    "zakharova": ("official", "RU", "ru-mfa"),
    "shoigu": ("official", "RU", "ru-mod"),
    "konashenkov": ("official", "RU", "ru-mod"),
}
AGENCIES = {
    "interfax", "ria", "tass", "sputnik", "apa", "trend", "azertac", "report-az",
    "armenpress", "news-am", "reuters", "ap", "afp", "rferl", "bbc", "eurasianet", "oc-media",
}  # fmt: skip
NAMES = {
    "apa": "Azeri Press Agency",
    "azertac": "Azerbaijan State News Agency",
    "afp": "Agence France-Presse",
    "ria": "RIA Novosti",
    "ap": "Associated Press",
}
# Languages an entry has no name in besides its canonical (English) one, and why.
WITHOUT_NAMES = {
    ("hunanyan", "az"): "an Armenian spokesperson, listed as Armenian copy names them",
    ("naghdalyan", "az"): "an Armenian spokesperson, listed as Armenian copy names them",
    ("artsrun-hovhannisyan", "az"): "an Armenian spokesperson, listed as Armenian copy names them",
    ("mane-gevorgyan", "az"): "an Armenian spokesperson, listed as Armenian copy names them",
    ("artsakh-mod", "az"): "a Karabakh body or official, listed as Armenian copy names them",
    ("artsakh-army", "az"): "a Karabakh body or official, listed as Armenian copy names them",
    ("artsakh-infohq", "az"): "a Karabakh body or official, listed as Armenian copy names them",
    ("artsakh-hrd", "az"): "a Karabakh body or official, listed as Armenian copy names them",
    ("gegham-stepanyan", "az"): "a Karabakh body or official, listed as Armenian copy names them",
}


@pytest.fixture(scope="module")
def entries():
    return {entry.key: entry for entry in registry_read()}


def test_the_fixed_keys_are_there_with_their_kinds_countries_and_parents(entries):
    assert set(FIXED) | AGENCIES <= set(entries)
    for key, expected in FIXED.items():
        entry = entries[key]
        assert (entry.kind, entry.country, entry.parent) == expected, key
    for key in AGENCIES:
        assert entries[key].kind in ("news_agency", "outlet"), key
    for key, name in NAMES.items():
        assert entries[key].name == name
    assert "Azatutyun" in entries["rferl"].names_in("en")


def test_every_entry_has_names_in_the_four_languages(entries):
    missing = {
        (entry.key, language)
        for entry in entries.values()
        for language in LANGUAGES
        # The canonical name is an English name.
        if not entry.names_in(language) and language != "en"
    }
    assert missing == set(WITHOUT_NAMES)
    for entry in entries.values():
        assert set(dict(entry.names)) <= set(LANGUAGES), entry.key
        if entry.kind == "official":
            assert entry.parent and entries[entry.parent].kind != "official", entry.key
        assert entry.description and len(entry.description) < 160, entry.key


def test_no_name_is_shared_as_aliases_compare_nor_as_the_linker_reads_names(entries):
    owners: dict[str, str] = {}
    linked: dict[str, str] = {}
    for entry in entries.values():
        for name in entry.all_names():
            assert owners.setdefault(alias_key(name), entry.key) == entry.key, name
            for form in name_forms(name):
                assert linked.setdefault(link_key(form), entry.key) == entry.key, form
    # Each name is written as it is in running text: no stray spaces, no article, no quotes.
    for entry in entries.values():
        for name in entry.all_names():
            assert name == name.strip() and "  " not in name, name
            assert not name.lower().startswith("the ") or entry.key == "ap", name
            assert not set(name) & set("«»“”\"'") or "'s " in name, name


def test_the_linker_finds_each_entry_by_every_name_it_lists(entries):
    index = SourceIndex([_known(number, entry) for number, entry in enumerate(entries.values(), 1)])
    ids = {entry.key: number for number, entry in enumerate(entries.values(), 1)}
    assert AMBIGUOUS not in index.keys.values()
    for entry in entries.values():
        for name in entry.all_names():
            assert index.lookup(name) == ids[entry.key], name
    text = "МИД РФ и Минобороны Армении; Azərbaycan XİN; ՀՀ ՊՆ-ն հայտնում է."
    found = [source for _, _, source in index.names_in(text)]
    assert found == [ids["ru-mfa"], ids["am-mod"], ids["az-mfa"], ids["am-mod"]]


def _known(number, entry):
    from sources.names import Known

    return Known(number, entry.kind, tuple(entry.all_names()))


# --- Loading ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_loading_creates_the_sources_with_their_parents_and_names(entries):
    with writes_watched() as outside:
        result = registry_load()
    assert outside == []
    assert set(result.created) == set(entries) == set(result.sources)
    assert result.updated == {} and result.skipped == []
    sources = {key: Source.objects.get(pk=pk) for key, pk in result.sources.items()}
    mod = sources["am-mod"]
    assert (mod.name, mod.kind, mod.country, mod.short_name, mod.state_affiliated) == (
        "Ministry of Defence of Armenia",
        "ministry",
        "AM",
        "Armenian MoD",
        True,
    )
    assert mod.url == "https://mil.am"
    assert sources["papikyan"].parent == mod
    assert sources["ru-peacekeepers"].parent == sources["ru-mod"]
    assert sources["sputnik-am"].parent == sources["sputnik"]
    aliases = set(mod.aliases.values_list("alias", flat=True))
    assert {"Yerevan", "Минобороны Армении", "Ermənistan Müdafiə Nazirliyi", "ՀՀ ՊՆ"} <= aliases
    assert "Ministry of Defence of Armenia" not in aliases  # its name is not an alias too
    expected = sum(
        len(entry.all_names()) - 1 - bool(entry.short_name) for entry in entries.values()
    )
    assert result.aliases_added == expected == SourceAlias.objects.count()
    assert source_index().lookup("Пашинян") == result.sources["pashinyan"]


@pytest.mark.django_db
def test_loading_twice_adds_nothing():
    first = registry_load()
    rows = list(Source.objects.order_by("pk").values()), SourceAlias.objects.count()
    again = registry_load()
    assert (again.created, again.updated, again.aliases_added, again.skipped) == ([], {}, 0, [])
    assert not again.changed
    assert again.sources == first.sources
    assert (list(Source.objects.order_by("pk").values()), SourceAlias.objects.count()) == rows


@pytest.mark.django_db
def test_the_desks_own_sources_keep_what_the_desk_set():
    # Found by its name: what the desk wrote stays, what it left blank is filled.
    mod = source_create(
        name="Ministry of Defence of Armenia",
        short_name="MoD (AM)",
        description="Our own description.",
    )
    # Found by an alias, under the desk's own name: that name stays, the registry's is added.
    kremlin = make_source("Kremlin press service", country="RU", aliases=["Кремль"])
    # A parent the desk chose is kept.
    embassy = make_source("Russian Embassy in Baku", kind="government_body", country="RU")
    zakharova = make_source("Maria Zakharova", kind="official", parent=embassy)
    # A name the desk gave another source stays that source's, and does not make it the
    # registry's entry: another kind.
    city = make_source("Baku City Executive Power", kind="government_body", aliases=["Baku"])

    result = registry_load()

    mod.refresh_from_db()
    assert (mod.short_name, mod.description) == ("MoD (AM)", "Our own description.")
    assert (mod.kind, mod.country, mod.url, mod.state_affiliated) == (
        "ministry",
        "AM",
        "https://mil.am",
        True,
    )
    assert result.updated["am-mod"] == ["country", "kind", "state_affiliated", "url"]
    assert mod.aliases.filter(alias="Armenian MoD").exists()  # the registry's short name

    assert result.sources["ru-kremlin"] == kremlin.pk
    kremlin.refresh_from_db()
    assert kremlin.name == "Kremlin press service"
    assert kremlin.short_name == "Kremlin"  # it had none
    assert kremlin.aliases.filter(alias="Presidential Executive Office of Russia").exists()
    assert "Кремль" in result.found["ru-kremlin"]

    zakharova.refresh_from_db()
    assert zakharova.parent == embassy
    assert result.sources["zakharova"] == zakharova.pk
    assert any(
        s.key == "zakharova" and "Russian Embassy in Baku" in s.reason for s in result.skipped
    )

    assert result.sources["az-mod"] != city.pk
    assert SourceAlias.objects.get(alias="Baku").source == city
    [baku] = [s for s in result.skipped if s.name == "Baku"]
    assert (baku.key, baku.reason) == ("az-mod", "already \u201cBaku City Executive Power\u201d's")
    assert source_index().lookup("Baku") == city.pk

    # The desk's edits and the skipped names stay as they are on the next load.
    again = registry_load()
    assert (again.created, again.updated, again.aliases_added) == ([], {}, 0)
    assert {s.name for s in again.skipped} == {s.name for s in result.skipped}


@pytest.mark.django_db
def test_a_name_another_source_has_is_skipped_and_the_short_name_not_taken():
    # Another kind of source: not the registry's ministry.
    other = make_source("Armenian MoD (archive)", kind="outlet", short_name="Armenian MoD")
    source_alias_add(source=other, alias="ՀՀ ՊՆ")
    result = registry_load()
    mod = Source.objects.get(pk=result.sources["am-mod"])
    assert mod.short_name == ""
    skipped = {(s.key, s.name) for s in result.skipped}
    assert {("am-mod", "Armenian MoD"), ("am-mod", "ՀՀ ՊՆ")} <= skipped
    assert not mod.aliases.filter(key__in=[alias_key("ՀՀ ՊՆ"), alias_key("Armenian MoD")])


VALID = """
[[source]]
key = "az-mod"
name = "Ministry of Defence of Azerbaijan"
kind = "ministry"
country = "AZ"
names.en = ["Baku"]
names.ru = ["Минобороны Азербайджана"]

[[source]]
key = "am-gov"
name = "Government of Armenia"
kind = "government_body"
country = "AM"
"""
LAST = {"key": '"am-mod"', "name": '"Ministry of Defence of Armenia"', "kind": '"ministry"'}


@pytest.mark.django_db
def test_a_source_of_another_kind_under_an_entrys_name_is_not_taken_for_it():
    branch = make_source("Interfax-Azerbaijan", kind="outlet", country="AZ", short_name="Interfax")
    result = registry_load()
    assert result.sources["interfax"] != branch.pk
    [warning] = [s for s in result.skipped if s.key == "interfax"]
    assert warning.name == "Interfax"
    assert (
        "\u201cInterfax-Azerbaijan\u201d" in warning.reason and "links to neither" in warning.reason
    )


BAD = {
    "kind": ({"kind": '"ministery"'}, "entry 'am-mod': unknown kind 'ministery'"),
    "parent": ({"parent": '"am-govt"'}, "entry 'am-mod': parent 'am-govt' is no entry's key"),
    "country": ({"country": '"Armenia"'}, "entry 'am-mod': country 'Armenia' is not two capitals"),
    "lower-case country": ({"country": '"am"'}, "entry 'am-mod': country 'am'"),
    "field": ({"shortname": '"MoD"'}, "entry 'am-mod': unknown fields shortname"),
    "name": ({"names.en": '["Baku"]'}, "entry 'am-mod': the name 'Baku' is also entry 'az-mod''s"),
    "name in another case": (
        {"names.ru": '["МИНОБОРОНЫ  Азербайджана"]'},
        "entry 'am-mod': the name 'МИНОБОРОНЫ Азербайджана' is also entry 'az-mod''s",
    ),
    "empty name": ({"names.hy": '[" "]'}, "entry 'am-mod': names.hy has an empty name"),
    "url": ({"url": '"mil.am"'}, "entry 'am-mod': url 'mil.am' is not a URL"),
    "no name": ({"name": '""'}, "entry 'am-mod': name is missing"),
}


def registry_text(**fields) -> str:
    last = "".join(f"{field} = {value}\n" for field, value in {**LAST, **fields}.items())
    return f"{VALID}\n[[source]]\n{last}"


@pytest.mark.django_db
@pytest.mark.parametrize("fault", BAD, ids=list(BAD))
def test_a_bad_file_names_the_entry_and_writes_nothing(fault, tmp_path):
    fields, message = BAD[fault]
    path = tmp_path / "actors.toml"
    # The fault is in the last entry: nothing of the entries before it is written either.
    path.write_text(registry_text(**fields), encoding="utf-8")
    with pytest.raises(RegistryError) as raised:
        registry_load(path=path)
    assert isinstance(raised.value, ValueError)
    assert f"actors.toml, {message}" in str(raised.value)
    assert not Source.objects.exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[source]\nkey = 1", "not valid TOML"),
        ('[[source]]\nkey = "Am MoD"\nname = "X"\nkind = "other"', "entry 'Am MoD': key must"),
        ('[[source]]\nname = "X"\nkind = "other"', "entry 1: key must"),
        (registry_text(key='"am-gov"'), "entry 'am-gov': the key is used twice"),
        (registry_text(parent='"am-mod"'), "entry 'am-mod': its parents lead back to 'am-mod'"),
        ('[registry]\nname = "x"', "unknown tables registry"),
        ("source = [1, 2]", "source must be an array of tables"),
        ('[[source]]\nkey = "x"\nname = "X"\nkind = "other"\nnames.en = "X"', "must be a list"),
        ('[[source]]\nkey = "x"\nname = "X"\nkind = "other"\nstate_affiliated = 1', "true or"),
    ],
)
def test_other_faults_of_a_file(tmp_path, text, message):
    path = tmp_path / "actors.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RegistryError, match=message):
        registry_read(path)


def test_a_missing_file_or_one_not_in_utf_8(tmp_path):
    with pytest.raises(RegistryError, match="cannot be read"):
        registry_read(Path("/nonexistent/actors.toml"))
    path = tmp_path / "actors.toml"
    path.write_bytes('[[source]]\nname = "Минобороны"'.encode("cp1251"))
    with pytest.raises(RegistryError, match="not UTF-8"):
        registry_read(path)


# --- The command --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_command_says_what_it_did(entries):
    make_source("Baku City Executive Power", kind="government_body", aliases=["Baku"])
    out = StringIO()
    call_command("load_registry", stdout=out)
    output = out.getvalue()
    assert f"{len(entries)} entries in " in output
    assert f"created   {len(entries):4}  az-pres, aliyev" in output
    assert "updated      0" in output
    assert "aliases " in output and " added" in output
    assert "skipped      1" in output
    assert "  az-mod: \u201cBaku\u201d already \u201cBaku City Executive Power\u201d's" in output
    assert "Registry loaded." in output

    out = StringIO()
    call_command("load_registry", stdout=out)
    assert "created      0" in out.getvalue()
    assert "nothing changed" in out.getvalue()


@pytest.mark.django_db
def test_the_command_refuses_a_bad_file(tmp_path):
    path = tmp_path / "actors.toml"
    path.write_text(registry_text(kind='"ministery"'), encoding="utf-8")
    with pytest.raises(CommandError, match="entry 'am-mod': unknown kind 'ministery'"):
        call_command("load_registry", "--path", str(path), stdout=StringIO())
    assert not Source.objects.exists()
