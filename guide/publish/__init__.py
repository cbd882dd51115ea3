"""Publishing the catalog on the web: a read-only folder that Datasette serves.

``tables`` decides what is public and writes one SQLite file per language,
``metadata`` describes it to Datasette, ``site`` puts the folder together
atomically. Nothing here imports Qt or Datasette itself: building the folder
needs neither, only serving it does.
"""
