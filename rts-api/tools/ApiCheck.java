/*
 * ApiCheck: lists and compares the public Java API of compiled classes, with no dependencies.
 *
 * Run it with the JDK's source launcher (Java 11 or later):
 *
 *   java rts-api/tools/ApiCheck.java --dump <classes-dir | .jar | .aar> [--package <prefix>]...
 *       Prints the public API as sorted lines, one per class, field and method.
 *
 *   java rts-api/tools/ApiCheck.java <real-sdk.jar | .aar> [<our rts-api.jar or classes dir>]
 *       Compares the real SDK (the reference) with ours and lists what ours is missing, what only
 *       ours has, and what differs. Exits 1 if anything is missing or different, 0 otherwise.
 *       Without the second argument it uses rts-api/target/classes or target/classes.
 *
 * Options:
 *   --package <prefix>          also list classes whose name starts with <prefix> (for example
 *                               "dev.rtsfake.spi."); repeatable. "com.ss.bytertc.rts." is always
 *                               listed.
 *   --all-packages              list every package.
 *   --ignore-missing-classes    in compare mode, do not count whole classes that only the
 *                               reference has (the real SDK ships many internal classes); their
 *                               members are then not compared either. They are still printed.
 *
 * Exit codes: 0 success / no incompatibility, 1 something missing or different, 2 usage or
 * input error.
 *
 * What counts as API: public classes (and public or protected nested classes) and, in them, public
 * and protected fields and methods, constructors included. Synthetic and bridge members are left
 * out. Each line holds what binary compatibility depends on: names, descriptors, modifiers, super
 * types, and the values of compile-time constants (which callers inline).
 *
 * Line formats:
 *   class <modifiers> [interface|enum|@interface] <name> extends <super> [implements <a>, <b>]
 *   field <class> <modifiers> <name> <descriptor> [= <constant>]
 *   method <class> <modifiers> <name><descriptor>
 * Class names are binary names with dots (nested classes keep their '$').
 */

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

public class ApiCheck {

    /** The package prefix that is always listed. */
    static final String SDK_PREFIX = "com.ss.bytertc.rts.";

