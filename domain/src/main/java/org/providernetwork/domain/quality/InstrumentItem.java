package org.providernetwork.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** One item of a component: the question a reviewer answers with a rating and its rationale. */
@Entity
@Table(name = "cqi_item")
public class InstrumentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cqi_item_ids")
    @TableGenerator(name = "cqi_item_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "cqi_item", allocationSize = 20)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "component_id")
    private InstrumentComponent component;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "code", nullable = false, length = 32)
    private String code;

    @Column(name = "question", nullable = false, length = 500)
    private String question;

    protected InstrumentItem() {
    }

    InstrumentItem(InstrumentComponent component, int position, String code, String question) {
        this.component = component;
        this.position = position;
        this.code = code;
        this.question = question;
    }

    public Long getId() {
        return id;
    }

    public InstrumentComponent getComponent() {
        return component;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getQuestion() {
        return question;
    }
}
