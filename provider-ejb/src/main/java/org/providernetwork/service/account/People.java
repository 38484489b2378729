package org.providernetwork.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import org.providernetwork.domain.account.PortalRole;
import org.providernetwork.domain.account.UserAccount;
import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.domain.shared.Page;
import org.providernetwork.domain.shared.PageRequest;
import org.providernetwork.service.tenancy.Tenancy;
import org.providernetwork.service.tenancy.TenantScope;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people (user accounts) of the network, which are tenant-owned: every query goes through the
 * caller's {@link TenantScope}, and an account outside it is "not found", exactly like one that does
 * not exist.
 */
@Stateless
public class People {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    /** Accounts in the caller's scope, optionally of one organisation or matching a name, by name. */
    public Page<PersonView> search(Long organisationId, String name, @NotNull PageRequest page) {
        TenantScope.Predicate scope = tenancy.scope().organisations("o");
        StringBuilder where = new StringBuilder(" FROM UserAccount a JOIN a.organisation o WHERE ").append(scope.jpql());
        Map<String, Object> params = new HashMap<>(scope.parameters());
        if (organisationId != null) {
            where.append(" AND o.id = :organisation");
            params.put("organisation", organisationId);
        }
        if (name != null && !name.isBlank()) {
            where.append(" AND (LOWER(a.displayName) LIKE :name OR a.username LIKE :name)");
            params.put("name", "%" + name.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a)" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0 || page.offset() >= total) {
            return new Page<>(List.of(), total, page.page(), page.size());
        }
        TypedQuery<UserAccount> select = em.createQuery("SELECT a" + where + " ORDER BY a.displayName, a.id", UserAccount.class);
        params.forEach(select::setParameter);
        List<PersonView> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(People::view).toList();
        return new Page<>(items, total, page.page(), page.size());
    }

    /** One account, if it exists and is in the caller's scope. */
    public PersonView find(long id) {
        TenantScope.Predicate scope = tenancy.scope().organisations("o");
        TypedQuery<UserAccount> query = em.createQuery("SELECT a FROM UserAccount a JOIN FETCH a.organisation o"
                + " WHERE a.id = :id AND " + scope.jpql(), UserAccount.class).setParameter("id", id);
        scope.parameters().forEach(query::setParameter);
        return query.getResultList().stream().findFirst().map(People::view)
                .orElseThrow(() -> new NotFoundException("account", id));
    }

    private static PersonView view(UserAccount a) {
        Organisation org = a.getOrganisation();
        return new PersonView(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), org.getId(), org.getName(),
                org.getType(), a.getRoles().stream().map(PortalRole::getCode).sorted().toList(), a.isActive(),
                a.getLastLoginAt());
    }
}
