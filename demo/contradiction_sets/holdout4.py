"""A fourth held-out set for contradiction candidates, in the form of ``holdout3``, with crowded
pools, written without reading the rules of candidates: events that neither ``multilingual``,
``holdout``, ``holdout2`` nor ``holdout3`` covers, in clusters of the same days and sectors, so
that each claim's partner competes with the opposing claims of a nearby event (hard negatives),
with the same side's other speakers (corroborations) and with relays of the same statement in
other languages (duplicates).

- a soldier killed near Verin Shorzha, 25 May 2021, and six Armenian servicemen captured on the
  Gegharkunik–Kalbajar border, 27 May 2021;
- fire near Zabukh in the Lachin district, 24 August 2022, and the handover of Lachin town
  (Berdzor), Zabukh and Sus, 26 August 2022;
- a drone strike on a Karabakh Armenian post in the Martakert district, 14 August 2023, and fire
  in the Askeran–Aghdam direction, 16 August 2023;
- a border guard said to be wounded in the Zangilan direction, 12 February 2024, and the fire on
  the Armenian post near Nerkin Hand, 13 February 2024.

Written for Parallax in its own words, after the way the defence and foreign ministries, a border
service, a presidential aide, the Karabakh Armenian authorities, the Russian defence ministry's
peacekeeping bulletins, a European Union monitoring mission and the agencies that relay them
report an incident and the other side's denial. The agencies and the wire (Vostochny Telegraf,
Kür Xəbər, Watershed Wire) are invented; facts follow what each side said at the time or are
invented for the set (the monitors' and the peacekeepers' words among them), and all of them are
claims, not findings. Some reports belong to a listed incident, some give only a date, some
neither.

Labels as in ``holdout3``: two parties' opposite accounts of one event quoted in one wire report
are a contradiction, and so are mutual accusations about the same exchange of fire. Besides:
- a general denial that names no act ("the information is untrue") contradicts the other side's
  claims about the event it answers, and a denial of the day before's shooting contradicts the
  claims that presuppose it (a "retaliation" for it);
- a third party's account that agrees with one side (the Russian peacekeepers' bulletin, the
  EU monitors) is a corroboration of that side and contradicts the other side's claim;
- a fact both sides state (that six servicemen were captured, that the army entered Lachin) is
  in no list.

``python -m demo.contradiction_evaluation --set holdout4`` prints the figures.
"""

from datetime import date

from demo.contradiction_sets import (
    _holdout4_february,
    _holdout4_karabakh,
    _holdout4_lachin,
    _holdout4_may2021,
)
from sources.models import Source

_SET = "(held-out set 4)"

SPEAKERS = {  # key -> (name, kind, country)
    "az-mod": (f"Ministry of Defence of Azerbaijan {_SET}", Source.Kind.MINISTRY, "AZ"),
    "az-mfa": (f"Ministry of Foreign Affairs of Azerbaijan {_SET}", Source.Kind.MINISTRY, "AZ"),
    "az-aide": (f"Aide to the President of Azerbaijan {_SET}", Source.Kind.OFFICIAL, "AZ"),
    "az-border": (
        f"State Border Service of Azerbaijan {_SET}",
        Source.Kind.GOVERNMENT_BODY,
        "AZ",
    ),
    "am-mod": (f"Ministry of Defence of Armenia {_SET}", Source.Kind.MINISTRY, "AM"),
    "am-mfa": (f"Ministry of Foreign Affairs of Armenia {_SET}", Source.Kind.MINISTRY, "AM"),
    "nk-army": (f"Karabakh Armenian Defence Army {_SET}", Source.Kind.MILITARY, ""),
    "nk-leader": (f"Karabakh Armenian leader {_SET}", Source.Kind.OFFICIAL, ""),
    "ru-mod": (f"Ministry of Defence of Russia {_SET}", Source.Kind.MINISTRY, "RU"),
    "eu-mission": (
        f"European Union Mission in Armenia {_SET}",
        Source.Kind.INTERNATIONAL_BODY,
        "",
    ),
    "ru-agency": (f"Vostochny Telegraf news agency {_SET}", Source.Kind.NEWS_AGENCY, "RU"),
    "az-agency": (f"Kür Xəbər news agency {_SET}", Source.Kind.NEWS_AGENCY, "AZ"),
    "wire": (f"Watershed Wire {_SET}", Source.Kind.NEWS_AGENCY, ""),
}

INCIDENTS = {  # key -> (title, first day)
    "shorzha-2021": (f"Soldier killed near Verin Shorzha {_SET}", date(2021, 5, 25)),
    "capture-2021": (f"Six servicemen captured on the Kalbajar border {_SET}", date(2021, 5, 27)),
    "berdzor-2022": (f"Handover of Lachin town {_SET}", date(2022, 8, 26)),
    "martakert-2023": (f"Drone strike in the Martakert district {_SET}", date(2023, 8, 14)),
    "hand-2024": (f"Fire on the post near Nerkin Hand {_SET}", date(2024, 2, 13)),
}

