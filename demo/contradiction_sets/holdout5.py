"""A fifth held-out set for contradiction candidates, in the form of ``holdout4``, with crowded
pools, written without reading the rules of candidates: events that neither ``multilingual``,
``holdout``, ``holdout2``, ``holdout3`` nor ``holdout4`` covers, in clusters of the same or
adjacent days, so that each claim's partner competes with the opposing claims of a nearby event
(hard negatives), with the same side's other speakers and a third party that agrees with one side
(corroborations) and with relays of the same statement in other languages (duplicates).

- the first day of the war on the line of contact, 27 September 2020, and the Vardenis and
  Dashkasan sectors of the border, 29 September 2020;
- Jabrayil, 4 October 2020, the cathedral of Shusha (Shushi), 8 October 2020, and Hadrut,
  9 October 2020;
- a soldier killed on the Gegharkunik–Kalbajar border, 23 July 2021, and the fighting near
  Verin Shorzha on the same border, 28 July 2021.

Written for Parallax in its own words, after the way the defence and foreign ministries, a head
of state, the Karabakh Armenian authorities, a neighbouring state's foreign ministry, a human
rights group and the agencies that relay them report an incident and the other side's denial.
The agencies, the wire and the rights group (Vostochny Telegraf, Kür Xəbər, Watershed Wire,
Conflict Rights Watch) are invented; facts follow what each side said at the time or are
invented for the set, and all of them are claims, not findings. Some reports belong to a listed
incident, some give only a date, some neither.

Labels as in ``holdout4``: two parties' opposite accounts of one event quoted in one wire report
are a contradiction, and so are mutual accusations about the same exchange of fire. Besides:
- a general denial that names no act ("the reports spread in Baku yesterday are untrue")
  contradicts the other side's claims about the event it answers, and a denial of an act
  contradicts the claims that presuppose the act (the journalists wounded by the second strike);
- a third party's account that agrees with one side (a neighbouring state's foreign ministry on
  who attacked first, the rights group on the strikes on the cathedral) is a corroboration of
  that side and contradicts the other side's claim;
- a claim that a death had another cause (a quarrel among the other side's own soldiers)
  contradicts the claim that one's own fire caused it;
- a claim the other side leaves unanswered (the losses on 23 and 28 July 2021) is in no list, and a
  denial of one act is not labelled against another act of the same day (the drone strike on the
  bus against the fire on the military unit in Vardenis).

``python -m demo.contradiction_evaluation --set holdout5`` prints the figures.
"""

from datetime import date

from demo.contradiction_sets import (
    _holdout5_july2021,
    _holdout5_october,
    _holdout5_september,
)
from sources.models import Source

_SET = "(held-out set 5)"

SPEAKERS = {  # key -> (name, kind, country)
    "az-mod": (f"Ministry of Defence of Azerbaijan {_SET}", Source.Kind.MINISTRY, "AZ"),
    "az-president": (f"President of Azerbaijan {_SET}", Source.Kind.OFFICIAL, "AZ"),
    "am-mod": (f"Ministry of Defence of Armenia {_SET}", Source.Kind.MINISTRY, "AM"),
    "am-mfa": (f"Ministry of Foreign Affairs of Armenia {_SET}", Source.Kind.MINISTRY, "AM"),
    "nk-army": (f"Karabakh Armenian Defence Army {_SET}", Source.Kind.MILITARY, ""),
    "nk-leader": (f"Karabakh Armenian leader {_SET}", Source.Kind.OFFICIAL, ""),
    "tr-mfa": (f"Ministry of Foreign Affairs of Turkey {_SET}", Source.Kind.MINISTRY, "TR"),
    "rights-group": (f"Conflict Rights Watch {_SET}", Source.Kind.OTHER, ""),
    "ru-agency": (f"Vostochny Telegraf news agency {_SET}", Source.Kind.NEWS_AGENCY, "RU"),
    "az-agency": (f"Kür Xəbər news agency {_SET}", Source.Kind.NEWS_AGENCY, "AZ"),
    "wire": (f"Watershed Wire {_SET}", Source.Kind.NEWS_AGENCY, ""),
}

INCIDENTS = {  # key -> (title, first day)
    "start-2020": (f"Fighting along the line of contact {_SET}", date(2020, 9, 27)),
    "vardenis-2020": (f"Fire on Vardenis {_SET}", date(2020, 9, 29)),
    "shushi-2020": (f"Strikes on the cathedral of Shusha {_SET}", date(2020, 10, 8)),
    "hadrut-oct-2020": (f"Fighting for Hadrut {_SET}", date(2020, 10, 9)),
    "kalbajar-2021": (f"Soldier killed on the Kalbajar border {_SET}", date(2021, 7, 23)),
    "shorzha-2021": (f"Clash near Verin Shorzha {_SET}", date(2021, 7, 28)),
}

REPORTS = [
    *_holdout5_september.REPORTS,
    *_holdout5_october.REPORTS,
    *_holdout5_july2021.REPORTS,
]

