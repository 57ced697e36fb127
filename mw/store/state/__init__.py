"""The state store (TTL values, counters, rate windows, events, locks): diskcache or Redis, chosen by URL."""
