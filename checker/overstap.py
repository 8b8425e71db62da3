"""The overstapoptie's statutory rules (art. 2.107k WVO 2020; art. 9.1.14 WEB; bouwsteen "Altijd een
passend vervolg"): the agreement may not send a leaving pupil only to Entree, may not impose
vooropleidingseisen on a switch within the same instelling, and a geïntegreerde route guarantees a
passende plek (motie Kwint)."""

from __future__ import annotations

import re

from checker.reading import Reading
from checker.requirements import Requirement
from checker.results import Finding, RequirementResult

_ENTREE = re.compile(r"\bentree", re.IGNORECASE)
_OTHER_OPTIONS = re.compile(
    r"\b(?:regulier\w*|andere (?:opleiding|mbo-opleiding|route|leerroute|doorlopende|richting|leerweg)\w*|"
    r"ander (?:profiel|niveau|opleidingsdomein)|(?:het)?zelfde niveau|vergelijkbaar niveau|niveau [234]|"
    r"vmbo-diploma|mbo-diploma|startkwalificatie|doubler\w*|passende plek|basisberoepsopleiding|vakopleiding)\b",
    re.IGNORECASE,
)
_ADMISSION_RULE = re.compile(
    r"\b(?:vooropleidingseis\w*|toelatingseis\w*|vooropleidingsvereist\w*)", re.IGNORECASE
)
# The same rule in its own words: a switch to another opleiding allowed only with the vmbo diploma
# ("kan overstappen naar een andere opleiding ..., mits hij het vmbo-diploma heeft behaald"; "zonder
# dat diploma wordt hij niet toegelaten").
_DIPLOMA_REQUIRED = re.compile(
    r"\b(?:mits|op voorwaarde dat|alleen (?:als|indien|wanneer|met|na)|uitsluitend (?:als|indien|met|na)|"
    r"pas (?:na|als|nadat))\b[^.;]{0,80}\bvmbo-?diploma\b"
    r"|\bzonder (?:dat|het|een|zijn|haar) (?:vmbo-?)?diploma\b[^.;]{0,80}\bniet\b[^.;]{0,40}\btoegelaten\b"
    r"|\bniet\b[^.;]{0,40}\btoegelaten\b[^.;]{0,40}\bzonder (?:dat|het|een|zijn|haar) (?:vmbo-?)?diploma\b",
    re.IGNORECASE,
)
_SWITCH = re.compile(
    r"\b(?:overstap\w*|overstappen|stapt over|stappen over|andere (?:mbo-)?opleiding\w*|toegelaten|"
    r"instromen|instroomt)\b",
    re.IGNORECASE,
)
# The rules are waived when a negation stands close to them ("zonder vooropleidingseisen",
# "vooropleidingseisen gelden niet", or in the same clause: "Vooropleidingseisen worden bij een
# overstap binnen de instelling niet gesteld"), or when they concern another instelling. "Hoeft
# niet aan de toelatingseisen te voldoen" waives them; "voldoet niet aan de toelatingseisen" says
# they apply.
_WAIVED = re.compile(
    r"\b(?<!voldoet )(?<!voldoen )(?:niet|geen|vrij van)\W+(?:\w+\W+){0,4}"
    r"(?:vooropleidingseis|toelatingseis|vooropleidingsvereist)\w*"
    r"|\bzonder\W+(?:\w+\W+){0,6}(?:vooropleidingseis|toelatingseis|vooropleidingsvereist)\w*"
    r"|(?:vooropleidingseis|toelatingseis|vooropleidingsvereist)\w*\W+(?:(?:\w+\W+){0,5}|(?:\w+[^\w,;:.]+){0,9})"
    r"(?:niet|geen|vervallen|vervalt|buiten toepassing|n\.v\.t|ontheven|ontheffing)\b"
    r"|\b(?:andere instelling|ander roc|andere mbo-instelling|elders|geschiktheidsonderzoek)\b",
    re.IGNORECASE,
)
_AUTOMATIC_ENTREE = re.compile(
    r"\bautomatisch\b[^.]{0,80}\bentree|\bentree\b[^.]{0,80}\bautomatisch\b", re.IGNORECASE
)
# the place promised in so many words, a right to it, or "altijd een vervolg", or Entree
# excluded as the automatic way out ("een leerling gaat nooit automatisch naar Entree")
_GUARANTEE = re.compile(
    r"\b(?:passende (?:plek|plaats|opleiding)|gegarandeerd|garantie|garanderen|garandeert)\b"
    r"|\brecht op (?:een )?(?:plek|plaats|vervolg|opleiding)\b"
    r"|\b(?:altijd|steeds|in (?:elk|ieder) geval) een (?:plek|plaats|vervolg|opleiding)\b"
    r"|\b(?:nooit|niet) automatisch\b[^.]{0,40}\bentree",
    re.IGNORECASE,
)


def check_overstap(requirement: Requirement, reading: Reading, result: RequirementResult, route: str) -> None:
    texts = [s.text for p in reading.arranging for s in p.sentences]
    joined = " ".join(texts)
    statute = requirement.statute
    problems = []
    if _ENTREE.search(joined) and not _OTHER_OPTIONS.search(_ENTREE.sub(" ", joined)):
        problems.append(
            Finding(
                "entree_only",
                "error",
                "Als enige mogelijkheid wordt de Entree-opleiding genoemd; de overstapoptie moet een passend "
                f"alternatief bieden waarmee de leerling een vmbo- of mbo-diploma kan halen ({statute}).",
                "alternatief",
            )
        )
    for text in texts:
        imposed = _ADMISSION_RULE.search(text) or (_DIPLOMA_REQUIRED.search(text) and _SWITCH.search(text))
        if imposed and not _WAIVED.search(text):
            problems.append(
                Finding(
                    "contradicts_statute",
                    "error",
                    "Bij een overstap binnen dezelfde instelling gelden de vooropleidingseisen niet (art. 2.107k "
                    f"WVO 2020; art. 9.1.14 WEB); de overeenkomst mag ze niet opleggen ({statute}).",
                    "alternatief",
                )
            )
            break
    if route == "geintegreerde_route":
        automatic = [
            t
            for t in texts
            if _AUTOMATIC_ENTREE.search(t) and not re.search(r"\b(?:niet|geen|nooit)\b", t, re.I)
        ]
        if automatic:
            problems.append(
                Finding(
                    "contradicts_statute",
                    "error",
                    "In de geïntegreerde route gaat een leerling die stopt niet automatisch naar Entree; hij heeft "
                    f"recht op een passende plek (motie Kwint; {statute}).",
                    "alternatief",
                )
            )
        elif not _GUARANTEE.search(joined):
            problems.append(
                Finding(
                    "passende_plek_missing",
                    "error",
                    "Voor de geïntegreerde route ontbreekt de garantie van een passende plek voor een leerling "
                    f"die de route verlaat (motie Kwint; {statute}).",
                    "alternatief",
                )
            )
    if problems:
        result.findings.extend(problems)
        if result.status == "present":
            result.status = "weak"
            result.confidence = 0.8
            result.suggestion = requirement.suggestion
        result.elements["alternatief"] = False
