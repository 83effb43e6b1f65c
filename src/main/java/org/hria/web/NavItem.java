package org.hria.web;

import java.util.Set;

/**
 * One entry of the main navigation. Each feature declares its own as a bean; the layout shows
 * the entries whose roles the signed-in user holds (an empty set: every signed-in user).
 */
public record NavItem(int order, String href, String messageKey, Set<String> roles) {
}
