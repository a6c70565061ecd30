"""Turn a news article into tidy, traceable frames.

    >>> import analysis
    >>> ds = analysis.load()          # the seed article
    >>> ds.quotes[["speaker", "text"]]
    >>> corpus = analysis.load_corpus("reports/")   # many articles, incidents merged across them

Flow: ``article`` (read, sections, sentences) → ``extract`` (mentions, quotes,
dates, events, movements) → ``dataset`` (frames, ``load()``) → views
(``plots``, ``maps``, ``dashboard``, imported on demand, never by ``load()``).
"""

from .article import ArticleError
from .dataset import FRAME_NAMES, Dataset, load

__all__ = ["ArticleError", "Corpus", "Dataset", "FRAME_NAMES", "load", "load_corpus"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # the corpus reader is imported when first asked for: load() of one article never needs it
    if name in ("Corpus", "load_corpus"):
        from . import corpus

        return getattr(corpus, name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
