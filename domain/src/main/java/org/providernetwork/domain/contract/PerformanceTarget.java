package org.providernetwork.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import org.providernetwork.domain.outcome.Indicator;
import org.providernetwork.domain.shared.InvalidInputException;

import java.math.BigDecimal;

/** A target a contract sets on one indicator: a floor or a ceiling the supplier is measured against. */
@Entity
@Table(name = "contract_target")
public class PerformanceTarget {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "contract_target_ids")
    @TableGenerator(name = "contract_target_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "contract_target", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private Contract contract;

    @Enumerated(EnumType.STRING)
    @Column(name = "indicator", nullable = false, length = 40)
    private Indicator indicator;

    @Column(name = "target", nullable = false, precision = 12, scale = 3)
    private BigDecimal target;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, length = 8)
    private TargetDirection direction;

    protected PerformanceTarget() {
        // for JPA
    }

    PerformanceTarget(Contract contract, Indicator indicator, BigDecimal target, TargetDirection direction) {
        this.contract = contract;
        this.indicator = indicator;
        set(target, direction);
    }

    static void check(Indicator indicator, BigDecimal target, TargetDirection direction) {
        if (indicator == null) {
            throw new InvalidInputException("indicator", "a target names its indicator");
        }
        if (!org.providernetwork.domain.outcome.IndicatorDefinition.evaluates(indicator)) {
            throw new InvalidInputException("indicator", indicator.getLabel()
                    + " is not measured by the portal, so a target on it could never be evaluated");
        }
        if (direction == null) {
            throw new InvalidInputException("direction", "a target is either a floor (at least) or a ceiling (at most)");
        }
        if (target == null || target.signum() < 0) {
            throw new InvalidInputException("target", "a target is zero or more");
        }
        if (indicator.getUnit() == Indicator.Unit.PERCENT && target.compareTo(HUNDRED) > 0) {
            throw new InvalidInputException("target", indicator.getLabel() + " is a percentage: at most 100");
        }
    }

    void set(BigDecimal newTarget, TargetDirection newDirection) {
        check(indicator, newTarget, newDirection);
        this.target = newTarget.stripTrailingZeros().scale() < 0 ? newTarget.setScale(0) : newTarget.stripTrailingZeros();
        this.direction = newDirection;
    }

    public Long getId() {
        return id;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public TargetDirection getDirection() {
        return direction;
    }

    /** Whether a measured value meets this target. */
    public boolean metBy(BigDecimal value) {
        return direction.met(value, target);
    }

    @Override
    public String toString() {
        return indicator.getLabel() + " " + direction.getLabel() + " " + target.toPlainString()
                + (indicator.getUnit() == Indicator.Unit.PERCENT ? "%" : " " + indicator.getUnit().getLabel());
    }
}
