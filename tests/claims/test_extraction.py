"""Claim extraction: attribution patterns, speakers and relay chains, anaphora, proposals for
unknown speakers, idempotent reruns, and the ways it is started (task, admin, API)."""

from datetime import UTC, datetime

import pytest
from django.urls import reverse

from claims.extraction.finder import find_statements, split_sentences
from claims.extraction.resolution import proposed_name
from claims.extraction.rules import Rules, rules_for, rules_notice
from claims.extraction.services import document_claims_extract
from claims.models import Claim
from claims.status import Status
from demo import content
from sources.models import Document, Source, SourceProposal
from sources.services import document_create, source_proposal_confirm, source_proposal_reject
from tests.factories import make_claim, make_document, make_editor, make_reviewer, make_source
from verification.models import ClaimStatusChange
from verification.services import claim_transition

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk_sources():
    kinds = Source.Kind
    publisher = make_source("South Caucasus Wire", kind=kinds.OUTLET)
    return {
        "publisher": publisher,
        "az": make_source(
            "Ministry of Defence of Azerbaijan",
            kind=kinds.MINISTRY,
            country="AZ",
            aliases=["Baku", "Azerbaijan's defence ministry"],
        ),
        "am": make_source(
            "Ministry of Defence of Armenia",
            kind=kinds.MINISTRY,
            country="AM",
            aliases=["Yerevan", "Armenian defence ministry"],
        ),
        "council": make_source("Security Council of Armenia", kind=kinds.GOVERNMENT_BODY),
        "pm": make_source(
            "Nikol Pashinyan", kind=kinds.OFFICIAL, aliases=["Armenian Prime Minister"]
        ),
        "interfax": make_source("Interfax", kind=kinds.NEWS_AGENCY),
        "ria": make_source("RIA Novosti", kind=kinds.NEWS_AGENCY, aliases=["RIA"]),
        "tass": make_source("TASS", kind=kinds.NEWS_AGENCY),
    }


def extract(text: str, desk_sources, **fields):
    fields.setdefault("publisher", desk_sources["publisher"])
    document = make_document(text, **fields)
    result = document_claims_extract(document=document)
    claims = list(
        Claim.objects.filter(document=document)
        .select_related("speaker")
        .prefetch_related("attributions__source")
        .order_by("start")
    )
    return document, result, claims


def described(claims) -> list[tuple[str, str, list[str]]]:
    return [
        (c.quote, c.speaker.name, [a.source.name for a in c.attributions.all()]) for c in claims
    ]


