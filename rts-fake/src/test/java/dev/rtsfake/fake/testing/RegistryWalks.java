package dev.rtsfake.fake.testing;

import dev.rtsfake.fake.FakeRtsCloud;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Counts walks of a cloud's registries: the maps and sets in which a cloud keeps all its engines,
 * links, sessions, rooms, apps or callback owners (every map and set field of the cloud, its
 * network, its simulation, its app doubles, its cloud service and the service's parts, and each
 * app's state). {@link #watch} swaps each for a twin with the same entries that notes every walk
 * of it (a view, an iteration, a {@code removeIf}, a {@code containsValue}) while {@link #arm armed}.
 * Lookups, puts and removes by key are not walks. Issue 9, item 14: a call whose cost must not grow
 * with the number of engines walks none of them.
 *
 * <pre>{@code
 * RegistryWalks walks = RegistryWalks.watch(cloud);
 * walks.arm();
 * rts.login(token, "alice");
 * cloud.runUntilIdle();
 * assertThat(walks.walks()).isEmpty();
 * }</pre>
 *
 * <p>Reflection on the fake's private fields: a renamed or retyped registry makes {@link #watched()}
 * change, which the scale test checks.
 */
public final class RegistryWalks {
    private static final Set<String> REGISTRIES = Set.of(
            "dev.rtsfake.fake.FakeRtsCloud", "dev.rtsfake.fake.LiveEngines", "dev.rtsfake.fake.SdkStatics", "dev.rtsfake.fake.AppDoubles", "dev.rtsfake.fake.net.Network",
            "dev.rtsfake.fake.internal.core.Simulation", "dev.rtsfake.fake.internal.cloud.CloudService",
            "dev.rtsfake.fake.internal.cloud.AppRegistry", "dev.rtsfake.fake.internal.cloud.AppState", "dev.rtsfake.fake.internal.cloud.Sessions",
            "dev.rtsfake.fake.internal.cloud.Rooms", "dev.rtsfake.fake.internal.cloud.Router", "dev.rtsfake.fake.internal.cloud.Downlink");

    private final List<String> watched = new ArrayList<>();
    private final List<String> walks = new ArrayList<>();
    private boolean armed;

    private RegistryWalks() {
    }

    /** Swaps every registry of {@code cloud} (idle, not being driven) for a counting twin. */
    public static RegistryWalks watch(FakeRtsCloud cloud) {
        RegistryWalks w = new RegistryWalks();
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> todo = new ArrayDeque<>();
        todo.add(cloud);
        while (!todo.isEmpty()) {
            Object owner = todo.poll();
            if (!seen.add(owner)) {
                continue;
            }
            for (Class<?> c = owner.getClass(); c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                        w.visit(owner, f, todo);
                    }
                }
            }
        }
        return w;
    }

    private void visit(Object owner, Field f, Deque<Object> todo) {
        f.setAccessible(true);
        Object value;
        try {
            value = f.get(owner);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
        if (value == null) {
            return;
        }
        if (isRegistry(value)) {
            todo.add(value);
            return;
        }
        String name = owner.getClass().getSimpleName() + "." + f.getName();
        Object twin = twin(name, value);
        if (twin == null) {
            return;
        }
        // AppState lives in AppRegistry's map: walk into registries kept in a registry.
        Collection<?> members = value instanceof Map<?, ?> m ? m.values() : (Collection<?>) value;
        for (Object member : members) {
            if (member != null && isRegistry(member)) {
                todo.add(member);
            }
        }
        try {
            f.set(owner, twin);
        } catch (IllegalAccessException e) {
            throw new AssertionError("cannot swap " + name, e);
        }
        watched.add(name);
    }

    private static boolean isRegistry(Object o) {
        return REGISTRIES.contains(o.getClass().getName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object twin(String name, Object value) {
        Class<?> type = value.getClass();
        if (type == LinkedHashMap.class) {
            return new WalkedLinkedHashMap(name, (Map) value);
        } else if (type == HashMap.class) {
            return new WalkedHashMap(name, (Map) value);
        } else if (type == IdentityHashMap.class) {
            return new WalkedIdentityHashMap(name, (Map) value);
        } else if (type == LinkedHashSet.class) {
            return new WalkedLinkedHashSet(name, (Set) value);
        } else if (type == HashSet.class) {
            return new WalkedHashSet(name, (Set) value);
        }
        return null;
    }

    /** From now on walks are noted. */
    public void arm() {
        walks.clear();
        armed = true;
    }

    /** The walks noted since {@link #arm}, each as {@code Owner.field.method}. */
    public List<String> walks() {
        return List.copyOf(walks);
    }

    /** The registries swapped, as {@code Owner.field}. */
    public List<String> watched() {
        return List.copyOf(watched);
    }

    void walked(String name, String how) {
        if (armed) {
            walks.add(name + "." + how);
        }
    }

    private final class WalkedLinkedHashMap<K, V> extends LinkedHashMap<K, V> {
        private static final long serialVersionUID = 1L;
        private final String name;

        WalkedLinkedHashMap(String name, Map<K, V> entries) {
            super(entries);
            this.name = name;
        }

        @Override
        public Set<K> keySet() {
            walked(name, "keySet");
            return super.keySet();
        }

        @Override
        public Collection<V> values() {
            walked(name, "values");
            return super.values();
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            walked(name, "entrySet");
            return super.entrySet();
        }

        @Override
        public void forEach(BiConsumer<? super K, ? super V> action) {
            walked(name, "forEach");
            super.forEach(action);
        }

        @Override
        public boolean containsValue(Object value) {
            walked(name, "containsValue");
            return super.containsValue(value);
        }
    }

    private final class WalkedHashMap<K, V> extends HashMap<K, V> {
        private static final long serialVersionUID = 1L;
        private final String name;

        WalkedHashMap(String name, Map<K, V> entries) {
            super(entries);
            this.name = name;
        }

        @Override
        public Set<K> keySet() {
            walked(name, "keySet");
            return super.keySet();
        }

        @Override
        public Collection<V> values() {
            walked(name, "values");
            return super.values();
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            walked(name, "entrySet");
            return super.entrySet();
        }

        @Override
        public void forEach(BiConsumer<? super K, ? super V> action) {
            walked(name, "forEach");
            super.forEach(action);
        }

        @Override
        public boolean containsValue(Object value) {
            walked(name, "containsValue");
            return super.containsValue(value);
        }
    }

    private final class WalkedIdentityHashMap<K, V> extends IdentityHashMap<K, V> {
        private static final long serialVersionUID = 1L;
        private final String name;

        WalkedIdentityHashMap(String name, Map<K, V> entries) {
            super(entries);
            this.name = name;
        }

        @Override
        public Set<K> keySet() {
            walked(name, "keySet");
            return super.keySet();
        }

        @Override
        public Collection<V> values() {
            walked(name, "values");
            return super.values();
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            walked(name, "entrySet");
            return super.entrySet();
        }

        @Override
        public void forEach(BiConsumer<? super K, ? super V> action) {
            walked(name, "forEach");
            super.forEach(action);
        }

        @Override
        public boolean containsValue(Object value) {
            walked(name, "containsValue");
            return super.containsValue(value);
        }
    }

    private final class WalkedLinkedHashSet<E> extends LinkedHashSet<E> {
        private static final long serialVersionUID = 1L;
        private final String name;

        WalkedLinkedHashSet(String name, Set<E> entries) {
            super(entries);
            this.name = name;
        }

        @Override
        public Iterator<E> iterator() {
            walked(name, "iterator");
            return super.iterator();
        }

        @Override
        public Spliterator<E> spliterator() {
            walked(name, "spliterator");
            return super.spliterator();
        }

        @Override
        public void forEach(Consumer<? super E> action) {
            walked(name, "forEach");
            super.forEach(action);
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            walked(name, "removeIf");
            return super.removeIf(filter);
        }

        @Override
        public Object[] toArray() {
            walked(name, "toArray");
            return super.toArray();
        }

        @Override
        public <T> T[] toArray(T[] a) {
            walked(name, "toArray");
            return super.toArray(a);
        }

        @Override
        public <T> T[] toArray(IntFunction<T[]> generator) {
            walked(name, "toArray");
            return super.toArray(generator);
        }
    }

    private final class WalkedHashSet<E> extends HashSet<E> {
        private static final long serialVersionUID = 1L;
        private final String name;

        WalkedHashSet(String name, Set<E> entries) {
            super(entries);
            this.name = name;
        }

        @Override
        public Iterator<E> iterator() {
            walked(name, "iterator");
            return super.iterator();
        }

        @Override
        public Spliterator<E> spliterator() {
            walked(name, "spliterator");
            return super.spliterator();
        }

        @Override
        public void forEach(Consumer<? super E> action) {
            walked(name, "forEach");
            super.forEach(action);
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            walked(name, "removeIf");
            return super.removeIf(filter);
        }

        @Override
        public Object[] toArray() {
            walked(name, "toArray");
            return super.toArray();
        }

        @Override
        public <T> T[] toArray(T[] a) {
            walked(name, "toArray");
            return super.toArray(a);
        }

        @Override
        public <T> T[] toArray(IntFunction<T[]> generator) {
            walked(name, "toArray");
            return super.toArray(generator);
        }
    }
}
