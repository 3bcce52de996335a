"""The shipped lexicon files: read with every bad line named, loaded once, updated on request."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from annotations.lexicon_files import LexiconFileError, languages, read_lexicon
from annotations.models import LexiconEntry
from annotations.services import lexicon_load

pytestmark = pytest.mark.django_db


def test_every_shipped_file_reads_and_names_known_labels():
    from annotations.models import FramingLabel

    slugs = frozenset(FramingLabel.objects.values_list("slug", flat=True))
    assert languages() == ["az", "en", "hy", "ru"]
    for language in languages():
        assert read_lexicon(language, labels=slugs)


def test_a_bad_file_names_every_bad_line_and_loads_nothing(tmp_path):
    (tmp_path / "xx.tsv").write_text(
        "# comment\n"
        "good\tloaded-language\t\tfine\n"
        "\tloaded-language\t\tno term\n"
        "odd\tno-such-label\t\t\n"
        "flagged\tloaded-language\tinflects,shouty\t\n"
        "Good\tloaded-language\t\tthe same term again\n"
        f"{'x' * 201}\tloaded-language\t\t\n"
        "just-one-field\n",
        encoding="utf-8",
    )

    with pytest.raises(LexiconFileError) as refused:
        read_lexicon("xx", labels=frozenset({"loaded-language"}), directory=tmp_path)

    errors = refused.value.errors
    assert any("line 3: the term is empty" in error for error in errors)
    assert any("line 4: unknown label “no-such-label”" in error for error in errors)
    assert any("line 5: unknown flag(s) shouty" in error for error in errors)
    assert any("line 5: “inflects” needs xx.toml" in error for error in errors)
    assert any("line 6: the same term and label as line 2" in error for error in errors)
    assert any("line 7: a term has 200 characters at most" in error for error in errors)
    assert any("line 8: expected term, label, flags and note" in error for error in errors)


def test_loading_twice_adds_nothing_and_keeps_the_desk_s_edits():
    LexiconEntry.objects.filter(language="ru").delete()
    first = lexicon_load(language="ru")
    entry = LexiconEntry.objects.filter(language="ru", inflects=True).first()
    LexiconEntry.objects.filter(pk=entry.pk).update(is_active=False, note="Ours.", inflects=False)

    again = lexicon_load(language="ru")
    entry.refresh_from_db()

    assert first.created == len(read_lexicon("ru")) and first.unchanged == 0
    assert (again.created, again.updated, again.unchanged) == (0, 0, first.created)
    assert (entry.is_active, entry.note, entry.inflects) == (False, "Ours.", False)

    updated = lexicon_load(language="ru", update=True)
    entry.refresh_from_db()
    assert updated.updated == 1 and entry.inflects and entry.note != "Ours."
    assert not entry.is_active  # retiring a term stays the desk's decision


def test_the_command_loads_and_refuses_an_unknown_language():
    LexiconEntry.objects.filter(language="hy").delete()
    out = io.StringIO()

    call_command("load_lexicon", "hy", stdout=out)
    call_command("load_lexicon", "hy", stdout=out)

    lines = out.getvalue().splitlines()
    assert lines[0].startswith("hy: ") and " added, 0 updated, 0 already there" in lines[0]
    assert lines[1].startswith("hy: 0 added, 0 updated, ")
    with pytest.raises(CommandError, match="No lexicon file for ka"):
        call_command("load_lexicon", "ka")
