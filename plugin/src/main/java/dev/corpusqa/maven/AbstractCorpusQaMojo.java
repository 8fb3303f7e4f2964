package dev.corpusqa.maven;

import dev.corpusqa.api.CorpusQa;
import dev.corpusqa.api.RunOutcome;
import dev.corpusqa.config.ConfigException;
import dev.corpusqa.config.ConfigLoader;
import dev.corpusqa.config.FailOn;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.config.RuleSettings;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.Severity;
import dev.corpusqa.store.Database;
import dev.corpusqa.store.QaStore;
import dev.corpusqa.job.RunListener;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.h2.jdbcx.JdbcConnectionPool;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals share: the parameters (each also settable as {@code -Dcorpusqa.*}) and their
 * translation into the one option model, {@link QaOptions}. Precedence is the command line's:
 * built-in defaults, then {@code corpus-qa.yml}, then what the pom or {@code -D} sets. Parameters
 * without a {@code defaultValue} below are left unset unless given, so that {@code corpus-qa.yml}
 * can set them; their defaults are documented.
 */
abstract class AbstractCorpusQaMojo extends AbstractMojo {

    /** Corpus root directories (comma-separated on the command line). */
    @Parameter(property = "corpusqa.corpusDirectories", defaultValue = "${project.basedir}/corpus")
    protected List<File> corpusDirectories;

    /** Files to check, as globs relative to a corpus directory. Default {@code **&#47;*.txt}. */
    @Parameter(property = "corpusqa.includes")
    protected List<String> includes;

    /** Files to skip, as globs relative to a corpus directory. */
    @Parameter(property = "corpusqa.excludes")
    protected List<String> excludes;

    /**
     * A {@code corpus-qa.yml} to read. The default one is used when it exists; a file named
     * explicitly must exist.
     */
    @Parameter(property = "corpusqa.configFile", defaultValue = "${project.basedir}/corpus-qa.yml")
    protected File configFile;

    /** The lowest severity that fails the build: {@code error}, {@code warning}, {@code info} or {@code never}. Default {@code error}. */
    @Parameter(property = "corpusqa.failOn")
    protected String failOn;

    /** How many findings at or above {@code failOn} still pass. Default 0. */
    @Parameter(property = "corpusqa.maxAllowedFindings")
    protected Integer maxAllowedFindings;

    /** Per-rule overrides: {@code <rule><id>..</id><severity>..</severity><enabled>..</enabled><minScore>..</minScore></rule>}. */
    @Parameter
    protected List<Rule> rules;

    /**
     * Per-rule overrides in the shorthand of the command line's {@code --rule}, comma-separated:
     * {@code encoding.bom=off,date.missing=warning} (values {@code off|on|error|warning|info}).
     */
    @Parameter(property = "corpusqa.rules")
    protected String ruleOverrides;

    /** Report formats: {@code json}, {@code html}, {@code sarif}, {@code junit}, {@code checkstyle}, {@code markdown}, {@code all}. JSON is always written. Default {@code json,html}. */
    @Parameter(property = "corpusqa.formats")
    protected List<String> formats;

    /** Where reports (and the default database) go. */
    @Parameter(property = "corpusqa.outputDirectory", defaultValue = "${project.build.directory}/corpus-qa")
    protected File outputDirectory;

    /** JDBC URL of the store (jdbc:h2:... or jdbc:postgresql://...). Default: an H2 file under {@code outputDirectory/db}. */
    @Parameter(property = "corpusqa.database")
    protected String database;

    /** Database user; the password is read from the environment variable {@code CORPUS_QA_DB_PASSWORD}. */
    @Parameter(property = "corpusqa.databaseUser")
    protected String databaseUser;

    /** Worker threads. Default: the number of cores. */
    @Parameter(property = "corpusqa.threads")
    protected Integer threads;

    /** Crawl date (YYYY-MM-DD) for the date plausibility checks. Default: today. */
    @Parameter(property = "corpusqa.referenceDate")
    protected String referenceDate;

    /** Baseline of accepted findings (written by the {@code baseline} goal); used when it exists. */
    @Parameter(property = "corpusqa.baselineFile", defaultValue = "${project.basedir}/corpus-qa-baseline.json")
    protected File baselineFile;