AZ = "Ministry of Defence of Azerbaijan"
AM = "Ministry of Defence of Armenia"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Azerbaijan's defence ministry said Armenian units had shelled its positions near "
            "Kalbajar overnight.",
            [("Armenian units had shelled its positions near Kalbajar overnight", AZ, [])],
            id="speaker said",
        ),
        pytest.param(
            "Armenian units had shelled its positions near Kalbajar overnight, Baku said on "
            "Monday.",
            [("Armenian units had shelled its positions near Kalbajar overnight", AZ, [])],
            id="statement, speaker said",
        ),
        pytest.param(
            "“Our positions came under sniper fire before dawn,” said the Armenian defence "
            "ministry.",
            [("Our positions came under sniper fire before dawn", AM, [])],
            id="quotation, said speaker",
        ),
        pytest.param(
            "Yerevan said: “The attempt to advance was stopped and the enemy pulled back.”",
            [("The attempt to advance was stopped and the enemy pulled back", AM, [])],
            id="speaker said: quotation",
        ),
        pytest.param(
            "According to Baku, two servicemen were wounded in the exchange of fire.",
            [("two servicemen were wounded in the exchange of fire", AZ, [])],
            id="according to, first",
        ),
        pytest.param(
            "Two servicemen were wounded in the exchange of fire, according to Yerevan.",
            [("Two servicemen were wounded in the exchange of fire", AM, [])],
            id="according to, last",
        ),
        pytest.param(
            "Yerevan accused Azerbaijani troops of opening fire on a border village.",
            [("accused Azerbaijani troops of opening fire on a border village", AM, [])],
            id="accused",
        ),
        pytest.param(
            "Baku denied that its forces had crossed the line of contact.",
            [("denied that its forces had crossed the line of contact", AZ, [])],
            id="denied",
        ),
        pytest.param(
            "The Armenian Prime Minister told parliament that the troops had withdrawn by noon.",
            [("the troops had withdrawn by noon", "Nikol Pashinyan", [])],
            id="told an audience",
        ),
    ],
)
def test_attribution_patterns(desk_sources, text, expected):
    _, _, claims = extract(text, desk_sources)
    assert described(claims) == expected
    assert all(claim.status == Status.SUGGESTED for claim in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "RIA quoted Armenia's Security Council as saying the soldiers had since pulled back.",
            [
                (
                    "the soldiers had since pulled back",
                    "Security Council of Armenia",
                    ["RIA Novosti"],
                )
            ],
            id="quoted as saying",
        ),
        pytest.param(
            "The state agency RIA Novosti cited Armenia's Security Council, which said that the "
            "incident happened on Sunday.",
            [("the incident happened on Sunday", "Security Council of Armenia", ["RIA Novosti"])],
            id="cited, which said",
        ),
        pytest.param(
            "The Armenian Prime Minister, Nikol Pashinyan, went further, accusing Azerbaijani "
            "troops of crossing the border, according to the Russian agency Interfax.",
            [
                (
                    "accusing Azerbaijani troops of crossing the border",
                    "Nikol Pashinyan",
                    ["Interfax"],
                )
            ],
            id="speaker's own attribution inside an agency's",
        ),
        pytest.param(
            "Baku said three soldiers were wounded near Lachin, the Interfax news agency reported.",
            [("three soldiers were wounded near Lachin", AZ, ["Interfax"])],
            id="the agency reported",
        ),
        pytest.param(
            "The shelling lasted two hours, Baku told Interfax.",
            [("The shelling lasted two hours", AZ, ["Interfax"])],
            id="told an agency",
        ),
        pytest.param(
            "Interfax, citing TASS, quoted Yerevan as saying the road had been reopened to "
            "traffic.",
            [("the road had been reopened to traffic", AM, ["TASS", "Interfax"])],
            id="two intermediaries",
        ),
        pytest.param(
            "According to Interfax, Baku said the convoy had been stopped at the checkpoint.",
            [("the convoy had been stopped at the checkpoint", AZ, ["Interfax"])],
            id="according to an agency, the speaker said",
        ),
    ],
)
def test_relay_chains(desk_sources, text, expected):
    _, _, claims = extract(text, desk_sources)
    assert described(claims) == expected


def test_a_relay_that_is_the_publisher_is_not_in_the_chain(desk_sources):
    _, _, claims = extract(
        "Baku said the convoy had been stopped at the checkpoint, Interfax reported.",
        desk_sources,
        publisher=desk_sources["interfax"],
    )
    assert described(claims) == [("the convoy had been stopped at the checkpoint", AZ, [])]


def test_follow_on_sentences_resolve_to_the_most_recent_matching_speaker(desk_sources):
    text = (
        "RIA quoted Baku as saying that Armenian units had fired on its positions. It added "
        "that the fire had been returned. The Armenian Prime Minister said the report was "
        "false and should be withdrawn. He told reporters that no soldier had crossed the line. "
        "The ministry also said its units were on alert."
    )
    _, _, claims = extract(text, desk_sources)
    assert described(claims) == [
        ("Armenian units had fired on its positions", AZ, ["RIA Novosti"]),
        ("the fire had been returned", AZ, ["RIA Novosti"]),
        ("the report was false and should be withdrawn", "Nikol Pashinyan", []),
        ("no soldier had crossed the line", "Nikol Pashinyan", []),
        # "The ministry" skips the prime minister back to the last ministry that spoke.
        ("its units were on alert", AZ, ["RIA Novosti"]),
    ]


