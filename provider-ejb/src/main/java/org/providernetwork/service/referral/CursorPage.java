package org.providernetwork.service.referral;

import java.util.List;

/** A page of a list read by keyset: {@code next} is the cursor of the following page, null at the end. */
public record CursorPage<T>(List<T> items, String next) {
}
