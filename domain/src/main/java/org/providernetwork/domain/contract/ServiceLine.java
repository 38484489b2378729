package org.providernetwork.domain.contract;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import org.providernetwork.domain.shared.InvalidInputException;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a contract buys: a service type, its unit and rate, the places it funds and the counties it covers.
 */
@Entity
@Table(name = "contract_line")
public class ServiceLine {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private Contract contract;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "contract_line_ids")
    @TableGenerator(name = "contract_line_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "contract_line", allocationSize = 50)
    private Long id;

    @Column(name = "service_type_code", nullable = false, length = 32)
    private String serviceTypeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 16)
    private ServiceUnit unit;

    /** The largest unit rate the column holds (DECIMAL(12,2)). */
    public static final String UNIT_RATE_MAX = "9999999999.99";

    @Column(name = "unit_rate", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitRate;

    @Column(name = "funded_capacity", nullable = false)
    private int fundedCapacity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_line_county", joinColumns = @JoinColumn(name = "contract_line_id"))
    @Column(name = "county_fips", length = 5)
    private Set<String> countyFips = new LinkedHashSet<>();

    protected ServiceLine() {
        // for JPA
    }

    public ServiceLine(String serviceTypeCode, ServiceUnit unit, BigDecimal unitRate, int fundedCapacity,
                       Set<String> countyFips) {
        if (serviceTypeCode == null || serviceTypeCode.isBlank()) {
            throw new InvalidInputException("lines", "a service line names its service type");
        }
        if (unit == null) {
            throw new InvalidInputException("lines", "a service line names its unit (day, session, hour, case)");
        }
        if (unitRate == null || unitRate.signum() <= 0) {
            throw new InvalidInputException("lines", "the unit rate of " + serviceTypeCode + " must be more than zero");
        }
        if (unitRate.compareTo(new BigDecimal(UNIT_RATE_MAX)) > 0 || unitRate.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("unitRate", "the unit rate of " + serviceTypeCode + " is at most " + UNIT_RATE_MAX
                    + " with at most two decimals");
        }
        if (fundedCapacity < 0) {
            throw new InvalidInputException("lines", "funded capacity cannot be negative");
        }
        if (countyFips == null || countyFips.isEmpty()) {
            throw new InvalidInputException("lines", "the line for " + serviceTypeCode + " covers at least one county");
        }
        this.serviceTypeCode = serviceTypeCode.trim();
        this.unit = unit;
        this.unitRate = unitRate;
        this.fundedCapacity = fundedCapacity;
        this.countyFips.addAll(countyFips);
    }

    void attachTo(Contract owner) {
        this.contract = owner;
    }

    /** Whether this line buys the service type in the county (rule 3 of {@link Coverage}). */
    public boolean covers(String serviceType, String county) {
        return Coverage.lineBuys(serviceTypeCode, countyFips, serviceType, county);
    }

    public Long getId() {
        return id;
    }

    public String serviceTypeCode() {
        return serviceTypeCode;
    }

    public ServiceUnit unit() {
        return unit;
    }

    public BigDecimal unitRate() {
        return unitRate;
    }

    public int fundedCapacity() {
        return fundedCapacity;
    }

    public Set<String> countyFips() {
        return Collections.unmodifiableSet(countyFips);
    }
}
