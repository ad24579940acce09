package org.tacit;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The package layering of {@code org.tacit}, enforced on the main code by every {@code mvn test}.
 *
 * <p>Layers, bottom to top: the solver layers ({@link #SOLVERS}) and the core packages
 * ({@link #CORE}: checks and verdicts, input readers, spec files); {@code report}; the paper
 * packages ({@link #PAPERS}); {@code experiment}; {@code cli}. A new paper package is one more
 * name in {@link #PAPERS}; every rule below then covers it.
 *
 * <ul>
 *   <li>{@link #layers}: each class sits in a declared layer, and a layer is used only by the
 *       layers above it (cli by none, experiment by cli, papers and report by experiment and cli);
 *       protects against a package nobody placed and against upward dependencies.
 *   <li>{@link #solversDoNotDependOnPapers}: the solvers stay paper-agnostic, so a paper can be
 *       added or removed without touching them.
 *   <li>{@link #papersDoNotDependOnEachOther}: each paper's reproduction stands alone; shared
 *       code moves down into a solver or core package.
 *   <li>{@link #papersDoNotDependOnExperimentOrCli}: the paper packages are libraries; the
 *       reproductions and the command line consume them, not the other way round.
 *   <li>{@link #nothingDependsOnCli}: the command line is an entry point only.
 *   <li>{@link #topLevelPackagesAreFreeOfCycles}, {@link #packagesAreFreeOfCycles}: no cycles
 *       between the top-level packages, nor between any two packages (paper sub-packages
 *       included), so each package can be read and tested from the bottom up.
 *   <li>{@link #paperModelsDoNotDependOnChecksOrFamilies}: in each paper, {@code model} (the
 *       paper's objects) is below {@code check} (the theorem checkers) and {@code family} (the
 *       instance families).
 *   <li>{@link #paperSubPackagesDoNotDependOnTheirCatalogue}: the root package of a paper (its
 *       catalogue and JSON readers) assembles the sub-packages and is used by none of them.
 *   <li>{@link #exactIsSelfContained}, {@link #linalgDependsOnlyOnExact}: the exact arithmetic
 *       and the floating-point linear algebra are the bottom of the stack.
 * </ul>
 */
@AnalyzeClasses(packages = "org.tacit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The paper packages; a new paper (benign, group, grokking) is one more name here. */
  static final List<String> PAPERS = List.of("l1rate", "stepsize", "group", "benign", "grokking");

  /** The solver layers: paper-agnostic numerics and training. */
  static final List<String> SOLVERS =
      List.of("exact", "linalg", "lp", "bregman", "flow", "training");

  /** Core packages used by solvers and papers alike: checks and verdicts, input, spec files. */
  static final List<String> CORE = List.of("verify", "io", "spec");

  private static final String ROOT = "org.tacit.";

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .ensureAllClassesAreContainedInArchitecture()
          .layer("Core")
          .definedBy(trees(Stream.concat(SOLVERS.stream(), CORE.stream()).toList()))
          .layer("Report")
          .definedBy(tree("report"))
          .layer("Papers")
          .definedBy(trees(PAPERS))
          .layer("Experiment")
          .definedBy(tree("experiment"))
          .layer("Grade")
          .definedBy(tree("grade"))
          .layer("Cli")
          .definedBy(tree("cli"))
          .whereLayer("Cli")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Experiment")
          .mayOnlyBeAccessedByLayers("Cli")
          .whereLayer("Grade")
          .mayOnlyBeAccessedByLayers("Cli")
          .whereLayer("Papers")
          .mayOnlyBeAccessedByLayers("Experiment", "Grade", "Cli")
          .whereLayer("Report")
          .mayOnlyBeAccessedByLayers("Experiment", "Cli")
          .because(
              "every package belongs to a layer (a new paper package is added to PAPERS) and"
                  + " depends only on layers below it: core and solvers, report, papers,"
                  + " experiment, cli");

  @ArchTest
  static final ArchRule solversDoNotDependOnPapers =
      noClasses()
          .that()
          .resideInAnyPackage(trees(SOLVERS))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(trees(PAPERS))
          .because(
              "the solver layers are paper-agnostic: a paper uses them, they never use a paper");

  @ArchTest
  static final ArchRule papersDoNotDependOnEachOther =
      perPaper(
              paper ->
                  noClasses()
                      .that()
                      .resideInAPackage(tree(paper))
                      .should()
                      .dependOnClassesThat()
                      .resideInAnyPackage(
                          trees(PAPERS.stream().filter(p -> !p.equals(paper)).toList())))
          .because(
              "each paper's reproduction stands alone; code two papers share belongs in a solver"
                  + " or core package");

  @ArchTest
  static final ArchRule papersDoNotDependOnExperimentOrCli =
      noClasses()
          .that()
          .resideInAnyPackage(trees(PAPERS))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(tree("experiment"), tree("cli"))
          .because(
              "paper packages are libraries used by the reproductions and the command line, not"
                  + " users of them");

  @ArchTest
  static final ArchRule nothingDependsOnCli =
      noClasses()
          .that()
          .resideOutsideOfPackage(tree("cli"))
          .should()
          .dependOnClassesThat()
          .resideInAPackage(tree("cli"))
          .because("the command line is an entry point: nothing else may depend on it");

  @ArchTest
  static final ArchRule topLevelPackagesAreFreeOfCycles =
      slices()
          .matching("org.tacit.(*)..")
          .should()
          .beFreeOfCycles()
          .because("the top-level packages form a stack that can be read bottom-up");

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices()
          .matching("org.tacit.(**)")
          .should()
          .beFreeOfCycles()
          .because(
              "no two packages (paper sub-packages included) depend on each other, directly or"
                  + " through others");

  @ArchTest
  static final ArchRule paperModelsDoNotDependOnChecksOrFamilies =
      perPaper(
              paper ->
                  noClasses()
                      .that()
                      .resideInAPackage(ROOT + paper + ".model..")
                      .should()
                      .dependOnClassesThat()
                      .resideInAnyPackage(ROOT + paper + ".check..", ROOT + paper + ".family.."))
          .because(
              "a paper's model (its objects and definitions) is below its theorem checkers and"
                  + " its instance families, which are built on it");

  @ArchTest
  static final ArchRule paperSubPackagesDoNotDependOnTheirCatalogue =
      perPaper(
              paper ->
                  noClasses()
                      .that()
                      .resideInAPackage(tree(paper))
                      .and()
                      .resideOutsideOfPackage(ROOT + paper)
                      .should()
                      .dependOnClassesThat()
                      .resideInAPackage(ROOT + paper))
          .because(
              "a paper's root package (catalogue and JSON readers) assembles its sub-packages and"
                  + " is used by none of them");

  @ArchTest
  static final ArchRule exactIsSelfContained =
      noClasses()
          .that()
          .resideInAPackage(tree("exact"))
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.tacit..").and(resideOutsideOfPackages(tree("exact"))))
          .because("exact arithmetic is the bottom of the stack and uses no other Tacit package");

  @ArchTest
  static final ArchRule linalgDependsOnlyOnExact =
      noClasses()
          .that()
          .resideInAPackage(tree("linalg"))
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.tacit..")
                  .and(resideOutsideOfPackages(tree("linalg"), tree("exact"))))
          .because(
              "floating-point linear algebra is a bottom layer: at most exact arithmetic below it");

  /** The package pattern of {@code org.tacit.name} and its sub-packages. */
  private static String tree(String name) {
    return ROOT + name + "..";
  }

  private static String[] trees(List<String> names) {
    return names.stream().map(ArchitectureTest::tree).toArray(String[]::new);
  }

  private static CompositeArchRule perPaper(Function<String, ArchRule> rule) {
    return CompositeArchRule.of(PAPERS.stream().map(rule).toList());
  }
}
