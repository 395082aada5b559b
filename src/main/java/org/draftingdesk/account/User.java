package org.draftingdesk.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Optional;

@Entity
@Table(name = "app_user")
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @NotBlank
    @Size(max = 64)
    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    @NotBlank
    @Size(max = 200)
    @Column(name = "display_name")
    public String displayName;

    @Column(name = "global_role")
    public String globalRole = GlobalRole.USER.value();

    @Column(name = "delegation_id")
    public Long delegationId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    public static Optional<User> named(String username) {
        return find("username", username).firstResultOptional();
    }

    public GlobalRole role() {
        return GlobalRole.of(globalRole);
    }
}
