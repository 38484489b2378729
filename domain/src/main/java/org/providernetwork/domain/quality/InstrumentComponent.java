package org.providernetwork.domain.quality;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One practice-model component of an instrument version, with its items. */
@Entity
@Table(name = "cqi_component")
public class InstrumentComponent {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cqi_component_ids")
    @TableGenerator(name = "cqi_component_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "cqi_component", allocationSize = 10)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "instrument_id")
    private Instrument instrument;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "code", nullable = false, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", length = 1000)
    private String description;

    @OneToMany(mappedBy = "component", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<InstrumentItem> items = new ArrayList<>();

    protected InstrumentComponent() {
    }

    InstrumentComponent(Instrument instrument, int position, String code, String name, String description) {
        this.instrument = instrument;
        this.position = position;
        this.code = code;
        this.name = name;
        this.description = description == null || description.isBlank() ? null : description.trim();
    }

    void add(InstrumentItem item) {
        items.add(item);
    }

    public Long getId() {
        return id;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public List<InstrumentItem> getItems() {
        return Collections.unmodifiableList(items);
    }
}
