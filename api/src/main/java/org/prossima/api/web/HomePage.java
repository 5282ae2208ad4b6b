package org.prossima.api.web;

import java.util.Comparator;
import java.util.List;

import org.prossima.api.security.Caller;
import org.prossima.api.security.Callers;
import org.prossima.data.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the screens that are the caller's, for the public the catalogue and the way to sign in. */
@Controller
class HomePage {

    private final List<ScreenLink> screens;

    HomePage(List<ScreenLink> screens) {
        this.screens = screens.stream().sorted(Comparator.comparingInt(ScreenLink::order)).toList();
    }

    @GetMapping("/")
    String home(Model model) {
        Role role = Callers.current().map(Caller::role).orElse(null);
        model.addAttribute("screens", screens.stream().filter(s -> s.openTo(role)).toList());
        return "home";
    }
}
