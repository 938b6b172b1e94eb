package vn.lachan.budget;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * budget-service's own settings.
 *
 * @param warnAtPercent the share of a unit's allocation, in percent, from which using more of it is answered
 *                      with a warning (ERPNext's and Odoo's "warn" action); above 100 % it is refused
 *                      ({@code LACHAN_BUDGET_WARN_AT_PERCENT})
 */
@Validated
@ConfigurationProperties("lachan.budget")
public record BudgetSettings(@DefaultValue("90") @Min(1) @Max(100) int warnAtPercent) {
}
