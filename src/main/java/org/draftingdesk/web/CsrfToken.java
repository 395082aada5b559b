package org.draftingdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The CSRF token of the current request, for forms ({@code {inject:csrf.token}}). */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    private String token = "";

    public String getToken() {
        return token;
    }

    void set(String token) {
        this.token = token;
    }
}
