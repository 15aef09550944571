"""The shape of a person's name: capitalised tokens, particles, initials."""

from __future__ import annotations

from . import _rx

_UPPER = "A-ZÅÄÖÉÈÜØÆÁÍÓÚÑČŠŽ"
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉÈÜØÆÁÍÓÚÑČŠŽ")
_NAME_TOKEN = _rx.compile(rf"^[{_UPPER}][\w'’.-]*$")
_INITIALS = _rx.compile(rf"^[{_UPPER}]{{1,4}}\.?$|^(?:[{_UPPER}]\.){{1,3}}$")
# Particles that may sit inside a name in lower case ("Ludwig van Beethoven", "Anna af Klint").
PARTICLES_TEXT = "von van der den de af la du di da bin al el"
PARTICLES = frozenset(PARTICLES_TEXT.split())
# Words that start capitalised lines but never names: headings, labels, sentence openers.
_NOT_NAMES_TEXT = """
    agenda dagordning föredragningslista beslut beslutades information info övrigt övriga
    mötet möte mötets punkt punkter nästa kommande ärende ärenden diskussion sammanfattning
    welcome välkommen inledning avslutning frågor rapport rapporter uppföljning bakgrund
    the a an we i it this there our minutes notes meeting item items actions action decisions
    vi jag det detta alla man ordförande sekreterare frånvarande närvarande deltagare
    present absent apologies regrets chair secretary scribe datum tid plats date time place
    location justerare justeras tema bilaga bilagor kl namn name names organisation organization
    roll role title befattning funktion
    """
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
# Words of Title Case agenda headings ("Financial Report"); no part of a person's name.
_HEADING_WORDS_TEXT = """
    report reports update updates review approval budget matters business order welcome
    introductions introduction arising aob close closing adjournment status project plan planning
    discussion presentation finance financial strategy policy proposal proposals summary actions
    minutes agenda next other any questions items item date members all everyone committee board
    rapport rapporter ekonomi budget uppföljning information frågor övrigt övriga samtliga alla
    ledamöter dagordning mötet protokoll anteckningar beslut
    """
_HEADING_WORDS = frozenset(_HEADING_WORDS_TEXT.split())


def looks_like_name(value: str, *, allow_single: bool = True) -> bool:
    """True when ``value`` reads as a person's name or initials (1-5 capitalised tokens)."""
    tokens = value.split()
    # Both shapes below start with a capital: a cheap test first, as this runs for every part
    # of every list of people (and a loop beats any() over a generator).
    if not tokens or len(tokens) > 5 or tokens[0][0] not in _CAPITALS:
        return False
    if tokens[0].lower().strip(".:") in _NOT_NAMES:
        return False
    for token in tokens:
        if token.lower().strip(".:,") in _HEADING_WORDS:
            return False
    if len(tokens) == 1:
        return allow_single and bool(_NAME_TOKEN.match(tokens[0]) or _INITIALS.match(tokens[0]))
    if not _NAME_TOKEN.match(tokens[0]):
        return False
    return all(_NAME_TOKEN.match(t) or t.lower() in PARTICLES for t in tokens[1:])


def is_initials(value: str) -> bool:
    """True for an initials token such as ``CB`` or ``K.P.``."""
    return bool(_INITIALS.match(value.strip()))


__all__ = ["PARTICLES", "is_initials", "looks_like_name"]