def test_an_adjective_narrows_a_description_to_the_right_side(desk_sources):
    text = (
        "Yerevan said the village had been shelled at night. Baku said the claim was false "
        "and invented. The Armenian ministry added that two houses had burned down."
    )
    _, _, claims = extract(text, desk_sources)
    assert described(claims)[-1] == ("two houses had burned down", AM, [])


def test_an_unresolvable_pronoun_gives_no_claim(desk_sources):
    _, result, claims = extract("It said the border was calm all night long.", desk_sources)
    assert claims == [] and result.proposed == []


def test_quotations_spanning_sentences_are_one_statement(desk_sources):
    text = (
        "“Our units answered the provocation. The enemy retreated. Nobody was hurt,” the "
        "Azerbaijani defence ministry said in a statement on Sunday. The talks resume next week."
    )
    _, _, claims = extract(text, desk_sources)
    assert described(claims) == [
        ("Our units answered the provocation. The enemy retreated. Nobody was hurt", AZ, [])
    ]


def test_no_claim_from_sentences_without_attribution(desk_sources):
    text = (
        "The clash came a year after the war. Baku's account came first. The statement was "
        "published on Sunday. Reports of shelling could not be verified independently. "
        "Yerevan told a different story. The ministry has been criticised for its silence. "
        "France, Russia and the United States jointly chair the group. Neither ministry "
        "reported anyone killed."
    )
    _, result, claims = extract(text, desk_sources)
    assert claims == []
    assert result.proposed == []


def test_sentences_split_outside_quotations_and_after_abbreviations():
    rules = rules_for("en")
    text = "Gen. Aliyev spoke. “One. Two,” he said. Mr. Smith left.\nNext line"
    spans = [text[s:e] for s, e in split_sentences(text, rules)]
    assert spans == ["Gen. Aliyev spoke.", "“One. Two,” he said.", "Mr. Smith left.", "Next line"]


def test_offsets_are_code_points_after_emoji_and_other_scripts(desk_sources):
    text = "🇦🇲 Հայաստան. Baku said the drone had been shot down over Lachin 🚁 at night."
    document, _, claims = extract(text, desk_sources)
    (claim,) = claims
    assert claim.quote == "the drone had been shot down over Lachin 🚁 at night"
    assert document.text[claim.start : claim.end] == claim.quote


def test_reruns_add_nothing_and_dismissed_suggestions_stay_dismissed(desk_sources):
    editor = make_editor()
    document, first, claims = extract(
        "Baku said the road had been closed for two days. Yerevan said the road was open.",
        desk_sources,
    )
    assert len(first.created) == 2
    claim_transition(claim=claims[0], name="dismiss", actor=editor, comment="Not a claim.")
    again = document_claims_extract(document=document)
    assert again.created == [] and again.found == 2
    assert Claim.objects.filter(document=document).count() == 2
    assert Claim.objects.get(pk=claims[0].pk).status == Status.DISMISSED


def test_a_statement_already_claimed_by_hand_is_not_suggested_again(desk_sources):
    document = make_document(
        "Baku said the road had been closed for two days.", publisher=desk_sources["publisher"]
    )
    make_claim(document, "the road had been closed", speaker=desk_sources["az"])
    result = document_claims_extract(document=document)
    assert result.created == [] and result.found == 1


