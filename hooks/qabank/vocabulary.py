"""The words a bank uses for its structure: answer labels, placeholders, navigation.

Banks are written in many languages, so nothing here is English only. A bank
adds its own answer labels with front matter ``qa: {answer_labels: [...]}``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

# Words that open an answer: "**Answer:**", "Antwort:", "<summary>答案</summary>".
ANSWER_WORDS = (
    "answer",
    "ans",
    "a",
    "答案",
    "解答",
    "回答",
    "答",
    "정답",
    "답변",
    "답",
    "antwort",
    "lösung",
    "réponse",
    "reponse",
    "respuesta",
    "resposta",
    "risposta",
    "ответ",
    "відповідь",
    "odpowiedź",
    "cevap",
    "回答例",
    "解説",
    "solution",
    "solución",
    "solucion",
    "solução",
    "soluzione",
    "решение",
    "рішення",
    "해설",
    "풀이",
)

# Words that, on their own or after "show"/"see", make a <summary> a label rather than a question.
_SUMMARY_NOUNS = (
    "answers?",
    "solutions?",
    "explanations?",
    "hints?",
    "responses?",
    "results?",
    "outputs?",
    "details",
    "more",
    "code",
    "example",
    "expand",
    "here",
    "spoiler",
)
# Whole summaries that label an answer in other languages ("expand", "show the answer").
_SUMMARY_PHRASES = frozenset(
    {
        "展开",
        "展開",
        "点击展开",
        "點擊展開",
        "点击查看",
        "查看",
        "查看答案",
        "参考答案",
        "參考答案",
        "答案解析",
        "解析",
        "显示答案",
        "펼치기",
        "보기",
        "정답 보기",
        "답 보기",
        "해설 보기",
        "развернуть",
        "показать",
        "показать ответ",
        "показати",
        "показати відповідь",
        "ausklappen",
        "lösung anzeigen",
        "antwort anzeigen",
        "voir la réponse",
        "afficher la réponse",
        "ver respuesta",
        "mostrar respuesta",
        "ver resposta",
        "mostrar resposta",
        "答えを見る",
        "解答を見る",
        "答え",
        "解答例",
    }
)
_SUMMARY_VERBS = r"(?:show|click|tap|see|view|reveal|check|expand|toggle|open|read|display|get)"

# Headings and summaries that navigate instead of asking.
# A heading that says it is a question: "❓ TCP", ":question: …", "Вопрос 3:", "问题 1", "질문 2".
QUESTION_PREFIX = re.compile(
    r"""^\W{0,3}(?:[\u2753\u2754]|:(?:grey_)?question:|
      (?:question|frage|pregunta|pergunta|domanda|вопрос|питання|pytanie|soru|问题|問題|질문)\s*(?:\d+\s*)?[.:)\uff1a]
    )""",
    re.IGNORECASE | re.VERBOSE,
)

_NAVIGATION = re.compile(
    r"""^\W*(?:
        (?:table\s+of\s+)?contents?|toc|menu|navigation
      | related(?:\s+(?:topics?|questions?|articles?|links?|reading))?
      | references?|resources?|sources?|bibliography|credits?|acknowledge?ments?
      | see\s+also|further\s+reading|useful\s+links|(?:external\s+)?links?|reading\s+list
      | back\s+to\s+(?:top|contents|index)|top
      | contribut(?:e|ing|ors?)|licen[cs]e|changelog|sponsors?
      | 目录|目錄|参考|參考|参考资料|相关|목차|참고|inhaltsverzeichnis|inhalt|sommaire|índice|indice|содержание|зміст
      | to\s*do|待完成|待补充|待更新
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)

# "Hide/Show table of contents", "Show TOC": a toggle in front of a navigation title.
_TOGGLE = re.compile(r"^(?:show|hide|toggle|open|expand|collapse)(?:\s*/\s*(?:show|hide|close|collapse))?\s+", re.I)

