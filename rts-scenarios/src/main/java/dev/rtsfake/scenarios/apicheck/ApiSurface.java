package dev.rtsfake.scenarios.apicheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.objectweb.asm.ClassReader;

/**
 * The public API of a set of classes: every public or protected type in the chosen packages, with
 * its public and protected fields and methods, access flags and JVM descriptors. Synthetic and
 * bridge members are left out; compile-time constants are kept (callers inline them).
 *
 * <p>{@link #lines()} is the API record format of {@code rts-api/api/rts-api.txt}: per type, sorted
 * by binary name, the type's line, then its fields, then its methods.
 *
 * <pre>{@code
 * ApiSurface sdk = ApiSurface.read(Path.of("rts-sdk.jar"), PackageFilter.of("com.ss.bytertc.rts.engine"));
 * sdk.type("com.ss.bytertc.rts.engine.RTS").ifPresent(rts -> rts.members().forEach(System.out::println));
 * }</pre>
 */
public final class ApiSurface {
    private final Map<String, ApiType> types;

    private ApiSurface(Map<String, ApiType> types) {
        this.types = Collections.unmodifiableMap(types);
    }

    /** A surface of these types; two types of one name are an error. */
    public static ApiSurface of(Collection<ApiType> types) {
        Map<String, ApiType> byName = new TreeMap<>();
        for (ApiType t : types) {
            if (byName.putIfAbsent(t.name(), t) != null) {
                throw new IllegalArgumentException("two types named " + t.name());
            }
        }
        return new ApiSurface(byName);
    }

    /**
     * Reads the API of the classes in a folder, a jar or an AAR that lie in the filter's packages.
     * When a class name occurs twice (an AAR's {@code classes.jar} and one of its {@code libs/}),
     * the first one read counts.
     */
    public static ApiSurface read(Path input, PackageFilter packages) throws ApiInputException {
        Map<String, ApiType> byName = new TreeMap<>();
        for (ClassFiles.ClassFile file : ClassFiles.read(input)) {
            ClassReader reader;
            ApiType type;
            try {
                reader = new ClassReader(file.bytes());
                if (!packages.accepts(TypeReader.dotted(reader.getClassName()))) {
                    continue;
                }
                type = TypeReader.read(reader);
            } catch (RuntimeException e) {
                // ASM reports a truncated or unknown class file (say, a newer version) this way.
                throw new ApiInputException("cannot read class file " + file.origin() + " in " + input + ": " + e, e);
            }
            if (type != null) {
                byName.putIfAbsent(type.name(), type);
            }
        }
        return new ApiSurface(byName);
    }

    /** The types, sorted by binary name. */
    public Collection<ApiType> types() {
        return types.values();
    }

    /** The type with this binary name ({@code com.ss.bytertc.rts.engine.RTS}). */
    public Optional<ApiType> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** Whether it holds no type at all. */
    public boolean isEmpty() {
        return types.isEmpty();
    }

    /** How many members all its types have together. */
    public int memberCount() {
        return types.values().stream().mapToInt(t -> t.members().size()).sum();
    }

    /** The API record: one line per type and member, in the record's order. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        types.values().forEach(t -> lines.addAll(t.lines()));
        return lines;
    }

    @Override
    public String toString() {
        return types.size() + " types, " + memberCount() + " members";
    }
}
