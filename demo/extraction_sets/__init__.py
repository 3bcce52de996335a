"""Labelled sets for the statement finder, one module per language and purpose.

Each module holds ``SOURCES`` (a tuple of ``demo.extraction_set.SourceSpec``: the set's own
invented people and outlets) and ``ARTICLES`` (a tuple of ``demo.extraction_set.Article``, each
with its ``language`` and the real outlet whose way of writing it follows in ``modelled_on``).
Speakers and relays are keys: a key of the module's ``SOURCES``, or a key of the starter
registry (``sources/registry/actors.toml``: "az-mod", "interfax", "pashinyan", …), which is
loaded before any set.

The labelling rules are those of ``demo.extraction_set`` (the English house set), in every
language. Articles are written for Parallax: real institutions, agencies and officials in their
real roles, invented incidents, invented statements and invented minor people.

- ``DEVELOPMENT``: the sets the rules are written against.
- ``HELD_OUT``: written apart from the rules, by the same conventions, and never tuned
  against; their figures are the ones to expect on reporting the rules have not seen.
"""
