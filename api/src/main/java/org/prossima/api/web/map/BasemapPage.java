package org.prossima.api.web.map;

import java.util.List;
import java.util.Set;

import org.prossima.api.travel.BasemapSource;
import org.prossima.api.web.MapData;
import org.prossima.api.web.PageJson;
import org.prossima.api.web.ScreenLink;
import org.prossima.data.security.Role;
import org.prossima.travel.basemap.Basemap;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrator's look at the maps' basemap: where it stands (off, being prepared, ready, failed), what it was read
 * from, how much it holds, and the area it covers on a map, so whoever deploys the service with a new OpenStreetMap
 * file sees at once that the maps draw it.
 */
@Controller
class BasemapPage {

    private final BasemapSource source;
    private final PageJson json;

    BasemapPage(BasemapSource source, PageJson json) {
        this.source = source;
        this.json = json;
    }

    @Bean
    static ScreenLink basemapScreen() {
        return new ScreenLink("/mappa", "basemap.title", "basemap.summary", Set.of(Role.ADMIN), 90);
    }

    @GetMapping("/mappa")
    String page(Model model) {
        model.addAttribute("state", source.state().name());
        Basemap basemap = source.basemap().orElse(null);
        model.addAttribute("found", basemap);
        if (basemap != null) {
            double[] b = basemap.bounds();
            model.addAttribute("file", basemap.fileName());
            model.addAttribute("bounds", String.format(java.util.Locale.ROOT, "%.4f, %.4f — %.4f, %.4f", b[1], b[0],
                    b[3], b[2]));
            MapData map = new MapData(List.of(), List.of(), List.of(new MapData.Line(List.of(
                    new double[] {b[1], b[0]}, new double[] {b[1], b[2]}, new double[] {b[3], b[2]},
                    new double[] {b[3], b[0]}, new double[] {b[1], b[0]}), "", 0, true)), null);
            model.addAttribute("mapJson", json.of(map));
        }
        return "basemap";
    }
}
