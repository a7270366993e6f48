"""Visitor pages: a story, search results, and the resource pages (document, film, link)."""
