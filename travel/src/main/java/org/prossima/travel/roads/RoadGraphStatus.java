package org.prossima.travel.roads;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the road graph was opened at start-up.
 *
 * @param opening        imported for the first time, loaded from the cache, or rebuilt
 * @param reason         why, for the log and for people checking a deployment
 * @param took           wall-clock time of the import or load, shortcut figures included
 * @param directory      the graph directory
 * @param directoryBytes its size on disk after opening
 */
public record RoadGraphStatus(Opening opening, String reason, Duration took, Path directory, long directoryBytes) {

    public enum Opening {
        IMPORTED, LOADED, REBUILT
    }
}
