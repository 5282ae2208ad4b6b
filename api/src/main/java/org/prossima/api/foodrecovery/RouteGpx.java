package org.prossima.api.foodrecovery;

import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.Stop;
import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.VehicleRoute;
import org.prossima.solver.territory.TerritoryClock;
import org.prossima.solver.travel.Location;

/**
 * One vehicle's route as GPX 1.1, for a volunteer's phone or any map tool: a waypoint per stop
 * (with donor, kg and window in its description), a route through depot, stops and depot, and a
 * track of the line driven: along the roads when a road network is loaded, else straight between
 * the stops (its description says which).
 */
final class RouteGpx {

    private static final String GPX = "http://www.topografix.com/GPX/1/1";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private RouteGpx() {
    }

    static String write(StoredPlanView plan, String vehicleId, RouteGeometry.Line line) {
        VehicleRoute route = plan.route(vehicleId);
        VehicleRequest vehicle = plan.vehicleRequest(vehicleId);
        String endDepot = vehicle.endDepot() == null ? vehicle.startDepot() : vehicle.endDepot();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("gpx");
            xml.writeDefaultNamespace(GPX);
            xml.writeAttribute("version", "1.1");
            xml.writeAttribute("creator", "Prossima");
            xml.writeStartElement("metadata");
            element(xml, "name", "Giro " + vehicleId + " – " + route.departure().toLocalDate());
            long pickups = route.stops().stream().filter(s -> s.recipient() == null).count();
            element(xml, "desc", pickups + " ritiri, " + (route.stops().size() - pickups) + " consegne, "
                    + route.km() + " km, " + route.collectedKg() + " kg raccolti. Tempi di viaggio: "
                    + plan.result().travelTimeSource() + ". Percorso: " + (line.road() ? "lungo le strade"
                    : "linee rette tra le fermate") + ".");
            xml.writeEndElement();

            int n = 1;
            for (Stop stop : route.stops()) {
                point(xml, "wpt", plan.place(stop), stop.arrival());
                if (stop.recipient() == null) {
                    PickupRequest pickup = plan.pickupRequest(stop.id());
                    element(xml, "name", n++ + ". Ritiro: " + (pickup.donor() == null ? stop.id() : pickup.donor()));
                    element(xml, "desc", "Ritiro " + stop.id() + ": " + pickup.kg() + " kg ("
                            + pickup.categoryOrDefault().name() + "); orari " + hours(pickup)
                            + "; arrivo previsto " + HH_MM.format(stop.arrival()));
                } else {
                    RecipientRequest recipient = plan.recipientRequest(stop.recipient());
                    element(xml, "name", n++ + ". Consegna: "
                            + (recipient.name() == null ? recipient.id() : recipient.name()));
                    element(xml, "desc", "Consegna dei ritiri " + String.join(", ", stop.delivered())
                            + "; orari " + hours(recipient) + "; arrivo previsto " + HH_MM.format(stop.arrival()));
                }
                xml.writeEndElement();
            }

            xml.writeStartElement("rte");
            element(xml, "name", vehicleId);
            point(xml, "rtept", plan.depotPlaces().get(vehicle.startDepot()), route.departure());
            element(xml, "name", "Partenza " + vehicle.startDepot());
            xml.writeEndElement();
            for (Stop stop : route.stops()) {
                point(xml, "rtept", plan.place(stop), stop.arrival());
                element(xml, "name", stop.id());
                xml.writeEndElement();
            }
            point(xml, "rtept", plan.depotPlaces().get(endDepot), route.returnTime());
            element(xml, "name", "Rientro " + endDepot);
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeStartElement("trk");
            element(xml, "name", vehicleId);
            element(xml, "desc", line.description());
            xml.writeStartElement("trkseg");
            for (Location p : line.points()) {
                xml.writeStartElement("trkpt");
                xml.writeAttribute("lat", Double.toString(p.latitude()));
                xml.writeAttribute("lon", Double.toString(p.longitude()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write GPX", e);
        }
        return out.toString();
    }

    private static String hours(WindowsRequest opening) {
        return opening.allWindows().stream().map(w -> HH_MM.format(w.start()) + "–" + HH_MM.format(w.end()))
                .collect(Collectors.joining(", "));
    }

    /** Opens a point element; the caller adds children and closes it. */
    private static void point(XMLStreamWriter xml, String name, Location where, LocalDateTime time)
            throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("lat", Double.toString(where.latitude()));
        xml.writeAttribute("lon", Double.toString(where.longitude()));
        element(xml, "time", time.atZone(TerritoryClock.ZONE).toInstant().toString());
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
