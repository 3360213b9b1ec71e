"""Hypewatch claim classifier: flags overstated health-news sentences and rates a story.

    import classifier
    analyser = classifier.load_analyser(model_dir)
    result = analyser.analyse(text, title=None)
    card = classifier.train(model_dir, extra_examples=())

scikit-learn is imported lazily, so `import classifier` stays cheap.
"""
from __future__ import annotations

__version__ = "0.1.0"

LABELS = ("cure", "novelty", "hype", "causal", "extrapolation", "certainty")
STRENGTHS = ("none", "correlational", "conditional", "causal")
# the reporting checklist's criteria in a word or two (their full names: classifier.criteria.NAMES)
CRITERION_SHORT = {
    "costs": "Costs",
    "benefits_quantified": "Benefits",
    "harms": "Harms",
    "evidence_quality": "Evidence",
    "independent_sources": "Sources",
    "alternatives": "Options",
    "availability": "Availability",
    "novelty": "Novelty",
    "press_release": "Own reporting",
    "commercial_interest": "No selling",
}
SCORE_WORDS = ((0.66, "high"), (0.33, "medium"), (0.0, "low"))


def score_word(score: float) -> str:
    """A story score in a word, as the command line and the web app print it."""
    return next(word for floor, word in SCORE_WORDS if score >= floor)


def load_analyser(model_dir=None):
    """Load the model from `model_dir` (default: the configured one), training it if needed."""
    from .analyser import load_analyser as _load

    return _load(model_dir)


def ensure_model(model_dir=None) -> None:
    """Train the model now if the saved one is missing or stale (else do nothing, cheaply)."""
    from .model import load_bundle, stale_reason

    if model_dir is None:
        from .analyser import default_model_dir
        model_dir = default_model_dir()
    if stale_reason(model_dir) is not None:
        load_bundle(model_dir)


def train(model_dir=None, extra_examples=()):
    """(Re)train on the corpus plus editor-approved `(text, labels, strength)` examples.

    Saves the model and `model-card.json` under `model_dir`; returns the card.
    """
    from .model import train as _train

    if model_dir is None:
        from .analyser import default_model_dir
        model_dir = default_model_dir()
    return _train(model_dir, extra_examples)


__all__ = ["CRITERION_SHORT", "LABELS", "STRENGTHS", "ensure_model", "load_analyser", "train", "__version__"]