def test_unknown_speakers_are_proposed_not_created(desk_sources):
    document, result, claims = extract(
        "The governor of Tavush province, Hayk Ghalumyan, said two houses in Berd were hit. "
        "Georgia's interior ministry said the border crossing stayed open.",
        desk_sources,
    )
    assert claims == []
    assert not Source.objects.filter(name__in=["Hayk Ghalumyan", "Georgia's interior ministry"])
    assert result.proposed == ["Hayk Ghalumyan", "Georgia's interior ministry"]
    proposals = SourceProposal.objects.order_by("name")
    assert [(p.name, p.state) for p in proposals] == [
        ("Georgia's interior ministry", "pending"),
        ("Hayk Ghalumyan", "pending"),
    ]
    assert all(list(p.documents.all()) == [document] for p in proposals)
    # Running again proposes the same names once.
    document_claims_extract(document=document)
    assert SourceProposal.objects.count() == 2


def test_confirming_a_proposal_extracts_its_documents_again(
    desk_sources, django_capture_on_commit_callbacks
):
    document, _, _ = extract(
        "Georgia's interior ministry said the crossing stayed open.", desk_sources
    )
    proposal = SourceProposal.objects.get()
    editor = make_editor()
    with django_capture_on_commit_callbacks(execute=True):
        source = source_proposal_confirm(
            proposal=proposal, actor=editor, kind=Source.Kind.MINISTRY, country="GE"
        )
    assert (source.name, source.kind, source.country) == (
        "Georgia's interior ministry",
        "ministry",
        "GE",
    )
    (claim,) = Claim.objects.filter(document=document)
    assert (claim.speaker, claim.quote, claim.status) == (
        source,
        "the crossing stayed open",
        Status.SUGGESTED,
    )
    proposal.refresh_from_db()
    assert (proposal.state, proposal.source, proposal.decided_by) == ("confirmed", source, editor)


def test_a_proposal_can_become_another_name_of_a_known_source(desk_sources):
    document, _, _ = extract("The Azerbaijani MoD said the crossing stayed shut.", desk_sources)
    proposal = SourceProposal.objects.get()
    assert proposal.name == "Azerbaijani MoD"
    source_proposal_confirm(proposal=proposal, actor=make_editor(), existing=desk_sources["az"])
    assert desk_sources["az"].aliases.filter(alias="Azerbaijani MoD").exists()
    result = document_claims_extract(document=document)
    assert len(result.created) == 1


def test_only_editors_decide_on_proposals_and_only_once(desk_sources):
    extract("Georgia's interior ministry said the crossing stayed open.", desk_sources)
    proposal = SourceProposal.objects.get()
    from django.core.exceptions import PermissionDenied, ValidationError

    with pytest.raises(PermissionDenied):
        source_proposal_reject(proposal=proposal, actor=make_reviewer())
    editor = make_editor()
    source_proposal_reject(proposal=proposal, actor=editor)
    with pytest.raises(ValidationError, match="already decided"):
        source_proposal_confirm(proposal=proposal, actor=editor)
    # A rejected name is not proposed again.
    _, result, _ = extract("Georgia's interior ministry said the bridge stayed open.", desk_sources)
    assert result.proposed == []
    assert SourceProposal.objects.get().state == "rejected"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the governor of Tavush province, Hayk Ghalumyan,", "Hayk Ghalumyan"),
        ("Georgia's interior ministry", "Georgia's interior ministry"),
        ("The Ukrainian General Staff", "Ukrainian General Staff"),
    ],
)
def test_proposed_names(phrase, name):
    assert proposed_name(phrase, rules_for("en")) == name


def test_the_demo_article_gives_the_demo_desks_claims(reference_data):
    """Extraction on the demo article proposes the statements the demo desk marked by hand,
    with their speakers and relay chains."""
    from demo.loader import load_demo

    load_demo(with_users=False)
    article = Document.objects.get(title=content.DOCUMENTS[content.ARTICLE_KEY]["title"])
    from sources.services import document_create

    fresh = document_create(
        title="The demo article again",
        text=article.text,
        publisher=make_source("Another desk", kind=Source.Kind.OUTLET),
    )
    document_claims_extract(document=fresh)
    found = described(Claim.objects.filter(document=fresh).order_by("start"))
    for marked in content.CLAIMS:
        if marked["document"] != content.ARTICLE_KEY or marked["speaker"] == content.DESK:
            continue
        assert any(
            marked["phrase"] in quote
            and speaker == marked["speaker"]
            and relays == marked["relay_chain"]
            for quote, speaker, relays in found
        ), marked["key"]


