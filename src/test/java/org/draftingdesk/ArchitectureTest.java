package org.draftingdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;

/** The boundaries the house style asks for, checked rather than hoped for. */
@AnalyzeClasses(packages = "org.draftingdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Services and entities know nothing of HTTP: only resources and pages do. */
    @ArchTest
    static final ArchRule domainCodeDoesNotImportJaxRs = noClasses()
            .that()
            .haveSimpleNameEndingWith("Service")
            .or()
            .haveSimpleNameStartingWith("Correcting")
            .or()
            .haveSimpleNameStartingWith("Issuing")
            .or()
            .haveSimpleNameEndingWith("Parser")
            .or()
            .haveSimpleNameEndingWith("Policy")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..", "io.quarkus.qute..");

    @ArchTest
    static final ArchRule nothingButPagesUseTemplates = noClasses()
            .that()
            .haveSimpleNameNotEndingWith("Pages")
            .and()
            .haveSimpleNameNotEndingWith("Templates")
            .and()
            .haveSimpleNameNotEndingWith("Mapper")
            .and()
            .resideOutsideOfPackage("org.draftingdesk.web")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.quarkus.qute..");

    @ArchTest
    static final ArchRule featuresDoNotDependOnPages = noClasses()
            .that()
            .haveSimpleNameNotEndingWith("Pages")
            .and()
            .haveSimpleNameNotEndingWith("Mapper")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Pages");

    @ArchTest
    static final ArchRule theProblemVocabularyIsFreeOfFrameworks = noClasses()
            .that()
            .resideInAPackage("org.draftingdesk.problem")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta..", "io.quarkus..", "org.jboss..");

    /** Features form layers, not knots: no package depends, through others, on itself. */
    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("org.draftingdesk.(*)..").should().beFreeOfCycles();

    /** Resources and pages translate HTTP to service calls: they never touch the database themselves. */
    @ArchTest
    static final ArchRule resourcesAndPagesCallServicesOnly = noClasses()
            .that()
            .haveSimpleNameEndingWith("Resource")
            .or()
            .haveSimpleNameEndingWith("Pages")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(PanacheEntityBase.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(EntityManager.class)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("io.quarkus.hibernate.orm.panache..")
            .because("entities' static finders and the EntityManager belong to services");

    /**
     * Who may do what is decided by services (asking process.ProcessAccess) for the acting account
     * they are handed: resources and pages neither read the security identity nor declare roles.
     */
    @ArchTest
    static final ArchRule resourcesAndPagesDoNotDecideAccess = noClasses()
            .that()
            .haveSimpleNameEndingWith("Resource")
            .or()
            .haveSimpleNameEndingWith("Pages")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(SecurityIdentity.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(RolesAllowed.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(PermitAll.class);

    @ArchTest
    static final ArchRule noRoleAnnotationsOnEndpoints = noMethods()
            .that()
            .areDeclaredInClassesThat()
            .haveSimpleNameEndingWith("Resource")
            .or()
            .areDeclaredInClassesThat()
            .haveSimpleNameEndingWith("Pages")
            .should()
            .beAnnotatedWith(RolesAllowed.class);
}
