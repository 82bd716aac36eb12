package org.coalitiontracker.kit.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccessRulesTests {

    @Test
    void aPathPatternMatchesAsQuarkusMatchesAPermissionsPath() {
        assertTrue(AccessRules.matches("/admin/*", "/admin"));
        assertTrue(AccessRules.matches("/admin/*", "/admin/read-copies/x/rebuild"));
        assertFalse(AccessRules.matches("/admin/*", "/administrators"));
        assertTrue(AccessRules.matches("/things", "/things"));
        assertFalse(AccessRules.matches("/things", "/things/1"));
    }
}
