"""The gazetteer and the structured account of a claim (ACLED-style fields)."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from sources.models import iso_country_validator


class Place(models.Model):
    """A place of the conflict, known by names in the desk's languages."""

    class Kind(models.TextChoices):
        REGION = "region", "Region"
        DISTRICT = "district", "District"
        CITY = "city", "City"
        TOWN = "town", "Town"
        VILLAGE = "village", "Village"
        HEIGHT = "height", "Height or pass"
        BORDER_SECTION = "border-section", "Border section"
        ROAD = "road", "Road"
        CORRIDOR = "corridor", "Corridor"
        RIVER = "river", "River"
        LAKE = "lake", "Lake or reservoir"

    key = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=200, help_text="The name the desk writes in English.")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    administered_by = models.CharField(
        max_length=2,
        blank=True,
        validators=[iso_country_validator],
        help_text="The country that administers it (ISO code); empty when disputed.",
    )
    within = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="parts"
    )
    note = models.TextField(blank=True)

    class Meta:
        app_label = "claims"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class PlaceName(models.Model):
    """One name of a place in one language: official, the other side's, historical or a
    transliteration."""

    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="names")
    language = models.CharField(max_length=35)
    name = models.CharField(max_length=200)

    class Meta:
        app_label = "claims"
        ordering = ["place", "language", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["place", "language", "name"], name="placename_unique_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.language})"


# The parties and their patrons as accounts name them (ISO codes), in words.
SIDE_NAMES = {"AZ": "Azerbaijani", "AM": "Armenian", "RU": "Russian", "TR": "Turkish"}


class Act(models.TextChoices):
    OPENING_FIRE = "opening_fire", "Opening fire"
    SHELLING = "shelling", "Shelling"
    DRONE_STRIKE = "drone_strike", "Drone strike"
    ADVANCE = "advance", "Advance or incursion"
    CAPTURE = "capture", "Capture of a place"
    ATTACK = "attack", "Attack"
    PROVOCATION = "provocation", "Provocation"
    CEASEFIRE = "ceasefire", "Ceasefire"
    CASUALTIES = "casualties", "Casualties only"
    DENIAL = "denial", "Denial of the other side's account"


class ClaimAccount(models.Model):
    """What a claim says happened: the act, who acted and against whom, where and when, with
    what, and who was hurt. Suggested by rules from the claim's words; a reviewer corrects it,
    and once reviewed it is never overwritten by a suggestion."""

    claim = models.OneToOneField(
        "claims.Claim", on_delete=models.CASCADE, primary_key=True, related_name="account"
    )
    act = models.CharField(max_length=20, choices=Act.choices, blank=True)
    initiator = models.CharField(
        max_length=2,
        blank=True,
        validators=[iso_country_validator],
        help_text="The side the claim says acted (country code).",
    )
    target = models.CharField(
        max_length=2,
        blank=True,
        validators=[iso_country_validator],
        help_text="The side the claim says was acted against (country code).",
    )
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.PROTECT, related_name="accounts"
    )
    occurred_on = models.DateField(null=True, blank=True, help_text="When it happened, if stated.")
    time_of_day = models.CharField(max_length=40, blank=True, help_text="As stated: “overnight”.")
    weapons = models.CharField(max_length=300, blank=True, help_text="As stated, comma-separated.")
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        db_index=False,
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        app_label = "claims"
        constraints = [
            models.CheckConstraint(
                condition=Q(initiator="") | Q(target="") | ~Q(initiator=F("target")),
                name="claimaccount_initiator_not_target",
                violation_error_message="A side cannot act against itself.",
            )
        ]

    def __str__(self) -> str:
        return f"Account of claim #{self.claim_id}"

    @property
    def is_reviewed(self) -> bool:
        return self.reviewed_at is not None


class Casualties(models.Model):
    """A claim's count of one side's killed, wounded or captured, as a low / best / high range
    (the lowest credible figure is the conservative count)."""

    class Kind(models.TextChoices):
        KILLED = "killed", "Killed"
        WOUNDED = "wounded", "Wounded"
        CAPTURED = "captured", "Captured"

    account = models.ForeignKey(ClaimAccount, on_delete=models.CASCADE, related_name="casualties")
    side = models.CharField(max_length=2, validators=[iso_country_validator])
    kind = models.CharField(max_length=10, choices=Kind.choices)
    low = models.PositiveIntegerField()
    best = models.PositiveIntegerField()
    high = models.PositiveIntegerField()
    civilians = models.BooleanField(default=False)

    class Meta:
        app_label = "claims"
        verbose_name_plural = "casualties"
        ordering = ["account", "side", "kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["account", "side", "kind", "civilians"], name="casualties_unique_kind"
            ),
            models.CheckConstraint(
                condition=Q(low__lte=F("best")) & Q(best__lte=F("high")),
                name="casualties_low_best_high",
                violation_error_message="The range must read low ≤ best ≤ high.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.side} {self.kind}: {self.best}"
