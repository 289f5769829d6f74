package dev.rtsfake.scenarios.apicheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.objectweb.asm.Opcodes;

/**
 * Compares an API surface with a reference surface and lists every difference, each as one line.
 *
 * <p>Types are matched by binary name, fields by name, methods by name and parameter types: a
 * method whose return type changed is one "different return type", not a missing and an extra
 * method. A type only one side has is one line (its members are not listed again). When two types
 * differ in kind (an enum against an int-constant class) their members are still compared, but not
 * their supertypes (that an enum extends {@code java.lang.Enum} is part of being an enum).
 *
 * <p>The result is sorted by type; within a type, differences of the type itself come first, then
 * those of the reference's members in record order, then members only the checked surface has.
 *
 * <pre>{@code
 * List<ApiDifference> diffs = ApiComparison.compare("the SDK", sdk, "rts-api", ours);
 * // different return type: method com.ss.bytertc.rts.engine.RTS.logout() returns void in the SDK, int in rts-api
 * }</pre>
 */
public final class ApiComparison {
    private final String referenceName;
    private final String checkedName;
    private final List<ApiDifference> out = new ArrayList<>();

    private ApiComparison(String referenceName, String checkedName) {
        this.referenceName = referenceName;
        this.checkedName = checkedName;
    }

    /**
     * Every difference between the two surfaces; empty when they match.
     *
     * @param referenceName how lines name the reference ("the SDK")
     * @param checkedName   how lines name the checked surface ("rts-api")
     */
    public static List<ApiDifference> compare(String referenceName, ApiSurface reference, String checkedName,
            ApiSurface checked) {
        ApiComparison c = new ApiComparison(referenceName, checkedName);
        for (ApiType ref : reference.types()) {
            checked.type(ref.name()).ifPresentOrElse(ours -> c.compareTypes(ref, ours),
                    () -> c.add(ApiDifference.Kind.MISSING_TYPE, ref.name(),
                            "missing from " + checkedName + ": " + ref.line() + memberCount(ref)));
        }
        for (ApiType ours : checked.types()) {
            if (reference.type(ours.name()).isEmpty()) {
                c.add(ApiDifference.Kind.EXTRA_TYPE, ours.name(), "only in " + checkedName + ": " + ours.line()
                        + memberCount(ours));
            }
        }
        c.out.sort(Comparator.comparing(ApiDifference::type)); // stable: keeps the order within a type
        return List.copyOf(c.out);
    }

    private static String memberCount(ApiType t) {
        int n = t.members().size();
        return n == 0 ? "" : " (with " + n + (n == 1 ? " member)" : " members)");
    }

    private void compareTypes(ApiType ref, ApiType ours) {
        String name = ref.name();
        boolean sameKind = ref.kind() == ours.kind();
        if (!sameKind) {
            boolean enumVsConstants = (ref.kind() == ApiType.Kind.ENUM && ours.isIntConstantClass())
                    || (ours.kind() == ApiType.Kind.ENUM && ref.isIntConstantClass());
            differs(enumVsConstants ? ApiDifference.Kind.ENUM_VS_INT_CONSTANTS : ApiDifference.Kind.TYPE_KIND,
                    name, enumVsConstants ? "enum vs int-constant class" : "different kind", name + " is",
                    ref.shape(), ours.shape());
        }
        // An interface is abstract by definition: when the kinds differ, "abstract" is part of that difference.
        int kindFlags = sameKind ? 0 : Opcodes.ACC_ABSTRACT;
        String refMods = Modifiers.words(ref.access() & ~kindFlags, true);
        String ourMods = Modifiers.words(ours.access() & ~kindFlags, true);
        if (!refMods.equals(ourMods)) {
            differs(ApiDifference.Kind.MODIFIERS, name, "different modifiers", "class " + name + " is",
                    quoted(refMods), quoted(ourMods));
        }
        if (sameKind && !ref.supertypes().equals(ours.supertypes())) {
            differs(ApiDifference.Kind.SUPERTYPES, name, "different supertypes", name,
                    orNothing(ref.supertypes()), orNothing(ours.supertypes()));
        }
        compareMembers(ref, ours);
    }