def test_languages_without_rules_are_left_alone_and_say_so(desk_sources):
    _, result, claims = extract(
        "საქართველოს საგარეო საქმეთა სამინისტრომ განაცხადა, რომ სროლა მთელი ღამე გაგრძელდა.",
        desk_sources,
        language="ka",
    )
    assert claims == [] and result.found == 0
    assert rules_notice("ka").startswith("No extraction rules for ka:")
    assert rules_notice("en") == rules_notice("en-GB") == ""


RUSSIAN = """
language = "ru"
say_verbs = ["заявил", "заявило", "сообщил", "сообщило"]
[anaphors]
"оно" = ["*"]
[words]
not_names = []
[macros]
END = "\\\\s*[.!?]?\\\\s*$"
[[patterns]]
name = "говорящий заявил"
regex = "^{SPEAKER}\\\\s+{SAY},\\\\s+что\\\\s+{CONTENT}{END}"
"""


def test_another_language_is_a_rules_file_not_code(desk_sources):
    rules = Rules.from_toml(RUSSIAN)
    text = "Минобороны Азербайджана заявило, что обстрел продолжался всю ночь."
    start = 0
    end = len("Минобороны Азербайджана")
    (statement,) = find_statements(text, rules, [(start, end)])
    assert text[statement.start : statement.end] == "обстрел продолжался всю ночь"
    assert statement.speaker.text == "Минобороны Азербайджана"


def test_a_broken_rules_file_names_the_pattern():
    with pytest.raises(ValueError, match="говорящий заявил"):
        Rules.from_toml(RUSSIAN.replace("{SAY}", "{NOT_A_MACRO}"))


# --- Where it runs ------------------------------------------------------------------------------


def test_it_runs_when_a_document_is_created(desk_sources, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document(
            "Baku said the road had been closed for two days.",
            publisher=desk_sources["publisher"],
        )
    assert [c.quote for c in Claim.objects.filter(document=document)] == [
        "the road had been closed for two days"
    ]


def test_api_extract_claims(client, desk_sources, django_capture_on_commit_callbacks):
    document = make_document(
        "Baku said the road had been closed for two days.", publisher=desk_sources["publisher"]
    )
    url = reverse("document-extract-claims", args=[document.pk])
    assert client.post(url).status_code in (401, 403)
    client.force_login(make_user_without_role())
    assert client.post(url).status_code == 403
    assert not Claim.objects.filter(document=document).exists()
    client.force_login(make_reviewer())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 202
    assert "extraction requested" in response.json()["detail"]
    assert Claim.objects.filter(document=document, status=Status.SUGGESTED).count() == 1
    missing = reverse("document-extract-claims", args=[document.pk + 1000])
    assert client.post(missing).status_code == 404


def make_user_without_role():
    from tests.factories import make_user

    return make_user()


def test_admin_document_action_and_bulk_review(
    client, desk_sources, django_capture_on_commit_callbacks
):
    document = make_document(
        "Baku said the road had been closed for two days. Yerevan said the road was open.",
        publisher=desk_sources["publisher"],
    )
    reviewer = make_reviewer()
    client.force_login(reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:sources_document_changelist"),
            {"action": "extract_claims", "_selected_action": [document.pk]},
            follow=True,
        )
    assert "Claim extraction requested for 1 document" in response.content.decode()
    first, second = Claim.objects.filter(document=document).order_by("start")
    changelist = reverse("admin:claims_claim_changelist")
    client.post(changelist, {"action": "accept_suggestions", "_selected_action": [first.pk]})
    response = client.post(
        changelist,
        {"action": "dismiss_suggestions", "_selected_action": [first.pk, second.pk]},
        follow=True,
    )
    page = response.content.decode()
    assert "Dismissed 1 suggestion." in page
    assert "1 selected claim was not a suggestion" in page
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Status.NEW, Status.DISMISSED)
    assert ClaimStatusChange.objects.filter(claim=second, transition="dismiss").exists()


