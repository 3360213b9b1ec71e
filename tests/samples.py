"""Hand-made stories and classifier results that tests store without running the model."""

PAGE = {"url": "https://news.example/ms-cure", "title": "MS reversed", "text": "MS reversed. It is a miracle."}
RESULT = {
    "score": 0.8, "model_version": "test",
    "criteria": [{"id": "harms", "status": "not_satisfied"}],
    "sentences": [
        {"text": "MS reversed.", "start": 0, "end": 12, "labels": ["cure"], "score": 0.9,
         "scores": {"cure": 0.9}, "triggers": {"cure": ["reversed"]}, "strength": "causal", "headline": True},
        {"text": "It is a miracle.", "start": 13, "end": 29, "labels": ["hype"], "score": 0.7,
         "scores": {"hype": 0.7}, "triggers": {"hype": ["miracle"]}, "strength": "none"},
    ],
}
