"""The README written into a published folder: how to serve it, alone or as replicas."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guide.publish.metadata import SiteInfo


def serve_command(langs: Sequence[str], *, with_pdfs: bool, port: int = 8001, host: str = "127.0.0.1") -> list[str]:
    """The ``datasette serve`` command line that serves the folder (run inside it)."""
    command = ["datasette", "serve"]
    for lang in langs:
        command += ["--immutable", f"{lang}.db"]
    command += ["--metadata", "metadata.json", "--template-dir", "templates"]
    command += ["--static", "assets:assets", "--static", "photos:photos"]
    if with_pdfs:
        command += ["--static", "pdf:pdf"]
    # Suggested facets would list every column; the chosen facets are in the metadata.
    command += ["--setting", "suggest_facets", "off", "--host", host, "--port", str(port)]
    return command


def readme_text(langs: Sequence[str], *, with_pdfs: bool, info: SiteInfo) -> str:
    serve = " ".join(serve_command(langs, with_pdfs=with_pdfs))
    replica = " ".join(serve_command(langs, with_pdfs=with_pdfs, port=8002))
    databases = ", ".join(f"`{lang}.db`" for lang in langs)
    demo = (
        "\nThis copy holds demonstration records: every table marks them DEMO in its `marks` column, and each "
        "premise page says so at the top. Publish with `--no-demo` to leave them out.\n"
        if info.has_demo
        else ""
    )
    return f"""# Published investor catalog

A read-only copy of the Investor Guide catalog (data as of {info.as_of}), made by
`investor-guide publish`. Serve it with [Datasette](https://datasette.io) 0.65
(`pip install 'investor-guide[publish]'` or `pip install 'datasette>=0.65.5,<1.0'`).
{demo}
## Serve it

From inside this folder:

    {serve}

Then open http://127.0.0.1:8001/ . Each language is its own database
({databases}): the same tables and columns, with values, labels and the
premise pages in that language. `--immutable` tells Datasette the files never
change, so it opens them read-only, counts rows once and lets browsers cache.

To serve the public, bind to all interfaces (`--host 0.0.0.0`) or, better,
keep the loopback address and put a reverse proxy in front (next section).

## Several replicas behind a proxy

The folder never changes while it is served, so any number of identical
copies can answer requests. Run one Datasette per port (or per machine, each
with its own copy of this folder):

    {serve}
    {replica}

and let the proxy share requests between them, for example with nginx:

    upstream investor_catalog {{ server 127.0.0.1:8001; server 127.0.0.1:8002; }}
    server {{ listen 80; location / {{ proxy_pass http://investor_catalog; proxy_set_header Host $host; }} }}

Serving under a path (`https://example.kz/catalog/`) needs
`--setting base_url /catalog/` on every replica. A CDN in front of the proxy
can cache every page: nothing changes until the next publish.

To update the site: publish into a new folder, copy it next to the old one,
and restart the replicas on the new folder one by one.

## What is in it

- {databases}: the public tables only (towns, zones, premises, projects,
  suppliers, indicators, status history, and incentives, institutions and
  routes when the catalog has them). No shortlist, no edit history, no
  settings. Private persons' contacts (`contact`, `phone`, `email`) are left
  out unless the catalog was published with `--include-contacts`.
- `metadata.json`: titles, column labels, facets, default sorts, full-text
  search and the canned queries.
- `templates/`: the premise page (like the printed passport) and column labels.
- `assets/`: the site's style sheet. `photos/`: the premises' photos.
{"- `pdf/`: each premise's PDF brief, per language." if with_pdfs else ""}
Nothing is loaded from other sites: no map tiles, fonts or scripts from the network.
"""
