"""A third held-out set for contradiction candidates, in the form of ``holdout2``, with crowded
pools, written without reading the rules of candidates: events that neither ``multilingual``,
``holdout`` nor ``holdout2`` covers, in clusters of the same days and sectors, so that each
claim's partner competes with the opposing claims of a nearby event (hard negatives), with the
same side's other speakers (corroborations) and with relays of the same statement in other
languages (duplicates).

- the Goris and Vardenis sectors of the border, 14 September 2022;
- the Hakari bridge at the entrance of the Lachin road and the village of Tegh, 15 June 2023,
  and the Yeraskh–Sadarak border with Nakhchivan, 19 June 2023;
- water-pipe workers shot near Shusha, 8 November 2021, and the Khojavend–Martuni line,
  11 November 2021;
- the Lachin road closed by protesters, 12 December 2022, and the gas supply of Karabakh,
  13 December 2022.

Written for Parallax in its own words, after the way the defence and foreign ministries, a border
service, a national security service, a presidential aide, a gas utility, the Karabakh Armenian
authorities, the Russian defence ministry's peacekeeping bulletins and the agencies that relay
them report an incident and the other side's denial. The agencies and the wire (Yuzhny Kuryer,
Araz Xəbər, Sevan Lur, Ridgeline Wire) are invented; facts follow what each side said at the
time or are invented for the set, and all of them are claims, not findings. Some reports belong
to a listed incident, some give only a date, some neither.

Labels as in ``holdout2``, with two choices made explicit: two parties' opposite accounts of one
event quoted in one wire report are labelled as a contradiction (a reviewer would pair them),
and so are mutual accusations about the same exchange of fire. A third party's account that
agrees with one side (the Russian peacekeepers' bulletin) is a corroboration of that side.

``python -m demo.contradiction_evaluation --set holdout3`` prints the figures.
"""

from datetime import date

from demo.contradiction_sets import _holdout3_june, _holdout3_karabakh, _holdout3_september
from sources.models import Source

_SET = "(held-out set 3)"

SPEAKERS = {  # key -> (name, kind, country)
    "az-mod": (f"Ministry of Defence of Azerbaijan {_SET}", Source.Kind.MINISTRY, "AZ"),
    "az-mfa": (f"Ministry of Foreign Affairs of Azerbaijan {_SET}", Source.Kind.MINISTRY, "AZ"),
    "az-aide": (f"Aide to the President of Azerbaijan {_SET}", Source.Kind.OFFICIAL, "AZ"),
    "az-border": (
        f"State Border Service of Azerbaijan {_SET}",
        Source.Kind.GOVERNMENT_BODY,
        "AZ",
    ),
    "az-gas": (f"Azerigas gas utility of Azerbaijan {_SET}", Source.Kind.OTHER, "AZ"),
    "am-mod": (f"Ministry of Defence of Armenia {_SET}", Source.Kind.MINISTRY, "AM"),
    "am-mfa": (f"Ministry of Foreign Affairs of Armenia {_SET}", Source.Kind.MINISTRY, "AM"),
    "am-nss": (
        f"National Security Service of Armenia {_SET}",
        Source.Kind.GOVERNMENT_BODY,
        "AM",
    ),
    "am-gov": (f"Government of Armenia {_SET}", Source.Kind.GOVERNMENT_BODY, "AM"),
    "nk-nss": (
        f"Karabakh Armenian National Security Service {_SET}",
        Source.Kind.GOVERNMENT_BODY,
        "",
    ),
    "nk-army": (f"Karabakh Armenian Defence Army {_SET}", Source.Kind.MILITARY, ""),
    "nk-leader": (f"Karabakh Armenian leader {_SET}", Source.Kind.OFFICIAL, ""),
    "ru-mod": (f"Ministry of Defence of Russia {_SET}", Source.Kind.MINISTRY, "RU"),
    "ru-agency": (f"Yuzhny Kuryer news agency {_SET}", Source.Kind.NEWS_AGENCY, "RU"),
    "az-agency": (f"Araz Xəbər news agency {_SET}", Source.Kind.NEWS_AGENCY, "AZ"),
    "am-agency": (f"Sevan Lur news agency {_SET}", Source.Kind.NEWS_AGENCY, "AM"),
    "wire": (f"Ridgeline Wire {_SET}", Source.Kind.NEWS_AGENCY, ""),
}

