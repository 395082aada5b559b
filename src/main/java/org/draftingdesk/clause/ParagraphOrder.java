package org.draftingdesk.clause;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The order of the paragraphs of a draft as sparse positions: a new paragraph goes between its
 * neighbours without touching them while there is room, and when there is none every paragraph
 * is spread out again in one step, leaving the gap for the new one. All positions an insertion
 * needs are computed here, from one consistent snapshot, so no caller ever mixes positions from
 * before and after a respacing.
 */
public final class ParagraphOrder {

    /** The distance between neighbours after a respacing, and of an appended paragraph from the last. */
    public static final long STEP = 1024;

    private final List<Long> positions;

    private ParagraphOrder(List<Long> positions) {
        this.positions = positions;
    }

    /** The positions of the paragraphs in document order (as they are stored, ties allowed). */
    public static ParagraphOrder of(List<Long> positions) {
        return new ParagraphOrder(List.copyOf(positions));
    }

    public int size() {
        return positions.size();
    }

    public List<Long> positions() {
        return positions;
    }

    /**
     * Where a new paragraph goes so that it becomes the {@code index}-th (0: first; {@link #size()}:
     * last). When its neighbours leave no room, {@link Placement#respaced()} holds new positions for
     * all present paragraphs, in the same order, that the caller must store as well.
     */
    public Placement insertAt(int index) {
        if (index < 0 || index > positions.size()) {
            throw new IndexOutOfBoundsException("index " + index + " outside 0.." + positions.size());
        }
        if (positions.isEmpty()) {
            return new Placement(STEP, List.of());
        }
        if (index == 0) {
            long first = positions.get(0);
            if (first > Long.MIN_VALUE / 2) {
                return new Placement(first - STEP, List.of());
            }
        } else if (index == positions.size()) {
            long last = positions.get(index - 1);
            if (last < Long.MAX_VALUE / 2) {
                return new Placement(last + STEP, List.of());
            }
        } else {
            long before = positions.get(index - 1);
            long after = positions.get(index);
            // Written so that it cannot overflow: both lie well inside the range after any respacing.
            if (after - before >= 2) {
                return new Placement(before + (after - before) / 2, List.of());
            }
        }
        return respacedAround(index);
    }

    /** The order with a paragraph inserted as {@code placement} says (respacing applied). */
    public ParagraphOrder with(int index, Placement placement) {
        List<Long> next = new ArrayList<>(placement.respaced().isEmpty() ? positions : placement.respaced());
        next.add(index, placement.position());
        return new ParagraphOrder(Collections.unmodifiableList(next));
    }

    /** The order without the {@code index}-th paragraph (the others keep their positions). */
    public ParagraphOrder without(int index) {
        List<Long> next = new ArrayList<>(positions);
        next.remove(index);
        return new ParagraphOrder(Collections.unmodifiableList(next));
    }

    /** Positions for {@code count} paragraphs appended one after another at the end. */
    public List<Long> appendAll(int count) {
        List<Long> appended = new ArrayList<>(count);
        long last = positions.isEmpty() ? 0 : positions.get(positions.size() - 1);
        if (last > Long.MAX_VALUE / 2) {
            throw new IllegalStateException("positions exhausted: respace before appending");
        }
        for (int i = 0; i < count; i++) {
            last += STEP;
            appended.add(last);
        }
        return appended;
    }

    /** Every paragraph spread out evenly, the order unchanged. */
    public List<Long> respaced() {
        List<Long> spread = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            spread.add((i + 1) * STEP);
        }
        return spread;
    }

    private Placement respacedAround(int index) {
        List<Long> spread = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            spread.add((i + (i < index ? 1 : 2)) * STEP);
        }
        return new Placement((index + 1) * STEP, spread);
    }

    /**
     * The position of a new paragraph; {@code respaced} is empty, or new positions for all present
     * paragraphs in their order.
     */
    public record Placement(long position, List<Long> respaced) {
        public Placement {
            respaced = List.copyOf(respaced);
        }

        public boolean respacing() {
            return !respaced.isEmpty();
        }
    }
}
