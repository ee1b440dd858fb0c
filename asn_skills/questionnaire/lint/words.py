"""Word lists the item-writing checks look for, per language.

Absolute words make an option easy to rule out ("always", "only"): test-wise people learn that such
options are rarely right. "All/none of the above" options let a reader answer from two options alone.
"""

from __future__ import annotations

ABSOLUTE_WORDS: dict[str, tuple[str, ...]] = {
    "id": (
        "selalu",
        "tidak pernah",
        "tak pernah",
        "semua",
        "semuanya",
        "seluruh",
        "seluruhnya",
        "hanya",
        "siapa saja",
        "siapa pun",
        "siapapun",
        "mana pun",
        "manapun",
        "apa pun",
        "apapun",
        "kapan pun",
        "kapanpun",
        "sama sekali",
        "mutlak",
        "sepenuhnya",
        "pasti",
    ),
    "en": (
        "always",
        "never",
        "all",
        "only",
        "none",
        "nothing",
        "nobody",
        "no one",
        "everyone",
        "everybody",
        "everything",
        "anyone",
        "anybody",
        "anything",
        "completely",
        "entirely",
        "absolutely",
        "certainly",
    ),
}
"""Words that make a claim without exceptions."""

ABOVE_PHRASES: dict[str, tuple[str, ...]] = {
    "id": (
        "semua di atas",
        "semua jawaban di atas",
        "semua benar",
        "semua jawaban benar",
        "tidak satu pun di atas",
        "tidak ada satu pun di atas",
        "bukan salah satu di atas",
        "tidak ada yang benar",
        "tidak ada jawaban yang benar",
    ),
    "en": (
        "all of the above",
        "none of the above",
        "all of these",
        "none of these",
        "all are correct",
        "none are correct",
        "both of the above",
    ),
}
"""Options that refer to the other options."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS: dict[str, frozenset[str]] = {
    "id": _words(
        "yang dan atau dari untuk dengan pada dalam kepada oleh agar supaya karena jika bila apabila "
        "anda saya kita kami mereka dia ini itu tersebut akan sudah telah sedang masih belum harus bisa "
        "dapat perlu boleh tidak bukan juga lalu kemudian lebih paling sangat mana apa siapa bagaimana "
        "mengapa kapan berapa adalah ialah sebuah seorang para setiap sebaiknya langkah pertama"
    ),
    "en": _words(
        "the and or from for with into onto upon that this these those what which when where while your "
        "yours they them their there then than have has had will would should could must shall been being "
        "about after before over under does doing done just also more most very first step best right "
        "some such only"
    ),
}
"""Words too common to count as a stem repeated in an option."""
