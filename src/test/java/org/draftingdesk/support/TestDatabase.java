package org.draftingdesk.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Declares the test database once for every {@code @QuarkusTest}: all test classes then share one
 * application and one PostgreSQL.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class TestDatabase {

    private TestDatabase() {}
}
