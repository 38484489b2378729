package org.providernetwork.domain.quality;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One published version of the case review instrument: components, each with the items a reviewer rates.
 * A published version never changes; state CQI staff publish a new one, and every cycle keeps the
 * version it was planned with.
 */
@Entity
@Table(name = "cqi_instrument")
public class Instrument {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cqi_instrument_ids")
    @TableGenerator(name = "cqi_instrument_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "cqi_instrument", allocationSize = 1)
    private Long id;

    @Column(name = "version_no", nullable = false)
    private int versionNumber;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @OneToMany(mappedBy = "instrument", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<InstrumentComponent> components = new ArrayList<>();

    protected Instrument() {
    }

    /** A component as drafted: code, name, description and its items' questions (codes {@code itemCodes}). */
    public record ComponentDraft(String code, String name, String description, List<ItemDraft> items) {
    }

    public record ItemDraft(String code, String question) {
    }

    /** Publishes version {@code versionNumber}; every component needs items, and codes are unique. */
    public static Instrument publish(int versionNumber, String title, List<ComponentDraft> drafts, String by, Instant at) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "an instrument needs a title");
        }
        if (drafts == null || drafts.isEmpty()) {
            throw new InvalidInputException("components", "an instrument needs at least one component");
        }
        Instrument instrument = new Instrument();
        instrument.versionNumber = versionNumber;
        instrument.title = title.trim();
        instrument.publishedBy = by;
        instrument.publishedAt = at;
        Set<String> componentCodes = new HashSet<>();
        Set<String> itemCodes = new HashSet<>();
        int position = 0;
        for (ComponentDraft draft : drafts) {
            String code = code("components.code", draft.code());
            if (!componentCodes.add(code)) {
                throw new InvalidInputException("components.code", "component " + code + " appears twice");
            }
            if (draft.name() == null || draft.name().isBlank()) {
                throw new InvalidInputException("components.name", "component " + code + " needs a name");
            }
            if (draft.items() == null || draft.items().isEmpty()) {
                throw new InvalidInputException("components.items", "component " + code + " needs at least one item");
            }
            InstrumentComponent component = new InstrumentComponent(instrument, ++position, code, draft.name().trim(),
                    draft.description());
            int itemPosition = 0;
            for (ItemDraft item : draft.items()) {
                String itemCode = code("items.code", item.code());
                if (!itemCodes.add(itemCode)) {
                    throw new InvalidInputException("items.code", "item " + itemCode + " appears twice");
                }
                if (item.question() == null || item.question().isBlank() || item.question().length() > 500) {
                    throw new InvalidInputException("items.question", "item " + itemCode + " needs a question of at most 500 characters");
                }
                component.add(new InstrumentItem(component, ++itemPosition, itemCode, item.question().trim()));
            }
            instrument.components.add(component);
        }
        return instrument;
    }

    private static String code(String field, String code) {
        if (code == null || !code.trim().matches("[A-Za-z0-9_-]{1,32}")) {
            throw new InvalidInputException(field, "a code of 1 to 32 letters, digits, '-' or '_'");
        }
        return code.trim().toUpperCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getTitle() {
        return title;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public List<InstrumentComponent> getComponents() {
        return Collections.unmodifiableList(components);
    }

    /** Every item, component by component. */
    public List<InstrumentItem> items() {
        return components.stream().flatMap(c -> c.getItems().stream()).toList();
    }

    public Optional<InstrumentItem> item(long itemId) {
        return items().stream().filter(i -> i.getId() == itemId).findFirst();
    }
}
