"""The query language: a lexer and a recursive-descent parser that turn what the clerk typed into a tree.

    query   := or ( or )*                 several top-level pieces are ANDed (a stray ')' separates)
    or      := and ( 'OR' and )*
    and     := unary ( ['AND'] unary )*
    unary   := ('-' | 'NOT') unary | atom
    atom    := '(' or ')' | "phrase" ['*'] | field:value | field:"value" | word ['*']

Every input gives a tree or None, never an error: unbalanced quotes and parentheses are closed,
dangling operators dropped, control characters removed, and an unknown ``field:`` is searched as
text. A malformed filter value is left out of the tree with a short message for the clerk.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..domain import vocab
from . import words

MAX_CHARS = 1000
MAX_LEAVES = 32  # terms and filters; more are ignored (with a message)
# Index words in one term or phrase: a pasted sentence has fewer; "a*a*a*…" (hundreds of the commonest
# word as one phrase) made the index walk every position of every document that has it.
MAX_TERM_WORDS = 24
MAX_DEPTH = 12  # nested parentheses

# --- the tree -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    text: str
    phrase: bool = False
    prefix: bool = False

    def words(self) -> list[words.QueryWord]:
        """Its index words; a word repeated right after itself counts once (what has "a a a" has "a";
        "a*a*a*…" would make the index compare hundreds of positions of the commonest word)."""
        chunks = self.text.split("*")  # "a*a*a*" and "환경*환경*" are the same chunk again and again
        text = "*".join(c for i, c in enumerate(chunks) if i == 0 or c != chunks[i - 1])
        found = words.query_words(text, self.prefix)
        kept = [w for i, w in enumerate(found) if i == 0 or w.word != found[i - 1].word or w.prefix]
        return kept[:MAX_TERM_WORDS]


@dataclass(frozen=True)
class KindIs:
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class ValueIn:
    column: str  # status or city
    values: tuple[str, ...]


@dataclass(frozen=True)
class LangIs:
    lang: str


@dataclass(frozen=True)
class DateIn:
    column: str  # signed_on, expires_on, due_on
    start: date | None  # inclusive
    end: date | None  # exclusive


@dataclass(frozen=True)
class HasAttachment:
    pass


@dataclass(frozen=True)
class HasFileText:
    """Agreements with an attached file whose text was read: at all (``has:text``), or by OCR (``has:ocr``)."""

    how: str  # text or ocr


@dataclass(frozen=True)
class InAttachment:
    """The words are in an attached file's text (``in:attachment``), not in the record's own fields."""


@dataclass(frozen=True)
class FacetMatch:
    facet: str  # team or party
    text: str  # matched against the team's or organization's names, id and (party) city


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


Filter = KindIs | ValueIn | LangIs | DateIn | HasAttachment | HasFileText | InAttachment | FacetMatch
Node = Term | Filter | Not | And | Or


@dataclass
class Parsed:
    tree: Node | None
    messages: list[str] = field(default_factory=list)

    def highlight_terms(self) -> list[Term]:
        """The terms a result matched (not those under a NOT): what the snippet highlights."""
        out: list[Term] = []

        def walk(node: Node | None, negated: bool) -> None:
            if isinstance(node, Term) and not negated:
                out.append(node)
            elif isinstance(node, Not):
                walk(node.child, not negated)
            elif isinstance(node, And | Or):
                for child in node.children:
                    walk(child, negated)

        walk(self.tree, False)
        return out


# --- the lexer ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    type: str  # WORD, PHRASE, FIELD, LPAREN, RPAREN, OR, AND, NOT
    text: str = ""
    name: str = ""  # FIELD: the field's name
    prefix: bool = False


# Control and invisible formatting characters, and lone surrogates (undecodable bytes; no text has them).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\ud800-\udfff]")
_FIELD_NAME = re.compile(r"^[^\W\d_][^\W_]*$")
_STOP = ' \t\r\n()"'


def clean(text: str) -> str:
    """The query without control and invisible formatting characters (NUL and lone surrogates
    included), NFKC, bounded."""
    text = unicodedata.normalize("NFKC", _CONTROL.sub(" ", text[: MAX_CHARS * 2]))
    return _CONTROL.sub(" ", text)[:MAX_CHARS]


def tokenize(text: str) -> list[Token]:
    text = clean(text)
    out: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch == "(":
            out.append(Token("LPAREN"))
            i += 1
        elif ch == ")":
            out.append(Token("RPAREN"))
            i += 1
        elif ch == '"':
            end = text.find('"', i + 1)
            end = n if end < 0 else end
            prefix = end + 1 < n and text[end + 1] == "*"
            out.append(Token("PHRASE", text[i + 1:end], prefix=prefix))
            i = end + 1 + prefix
        elif ch == "-" and i + 1 < n and not text[i + 1].isspace() and text[i + 1] != "-":
            out.append(Token("NOT"))
            i += 1
        else:
            j = i
            while j < n and text[j] not in _STOP:
                j += 1
            word = text[i:j]
            i = j
            name, colon, value = word.partition(":")
            if colon and _FIELD_NAME.match(name):
                if not value and i < n and text[i] == '"':  # field:"quoted value"
                    end = text.find('"', i + 1)
                    end = n if end < 0 else end
                    value, i = text[i + 1:end], end + 1
                out.append(Token("FIELD", value, name=name.casefold()))
            elif word in ("OR", "AND", "NOT"):
                out.append(Token(word))
            elif word == "|" or word == "||":
                out.append(Token("OR"))
            elif word.strip("-"):
                prefix = word.endswith("*")
                out.append(Token("WORD", word.rstrip("*") if prefix else word, prefix=prefix))
    return out


# --- the parser ---------------------------------------------------------------------------------


def _first_words(text: str) -> str:
    """The shortest beginning of ``text`` that gives MAX_TERM_WORDS index words."""
    wanted = words.query_words(text)[:MAX_TERM_WORDS]
    low, high = 1, len(text)
    while low < high:
        middle = (low + high) // 2
        if words.query_words(text[:middle])[:MAX_TERM_WORDS] == wanted:  # the last one whole too
            high = middle
        else:
            low = middle + 1
    return text[:low]


class _Parser:
    def __init__(self, tokens: list[Token], today: date):
        self.tokens = tokens
        self.pos = 0
        self.depth = 0
        self.leaves = 0
        self.today = today
        self.messages: list[str] = []

    def peek(self) -> str:
        return self.tokens[self.pos].type if self.pos < len(self.tokens) else "EOF"

    def next(self) -> Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def query(self) -> Node | None:
        pieces = []
        while self.peek() != "EOF":
            node = self.or_()
            if node is not None:
                pieces.append(node)
            if self.peek() == "RPAREN":  # a ')' that closes nothing
                self.next()
        return _and(pieces)

    def or_(self) -> Node | None:
        alternatives = [self.and_()]
        while self.peek() == "OR":
            self.next()
            alternatives.append(self.and_())
        present = list(dict.fromkeys(a for a in alternatives if a is not None))  # "a OR a" is a
        if len(present) <= 1:
            return present[0] if present else None
        return Or(tuple(present))

    def and_(self) -> Node | None:
        items = []
        while self.peek() not in ("OR", "RPAREN", "EOF"):
            if self.peek() == "AND":
                self.next()
                continue
            node = self.unary()
            if node is not None:
                items.append(node)
        return _and(items)

    def unary(self) -> Node | None:
        if self.peek() == "NOT":
            self.next()
            if self.peek() in ("OR", "RPAREN", "EOF", "AND"):
                return None
            child = self.unary()
            if isinstance(child, Not):  # NOT NOT a, - -a: a itself
                return child.child
            return Not(child) if child is not None else None
        return self.atom()

    def atom(self) -> Node | None:
        token = self.next()
        if token.type == "LPAREN":
            self.depth += 1
            node = self.or_() if self.depth <= MAX_DEPTH else self._skip_group()
            self.depth -= 1
            if self.peek() == "RPAREN":
                self.next()
            return node
        if token.type in ("WORD", "PHRASE"):
            return self.leaf(Term(token.text, token.type == "PHRASE", token.prefix))
        if token.type == "FIELD":
            return self.leaf(self.field(token.name, token.text))
        return None  # an operator where a term belongs

    def _skip_group(self) -> None:
        """Parentheses nested too deep: their content is dropped (the nesting guard of the parser)."""
        while self.peek() not in ("RPAREN", "EOF"):
            self.next()
        self.messages.append("Parentheses nested too deep; the innermost part was ignored.")

    def leaf(self, node: Node | None) -> Node | None:
        if node is None:
            return None
        if isinstance(node, Term) and not node.words():
            return None  # nothing searchable in it (*, %, punctuation only)
        if isinstance(node, Term) and len(node.words()) == MAX_TERM_WORDS and \
                len(words.query_words(node.text, node.prefix)) > MAX_TERM_WORDS:
            self.messages.append(f"Only the first {MAX_TERM_WORDS} words of a long phrase were used.")
            node = Term(_first_words(node.text), node.phrase)  # what is looked for is what the words say
        self.leaves += 1
        if self.leaves == MAX_LEAVES + 1:
            self.messages.append(f"Only the first {MAX_LEAVES} terms and filters were used.")
        return node if self.leaves <= MAX_LEAVES else None

    def field(self, name: str, value: str) -> Node | None:
        parse = FIELDS.get(FIELD_ALIASES.get(name, name))
        if parse is None:
            # Not a field we know: search it as text (a quoted value with spaces, as a phrase).
            return Term(f"{name}:{value}".strip(), phrase=" " in value.strip())
        value = value.strip()
        if not value:
            self.messages.append(f"{name}: needs a value, e.g. {EXAMPLES[FIELD_ALIASES.get(name, name)]}")
            return None
        try:
            return parse(value, self.today)
        except ValueError as exc:
            self.messages.append(f"{name}:{value} — {exc}")
            return None


def _and(items: list[Node]) -> Node | None:
    items = list(dict.fromkeys(items))  # "a* a* a*" asks for the same thing three times: once is enough
    if not items:
        return None
    return items[0] if len(items) == 1 else And(tuple(items))


def parse(text: str, today: date | None = None) -> Parsed:
    parser = _Parser(tokenize(text), today or date.today())
    tree = parser.query()
    return Parsed(tree, parser.messages)


# --- filter values ------------------------------------------------------------------------------

KINDS = {"organization": "organization", "organisation": "organization", "org": "organization",
         "person": "person", "people": "person", "team": "team", "agreement": "agreement",
         "mou": "agreement", "meeting": "meeting", "visit": "visit", "action": "action",
         "template": "template"}
STATUSES = sorted({*vocab.AGREEMENT_STATUSES, *vocab.TEAM_STATUSES, *vocab.MINUTES_STATUSES,
                   *vocab.ACTION_STATUSES})
CITY_NAMES = {"서울": "seoul", "首尔": "seoul", "beijing": "beijing", "peking": "beijing", "北京": "beijing",
              "베이징": "beijing", "북경": "beijing", "seoul": "seoul"}
LANGS = {"ko": "ko", "kor": "ko", "korean": "ko", "한국어": "ko", "韩语": "ko", "韩文": "ko",
         "zh": "zh", "chinese": "zh", "中文": "zh", "汉语": "zh", "중국어": "zh",
         "en": "en", "eng": "en", "english": "en", "영어": "en", "英语": "en", "英文": "en"}
FIELD_ALIASES = {"language": "lang", "type": "kind", "signed_on": "signed", "expires_on": "expires",
                 "due_on": "due", "expiry": "expires"}
EXAMPLES = {"kind": "kind:agreement", "status": "status:in_force", "team": "team:environment",
            "party": "party:beijing", "city": "city:seoul", "lang": "lang:zh", "signed": "signed:2014..2016",
            "expires": "expires:<2027-06-30", "due": "due:<today", "has": "has:attachment",
            "in": "in:attachment"}


def _values(value: str) -> list[str]:
    return [v for v in (p.strip().casefold().replace("-", "_").replace(" ", "_") for p in value.split(","))
            if v]


def _kind(value: str, _today: date) -> Node:
    kinds = []
    for v in _values(value):
        kind = KINDS.get(v) or KINDS.get(v.rstrip("s"))
        if kind is None:
            raise ValueError("no such kind of record; use agreement, meeting, team, visit, person, "
                             "organization or action")
        kinds.append(kind)
    return KindIs(tuple(dict.fromkeys(kinds)))


def _status(value: str, _today: date) -> Node:
    values = _values(value)
    unknown = [v for v in values if v not in STATUSES]
    if unknown:
        raise ValueError(f"no such status; use one of {', '.join(STATUSES)}")
    return ValueIn("status", tuple(values))


def _city(value: str, _today: date) -> Node:
    cities = [CITY_NAMES.get(words.fold(v), words.fold(v)) for v in value.split(",") if v.strip()]
    return ValueIn("city", tuple(c.strip() for c in cities))


def _lang(value: str, _today: date) -> Node:
    lang = LANGS.get(words.fold(value))
    if lang is None:
        raise ValueError("use lang:ko, lang:zh or lang:en")
    return LangIs(lang)


def _has(value: str, _today: date) -> Node:
    what = words.fold(value).rstrip("s")
    if what in ("attachment", "pdf", "file"):
        return HasAttachment()
    if what in ("text", "ocr", "scan"):
        return HasFileText("text" if what == "text" else "ocr")
    raise ValueError("use has:attachment, has:text or has:ocr")


def _in(value: str, _today: date) -> Node:
    if words.fold(value).rstrip("s") not in ("attachment", "file", "scan", "pdf"):
        raise ValueError("use in:attachment")
    return InAttachment()


FilterParser = Callable[[str, date], Node]


def _facet(name: str) -> FilterParser:
    def parse_facet(value: str, _today: date) -> Node:
        return FacetMatch(name, value)

    return parse_facet


_DATE = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")
_RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1, "오늘": 0, "今天": 0}


def _period(text: str, today: date) -> tuple[date, date]:
    """The days a date expression names, as [start, end): 2014 is the whole year."""
    text = text.strip().casefold()
    if text in _RELATIVE:
        day = today + timedelta(days=_RELATIVE[text])
        return day, day + timedelta(days=1)
    match = _DATE.match(text)
    if not match:
        raise ValueError("not a date; use 2014, 2014-06, 2014-06-30, today, or a range like 2014..2016")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return date(year, 1, 1), date(year + 1, 1, 1)  # type: ignore[arg-type]
        if day is None:
            start = date(year, month, 1)  # type: ignore[arg-type]
            return start, date(year + month // 12, month % 12 + 1, 1)  # type: ignore[arg-type]
        start = date(year, month, day)  # type: ignore[arg-type]
        return start, start + timedelta(days=1)
    except (ValueError, OverflowError):
        raise ValueError("not a real date (check the month and the day)") from None


def _dates(column: str) -> FilterParser:
    def parse_dates(value: str, today: date) -> Node:
        for op in ("<=", ">=", "<", ">", "="):
            if value.startswith(op):
                start, end = _period(value[len(op):], today)
                return {"<=": DateIn(column, None, end), ">=": DateIn(column, start, None),
                        "<": DateIn(column, None, start), ">": DateIn(column, end, None),
                        "=": DateIn(column, start, end)}[op]
        if ".." in value:
            low, _, high = value.partition("..")
            if not low.strip() and not high.strip():
                raise ValueError("a range needs at least one end, e.g. 2014..2016")
            start = _period(low, today)[0] if low.strip() else None
            end = _period(high, today)[1] if high.strip() else None
            if start and end and start >= end:
                raise ValueError("the range ends before it starts")
            return DateIn(column, start, end)
        start, end = _period(value, today)
        return DateIn(column, start, end)

    return parse_dates


FIELDS: dict[str, FilterParser] = {
    "kind": _kind,
    "status": _status,
    "city": _city,
    "lang": _lang,
    "has": _has,
    "in": _in,
    "team": _facet("team"),
    "party": _facet("party"),
    "signed": _dates("signed_on"),
    "expires": _dates("expires_on"),
    "due": _dates("due_on"),
}
