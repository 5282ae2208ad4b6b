package org.prossima.api.travel;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.prossima.travel.basemap.Basemap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The screens' basemap, when an OpenStreetMap file is configured for roads: read from that file (or loaded from where
 * it was kept) on a thread of its own once the service is ready, so it never delays the start. Until it is there, or
 * if it cannot be made, the maps are drawn on a plain background and say so; the service works either way.
 */
@Component
public class BasemapSource {

    private static final Logger log = LoggerFactory.getLogger(BasemapSource.class);

    /** Where the basemap stands. */
    public enum State {
        /** No OpenStreetMap file, or the basemap switched off: plain maps. */
        OFF,
        /** Being read or loaded. */
        PREPARING,
        READY,
        /** It could not be made (the log says why): plain maps. */
        FAILED
    }

    private final RoadsProperties properties;
    private final AtomicReference<State> state;
    private final AtomicReference<Basemap> basemap = new AtomicReference<>();

    BasemapSource(RoadsProperties properties) {
        this.properties = properties;
        this.state = new AtomicReference<>(properties.osmFile() != null && properties.basemap() ? State.PREPARING
                : State.OFF);
    }

    @EventListener(ApplicationReadyEvent.class)
    void prepare() {
        if (state.get() != State.PREPARING) {
            return;
        }
        Thread.ofVirtual().name("basemap").start(() -> {
            try {
                basemap.set(Basemap.open(properties.osmFile(), properties.basemapDirectory()));
                state.set(State.READY);
            } catch (RuntimeException e) {
                state.set(State.FAILED);
                log.warn("Basemap: not available, the maps stay on a plain background: {}", e.getMessage());
            }
        });
    }

    public State state() {
        return state.get();
    }

    public Optional<Basemap> basemap() {
        return Optional.ofNullable(basemap.get());
    }
}
