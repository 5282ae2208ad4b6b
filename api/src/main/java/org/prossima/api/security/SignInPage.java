package org.prossima.api.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page for browsers, in Italian: a plain form (name, password, the CSRF token) that posts to
 * {@code /login}; a failed sign-in comes back here with {@code ?error}, a sign-out with {@code ?logout}.
 */
@RestController
class SignInPage {

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, CsrfToken csrf) {
        String notice = request.getParameter("error") != null
                ? "<p role=\"alert\">Nome utente o password non validi, oppure utente bloccato per troppi tentativi.</p>"
                : request.getParameter("logout") != null ? "<p role=\"status\">Sei uscito da Prossima.</p>" : "";
        return """
                <!DOCTYPE html>
                <html lang="it">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Accedi — Prossima</title></head>
                <body>
                <main>
                <h1>Accedi a Prossima</h1>
                %s
                <form method="post" action="/login">
                <p><label for="username">Nome utente</label><br>
                <input id="username" name="username" autocomplete="username" required autofocus></p>
                <p><label for="password">Password</label><br>
                <input id="password" name="password" type="password" autocomplete="current-password" required></p>
                <input type="hidden" name="%s" value="%s">
                <p><button type="submit">Accedi</button></p>
                </form>
                </main>
                </body>
                </html>
                """.formatted(notice, HtmlUtils.htmlEscape(csrf.getParameterName()),
                HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
