package org.draftingdesk.delegation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class DelegationService {

    private final EntityManager em;

    DelegationService(EntityManager em) {
        this.em = em;
    }

    public record DelegationView(long id, String name, String kind) {}

    @Transactional
    public List<DelegationView> all() {
        return Delegation.byName().stream()
                .map(d -> new DelegationView(d.id, d.name, d.kind))
                .toList();
    }

    /** Every name and short name by which a document may mention a delegation. */
    @Transactional
    public Set<String> namesAndAliases() {
        Set<String> names = new HashSet<>();
        Delegation.<Delegation>listAll().forEach(d -> names.add(d.name));
        @SuppressWarnings("unchecked")
        List<String> aliases =
                em.createNativeQuery("select alias from delegation_alias").getResultList();
        names.addAll(aliases);
        return names;
    }
}
