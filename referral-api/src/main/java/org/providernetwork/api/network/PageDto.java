package org.providernetwork.api.network;

import org.providernetwork.domain.shared.Page;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, where it is, and how many there are in all. */
public record PageDto<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <S, T> PageDto<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageDto<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total(),
                page.totalPages());
    }

    /** A 200 answer with the page as body and Link headers to the next and previous pages. */
    public static <S, T> Response response(Page<S> page, Function<S, T> mapper, UriInfo uri) {
        List<Link> links = new ArrayList<>();
        if (page.hasNext()) {
            links.add(Link.fromUri(uri.getRequestUriBuilder().replaceQueryParam("page", page.page() + 1).build()).rel("next").build());
        }
        if (page.page() > 0) {
            links.add(Link.fromUri(uri.getRequestUriBuilder().replaceQueryParam("page", page.page() - 1).build()).rel("prev").build());
        }
        return Response.ok(of(page, mapper)).links(links.toArray(Link[]::new)).build();
    }
}
