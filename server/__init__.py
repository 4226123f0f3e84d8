"""Khabar's web server: a read-only SPARQL 1.1 endpoint and query page over the article store."""

from server.app import create_app
from server.serving import serve

__all__ = ["create_app", "serve"]
