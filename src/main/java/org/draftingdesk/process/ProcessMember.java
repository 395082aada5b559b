package org.draftingdesk.process;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A user's role in one process: co-facilitator, delegate or observer. */
@Entity
@Table(name = "process_member")
public class ProcessMember extends PanacheEntityBase {

    public static final String CO_FACILITATOR = "co-facilitator";
    public static final String DELEGATE = "delegate";
    public static final String OBSERVER = "observer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "process_id")
    public Long processId;

    @Column(name = "user_id")
    public Long userId;

    public String role;

    @Column(name = "added_at")
    public OffsetDateTime addedAt = OffsetDateTime.now();

    @Column(name = "added_by")
    public String addedBy;

    public static Optional<ProcessMember> of(long processId, long userId) {
        return find("processId = ?1 and userId = ?2", processId, userId).firstResultOptional();
    }

    public static List<ProcessMember> inProcess(long processId) {
        return list("processId = ?1 order by role, id", processId);
    }
}
