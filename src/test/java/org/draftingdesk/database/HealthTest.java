package org.draftingdesk.database;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    @Test
    void readyOnceEveryMigrationRan() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database schema"))
                .body("checks.find { it.name == 'database schema' }.data.pending", equalTo(0));
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths.'/api/processes/{pid}/sources'.post", org.hamcrest.Matchers.notNullValue());
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
