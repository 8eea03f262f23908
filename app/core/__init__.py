"""The contracts every stage shares: the plan, the home, the request's context, errors, time;
and how Hearth reads a file it is given and keeps its own files private (files, filemodes)."""
