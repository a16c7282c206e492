"""`postcheck serve`: the check as a small web service an organisation runs for its writers.

- `app.py`: the Starlette application (pages, JSON API, health, OpenAPI), built per worker
  with one engine, from `ServeOptions`.
- `draftform.py`: the form's questions (channel, capacity, photo, approval) as front matter,
  and the report shifted back onto the text the writer typed.
- `guard.py`: what protects the service and the drafts: body-size limit, per-client rate
  limit, bearer tokens, security headers, error pages without draft text.
- `pages.py`: server-rendered HTML (Jinja2, autoescaped), self-contained: no external fonts,
  scripts or styles.
- `playground.py`: the local pack playground for the communications officer.

Drafts are processed in memory and never stored or logged.
"""
