package dev.corpusqa.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one option model. The command line, a {@code corpus-qa.yml} file and the Maven plugin all
 * fill an instance of this class (Apache RAT's shape: one core, several front ends); the job reads
 * nothing else. Later sources override earlier ones: defaults, then the YAML file, then flags.
 */
public final class QaOptions {

    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.txt");
    public static final Set<String> ALL_FORMATS = Set.of("json", "sarif", "junit", "checkstyle", "html", "markdown");

    private final List<Path> corpusRoots = new ArrayList<>();
    private final List<String> includes = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();
    private Path configFile;
    private FailOn failOn = FailOn.ERROR;
    private int maxAllowedFindings = 0;
    private final Set<String> formats = new LinkedHashSet<>(List.of("json"));
    private Path outputDirectory = Path.of("corpus-qa-report");
    private String databaseUrl;
    private String databaseUser = "sa";
    private String databasePassword = "";
    private int threads = Runtime.getRuntime().availableProcessors();
    private Path baselineFile;
    private LocalDate referenceDate;
    private long maxFileBytes = 16L * 1024 * 1024;
    private long documentTimeBudgetMillis = 10_000;
    private int chunkSize = 200;
    private boolean quiet;
    private boolean incremental = true;
    private boolean upToDateCheck = true;
    private final Map<String, RuleSettings> rules = new TreeMap<>();

    public List<Path> corpusRoots() {
        return corpusRoots;
    }

    public QaOptions corpusRoot(Path p) {
        corpusRoots.add(p);
        return this;
    }

    /** Include globs; {@link #DEFAULT_INCLUDES} when none were given. */
    public List<String> includes() {
        return includes.isEmpty() ? DEFAULT_INCLUDES : includes;
    }

    public List<String> rawIncludes() {
        return includes;
    }

    public List<String> excludes() {
        return excludes;
    }

    public Path configFile() {
        return configFile;
    }

    public QaOptions configFile(Path p) {
        this.configFile = p;
        return this;
    }

    public FailOn failOn() {
        return failOn;
    }

    public QaOptions failOn(FailOn f) {
        this.failOn = f;
        return this;
    }

    public int maxAllowedFindings() {
        return maxAllowedFindings;
    }

    public QaOptions maxAllowedFindings(int n) {
        if (n < 0) {
            throw new ConfigException("maxAllowedFindings must be >= 0");
        }
        this.maxAllowedFindings = n;
        return this;
    }

    public Set<String> formats() {
        return formats;
    }

    public QaOptions formats(java.util.Collection<String> f) {
        formats.clear();
        for (String s : f) {
            String v = s.trim().toLowerCase(java.util.Locale.ROOT);
            if (v.isEmpty()) {
                continue;
            }
            if (v.equals("all")) {
                formats.addAll(ALL_FORMATS);
                continue;
            }
            if (v.equals("md")) {
                v = "markdown";
            }
            if (!ALL_FORMATS.contains(v)) {
                throw new ConfigException("unknown report format '" + s + "'; known: " + new java.util.TreeSet<>(ALL_FORMATS));
            }
            formats.add(v);
        }
        formats.add("json"); // the report contract is always written
        return this;
    }

    public Path outputDirectory() {
        return outputDirectory;
    }

    public QaOptions outputDirectory(Path p) {
        this.outputDirectory = p;
        return this;
    }

    /** JDBC URL of the store; by default an H2 file database under the output directory. */
    public String databaseUrl() {
        if (databaseUrl != null) {
            return databaseUrl;
        }
        Path db = outputDirectory.toAbsolutePath().normalize().resolve("db").resolve("corpus-qa");
        return "jdbc:h2:file:" + db + ";AUTO_SERVER=FALSE";
    }

    public boolean hasExplicitDatabase() {
        return databaseUrl != null;
    }

    public QaOptions databaseUrl(String url) {
        this.databaseUrl = url;
        return this;
    }

    public String databaseUser() {
        return databaseUser;
    }

    public QaOptions databaseUser(String u) {
        this.databaseUser = u;
        return this;
    }

    public String databasePassword() {
        return databasePassword;
    }

    public QaOptions databasePassword(String p) {
        this.databasePassword = p;
        return this;
    }

    public int threads() {
        return threads;
    }

    public QaOptions threads(int t) {
        if (t < 1 || t > 256) {
            throw new ConfigException("threads must be between 1 and 256; got " + t);
        }
        this.threads = t;
        return this;
    }

    public Path baselineFile() {
        return baselineFile;
    }

    public QaOptions baselineFile(Path p) {
        this.baselineFile = p;
        return this;
    }

    /** The date "now" for date plausibility checks: the configured crawl date, else today. */
    public LocalDate referenceDate() {
        return referenceDate != null ? referenceDate : LocalDate.now();
    }

    public QaOptions referenceDate(LocalDate d) {
        this.referenceDate = d;
        return this;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public QaOptions maxFileBytes(long n) {
        this.maxFileBytes = n;
        return this;
    }

    public long documentTimeBudgetMillis() {
        return documentTimeBudgetMillis;
    }

    public QaOptions documentTimeBudgetMillis(long ms) {
        this.documentTimeBudgetMillis = ms;
        return this;
    }

    /**
     * Documents validated per transaction (default 200). Larger chunks cost less bookkeeping per
     * document; smaller ones lose less work when a run is killed. {@code chunkSize} in corpus-qa.yml.
     */
    public int chunkSize() {
        return chunkSize;
    }

    public QaOptions chunkSize(int n) {
        if (n < 1) {
            throw new ConfigException("chunkSize must be at least 1, not " + n);
        }
        this.chunkSize = n;
        return this;
    }

    public boolean quiet() {
        return quiet;
    }

    public QaOptions quiet(boolean q) {
        this.quiet = q;
        return this;
    }

    /** Skip the whole run when nothing changed since the last one (see {@code dev.corpusqa.api.UpToDate}); needs {@link #incremental()}. */
    public boolean upToDateCheck() {
        return upToDateCheck && incremental;
    }

    public QaOptions upToDateCheck(boolean b) {
        this.upToDateCheck = b;
        return this;
    }

    public boolean incremental() {
        return incremental;
    }

    public QaOptions incremental(boolean b) {
        this.incremental = b;
        return this;
    }

    /** Per-rule settings keyed by rule id (validated against the registry by {@code RuleRegistry}). */
    public Map<String, RuleSettings> rules() {
        return rules;
    }

    public RuleSettings rule(String id) {
        return rules.computeIfAbsent(id, k -> new RuleSettings());
    }

    /**
     * A stable fingerprint of everything that changes what the rules find (not where reports go):
     * stored with each run, and used to decide whether stored results can be reused.
     */
    public String fingerprint(String toolVersion) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", toolVersion);
        m.put("includes", includes());
        m.put("excludes", excludes);
        m.put("referenceDate", referenceDate == null ? "today:" + LocalDate.now() : referenceDate.toString());
        m.put("maxFileBytes", maxFileBytes);
        m.put("rules", rules.toString());
        return dev.corpusqa.store.Hashing.sha256Hex(m.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
    }
}
