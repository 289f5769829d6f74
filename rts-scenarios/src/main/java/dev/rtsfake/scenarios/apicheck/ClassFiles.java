package dev.rtsfake.scenarios.apicheck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The class files of a classes folder, a jar, or an AAR (its {@code classes.jar} and {@code libs/*.jar}).
 *
 * <p>Left out: {@code module-info}, {@code package-info} and everything under {@code META-INF/}
 * (multi-release variants). Order: a folder's files by path, a jar's entries as stored.
 */
public final class ClassFiles {

    /** One class file and where it came from ({@code classes.jar!/a/B.class}). */
    public record ClassFile(String origin, byte[] bytes) {
    }

    /** No class file comes near this; a bigger entry is a broken or hostile archive. */
    static final int MAX_CLASS_FILE_BYTES = 16 << 20;

    private ClassFiles() {
    }

    /** Reads every class file of a folder, a jar or an AAR ({@code .aar}, by its name). */
    public static List<ClassFile> read(Path input) throws ApiInputException {
        try {
            if (Files.isDirectory(input)) {
                return readFolder(input);
            }
            if (!Files.isRegularFile(input)) {
                throw new ApiInputException("no such file or folder: " + input);
            }
            return readArchive(input, input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".aar"));
        } catch (IOException e) {
            throw new ApiInputException("cannot read " + input + ": " + e.getMessage(), e);
        }
    }

    /**
     * Where a class was loaded from: its classes folder, or the jar that holds it (in rts-sim.jar,
     * that jar itself). How rts-sim finds rts-api's compiled classes.
     */
    public static Path locationOf(Class<?> anchor) throws ApiInputException {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new ApiInputException("cannot tell where " + anchor.getName() + " was loaded from (no code source)");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new ApiInputException("cannot tell where " + anchor.getName() + " was loaded from: "
                    + source.getLocation(), e);
        }
    }

    private static List<ClassFile> readFolder(Path folder) throws IOException, ApiInputException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<ClassFile> out = new ArrayList<>();
        for (Path p : files) {
            String relative = folder.relativize(p).toString().replace('\\', '/');
            if (isApiClassFile(relative)) {
                if (Files.size(p) > MAX_CLASS_FILE_BYTES) {
                    throw new ApiInputException("class file larger than 16 MiB: " + p);
                }
                out.add(new ClassFile(relative, Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static List<ClassFile> readArchive(Path archive, boolean aar) throws IOException, ApiInputException {
        List<ClassFile> out = new ArrayList<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                String name = e.getName();
                if (aar && isAarCodeJar(name)) {
                    try (ZipInputStream nested = new ZipInputStream(zip.getInputStream(e))) {
                        readNestedJar(name, nested, out);
                    }
                } else if (!aar && isApiClassFile(name)) {
                    try (InputStream in = zip.getInputStream(e)) {
                        out.add(new ClassFile(name, readCapped(in, name)));
                    }
                }
            }
        } catch (ZipException e) {
            throw new ApiInputException("not a jar or AAR (not a zip file): " + archive, e);
        }
        return out;
    }

    private static void readNestedJar(String jarName, ZipInputStream jar, List<ClassFile> out)
            throws IOException, ApiInputException {
        for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
            if (isApiClassFile(e.getName())) {
                String origin = jarName + "!/" + e.getName();
                out.add(new ClassFile(origin, readCapped(jar, origin)));
            }
        }
    }

    /** An AAR keeps its code in {@code classes.jar} and its bundled libraries in {@code libs/}. */
    private static boolean isAarCodeJar(String name) {
        return name.equals("classes.jar") || (name.startsWith("libs/") && name.endsWith(".jar"));
    }

    private static boolean isApiClassFile(String path) {
        return path.endsWith(".class") && !path.startsWith("META-INF/")
                && !path.endsWith("module-info.class") && !path.endsWith("package-info.class");
    }

    private static byte[] readCapped(InputStream in, String origin) throws IOException, ApiInputException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        for (int n; (n = in.read(chunk)) > 0; ) {
            buf.write(chunk, 0, n);
            if (buf.size() > MAX_CLASS_FILE_BYTES) {
                throw new ApiInputException("class file larger than 16 MiB: " + origin);
            }
        }
        return buf.toByteArray();
    }
}
