package org.draftingdesk.account;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

/**
 * The one way templates name people: {@code {x.issuedBy.person}} gives the display name, {@code
 * {x.author.personAndDelegation}} adds the delegation ("Marie Dupont (France)").
 */
@TemplateExtension
public class PeopleTemplates {

    private PeopleTemplates() {}

    static String person(String username) {
        return Arc.container().instance(People.class).get().of(username).displayName();
    }

    static String personAndDelegation(String username) {
        return Arc.container().instance(People.class).get().of(username).withDelegation();
    }
}
