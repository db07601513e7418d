"""Settings per environment: base (shared), dev, test, production. All read from the environment."""
