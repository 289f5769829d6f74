package dev.rtsfake.scenarios.apicheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.objectweb.asm.Opcodes.ACC_ABSTRACT;
import static org.objectweb.asm.Opcodes.ACC_ENUM;
import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_INTERFACE;
import static org.objectweb.asm.Opcodes.ACC_PROTECTED;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_STATIC;
import static org.objectweb.asm.Opcodes.ACC_SYNCHRONIZED;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of difference, as the line it prints; surfaces made by hand so each test changes one thing. */
class ApiComparisonTest {
    private static final int CONSTANT = ACC_PUBLIC | ACC_STATIC | ACC_FINAL;

    private static ApiType type(String name, int access, String superName, ApiMember... members) {
        return new ApiType(name, access, superName, List.of(), List.of(members));
    }

    private static List<String> compare(ApiType sdk, ApiType ours) {
        return ApiComparison.compare("the SDK", ApiSurface.of(List.of(sdk)), "rts-api", ApiSurface.of(List.of(ours)))
                .stream().map(ApiDifference::line).toList();
    }

    private static final ApiMember INIT = ApiMember.method("p.Room", ACC_PUBLIC, "<init>", "()V");
    private static final ApiMember JOIN = ApiMember.method("p.Room", ACC_PUBLIC | ACC_ABSTRACT, "joinRoom", "()I");
    private static final ApiMember USERS = ApiMember.field("p.Room", ACC_PUBLIC, "users", "I", null);
    private static final ApiType ROOM = type("p.Room", ACC_PUBLIC | ACC_ABSTRACT, "java.lang.Object", INIT, JOIN, USERS);

    @Test
    void compare_sameSurface_noDifference() {
        assertThat(compare(ROOM, ROOM)).isEmpty();
    }

    @Test
    void compare_memberOnlyOnOneSide_missingOrOnlyInRtsApi() {
        ApiType sdk = type("p.Room", ROOM.access(), "java.lang.Object", INIT, JOIN,
                ApiMember.method("p.Room", ACC_PUBLIC | ACC_ABSTRACT, "leaveRoom", "()I"));

        assertThat(compare(sdk, ROOM)).containsExactly(
                "missing from rts-api: method p.Room public abstract leaveRoom()I",
                "only in rts-api: field p.Room public users I");
    }

    @Test
    void compare_typeOnlyOnOneSide_oneLineWithItsMemberCount() {
        ApiType other = type("p.Other", ACC_PUBLIC, "java.lang.Object");
        List<ApiDifference> diffs = ApiComparison.compare("the SDK", ApiSurface.of(List.of(ROOM)), "rts-api",
                ApiSurface.of(List.of(other)));

        assertThat(diffs).extracting(ApiDifference::line).containsExactly(
                "only in rts-api: class public p.Other extends java.lang.Object",
                "missing from rts-api: class public abstract p.Room extends java.lang.Object (with 3 members)");
        assertThat(diffs).extracting(ApiDifference::kind)
                .containsExactly(ApiDifference.Kind.EXTRA_TYPE, ApiDifference.Kind.MISSING_TYPE);
    }

    @Test
    void compare_returnTypeChanged_oneReturnTypeLineNotMissingPlusExtra() {
        ApiType sdk = type("p.Room", ROOM.access(), "java.lang.Object", INIT,
                ApiMember.method("p.Room", ACC_PUBLIC | ACC_ABSTRACT, "joinRoom", "()J"), USERS);

        assertThat(compare(sdk, ROOM)).containsExactly(
                "different return type: method p.Room.joinRoom() returns long in the SDK, int in rts-api");
    }

    @Test
    void compare_staticOnOneSide_staticVsInstanceForMethodsAndFields() {
        ApiType sdk = type("p.Room", ROOM.access(), "java.lang.Object", INIT,
                ApiMember.method("p.Room", ACC_PUBLIC | ACC_STATIC, "joinRoom", "()I"),
                ApiMember.field("p.Room", ACC_PUBLIC | ACC_STATIC, "users", "I", null));

        assertThat(compare(sdk, ROOM)).containsExactly(
                "static vs instance: field p.Room.users is static in the SDK, an instance field in rts-api",
                "static vs instance: method p.Room.joinRoom() is static in the SDK, an instance method in rts-api",
                "different modifiers: method p.Room.joinRoom() is \"public\" in the SDK, \"public abstract\" in rts-api");
    }