INCIDENTS = {  # key -> (title, first day)
    "goris-2022": (f"Shelling in the Goris and Lachin directions {_SET}", date(2022, 9, 14)),
    "hakari-2023": (f"Shooting at the Hakari bridge {_SET}", date(2023, 6, 15)),
    "yeraskh-2023": (f"Exchange of fire at Yeraskh and Sadarak {_SET}", date(2023, 6, 19)),
    "shusha-2021": (f"Workers shot near Shusha {_SET}", date(2021, 11, 8)),
    "road-2022": (f"Protest on the Lachin road {_SET}", date(2022, 12, 12)),
}

REPORTS = [
    *_holdout3_september.REPORTS,
    *_holdout3_june.REPORTS,
    *_holdout3_karabakh.REPORTS,
]

CONTRADICTIONS = [
    # Goris, 14 September 2022: who shelled whom; whether homes in Goris were hit.
    ("g14-am-fire", "g14-az-fire"),
    ("g14-am-fire", "g14-ru-az-fire"),
    ("g14-ru-am-fire", "g14-az-fire"),
    ("g14-ru-am-fire", "g14-ru-az-fire"),
    ("g14-am-civilian", "g14-az-denial"),
    ("g14-gov-homes", "g14-az-denial"),
    # Vardenis and Kalbajar, 14 September 2022.
    ("v14-am-attack", "v14-az-fire"),
    ("v14-am-attack", "v14-wire-az-fire"),
    ("v14-am-attack", "v14-azag-fire"),
    ("v14-amag-attack", "v14-az-fire"),
    ("v14-amag-attack", "v14-wire-az-fire"),
    ("v14-wire-am-attack", "v14-az-fire"),
    ("v14-wire-am-attack", "v14-wire-az-fire"),
    ("v14-am-denial", "v14-az-fire"),
    ("v14-am-denial", "v14-wire-az-fire"),
    ("v14-am-denial", "v14-azag-fire"),
    ("v14-az-denial", "v14-am-attack"),
    ("v14-az-denial", "v14-amag-attack"),
    ("v14-az-denial", "v14-wire-am-attack"),
    # Hakari bridge, 15 June 2023: who fired; whether the flag was carried onto Armenian soil.
    ("h15-am-fire", "h15-az-fire"),
    ("h15-am-fire", "h15-ru-az-fire"),
    ("h15-am-fire", "h15-aide-fire"),
    ("h15-am-flag", "h15-aide-no-crossing"),
    ("h15-ru-am-flag", "h15-aide-no-crossing"),
    # Tegh, 15 June 2023.
    ("t15-am-fire", "t15-az-denial"),
    ("t15-am-fire", "t15-az-no-fire"),
    ("t15-am-fire", "t15-wire-az-no-fire"),
    ("t15-wire-am-fire", "t15-az-denial"),
    ("t15-wire-am-fire", "t15-az-no-fire"),
    ("t15-wire-am-fire", "t15-wire-az-no-fire"),
    # Yeraskh and Sadarak, 19 June 2023: mutual accusations and denials.
    ("y19-am-fire", "y19-az-fire"),
    ("y19-am-fire", "y19-azag-fire"),
    ("y19-amag-fire", "y19-az-fire"),
    ("y19-amag-fire", "y19-azag-fire"),
    ("y19-am-fire", "y19-az-denial"),
    ("y19-amag-fire", "y19-az-denial"),
    ("y19-az-fire", "y19-am-denial"),
    ("y19-az-fire", "y19-amag-denial"),
    ("y19-azag-fire", "y19-am-denial"),
    ("y19-azag-fire", "y19-amag-denial"),
    # Near Shusha, 8 November 2021.
    ("sh8-nk-fire", "sh8-az-denial"),
    ("sh8-nk-fire", "sh8-az-no-fire"),
    ("sh8-ru-fire", "sh8-az-denial"),
    ("sh8-ru-fire", "sh8-az-no-fire"),
    ("sh8-mfa-fire", "sh8-az-denial"),
    ("sh8-mfa-fire", "sh8-az-no-fire"),
    # Khojavend–Martuni, 11 November 2021.
    ("k11-az-fire", "k11-nk-denial"),
    ("k11-azag-fire", "k11-nk-denial"),
    ("k11-nk-farmers", "k11-azag-no-farmers"),
    # The Lachin road, 12 December 2022.
    ("r12-nk-blocked", "r12-az-not-closed"),
    ("r12-nk-blocked", "r12-ru-az-not-closed"),
    ("r12-nk-blocked", "r12-az-may-pass"),
    ("r12-ru-nk-blocked", "r12-az-not-closed"),
    ("r12-ru-nk-blocked", "r12-ru-az-not-closed"),
    ("r12-ru-nk-blocked", "r12-az-may-pass"),
    # The gas supply, 13 December 2022.
    ("gs13-nk-cut", "gs13-az-no-cut"),
    ("gs13-nk-cut", "gs13-az-denial"),
    ("gs13-amag-cut", "gs13-az-no-cut"),
    ("gs13-amag-cut", "gs13-az-denial"),
]

