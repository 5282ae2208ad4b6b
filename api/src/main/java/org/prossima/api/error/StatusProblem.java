package org.prossima.api.error;

/**
 * The problem+json answer for a bare status, when all that is known of an error is its status: the server's own
 * rejections (an address or headers too long, an encoded slash, characters not allowed in an address, malformed
 * %-encoding) and errors that reach the error page. Its words are fixed: nothing of the request, the exception or
 * the server is repeated.
 */
record StatusProblem(int status, String type, String title, String detail, String hint) {

    static StatusProblem of(int status) {
        return switch (status) {
            case 400 -> new StatusProblem(400, "bad-request", "Bad request", "The request could not be read: its "
                    + "address, a header or its encoding is not one this service accepts.", "percent-encode the "
                    + "address as UTF-8 (no %2F, %00 or bare % in it), keep it and the headers short (under 8 KB)");
            case 401 -> new StatusProblem(401, "unauthenticated", "Sign-in required",
                    "This request needs a signed-in user.", "sign in (see the README)");
            case 403 -> new StatusProblem(403, "forbidden", "Not allowed", "This request is not allowed.",
                    "the roles allowed for each endpoint are in the API description (/v3/api-docs)");
            case 404 -> new StatusProblem(404, "not-found", "Not found", "There is nothing at this address.",
                    "the endpoints are listed in the API description (/v3/api-docs)");
            case 405 -> new StatusProblem(405, "method-not-allowed", "Method not allowed",
                    "This address does not take this method.", "the methods of each endpoint are in the API "
                            + "description (/v3/api-docs)");
            case 408 -> new StatusProblem(408, "request-timeout", "Request timeout",
                    "The request did not arrive in time.", "send the whole request at once");
            case 413 -> new StatusProblem(413, "body-too-large", "Request body too large",
                    "The body is larger than this service accepts here.", "send smaller requests, or split a file");
            case 414 -> new StatusProblem(414, "uri-too-long", "Address too long",
                    "The address is longer than this service accepts.", "keep the address and query under 8 KB");
            case 431 -> new StatusProblem(431, "headers-too-large", "Headers too large",
                    "The request's headers are larger than this service accepts.", "keep the headers under 8 KB");
            case 503 -> new StatusProblem(503, "unavailable", "Service unavailable",
                    "The service cannot answer just now.", "try again in a few seconds");
            default -> status >= 500
                    ? new StatusProblem(status, "internal-error", "Internal error", "The service could not "
                            + "complete the request. Nothing was changed by it.", "try again; if it lasts, tell the "
                            + "service's operator")
                    : new StatusProblem(status, "request-error", "Request not accepted",
                            "The request was not accepted.", "check the request against the API description "
                                    + "(/v3/api-docs)");
        };
    }
}
