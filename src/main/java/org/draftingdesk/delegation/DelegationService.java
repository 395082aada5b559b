package org.draftingdesk.delegation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.draftingdesk.input.UserText;
import org.draftingdesk.problem.Problem;

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

    /**
     * A new delegation (an observer State, a group that negotiates as one). Callers decide who may:
     * the admin (account.ManagingDelegations).
     */
    @Transactional
    public DelegationView create(String name, String kind) {
        String clean = UserText.required("name", name, 200);
        DelegationKind what = DelegationKind.of(kind);
        if (Delegation.find("lower(name) = ?1", clean.toLowerCase(java.util.Locale.ROOT))
                .firstResultOptional()
                .isPresent()) {
            throw Problem.conflict("name", "There is already a delegation named " + clean);
        }
        Delegation d = new Delegation();
        d.name = clean;
        d.kind = what.value();
        d.persist();
        return new DelegationView(d.id, d.name, d.kind);
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
