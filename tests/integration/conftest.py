"""The integration tests' fixtures (``ha_server``, ``ha_server_factory``, ``ha_adapter``) live
in tests/helpers/ha_fixtures.py, registered for the whole suite in tests/conftest.py, so that
UI tests share the same Home Assistant server instead of starting a second one."""