CORROBORATIONS = [
    ("g14-am-civilian", "g14-gov-homes"),
    ("v14-az-fire", "v14-azag-fire"),
    ("h15-az-fire", "h15-aide-fire"),
    ("h15-ru-az-fire", "h15-aide-fire"),
    ("sh8-nk-fire", "sh8-ru-fire"),
    ("sh8-nk-fire", "sh8-mfa-fire"),
    ("sh8-ru-fire", "sh8-mfa-fire"),
]

DUPLICATES = [
    ("g14-am-fire", "g14-ru-am-fire"),
    ("g14-az-fire", "g14-ru-az-fire"),
    ("v14-am-attack", "v14-amag-attack"),
    ("v14-am-attack", "v14-wire-am-attack"),
    ("v14-amag-attack", "v14-wire-am-attack"),
    ("v14-az-fire", "v14-wire-az-fire"),
    ("h15-az-fire", "h15-ru-az-fire"),
    ("h15-am-flag", "h15-ru-am-flag"),
    ("t15-am-fire", "t15-wire-am-fire"),
    ("t15-az-no-fire", "t15-wire-az-no-fire"),
    ("y19-am-fire", "y19-amag-fire"),
    ("y19-am-denial", "y19-amag-denial"),
    ("y19-az-fire", "y19-azag-fire"),
    ("k11-az-fire", "k11-azag-fire"),
    ("r12-nk-blocked", "r12-ru-nk-blocked"),
    ("r12-az-not-closed", "r12-ru-az-not-closed"),
    ("gs13-nk-cut", "gs13-amag-cut"),
]

HARD_NEGATIVES = [
    # 14 September 2022: Goris against Vardenis.
    ("g14-az-denial", "v14-am-attack"),
    ("g14-az-fire", "v14-am-attack"),
    ("g14-am-fire", "v14-az-fire"),
    ("g14-ru-am-fire", "v14-wire-az-fire"),
    ("v14-am-denial", "g14-az-fire"),
    ("v14-am-denial", "g14-ru-az-fire"),
    ("v14-az-denial", "g14-am-fire"),
    ("v14-az-denial", "g14-ru-am-fire"),
    # 15 June 2023: the bridge against Tegh.
    ("t15-az-denial", "h15-am-fire"),
    ("t15-az-no-fire", "h15-am-fire"),
    ("t15-wire-az-no-fire", "h15-am-fire"),
    ("h15-az-fire", "t15-am-fire"),
    ("h15-ru-az-fire", "t15-am-fire"),
    ("h15-aide-no-crossing", "t15-am-fire"),
    ("h15-aide-fire", "t15-wire-am-fire"),
    # 15 against 19 June 2023: Syunik against Nakhchivan.
    ("y19-az-denial", "t15-am-fire"),
    ("y19-az-denial", "h15-am-fire"),
    ("y19-am-denial", "h15-az-fire"),
    ("y19-amag-denial", "h15-ru-az-fire"),
    ("t15-az-denial", "y19-am-fire"),
    ("y19-am-fire", "h15-az-fire"),
    # November 2021: Shusha against Khojavend.
    ("sh8-az-denial", "k11-nk-farmers"),
    ("sh8-az-no-fire", "k11-nk-farmers"),
    ("k11-azag-no-farmers", "sh8-nk-fire"),
    ("k11-azag-no-farmers", "sh8-ru-fire"),
    ("k11-azag-no-farmers", "sh8-mfa-fire"),
    # December 2022: the road against the gas.
    ("r12-az-not-closed", "gs13-nk-cut"),
    ("r12-ru-az-not-closed", "gs13-amag-cut"),
    ("r12-az-may-pass", "gs13-nk-cut"),
    ("gs13-az-no-cut", "r12-nk-blocked"),
    ("gs13-az-denial", "r12-nk-blocked"),
    ("gs13-az-denial", "r12-ru-nk-blocked"),
]
