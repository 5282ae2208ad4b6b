package org.prossima.api.placement.roster;

import java.util.List;

import jakarta.validation.Valid;
import org.prossima.api.error.NotFoundException;
import org.prossima.api.placement.PlacementAccess;
import org.prossima.data.placement.BudgetRepository;
import org.prossima.data.placement.BudgetRow;
import org.prossima.data.territory.TerritoryRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each consortium's monthly budget for placement allowances; a consortium without one has no limit. A budget is its
 * consortium's: a coordinator reads and sets their own only (another consortium's is not found), the steering board
 * reads all, administrators read and set all.
 */
@RestController
@RequestMapping("/api/v1/placement/budgets")
class BudgetController {

    private final BudgetRepository budgets;
    private final TerritoryRepository territory;

    BudgetController(BudgetRepository budgets, TerritoryRepository territory) {
        this.budgets = budgets;
        this.territory = territory;
    }

    /** The budgets the caller sees: a coordinator's own, everyone's for the board and administrators. */
    @GetMapping
    public List<BudgetRow> list() {
        return budgets.all(PlacementAccess.current().scope());
    }

    @GetMapping("/{consortium}")
    public BudgetRow get(@PathVariable String consortium) {
        PlacementAccess access = PlacementAccess.current();
        visibleConsortium(access, consortium);
        return budgets.find(access.scope(), consortium).orElseThrow(() -> new NotFoundException(
                "No budget is set for consortium '" + consortium + "': its placements have no budget limit",
                "set one with PUT /api/v1/placement/budgets/" + consortium + " {\"monthlyEuros\": 12000}"));
    }

    @PutMapping("/{consortium}")
    public BudgetRow put(@PathVariable String consortium, @Valid @RequestBody BudgetRequest request) {
        PlacementAccess access = PlacementAccess.current();
        visibleConsortium(access, consortium);
        budgets.put(consortium, request.monthlyEuros());
        return budgets.find(access.scope(), consortium).orElseThrow();
    }

    /** A consortium whose budget the caller may see: a known one, and a coordinator's own; 404 otherwise. */
    private void visibleConsortium(PlacementAccess access, String code) {
        if (territory.consortium(code).isEmpty()
                || (access.isCoordinator() && !code.equals(access.caller().consortium()))) {
            throw new NotFoundException("No consortium with code '" + code + "' whose budget you keep",
                    "the codes are listed by GET /api/v1/territory/consortia; a coordinator keeps their own "
                            + "consortium's budget");
        }
    }
}
