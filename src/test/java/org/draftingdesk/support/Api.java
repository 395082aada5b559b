package org.draftingdesk.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.concurrent.atomic.AtomicInteger;

/** REST Assured with the credentials of a user made for the test. */
public final class Api {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Api() {}

    public static RequestSpecification asAdmin() {
        return as(ADMIN, ADMIN_PASSWORD);
    }

    public static RequestSpecification as(String username, String password) {
        return given().auth().preemptive().basic(username, password);
    }

    /** A fresh user with the given global role; returns its username (password = username + "-pw"). */
    public static String newUser(String role) {
        String username = role + "-" + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
        asAdmin()
                .contentType("application/json")
                .body(java.util.Map.of(
                        "username", username, "password", username + "-pw", "displayName", username, "role", role))
                .post("/api/admin/users")
                .then()
                .statusCode(201);
        return username;
    }

    /** The id of a user, as the admin reads it. */
    public static long userId(String username) {
        return asAdmin()
                .get("/api/admin/users")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("find { it.username == '" + username + "' }.id");
    }

    public static RequestSpecification asUser(String username) {
        return as(username, username + "-pw");
    }

    /** A new process with a unique title; returns its id. */
    public static long newProcess(String title) {
        return asAdmin()
                .contentType("application/json")
                .body(java.util.Map.of("title", title + " " + SEQUENCE.incrementAndGet()))
                .post("/api/processes")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