    /** Skip Corpus QA. */
    @Parameter(property = "corpusqa.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * When no corpus file (sidecars included), setting, gate or report changed since the last run
     * into {@code outputDirectory}, let that run's outcome and reports stand instead of running the
     * job again (as the compiler skips sources that are up to date). False runs it every build.
     */
    @Parameter(property = "corpusqa.upToDateCheck", defaultValue = "true")
    protected boolean upToDateCheck;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    private static final String DEFAULT_CONFIG = "corpus-qa.yml";

    /** Build the options from the parameters. Throws {@link ConfigException} for bad values. */
    protected QaOptions options() {
        QaOptions o = new QaOptions();
        Path base = basedir.toPath();
        if (corpusDirectories == null || corpusDirectories.isEmpty()) {
            throw new ConfigException("no corpus directory given (parameter corpusDirectories / -Dcorpusqa.corpusDirectories)");
        }
        for (File d : corpusDirectories) {
            Path p = resolve(base, d);
            if (!Files.exists(p)) {
                throw new ConfigException("corpus directory does not exist: " + p
                        + " (set <corpusDirectories> or -Dcorpusqa.corpusDirectories, or -Dcorpusqa.skip to skip)");
            }
            o.corpusRoot(p);
        }
        o.outputDirectory(resolve(base, outputDirectory));
        if (configFile != null) {
            Path cfg = resolve(base, configFile);
            boolean isDefault = cfg.normalize().equals(base.resolve(DEFAULT_CONFIG).normalize());
            if (Files.isRegularFile(cfg)) {
                ConfigLoader.load(cfg, o);
                o.configFile(cfg);
                o.outputDirectory(resolve(base, outputDirectory)); // the pom decides where build output goes
            } else if (!isDefault) {
                throw new ConfigException("configuration file not found: " + cfg);
            }
        }
        if (includes != null && !includes.isEmpty()) {
            o.rawIncludes().clear();
            o.rawIncludes().addAll(trimmed(includes));
        }
        if (excludes != null && !excludes.isEmpty()) {
            o.excludes().addAll(trimmed(excludes));
        }
        if (failOn != null && !failOn.isBlank()) {
            o.failOn(FailOn.parse(failOn));
        }
        if (maxAllowedFindings != null) {
            o.maxAllowedFindings(maxAllowedFindings);
        }
        if (rules != null) {
            for (Rule r : rules) {
                if (r.getId() == null || r.getId().isBlank()) {
                    throw new ConfigException("a <rule> in <rules> has no <id>");
                }
                RuleSettings s = new RuleSettings().enabled(r.getEnabled()).minScore(r.getMinScore());
                if (r.getSeverity() != null) {
                    s.severity(severity(r.getId(), r.getSeverity()));
                }
                o.rule(r.getId().trim()).merge(s);
            }
        }
        if (ruleOverrides != null && !ruleOverrides.isBlank()) {
            for (String item : ruleOverrides.split(",")) {
                if (item.isBlank()) {
                    continue;
                }
                int eq = item.indexOf('=');
                if (eq <= 0) {
                    throw new ConfigException("corpusqa.rules: expected id=setting, got '" + item.trim() + "'");
                }
                String id = item.substring(0, eq).trim();
                o.rule(id).merge(ConfigLoader.shorthand(id, item.substring(eq + 1), "corpusqa.rules"));
            }
        }
        if (formats != null && !formats.isEmpty()) {
            o.formats(trimmed(formats));
        } else if (o.formats().equals(java.util.Set.of("json"))) {
            o.formats(List.of("json", "html"));
        }
        if (database != null && !database.isBlank()) {
            o.databaseUrl(database.trim());
        }
        if (databaseUser != null) {
            o.databaseUser(databaseUser);
        }
        String pw = System.getenv("CORPUS_QA_DB_PASSWORD");
        if (pw != null) {
            o.databasePassword(pw);
        }
        if (threads != null) {
            o.threads(threads);
        }
        if (referenceDate != null && !referenceDate.isBlank()) {
            try {
                o.referenceDate(LocalDate.parse(referenceDate.trim()));
            } catch (DateTimeParseException e) {
                throw new ConfigException("referenceDate must be YYYY-MM-DD; got '" + referenceDate + "'");
            }
        }
        if (baselineFile != null) {
            o.baselineFile(resolve(base, baselineFile));
        }
        o.upToDateCheck(upToDateCheck);
        o.quiet(true);
        return o;
    }

    private static Severity severity(String id, String v) {
        try {
            return Severity.parse(v);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("severity of rule '" + id + "' must be error, warning or info; got '" + v + "'");
        }
    }

    private static List<String> trimmed(List<String> l) {
        return l.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static Path resolve(Path base, File f) {
        Path p = f.toPath();
        return (p.isAbsolute() ? p : base.resolve(p)).normalize();
    }

    /**
     * Spring Batch and Flyway log every step at INFO through Maven's SLF4J logger; the build log
     * should show findings, not framework chatter. Quiet them unless the user asked otherwise
     * (e.g. {@code -Dorg.slf4j.simpleLogger.log.org.springframework=info}). Maven's simple logger
     * reads these properties when a logger is first created.
     */
    static void quietFrameworkLogging() {
        for (String name : List.of("org.springframework", "org.flywaydb")) {
            String key = "org.slf4j.simpleLogger.log." + name;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "error");
            }
        }
    }

