"""Related questions: up to five per question, by shared tags and by rare words of the titles and
answers, in time linear in the number of questions.

Every question is described by its tags and its rarest words. Each term lists the questions that
have it, in site order; a question meets as candidates only its ``WINDOW`` neighbours in each of its
terms' lists, and a word found in more than ``max(COMMON_MIN, N / COMMON_SHARE)`` questions says
too little to count. Candidates score the inverse document frequency of what they share; tags
count double. No pair of questions is compared unless they are neighbours in some list."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Question

LIMIT = 5
WINDOW = 8  # candidates on each side of a question in a term's list
WORDS_PER_QUESTION = 12  # the rarest words of a question that count
ANSWER_CHARS = 2000  # how much of an answer is read for words
COMMON_MIN = 8
COMMON_SHARE = 20
TAG_WEIGHT = 2.0
_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "are",
        "but",
        "not",
        "you",
        "all",
        "any",
        "can",
        "had",
        "her",
        "was",
        "one",
        "our",
        "out",
        "has",
        "have",
        "what",
        "when",
        "which",
        "who",
        "why",
        "how",
        "with",
        "this",
        "that",
        "from",
        "they",
        "will",
        "would",
        "there",
        "their",
        "been",
        "into",
        "more",
        "than",
        "then",
        "them",
        "these",
        "those",
        "does",
        "doing",
        "use",
        "used",
        "using",
        "also",
        "each",
        "other",
        "about",
        "between",
        "your",
        "its",
        "it's",
        "only",
        "such",
        "some",
        "same",
        "should",
        "could",
    ]
)


@dataclass(frozen=True)
class Related:
    index: int  # position in the sequence given to ``related_questions``
    score: float


def _words(question: Question) -> set[str]:
    text = f"{question.title} {(question.answer or '')[:ANSWER_CHARS]}".casefold()
    return {word for word in _WORD.findall(text) if word not in _STOP}


def related_questions(questions: Sequence[Question], limit: int = LIMIT) -> list[list[Related]]:
    """For each question (by position in ``questions``), up to ``limit`` others, best first;
    ties go to the question that comes first."""
    words = [_words(q) for q in questions]
    frequency: Counter[str] = Counter()
    for found in words:
        frequency.update(found)
    common = max(COMMON_MIN, len(questions) // COMMON_SHARE)
    terms: list[list[tuple[str, float]]] = []
    for question, found in zip(questions, words, strict=True):
        rare = sorted((w for w in found if 1 < frequency[w] <= common), key=lambda w: (frequency[w], w))
        own = [("w:" + w, 1.0) for w in rare[:WORDS_PER_QUESTION]]
        own += [("t:" + tag, TAG_WEIGHT) for tag in dict.fromkeys(question.tags)]
        terms.append(own)
    postings: dict[str, list[int]] = {}
    place: list[dict[str, int]] = []
    for index, own in enumerate(terms):
        here = {}
        for term, _ in own:
            listed = postings.setdefault(term, [])
            here[term] = len(listed)
            listed.append(index)
        place.append(here)
    total = len(questions)
    out = []
    for index, own in enumerate(terms):
        scores: dict[int, float] = {}
        for term, weight in own:
            listed = postings[term]
            if len(listed) < 2:
                continue
            idf = weight * math.log(1 + total / len(listed))
            at = place[index][term]
            for other in listed[max(0, at - WINDOW) : at + WINDOW + 1]:
                if other != index:
                    scores[other] = scores.get(other, 0.0) + idf
        best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:limit]
        out.append([Related(other, round(score, 3)) for other, score in best])
    return out
