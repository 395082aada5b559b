package org.draftingdesk.comment;

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

/** Another delegation's support for, or opposition to, a comment or amendment. */
@Entity
@Table(name = "comment_position")
public class CommentPosition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "comment_id")
    public Long commentId;

    @Column(name = "delegation_id")
    public Long delegationId;

    public String stance;
    public String author;
    public OffsetDateTime at = OffsetDateTime.now();

    public static Optional<CommentPosition> of(long commentId, long delegationId) {
        return find("commentId = ?1 and delegationId = ?2", commentId, delegationId)
                .firstResultOptional();
    }

    public static List<CommentPosition> onComments(List<Long> commentIds) {
        return commentIds.isEmpty() ? List.of() : list("commentId in ?1 order by at", commentIds);
    }
}
