"""Configuration: settings, the data folder, safe logging and every keyring access."""
