package org.prossima.api.foodrecovery;

import java.time.LocalDateTime;
import java.util.List;

/** Something posted with opening hours: one window ({@code windowStart}, {@code windowEnd}) or several. */
interface WindowsRequest {

    LocalDateTime windowStart();

    LocalDateTime windowEnd();

    List<WindowRequest> windows();

    /** The windows in either form. */
    default List<WindowRequest> allWindows() {
        return windows() != null ? windows() : List.of(new WindowRequest(windowStart(), windowEnd()));
    }
}
