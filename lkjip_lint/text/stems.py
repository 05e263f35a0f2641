"""Indonesian word roots, for telling words apart.

Two words are the same word when they share a root: "pemerintah" / "pemerintahan",
"kelola" / "pengelolaan" / "dikelola", "meningkatnya" / "peningkatan". Roots come from
stripping the regular affixes, without a dictionary:

    particles and possessives   -lah -kah -pun -nya -ku -mu
    suffixes                    -kan -an -i
    prefixes (two at most)      di- ke- se- ter- ber- per- me-/mem-/men-/meng-/meny-
                                pe-/pem-/pen-/peng-/peny-
    confixes                    ke-…-an, pe-…-an, per-…-an, ber-…-an (prefix and suffix)

A nasal prefix hides the first letter of some roots (me+tulis = menulis, pe+kelola =
pengelola, pe+perintah = pemerintah, me+susun = menyusun), so each possible root is
kept: a word has a set of candidate roots, the word itself included, and two words
share a root when their sets meet. Different words that look alike keep different
roots: perumahan {rumah, umah …} and perubahan {ubah, rubah …}, pendapatan {dapat}
and pendataan {data}, pengelolaan {kelola} and pengolahan {olah}, pelayanan {layan}
and pelaksanaan {laksana}.
"""

from __future__ import annotations

import re
from functools import lru_cache

MIN_ROOT = 4  # a stripped candidate shorter than this is no root ("an", "ke")
_VOWEL = "aeiou"
_PARTICLES = ("lah", "kah", "pun", "tah")
_POSSESSIVES = ("nya", "ku", "mu")
_SUFFIXES = ("kan", "an", "i")
_LETTERS = re.compile(r"[^a-z]")


def _without_endings(word: str) -> set[str]:
    """The word with its particle, possessive and derivational suffix removed, each step
    optional."""
    forms = {word}
    for endings in (_PARTICLES, _POSSESSIVES, _SUFFIXES):
        for form in list(forms):
            for ending in endings:
                if form.endswith(ending) and len(form) - len(ending) >= MIN_ROOT:
                    forms.add(form[:-len(ending)])
    return forms


def _nasal_roots(rest: str, nasal: str) -> set[str]:
    """Roots hidden behind a nasal prefix (me-/pe- + ``nasal``) before ``rest``."""
    roots = {rest}
    starts_with_vowel = rest[:1] in _VOWEL
    if nasal == "m":
        roots.add("m" + rest)  # me+makan
        if starts_with_vowel:
            roots.add("p" + rest)  # me+pukul = memukul, pe+perintah = pemerintah
    elif nasal == "n":
        roots.add("n" + rest)  # me+nanti
        if starts_with_vowel:
            roots.add("t" + rest)  # me+tulis = menulis, pe+tari = penari
    elif nasal == "ng":
        if starts_with_vowel:
            roots.add("k" + rest)  # pe+kelola = pengelola
    elif nasal == "ny":
        roots.add("s" + rest)  # me+susun = menyusun
    return roots


def _without_prefix(word: str) -> set[str]:
    """The word with one prefix removed, in every way it can be read."""
    found: set[str] = set()
    for prefix in ("di", "ke", "se", "ter", "ber", "per", "be", "te"):
        if word.startswith(prefix):
            found.add(word[len(prefix):])
    for base in ("me", "pe"):
        if not word.startswith(base):
            continue
        rest = word[2:]
        for nasal in ("ng", "ny", "m", "n"):
            if rest.startswith(nasal):
                found |= _nasal_roots(rest[len(nasal):], nasal)
                break
        if rest[:1] in "lrwymn":
            found.add(rest)  # me+layani, pe+rumah, pe+merintah
    return {form for form in found if len(form) >= MIN_ROOT}


@lru_cache(maxsize=65536)
def roots(word: str) -> frozenset[str]:
    """Every candidate root of ``word``, the word itself included; a word with digits or
    other signs is its own root only."""
    word = word.lower()
    if len(word) < MIN_ROOT or _LETTERS.search(word):  # short, or not a plain word ("tkw13", "desa/kelurahan")
        return frozenset({word})
    forms = set(_without_endings(word))
    for _ in range(2):  # two prefixes at most: di+per+…, me+mper…
        for form in list(forms):
            for stripped in _without_prefix(form):
                forms |= _without_endings(stripped)
    return frozenset(forms)


def same_root(a: str, b: str) -> bool:
    """Whether two words share a root ("pemerintah" / "pemerintahan")."""
    if a == b:
        return True
    return bool(roots(a) & roots(b))
