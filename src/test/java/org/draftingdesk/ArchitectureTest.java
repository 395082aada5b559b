package org.draftingdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries the house style asks for, checked rather than hoped for. */
@AnalyzeClasses(packages = "org.draftingdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Services and entities know nothing of HTTP: only resources and pages do. */
    @ArchTest
    static final ArchRule domainCodeDoesNotImportJaxRs = noClasses()
            .that().haveSimpleNameEndingWith("Service")
            .or().haveSimpleNameStartingWith("Correcting")
            .or().haveSimpleNameStartingWith("Issuing")
            .or().haveSimpleNameEndingWith("Parser")
            .or().haveSimpleNameEndingWith("Policy")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..", "io.quarkus.qute..");

    @ArchTest
    static final ArchRule nothingButPagesUseTemplates = noClasses()
            .that().haveSimpleNameNotEndingWith("Pages")
            .and().haveSimpleNameNotEndingWith("Templates")
            .and().haveSimpleNameNotEndingWith("Mapper")
            .and().resideOutsideOfPackage("org.draftingdesk.web")
            .should().dependOnClassesThat().resideInAPackage("io.quarkus.qute..");

    @ArchTest
    static final ArchRule featuresDoNotDependOnPages = noClasses()
            .that().haveSimpleNameNotEndingWith("Pages")
            .and().haveSimpleNameNotEndingWith("Mapper")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Pages");

    @ArchTest
    static final ArchRule theProblemVocabularyIsFreeOfFrameworks = noClasses()
            .that().resideInAPackage("org.draftingdesk.problem")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.jboss..");
}
