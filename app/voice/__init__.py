"""Offline push-to-talk voice input with vosk (Qt-free).

* :mod:`app.voice.audio`: the audio-source interface, a WAV file source, a push source for a
  microphone, and a silence detector;
* :mod:`app.voice.models`: installed models, the catalogue, a model's check;
* :mod:`app.voice.download`: resumable, checked model downloads;
* :mod:`app.voice.phrases`: the phrase list that biases recognition to the home's commands;
* :mod:`app.voice.engine`: the recogniser (model loaded lazily and kept warm) and its decoder;
* :mod:`app.voice.session`: one utterance from a source to a transcript, on a worker thread;
* :mod:`app.voice.choose`: the reading the planner can act on, and whether it may act unseen.

vosk itself is imported only when a model is loaded: without it, Hearth runs, and voice says
how to install it.
"""
