"""The dossier pipeline: seeds and entity files in, cross-linked Markdown pages out.

Nothing in this package imports MkDocs; ``hooks/dossier_hooks.py`` is the only adapter.
"""