    @Test
    void compare_fieldTypeConstantAndModifiers_eachItsOwnLine() {
        ApiType sdk = type("p.Codes", ACC_PUBLIC, "java.lang.Object",
                ApiMember.field("p.Codes", CONSTANT, "OK", "J", 0L),
                ApiMember.field("p.Codes", CONSTANT, "FAILED", "I", -2),
                ApiMember.field("p.Codes", ACC_PROTECTED | ACC_STATIC | ACC_FINAL, "HIDDEN", "I", 3),
                ApiMember.method("p.Codes", ACC_PUBLIC | ACC_STATIC | ACC_SYNCHRONIZED, "make", "()V"));
        ApiType ours = type("p.Codes", ACC_PUBLIC | ACC_FINAL, "java.lang.Object",
                ApiMember.field("p.Codes", CONSTANT, "OK", "I", 0),
                ApiMember.field("p.Codes", CONSTANT, "FAILED", "I", -1),
                ApiMember.field("p.Codes", CONSTANT, "HIDDEN", "I", null),
                ApiMember.method("p.Codes", ACC_PUBLIC | ACC_STATIC, "make", "()V"));

        assertThat(compare(sdk, ours)).containsExactly(
                "different modifiers: class p.Codes is \"public\" in the SDK, \"public final\" in rts-api",
                "different constant value: field p.Codes.FAILED is = -2 in the SDK, = -1 in rts-api",
                "different constant value: field p.Codes.HIDDEN is = 3 in the SDK, not a constant in rts-api",
                "different modifiers: field p.Codes.HIDDEN is \"protected final\" in the SDK, \"public final\" in rts-api",
                "different field type: field p.Codes.OK is long in the SDK, int in rts-api",
                "different constant value: field p.Codes.OK is = 0L in the SDK, = 0 in rts-api",
                "different modifiers: method p.Codes.make() is \"public synchronized\" in the SDK, \"public\" in rts-api");
    }

    @Test
    void compare_enumAgainstIntConstantClass_saysSoAndStillComparesMembers() {
        ApiType sdk = type("p.Mode", ACC_PUBLIC | ACC_FINAL | ACC_ENUM, "java.lang.Enum",
                ApiMember.field("p.Mode", CONSTANT | ACC_ENUM, "ON", "Lp/Mode;", null));
        ApiType ours = type("p.Mode", ACC_PUBLIC | ACC_FINAL, "java.lang.Object",
                ApiMember.field("p.Mode", CONSTANT, "ON", "I", 1));

        assertThat(compare(sdk, ours)).containsExactly(
                "enum vs int-constant class: p.Mode is an enum in the SDK, an int-constant class in rts-api",
                "different field type: field p.Mode.ON is p.Mode in the SDK, int in rts-api",
                "different constant value: field p.Mode.ON is not a constant in the SDK, = 1 in rts-api");
        assertThat(compare(ours, sdk).get(0)).isEqualTo("enum vs int-constant class: p.Mode is an int-constant class in the SDK, an enum in rts-api");
    }

    @Test
    void compare_interfaceAgainstAbstractClass_differentKindOnly() {
        ApiType sdk = type("p.Handler", ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT, "java.lang.Object");
        ApiType ours = type("p.Handler", ACC_PUBLIC | ACC_ABSTRACT, "java.lang.Object");

        assertThat(compare(sdk, ours)).containsExactly(
                "different kind: p.Handler is an interface in the SDK, an abstract class in rts-api");
    }

    @Test
    void compare_otherSupertypes_differentSupertypes() {
        ApiType sdk = new ApiType("p.Room", ROOM.access(), "p.Base", List.of("java.io.Closeable"), ROOM.members());

        assertThat(compare(sdk, ROOM)).containsExactly("different supertypes: p.Room extends p.Base implements"
                + " java.io.Closeable in the SDK, extends java.lang.Object in rts-api");
    }

    @Test
    void compare_sameNameAndParametersTwice_pairsExactDescriptorsFirst() {
        // Only hand-made bytecode has two methods differing in the return type alone.
        ApiType sdk = type("p.Room", ROOM.access(), "java.lang.Object", INIT, JOIN,
                ApiMember.method("p.Room", ACC_PUBLIC | ACC_ABSTRACT, "joinRoom", "()J"), USERS);

        assertThat(compare(sdk, ROOM)).containsExactly("missing from rts-api: method p.Room public abstract joinRoom()J");
    }

    @Test
    void compare_resultSortedByType() {
        ApiType a = type("p.A", ACC_PUBLIC, "java.lang.Object");
        ApiType z = type("p.Z", ACC_PUBLIC, "java.lang.Object");

        assertThat(ApiComparison.compare("the SDK", ApiSurface.of(List.of(z)), "rts-api", ApiSurface.of(List.of(a))))
                .extracting(ApiDifference::type).containsExactly("p.A", "p.Z");
    }
}
