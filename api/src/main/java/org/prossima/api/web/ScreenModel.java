package org.prossima.api.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.prossima.api.security.Caller;
import org.prossima.api.security.Callers;
import org.prossima.data.security.Role;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every screen's layout needs: who is signed in (name and role, or nobody), the menu of their screens, and the
 * language the page is in. Only for the screens' controllers, never for the API (selected by package alone: an
 * {@code annotations} selector would add every {@code @RestController}, since the selectors are alternatives).
 */
@ControllerAdvice(basePackages = "org.prossima.api.web")
class ScreenModel {

    private final List<ScreenLink> screens;

    ScreenModel(List<ScreenLink> screens) {
        this.screens = screens.stream().sorted(Comparator.comparingInt(ScreenLink::order)).toList();
    }

    @ModelAttribute("caller")
    Caller caller() {
        return Callers.current().orElse(null);
    }

    @ModelAttribute("menu")
    List<ScreenLink> menu() {
        Role role = Callers.current().map(Caller::role).orElse(null);
        return screens.stream().filter(s -> s.openTo(role)).toList();
    }

    @ModelAttribute("language")
    String language() {
        return LocaleContextHolder.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage()) ? "en" : "it";
    }
}
