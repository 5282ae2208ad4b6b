package org.prossima.bench.vrptw;

/**
 * One row of a Solomon instance; row 0 is the depot.
 *
 * @param number      the CUST NO. column
 * @param x           XCOORD.
 * @param y           YCOORD.
 * @param demand      DEMAND
 * @param readyTime   READY TIME: earliest start of service
 * @param dueDate     DUE DATE: latest arrival (for the depot: latest return)
 * @param serviceTime SERVICE TIME
 */
public record SolomonCustomer(int number, double x, double y, int demand, double readyTime, double dueDate,
        double serviceTime) {

    /** Euclidean distance in double precision, which is also the travel time by Solomon's convention. */
    public double distanceTo(SolomonCustomer other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