REPORTS = [
    *_holdout4_may2021.REPORTS,
    *_holdout4_lachin.REPORTS,
    *_holdout4_karabakh.REPORTS,
    *_holdout4_february.REPORTS,
]

CONTRADICTIONS = [
    # Verin Shorzha, 25 May 2021: who fired; whether a soldier was killed by that fire.
    ("sz25-am-fire", "sz25-az-denial"),
    ("sz25-am-fire", "sz25-az-no-fire"),
    ("sz25-am-fire", "sz25-ru-az-no-fire"),
    ("sz25-ru-am-fire", "sz25-az-denial"),
    ("sz25-ru-am-fire", "sz25-az-no-fire"),
    ("sz25-ru-am-fire", "sz25-ru-az-no-fire"),
    ("sz25-am-killed", "sz25-az-denial"),
    # The capture, 27 May 2021: on which side of the border the six were taken.
    ("c27-am-captured", "c27-az-sabotage"),
    ("c27-am-captured", "c27-ru-az-sabotage"),
    ("c27-am-captured", "c27-azmfa-detained"),
    ("c27-mfa-captured", "c27-az-sabotage"),
    ("c27-mfa-captured", "c27-ru-az-sabotage"),
    ("c27-mfa-captured", "c27-azmfa-detained"),
    ("c27-ru-am-captured", "c27-az-sabotage"),
    ("c27-ru-am-captured", "c27-ru-az-sabotage"),
    ("c27-ru-am-captured", "c27-azmfa-detained"),
    ("c27-mfa-denial", "c27-az-sabotage"),
    ("c27-mfa-denial", "c27-ru-az-sabotage"),
    ("c27-mfa-denial", "c27-azmfa-detained"),
    ("c27-azmfa-denial", "c27-am-captured"),
    ("c27-azmfa-denial", "c27-mfa-captured"),
    ("c27-azmfa-denial", "c27-ru-am-captured"),
    # Zabukh, 24 August 2022.
    ("z24-az-fire", "z24-nk-denial"),
    ("z24-az-fire", "z24-nk-ceasefire"),
    ("z24-azag-fire", "z24-nk-denial"),
    ("z24-azag-fire", "z24-nk-ceasefire"),
    # Lachin town, 26 August 2022: whether the residents were forced out; the mines.
    ("b26-nk-forced", "b26-aide-voluntary"),
    ("b26-nk-forced", "b26-ru-voluntary"),
    ("b26-ru-nk-forced", "b26-aide-voluntary"),
    ("b26-ru-nk-forced", "b26-ru-voluntary"),
    ("b26-nk-no-mines", "b26-az-mines"),
    ("b26-nk-no-mines", "b26-ru-az-mines"),
    # Martakert, 14 August 2023: whether a drone struck the post.
    ("m14-nk-drone", "m14-az-denial"),
    ("m14-nk-drone", "m14-az-no-uav"),
    ("m14-nk-drone", "m14-wire-az-no-uav"),
    ("m14-ru-drone", "m14-az-denial"),
    ("m14-ru-drone", "m14-az-no-uav"),
    ("m14-ru-drone", "m14-wire-az-no-uav"),
    ("m14-wire-nk-drone", "m14-az-denial"),
    ("m14-wire-nk-drone", "m14-az-no-uav"),
    ("m14-wire-nk-drone", "m14-wire-az-no-uav"),
    ("m14-nk-wounded", "m14-az-denial"),
    # Askeran, 16 August 2023: each side accuses the other of the same fire.
    ("a16-az-fire", "a16-nk-fire"),
    ("a16-az-fire", "a16-nk-untrue"),
    ("a16-azag-fire", "a16-nk-fire"),
    ("a16-azag-fire", "a16-nk-untrue"),
    ("a16-azag-denial", "a16-nk-fire"),
    # 12 February 2024: whether Armenian positions fired and wounded a border guard.
    ("z12-am-no-fire", "z12-az-fire"),
    ("z12-am-no-fire", "z12-az-wounded"),
    ("z12-am-no-fire", "z12-mfa-wounded"),
    ("z12-am-no-fire", "h13-az-retaliation"),
    ("z12-am-no-fire", "h13-az-post"),
    ("z12-am-no-fire", "h13-ru-az-post"),
    ("h13-mfa-pretext", "z12-az-fire"),
    ("h13-mfa-pretext", "z12-az-wounded"),
    ("h13-mfa-pretext", "z12-mfa-wounded"),
    ("h13-mfa-pretext", "h13-az-retaliation"),
    ("h13-mfa-pretext", "h13-az-post"),
    ("h13-mfa-pretext", "h13-ru-az-post"),
    ("h13-eu-no-fire-12", "z12-az-fire"),
    ("h13-eu-no-fire-12", "z12-az-wounded"),
    ("h13-eu-no-fire-12", "z12-mfa-wounded"),
    ("h13-eu-no-fire-12", "h13-az-retaliation"),
    ("h13-eu-no-fire-12", "h13-az-post"),
    ("h13-eu-no-fire-12", "h13-ru-az-post"),
    # Nerkin Hand, 13 February 2024: provoked or not.
    ("h13-mfa-unprovoked", "h13-az-retaliation"),
    ("h13-mfa-unprovoked", "h13-az-post"),
    ("h13-mfa-unprovoked", "h13-ru-az-post"),
]