def test_admin_proposal_page_confirms_a_new_source(client, desk_sources):
    extract("Georgia's interior ministry said the crossing stayed open.", desk_sources)
    proposal = SourceProposal.objects.get()
    editor = make_editor()
    client.force_login(editor)
    listing = client.get(reverse("admin:sources_sourceproposal_changelist")).content.decode()
    assert "Georgia&#x27;s interior ministry" in listing
    url = reverse("admin:sources_sourceproposal_change", args=[proposal.pk])
    response = client.post(
        url, {"decision": "create", "kind": "ministry", "country": "ge"}, follow=True
    )
    assert "now names the source Georgia&#x27;s interior ministry" in response.content.decode()
    assert Source.objects.filter(name="Georgia's interior ministry", country="GE").exists()
    proposal.refresh_from_db()
    assert proposal.state == "confirmed"


def test_admin_proposal_needs_a_source_to_be_an_alias(client, desk_sources):
    extract("Georgia's interior ministry said the crossing stayed open.", desk_sources)
    proposal = SourceProposal.objects.get()
    client.force_login(make_editor())
    url = reverse("admin:sources_sourceproposal_change", args=[proposal.pk])
    response = client.post(url, {"decision": "alias"})
    assert response.status_code == 200
    assert "Choose the source this is another name of." in response.content.decode()
    assert SourceProposal.objects.get().state == "pending"


def test_reviewers_see_proposals_but_cannot_decide(client, desk_sources):
    extract("Georgia's interior ministry said the crossing stayed open.", desk_sources)
    proposal = SourceProposal.objects.get()
    reviewer = make_reviewer()
    client.force_login(reviewer)
    url = reverse("admin:sources_sourceproposal_change", args=[proposal.pk])
    assert client.get(url).status_code == 200
    client.post(url, {"decision": "reject"})
    assert SourceProposal.objects.get().state == "pending"


def test_stated_on_is_the_publication_date(desk_sources):
    _, _, claims = extract(
        "Baku said the road had been closed for two days.",
        desk_sources,
        published_at=datetime(2025, 3, 2, 9, 0, tzinfo=UTC),
    )
    assert claims[0].stated_on.isoformat() == "2025-03-02"
    assert claims[0].summary == "The road had been closed for two days."


def test_a_proposal_found_inflected_is_confirmed_under_the_name_it_should_have(
    desk_sources, django_capture_on_commit_callbacks
):
    """The text gave the name in the genitive: the editor names the source in the nominative,
    and the genitive, kept as an alias, still links the statement to it."""
    document = document_create(
        title="Рейс",
        text="По словам Сергея Ильина, дорогу на Берд закрыли утром.",
        publisher=desk_sources["publisher"],
        language="ru",
    )
    document_claims_extract(document=document)
    proposal = SourceProposal.objects.get()
    assert proposal.name == "Сергея Ильина"

    with django_capture_on_commit_callbacks(execute=True):
        source = source_proposal_confirm(
            proposal=proposal, actor=make_editor(), kind="official", name="  Сергей   Ильин "
        )

    assert source.name == "Сергей Ильин"
    assert list(source.aliases.values_list("alias", flat=True)) == ["Сергея Ильина"]
    (claim,) = Claim.objects.filter(document=document)
    assert (claim.speaker, claim.quote) == (source, "дорогу на Берд закрыли утром")


