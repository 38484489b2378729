package org.providernetwork.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import java.time.Instant;

/** A numbered change to a contract, with what it was before and after. */
@Entity
@Table(name = "contract_amendment")
public class Amendment {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private Contract contract;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "contract_amendment_ids")
    @TableGenerator(name = "contract_amendment_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "contract_amendment", allocationSize = 20)
    private Long id;

    @Column(name = "amendment_no", nullable = false)
    private int number;

    /** The longest description of an amendment. */
    public static final int DESCRIPTION_LENGTH = 500;

    @Column(name = "description", nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "before_text", nullable = false, length = 500)
    private String before;

    @Column(name = "after_text", nullable = false, length = 500)
    private String after;

    @Column(name = "amended_by", nullable = false, length = 100)
    private String by;

    @Column(name = "amended_at", nullable = false)
    private Instant at;

    protected Amendment() {
        // for JPA
    }

    Amendment(Contract contract, int number, String description, String before, String after, String by, Instant at) {
        this.contract = contract;
        this.number = number;
        this.description = description;
        this.before = before;
        this.after = after;
        this.by = by;
        this.at = at;
    }

    public int number() {
        return number;
    }

    public String description() {
        return description;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }
}
