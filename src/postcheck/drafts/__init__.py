"""Drafts: reading files, front matter, and the prose view (non-prose masked, same length)."""
