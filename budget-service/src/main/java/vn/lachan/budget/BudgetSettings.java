package vn.lachan.budget;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * budget-service's own settings.
 *
 * @param warnAtPercent the share of a unit's allocation, in percent, from which using more of it is answered
 *                      with a warning (ERPNext's and Odoo's "warn" action); above 100 % it is refused
 */
@ConfigurationProperties("lachan.budget")
public record BudgetSettings(Integer warnAtPercent) {

    public BudgetSettings {
        if (warnAtPercent == null) {
            warnAtPercent = 90;
        }
        if (warnAtPercent < 1 || warnAtPercent > 100) {
            throw new IllegalArgumentException("lachan.budget.warn-at-percent must be 1–100, not " + warnAtPercent);
        }
    }
}
