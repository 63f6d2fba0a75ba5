"""Lexical (BM25-style) sparse vectors for English and Chinese.

Hand-written because Qdrant's own BM25 (fastembed) downloads its tokenizer data from a hub, which this
project must not need. Qdrant keeps the corpus statistics (``Modifier.IDF``), so a document vector only
carries saturated term frequencies and a query vector only says which terms it contains.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import snowballstemmer

from signalbox.tools.cjk import IDEOGRAPHS

SPARSE_ENCODER = "bm25/jieba-bigrams/snowball-english"
"""Names what ``encode_document`` computes. Every stored point carries it, so that an index written
by another encoder is re-encoded when opened (``store.renew_sparse``): its terms would no longer be
the ones queries produce ("runn" from the earlier five-suffix stemmer, "run" from Snowball's)."""

K1 = 1.2
B = 0.75
# Qdrant's IDF modifier knows document frequencies, not lengths; chunks are made near this size, so a
# fixed reference length gives BM25's length normalisation without a second pass over the corpus.
REFERENCE_LENGTH = 120

_CJK_RUN = re.compile(f"[{IDEOGRAPHS}]+")
_TOKEN_RUN = re.compile(f"[{IDEOGRAPHS}]+|[a-z0-9]+")

ENGLISH_STOPWORDS = frozenset(
    """a an and are as at be but by can could did do does for from had has have how i if in into is
    it its me my of on or our so than that the their them then there these they this those to was we
    were what when where which who whom why will with would you your about please tell""".split()
)
CHINESE_STOPWORDS = frozenset(
    "的 了 是 在 和 与 或 吗 呢 吧 啊 什么 怎么 如何 哪些 哪个 为什么 我 你 他 她 它 们 这 那 有 请".split()
)
# The words a Chinese question asks with. Cut out of the question before it is split into words and
# character bigrams: "中国哪一年加入WTO的" otherwise searches for "一年" and "哪一", and finds every
# passage that says "上一年" or "不寻常的一年" before the one that says "2001年".
_CHINESE_INTERROGATIVE = re.compile(
    r"哪一?(?:年|天|月|日|届|任|位|个|些|家|支|里|儿|国|座|款|部)?|什么时候|什么|多少|几|谁|何时|何地|"
    r"怎么|怎样|如何|是否|吗|呢"
)


@dataclass(frozen=True)
class SparseVector:
    """Qdrant's sparse vector shape: parallel lists of term ids and weights."""

    indices: list[int]
    values: list[float]


@cache
def _jieba() -> Any:  # jieba ships no type information
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


_STEMMERS = threading.local()


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """Snowball's English (Porter2) stem: "running", "runs" -> "run"; "studies" -> "studi".

    A Snowball stemmer keeps its word in the instance while it works, so each thread has its own.
    """
    stemmer = getattr(_STEMMERS, "english", None)
    if stemmer is None:
        stemmer = _STEMMERS.english = snowballstemmer.stemmer("english")
    stemmed: str = stemmer.stemWord(word)
    return stemmed


def tokenize(text: str, *, bigrams: bool = True) -> list[str]:
    """Lowercased English stems and jieba words; character bigrams of Chinese runs with ``bigrams``.

    Bigrams make retrieval robust to segmentation differences; term-overlap measures leave them out,
    because bigrams across word boundaries ("要什") are noise there.
    """
    normalised = unicodedata.normalize("NFKC", text).lower()
    tokens: list[str] = []
    for match in _TOKEN_RUN.finditer(normalised):
        run = match.group()
        if _CJK_RUN.fullmatch(run):
            words = [w for w in _jieba().cut_for_search(run) if w not in CHINESE_STOPWORDS]
            tokens.extend(words)
            if bigrams and len(run) > 2:
                tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
        elif run not in ENGLISH_STOPWORDS:
            tokens.append(_stem(run))
    return tokens


def token_id(token: str) -> int:
    """A stable 32-bit id (Python's ``hash`` is salted per process, so ids would drift)."""
    return int.from_bytes(hashlib.blake2b(token.encode(), digest_size=4).digest(), "big")


def _vector(weights: dict[int, float]) -> SparseVector:
    items = sorted(weights.items())
    return SparseVector(indices=[i for i, _ in items], values=[v for _, v in items])


def encode_document(text: str) -> SparseVector:
    """BM25 term-frequency part for a passage; Qdrant multiplies in the IDF."""
    counts = Counter(tokenize(text))
    length = sum(counts.values()) or 1
    norm = K1 * (1 - B + B * length / REFERENCE_LENGTH)
    weights: dict[int, float] = {}
    for token, tf in counts.items():
        key = token_id(token)
        weights[key] = weights.get(key, 0.0) + tf * (K1 + 1) / (tf + norm)
    return _vector(weights)


def query_terms(text: str, *, bigrams: bool = True) -> list[str]:
    """A question's terms: ``tokenize`` after a Chinese question's asking words are cut out.

    No passage that answers "2020赛季中超冠军是谁" says "谁", and one that says "冠军谁属" (who will
    take the title) is about the final still to be played.
    """
    return tokenize(_CHINESE_INTERROGATIVE.sub(" ", text), bigrams=bigrams)


def encode_query(text: str) -> SparseVector:
    """One unit weight per distinct query term; a Chinese question's asking words are no terms."""
    return _vector({token_id(token): 1.0 for token in set(query_terms(text))})
