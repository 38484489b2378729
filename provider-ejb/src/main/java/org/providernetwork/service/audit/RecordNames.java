package org.providernetwork.service.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.providernetwork.domain.account.Roles;

import java.util.List;
import java.util.Map;

/**
 * What the audit trail's reader calls the organisations and records it names by id: an organisation by its
 * name, an account by its person's display name, a referral or contract by its number, an offering by its
 * name. A record that no longer exists, or of another kind, is named by its kind and id.
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class RecordNames {

    /** The kinds of record named, each with the attribute that names it and the word for the kind. */
    private static final Map<String, String[]> NAMED = Map.of(
            "Organisation", new String[] {"name", "Organisation"},
            "UserAccount", new String[] {"displayName", "Account of"},
            "Referral", new String[] {"number", "Referral"},
            "Contract", new String[] {"number", "Contract"},
            "ServiceOffering", new String[] {"name", "Offering"});

    @PersistenceContext
    private EntityManager em;

    /** An organisation's name, or "Organisation <id>" when it is unknown; empty for none. */
    public String organisation(Long id) {
        if (id == null) {
            return "";
        }
        String name = name("Organisation", "name", id);
        return name != null ? name : "Organisation " + id;
    }

    /** A record as a person reads it: "Referral R-2026-000123", "Account of Jane Doe", "Offering Sunrise Foster Care". */
    public String record(String entityType, String entityId) {
        if (entityType == null) {
            return entityId == null ? "" : entityId;
        }
        String[] named = NAMED.get(entityType);
        String kind = named == null ? entityType.replaceAll("([a-z])([A-Z])", "$1 $2") : named[1];
        if (named != null && entityId != null) {
            try {
                String name = name(entityType, named[0], Long.parseLong(entityId.trim()));
                if (name != null) {
                    return kind + " " + name;
                }
            } catch (NumberFormatException notAnId) {
                // named by its kind and id below
            }
        }
        return entityId == null ? kind : kind + " " + entityId;
    }

    private String name(String entity, String attribute, long id) {
        List<String> names = em.createQuery("SELECT x." + attribute + " FROM " + entity + " x WHERE x.id = :id",
                String.class).setParameter("id", id).getResultList();
        return names.isEmpty() ? null : names.get(0);
    }
}
