"""Configuration: settings, the data folder, file modes, safe logging and every keyring access."""
