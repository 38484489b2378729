package org.providernetwork.portal.network;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.providernetwork.domain.shared.PageRequest;
import org.providernetwork.service.network.NetworkDirectory;
import org.providernetwork.service.network.OrganisationFilter;
import org.providernetwork.service.network.OrganisationSummary;

import java.util.List;
import java.util.Map;
import java.io.Serializable;
import java.util.function.Supplier;

/** Pages, sorts and filters the directory in the database: only the rows shown are ever loaded. */
public class OrganisationDirectoryModel extends LazyDataModel<OrganisationSummary> {

    private static final long serialVersionUID = 1L;

    private final SerializableSupplier<NetworkDirectory> directory;
    private final SerializableSupplier<OrganisationFilter> filter;

    public OrganisationDirectoryModel(SerializableSupplier<NetworkDirectory> directory, SerializableSupplier<OrganisationFilter> filter) {
        this.directory = directory;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) directory.get().count(filter.get());
    }

    @Override
    public List<OrganisationSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        PageRequest page = PageRequest.of(first / size, size);
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        if (sort != null && NetworkDirectory.SORT_FIELDS.containsKey(sort.getField())) {
            page = page.sortedBy(sort.getField(), sort.getOrder() != SortOrder.DESCENDING);
        }
        return directory.get().list(filter.get(), page);
    }

    @Override
    public String getRowKey(OrganisationSummary row) {
        return Long.toString(row.id());
    }

    @Override
    public OrganisationSummary getRowData(String rowKey) {
        return null;
    }

    /** A supplier that survives serialisation of the view, like the view-scoped page that owns the model. */
    @FunctionalInterface
    public interface SerializableSupplier<T> extends Supplier<T>, Serializable {
    }
}
