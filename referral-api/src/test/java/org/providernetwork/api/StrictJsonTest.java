package org.providernetwork.api;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.providernetwork.api.capacity.CapacityResource;
import org.providernetwork.api.problem.Problem;
import org.providernetwork.api.referral.ReferralRequest;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictJsonTest {

    private static List<Problem.FieldError> problems(String json, Class<?> type) {
        try (var reader = Json.createReader(new StringReader(json.replace('\'', '"')))) {
            JsonValue value = reader.readValue();
            return StrictJson.problems(value, type);
        }
    }

    private static String fields(List<Problem.FieldError> errors) {
        return String.join(",", errors.stream().map(Problem.FieldError::field).toList());
    }

    @Test
    void aValidReferralPasses() {
        assertEquals(List.of(), problems("{'number':'R-1','children':[{'name':'A','birthDate':'2015-02-03','gender':'FEMALE'}],"
                + "'ratings':{'TRAUMA':2},'requiredPopulations':['LGBTQ'],'allowSplit':true}", ReferralRequest.class));
    }

    @Test
    void nullsInsideListsAndMapsAreRefusedByField() {
        assertEquals("children[1],ratings.TRAUMA,requiredPopulations[0]", fields(problems(
                "{'children':[{'name':'A'},null],'ratings':{'TRAUMA':null},'requiredPopulations':[null]}", ReferralRequest.class)));
        assertEquals("ratings", fields(problems("{'ratings':[1,2]}", ReferralRequest.class)));
    }

    @Test
    void wholeNumbersNeverWrap() {
        assertEquals("available", fields(problems("{'available':4294967297}", CapacityResource.Declaration.class)));
        assertEquals("available", fields(problems("{'available':2147483648}", CapacityResource.Declaration.class)));
        assertEquals("available", fields(problems("{'available':1.5}", CapacityResource.Declaration.class)));
        assertEquals("available", fields(problems("{'available':1e30}", CapacityResource.Declaration.class)));
        assertEquals("", fields(problems("{'available':2147483647,'maximum':4.0}", CapacityResource.Declaration.class)));
    }

    @Test
    void datesOutsideTheRangeTypesAndUnknownPropertiesAreRefused() {
        assertEquals("children[0].birthDate", fields(problems("{'children':[{'birthDate':'+999999999-12-31'}]}", ReferralRequest.class)));
        assertEquals("children[0].birthDate", fields(problems("{'children':[{'birthDate':'-0001-01-01'}]}", ReferralRequest.class)));
        assertEquals("children[0].birthDate", fields(problems("{'children':[{'birthDate':'1899-12-31'}]}", ReferralRequest.class)));
        assertEquals("children[0].birthDate", fields(problems("{'children':[{'birthDate':'2026-02-30'}]}", ReferralRequest.class)));
        assertEquals("allowSplit,bogus,number", fields(problems("{'allowSplit':'yes','bogus':1,'number':7}", ReferralRequest.class)));
        assertTrue(problems("[1]", ReferralRequest.class).get(0).field().equals("body"));
    }
}
