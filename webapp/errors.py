"""Error pages without stack traces; the API answers errors in JSON."""
from __future__ import annotations

from flask import Flask, jsonify, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

MESSAGES = {
    400: "The request could not be understood.",
    401: "You need to log in.",
    403: "Your account may not open this page.",
    404: "There is no such page.",
    405: "This page does not accept that kind of request.",
    409: "Someone else changed this in the meantime.",
    413: "That request is too large.",
    500: "Something went wrong on our side. It has been logged.",
}


def _render(status: int, message: str):
    if request.blueprint == "api":
        return jsonify(error=message), status
    return render_template("error.html", status=status, message=message), status


def handle_http_error(exc: HTTPException):
    message = MESSAGES.get(exc.code, exc.name)
    if exc.code in (400, 409) and exc.description and exc.description != type(exc).description:
        message = exc.description  # our own abort(409, "...") texts are written for users
    return _render(exc.code or 500, message)


def handle_csrf_error(exc: CSRFError):
    return _render(400, f"The form has expired or is missing its security token ({exc.description}). "
                        "Reload the page and try again.")


def handle_unexpected(exc: Exception):
    if isinstance(exc, HTTPException):
        return handle_http_error(exc)
    from flask import current_app
    current_app.logger.exception("unhandled error on %s", request.path)
    return _render(500, MESSAGES[500])


def init_app(app: Flask) -> None:
    app.register_error_handler(CSRFError, handle_csrf_error)
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(InternalServerError, handle_unexpected)
    app.register_error_handler(Exception, handle_unexpected)
