"""The study site on MkDocs: its settings (``config``) and the object that owns a build (``site``).

``hooks/study_site.py`` only hands MkDocs' events to one ``StudySite``; the Q&A logic is in
``qabank``, which knows nothing of MkDocs.
"""
