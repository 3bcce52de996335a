"""What the finder returns: a statement's span and the phrases naming who said and relayed it."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Phrase:
    """A phrase of the text that names a source: "Azerbaijan's defence ministry", "it"."""

    start: int
    end: int
    text: str
    names: tuple[tuple[int, int], ...] = ()  # the known names inside it
    # The phrase without an apposition ("Nino Beridze" of "Nino Beridze, an analyst at …").
    head: str = ""

    @property
    def is_known(self) -> bool:
        return bool(self.names)


@dataclass
class Statement:
    start: int
    end: int
    speaker: Phrase
    relays: list[Phrase] = field(default_factory=list)  # nearest the speaker first
    # Whom the speaker told, when the pattern says: an agency told passes it on.
    audience: Phrase | None = None
    pattern: str = ""