    /** Run the job; configuration problems become a one-line {@link MojoExecutionException}. */
    protected RunOutcome run(QaOptions o) throws MojoExecutionException {
        quietFrameworkLogging();
        RunOutcome r;
        try {
            r = CorpusQa.check(o, new MavenListener());
        } catch (ConfigException e) {
            throw new MojoExecutionException("Corpus QA configuration error: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Corpus QA failed: " + e);
        }
        if (r.exitCode() == RunOutcome.EXIT_RUNTIME) {
            throw new MojoExecutionException("Corpus QA run " + r.runId() + " failed: " + r.failure());
        }
        return r;
    }

    /** Wrap option building: a bad value is a configuration error with a one-line message. */
    protected QaOptions optionsOrFail() throws MojoExecutionException {
        try {
            QaOptions o = options();
            CorpusQa.validate(o);
            return o;
        } catch (ConfigException e) {
            throw new MojoExecutionException("Corpus QA configuration error: " + e.getMessage());
        }
    }

    /**
     * Read the findings of a finished run. The store was migrated by the run, so an H2 file is
     * opened directly (no second Flyway pass); other databases go through {@link Database}.
     */
    protected List<Finding> findings(QaOptions o, long runId) throws MojoExecutionException {
        try {
            String url = o.databaseUrl();
            if (url.startsWith("jdbc:h2:")) {
                JdbcConnectionPool pool = JdbcConnectionPool.create(url.contains("DB_CLOSE_ON_EXIT") ? url : url + ";DB_CLOSE_ON_EXIT=FALSE",
                        o.databaseUser(), o.databasePassword());
                try {
                    return new QaStore(pool).findings(runId);
                } finally {
                    pool.dispose();
                }
            }
            try (Database db = Database.open(url, o.databaseUser(), o.databasePassword())) {
                return new QaStore(db.dataSource()).findings(runId);
            }
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Corpus QA: cannot read the findings of run " + runId + ": " + e.getMessage());
        }
    }

    /** A path for people: relative to the project base directory when it is inside it. */
    protected String display(Path p) {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path a = p.toAbsolutePath().normalize();
        return (a.startsWith(base) ? base.relativize(a) : a).toString().replace(File.separatorChar, '/');
    }

    private final class MavenListener implements RunListener {
        @Override
        public void phase(String name, String detail) {
            if (getLog().isDebugEnabled()) {
                getLog().debug("corpus-qa: " + name + (detail == null ? "" : " " + detail));
            }
        }

        @Override
        public void scanned(int files) {
            getLog().debug("corpus-qa: scanned " + files + " files");
        }

        @Override
        public void problem(String path, String message) {
            getLog().warn(path + ": " + message);
        }
    }
}
