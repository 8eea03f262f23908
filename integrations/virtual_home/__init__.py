"""An in-process home with Home Assistant's service semantics.

It backs the demo mode, the plan preview and offline tests. Fault injection (`fail_next`,
`set_unresponsive`) and `latency` let tests drive the executor and verifier through
failures. See `adapter.py` for the adapter and `services/` for the per-domain semantics.
"""

from __future__ import annotations

from integrations.virtual_home.adapter import VirtualHome

__all__ = ["VirtualHome"]
