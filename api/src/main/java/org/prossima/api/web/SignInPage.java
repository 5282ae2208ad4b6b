package org.prossima.api.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page for browsers: a plain form (name, password, the CSRF token the form adds) that posts to
 * {@code /login}; a failed sign-in comes back here with {@code ?error}, a sign-out with {@code ?logout}.
 */
@Controller
class SignInPage {

    @GetMapping("/login")
    String page() {
        return "login";
    }
}