def test_admin_confirms_a_proposal_under_a_corrected_name(client, desk_sources):
    extract("Georgia's interior ministry said the crossing stayed open.", desk_sources)
    proposal = SourceProposal.objects.get()
    client.force_login(make_editor())

    response = client.post(
        reverse("admin:sources_sourceproposal_change", args=[proposal.pk]),
        {
            "decision": "create",
            "new_name": "Ministry of Internal Affairs of Georgia",
            "kind": "ministry",
        },
        follow=True,
    )

    assert (
        "now names the source Ministry of Internal Affairs of Georgia" in response.content.decode()
    )
    source = Source.objects.get(name="Ministry of Internal Affairs of Georgia")
    assert list(source.aliases.values_list("alias", flat=True)) == ["Georgia's interior ministry"]


def test_the_document_page_says_which_statements_wait_for_a_proposed_source(client, desk_sources):
    document, _, _ = extract(
        "Georgia's interior ministry said the crossing stayed open.",
        desk_sources,
    )
    client.force_login(make_reviewer())
    url = reverse("admin:sources_document_change", args=[document.pk])

    page = client.get(url).content.decode()

    assert "wait for an editor in Sources → Proposed sources" in page
    assert "“Georgia&#x27;s interior ministry”" in page
    SourceProposal.objects.update(state=SourceProposal.State.REJECTED)
    assert "Proposed sources:" not in client.get(url).content.decode()


def test_a_rerun_withdraws_an_untouched_suggestion_whose_span_has_another_speaker_now(
    desk_sources,
):
    """ "Baku" was the defence ministry's alias; an editor moves it to the foreign ministry.
    Extracting again gives the statements to the foreign ministry, and the defence ministry's
    suggestions on the same spans that nobody touched are withdrawn; those a person worked on
    (an edited summary, a pair, a task) stay for them to decide."""
    from claims.services import claim_pair_create, claim_update
    from sources.models import SourceAlias
    from sources.services import source_alias_update
    from verification.services import task_create

    az_mfa = make_source("Ministry of Foreign Affairs of Azerbaijan", kind="ministry")
    document, _, claims = extract(
        "Baku said the crossing stayed open.\n\nBaku said the bridge was repaired.\n\n"
        "Baku said the convoy was let through.\n\nBaku said the mines were cleared.",
        desk_sources,
    )
    assert [c.speaker for c in claims] == [desk_sources["az"]] * 4
    untouched, edited, paired, tasked = claims
    editor = make_editor()
    claim_update(claim=edited, summary="Baku says the bridge was repaired.")
    claim_pair_create(
        claim_a=paired,
        claim_b=make_claim(document, "Baku said"),
        relation="corroborates",
        created_by=editor,
    )
    task_create(actor=editor, claim=tasked, assignee=make_reviewer())
    claim_pair_create(claim_a=tasked, claim_b=paired, relation="corroborates", created_by=editor)
    source_alias_update(source_alias=SourceAlias.objects.get(alias="Baku"), source=az_mfa)

    again = document_claims_extract(document=document)

    assert again.withdrawn == 1
    assert not Claim.objects.filter(pk=untouched.pk).exists()
    kept = {edited.pk, paired.pk, tasked.pk}
    assert kept <= set(Claim.objects.filter(document=document).values_list("pk", flat=True))
    by_foreign_ministry = Claim.objects.filter(document=document, speaker=az_mfa)
    assert sorted(by_foreign_ministry.values_list("quote", flat=True)) == [
        "the bridge was repaired",
        "the convoy was let through",
        "the crossing stayed open",
        "the mines were cleared",
    ]
    # Nothing changes when run once more.
    assert document_claims_extract(document=document).withdrawn == 0


def test_a_new_name_is_refused_unless_the_proposal_becomes_a_new_source(client, desk_sources):
    extract("Georgia's interior ministry said the crossing stayed open.", desk_sources)
    proposal = SourceProposal.objects.get()
    client.force_login(make_editor())

    response = client.post(
        reverse("admin:sources_sourceproposal_change", args=[proposal.pk]),
        {"decision": "reject", "new_name": "Ministry of Internal Affairs of Georgia"},
    )

    assert "A name is given only to a new source." in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.state == "pending"
