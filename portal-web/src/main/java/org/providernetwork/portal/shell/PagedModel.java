package org.providernetwork.portal.shell;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.providernetwork.domain.shared.Page;
import org.providernetwork.domain.shared.PageRequest;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A lazy table model over a service search that pages and sorts in the database: PrimeFaces asks for
 * one page at a time and only that page is loaded. A sortable column names its sort key in {@code field}.
 *
 * @param <T> the row type
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A search, given the page it should return; serializable like the view that owns it. */
    @FunctionalInterface
    public interface Search<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    /** The key of a row; serializable like the view that owns it. */
    @FunctionalInterface
    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    private final Search<T> search;
    private final Key<T> key;

    public PagedModel(Search<T> search, Key<T> key) {
        this.search = search;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) search.apply(PageRequest.of(0, 1)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        PageRequest request = PageRequest.of(first / size, size);
        SortMeta sort = sortBy == null ? null : sortBy.values().stream()
                .filter(s -> s.getOrder() != SortOrder.UNSORTED && s.getField() != null).findFirst().orElse(null);
        if (sort != null) {
            request = request.sortedBy(sort.getField(), sort.getOrder() != SortOrder.DESCENDING);
        }
        Page<T> page = search.apply(request);
        setRowCount((int) page.total());
        // past the end (an export reads on until a stretch comes back empty), a search answers its last page
        return first >= page.total() ? List.of() : page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
