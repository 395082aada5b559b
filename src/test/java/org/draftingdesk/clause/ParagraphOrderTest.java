package org.draftingdesk.clause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Paragraph order against a plain list: whatever a drafter does, sorting the stored positions gives
 * back exactly the order the list model says.
 */
class ParagraphOrderTest {

    @Property(tries = 300)
    void anySequenceOfEditsKeepsTheModelsOrder(@ForAll("edits") ActionChain<Draft> chain) {
        chain.withInvariant("stored order equals the model", Draft::checkOrder).run();
    }

    @Provide
    Arbitrary<ActionChain<Draft>> edits() {
        return ActionChain.<Draft>startWith(Draft::new)
                .withAction(3, Action.just("append", Transformer.mutate("append", Draft::append)))
                .withAction(
                        1,
                        Action.just("insert at the top", Transformer.mutate("insert at the top", d -> d.insertAt(0))))
                .withAction(4, (Action.Dependent<Draft>) d -> d.size() == 0
                        ? Arbitraries.just(Transformer.noop())
                        : Arbitraries.integers()
                                .between(0, d.size() - 1)
                                .map(i -> Transformer.mutate("insert after #" + i, x -> x.insertAt(i + 1))))
                .withAction(
                        3,
                        Action.just(
                                "insert after the first",
                                Transformer.mutate("insert after the first", d -> d.insertAt(Math.min(1, d.size())))))
                .withAction(3, (Action.Dependent<Draft>) d -> d.size() < 2
                        ? Arbitraries.just(Transformer.noop())
                        : Arbitraries.integers()
                                .between(0, d.size() - 1)
                                .tuple2()
                                .map(t -> Transformer.mutate(
                                        "move #" + t.get1() + " to #" + t.get2(), x -> x.move(t.get1(), t.get2()))))
                .withAction(1, (Action.Dependent<Draft>) d -> d.size() == 0
                        ? Arbitraries.just(Transformer.noop())
                        : Arbitraries.integers()
                                .between(0, d.size() - 1)
                                .map(i -> Transformer.mutate("delete #" + i, x -> x.delete(i))))
                .withAction(1, Action.just("renumber", Transformer.mutate("renumber", Draft::renumber)))
                .withMaxTransformations(120);
    }

    @Example
    void appendingToAnEmptyDraftStartsAtOneStep() {
        assertThat(ParagraphOrder.of(List.of()).insertAt(0).position()).isEqualTo(ParagraphOrder.STEP);
    }

    @Example
    void aFullGapRespacesEveryoneAndLeavesRoomForTheNewOne() {
        ParagraphOrder.Placement p = ParagraphOrder.of(List.of(10L, 11L, 12L)).insertAt(1);
        assertThat(p.respacing()).isTrue();
        assertThat(p.respaced()).containsExactly(1024L, 3072L, 4096L);
        assertThat(p.position()).isEqualTo(2048L);
    }

    @Example
    void tiedPositionsAreSeparatedBeforeInsertingBetweenThem() {
        ParagraphOrder.Placement p = ParagraphOrder.of(List.of(5L, 5L)).insertAt(1);
        assertThat(p.respaced()).containsExactly(1024L, 3072L);
        assertThat(p.position()).isEqualTo(2048L);
    }

    @Example
    void insertingBetweenRoomyNeighboursTouchesNoOne() {
        ParagraphOrder.Placement p = ParagraphOrder.of(List.of(1024L, 2048L)).insertAt(1);
        assertThat(p.respacing()).isFalse();
        assertThat(p.position()).isEqualTo(1536L);
    }

    /** A draft as the database holds it (id -> position) beside the list a person would expect. */
    static final class Draft {
        private final List<Integer> model = new ArrayList<>();
        private final Map<Integer, Long> stored = new HashMap<>();
        private int nextId;

        int size() {
            return model.size();
        }

        /** The ids as the database returns them: by position, then id. */
        List<Integer> storedOrder() {
            return stored.keySet().stream()
                    .sorted(Comparator.<Integer>comparingLong(stored::get).thenComparing(Comparator.naturalOrder()))
                    .toList();
        }

        void append() {
            insertAt(model.size());
        }

        void insertAt(int index) {
            int id = nextId++;
            place(id, storedOrder(), index);
            model.add(index, id);
        }

        void move(int from, int to) {
            int id = model.remove(from);
            List<Integer> others = new ArrayList<>(storedOrder());
            others.remove(Integer.valueOf(id));
            int index = Math.min(to, others.size());
            place(id, others, index);
            model.add(index, id);
        }

        void delete(int index) {
            stored.remove(model.remove(index));
        }

        void renumber() {
            List<Integer> order = storedOrder();
            List<Long> spread = order(order).respaced();
            for (int i = 0; i < order.size(); i++) {
                stored.put(order.get(i), spread.get(i));
            }
        }

        private void place(int id, List<Integer> others, int index) {
            ParagraphOrder.Placement placement = order(others).insertAt(index);
            if (placement.respacing()) {
                for (int i = 0; i < others.size(); i++) {
                    stored.put(others.get(i), placement.respaced().get(i));
                }
            }
            stored.put(id, placement.position());
        }

        private ParagraphOrder order(List<Integer> ids) {
            return ParagraphOrder.of(ids.stream().map(stored::get).toList());
        }

        void checkOrder() {
            assertThat(storedOrder()).containsExactlyElementsOf(model);
            List<Long> positions = storedOrder().stream().map(stored::get).toList();
            for (int i = 1; i < positions.size(); i++) {
                assertThat(positions.get(i)).as("positions strictly increase").isGreaterThan(positions.get(i - 1));
            }
        }

        @Override
        public String toString() {
            return "model " + model + ", stored " + stored;
        }
    }
}