    // Access flags from the JVM specification, chapter 4.
    static final int ACC_PUBLIC = 0x0001;
    static final int ACC_PRIVATE = 0x0002;
    static final int ACC_PROTECTED = 0x0004;
    static final int ACC_STATIC = 0x0008;
    static final int ACC_FINAL = 0x0010;
    static final int ACC_SYNCHRONIZED = 0x0020;
    static final int ACC_VOLATILE_OR_BRIDGE = 0x0040;
    static final int ACC_TRANSIENT = 0x0080;
    static final int ACC_NATIVE = 0x0100;
    static final int ACC_INTERFACE = 0x0200;
    static final int ACC_ABSTRACT = 0x0400;
    static final int ACC_SYNTHETIC = 0x1000;
    static final int ACC_ANNOTATION = 0x2000;
    static final int ACC_ENUM = 0x4000;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the tool; returns the exit code instead of exiting, so it can be called in-process. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> prefixes = new ArrayList<>();
        prefixes.add(SDK_PREFIX);
        boolean allPackages = false;
        boolean ignoreMissingClasses = false;
        String dump = null;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--dump") && i + 1 < args.length) {
                dump = args[++i];
            } else if (a.equals("--package") && i + 1 < args.length) {
                prefixes.add(args[++i]);
            } else if (a.equals("--all-packages")) {
                allPackages = true;
            } else if (a.equals("--ignore-missing-classes")) {
                ignoreMissingClasses = true;
            } else if (a.equals("-h") || a.equals("--help") || a.startsWith("--")) {
                return usage(err);
            } else {
                positional.add(a);
            }
        }
        Filter filter = new Filter(allPackages ? null : prefixes);
        try {
            if (dump != null) {
                if (!positional.isEmpty()) {
                    return usage(err);
                }
                for (String line : listApi(Paths.get(dump), filter)) {
                    out.println(line);
                }
                return 0;
            }
            if (positional.isEmpty() || positional.size() > 2) {
                return usage(err);
            }
            Path reference = Paths.get(positional.get(0));
            Path ours = positional.size() == 2 ? Paths.get(positional.get(1)) : defaultOurs();
            if (ours == null) {
                err.println("Cannot find our classes: pass the rts-api jar or classes folder as the"
                        + " second argument (or build rts-api first).");
                return 2;
            }
            return compare(listApi(reference, filter), listApi(ours, filter), ignoreMissingClasses, out);
        } catch (IOException | RuntimeException e) {
            err.println("ApiCheck: " + e);
            return 2;
        }
    }

    static int usage(PrintStream err) {
        err.println("Usage:");
        err.println("  java ApiCheck.java --dump <classes-dir|jar|aar> [--package <prefix>]... [--all-packages]");
        err.println("  java ApiCheck.java <real-sdk.jar|.aar> [<our rts-api.jar or classes dir>]");
        err.println("        [--package <prefix>]... [--all-packages] [--ignore-missing-classes]");
        return 2;
    }

    /** Our classes when the second argument is left out: the usual build folders. */
    static Path defaultOurs() {
        for (String candidate : new String[] {"rts-api/target/classes", "target/classes"}) {
            Path p = Paths.get(candidate);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------
    // Comparison
    // ---------------------------------------------------------------------------------------

    /**
     * Compares two listings by member identity: a class by name, a field by class and name, a
     * method by class, name and descriptor. Prints the three groups; returns 1 when anything is
     * missing from ours or different, else 0.
     */
    static int compare(List<String> reference, List<String> ours, boolean ignoreMissingClasses,
            PrintStream out) {
        Map<String, String> refByKey = byKey(reference);
        Map<String, String> oursByKey = byKey(ours);
        TreeSet<String> ourClasses = new TreeSet<>();
        for (String line : ours) {
            ourClasses.add(ownerOf(line));
        }

        List<String> missing = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        List<String> onlyOurs = new ArrayList<>();
        List<String[]> different = new ArrayList<>();
        for (Map.Entry<String, String> e : refByKey.entrySet()) {
            String mine = oursByKey.get(e.getKey());
            if (mine == null) {
                if (ignoreMissingClasses && !ourClasses.contains(ownerOf(e.getValue()))) {
                    ignored.add(e.getValue());
                } else {
                    missing.add(e.getValue());
                }
            } else if (!mine.equals(e.getValue())) {
                different.add(new String[] {e.getValue(), mine});
            }
        }
        for (Map.Entry<String, String> e : oursByKey.entrySet()) {
            if (!refByKey.containsKey(e.getKey())) {
                onlyOurs.add(e.getValue());
            }
        }

        out.println("Missing from ours (only in the reference): " + missing.size());
        for (String line : missing) {
            out.println("  " + line);
        }
        if (!ignored.isEmpty()) {
            out.println("Ignored (classes only in the reference, --ignore-missing-classes): " + ignored.size());
            for (String line : ignored) {
                out.println("  " + line);
            }
        }
        out.println("Only in ours: " + onlyOurs.size());
        for (String line : onlyOurs) {
            out.println("  " + line);
        }
        out.println("Different: " + different.size());
        for (String[] pair : different) {
            out.println("  reference: " + pair[0]);
            out.println("  ours:      " + pair[1]);
        }
        boolean incompatible = !missing.isEmpty() || !different.isEmpty();
        out.println(incompatible ? "RESULT: INCOMPATIBLE" : "RESULT: COMPATIBLE");
        return incompatible ? 1 : 0;
    }

    /** Indexes listing lines by member identity (see {@link #keyOf}). */
    static Map<String, String> byKey(List<String> lines) {
        Map<String, String> map = new TreeMap<>();
        for (String line : lines) {
            map.put(keyOf(line), line);
        }
        return map;
    }

    /** The identity of a line: "class C", "field C name" or "method C name(desc)". */
    static String keyOf(String line) {
        String[] words = line.split(" ");
        switch (words[0]) {
            case "class":
                return "class " + ownerOf(line);
            case "field":
                // field <class> <mods...> <name> <descriptor> [= value]
                int eq = indexOf(words, "=");
                int end = eq < 0 ? words.length : eq;
                return "field " + words[1] + " " + words[end - 2];
            default:
                // method <class> <mods...> <name(desc)ret>
                return "method " + words[1] + " " + words[words.length - 1];
        }
    }

    /** The class a line belongs to. */
    static String ownerOf(String line) {
        String[] words = line.split(" ");
        if (!words[0].equals("class")) {
            return words[1];
        }
        int ext = indexOf(words, "extends");
        return words[(ext < 0 ? words.length : ext) - 1];
    }

    static int indexOf(String[] words, String word) {
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(word)) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------------------------------
    // Listing
    // ---------------------------------------------------------------------------------------

    /** Which classes to list: by package prefix, or everything when the list is null. */
    static final class Filter {
        final List<String> prefixes;

        Filter(List<String> prefixes) {
            this.prefixes = prefixes;
        }

        boolean accepts(String className) {
            if (prefixes == null) {
                return true;
            }
            for (String p : prefixes) {
                if (className.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Reads every class under {@code input} and returns the sorted API lines. */
    static List<String> listApi(Path input, Filter filter) throws IOException {
        List<String> lines = new ArrayList<>();
        for (byte[] bytes : readClasses(input)) {
            ClassInfo c = ClassInfo.parse(bytes);
            if (filter.accepts(c.name)) {
                c.apiLines(lines);
            }
        }
        // Group by class: the class line, then fields, then methods, each by name and descriptor.
        lines.sort(Comparator.comparing(ApiCheck::ownerOf)
                .thenComparing(l -> l.startsWith("class") ? 0 : l.startsWith("field") ? 1 : 2)
                .thenComparing(ApiCheck::keyOf)
                .thenComparing(Comparator.naturalOrder()));
        return lines;
    }

    /** The bytes of every .class file in a folder, a .jar, or an .aar (its classes.jar and libs/*.jar). */
    static List<byte[]> readClasses(Path input) throws IOException {
        List<byte[]> out = new ArrayList<>();
        if (Files.isDirectory(input)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(input)) {
                files = walk.filter(p -> p.toString().endsWith(".class")).sorted().collect(Collectors.toList());
            }
            for (Path p : files) {
                if (isListableClassFile(input.relativize(p).toString().replace('\\', '/'))) {
                    out.add(Files.readAllBytes(p));
                }
            }
            return out;
        }
        if (!Files.isRegularFile(input)) {
            throw new IOException("no such file or folder: " + input);
        }
        boolean aar = input.toString().endsWith(".aar");
        try (ZipFile zip = new ZipFile(input.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            for (ZipEntry e : entries) {
                String name = e.getName();
                if (aar && name.endsWith(".jar") && (name.equals("classes.jar") || name.startsWith("libs/"))) {
                    // An AAR holds its code in a nested jar: read it from memory.
                    try (InputStream in = zip.getInputStream(e)) {
                        readNestedJar(in, out);
                    }
                } else if (!aar && isListableClassFile(name)) {
                    try (InputStream in = zip.getInputStream(e)) {
                        out.add(readAll(in));
                    }
                }
            }
        }
        return out;
    }

    static void readNestedJar(InputStream in, List<byte[]> out) throws IOException {
        try (ZipInputStream zin = new ZipInputStream(in)) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                if (isListableClassFile(e.getName())) {
                    out.add(readAll(zin));
                }
            }
        }
    }

    /** Class files worth reading: not module-info, package-info, or multi-release variants. */
    static boolean isListableClassFile(String path) {
        return path.endsWith(".class") && !path.startsWith("META-INF/")
                && !path.endsWith("module-info.class") && !path.endsWith("package-info.class");
    }

    static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        for (int n; (n = in.read(chunk)) > 0; ) {
            buf.write(chunk, 0, n);
        }
        return buf.toByteArray();
    }

    // ---------------------------------------------------------------------------------------
    // Class-file reader (JVM specification, chapter 4): just what the API listing needs.
    // ---------------------------------------------------------------------------------------

    /** One field or method: access flags, name, descriptor, and a field's constant value. */
    static final class MemberInfo {
        int access;
        String name;
        String descriptor;
        Object constant;
    }

    /** The parts of a class file that make up its API. */
    static final class ClassInfo {
        int access;
        String name;
        String superName;
        final List<String> interfaces = new ArrayList<>();
        final List<MemberInfo> fields = new ArrayList<>();
        final List<MemberInfo> methods = new ArrayList<>();

        private Object[] pool;
        private int[] tags;

        static ClassInfo parse(byte[] bytes) throws IOException {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException("not a class file");
            }
            in.readUnsignedShort(); // minor version
            in.readUnsignedShort(); // major version
            ClassInfo c = new ClassInfo();
            c.readConstantPool(in);
            c.access = in.readUnsignedShort();
            c.name = c.className(in.readUnsignedShort());
            int superIndex = in.readUnsignedShort();
            c.superName = superIndex == 0 ? null : c.className(superIndex);
            int interfaceCount = in.readUnsignedShort();
            for (int i = 0; i < interfaceCount; i++) {
                c.interfaces.add(c.className(in.readUnsignedShort()));
            }
            c.readMembers(in, c.fields, true);
            c.readMembers(in, c.methods, false);
            // Class attributes: InnerClasses holds a nested class's real modifiers.
            int attributeCount = in.readUnsignedShort();
            for (int i = 0; i < attributeCount; i++) {
                String attrName = c.utf8(in.readUnsignedShort());
                int length = in.readInt();
                if (attrName.equals("InnerClasses")) {
                    int n = in.readUnsignedShort();
                    for (int k = 0; k < n; k++) {
                        int inner = in.readUnsignedShort();
                        in.readUnsignedShort(); // outer class
                        in.readUnsignedShort(); // simple name
                        int innerAccess = in.readUnsignedShort();
                        if (inner != 0 && c.className(inner).equals(c.name)) {
                            c.access = innerAccess | (c.access & ACC_SYNTHETIC);
                        }
                    }
                } else {
                    in.skipBytes(length);
                }
            }
            return c;
        }

        private void readConstantPool(DataInputStream in) throws IOException {
            int count = in.readUnsignedShort();
            pool = new Object[count];
            tags = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                tags[i] = tag;
                switch (tag) {
                    case 1: // Utf8
                        pool[i] = in.readUTF();
                        break;
                    case 3: // Integer
                        pool[i] = in.readInt();
                        break;
                    case 4: // Float
                        pool[i] = in.readFloat();
                        break;
                    case 5: // Long: takes two slots
                        pool[i] = in.readLong();
                        i++;
                        break;
                    case 6: // Double: takes two slots
                        pool[i] = in.readDouble();
                        i++;
                        break;
                    case 7: // Class -> Utf8 index
                    case 8: // String -> Utf8 index
                    case 16: // MethodType
                    case 19: // Module
                    case 20: // Package
                        pool[i] = in.readUnsignedShort();
                        break;
                    case 9: // Fieldref
                    case 10: // Methodref
                    case 11: // InterfaceMethodref
                    case 12: // NameAndType
                    case 17: // Dynamic
                    case 18: // InvokeDynamic
                        in.readInt();
                        break;
                    case 15: // MethodHandle
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                        break;
                    default:
                        throw new IOException("unknown constant pool tag " + tag + " at " + i);
                }
            }
        }

        private String utf8(int index) {
            return (String) pool[index];
        }

        private String className(int classIndex) {
            return utf8((Integer) pool[classIndex]).replace('/', '.');
        }

        /** The value of a ConstantValue attribute: a number or a String. */
        private Object constant(int index) {
            return tags[index] == 8 ? utf8((Integer) pool[index]) : pool[index];
        }

        private void readMembers(DataInputStream in, List<MemberInfo> into, boolean fields) throws IOException {
            int count = in.readUnsignedShort();
            for (int i = 0; i < count; i++) {
                MemberInfo m = new MemberInfo();
                m.access = in.readUnsignedShort();
                m.name = utf8(in.readUnsignedShort());
                m.descriptor = utf8(in.readUnsignedShort());
                int attributeCount = in.readUnsignedShort();
                for (int k = 0; k < attributeCount; k++) {
                    String attrName = utf8(in.readUnsignedShort());
                    int length = in.readInt();
                    if (fields && attrName.equals("ConstantValue")) {
                        m.constant = constant(in.readUnsignedShort());
                    } else {
                        in.skipBytes(length);
                    }
                }
                into.add(m);
            }
        }

        /** Adds this class's API lines, if the class itself is visible API. */
        void apiLines(List<String> out) {
            if ((access & (ACC_PUBLIC | ACC_PROTECTED)) == 0 || (access & ACC_SYNTHETIC) != 0) {
                return;
            }
            StringBuilder sb = new StringBuilder("class ");
            sb.append(modifiers(access & ~ACC_SYNCHRONIZED & ~ACC_VOLATILE_OR_BRIDGE, true));
            if ((access & ACC_ANNOTATION) != 0) {
                sb.append("@interface ");
            } else if ((access & ACC_INTERFACE) != 0) {
                sb.append("interface ");
            } else if ((access & ACC_ENUM) != 0) {
                sb.append("enum ");
            }
            sb.append(name);
            if (superName != null) {
                sb.append(" extends ").append(superName);
            }
            if (!interfaces.isEmpty()) {
                List<String> sorted = new ArrayList<>(interfaces);
                Collections.sort(sorted);
                sb.append(" implements ").append(String.join(", ", sorted));
            }
            out.add(sb.toString());
            for (MemberInfo f : fields) {
                if (visible(f)) {
                    String line = "field " + name + " " + modifiers(f.access, false) + f.name + " " + f.descriptor;
                    if (f.constant != null) {
                        line += " = " + formatConstant(f.constant, f.descriptor);
                    }
                    out.add(line);
                }
            }
            for (MemberInfo m : methods) {
                if (visible(m)) {
                    // For methods 0x0040 means bridge (synthetic anyway) and 0x0080 varargs: drop both.
                    int flags = m.access & ~ACC_VOLATILE_OR_BRIDGE & ~ACC_TRANSIENT;
                    out.add("method " + name + " " + modifiers(flags, false) + m.name + m.descriptor);
                }
            }
        }

        private static boolean visible(MemberInfo m) {
            return (m.access & (ACC_PUBLIC | ACC_PROTECTED)) != 0 && (m.access & ACC_SYNTHETIC) == 0;
        }
    }

    /** Java-style modifier words for access flags, each followed by a space. */
    static String modifiers(int flags, boolean forClass) {
        StringBuilder sb = new StringBuilder();
        if ((flags & ACC_PUBLIC) != 0) {
            sb.append("public ");
        }
        if ((flags & ACC_PROTECTED) != 0) {
            sb.append("protected ");
        }
        if ((flags & ACC_STATIC) != 0) {
            sb.append("static ");
        }
        if ((flags & ACC_FINAL) != 0) {
            sb.append("final ");
        }
        if (!forClass) {
            if ((flags & ACC_SYNCHRONIZED) != 0) {
                sb.append("synchronized ");
            }
            if ((flags & ACC_VOLATILE_OR_BRIDGE) != 0) {
                sb.append("volatile ");
            }
            if ((flags & ACC_TRANSIENT) != 0) {
                sb.append("transient ");
            }
            if ((flags & ACC_NATIVE) != 0) {
                sb.append("native ");
            }
        }
        if ((flags & ACC_ABSTRACT) != 0) {
            sb.append("abstract ");
        }
        return sb.toString();
    }

    /** Formats a constant the way Java source would write it. */
    static String formatConstant(Object value, String descriptor) {
        if (value instanceof String) {
            StringBuilder sb = new StringBuilder("\"");
            for (char ch : ((String) value).toCharArray()) {
                if (ch == '"' || ch == '\\') {
                    sb.append('\\').append(ch);
                } else if (ch < 0x20 || ch > 0x7e) {
                    sb.append(String.format("\\u%04x", (int) ch));
                } else {
                    sb.append(ch);
                }
            }
            return sb.append('"').toString();
        }
        if (descriptor.equals("Z")) {
            return ((Integer) value) != 0 ? "true" : "false";
        }
        if (value instanceof Long) {
            return value + "L";
        }
        if (value instanceof Float) {
            return value + "f";
        }
        return String.valueOf(value);
    }
}
