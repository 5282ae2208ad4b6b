package org.prossima.travel.roads;

/**
 * GraphHopper's own route between two points: its milliseconds and metres.
 */
public record RoadRoute(long millis, double metres) {
}
