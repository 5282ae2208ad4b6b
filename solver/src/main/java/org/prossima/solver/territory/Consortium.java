package org.prossima.solver.territory;

/** A social-service consortium (ente gestore) and the ISTAT code of the comune of its seat. */
public record Consortium(String code, String name, String seatIstatCode) {
}
