package org.providernetwork.domain.matching;

import org.providernetwork.domain.shared.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The weights of the score's factors, and the two scales that turn a distance and a placement-stability
 * figure into a fraction. Configuration: see {@link #fromMap} for the keys.
 *
 * @param distance            weight of {@link Factor#DISTANCE}
 * @param siblingsTogether    weight of {@link Factor#SIBLINGS_TOGETHER}
 * @param homeCounty          weight of {@link Factor#HOME_COUNTY}
 * @param schoolCounty        weight of {@link Factor#SCHOOL_COUNTY}
 * @param specialisation      weight of {@link Factor#SPECIALISATION}
 * @param ownNetwork          weight of {@link Factor#OWN_NETWORK}
 * @param acceptance          weight of {@link Factor#ACCEPTANCE}
 * @param stability           weight of {@link Factor#STABILITY}
 * @param distanceScaleKm     distance at which the distance factor reaches 0:
 *                            points = weight * max(0, 1 - km / scale)
 * @param stabilityScaleMoves placement moves per 1,000 days at which the stability factor reaches 0:
 *                            points = weight * max(0, 1 - moves / scale)
 */
public record MatchWeights(double distance, double siblingsTogether, double homeCounty, double schoolCounty,
                           double specialisation, double ownNetwork, double acceptance, double stability,
                           double distanceScaleKm, double stabilityScaleMoves) {

    /** Configuration key of {@link #distanceScaleKm()}. */
    public static final String DISTANCE_SCALE_KEY = "distance-scale-km";
    /** Configuration key of {@link #stabilityScaleMoves()}. */
    public static final String STABILITY_SCALE_KEY = "stability-scale";

    private static final MatchWeights DEFAULTS = new MatchWeights(30, 15, 10, 10, 20, 5, 5, 5, 150, 8);

    public MatchWeights {
        nonNegative(Factor.DISTANCE.configKey(), distance);
        nonNegative(Factor.SIBLINGS_TOGETHER.configKey(), siblingsTogether);
        nonNegative(Factor.HOME_COUNTY.configKey(), homeCounty);
        nonNegative(Factor.SCHOOL_COUNTY.configKey(), schoolCounty);
        nonNegative(Factor.SPECIALISATION.configKey(), specialisation);
        nonNegative(Factor.OWN_NETWORK.configKey(), ownNetwork);
        nonNegative(Factor.ACCEPTANCE.configKey(), acceptance);
        nonNegative(Factor.STABILITY.configKey(), stability);
        positive(DISTANCE_SCALE_KEY, distanceScaleKm);
        positive(STABILITY_SCALE_KEY, stabilityScaleMoves);
    }

    /**
     * The defaults: distance 30, siblings 15, home county 10, school county 10, specialisation 20, own
     * network 5, acceptance 5, stability 5 (100 in all), distance scale 150 km, stability scale 8 moves per
     * 1,000 days (about twice the national standard of 4.12).
     */
    public static MatchWeights defaults() {
        return DEFAULTS;
    }

    /** The weight of one factor; 0 for {@link Factor#LEVEL_OF_CARE}, which orders candidates instead of scoring them. */
    public double weight(Factor factor) {
        return switch (factor) {
            case LEVEL_OF_CARE -> 0;
            case DISTANCE -> distance;
            case SIBLINGS_TOGETHER -> siblingsTogether;
            case HOME_COUNTY -> homeCounty;
            case SCHOOL_COUNTY -> schoolCounty;
            case SPECIALISATION -> specialisation;
            case OWN_NETWORK -> ownNetwork;
            case ACCEPTANCE -> acceptance;
            case STABILITY -> stability;
        };
    }

    /** Every configuration key, in the order of the record's components. */
    public static List<String> keys() {
        return List.of(Factor.DISTANCE.configKey(), Factor.SIBLINGS_TOGETHER.configKey(),
                Factor.HOME_COUNTY.configKey(), Factor.SCHOOL_COUNTY.configKey(), Factor.SPECIALISATION.configKey(),
                Factor.OWN_NETWORK.configKey(), Factor.ACCEPTANCE.configKey(), Factor.STABILITY.configKey(),
                DISTANCE_SCALE_KEY, STABILITY_SCALE_KEY);
    }

    /** This configuration as key-value pairs, in the order of {@link #keys()}. */
    public Map<String, String> toMap() {
        double[] values = {distance, siblingsTogether, homeCounty, schoolCounty, specialisation, ownNetwork,
                acceptance, stability, distanceScaleKm, stabilityScaleMoves};
        Map<String, String> map = new LinkedHashMap<>();
        List<String> keys = keys();
        for (int i = 0; i < values.length; i++) {
            map.put(keys.get(i), Double.toString(values[i]));
        }
        return map;
    }

    /**
     * Weights from configuration values. The keys are {@code distance}, {@code siblings},
     * {@code home-county}, {@code school-county}, {@code specialisation}, {@code own-network},
     * {@code acceptance}, {@code stability}, {@code distance-scale-km} and {@code stability-scale}; a key
     * that is missing (or blank) keeps its default. Weights must be non-negative numbers and the scales
     * positive; an unknown key is refused too, so that a misspelt key does not silently keep a default.
     *
     * @throws InvalidInputException naming the key of the first bad value
     */
    public static MatchWeights fromMap(Map<String, String> values) {
        for (String key : values.keySet()) {
            if (!keys().contains(key)) {
                throw new InvalidInputException(key, "unknown matching weight '" + key + "'; known: " + keys());
            }
        }
        MatchWeights d = DEFAULTS;
        return new MatchWeights(
                value(values, Factor.DISTANCE.configKey(), d.distance),
                value(values, Factor.SIBLINGS_TOGETHER.configKey(), d.siblingsTogether),
                value(values, Factor.HOME_COUNTY.configKey(), d.homeCounty),
                value(values, Factor.SCHOOL_COUNTY.configKey(), d.schoolCounty),
                value(values, Factor.SPECIALISATION.configKey(), d.specialisation),
                value(values, Factor.OWN_NETWORK.configKey(), d.ownNetwork),
                value(values, Factor.ACCEPTANCE.configKey(), d.acceptance),
                value(values, Factor.STABILITY.configKey(), d.stability),
                value(values, DISTANCE_SCALE_KEY, d.distanceScaleKm),
                value(values, STABILITY_SCALE_KEY, d.stabilityScaleMoves));
    }

    /**
     * Weights from the properties whose names start with {@code prefix} (e.g. {@code "portal.matching."}),
     * the prefix taken off; other properties are ignored. Same keys and rules as {@link #fromMap}.
     */
    public static MatchWeights fromProperties(Properties properties, String prefix) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                values.put(name.substring(prefix.length()), properties.getProperty(name));
            }
        }
        return fromMap(values);
    }

    private static double value(Map<String, String> values, String key, double fallback) {
        String text = values.get(key);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(key, "matching weight '" + key + "' is not a number: '" + text + "'");
        }
        return value;
    }

    private static void nonNegative(String key, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidInputException(key, "matching weight '" + key + "' must be a non-negative number, was " + value);
        }
    }

    private static void positive(String key, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidInputException(key, "matching scale '" + key + "' must be a positive number, was " + value);
        }
    }
}
