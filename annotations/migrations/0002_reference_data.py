"""The framing taxonomy (SemEval-2023 Task 3 techniques and conflict frames) and a starter lexicon."""

from django.db import migrations

# (category, semeval_code, name, slug, definition)
SEMEVAL_TECHNIQUES = [
    ("attack_on_reputation", "Name_Calling-Labeling", "Name calling or labelling",
     "name-calling-labeling",
     "Attaching a loaded label to a person or group instead of arguing about what they did."),
    ("attack_on_reputation", "Guilt_by_Association", "Guilt by association",
     "guilt-by-association",
     "Discrediting someone by linking them to a person, group or idea the audience dislikes."),
    ("attack_on_reputation", "Doubt", "Casting doubt", "doubt",
     "Questioning someone's credibility or motives to undermine what they say, without evidence."),
    ("attack_on_reputation", "Appeal_to_Hypocrisy", "Appeal to hypocrisy",
     "appeal-to-hypocrisy",
     "Dismissing a position by pointing at the speaker's inconsistency rather than its merits."),
    ("attack_on_reputation", "Questioning_the_Reputation", "Questioning the reputation",
     "questioning-the-reputation",
     "Attacking a target's character or standing to make them less believable."),
    ("justification", "Flag_Waving", "Flag waving", "flag-waving",
     "Justifying a position by national pride or group identity instead of reasons."),
    ("justification", "Appeal_to_Authority", "Appeal to authority", "appeal-to-authority",
     "Presenting a claim as true because an official or expert said it."),
    ("justification", "Appeal_to_Popularity", "Appeal to popularity", "appeal-to-popularity",
     "Presenting a claim as right because many people, or everyone, supposedly hold it."),
    ("justification", "Appeal_to_Values", "Appeal to values", "appeal-to-values",
     "Tying a position to values the audience cherishes (peace, justice, faith) to win assent."),
    ("justification", "Appeal_to_Fear-Prejudice", "Appeal to fear or prejudice",
     "appeal-to-fear-prejudice",
     "Building support by stoking fear of an outcome or prejudice against a group."),
    ("distraction", "Straw_Man", "Straw man", "straw-man",
     "Rebutting a distorted version of the other side's position instead of the real one."),
    ("distraction", "Red_Herring", "Red herring", "red-herring",
     "Shifting attention to an unrelated topic to avoid the question at hand."),
    ("distraction", "Whataboutism", "Whataboutism", "whataboutism",
     "Deflecting criticism by pointing at the critic's own alleged misdeeds."),
    ("simplification", "Causal_Oversimplification", "Causal oversimplification",
     "causal-oversimplification",
     "Reducing an event with many causes to a single cause, usually the other side."),
    ("simplification", "False_Dilemma-No_Choice", "False dilemma or no choice",
     "false-dilemma-no-choice",
     "Presenting two options (or one) as the only possibilities when others exist."),
    ("simplification", "Consequential_Oversimplification", "Consequential oversimplification",
     "consequential-oversimplification",
     "Claiming one step will inevitably set off a chain of (usually dire) consequences."),
    ("call", "Slogans", "Slogans", "slogans",
     "A short, catchy phrase that stands in for an argument."),
    ("call", "Conversation_Killer", "Conversation killer", "conversation-killer",
     "A phrase meant to end discussion and discourage critical thought."),
    ("call", "Appeal_to_Time", "Appeal to time", "appeal-to-time",
     "Urging action because \u201cnow is the time\u201d or time is running out."),
    ("manipulative_wording", "Loaded_Language", "Loaded language", "loaded-language",
     "Words with strong emotional charge chosen to sway the reader rather than inform."),
    ("manipulative_wording", "Obfuscation-Vagueness-Confusion",
     "Obfuscation, vagueness or confusion", "obfuscation-vagueness-confusion",
     "Wording left deliberately unclear so that the audience reads into it what suits them."),
    ("manipulative_wording", "Exaggeration-Minimisation", "Exaggeration or minimisation",
     "exaggeration-minimisation",
     "Inflating or playing down the scale of something beyond what the facts support."),
    ("manipulative_wording", "Repetition", "Repetition", "repetition",
     "Repeating the same message or phrase so that it sticks and feels true."),
]

# (category, name, slug, definition)
CONFLICT_FRAMES = [
    ("territorial_legitimacy", "Occupation framing", "occupation-framing",
     "Territory described as occupied by the other side, asserting that its control is illegitimate."),
    ("territorial_legitimacy", "Liberation framing", "liberation-framing",
     "Territory described as liberated or returned, presenting a takeover as restoring what is rightfully one's own."),
    ("territorial_legitimacy", "Sovereignty assertion", "sovereignty-assertion",
     "Naming or describing a disputed place so as to take its status for granted (\u201cour historical lands\u201d)."),
    ("blame_attribution", "Provocation framing", "provocation-framing",
     "The other side's action called a provocation, casting one's own response as forced and defensive."),
    ("blame_attribution", "One-sided blame", "one-sided-blame",
     "Responsibility for an exchange laid wholly on the other side, without evidence offered."),
    ("euphemism", "Military euphemism", "military-euphemism",
     "Bland wording for the use of force (\u201cadequate measures\u201d, \u201cneutralised\u201d) that hides what was done."),
    ("othering", "Enemy othering", "enemy-othering",
     "Referring to the other side as \u201cthe enemy\u201d or \u201cthe adversary\u201d, turning people into a faceless foe."),
    ("othering", "Dehumanising language", "dehumanising-language",
     "Words that strip the other side of humanity (vermin, hordes), making violence against them seem acceptable."),
    ("othering", "Criminalising label", "criminalising-label",
     "Calling combatants or officials terrorists, bandits or separatists to deny them legitimacy."),
    ("alignment", "Sponsor labelling", "sponsor-labelling",
     "Naming a party by its foreign backer (\u201cTurkish-backed\u201d, \u201cRussian-backed\u201d) to frame it as a proxy."),
]

