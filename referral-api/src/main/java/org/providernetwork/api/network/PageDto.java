package org.providernetwork.api.network;

import org.providernetwork.domain.shared.Page;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, where it is, and how many there are in all. */
public record PageDto<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <S, T> PageDto<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageDto<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total(),
                page.totalPages());
    }
}