CORROBORATIONS = [
    ("c27-am-captured", "c27-mfa-captured"),
    ("c27-ru-am-captured", "c27-mfa-captured"),
    ("c27-az-sabotage", "c27-azmfa-detained"),
    ("c27-ru-az-sabotage", "c27-azmfa-detained"),
    ("b26-aide-voluntary", "b26-ru-voluntary"),
    ("m14-nk-drone", "m14-ru-drone"),
    ("m14-nk-wounded", "m14-ru-drone"),
    ("m14-wire-nk-drone", "m14-ru-drone"),
    ("z12-az-fire", "z12-mfa-wounded"),
    ("z12-az-wounded", "z12-mfa-wounded"),
    ("z12-am-no-fire", "h13-mfa-pretext"),
    ("z12-am-no-fire", "h13-eu-no-fire-12"),
    ("h13-mfa-pretext", "h13-eu-no-fire-12"),
    ("h13-am-fire", "h13-eu-fire"),
    ("h13-am-killed", "h13-eu-killed"),
    ("h13-ru-am-killed", "h13-eu-killed"),
]

DUPLICATES = [
    ("sz25-am-fire", "sz25-ru-am-fire"),
    ("sz25-az-no-fire", "sz25-ru-az-no-fire"),
    ("c27-am-captured", "c27-ru-am-captured"),
    ("c27-az-sabotage", "c27-ru-az-sabotage"),
    ("z24-az-fire", "z24-azag-fire"),
    ("b26-nk-forced", "b26-ru-nk-forced"),
    ("b26-az-mines", "b26-ru-az-mines"),
    ("m14-nk-drone", "m14-wire-nk-drone"),
    ("m14-az-no-uav", "m14-wire-az-no-uav"),
    ("a16-az-fire", "a16-azag-fire"),
    ("h13-am-killed", "h13-ru-am-killed"),
    ("h13-az-post", "h13-ru-az-post"),
]

HARD_NEGATIVES = [
    # May 2021: Verin Shorzha against the capture two days later.
    ("sz25-az-denial", "c27-am-captured"),
    ("sz25-az-no-fire", "c27-mfa-captured"),
    ("sz25-ru-az-no-fire", "c27-ru-am-captured"),
    ("c27-az-sabotage", "sz25-am-fire"),
    ("c27-ru-az-sabotage", "sz25-ru-am-fire"),
    ("c27-azmfa-denial", "sz25-am-killed"),
    ("c27-azmfa-detained", "sz25-am-fire"),
    ("c27-mfa-denial", "sz25-az-denial"),
    # August 2022: Zabukh against the handover of Lachin town.
    ("z24-nk-denial", "b26-az-mines"),
    ("z24-nk-denial", "b26-ru-az-mines"),
    ("z24-nk-ceasefire", "b26-aide-arson"),
    ("z24-nk-ceasefire", "b26-az-mines"),
    ("z24-az-fire", "b26-nk-no-mines"),
    ("z24-azag-fire", "b26-nk-forced"),
    # August 2023: Martakert against Askeran.
    ("m14-az-denial", "a16-nk-fire"),
    ("m14-az-no-uav", "a16-nk-fire"),
    ("a16-nk-untrue", "m14-az-denial"),
    ("a16-nk-untrue", "m14-wire-az-no-uav"),
    ("a16-az-fire", "m14-nk-drone"),
    ("a16-azag-fire", "m14-ru-drone"),
    ("a16-azag-denial", "m14-nk-drone"),
    # February 2024: the 12th against the 13th.
    ("h13-am-fire", "z12-az-fire"),
    ("h13-am-killed", "z12-az-wounded"),
    ("h13-ru-am-killed", "z12-mfa-wounded"),
    ("h13-eu-fire", "z12-az-fire"),
    ("h13-eu-killed", "z12-az-wounded"),
]