# (term, label slug)
LEXICON = [
    ("occupied", "occupation-framing"),
    ("occupation", "occupation-framing"),
    ("occupiers", "occupation-framing"),
    ("occupying forces", "occupation-framing"),
    ("Armenian-occupied", "occupation-framing"),
    ("Azerbaijani-occupied", "occupation-framing"),
    ("illegally occupied", "occupation-framing"),
    ("liberated", "liberation-framing"),
    ("liberation", "liberation-framing"),
    ("de-occupied", "liberation-framing"),
    ("de-occupation", "liberation-framing"),
    ("freed from occupation", "liberation-framing"),
    ("returned lands", "liberation-framing"),
    ("historical lands", "sovereignty-assertion"),
    ("ancestral lands", "sovereignty-assertion"),
    ("provocation", "provocation-framing"),
    ("provocations", "provocation-framing"),
    ("provocative", "provocation-framing"),
    ("provocateurs", "provocation-framing"),
    ("adequate measures", "military-euphemism"),
    ("retaliatory measures", "military-euphemism"),
    ("retaliation measures", "military-euphemism"),
    ("neutralised", "military-euphemism"),
    ("neutralized", "military-euphemism"),
    ("suppressed", "military-euphemism"),
    ("silenced", "military-euphemism"),
    ("the enemy", "enemy-othering"),
    ("enemy forces", "enemy-othering"),
    ("the adversary", "enemy-othering"),
    ("terrorists", "criminalising-label"),
    ("terrorist", "criminalising-label"),
    ("militants", "criminalising-label"),
    ("separatists", "criminalising-label"),
    ("bandits", "criminalising-label"),
    ("puppet regime", "criminalising-label"),
    ("junta", "criminalising-label"),
    ("vermin", "dehumanising-language"),
    ("hordes", "dehumanising-language"),
    ("Turkish-backed", "sponsor-labelling"),
    ("Russian-backed", "sponsor-labelling"),
    ("Western-backed", "sponsor-labelling"),
    ("Iranian-backed", "sponsor-labelling"),
    ("aggressor", "one-sided-blame"),
    ("aggression", "one-sided-blame"),
    ("so-called", "doubt"),
    ("genocide", "loaded-language"),
    ("ethnic cleansing", "loaded-language"),
    ("massacre", "loaded-language"),
    ("heroic", "loaded-language"),
    ("martyrs", "loaded-language"),
    ("barbaric", "loaded-language"),
    ("atrocities", "loaded-language"),
]


def add_taxonomy(apps, schema_editor):
    FramingLabel = apps.get_model("annotations", "FramingLabel")
    LexiconEntry = apps.get_model("annotations", "LexiconEntry")
    position = {}
    for category, code, name, slug, definition in SEMEVAL_TECHNIQUES:
        position[category] = position.get(category, 0) + 1
        FramingLabel.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "category": category, "semeval_code": code,
                      "description": definition, "position": position[category]},
        )
    for category, name, slug, definition in CONFLICT_FRAMES:
        position[category] = position.get(category, 0) + 1
        FramingLabel.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "category": category, "description": definition,
                      "position": position[category]},
        )
    labels = {label.slug: label for label in FramingLabel.objects.all()}
    for term, slug in LEXICON:
        LexiconEntry.objects.get_or_create(
            term=term, language="en", label=labels[slug],
            defaults={"whole_word": True, "case_sensitive": False},
        )


def remove_taxonomy(apps, schema_editor):
    FramingLabel = apps.get_model("annotations", "FramingLabel")
    LexiconEntry = apps.get_model("annotations", "LexiconEntry")
    # Only the seeded (term, label) pairs: an entry the desk added for the same term under
    # another label is its own data, not this migration's.
    for term, slug in LEXICON:
        LexiconEntry.objects.filter(term=term, language="en", label__slug=slug).delete()
    # A label that annotations or the desk's own lexicon entries point to stays (both PROTECT it).
    slugs = [row[3] for row in SEMEVAL_TECHNIQUES] + [row[2] for row in CONFLICT_FRAMES]
    FramingLabel.objects.filter(
        slug__in=slugs, annotations__isnull=True, lexicon__isnull=True
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("annotations", "0001_initial")]

    operations = [migrations.RunPython(add_taxonomy, remove_taxonomy)]