# Openings of a heading that asks something without a question mark ("Explain closures", "Что такое GIL").
_ASKING_WORDS = re.compile(
    r"""^\W*(?:what|why|how|when|where|which|who|whom|whose|is|are|was|were|can|could|should|would|will
      | do|does|did|has|have|explain|describe|define|compare|contrast|differentiate|distinguish|list|name
      | write|implement|design|give|tell|discuss|outline|state|mention|find|difference|differences
      | was|wie|warum|wann|wo|welche[rsn]?|erkläre|erklären|beschreibe|nenne
      | qu['’]est|quel(?:le)?s?|comment|pourquoi|quand|expliquez|décrivez|créez|écrivez|implémentez|donnez
      | qué|cómo|cuál|cuáles|cuándo|dónde|explica|describe|por\s+qué
      | o\s+que|como|qual|quais|quando|explique|descreva|por\s+que|crie|escreva|faça|implemente
      | che\s+cosa|cosa|come|perché|quale|spiega
      | что|как|какой|какая|какое|какие|каков|почему|зачем|когда|где|чем|для\s+чего|в\s+ч[её]м|расскажите
      | объясните|опишите|назовите|сравните|приведите|напишите|можно\s+ли|есть\s+ли
      | реализуйте|решите|создайте|найдите|спроектируйте|разработайте|оптимизируйте|спланируйте|настройте|предложите
      | що|як|який|яка|які|чому|навіщо|коли|поясніть|опишіть
      | co|jak|dlaczego|czym|kiedy|gdzie|który|która|wyjaśnij|opisz
      | nedir|nasıl|neden|niçin)\b
    | 什么|為什麼|为什么|如何|怎么|怎樣|怎样|哪些|哪个|是否|谈谈|說說|说说|简述|簡述|介绍|解释|区别|區別|吗|嗎|呢
    | 第\s*\d+\s*[题題问]|무엇|뭔가요|인가요|나요|차이|설명|とは|ですか|なぜ|どう""",
    re.IGNORECASE | re.VERBOSE,
)
_CJK_ASKING = re.compile(
    r"\bли\b|^\W*чи\b|什么|為什麼|为什么|如何|怎么|怎样|哪些|哪个|是否|区别|區別|吗|嗎|무엇|차이|설명|ですか|とは"
    r"|(?:教えて|説明して|述べて)(?:ください|下さい)"
)

