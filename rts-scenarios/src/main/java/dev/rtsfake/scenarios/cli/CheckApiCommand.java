package dev.rtsfake.scenarios.cli;

import com.ss.bytertc.rts.engine.RTS;
import dev.rtsfake.scenarios.apicheck.ApiComparison;
import dev.rtsfake.scenarios.apicheck.ApiDifference;
import dev.rtsfake.scenarios.apicheck.ApiInputException;
import dev.rtsfake.scenarios.apicheck.ApiSurface;
import dev.rtsfake.scenarios.apicheck.ClassFiles;
import dev.rtsfake.scenarios.apicheck.PackageFilter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rts-sim check-api PATH}: compares the public API of a real SDK jar or AAR with rts-api's,
 * the classes this jar was built with, and prints every difference; {@code --dump} prints a surface.
 */
final class CheckApiCommand implements Command {
    /** The SDK's packages, compared unless {@code --package} names others. */
    static final String SDK_PACKAGE = "com.ss.bytertc.rts.engine";

    private static final String SDK = "the SDK";
    private static final String OURS = "rts-api";

    @Override
    public String name() {
        return "check-api";
    }

    @Override
    public String summary() {
        return "compares the public API of an SDK jar or AAR with rts-api's; exit 0 when they match";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean dump = false;
        boolean ignoreSdkOnlyTypes = false;
        List<String> packages = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-h", "--help" -> {
                    usage(out);
                    return 0;
                }
                case "--dump" -> dump = true;
                case "--ignore-sdk-only-types" -> ignoreSdkOnlyTypes = true;
                case "--package" -> {
                    if (i + 1 == args.size() || args.get(i + 1).isEmpty() || args.get(i + 1).startsWith("-")) {
                        return usageError(err, "--package needs a package name, like " + SDK_PACKAGE);
                    }
                    packages.add(args.get(++i));
                }
                default -> {
                    if (arg.startsWith("-")) {
                        return usageError(err, "unknown option '" + arg + "'");
                    }
                    paths.add(arg);
                }
            }
        }
        if (paths.size() != 1) {
            return usageError(err, paths.isEmpty() ? "give the SDK jar or AAR to check"
                    : "give one SDK jar or AAR, not " + paths.size() + ": " + String.join(" ", paths));
        }
        if (dump && ignoreSdkOnlyTypes) {
            return usageError(err, "--ignore-sdk-only-types applies to a comparison, not to --dump");
        }
        PackageFilter filter = PackageFilter.of(packages.isEmpty() ? new String[] {SDK_PACKAGE} : packages.toArray(String[]::new));
        Path path = Path.of(paths.get(0));
        try {
            ApiSurface sdk = ApiSurface.read(path, filter);
            if (dump) {
                sdk.lines().forEach(out::println);
                if (sdk.isEmpty()) {
                    err.println("rts-sim check-api: " + path + " holds no public type in " + filter);
                }
                return 0;
            }
            if (sdk.isEmpty()) {
                err.println("rts-sim check-api: " + path + " holds no public type in " + filter
                        + "; is it the RTS SDK (its jar, or its AAR with classes.jar inside)?");
                return 2;
            }
            ApiSurface ours = ApiSurface.read(ClassFiles.locationOf(RTS.class), filter);
            return report(path, filter, sdk, ours, ignoreSdkOnlyTypes, out);
        } catch (ApiInputException e) {
            err.println("rts-sim check-api: " + e.getMessage());
            return 2;
        }
    }

    private static int report(Path path, PackageFilter filter, ApiSurface sdk, ApiSurface ours,
            boolean ignoreSdkOnlyTypes, PrintStream out) {
        List<ApiDifference> counted = new ArrayList<>();
        List<ApiDifference> ignored = new ArrayList<>();
        for (ApiDifference d : ApiComparison.compare(SDK, sdk, OURS, ours)) {
            (ignoreSdkOnlyTypes && d.kind() == ApiDifference.Kind.MISSING_TYPE ? ignored : counted).add(d);
        }
        out.println("rts-sim check-api: " + path + " (the SDK) against rts-api, packages " + filter);
        out.println("the SDK: " + sdk + "; rts-api: " + ours);
        counted.forEach(out::println);
        if (!ignored.isEmpty()) {
            out.println("not counted (--ignore-sdk-only-types): " + ignored.size() + " types only in the SDK");
            ignored.forEach(d -> out.println("  " + d));
        }
        if (counted.isEmpty()) {
            out.println("MATCH: the public API of the SDK and of rts-api are the same");
            return 0;
        }
        out.println("DIFFERENT: " + counted.size() + (counted.size() == 1 ? " difference" : " differences"));
        return 1;
    }

    private int usageError(PrintStream err, String message) {
        err.println("rts-sim check-api: " + message);
        usage(err);
        return 2;
    }

    @Override
    public void usage(PrintStream s) {
        s.println("usage: rts-sim check-api [--package NAME]... [--ignore-sdk-only-types] PATH");
        s.println("       rts-sim check-api --dump [--package NAME]... PATH");
        s.println("Compares the public API of the SDK jar or AAR at PATH (or a folder of class files) with");
        s.println("rts-api's: every public or protected type, field and method of " + SDK_PACKAGE + ".*, with");
        s.println("its modifiers and JVM descriptor. Prints one line per difference: missing from rts-api,");
        s.println("only in rts-api, different return type, static vs instance, enum vs int-constant class,");
        s.println("different kind, field type, constant value, modifiers or supertypes.");
        s.println("  --dump                   print the API of PATH instead, one line per type and member,");
        s.println("                           in the format of rts-api/api/rts-api.txt");
        s.println("  --package NAME           look at package NAME and its subpackages instead (repeatable)");
        s.println("  --ignore-sdk-only-types  list types that only the SDK has (its internals) without counting them");
        s.println("  -h, --help               print this help");
        s.println("Exit status: 0 the APIs match, 1 they differ, 2 a usage or input error.");
    }
}
