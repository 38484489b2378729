package org.providernetwork.domain.outcome;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * County reference data the indicators need: the region of a county and the distance between two county
 * centroids. Which county belongs to which region is reference data, never code.
 */
public interface Geography {

    /** The region code of a county, or {@code null} when unknown. */
    String regionOf(String countyFips);

    /** Great-circle distance in kilometres between two county centroids, or {@code NaN} when one is unknown. */
    double distanceKm(String fromCountyFips, String toCountyFips);

    /** No reference data: no regions, no distances (only "same county" can be decided). */
    Geography NONE = new Geography() {
        @Override
        public String regionOf(String countyFips) {
            return null;
        }

        @Override
        public double distanceKm(String fromCountyFips, String toCountyFips) {
            return fromCountyFips != null && fromCountyFips.equals(toCountyFips) ? 0 : Double.NaN;
        }
    };

    /** A county: FIPS code, region code and centroid (WGS84 degrees). */
    record County(String fips, String region, double latitude, double longitude) {
    }

    /** A geography over a list of counties. */
    static Geography of(Collection<County> counties) {
        return new Counties(counties);
    }

    /** The map-backed implementation; centroids are kept in radians so a distance costs no conversion. */
    final class Counties implements Geography {

        private static final double EARTH_RADIUS_KM = 6371.0088;

        private final Map<String, String> regions = new HashMap<>();
        private final Map<String, double[]> radians = new HashMap<>();

        Counties(Collection<County> counties) {
            for (County county : counties) {
                if (county.region() != null) {
                    regions.put(county.fips(), county.region());
                }
                radians.put(county.fips(), new double[] {Math.toRadians(county.latitude()),
                        Math.toRadians(county.longitude())});
            }
        }

        @Override
        public String regionOf(String countyFips) {
            return countyFips == null ? null : regions.get(countyFips);
        }

        @Override
        public double distanceKm(String fromCountyFips, String toCountyFips) {
            if (fromCountyFips == null || toCountyFips == null) {
                return Double.NaN;
            }
            if (fromCountyFips.equals(toCountyFips)) {
                return 0;
            }
            double[] a = radians.get(fromCountyFips);
            double[] b = radians.get(toCountyFips);
            if (a == null || b == null) {
                return Double.NaN;
            }
            double dLat = b[0] - a[0];
            double dLon = b[1] - a[1];
            double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                    + Math.cos(a[0]) * Math.cos(b[0]) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
            return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
        }
    }
}
