package dev.rtsfake.fake.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongLongMapTest {
    @Test
    void putGetRemove_agreeWithHashMap_overRandomOperationsOnCollidingKeys() {
        LongLongMap map = new LongLongMap();
        Map<Long, Long> reference = new HashMap<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int op = 0; op < 200_000; op++) {
            long key = random.nextInt(500) * 64L;
            switch (random.nextInt(3)) {
                case 0 -> {
                    long value = random.nextLong();
                    map.put(key, value);
                    reference.put(key, value);
                }
                case 1 -> assertThat(map.remove(key)).isEqualTo(reference.remove(key) != null);
                default -> assertThat(map.getOrDefault(key, -7)).isEqualTo(reference.getOrDefault(key, -7L));
            }
            assertThat(map.size()).isEqualTo(reference.size());
        }
        for (long key = 0; key < 500 * 64L; key += 64) {
            assertThat(map.containsKey(key)).isEqualTo(reference.containsKey(key));
        }
    }

    @Test
    void emptyMap_answersWithoutTables_andRefusesNegativeKeys() {
        LongLongMap map = new LongLongMap();
        assertThat(map.getOrDefault(1, 5)).isEqualTo(5);
        assertThat(map.remove(1)).isFalse();
        assertThat(map.containsKey(-1)).isFalse();
        assertThatThrownBy(() -> map.put(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
