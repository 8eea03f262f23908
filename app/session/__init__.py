"""What a front end keeps between requests, without Qt: the requests it shows and their undo
links, the PIN step before a security-sensitive step, the plans a click on a reminder makes,
and what the agenda and history pages read. The window's bridge (:mod:`ui.bridge`) only turns
these into signals and runs the blocking parts in worker threads."""
