package org.prossima.solver.territory;

/** A social-cohesion district and the ISTAT code of the comune of its seat. */
public record District(String code, String name, String seatIstatCode) {
}
