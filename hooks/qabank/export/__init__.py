"""Exports of a site's questions to other tools and pages: Anki decks, ``questions.json``, share meta,
edit links, related questions. Each module takes the model and plain values; none imports MkDocs."""
