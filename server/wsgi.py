"""WSGI entry point for any WSGI server: `server.wsgi:app`, configured by KHABAR_ variables."""

from server import create_app

app = create_app()

if not (app.config["STORE_PATH"] or app.config["STORE"]):
    raise RuntimeError("Set KHABAR_STORE_PATH to the directory of the Khabar store to serve.")
