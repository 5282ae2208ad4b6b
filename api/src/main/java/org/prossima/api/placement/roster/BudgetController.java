package org.prossima.api.placement.roster;

import java.util.List;

import jakarta.validation.Valid;
import org.prossima.api.error.NotFoundException;
import org.prossima.data.placement.BudgetRepository;
import org.prossima.data.placement.BudgetRow;
import org.prossima.data.territory.TerritoryRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Each consortium's monthly budget for placement allowances; a consortium without one has no limit. */
@RestController
@RequestMapping("/api/v1/placement/budgets")
class BudgetController {

    private final BudgetRepository budgets;
    private final TerritoryRepository territory;

    BudgetController(BudgetRepository budgets, TerritoryRepository territory) {
        this.budgets = budgets;
        this.territory = territory;
    }

    @GetMapping
    public List<BudgetRow> list() {
        return budgets.all();
    }

    @GetMapping("/{consortium}")
    public BudgetRow get(@PathVariable String consortium) {
        knownConsortium(consortium);
        return budgets.find(consortium).orElseThrow(() -> new NotFoundException(
                "No budget is set for consortium '" + consortium + "': its placements have no budget limit",
                "set one with PUT /api/v1/placement/budgets/" + consortium + " {\"monthlyEuros\": 12000}"));
    }

    @PutMapping("/{consortium}")
    public BudgetRow put(@PathVariable String consortium, @Valid @RequestBody BudgetRequest request) {
        knownConsortium(consortium);
        budgets.put(consortium, request.monthlyEuros());
        return budgets.find(consortium).orElseThrow();
    }

    private void knownConsortium(String code) {
        if (territory.consortium(code).isEmpty()) {
            throw new NotFoundException("No consortium with code '" + code + "'",
                    "the codes are listed by GET /api/v1/territory/consortia");
        }
    }
}
