package dev.rtsfake.scenarios.apicheck;

import java.util.ArrayList;
import java.util.List;

/**
 * Which classes belong to a surface: those in the named packages or below them.
 *
 * <pre>{@code
 * PackageFilter.of("com.ss.bytertc.rts.engine").accepts("com.ss.bytertc.rts.engine.type.SysStats") // true
 * }</pre>
 *
 * @param prefixes package name prefixes, each ending with a dot
 */
public record PackageFilter(List<String> prefixes) {

    /** Copies the prefixes; each must end with a dot. */
    public PackageFilter {
        prefixes = List.copyOf(prefixes);
        if (prefixes.isEmpty()) {
            throw new IllegalArgumentException("a package filter needs at least one package");
        }
        for (String p : prefixes) {
            if (p.isEmpty() || !p.endsWith(".")) {
                throw new IllegalArgumentException("package prefix '" + p + "' must end with a dot");
            }
        }
    }

    /** The named packages and their subpackages; a trailing dot or ".*" on a name is optional. */
    public static PackageFilter of(String... packages) {
        List<String> prefixes = new ArrayList<>();
        for (String p : packages) {
            String name = p.endsWith(".*") ? p.substring(0, p.length() - 1) : p;
            prefixes.add(name.endsWith(".") ? name : name + ".");
        }
        return new PackageFilter(prefixes);
    }

    /** Whether the class with this binary name (dots, nested classes with '$') is in one of the packages. */
    public boolean accepts(String className) {
        for (String p : prefixes) {
            if (className.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** The packages as a reader would write them: {@code com.ss.bytertc.rts.engine.*}. */
    @Override
    public String toString() {
        return String.join(", ", prefixes.stream().map(p -> p + "*").toList());
    }
}
