package dev.rtsfake.scenarios.apicheck;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A checked-in API record of one module: the sorted lines of its public surface in
 * {@code <module>/api/<module>.txt}. A record test builds the surface from the module's compiled
 * classes (on the test class path) and fails, naming the removed and added lines, when it differs
 * from the record; run with {@code -Drts.api.update=true} to rewrite the record after a deliberate change.
 *
 * <pre>{@code
 * @Test
 * void publicApi_matchesCheckedInRecord() {
 *     ApiRecord.verifyModule("rts-fake", FakeRtsCloud.class, List.of("dev.rtsfake.fake.internal"), "dev.rtsfake.fake");
 * }
 * }</pre>
 */
public final class ApiRecord {
    /** The system property that makes a record test rewrite its record instead of checking it. */
    public static final String UPDATE_PROPERTY = "rts.api.update";

    private ApiRecord() {
    }

    /**
     * Checks (or, with {@code -Drts.api.update=true}, rewrites) {@code <module>/api/<module>.txt}
     * against the surface of the packages in the classes {@code anchor} was loaded from.
     *
     * @return the surface's lines, for further checks
     */
    public static List<String> verifyModule(String module, Class<?> anchor, String... packages) {
        return verifyModule(module, anchor, List.of(), packages);
    }

    /**
     * As {@link #verifyModule(String, Class, String...)}, leaving out the packages (and their
     * subpackages) named in {@code excluded}: how rts-fake's record leaves out
     * {@code dev.rtsfake.fake.internal}.
     */
    public static List<String> verifyModule(String module, Class<?> anchor, List<String> excluded, String... packages) {
        List<String> built = surface(module, anchor, excluded, packages).lines();
        verify(recordOf(module), built, Boolean.getBoolean(UPDATE_PROPERTY));
        return built;
    }

    /** The surface of the packages in the classes {@code anchor} was loaded from, without the excluded ones. */
    static ApiSurface surface(String module, Class<?> anchor, List<String> excluded, String... packages) {
        ApiSurface all;
        try {
            all = ApiSurface.read(ClassFiles.locationOf(anchor), PackageFilter.of(packages));
        } catch (ApiInputException e) {
            throw new IllegalStateException("cannot read the classes of " + module + ": " + e.getMessage(), e);
        }
        PackageFilter out = excluded.isEmpty() ? null : PackageFilter.of(excluded.toArray(String[]::new));
        return ApiSurface.of(all.types().stream()
                .filter(t -> out == null || !out.accepts(t.name()))
                .filter(t -> reachable(all, t.name()))
                .toList());
    }

    /** Whether a type can be named from outside: each type it is nested in is API too. */
    private static boolean reachable(ApiSurface all, String name) {
        int nest = name.lastIndexOf('$');
        return nest < 0 || (all.type(name.substring(0, nest)).isPresent() && reachable(all, name.substring(0, nest)));
    }

    /** Where a module's record lives: {@code <module>/api/<module>.txt}. */
    static Path recordOf(String module) {
        return projectRoot(module).resolve(module).resolve("api").resolve(module + ".txt");
    }

    /**
     * Checks the built lines against the record file, or rewrites the file when {@code update}.
     * Fails on an empty surface either way (a wrong anchor or package would otherwise blank the record).
     */
    static void verify(Path record, List<String> built, boolean update) {
        if (built.isEmpty()) {
            fail("The API surface for " + record + " is empty: check the anchor class and the packages.");
        }
        try {
            if (update) {
                Files.createDirectories(record.getParent());
                Files.writeString(record, String.join("\n", built) + "\n", StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(record)) {
                fail("No API record at " + record + "; run with -D" + UPDATE_PROPERTY + "=true to create it.");
            }
            List<String> recorded = new ArrayList<>();
            for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
                if (!line.isEmpty()) {
                    recorded.add(line);
                }
            }
            if (!recorded.equals(built)) {
                fail("The public API differs from " + record + " ('-' only in the record, '+' only in the build);"
                        + " if the change is deliberate, run with -D" + UPDATE_PROPERTY + "=true to rewrite it.\n"
                        + diff(recorded, built));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines only in the record prefixed "- ", lines only in the build prefixed "+ ", each in its list's order. */
    static String diff(List<String> recorded, List<String> built) {
        Set<String> inRecord = new LinkedHashSet<>(recorded);
        Set<String> inBuild = new LinkedHashSet<>(built);
        StringBuilder sb = new StringBuilder();
        for (String l : recorded) {
            if (!inBuild.contains(l)) {
                sb.append("- ").append(l).append('\n');
            }
        }
        for (String l : built) {
            if (!inRecord.contains(l)) {
                sb.append("+ ").append(l).append('\n');
            }
        }
        if (sb.length() == 0) {
            sb.append("(same lines, different order or duplicates)\n");
        }
        return sb.toString();
    }

    /** The checkout's root: the first folder up from Maven's basedir (or the working folder) that holds the module. */
    public static Path projectRoot(String module) {
        String basedir = System.getProperty("basedir");
        Path start = (basedir != null ? Path.of(basedir) : Path.of("")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(module).resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no folder above " + start + " holds the module " + module);
    }
}
