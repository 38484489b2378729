package org.providernetwork.domain.contract;

import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.reference.Region;
import org.providernetwork.domain.shared.InvalidInputException;

import java.util.Arrays;
import java.util.List;

/**
 * Who contracts with whom. Each kind names the type of its purchaser and of its supplier; a subcontract's
 * supplier must also work in the region its lead contractor leads. This is the one statement of the party
 * rule: drafting a contract checks it ({@link #checkParties}) and the lists of possible suppliers that a
 * form offers are built from it ({@link #supplierType}, {@link #supplierRegion}).
 */
public enum ContractKind {
    /** The state and a region's lead contractor. */
    PRIME(OrganisationType.STATE_AGENCY, OrganisationType.LEAD_CONTRACTOR),
    /** The state and a statewide preferred provider. */
    DIRECT(OrganisationType.STATE_AGENCY, OrganisationType.STATEWIDE_PROVIDER),
    /** A lead contractor and a local provider of the lead's region, under the lead's prime contract. */
    SUBCONTRACT(OrganisationType.LEAD_CONTRACTOR, OrganisationType.LOCAL_PROVIDER);

    private final OrganisationType purchaserType;
    private final OrganisationType supplierType;

    ContractKind(OrganisationType purchaserType, OrganisationType supplierType) {
        this.purchaserType = purchaserType;
        this.supplierType = supplierType;
    }

    /** The type of organisation that buys under this kind of contract (and drafts it). */
    public OrganisationType purchaserType() {
        return purchaserType;
    }

    /** The type of organisation that supplies under this kind of contract. */
    public OrganisationType supplierType() {
        return supplierType;
    }

    /** The kinds of contract an organisation of the given type may draft, in the order a form offers them. */
    public static List<ContractKind> draftableBy(OrganisationType purchaser) {
        return Arrays.stream(values()).filter(k -> k.purchaserType == purchaser).toList();
    }

    /**
     * The region a supplier must work in when this purchaser drafts this kind of contract: the lead's own
     * region for a subcontract, {@code null} when any region will do.
     */
    public Region supplierRegion(Organisation purchaser) {
        return this == SUBCONTRACT && purchaser != null ? purchaser.getLeadRegion() : null;
    }

    /**
     * Refuses parties this kind of contract may not join: a purchaser of the wrong type (field {@code kind}),
     * a supplier of the wrong type or, for a subcontract, one that does not work in the lead's region
     * (field {@code supplierId}).
     */
    public void checkParties(Organisation purchaser, Organisation supplier) {
        if (purchaser.getType() != purchaserType) {
            throw new InvalidInputException("kind", "a " + purchaser.getType().getLabel().toLowerCase()
                    + " cannot draft a " + name().toLowerCase() + " contract; it is drafted by a "
                    + purchaserType.getLabel().toLowerCase());
        }
        if (supplier.getType() != supplierType) {
            throw new InvalidInputException("supplierId", "the supplier of a " + name().toLowerCase() + " contract is a "
                    + supplierType.getLabel().toLowerCase() + "; " + supplier.getName() + " is a "
                    + supplier.getType().getLabel().toLowerCase());
        }
        Region region = supplierRegion(purchaser);
        if (region != null && supplier.getServiceRegions().stream().noneMatch(r -> r.getCode().equals(region.getCode()))) {
            throw new InvalidInputException("supplierId", supplier.getName() + " does not work in "
                    + region.getName() + ", which " + purchaser.getName() + " leads");
        }
    }
}
