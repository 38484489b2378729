package org.providernetwork.service.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reserves blocks of ids ({@link IdBlocks}) in a short transaction of its own that commits at once, so that a
 * long write using them does not hold the {@code id_generator} rows locked until it commits (which would make
 * every other writer of those tables wait for it). A write that rolls back leaves a gap in the ids, as JPA's
 * table generators do.
 */
@Stateless
public class IdReservation {

    @Resource(lookup = PortalDatabase.JNDI_NAME)
    private DataSource dataSource;

    /** For each generator (in the map's order) a block of the given size; answers the first id of each block. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<String, Long> reserve(Map<String, Integer> blocks) {
        Map<String, Long> first = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, Integer> block : blocks.entrySet()) {
                first.put(block.getKey(), IdBlocks.reserve(connection, block.getKey(), block.getValue()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ids could not be reserved: " + e.getMessage(), e);
        }
        return first;
    }
}