# Text standing where an answer should be that says there is none here.
_TRIVIAL_PLACEHOLDERS = {"", "todo", "tbd", "tba", "...", "\u2026", "n/a", "-", "coming soon", "answer", "wip"}
_POINTER_PLACEHOLDER = re.compile(
    r"""^\W*(?:
        (?:read|see|view|find|check|get|watch)\s+(?:the\s+)?(?:full\s+|detailed\s+)?
            (?:answers?|solutions?|explanations?)\b
      | (?:answers?|solutions?)\s+(?:on|at|here|in|available)\b
      | (?:click|tap)\s+here\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_LINK_OR_URL = re.compile(r"\]\(|https?://|<a\s", re.IGNORECASE)


def _is_mark(char: str) -> bool:
    code = ord(char)
    return (
        char in "\u2b50\u2605\u2606\u200d\ufe0e\ufe0f"
        or 0x2600 <= code <= 0x27BF
        or 0x1F300 <= code <= 0x1FAFF
        or char.isspace()
    )


def split_trailing_marks(text: str) -> tuple[str, str]:
    """``("What is X?", "⭐⭐")`` from ``"What is X? ⭐⭐"``: difficulty marks and emoji at the end.

    Joiners and variation selectors (``"\u200d⭐\ufe0f"``) belong to the marks. A scan from the
    end, so a title of any length costs one pass.
    """
    end = len(text)
    while end and _is_mark(text[end - 1]):
        end -= 1
    marks = "".join(text[end:].split())
    if not marks.strip("\u200d\ufe0e\ufe0f"):
        return text.rstrip(), ""
    return text[:end].rstrip(), marks.lstrip("\u200d")


def normalise_label(text: str) -> str:
    """Lower case, NFC, without markup or punctuation at either end."""
    text = unicodedata.normalize("NFC", text).strip()
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end].casefold()


@dataclass(frozen=True)
class Vocabulary:
    """The structure words of one bank: the built-in ones plus its own answer labels."""

    extra_answer_labels: tuple[str, ...] = ()

    @cached_property
    def answer_words(self) -> tuple[str, ...]:
        extra = tuple(normalise_label(label) for label in self.extra_answer_labels if normalise_label(label))
        return tuple(dict.fromkeys(extra + ANSWER_WORDS))

    @cached_property
    def label_pattern(self) -> re.Pattern[str]:
        words = "|".join(re.escape(word) for word in sorted(self.answer_words, key=len, reverse=True))
        colon = r"[:\uff1a]"
        return re.compile(
            rf"""^[ ]{{0,3}}(?:
                (?P<bold>\*\*|__)\s*(?:{words})(?:\s*(?P<inner>{colon}))?\s*(?P=bold)\s*(?P<outer>{colon})?
              | (?P<wrapped>\*\*|__)?(?:{words})\s*{colon}
            )(?P<rest>.*)$""",
            re.IGNORECASE | re.VERBOSE,
        )

    def answer_label(self, line: str) -> str | None:
        """The text after an answer label on ``line``, or ``None`` if it is no label."""
        match = self.label_pattern.match(line)
        if not match:
            return None
        rest = match.group("rest")
        if match.group("bold") and not (match.group("inner") or match.group("outer")) and rest.strip():
            return None
        wrapped = match.group("wrapped")
        if wrapped and rest.strip():
            # "**Answer: B**": the answer stays bold as written; a bold never closed ("**Answer: `2`") is dropped.
            rest = f"{wrapped}{rest.strip()}" if wrapped in rest else rest
        return rest.strip()

    @cached_property
    def _summary_label(self) -> re.Pattern[str]:
        words = "|".join(re.escape(word) for word in self.answer_words if len(word) > 1 or not word.isascii())
        nouns = "|".join(_SUMMARY_NOUNS)
        return re.compile(
            rf"""^(?:
                {_SUMMARY_VERBS}(?:\s+(?:here|me|it|to|for|the|an?|full|my|your|and|or|hide|/|\|))*
                    (?:\s+(?:{words}|{nouns}|{_SUMMARY_VERBS}))*
              | (?:(?:the|an?|my|our|your|sample|model|full|possible|suggested)\s+)?(?:{words}|{nouns})
                    (?:\s+(?:and|&|/|\+)\s+(?:{words}|{nouns}))*(?:\s+\d+)?
            )$""",
            re.IGNORECASE | re.VERBOSE,
        )

    def is_summary_label(self, summary_text: str) -> bool:
        """A ``<summary>`` that labels the answer ("Answer", "Show solution", "答案"), not a question."""
        if len(summary_text) > _LONGEST_LABEL:
            return False
        text = normalise_label(summary_text)
        text = re.sub(r"[\s\W_]+", " ", text).strip()
        return not text or text in _SUMMARY_PHRASES or bool(self._summary_label.match(text))


DEFAULT_VOCABULARY = Vocabulary()
_LONGEST_LABEL = 200  # a label or a navigation title is short; longer text is read as a question


@lru_cache(maxsize=64)
def vocabulary(extra_answer_labels: tuple[str, ...] = ()) -> Vocabulary:
    return Vocabulary(extra_answer_labels) if extra_answer_labels else DEFAULT_VOCABULARY


def is_navigation(title: str) -> bool:
    """A heading or summary that navigates ("Table of Contents", "References", "# Variables")."""
    text = title.strip()
    if text.startswith("#"):
        return True
    if len(text) > _LONGEST_LABEL:
        return False
    text = re.sub(r"<[^<>]*>|\[([^\[\]]*)\]\([^()]*\)", r"\1", text)
    text = _TOGGLE.sub("", text.strip(" *_`"), count=1)
    return bool(_NAVIGATION.match(text))


# Turkish puts the verb last: "… farkları açıklayınız." (explain the differences …).
_ASKING_ENDINGS = re.compile(
    r"(?:açıklay|anlat|tanımlay|karşılaştır|listeley|yaz|ver)[ıi]n(?:[ıi]z)?\W{0,3}$", re.IGNORECASE
)


def asks(title: str) -> bool:
    """A heading that opens with a question or a task word ("What…", "Explain…"), or ends with one."""
    return bool(_ASKING_WORDS.match(title) or _CJK_ASKING.search(title) or _ASKING_ENDINGS.search(title))


def is_placeholder(answer: str) -> bool:
    """An answer that is no answer: ``TODO``, or a pointer elsewhere ("Read answer on [site](…)")."""
    text = answer.strip()
    if text.strip("*_").strip().lower() in _TRIVIAL_PLACEHOLDERS:
        return True
    return is_pointer(text)


def is_trivial_placeholder(answer: str) -> bool:
    return answer.strip().strip("*_").strip().lower() in _TRIVIAL_PLACEHOLDERS


_LINK_LINE = re.compile(r"^\W{0,3}\[[^\]\n]{1,300}\]\(https?://[^)\s]{1,2000}\)\W{0,3}$")


def is_pointer(text: str) -> bool:
    """One short paragraph sending the reader elsewhere for the answer, or a lone link to another site."""
    text = text.strip()
    if "\n\n" in text or len(text) > 300:
        return False
    if _LINK_LINE.match(text):
        return True
    return bool(_POINTER_PLACEHOLDER.match(text)) and bool(_LINK_OR_URL.search(text) or len(text) < 60)
