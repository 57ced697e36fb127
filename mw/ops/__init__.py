"""Operating: the question pipeline (limits, answer, record), rate limits, API keys, metrics,
analytics events and request batching."""
