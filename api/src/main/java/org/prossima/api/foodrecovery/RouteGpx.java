package org.prossima.api.foodrecovery;

import static org.prossima.api.foodrecovery.FoodRecoveryPlanResponses.km;
import static org.prossima.api.foodrecovery.FoodRecoveryPlanResponses.local;

import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.prossima.api.text.Texts;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.RouteRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.StopRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.PickupRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.RecipientRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.WindowRecord;
import org.prossima.solver.territory.TerritoryClock;
import org.prossima.solver.text.Text;
import org.prossima.solver.travel.Location;

/**
 * One vehicle's route as GPX 1.1, for a volunteer's phone or any map tool: a waypoint per stop
 * (with donor, kg and window in its description), a route through depot, stops and depot, and a
 * track of the line driven: along the roads when a road network is loaded, else straight between
 * the stops (its description says which). Names and descriptions are in the request's language.
 */
final class RouteGpx {

    private static final String GPX = "http://www.topografix.com/GPX/1/1";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Texts texts;
    private final XMLStreamWriter xml;

    private RouteGpx(Texts texts, XMLStreamWriter xml) {
        this.texts = texts;
        this.xml = xml;
    }

    static String write(PlannedRoute planned, RouteGeometry.Line line, Texts texts) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            new RouteGpx(texts, xml).document(planned, line);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write GPX", e);
        }
        return out.toString();
    }

    private void document(PlannedRoute planned, RouteGeometry.Line line) throws XMLStreamException {
        RouteRecord route = planned.route();
        String vehicleId = route.vehicleId();
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("gpx");
        xml.writeDefaultNamespace(GPX);
        xml.writeAttribute("version", "1.1");
        xml.writeAttribute("creator", "Prossima");
        xml.writeStartElement("metadata");
        element("name", text("foodrecovery.gpx.name", vehicleId, local(route.departureTime()).toLocalDate().toString()));
        long pickups = route.stops().stream().filter(s -> !s.isDropOff()).count();
        element("desc", text("foodrecovery.gpx.description", pickups, route.stops().size() - pickups,
                km(route.distanceMetres()), route.collectedKg(), planned.plan().travelTimeSource(),
                Text.of(line.road() ? "foodrecovery.gpx.line.ROADS" : "foodrecovery.gpx.line.STRAIGHT")));
        xml.writeEndElement();

        int n = 1;
        for (StopRecord stop : route.stops()) {
            LocalDateTime arrival = local(stop.arrivalTime());
            point("wpt", planned.place(stop), arrival);
            if (stop.isDropOff()) {
                RecipientRecord recipient = planned.problem().recipient(stop.recipientId());
                element("name", text("foodrecovery.gpx.dropOff.name", n++,
                        recipient.name() == null ? recipient.id() : recipient.name()));
                element("desc", text("foodrecovery.gpx.dropOff.description", String.join(", ",
                        stop.deliveredPickupIds()), hours(recipient.windows()), HH_MM.format(arrival)));
            } else {
                PickupRecord pickup = planned.problem().pickup(stop.stopId());
                element("name", text("foodrecovery.gpx.pickup.name", n++,
                        pickup.donor() == null ? stop.stopId() : pickup.donor()));
                element("desc", text("foodrecovery.gpx.pickup.description", stop.stopId(), pickup.kg(),
                        pickup.category().label(), hours(pickup.windows()), HH_MM.format(arrival)));
            }
            xml.writeEndElement();
        }

        xml.writeStartElement("rte");
        element("name", vehicleId);
        point("rtept", planned.place(planned.startDepot()), local(route.departureTime()));
        element("name", text("foodrecovery.gpx.departure", planned.startDepot().id()));
        xml.writeEndElement();
        for (StopRecord stop : route.stops()) {
            point("rtept", planned.place(stop), local(stop.arrivalTime()));
            element("name", stop.stopId());
            xml.writeEndElement();
        }
        point("rtept", planned.place(planned.endDepot()), local(route.returnTime()));
        element("name", text("foodrecovery.gpx.return", planned.endDepot().id()));
        xml.writeEndElement();
        xml.writeEndElement();

        track(vehicleId, line);
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void track(String vehicleId, RouteGeometry.Line line) throws XMLStreamException {
        xml.writeStartElement("trk");
        element("name", vehicleId);
        element("desc", line.description());
        xml.writeStartElement("trkseg");
        for (Location p : line.points()) {
            xml.writeStartElement("trkpt");
            xml.writeAttribute("lat", Double.toString(p.latitude()));
            xml.writeAttribute("lon", Double.toString(p.longitude()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private String text(String key, Object... args) {
        return texts.render(Text.of(key, args));
    }

    private static String hours(List<WindowRecord> windows) {
        return windows.stream().map(w -> HH_MM.format(local(w.start())) + "–" + HH_MM.format(local(w.end())))
                .collect(Collectors.joining(", "));
    }

    /** Opens a point element; the caller adds children and closes it. */
    private void point(String name, Location where, LocalDateTime time) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("lat", Double.toString(where.latitude()));
        xml.writeAttribute("lon", Double.toString(where.longitude()));
        element("time", time.atZone(TerritoryClock.ZONE).toInstant().toString());
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
