package org.prossima.api.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.prossima.api.error.ApiProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/**
 * A screen that cannot be shown answers with a page in the person's language, not the API's problem+json: what went
 * wrong in plain words and the way home. The API's own errors are untouched (this applies to the screens only).
 */
// By package only: selectors are alternatives, and every @RestController is also a @Controller, so
// "annotations = Controller.class" would turn the API's own errors into pages too.
@ControllerAdvice(basePackages = "org.prossima.api.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScreenErrors {

    private final MessageSource messages;

    ScreenErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ResponseStatusException.class)
    String status(ResponseStatusException e, Model model, HttpServletResponse response) {
        return page(e.getStatusCode().value(), model, response);
    }

    @ExceptionHandler(ApiProblemException.class)
    String problem(ApiProblemException e, Model model, HttpServletResponse response) {
        return page(e.status().value(), model, response);
    }

    private String page(int status, Model model, HttpServletResponse response) {
        response.setStatus(status);
        Locale locale = LocaleContextHolder.getLocale();
        String key = status == HttpStatus.NOT_FOUND.value() ? "screens.notFound"
                : status == HttpStatus.FORBIDDEN.value() ? "screens.forbidden" : "screens.failed";
        model.addAttribute("message", messages.getMessage(key, null, locale));
        return "screen-error";
    }
}
