package org.providernetwork.domain.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a role by its code ({@code state-staff}), the key of the {@code portal_role} table. */
@Converter
public class PortalRoleConverter implements AttributeConverter<PortalRole, String> {

    @Override
    public String convertToDatabaseColumn(PortalRole role) {
        return role == null ? null : role.getCode();
    }

    @Override
    public PortalRole convertToEntityAttribute(String code) {
        return code == null ? null : PortalRole.ofCode(code);
    }
}