CONTRADICTIONS = [
    # 27 September 2020: who attacked first along the line of contact; the tanks.
    ("s27-am-attack", "s27-az-shelled"),
    ("s27-am-attack", "s27-ru-az-shelled"),
    ("s27-am-attack", "s27-tr-attack"),
    ("s27-ru-am-attack", "s27-az-shelled"),
    ("s27-ru-am-attack", "s27-ru-az-shelled"),
    ("s27-ru-am-attack", "s27-tr-attack"),
    ("s27-am-tanks", "s27-az-no-tanks"),
    # Vardenis, 29 September 2020: whether a drone struck the bus, any fire on Armenia.
    ("v29-az-denial", "v29-am-bus"),
    ("v29-az-denial", "v29-ru-am-bus"),
    ("v29-az-no-ops", "v29-am-fire"),
    ("v29-az-no-ops", "v29-am-bus"),
    ("v29-az-no-ops", "v29-ru-am-bus"),
    # Dashkasan, 29 September 2020.
    ("d29-az-shelled", "d29-mfa-denial"),
    # Jabrayil, 4 October 2020.
    ("j4-az-liberated", "j4-am-denial"),
    # The cathedral of Shusha, 8 October 2020.
    ("sh8-nk-struck", "sh8-az-denial"),
    ("sh8-nk-wounded", "sh8-az-denial"),
    ("sh8-ru-nk-wounded", "sh8-az-denial"),
    ("sh8-hr-deliberate", "sh8-az-denial"),
    # Hadrut, 9 October 2020.
    ("h9-az-liberated", "h9-am-denial"),
    ("h9-az-liberated", "h9-am-control"),
    ("h9-az-liberated", "h9-nk-untrue"),
    ("h9-azag-liberated", "h9-am-denial"),
    ("h9-azag-liberated", "h9-am-control"),
    ("h9-azag-liberated", "h9-nk-untrue"),
    # Kalbajar border, 23 July 2021: who opened fire; whether an Armenian sniper killed the
    # Azerbaijani soldier.
    ("k23-am-fire", "k23-az-fire"),
    ("k23-am-own-incident", "k23-az-killed"),
    ("k23-am-own-incident", "k23-ru-az-killed"),
    # Verin Shorzha and Kalbajar, 28 July 2021.
    ("sj28-am-attack", "sj28-az-fire"),
    ("sj28-am-attack", "sj28-wire-az-fire"),
    ("sj28-wire-am-attack", "sj28-az-fire"),
    ("sj28-wire-am-attack", "sj28-wire-az-fire"),
]

CORROBORATIONS = [
    ("s27-az-shelled", "s27-tr-attack"),
    ("s27-ru-az-shelled", "s27-tr-attack"),
    ("sh8-nk-struck", "sh8-hr-deliberate"),
    ("h9-am-denial", "h9-nk-untrue"),
    ("h9-am-control", "h9-nk-untrue"),
]

DUPLICATES = [
    ("s27-am-attack", "s27-ru-am-attack"),
    ("s27-az-shelled", "s27-ru-az-shelled"),
    ("v29-am-bus", "v29-ru-am-bus"),
    ("sh8-nk-wounded", "sh8-ru-nk-wounded"),
    ("h9-az-liberated", "h9-azag-liberated"),
    ("sj28-am-attack", "sj28-wire-am-attack"),
    ("sj28-az-fire", "sj28-wire-az-fire"),
]

HARD_NEGATIVES = [
    # September 2020: the first day against the Vardenis and Dashkasan sectors.
    ("s27-az-shelled", "v29-am-fire"),
    ("s27-tr-attack", "v29-am-bus"),
    ("v29-az-denial", "s27-am-attack"),
    ("v29-az-no-ops", "s27-ru-am-attack"),
    ("d29-az-shelled", "s27-am-attack"),
    ("d29-mfa-denial", "s27-az-shelled"),
    # 29 September 2020: Vardenis against Dashkasan, both on the same section of the border.
    ("d29-az-shelled", "v29-ru-am-bus"),
    ("d29-mfa-denial", "v29-az-denial"),
    ("d29-mfa-denial", "v29-az-no-ops"),
    # October 2020: Jabrayil, the cathedral and Hadrut.
    ("j4-am-denial", "h9-az-liberated"),
    ("j4-am-denial", "h9-azag-liberated"),
    ("j4-az-liberated", "h9-am-denial"),
    ("j4-az-liberated", "h9-nk-untrue"),
    ("j4-am-denial", "sh8-az-denial"),
    ("sh8-az-denial", "h9-am-denial"),
    ("sh8-az-denial", "h9-nk-untrue"),
    ("h9-az-liberated", "sh8-nk-struck"),
    ("h9-azag-liberated", "sh8-hr-deliberate"),
    # July 2021: the 23rd against the 28th on the same border.
    ("k23-az-fire", "sj28-am-attack"),
    ("k23-az-fire", "sj28-wire-am-attack"),
    ("k23-az-killed", "sj28-am-killed"),
    ("k23-ru-az-killed", "sj28-am-attack"),
    ("k23-am-fire", "sj28-az-fire"),
    ("k23-am-fire", "sj28-wire-az-fire"),
    ("k23-am-own-incident", "sj28-az-wounded"),
    ("k23-am-wounded", "sj28-az-fire"),
]
