package org.prossima.api.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.prossima.api.security.Caller;
import org.prossima.api.travel.BasemapSource;
import org.prossima.api.security.Callers;
import org.prossima.data.security.Role;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every screen's layout needs: who is signed in (name and role, or nobody), the menu of their screens, the
 * language the page is in and whether the maps have a basemap. Only for the screens' controllers, never for the API (selected by package alone: an
 * {@code annotations} selector would add every {@code @RestController}, since the selectors are alternatives).
 */
@ControllerAdvice(basePackages = "org.prossima.api.web")
class ScreenModel {

    private final List<ScreenLink> screens;
    private final BasemapSource basemap;

    ScreenModel(List<ScreenLink> screens, BasemapSource basemap) {
        this.screens = screens.stream().sorted(Comparator.comparingInt(ScreenLink::order)).toList();
        this.basemap = basemap;
    }

    /** Whether the maps have a basemap to draw under their points (the layout tells the maps' script where). */
    @ModelAttribute("basemap")
    boolean basemap() {
        return basemap.state() == BasemapSource.State.READY;
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