    private void compareMembers(ApiType ref, ApiType ours) {
        Map<String, List<ApiMember>> refByKey = byMatchKey(ref);
        Map<String, List<ApiMember>> ourByKey = byMatchKey(ours);
        for (Map.Entry<String, List<ApiMember>> e : refByKey.entrySet()) {
            List<ApiMember> refs = new ArrayList<>(e.getValue());
            List<ApiMember> mine = new ArrayList<>(ourByKey.getOrDefault(e.getKey(), List.of()));
            if (refs.size() == 1 && mine.size() == 1) {
                compareMember(refs.get(0), mine.get(0));
                continue;
            }
            // Same name and parameters twice on one side (only hand-made bytecode does that): pair exact descriptors.
            for (Iterator<ApiMember> it = refs.iterator(); it.hasNext(); ) {
                ApiMember r = it.next();
                ApiMember twin = mine.stream().filter(m -> m.descriptor().equals(r.descriptor())).findFirst().orElse(null);
                if (twin != null) {
                    compareMember(r, twin);
                    mine.remove(twin);
                    it.remove();
                }
            }
            refs.forEach(this::missing);
            mine.forEach(this::extra);
        }
        for (Map.Entry<String, List<ApiMember>> e : ourByKey.entrySet()) {
            if (!refByKey.containsKey(e.getKey())) {
                e.getValue().forEach(this::extra);
            }
        }
    }

    private static Map<String, List<ApiMember>> byMatchKey(ApiType t) {
        Map<String, List<ApiMember>> map = new LinkedHashMap<>();
        for (ApiMember m : t.members()) {
            map.computeIfAbsent(m.matchKey(), k -> new ArrayList<>()).add(m);
        }
        return map;
    }

    private void missing(ApiMember m) {
        add(ApiDifference.Kind.MISSING_MEMBER, m.owner(), "missing from " + checkedName + ": " + m.line());
    }

    private void extra(ApiMember m) {
        add(ApiDifference.Kind.EXTRA_MEMBER, m.owner(), "only in " + checkedName + ": " + m.line());
    }

    private void compareMember(ApiMember ref, ApiMember ours) {
        boolean field = ref.kind() == ApiMember.Kind.FIELD;
        String what = (field ? "field " : "method ") + ref.javaName();
        if (!ref.descriptor().equals(ours.descriptor())) {
            if (field) {
                differs(ApiDifference.Kind.FIELD_TYPE, ref.owner(), "different field type", what + " is",
                        ref.javaType(), ours.javaType());
            } else {
                differs(ApiDifference.Kind.RETURN_TYPE, ref.owner(), "different return type", what + " returns",
                        ref.javaType(), ours.javaType());
            }
        }
        if (ref.isStatic() != ours.isStatic()) {
            differs(ApiDifference.Kind.STATIC_VS_INSTANCE, ref.owner(), "static vs instance", what + " is",
                    staticOrInstance(ref), staticOrInstance(ours));
        }
        if (!Objects.equals(ref.constant(), ours.constant())) {
            differs(ApiDifference.Kind.CONSTANT_VALUE, ref.owner(), "different constant value", what + " is",
                    constant(ref), constant(ours));
        }
        String refMods = ref.modifiers().replace("static ", "");
        String ourMods = ours.modifiers().replace("static ", "");
        if (!refMods.equals(ourMods)) {
            differs(ApiDifference.Kind.MODIFIERS, ref.owner(), "different modifiers", what + " is",
                    quoted(refMods), quoted(ourMods));
        }
    }

    private static String staticOrInstance(ApiMember m) {
        return m.isStatic() ? "static" : m.kind() == ApiMember.Kind.FIELD ? "an instance field" : "an instance method";
    }

    private static String constant(ApiMember m) {
        return m.constant() == null ? "not a constant" : "= " + Modifiers.constant(m.constant(), m.descriptor());
    }

    private static String quoted(String modifierWords) {
        return "\"" + modifierWords.trim() + "\"";
    }

    private static String orNothing(String supertypes) {
        return supertypes.isEmpty() ? "extends nothing" : supertypes;
    }

    /** "LABEL: SUBJECT REF in the SDK, OURS in rts-api". */
    private void differs(ApiDifference.Kind kind, String type, String label, String subject, String ref, String ours) {
        add(kind, type, label + ": " + subject + " " + ref + " in " + referenceName + ", " + ours + " in " + checkedName);
    }

    private void add(ApiDifference.Kind kind, String type, String line) {
        out.add(new ApiDifference(kind, type, line));
    }
}
